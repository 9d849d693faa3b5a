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

CATALOG_FILE = MONITORING / "METRICS.md"
SERVICES = ("gateway", "inference_worker", "scorer")


def catalog() -> dict[str, dict]:
    """The rows of monitoring/METRICS.md: name -> {type, labels, services}."""
    rows = {}
    for line in CATALOG_FILE.read_text().splitlines():
        if not line.startswith("| `tinylab_"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        assert len(cells) == 7, f"catalog row needs 7 cells: {line}"
        name, kind, labels, unit, services, meaning, _equivalent = cells
        assert unit and meaning, f"catalog row without unit or meaning: {line}"
        name = name.strip("`")
        assert name not in rows, f"{name} listed twice"
        rows[name] = {"type": kind, "labels": {x.strip() for x in labels.split(",") if x.strip()},
                      "services": {x.strip() for x in services.split(",")}}
    return rows


CATALOG = catalog()
EXPORTED = {name for name, row in CATALOG.items() if row["type"] != "histogram"} | {
    name + suffix for name, row in CATALOG.items() if row["type"] == "histogram"
    for suffix in ("_bucket", "_sum", "_count")}
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
    assert "3 rule files found" in result.stdout


def test_promtool_check_local_config(promtool, tmp_path):
    path = write_local_config(tmp_path, {"gateway": ["127.0.0.1:8000"],
                                         "inference_worker": ["127.0.0.1:9101", "127.0.0.1:9102"],
                                         "scorer": ["127.0.0.1:9103"]})
    result = run([promtool, "check", "config", str(path)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_check_rules(promtool):
    result = run([promtool, "check", "rules", *map(str, RULES)])
    assert result.returncode == 0, result.stdout + result.stderr


RULE_TESTS = sorted((MONITORING / "tests").glob("*_test.yml"))


@pytest.mark.parametrize("path", RULE_TESTS, ids=lambda p: p.name)
def test_promtool_test_rules(promtool, path):
    result = run([promtool, "test", "rules", str(path)])
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
    assert config["rule_files"] == ["rules/recording.yml", "rules/alerts.yml", "rules/slo.yml"]
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
                                                       MONITORING / "rules" / "alerts.yml",
                                                       MONITORING / "rules" / "slo.yml"]


# --- rules ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("rule", recording_rules(), ids=lambda r: r["record"])
def test_recording_rule_is_named_level_metric_operations_and_reads_exported_metrics(rule):
    level, metric, operations = rule["record"].split(":")
    assert level and operations and metric.startswith("tinylab_"), rule["record"]
    assert not metric.endswith("_total"), "a rate of a counter drops _total"
    unknown = metric_names(rule["expr"]) - EXPORTED - RECORDED
    assert not unknown, f"{rule['record']} reads metrics no service exports: {sorted(unknown)}"


ALERT_TESTS = [test for path in RULE_TESTS for test in load_yaml(path)["tests"]]


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


def test_there_is_a_dashboard_for_each_concern():
    assert {p.stem for p in DASHBOARDS} == {"tinylab-overview", "tinylab-queue-batching", "tinylab-guardrails",
                                           "tinylab-quality"}


def test_committed_dashboards_are_the_rendering():
    from monitoring import dashboards

    for dashboard in dashboards.DASHBOARDS:
        assert dashboards.path_of(dashboard).read_text() == dashboards.render(dashboard), (
            "run: python -m monitoring.dashboards --write")


def test_every_dashboard_query_parses(promtool, tmp_path):
    """promtool has no 'parse this expression'; a recording rule per query gets it parsed."""
    exprs = [t["expr"] for path in DASHBOARDS for p in dashboard_panels(json.loads(path.read_text()))
             for t in p.get("targets", [])]
    rules = [{"record": f"tinylab_dashboard_query_{i}", "expr": expr} for i, expr in enumerate(exprs)]
    path = tmp_path / "queries.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboards", "rules": rules}]}))
    result = run([promtool, "check", "rules", str(path)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(exprs)} rules found" in result.stdout


def test_dashboards_cover_what_operators_look_for():
    exprs = {p.stem: " ".join(t["expr"] for panel in dashboard_panels(json.loads(p.read_text()))
                              for t in panel.get("targets", [])) for p in DASHBOARDS}
    needed = {
        "tinylab-overview": ["slo:tinylab_sli_errors", "tinylab_jobs_finished", "p99"],
        "tinylab-queue-batching": ["tinylab_queue_depth", "tinylab_queue_wait_seconds", "tinylab_batch_size",
                                   "tinylab_batch_tokens", "tinylab_generated_tokens", "tinylab_kv_cache",
                                   "tinylab_time_per_output_token_seconds"],
        "tinylab-guardrails": ["tinylab_guardrail_findings", "blocked", "tinylab_guardrail_duration_seconds",
                               "tinylab_guardrail_errors"],
        "tinylab-quality": ["tinylab_score", "passed_per_scored", "tinylab_suite_cases"],
    }
    for uid, parts in needed.items():
        for part in parts:
            assert part in exprs[uid], f"{uid} has no panel on {part}"


# --- the metrics catalog -------------------------------------------------------------------------

def exported_by_code() -> dict[str, dict]:
    """name -> {type, labels, services} from the three services' metrics modules (no torch import)."""
    from prometheus_client.metrics import MetricWrapperBase

    from gateway import metrics as gateway_metrics
    from inference_worker import metrics as worker_metrics
    from scorer import metrics as scorer_metrics
    from tinylab.metrics import build_info

    found: dict[str, dict] = {}

    def add(service, name, kind, labels):
        row = found.setdefault(name, {"type": kind, "labels": set(labels), "services": set()})
        assert (row["type"], row["labels"]) == (kind, set(labels)), f"{name} defined two ways"
        row["services"].add(service)

    for service, module in zip(SERVICES, (gateway_metrics, worker_metrics, scorer_metrics)):
        for value in vars(module).values():
            if isinstance(value, MetricWrapperBase):
                name = value._name + ("_total" if value._type == "counter" else "")
                add(service, name, value._type, value._labelnames)
        add(service, "tinylab_build_info", "gauge", build_info(service)._labelnames)
    # Read from Redis at scrape time; with no Redis the collector still describes its families.
    for family in gateway_metrics.RedisStateCollector(None, "test").collect():
        add("gateway", family.name, family.type, family._labelnames)
    return found


def test_catalog_matches_the_code_both_ways():
    code = exported_by_code()
    assert set(CATALOG) - set(code) == set(), "listed in METRICS.md but not exported"
    assert set(code) - set(CATALOG) == set(), "exported but missing from METRICS.md"
    for name, row in code.items():
        assert CATALOG[name]["type"] == row["type"], name
        assert CATALOG[name]["labels"] == row["labels"], name
        assert CATALOG[name]["services"] == row["services"], name


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_metric_names_follow_the_naming_guide(name):
    assert name.startswith("tinylab_")
    assert name.endswith("_total") == (CATALOG[name]["type"] == "counter"), name
    assert not re.search(r"_(ms|milliseconds|kb|mb)(_|$)", name), "base units only"
    assert CATALOG[name]["labels"] <= {"route", "method", "status", "task_type", "reason", "outcome", "detector",
                                       "action", "queue", "service", "version", "commit", "model", "variant",
                                       "checkpoint", "mode", "passed", "suite", "phase"}, "labels from small fixed sets"


def test_series_exist_at_zero_before_the_first_request():
    from prometheus_client import REGISTRY, generate_latest

    import gateway.metrics  # noqa: F401
    import inference_worker.metrics  # noqa: F401
    import scorer.metrics

    scorer.metrics.init_suites(["demo"])
    body = generate_latest(REGISTRY).decode()
    for outcome in ("succeeded", "failed", "blocked", "shed", "timeout"):
        assert f'tinylab_jobs_finished_total{{outcome="{outcome}"}}' in body
    for line in ('tinylab_suite_cases_total{passed="false",suite="demo"}',
                 "tinylab_time_per_output_token_seconds_count", "tinylab_kv_cache_bytes", 'tinylab_scored_jobs_total{mode="reference",passed="true",task_type="free"}',
                 'tinylab_http_request_duration_seconds_count{route="/v1/jobs"}', "tinylab_guardrail_errors_total"):
        assert line in body, line
    assert scorer.metrics.suite_label("demo@v1") == "demo"
    assert scorer.metrics.suite_label("made-up@v3") == "other"


# --- SLOs ----------------------------------------------------------------------------------------

def test_committed_slo_rules_are_the_rendering():
    from monitoring import slo

    assert (MONITORING / "rules" / "slo.yml").read_text() == slo.render(), "run: python -m monitoring.slo --write"


def test_slos_cover_availability_latency_queue_wait_and_quality():
    from monitoring import slo

    slos = {s["name"]: s for s in slo.load()}
    assert set(slos) >= {"availability", "latency", "queue_wait", "quality"}
    from tinylab.metrics import LATENCY_BUCKETS

    for s in slos.values():
        if s["kind"] == "latency":
            assert s["threshold_seconds"] in LATENCY_BUCKETS


def test_burn_rate_tiers_are_the_sre_workbook_ones():
    from monitoring.slo import TIERS

    pairs = {tier.name: tier.pairs for tier in TIERS}
    assert pairs == {"Fast": ((14.4, "1h", "5m"),), "Slow": ((6.0, "6h", "30m"),),
                     "Ticket": ((3.0, "1d", "2h"), (1.0, "3d", "6h"))}
    assert {t.name: t.severity for t in TIERS} == {"Fast": "critical", "Slow": "critical", "Ticket": "warning"}


def test_slo_threshold_off_a_bucket_boundary_is_refused(tmp_path):
    from monitoring import slo

    path = tmp_path / "slos.yml"
    path.write_text(yaml.safe_dump({"slos": [{"name": "latency", "description": "x", "kind": "latency",
                                              "objective": 0.95, "histogram": "tinylab_job_duration_seconds",
                                              "threshold_seconds": 7}]}))
    with pytest.raises(AssertionError, match="not a bucket boundary"):
        slo.load(path)


def test_burn_pairs_that_can_never_fire_are_left_out():
    from monitoring.slo import TIERS, alert

    loose = {"name": "quality", "description": "x", "kind": "ratio", "objective": 0.8, "errors": "a", "total": "b"}
    alerts = {tier.name: alert(loose, tier) for tier in TIERS}
    # budget 0.2: 14.4x and 6x need error ratios above 1, so only the ticket pairs remain.
    assert alerts["Fast"] is None and alerts["Slow"] is None
    assert "> 0.6" in alerts["Ticket"]["expr"] and "> 0.2" in alerts["Ticket"]["expr"]


# --- the report ----------------------------------------------------------------------------------

@pytest.mark.parametrize("template, labels, expected", [
    ("{{route}}", {"route": "/v1/jobs"}, "/v1/jobs"),
    ("p95 {{ route }}", {"route": "/v1/jobs"}, "p95 /v1/jobs"),
    ("{{missing}}", {}, "value"),
])
def test_report_legend(template, labels, expected):
    from monitoring.report import legend

    assert legend(template, labels) == expected


def test_report_is_a_tinylab_subcommand():
    import argparse

    from monitoring.report import add_parser

    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["report", "metrics", "--prometheus", "http://p:9090", "--out", "x", "--minutes", "5"])
    assert (args.prometheus, str(args.out), args.minutes) == ("http://p:9090", "x", 5.0)
