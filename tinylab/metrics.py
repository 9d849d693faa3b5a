"""What every service's metrics share: histogram buckets, the job-outcome counter, build info and
the metrics HTTP server.

Buckets are sized for CPU inference (tens of ms to minutes). SLO thresholds (monitoring/slos.yml)
sit exactly on bucket boundaries so ratios computed from buckets are exact, not interpolated.
"""
from __future__ import annotations

import logging
import os
import subprocess
from functools import lru_cache

from prometheus_client import REGISTRY, Counter, start_http_server
from prometheus_client.core import GaugeMetricFamily

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 30.0,
                   60.0, 120.0, 300.0)
FAST_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
# Time per output token: under a ms (tiny preset) to a second (default model, big batch, busy CPU).
TOKEN_LATENCY_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
                         2.5)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)
# Prompt + generated tokens of one batch: max_batch_size x block_size at most (16 x 512 by default).
BATCH_TOKEN_BUCKETS = (16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192)
SCORE_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)

VERSION = "0.1.0"

# How each submission ends, counted once by the service that ends it: the gateway (blocked, shed,
# a job past its deadline: timeout), the inference worker (failed, inference timeout), the scorer
# (succeeded). Defined here because three services export it; sum over `job` for the whole.
OUTCOMES = ("succeeded", "failed", "blocked", "shed", "timeout")
JOBS_FINISHED = Counter("tinylab_jobs_finished_total", "Submissions ended, by outcome.", ["outcome"])
for _outcome in OUTCOMES:
    JOBS_FINISHED.labels(_outcome)

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=2,
                             cwd=os.path.dirname(__file__))
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def build_info(service: str) -> GaugeMetricFamily:
    """`tinylab_build_info{service,version,commit} 1`, the same family in every service."""
    family = GaugeMetricFamily("tinylab_build_info", "Build of the running service (value is always 1).",
                               labels=["service", "version", "commit"])
    family.add_metric([service, VERSION, git_commit()], 1)
    return family


class BuildInfo:
    """A collector, so a process registers it once at serve time (two services in one test process
    would otherwise clash over one name in the default registry)."""

    def __init__(self, service: str):
        self.service = service

    def collect(self):
        yield build_info(self.service)


def serve_metrics(port: int, service: str | None = None) -> int | None:
    """Expose this process's registry on `port` (0: do not serve). Returns the port served."""
    if not port:
        return None
    if service:
        REGISTRY.register(BuildInfo(service))
    server, _thread = start_http_server(port, addr="0.0.0.0")
    served = server.server_address[1]
    log.info("metrics on :%d/metrics", served)
    return served
