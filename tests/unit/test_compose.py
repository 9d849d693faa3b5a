"""docker-compose.yml validates, and every module and file it names exists in the repo.

Modules are checked by file path, never imported, so this test does not pull in torch.
"""
import os
import re
import shlex
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

from monitoring.prometheus_config import COMPOSE_TARGETS

REPO = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
SECRETS = {"TINYLAB_API_KEYS": "test-key", "GRAFANA_ADMIN_PASSWORD": "test-password"}
APP_SERVICES = ("trainer", "gateway", "inference_worker", "scorer")


def compose_config(env: dict[str, str]) -> subprocess.CompletedProcess:
    binary = shutil.which("docker-compose")
    if binary is None:
        pytest.skip("docker-compose is not installed (Debian package 'docker-compose'); `config` is not run")
    clean = {k: v for k, v in os.environ.items() if k not in SECRETS}
    return subprocess.run([binary, "-f", "docker-compose.yml", "config"], capture_output=True, text=True,
                          cwd=REPO, env={**clean, **env}, timeout=120)


def test_compose_config_validates():
    result = compose_config(SECRETS)
    assert result.returncode == 0, result.stderr
    resolved = yaml.safe_load(result.stdout)
    assert set(resolved["services"]) == {"redis", "trainer", "gateway", "inference_worker", "scorer", "prometheus",
                                         "grafana"}
    assert resolved["services"]["gateway"]["environment"]["TINYLAB_API_KEYS"] == "test-key"


@pytest.mark.parametrize("missing", sorted(SECRETS))
def test_compose_refuses_to_start_without_a_secret(missing):
    result = compose_config({k: v for k, v in SECRETS.items() if k != missing})
    assert result.returncode != 0
    assert f"set {missing}" in result.stderr


# --- what the compose file names exists ----------------------------------------------------------

def module_file(module: str) -> str:
    """`gateway.app:create_app()` -> gateway/app.py (or a package's __init__.py)."""
    dotted = module.split(":")[0]
    path = dotted.replace(".", "/")
    return f"{path}/__init__.py" if (REPO / path).is_dir() else f"{path}.py"


def console_script(name: str) -> str:
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    return module_file(scripts[name])


def command_words(service: dict) -> list[str]:
    command = service.get("command", [])
    words = shlex.split(command) if isinstance(command, str) else list(command)
    if words[:2] == ["sh", "-c"]:
        words = shlex.split(re.sub(r"[;]", " ; ", words[2]))
    return words


def referenced_files(service: dict) -> list[str]:
    """Repo files a service's command needs: gunicorn config and app, celery app, console scripts."""
    words = command_words(service)
    files = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word == "gunicorn":
            files.append(words[words.index("-c", i) + 1])
            files.append(module_file(next(w for w in words[i + 1:] if ":" in w and not w.startswith("-"))))
        elif word == "celery" and nxt == "-A":
            files.append(module_file(words[i + 2]))
        elif word == "tinylab":
            files.append(console_script("tinylab"))
    return files


REFERENCES = sorted({(name, path) for name, service in SERVICES.items() for path in referenced_files(service)}
                    | {(name, v.split(":")[0][2:]) for name, service in SERVICES.items()
                       for v in service.get("volumes", []) if v.startswith("./")})


def test_references_were_found():
    names = {path for _, path in REFERENCES}
    assert {"gateway/gunicorn_conf.py", "gateway/app.py", "inference_worker/tasks.py", "scorer/tasks.py",
            "tinylab/cli.py", "monitoring", "monitoring/grafana/provisioning", "monitoring/grafana/dashboards"} <= names


@pytest.mark.parametrize("service, path", REFERENCES, ids=[f"{s}:{p}" for s, p in REFERENCES])
def test_referenced_file_exists(service, path):
    assert (REPO / path).exists(), f"docker-compose service {service!r} needs {path}, which is not in the repo"


def test_prometheus_reads_the_generated_config_and_grafana_the_provisioned_dirs():
    prometheus = SERVICES["prometheus"]
    assert "./monitoring:/etc/prometheus:ro" in prometheus["volumes"]
    assert "--config.file=/etc/prometheus/prometheus.yml" in prometheus["command"]
    assert (REPO / "monitoring" / "prometheus.yml").is_file()
    grafana = SERVICES["grafana"]
    mounts = dict(v.split(":")[:2] for v in grafana["volumes"] if v.startswith("./"))
    provider = yaml.safe_load((REPO / "monitoring/grafana/provisioning/dashboards/dashboards.yml").read_text())
    assert mounts["./monitoring/grafana/dashboards"] == provider["providers"][0]["options"]["path"]
    assert mounts["./monitoring/grafana/provisioning"] == "/etc/grafana/provisioning"
    home = grafana["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert (REPO / "monitoring/grafana/dashboards" / Path(home).name).is_file()
    assert home.startswith(mounts["./monitoring/grafana/dashboards"] + "/")
    assert grafana["environment"]["GF_AUTH_ANONYMOUS_ENABLED"] == "true"
    assert grafana["environment"]["GF_AUTH_ANONYMOUS_ORG_ROLE"] == "Viewer"


# --- the shape of the services -------------------------------------------------------------------

def test_redis_is_durable_and_probed():
    redis = SERVICES["redis"]
    assert redis["image"] == "redis:7"
    assert "--appendonly" in redis["command"] and "yes" in redis["command"]
    assert redis["healthcheck"]["test"] == ["CMD", "redis-cli", "ping"]
    assert any(v.endswith(":/data") for v in redis["volumes"])


def test_app_services_share_one_image_built_here():
    for name in APP_SERVICES:
        assert SERVICES[name]["build"] == ".", name
        assert SERVICES[name]["image"] == SERVICES["gateway"]["image"], name
    assert SERVICES["trainer"]["restart"] == "no"  # one-shot


def test_inference_worker_can_scale():
    worker = SERVICES["inference_worker"]
    assert "container_name" not in worker
    assert "ports" not in worker  # a fixed host port would clash at --scale 2
    assert worker["depends_on"]["redis"]["condition"] == "service_healthy"
    assert worker["depends_on"]["trainer"]["condition"] == "service_completed_successfully"
    assert worker["environment"]["TINYLAB_CHECKPOINT_DIR"] == "/data/checkpoints/default"
    trainer_out = re.search(r"--out (\S+)", " ".join(command_words(SERVICES["trainer"]))).group(1)
    assert trainer_out == worker["environment"]["TINYLAB_CHECKPOINT_DIR"]


def test_every_dependency_condition_is_backed_by_a_healthcheck():
    for name, service in SERVICES.items():
        for dependency, spec in service.get("depends_on", {}).items():
            if spec["condition"] == "service_healthy":
                assert "healthcheck" in SERVICES[dependency], f"{name} waits on {dependency}, which has none"
        if "redis" in service.get("depends_on", {}):
            assert service["depends_on"]["redis"]["condition"] == "service_healthy", name


def test_gateway_secrets_and_metrics():
    env = SERVICES["gateway"]["environment"]
    assert env["TINYLAB_API_KEYS"] == "${TINYLAB_API_KEYS:?set TINYLAB_API_KEYS}"
    assert env["TINYLAB_REDIS_URL"] == "redis://redis:6379/0"
    assert env["PROMETHEUS_MULTIPROC_DIR"]
    assert "/healthz" in " ".join(SERVICES["gateway"]["healthcheck"]["test"])


def test_metrics_ports_match_the_prometheus_targets():
    assert COMPOSE_TARGETS["gateway"] == ["gateway:8000"]
    assert "8000:8000" in SERVICES["gateway"]["ports"]
    assert COMPOSE_TARGETS["inference_worker"] == [
        f"dns+inference_worker:{SERVICES['inference_worker']['environment']['TINYLAB_METRICS_PORT']}"]
    assert COMPOSE_TARGETS["scorer"] == [f"scorer:{SERVICES['scorer']['environment']['TINYLAB_METRICS_PORT']}"]


def test_dockerfile_and_dockerignore():
    dockerfile = (REPO / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim$", dockerfile, re.M)
    assert re.search(r"^RUN pip install --no-deps \.", dockerfile, re.M)
    assert "pytorch.org" not in dockerfile  # an extra index is passed at build time, never named here
    assert re.search(r"^USER (?!root)", dockerfile, re.M)
    ignored = (REPO / ".dockerignore").read_text().split()
    for entry in (".git", "var", ".env"):
        assert entry in ignored
