"""The scorer: Celery task on the `scoring` queue. Grades a finished job and closes it.

    celery -A scorer.tasks:app worker -Q scoring --pool solo

A job naming a suite case is graded against that case's reference and rubric parameters; a
free-form job gets the reference-free checks, marked `mode: reference_free` on its score. A
sampled share of scored jobs (TINYLAB_SPOTCHECK_RATE) is queued for human review (scorer/review.py).
"""
from __future__ import annotations

import functools
import logging
import time
from pathlib import Path

from celery import signals

from scorer import metrics, review
from scorer.rubric import score_output
from scorer.suites import Case, load_suite
from tinylab.celery_app import app
from tinylab.contract import RUNNING, SUCCEEDED, TASK_SCORE, TERMINAL
from tinylab.jobs import JobStore, shared_store
from tinylab.logs import setup_logging
from tinylab.metrics import serve_metrics

log = logging.getLogger(__name__)
settings = app.tinylab_settings


def _suite_names() -> list[str]:
    root = Path(settings.suites_dir)
    return sorted(p.name for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


metrics.init_suites(_suite_names())


def store() -> JobStore:
    return shared_store(settings)


@signals.setup_logging.connect
def _logging(**_):
    setup_logging("scorer", settings.log_level)


@signals.worker_ready.connect
def _ready(**_):
    serve_metrics(settings.metrics_port, "scorer")


@functools.lru_cache(maxsize=1)
def spotcheck_rate() -> float:
    return review.spotcheck_rate()


def case_for(job: dict) -> Case | None:
    if job.get("suite") and job.get("case_id"):
        return load_suite(settings.suites_dir, job["suite"]).case(job["case_id"])
    return None


def reference_for(job: dict) -> tuple[str | None, str]:
    """(reference, task_type) for a job: from its suite case when it names one."""
    case = case_for(job)
    if case is not None:
        return case.reference, case.task_type
    return None, job.get("task_type", "free")


def spot_check(jobs: JobStore, job: dict, task_type: str, result: dict, reference: str | None) -> None:
    """Queue a sampled share of scored jobs for human review; never fails the scoring."""
    try:
        review.maybe_enqueue(review.ReviewQueue(jobs.redis, jobs.prefix), job, task_type, result, reference,
                             spotcheck_rate())
    except Exception:  # noqa: BLE001 - a review queue problem must not lose the job's score
        log.exception("could not queue job %s for review", job["id"])


@app.task(name=TASK_SCORE)
def score(job_id: str) -> None:
    jobs = store()
    job = jobs.get(job_id)
    if job is None or job["status"] in TERMINAL:
        return  # expired, or already scored by an earlier delivery
    if "output" not in job:
        log.error("job %s reached scoring without output", job_id)
        if jobs.fail(job_id, "scoring found no output", (RUNNING,)):
            metrics.JOBS_FINISHED.labels("failed").inc()
        return
    started = time.monotonic()
    case = case_for(job)
    reference, task_type = (case.reference, case.task_type) if case else (None, job.get("task_type", "free"))
    guard = job.get("output_guardrails") or {}
    # A suite case is graded on its own prompt (a code case's tests run against the case's code).
    prompt = case.prompt if case else job.get("prompt", "")
    result = score_output(task_type, job["output"], reference, prompt=prompt,
                          perplexity=job.get("perplexity"),
                          output_guard_clean=not guard.get("findings"),
                          params=case.rubric if case else None, references=case.references if case else ())
    finished = time.time()
    if jobs.transition(job_id, (RUNNING,), SUCCEEDED, score=result, finished_at=finished, stage="done"):
        metrics.SCORED.labels(task_type, result["mode"], str(result["passed"]).lower()).inc()
        metrics.SCORE.labels(task_type).observe(result["primary"])
        metrics.SCORING.observe(time.monotonic() - started)
        metrics.JOB_DURATION.labels(task_type).observe(finished - job["created_at"])
        metrics.JOBS_FINISHED.labels("succeeded").inc()
        if job.get("suite") and job.get("case_id"):
            metrics.SUITE_CASES.labels(metrics.suite_label(job["suite"]), str(result["passed"]).lower()).inc()
        spot_check(jobs, job, task_type, result, reference)
