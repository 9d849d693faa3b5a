"""The gateway's application factory. Production: `create_app()` reads the environment;
tests pass their own Settings.

    gunicorn -c gateway/gunicorn_conf.py "gateway.app:create_app()"
"""
from __future__ import annotations

import logging
import time

import redis
from flask import Flask, g, jsonify, request
from werkzeug.exceptions import HTTPException

from gateway import api, health, metrics, review
from gateway.auth import authenticate
from gateway.submit import Overloaded, Unavailable
from tinylab.celery_app import make_celery
from tinylab.jobs import JobStore
from tinylab.logs import setup_logging
from tinylab.schema import RequestError
from tinylab.settings import Settings

log = logging.getLogger(__name__)


def _error(status: int, kind: str, message: str, **extra):
    return jsonify(error={"type": kind, "message": message, **extra}), status


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings.from_env()
    setup_logging("gateway", settings.log_level)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    jobs = JobStore.from_settings(settings)
    app.extensions["tinylab"] = {
        "settings": settings,
        "jobs": jobs,
        "celery": make_celery(settings),
        "state_collector": metrics.RedisStateCollector(jobs.redis, settings.key_prefix),
    }
    app.register_blueprint(api.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(review.bp)

    @app.before_request
    def _start():
        g.started = time.perf_counter()
        if request.path.startswith("/v1/"):
            g.caller = authenticate(request.headers.get("Authorization"), settings.api_keys)
            if g.caller is None:
                metrics.JOBS_REJECTED.labels("unauthorized").inc()
                return _error(401, "unauthorized", "missing or invalid API key: send 'Authorization: Bearer <key>'")

    @app.after_request
    def _count(response):
        route = request.url_rule.rule if request.url_rule else "unmatched"
        metrics.HTTP_REQUESTS.labels(route, request.method, str(response.status_code)).inc()
        metrics.HTTP_DURATION.labels(route).observe(time.perf_counter() - g.get("started", time.perf_counter()))
        return response

    @app.errorhandler(RequestError)
    def _request_error(exc: RequestError):
        if exc.status != 404:
            metrics.JOBS_REJECTED.labels("invalid").inc()
        extra = {"field": exc.field} if exc.field else {}
        kind = "not_found" if exc.status == 404 else "invalid_request"
        return _error(exc.status, kind, exc.message, **extra)

    @app.errorhandler(Overloaded)
    def _overloaded(exc):
        response, status = _error(503, "overloaded", str(exc))
        response.headers["Retry-After"] = "1"
        return response, status

    @app.errorhandler(Unavailable)
    def _unavailable(exc):
        return _error(503, "unavailable", str(exc))

    @app.errorhandler(redis.RedisError)
    def _redis_down(exc):
        log.error("redis unavailable: %s", type(exc).__name__)
        return _error(503, "unavailable", "job state store (Redis) is unavailable; retry later")

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        return _error(exc.code or 500, exc.name.lower().replace(" ", "_"), exc.description or exc.name)

    @app.errorhandler(Exception)
    def _unexpected(exc):
        # A bug or an outage, never a caller mistake: log it (redacted) and say so plainly.
        log.exception("unhandled error on %s %s", request.method, request.path)
        return _error(500, "internal_error", "internal error; the request was not processed")

    return app
