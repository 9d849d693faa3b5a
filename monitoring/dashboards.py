"""The Grafana dashboards, defined once as data: rendered to JSON for Grafana (provisioned by
docker-compose) and read by `tinylab report metrics` to plot the same panels without Grafana.

    python -m monitoring.dashboards --write    # regenerate monitoring/grafana/dashboards/*.json

The committed JSON must equal the rendering (a test checks it). Queries read recording rules
(monitoring/rules/) where one exists, so a dashboard and an investigation see the same numbers.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from monitoring.generated import generator_main

DASHBOARD_DIR = Path(__file__).resolve().parent / "grafana" / "dashboards"
DATASOURCE = {"type": "prometheus", "uid": "prometheus"}


@dataclass(frozen=True)
class Panel:
    title: str
    unit: str  # a Grafana unit: s, reqps, percentunit, bytes, short, ...
    queries: tuple[tuple[str, str], ...]  # (PromQL, legend with {{label}} placeholders)
    kind: str = "timeseries"  # or "stat" (latest value), "table" (instant query)
    description: str = ""


@dataclass(frozen=True)
class Dashboard:
    uid: str
    title: str
    description: str
    rows: tuple[tuple[str, tuple[Panel, ...]], ...] = field(default_factory=tuple)

    def panels(self) -> list[Panel]:
        return [p for _, panels in self.rows for p in panels]


def p50_p95(rule: str, by: str = "") -> tuple[tuple[str, str], ...]:
    """The p50 and p95 recording rules `<level>:<metric>:p50_<op>` and `...:p95_<op>`."""
    label = f" {{{{{by}}}}}" if by else ""
    return ((rule.replace("{q}", "p50"), f"p50{label}"), (rule.replace("{q}", "p95"), f"p95{label}"))


BURN_1H = "slo:tinylab_sli_errors:ratio_rate1h / on (slo) slo:tinylab_error_budget:ratio"
BURN_5M = "slo:tinylab_sli_errors:ratio_rate5m / on (slo) slo:tinylab_error_budget:ratio"

OVERVIEW = Dashboard("tinylab-overview", "tinylab overview",
                     "Traffic, latency, errors and SLO burn of the tinylab stack; details in the other dashboards.", (
    ("Traffic and errors", (
        Panel("Requests per second by route", "reqps", (("route:tinylab_http_requests:rate1m", "{{route}}"),)),
        Panel("Gateway latency p50 / p95 / p99 by route", "s", (
            ("route:tinylab_http_request_duration_seconds:p50_rate1m", "p50 {{route}}"),
            ("route:tinylab_http_request_duration_seconds:p95_rate1m", "p95 {{route}}"),
            ("route:tinylab_http_request_duration_seconds:p99_rate1m", "p99 {{route}}"))),
        Panel("5xx error ratio by route", "percentunit",
              (("route:tinylab_http_request_errors_per_requests:ratio_rate1m", "{{route}}"),),
              description="Share of requests answered with a 5xx (shed 503s and completion 504s included)."),
        Panel("Submissions by outcome", "reqps", (("outcome:tinylab_jobs_finished:rate1m", "{{outcome}}"),),
              description="How submissions end: succeeded, failed, blocked, shed, timeout."),
    )),
    ("SLOs", (
        Panel("SLO burn rate over 1h (1 = spending exactly the 30-day budget)", "short", ((BURN_1H, "{{slo}}"),),
              description="Error ratio over the error budget (monitoring/slos.yml). 14.4 over 1h pages."),
        Panel("SLO burn rate over 5m", "short", ((BURN_5M, "{{slo}}"),)),
        Panel("End-to-end job duration p50 / p95 by task type", "s",
              p50_p95("task_type:tinylab_job_duration_seconds:{q}_rate5m", "task_type")),
        Panel("Queue depth and workers alive", "short", (("queue:tinylab_queue_depth:max", "queue {{queue}}"),
                                                        ("max(tinylab_workers_alive)", "workers alive"))),
    )),
    ("Inference, guardrails, quality", (
        Panel("Tokens per second", "short", (("job:tinylab_generated_tokens:rate1m", "generated"),
                                             ("job:tinylab_prompt_tokens:rate1m", "prompt"))),
        Panel("Batch size (mean)", "short", (("job:tinylab_batch_size:mean_rate1m", "mean {{instance}}"),)),
        Panel("Guardrail findings by detector and action", "short",
              (("detector_action:tinylab_guardrail_findings:rate1m", "{{detector}} {{action}}"),)),
        Panel("Mean score by task type", "percentunit", (("task_type:tinylab_score:mean_rate5m", "{{task_type}}"),)),
        Panel("Model served", "short", (("count by (model, variant, checkpoint) (tinylab_model_info)",
                                         "{{model}} {{variant}} {{checkpoint}}"),), kind="table"),
        Panel("Builds running", "short", (("count by (service, version, commit) (tinylab_build_info)",
                                           "{{service}} {{version}} {{commit}}"),), kind="table"),
    )),
))

QUEUE = Dashboard("tinylab-queue-batching", "tinylab queue and batching",
                  "The broker queues, the batching engine, tokens and the KV cache.", (
    ("Queue", (
        Panel("Queue depth per queue", "short", (("queue:tinylab_queue_depth:max", "{{queue}}"),)),
        Panel("Queue wait p50 / p95", "s", p50_p95("job:tinylab_queue_wait_seconds:{q}_rate1m")),
        Panel("Jobs submitted by task type", "reqps", (("task_type:tinylab_jobs_submitted:rate1m", "{{task_type}}"),)),
        Panel("Workers alive and requests decoding", "short", (("max(tinylab_workers_alive)", "workers alive"),
                                                               ("job:tinylab_requests_running:sum", "decoding"))),
    )),
    ("Batching", (
        Panel("Batch size mean / p95", "short", (("job:tinylab_batch_size:mean_rate1m", "mean"),
                                                 ("job:tinylab_batch_size:p95_rate1m", "p95"))),
        Panel("Tokens per batch (mean)", "short", (("job:tinylab_batch_tokens:mean_rate1m", "mean"),)),
        Panel("Tokens per second", "short", (("job:tinylab_generated_tokens:rate1m", "generated"),
                                             ("job:tinylab_prompt_tokens:rate1m", "prompt"))),
        Panel("Seconds since the last batch", "s",
              (("time() - max by (instance) (tinylab_last_batch_timestamp_seconds)", "{{instance}}"),)),
        Panel("Engine pass time (mean) by phase", "s", (("phase:tinylab_engine_forward_seconds:mean_rate1m", "{{phase}}"),)),
        Panel("Engine time share by phase (per worker)", "percentunit",
              (("phase:tinylab_engine_busy:ratio_rate1m", "{{phase}}"),)),
    )),
    ("Latency and cache", (
        Panel("Time to first token p50 / p95", "s", p50_p95("job:tinylab_time_to_first_token_seconds:{q}_rate1m")),
        Panel("Time per output token p50 / p95", "s",
              p50_p95("job:tinylab_time_per_output_token_seconds:{q}_rate1m")),
        Panel("Inference duration p50 / p95", "s", p50_p95("job:tinylab_inference_duration_seconds:{q}_rate1m")),
        Panel("KV cache held", "bytes", (("job:tinylab_kv_cache_bytes:sum", "bytes"),)),
        Panel("KV cache use (of a full batch)", "percentunit",
              (("max by (instance) (tinylab_kv_cache_usage_ratio)", "{{instance}}"),)),
        Panel("Inference outcomes", "reqps", (("outcome:tinylab_inference_requests:rate1m", "{{outcome}}"),)),
    )),
))

GUARDRAILS = Dashboard("tinylab-guardrails", "tinylab guardrails",
                       "Input guardrails: findings, blocks, errors and the time they add to a submission.", (
    ("Guardrails", (
        Panel("Findings by detector and action", "short",
              (("detector_action:tinylab_guardrail_findings:rate1m", "{{detector}} {{action}}"),)),
        Panel("Rejected submissions by reason", "reqps", (("reason:tinylab_jobs_rejected:rate1m", "{{reason}}"),)),
        Panel("Blocked share of submissions", "percentunit", ((
            'sum(rate(tinylab_jobs_finished_total{outcome="blocked"}[5m]))'
            " / sum(rate(tinylab_jobs_finished_total[5m]))", "blocked"),)),
        Panel("Guardrail chain latency p50 / p95", "s", (
            ("histogram_quantile(0.5, sum by (le) (rate(tinylab_guardrail_duration_seconds_bucket[1m])))", "p50"),
            ("job:tinylab_guardrail_duration_seconds:p95_rate1m", "p95"))),
        Panel("Guardrail error ratio", "percentunit", ((
            "sum(rate(tinylab_guardrail_errors_total[5m])) / sum(rate(tinylab_guardrail_duration_seconds_count[5m]))",
            "errors"),), description="Runs where a detector raised or overran its budget."),
    )),
))

QUALITY = Dashboard("tinylab-quality", "tinylab quality", "Rubric scores and pass rates: output quality as an SLI.", (
    ("Quality", (
        Panel("Mean score by task type", "percentunit", (("task_type:tinylab_score:mean_rate5m", "{{task_type}}"),)),
        Panel("Pass rate by task type", "percentunit",
              (("task_type:tinylab_scored_jobs_passed_per_scored:ratio_rate5m", "{{task_type}}"),)),
        Panel("Pass rate by suite", "percentunit",
              (("suite:tinylab_suite_cases_passed_per_scored:ratio_rate5m", "{{suite}}"),)),
        Panel("Quality SLO: failing share over 1h vs error budget", "percentunit", (
            ('slo:tinylab_sli_errors:ratio_rate1h{slo="quality"}', "failing (1h)"),
            ('slo:tinylab_error_budget:ratio{slo="quality"}', "budget"))),
        Panel("Jobs scored by task type", "reqps", (("task_type:tinylab_scored_jobs:rate5m", "{{task_type}}"),)),
        Panel("Scoring time p95", "s", (("job:tinylab_scoring_duration_seconds:p95_rate5m", "p95"),)),
    )),
))

DASHBOARDS = (OVERVIEW, QUEUE, GUARDRAILS, QUALITY)


def _grafana_panel(panel: Panel, panel_id: int, x: int, y: int) -> dict:
    targets = [{"datasource": DATASOURCE, "expr": expr, "legendFormat": legend, "refId": chr(ord("A") + i),
                **({"instant": True, "format": "table"} if panel.kind == "table" else {})}
               for i, (expr, legend) in enumerate(panel.queries)]
    out = {"id": panel_id, "type": panel.kind, "title": panel.title, "datasource": DATASOURCE,
           "gridPos": {"h": 8, "w": 12, "x": x, "y": y},
           "fieldConfig": {"defaults": {"unit": panel.unit}, "overrides": []}, "targets": targets}
    if panel.description:
        out["description"] = panel.description
    if panel.kind == "timeseries":
        out["options"] = {"legend": {"displayMode": "list", "placement": "bottom"},
                          "tooltip": {"mode": "multi", "sort": "none"}}
    return out


def grafana(dashboard: Dashboard) -> dict:
    panels, y, panel_id = [], 0, 1
    for row_title, row_panels in dashboard.rows:
        panels.append({"id": panel_id, "type": "row", "title": row_title, "collapsed": False, "panels": [],
                       "gridPos": {"h": 1, "w": 24, "x": 0, "y": y}})
        panel_id, y = panel_id + 1, y + 1
        for i, panel in enumerate(row_panels):
            panels.append(_grafana_panel(panel, panel_id, 12 * (i % 2), y + 8 * (i // 2)))
            panel_id += 1
        y += 8 * ((len(row_panels) + 1) // 2)
    return {"uid": dashboard.uid, "title": dashboard.title, "description": dashboard.description,
            "tags": ["tinylab"], "timezone": "browser", "editable": False, "graphTooltip": 1, "refresh": "10s",
            "schemaVersion": 39, "version": 1, "time": {"from": "now-30m", "to": "now"},
            "templating": {"list": []}, "annotations": {"list": []}, "panels": panels}


def render(dashboard: Dashboard) -> str:
    return json.dumps(grafana(dashboard), indent=1) + "\n"


def path_of(dashboard: Dashboard) -> Path:
    return DASHBOARD_DIR / f"{dashboard.uid}.json"


def main(argv: list[str] | None = None) -> int:
    return generator_main("monitoring.dashboards", lambda: {path_of(d): render(d) for d in DASHBOARDS}, argv)

if __name__ == "__main__":
    sys.exit(main())
