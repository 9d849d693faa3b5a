"""Gateway metrics. Under gunicorn several processes serve, so counters and histograms go through
prometheus_client's multiprocess mode (PROMETHEUS_MULTIPROC_DIR); values read from Redis at scrape
time (queue depth, workers alive) come from a collector instead, so they are never summed twice.
"""
from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector

from tinylab.contract import QUEUES, TASK_TYPES, worker_heartbeat_pattern
from tinylab.metrics import FAST_BUCKETS, JOBS_FINISHED, LATENCY_BUCKETS, build_info  # noqa: F401 (re-exported)

HTTP_REQUESTS = Counter("tinylab_http_requests_total", "HTTP requests answered, by route, method and status.",
                        ["route", "method", "status"])
HTTP_DURATION = Histogram("tinylab_http_request_duration_seconds", "Time to answer an HTTP request.", ["route"],
                          buckets=LATENCY_BUCKETS)
JOBS_SUBMITTED = Counter("tinylab_jobs_submitted_total", "Jobs accepted and enqueued.", ["task_type"])
JOBS_REJECTED = Counter("tinylab_jobs_rejected_total", "Job submissions refused, by reason.", ["reason"])
GUARDRAIL_FINDINGS = Counter("tinylab_guardrail_findings_total", "Input guardrail findings, by detector and action.",
                             ["detector", "action"])
GUARDRAIL_DURATION = Histogram("tinylab_guardrail_duration_seconds", "Time to run the input guardrail chain.",
                               buckets=FAST_BUCKETS)
GUARDRAIL_ERRORS = Counter("tinylab_guardrail_errors_total",
                           "Input guardrail runs where a detector (or the chain) raised or overran its budget.")

ROUTES = ("/v1/jobs", "/v1/jobs/<job_id>", "/v1/completions")

for _task_type in TASK_TYPES:
    JOBS_SUBMITTED.labels(_task_type)
for _route in ROUTES:  # so latency and error-ratio series exist before the first request
    HTTP_DURATION.labels(_route)
for _reason in ("invalid", "unauthorized", "blocked", "shed"):
    JOBS_REJECTED.labels(_reason)


class RedisStateCollector:
    """Queue depth per Celery queue and live workers, read from Redis when Prometheus scrapes.

    Reading the broker (not counting in the gateway) keeps the figure right with several gateways
    and workers on several hosts.
    """

    def __init__(self, redis_client, key_prefix: str):
        self.redis = redis_client
        self.key_prefix = key_prefix

    def collect(self):
        depth = GaugeMetricFamily("tinylab_queue_depth", "Jobs waiting in each Celery queue (Redis list length).",
                                  labels=["queue"])
        alive = GaugeMetricFamily("tinylab_workers_alive", "Inference workers with a fresh heartbeat.")
        up = GaugeMetricFamily("tinylab_redis_up", "1 when the gateway could read Redis at scrape time.")
        try:
            with self.redis.pipeline() as pipe:
                for queue in QUEUES:
                    pipe.llen(queue)
                lengths = pipe.execute()
            for queue, length in zip(QUEUES, lengths):
                depth.add_metric([queue], length)
            alive.add_metric([], sum(1 for _ in self.redis.scan_iter(worker_heartbeat_pattern(self.key_prefix))))
            up.add_metric([], 1)
        except Exception:  # Redis down: say so, and omit the figures we could not read
            up.add_metric([], 0)
        yield from (depth, alive, up, build_info("gateway"))


def render(state_collector: RedisStateCollector) -> bytes:
    """The /metrics body: this service's metrics (all processes) plus the Redis-derived gauges."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
        body = generate_latest(registry)
    else:
        from prometheus_client import REGISTRY
        body = generate_latest(REGISTRY)
    state = CollectorRegistry()
    state.register(state_collector)
    return body + generate_latest(state)
