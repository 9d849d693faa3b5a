"""The inference worker: Celery tasks on the `inference` queue, feeding one batching engine.

Run with a thread pool so many jobs wait on the engine at once:
    celery -A inference_worker.tasks:app worker -Q inference --pool threads --concurrency 16

The task is idempotent by job id: a redelivered message (worker killed, acks_late) finds the job's
state in Redis and either re-runs inference, only re-sends scoring, or does nothing.
"""
from __future__ import annotations

import logging
import os
import socket
import threading
import time
from concurrent.futures import TimeoutError as FutureTimeout

from celery import signals

from inference_worker import metrics
from inference_worker.threads import run_in_passing_thread
from tinylab.celery_app import app
from tinylab.contract import (FAILED, QUEUED, RUNNING, STAGE_INFERENCE, STAGE_SCORING, TASK_GENERATE,
                              TASK_SCORE, TERMINAL, worker_heartbeat_key)
from tinylab.jobs import JobStore, shared_store
from tinylab.logs import setup_logging
from tinylab.metrics import serve_metrics

log = logging.getLogger(__name__)
settings = app.tinylab_settings
HEARTBEAT_EVERY_S = 2
OWNER = f"{socket.gethostname()}:{os.getpid()}"
_held: set[str] = set()  # jobs whose lease this process holds; the heartbeat keeps them alive

_lock = threading.Lock()
_engine = None
_publisher = None


def store() -> JobStore:
    return shared_store(settings)


def engine():
    """The model and its engine load once per process, on first use (or at worker start)."""
    global _engine
    with _lock:
        if _engine is None:
            _engine = _build_engine()
    return _engine


def _load_model():
    from inference_worker.checkpoint import load_any_checkpoint
    from inference_worker.variants import apply_variant

    model, tokenizer, meta = load_any_checkpoint(settings.checkpoint_dir)
    return apply_variant(model, settings.model_variant), tokenizer, meta


def _build_engine():
    import torch

    from inference_worker.engine import Engine, EngineConfig

    if settings.device_threads:
        torch.set_num_threads(settings.device_threads)
    # Loading runs parallel copies: in a thread that then ends, so that no thread but the engine's
    # keeps an OpenMP team alive (see Engine.__init__).
    model, tokenizer, meta = run_in_passing_thread(_load_model, "tinylab-load")
    metrics.MODEL_INFO.labels(model=meta.get("size", "custom"), variant=settings.model_variant,
                              checkpoint=str(settings.checkpoint_dir.name)).set(1)
    config = EngineConfig(max_running=settings.max_batch_size, max_tokens_in_flight=settings.max_tokens_in_flight,
                          max_queue_wait_s=settings.max_slot_wait_s, prefill_chunk=settings.prefill_chunk,
                          admission_wait_ms=settings.batch_wait_ms, batch_invariant=settings.batch_invariant,
                          compile=settings.engine_compile)
    engine = Engine(model, tokenizer, config, on_step=metrics.observe_step)  # compiles here when asked
    metrics.KV_CACHE.set(engine.runner.cache_bytes)
    log.info("loaded %s (%s) from %s: %d slots, %.0f MB KV cache%s", meta.get("size", "custom"),
             settings.model_variant, settings.checkpoint_dir, config.max_running, engine.runner.cache_bytes / 2**20,
             ", compiled" if config.compile else "")
    return engine


def publisher():
    """The token stream publisher, one per process (None when streaming is off)."""
    global _publisher
    with _lock:
        if _publisher is None and settings.stream_tokens:
            from inference_worker.stream import TokenPublisher

            _publisher = TokenPublisher(store().redis, settings.key_prefix, settings.result_ttl_s)
    return _publisher


@signals.setup_logging.connect
def _logging(**_):
    # Connecting here stops Celery from configuring logging itself; ours redacts PII.
    setup_logging("inference_worker", settings.log_level)


@signals.worker_ready.connect
def _ready(sender=None, **_):
    serve_metrics(settings.metrics_port, "inference_worker")
    engine()  # load the model before announcing ourselves alive
    name = getattr(sender, "hostname", None) or f"inference@{socket.gethostname()}"
    threading.Thread(target=_heartbeat, args=(name,), name="tinylab-heartbeat", daemon=True).start()


def _heartbeat(name: str) -> None:
    key = worker_heartbeat_key(settings.key_prefix, name)
    while True:
        try:
            store().redis.set(key, str(time.time()), ex=HEARTBEAT_EVERY_S * 3)
            store().refresh_leases(list(_held), settings.lease_ttl_s)
        except Exception:  # Redis restarting: keep trying, readiness shows the gap
            log.warning("heartbeat failed", exc_info=True)
        time.sleep(HEARTBEAT_EVERY_S)


@app.task(name=TASK_GENERATE, bind=True, max_retries=60)
def generate(self, job_id: str) -> None:
    jobs = store()
    job = jobs.get(job_id)
    if job is None:
        log.warning("job %s not found (expired?); dropping message", job_id)
        return
    if job["status"] in TERMINAL:
        return
    if "output" in job:  # inference done before a crash; only the hand-off to scoring is missing
        app.send_task(TASK_SCORE, args=[job_id])
        return
    if not jobs.acquire_lease(job_id, OWNER, settings.lease_ttl_s):
        # A live worker is decoding this job (this is a redelivered duplicate): look again once its
        # lease could have lapsed. The retry keeps a message in flight, so a crash there loses nothing.
        raise self.retry(countdown=settings.lease_ttl_s)
    _held.add(job_id)
    try:
        job = jobs.get(job_id)  # re-read under the lease: the holder before us may have finished
        if job["status"] in TERMINAL or "output" in job:
            return
        _infer(jobs, job)
    finally:
        _held.discard(job_id)
        jobs.release_lease(job_id, OWNER)


def _infer(jobs: JobStore, job: dict) -> None:
    job_id = job["id"]
    attempts = jobs.count_attempt(job_id)
    if attempts > settings.max_attempts:
        _fail(jobs, job_id, f"gave up after {attempts - 1} attempts")
        return
    started = time.time()
    jobs.transition(job_id, (QUEUED, RUNNING), RUNNING, stage=STAGE_INFERENCE, started_at=started,
                    worker=socket.gethostname())
    metrics.QUEUE_WAIT.observe(max(0.0, started - job.get("enqueued_at", started)))

    from inference_worker.sampling import SamplingParams

    params = SamplingParams(**{**job["params"], "stop": tuple(job["params"].get("stop", ()))})
    stream = publisher()
    future = engine().submit(job["prompt"], params, request_id=job_id,
                             on_token=stream.on_token if stream is not None else None)
    try:
        result = future.result(timeout=settings.task_time_limit_s)
    except FutureTimeout:
        engine().cancel(future)  # frees the slot at the engine's next iteration
        _fail(jobs, job_id, f"inference timed out after {settings.task_time_limit_s}s", outcome="timeout")
        return
    except Exception as exc:
        _fail(jobs, job_id, f"inference failed: {type(exc).__name__}: {exc}")
        log.exception("job %s: inference failed", job_id)
        return

    done = time.time()
    output, output_guard = _guard_output(result.text)
    if stream is not None:
        stream.finish(job_id, output)
    extra = {"logprobs": _logprobs_view(result, output, output_guard)} if params.logprobs else {}
    # first token: time waiting for a slot plus the prompt's prefill, from when the task began
    first_token = started + result.queue_wait_s + result.time_to_first_token_s
    jobs.update(job_id, output=output, output_guardrails=output_guard, finish_reason=result.finish_reason,
                prompt_tokens=result.prompt_tokens, completion_tokens=result.completion_tokens,
                perplexity=result.perplexity, mean_logprob=result.mean_logprob,
                batch_size=round(result.mean_batch_size, 2), first_token_at=first_token, inference_done_at=done,
                stage=STAGE_SCORING, **extra)
    metrics.REQUESTS.labels("succeeded").inc()
    metrics.INFERENCE.observe(done - started)
    metrics.TTFT.observe(first_token - started)
    metrics.SLOT_WAIT.observe(result.queue_wait_s)
    if result.completion_tokens > 1:
        metrics.TPOT.observe(result.decode_s / (result.completion_tokens - 1))
    metrics.PROMPT_TOKENS.inc(result.prompt_tokens)
    metrics.GENERATED_TOKENS.inc(result.completion_tokens)
    app.send_task(TASK_SCORE, args=[job_id])


def _guard_output(text: str) -> tuple[str, dict]:
    """Model output passes the output guard before it is stored: PII redacted, leaks flagged."""
    from guardrails import scan_output

    result = scan_output(text)
    return result.redacted, result.to_dict()


def _logprobs_view(result, output: str, output_guard: dict) -> dict:
    """OpenAI's completions `logprobs` object. Token strings are the model's raw text: when the
    output guard changed the output, they are withheld so nothing it redacted reaches Redis."""
    if output != result.text or output_guard.get("findings"):
        return {"withheld": "the output guard redacted this output; token-level text is not stored"}
    decode = engine().tokenizer.decode
    tokens = [decode([t]) for t in result.token_ids]
    offsets, at = [], 0
    for t in tokens:
        offsets.append(at)
        at += len(t)
    n = len(tokens)  # a final <|endoftext|> has a logprob but is not part of the text
    return {"tokens": tokens, "token_logprobs": result.token_logprobs[:n], "text_offset": offsets,
            "top_logprobs": [{decode([i]): lp for i, lp in top.items()} for top in result.top_logprobs[:n]]}


def _fail(jobs: JobStore, job_id: str, error: str, outcome: str = FAILED) -> None:
    if jobs.fail(job_id, error, (QUEUED, RUNNING)):
        metrics.JOBS_FINISHED.labels(outcome).inc()
    metrics.REQUESTS.labels(FAILED).inc()
