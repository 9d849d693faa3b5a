"""Prometheus config, rules and alert tests (via promtool), and the Grafana dashboard's queries."""
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from monitoring import prometheus_config
from monitoring.prometheus_config import render, render_compose, write_local_config

REPO = Path(__file__).resolve().parents[2]
MONITORING = REPO / "monitoring"
RULES = sorted((MONITORING / "rules").glob("*.yml"))
DASHBOARDS = sorted((MONITORING / "grafana" / "dashboards").glob("*.json"))

# The metrics the services export: the contract between the services and monitoring/.
COUNTERS = ["tinylab_http_requests_total", "tinylab_jobs_submitted_total", "tinylab_jobs_rejected_total",
            "tinylab_guardrail_findings_total", "tinylab_inference_requests_total", "tinylab_prompt_tokens_total",
            "tinylab_generated_tokens_total", "tinylab_scored_jobs_total"]
GAUGES = ["tinylab_queue_depth", "tinylab_workers_alive", "tinylab_requests_running",
          "tinylab_last_batch_timestamp_seconds", "tinylab_model_info"]
HISTOGRAMS = ["tinylab_http_request_duration_seconds", "tinylab_guardrail_duration_seconds",
              "tinylab_queue_wait_seconds", "tinylab_inference_duration_seconds",
              "tinylab_time_to_first_token_seconds", "tinylab_batch_size", "tinylab_score",
              "tinylab_scoring_duration_seconds", "tinylab_job_duration_seconds"]
EXPORTED = set(COUNTERS) | set(GAUGES) | {h + s for h in HISTOGRAMS for s in ("_bucket", "_sum", "_count")}
BUILTIN = {"up"}  # written by Prometheus itself for every target

PROMQL_KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool",
                   "offset", "inf", "nan"}


def metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression selects (functions, keywords and label names removed)."""
    expr = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # string literals
    expr = re.sub(r"\{[^}]*\}", "", expr)  # label matchers
    expr = re.sub(r"\[[^\]]*\]", "", expr)  # range and subquery windows
    expr = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", expr)
    names = set()
    for match in re.finditer(r"(?<![\w:.$])[A-Za-z_:][\w:]*", expr):
        if expr[match.end():].lstrip().startswith("("):
            continue  # a function or aggregation
        if match.group(0).lower() not in PROMQL_KEYWORDS:
            names.add(match.group(0))
    return names


@pytest.mark.parametrize("expr, expected", [
    ('sum by (route) (rate(tinylab_http_requests_total{status=~"5.."}[1m]))', {"tinylab_http_requests_total"}),
    ("histogram_quantile(0.95, sum(rate(x_bucket[5m])) by (le)) > 1", {"x_bucket"}),
    ("a:b:c / on (job) group_left (model) d offset 5m", {"a:b:c", "d"}),
    ('absent(up{job="w"} == 1) or max(tinylab_workers_alive) == bool 0', {"up", "tinylab_workers_alive"}),
    ("rate(x[$__rate_interval]) * 1e3", {"x"}),
])
def test_metric_names_parser(expr, expected):
    assert metric_names(expr) == expected


def load_yaml(path: Path):
    return yaml.safe_load(path.read_text())


def recording_rules() -> list[dict]:
    return [r for path in RULES for g in load_yaml(path)["groups"] for r in g["rules"] if "record" in r]


def alert_rules() -> list[dict]:
    return [r for path in RULES for g in load_yaml(path)["groups"] for r in g["rules"] if "alert" in r]


RECORDED = {r["record"] for r in recording_rules()}


# --- promtool ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.skip("promtool is not installed (Debian package 'prometheus'); config and rules are not checked")
    return path


def run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=120)


def test_promtool_check_compose_config(promtool):
    result = run([promtool, "check", "config", str(MONITORING / "prometheus.yml")])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 rule files found" in result.stdout


def test_promtool_check_local_config(promtool, tmp_path):
    path = write_local_config(tmp_path, {"gateway": ["127.0.0.1:8000"],
                                         "inference_worker": ["127.0.0.1:9101", "127.0.0.1:9102"],
                                         "scorer": ["127.0.0.1:9103"]})
    result = run([promtool, "check", "config", str(path)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_check_rules(promtool):
    result = run([promtool, "check", "rules", *map(str, RULES)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_test_rules(promtool):
    result = run([promtool, "test", "rules", str(MONITORING / "tests" / "alerts_test.yml")])
    assert result.returncode == 0, result.stdout + result.stderr


# --- the scrape config ---------------------------------------------------------------------------

def test_committed_compose_config_is_the_rendering():
    committed = (MONITORING / "prometheus.yml").read_text()
    assert committed == render_compose(), "run: python -m monitoring.prometheus_config --write"


def test_compose_config_scrapes_every_service():
    config = yaml.safe_load(render_compose())
    jobs = {c["job_name"]: c for c in config["scrape_configs"]}
    assert set(jobs) == {"prometheus", "gateway", "inference_worker", "scorer"}
    assert jobs["gateway"]["static_configs"] == [{"targets": ["gateway:8000"]}]
    assert jobs["scorer"]["static_configs"] == [{"targets": ["scorer:9102"]}]
    # DNS discovery, so `--scale inference_worker=N` adds targets without a config change.
    [dns] = jobs["inference_worker"]["dns_sd_configs"]
    assert (dns["names"], dns["type"], dns["port"]) == (["inference_worker"], "A", 9101)
    assert "static_configs" not in jobs["inference_worker"]
    assert config["rule_files"] == ["rules/recording.yml", "rules/alerts.yml"]
    for rule_file in config["rule_files"]:
        assert (MONITORING / rule_file).is_file()


def test_render_mixes_static_and_dns_targets_and_drops_empty_jobs():
    config = yaml.safe_load(render({"a": ["h1:1", "dns+svc:2", "h2:3"], "empty": []}, ["/r.yml"],
                                   scrape_interval="1s"))
    assert config["global"] == {"scrape_interval": "1s", "evaluation_interval": "1s"}
    assert config["rule_files"] == ["/r.yml"]
    [job] = config["scrape_configs"]
    assert job["static_configs"] == [{"targets": ["h1:1", "h2:3"]}]
    assert job["dns_sd_configs"] == [{"names": ["svc"], "type": "A", "port": 2,
                                      "refresh_interval": prometheus_config.SCRAPE_INTERVAL}]


@pytest.mark.parametrize("target", ["dns+svc", "dns+:9101", "dns+svc:port"])
def test_render_rejects_malformed_dns_targets(target):
    with pytest.raises(AssertionError, match="expected dns\\+name:port"):
        render({"a": [target]}, [])


def test_local_config_names_rule_files_by_absolute_path(tmp_path):
    path = write_local_config(tmp_path / "prom", {"gateway": ["127.0.0.1:8000"]})
    config = yaml.safe_load(path.read_text())
    assert path == tmp_path / "prom" / "prometheus.yml"
    assert [Path(f) for f in config["rule_files"]] == [MONITORING / "rules" / "recording.yml",
                                                       MONITORING / "rules" / "alerts.yml"]


# --- rules ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("rule", recording_rules(), ids=lambda r: r["record"])
def test_recording_rule_is_named_level_metric_operations_and_reads_exported_metrics(rule):
    level, metric, operations = rule["record"].split(":")
    assert level and operations and metric.startswith("tinylab_"), rule["record"]
    assert not metric.endswith("_total"), "a rate of a counter drops _total"
    unknown = metric_names(rule["expr"]) - EXPORTED - RECORDED
    assert not unknown, f"{rule['record']} reads metrics no service exports: {sorted(unknown)}"


ALERT_TESTS = load_yaml(MONITORING / "tests" / "alerts_test.yml")["tests"]


@pytest.mark.parametrize("rule", alert_rules(), ids=lambda r: r["alert"])
def test_alert_is_well_formed_and_tested_both_ways(rule):
    assert re.fullmatch(r"(?:[A-Z][a-z0-9]*)+", rule["alert"]), "alerts are CamelCase"
    assert rule["labels"]["severity"] in {"critical", "warning"}
    assert rule["annotations"]["summary"]
    unknown = metric_names(rule["expr"]) - EXPORTED - RECORDED - BUILTIN
    assert not unknown, f"{rule['alert']} reads metrics no service exports: {sorted(unknown)}"
    cases = [case for test in ALERT_TESTS for case in test.get("alert_rule_test", [])
             if case["alertname"] == rule["alert"]]
    assert any(case["exp_alerts"] for case in cases), f"no test where {rule['alert']} fires"
    assert any(not case["exp_alerts"] for case in cases), f"no test where {rule['alert']} stays quiet"


# --- Grafana -------------------------------------------------------------------------------------

def dashboard_panels(dashboard: dict) -> list[dict]:
    panels = []
    for panel in dashboard["panels"]:
        panels.append(panel)
        panels.extend(panel.get("panels", []))  # panels inside collapsed rows
    return panels


def test_datasource_is_provisioned_with_the_uid_the_dashboards_use():
    [source] = load_yaml(MONITORING / "grafana" / "provisioning" / "datasources" / "prometheus.yml")["datasources"]
    assert (source["type"], source["uid"], source["url"]) == ("prometheus", "prometheus", "http://prometheus:9090")
    [provider] = load_yaml(MONITORING / "grafana" / "provisioning" / "dashboards" / "dashboards.yml")["providers"]
    assert provider["type"] == "file"
    assert provider["options"]["path"]


def test_there_is_an_overview_dashboard():
    assert MONITORING / "grafana" / "dashboards" / "tinylab-overview.json" in DASHBOARDS


@pytest.mark.parametrize("path", DASHBOARDS, ids=lambda p: p.name)
def test_dashboard_queries_only_exported_metrics_or_recording_rules(path):
    dashboard = json.loads(path.read_text())
    assert dashboard["uid"] and dashboard["title"]
    panels = dashboard_panels(dashboard)
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    queries = 0
    for panel in panels:
        for target in panel.get("targets", []):
            assert target["datasource"]["uid"] == "prometheus", panel["title"]
            names = metric_names(target["expr"])
            assert names, f"{panel['title']}: no metric in {target['expr']!r}"
            unknown = names - EXPORTED - RECORDED
            assert not unknown, f"panel {panel['title']!r} queries unknown metrics {sorted(unknown)}"
            queries += 1
    assert queries > 0


def test_overview_dashboard_covers_the_basics():
    dashboard = json.loads((MONITORING / "grafana" / "dashboards" / "tinylab-overview.json").read_text())
    exprs = " ".join(t["expr"] for p in dashboard_panels(dashboard) for t in p.get("targets", []))
    for needed in ("tinylab_http_requests:rate1m", "tinylab_http_request_duration_seconds:p95",
                   "tinylab_http_request_errors_per_requests", "tinylab_queue_depth", "tinylab_batch_size",
                   "tinylab_generated_tokens", "tinylab_guardrail_findings", "tinylab_score"):
        assert needed in exprs, f"the overview has no panel on {needed}"
