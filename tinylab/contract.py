"""Names every service agrees on: Celery task and queue names, job statuses, task types, Redis keys.

The gateway sends work by task *name* (`send_task`), so it never imports the worker (or torch).
"""
from __future__ import annotations

# Celery queues (Redis lists of the same name on the broker).
QUEUE_INFERENCE = "inference"
QUEUE_SCORING = "scoring"
QUEUES = (QUEUE_INFERENCE, QUEUE_SCORING)

# Celery task names.
TASK_GENERATE = "tinylab.inference.generate"
TASK_SCORE = "tinylab.scoring.score"

# Job lifecycle. Terminal statuses never change again.
QUEUED, RUNNING, SUCCEEDED, FAILED, BLOCKED = "queued", "running", "succeeded", "failed", "blocked"
STATUSES = (QUEUED, RUNNING, SUCCEEDED, FAILED, BLOCKED)
TERMINAL = frozenset({SUCCEEDED, FAILED, BLOCKED})

# Stages inside RUNNING, so a poller can tell inference from scoring.
STAGE_INFERENCE, STAGE_SCORING = "inference", "scoring"

# Task types the lab evaluates; "free" is a free-form prompt with no reference.
TASK_TYPES = ("summarization", "extraction", "code_completion", "free")


def job_key(prefix: str, job_id: str) -> str:
    return f"{prefix}:job:{job_id}"


def lease_key(prefix: str, job_id: str) -> str:
    """Held by the worker decoding a job, so a redelivered duplicate does not decode it twice."""
    return f"{prefix}:lease:{job_id}"


def worker_heartbeat_key(prefix: str, worker: str) -> str:
    return f"{prefix}:worker:{worker}"


def worker_heartbeat_pattern(prefix: str) -> str:
    return f"{prefix}:worker:*"


def token_stream_key(prefix: str, job_id: str) -> str:
    """Redis stream of a job's tokens as they are generated: entries {"token", "text"}, then {"event": "done"}."""
    return f"{prefix}:job:{job_id}:tokens"
