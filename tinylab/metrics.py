"""What every service's metrics share: histogram buckets and the metrics HTTP server.

Buckets are sized for CPU inference (tens of ms to minutes). SLO thresholds (see monitoring/)
sit exactly on bucket boundaries so ratios computed from buckets are exact, not interpolated.
"""
from __future__ import annotations

import logging

from prometheus_client import start_http_server

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 30.0,
                   60.0, 120.0, 300.0)
FAST_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)
SCORE_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)

log = logging.getLogger(__name__)


def serve_metrics(port: int) -> int | None:
    """Expose this process's registry on `port` (0: do not serve). Returns the port served."""
    if not port:
        return None
    server, _thread = start_http_server(port, addr="0.0.0.0")
    served = server.server_address[1]
    log.info("metrics on :%d/metrics", served)
    return served
