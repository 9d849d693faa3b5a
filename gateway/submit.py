"""Accepting a job: shed load, guard the prompt, store the job, enqueue it. Plain logic, no Flask."""
from __future__ import annotations

import logging
import time

import redis
from dataclasses import dataclass

from gateway import metrics
from scorer.suites import SuiteError, load_suite
from tinylab.contract import BLOCKED, QUEUE_INFERENCE, QUEUED, TASK_GENERATE, TERMINAL
from tinylab.jobs import JobStore, new_job_id
from tinylab.schema import JobRequest, RequestError

log = logging.getLogger(__name__)


class Overloaded(Exception):
    """The inference queue is deeper than the gateway will add to (load shedding)."""


class Unavailable(Exception):
    """The broker could not take the job; the job is marked failed, never left dangling."""


@dataclass
class Submitted:
    job_id: str
    status: str
    guard: dict
    blocked_by: str | None = None


def resolve_case(request: JobRequest, suites_dir) -> JobRequest:
    """A job naming a suite case takes its task type from the case; unknown cases are caller errors."""
    if request.suite is None:
        return request
    try:
        suite = load_suite(suites_dir, request.suite)
        case = suite.case(request.case_id)
    except SuiteError as exc:
        raise RequestError(str(exc), field="case_id") from exc
    if request.task_type not in ("free", case.task_type):
        raise RequestError(f"case {request.case_id!r} is a {case.task_type} case, not {request.task_type}",
                           field="task_type")
    # Pin the version (`demo@v1`): the scorer grades against the case the prompt came from, even if
    # a newer version of the suite is published while the job waits.
    return JobRequest(prompt=request.prompt, task_type=case.task_type, suite=suite.ref,
                      case_id=request.case_id, sampling=request.sampling)


def guard_input(prompt: str, caller: str | None = None):
    """Scan a prompt under the policy of the caller's API key id (guardrails/policy.yml `keys`)."""
    from guardrails import scan_input
    from guardrails.policy import load_policies

    started = time.perf_counter()
    result = scan_input(prompt, load_policies().for_key(caller))
    metrics.GUARDRAIL_DURATION.observe(time.perf_counter() - started)
    for finding in result.findings:
        metrics.GUARDRAIL_FINDINGS.labels(finding.type, result.action).inc()
    return result


def submit(request: JobRequest, jobs: JobStore, celery_app, settings, caller: str,
           secret: str | None = None) -> Submitted:
    """`secret`: the caller's API key, which seals the pseudonym vault when its policy has `restore`."""
    try:
        return _submit(request, jobs, celery_app, settings, caller, secret)
    except redis.RedisError as exc:
        raise Unavailable("job state store (Redis) is unavailable; the job was not accepted") from exc


def _submit(request: JobRequest, jobs: JobStore, celery_app, settings, caller: str,
            secret: str | None = None) -> Submitted:
    depth = jobs.redis.llen(QUEUE_INFERENCE)
    if depth >= settings.max_queue_depth:
        metrics.JOBS_REJECTED.labels("shed").inc()
        metrics.JOBS_FINISHED.labels("shed").inc()
        raise Overloaded(f"inference queue holds {depth} jobs (limit {settings.max_queue_depth}); retry later")

    try:
        guard = guard_input(request.prompt, caller)
    except Exception:
        metrics.GUARDRAIL_ERRORS.inc()
        raise
    if guard.error:  # a detector raised or overran its budget; the chain failed open or closed per policy
        metrics.GUARDRAIL_ERRORS.inc()
    job_id = new_job_id()
    now = time.time()
    # Only the redacted prompt is ever stored or queued: raw PII never reaches Redis or the model.
    record = dict(prompt=guard.redacted, task_type=request.task_type, suite=request.suite,
                  case_id=request.case_id, params=request.sampling.to_dict(), guardrails=guard.to_dict(),
                  caller=caller, created_at=now)
    if guard.vault is not None and guard.vault.values and secret:
        from guardrails.policy import load_policies

        if load_policies().for_key(caller).restore:
            # Only this caller's key opens it: Redis holds ciphertext, never an original value.
            record["vault"] = guard.vault.seal(secret.encode(), job_id.encode())
    if guard.action == "block":
        jobs.create(job_id, status=BLOCKED, finished_at=now, **record)
        metrics.JOBS_REJECTED.labels("blocked").inc()
        metrics.JOBS_FINISHED.labels("blocked").inc()
        return Submitted(job_id, BLOCKED, guard.to_dict(), blocked_by=guard.blocked_by)

    jobs.create(job_id, status=QUEUED, enqueued_at=now, **record)
    try:
        celery_app.send_task(TASK_GENERATE, args=[job_id])
    except Exception as exc:
        if jobs.fail(job_id, "could not enqueue: broker unavailable", (QUEUED,)):
            metrics.JOBS_FINISHED.labels("failed").inc()
        raise Unavailable("the job broker is unavailable; the job was not accepted") from exc
    metrics.JOBS_SUBMITTED.labels(request.task_type).inc()
    return Submitted(job_id, QUEUED, guard.to_dict())


def fail_if_overdue(job: dict, jobs: JobStore, timeout_s: int) -> dict:
    """A job past its deadline ends as failed (explicitly) instead of staying queued forever."""
    if job["status"] in TERMINAL or time.time() - job["created_at"] <= timeout_s:
        return job
    if jobs.fail(job["id"], f"not finished within {timeout_s}s", (job["status"],)):
        metrics.JOBS_FINISHED.labels("timeout").inc()
        log.warning("job %s timed out in status %s", job["id"], job["status"])
    return jobs.get(job["id"]) or job
