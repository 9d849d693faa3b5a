"""Probes and metrics: /healthz (process alive), /readyz (Redis and a worker), /metrics."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify
from prometheus_client import CONTENT_TYPE_LATEST

from gateway import metrics
from tinylab.contract import worker_heartbeat_pattern

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz():
    ext = current_app.extensions["tinylab"]
    jobs, settings = ext["jobs"], ext["settings"]
    checks = {"redis": False, "workers": 0}
    try:
        checks["redis"] = bool(jobs.redis.ping())
        checks["workers"] = sum(1 for _ in jobs.redis.scan_iter(worker_heartbeat_pattern(settings.key_prefix)))
    except Exception as exc:
        checks["error"] = f"redis unreachable: {type(exc).__name__}"
    ready = checks["redis"] and checks["workers"] > 0
    return jsonify(status="ready" if ready else "not ready", checks=checks), 200 if ready else 503


@bp.get("/metrics")
def metrics_endpoint():
    return Response(metrics.render(current_app.extensions["tinylab"]["state_collector"]),
                    mimetype=CONTENT_TYPE_LATEST)
