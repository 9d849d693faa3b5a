"""The one Celery app. Workers import it and register their tasks; the gateway only sends by name.

Settings are chosen so an accepted job is never lost:
- acks_late + reject_on_worker_lost: a message is acknowledged only after its task returns, so a
  worker killed mid-task leaves it on the broker to be redelivered;
- visibility_timeout: how long Redis waits before redelivering an unacknowledged message; it must
  be longer than the longest task or a live task runs twice (tasks are idempotent by job id anyway);
- a sweep every few seconds returns expired unacknowledged messages to their queue;
- prefetch 1: a worker reserves only what it can start, so a crash strands few messages.
"""
from __future__ import annotations

from celery import Celery

from tinylab.contract import QUEUE_INFERENCE, QUEUE_SCORING, TASK_GENERATE, TASK_SCORE
from tinylab.settings import Settings


def make_celery(settings: Settings | None = None) -> Celery:
    settings = settings or Settings.from_env()
    app = Celery("tinylab", broker=settings.redis_url)
    app.conf.update(
        task_ignore_result=True,  # results live on the job hash, not in a result backend
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        worker_prefetch_multiplier=1,
        broker_transport_options={
            "visibility_timeout": settings.visibility_timeout_s,
            # kombu sweeps for expired unacked messages every interval*throttle seconds (100 s by
            # default); one cheap Redis scan every few seconds bounds a crash's delay instead.
            "unacked_restore_interval": max(1, min(10, settings.visibility_timeout_s // 3)),
            "unacked_restore_throttle": 1,
        },
        broker_connection_retry_on_startup=True,
        task_routes={TASK_GENERATE: {"queue": QUEUE_INFERENCE}, TASK_SCORE: {"queue": QUEUE_SCORING}},
        task_default_queue=QUEUE_INFERENCE,
        task_time_limit=settings.task_time_limit_s,
        task_serializer="json",
        accept_content=["json"],
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        enable_utc=True,
    )
    app.tinylab_settings = settings
    return app


app = make_celery()
