"""Inference worker metrics (names mirror vLLM/TGI meanings where they fit; monitoring/METRICS.md)."""
import time

from prometheus_client import Counter, Gauge, Histogram

from tinylab.metrics import (BATCH_BUCKETS, BATCH_TOKEN_BUCKETS, JOBS_FINISHED, LATENCY_BUCKETS,  # noqa: F401
                             TOKEN_LATENCY_BUCKETS)

REQUESTS = Counter("tinylab_inference_requests_total", "Inference requests finished, by outcome.", ["outcome"])
for _outcome in ("succeeded", "failed"):
    REQUESTS.labels(_outcome)
QUEUE_WAIT = Histogram("tinylab_queue_wait_seconds", "Time a job waited in the broker queue before inference.",
                       buckets=LATENCY_BUCKETS)
INFERENCE = Histogram("tinylab_inference_duration_seconds", "Time from inference start to last token, per request.",
                      buckets=LATENCY_BUCKETS)
TTFT = Histogram("tinylab_time_to_first_token_seconds", "Time from inference start to the first generated token.",
                 buckets=LATENCY_BUCKETS)
TPOT = Histogram("tinylab_time_per_output_token_seconds",
                 "Decode time per generated token after the first, per request (batching included).",
                 buckets=TOKEN_LATENCY_BUCKETS)
BATCH_SIZE = Histogram("tinylab_batch_size", "Requests decoded together, per decode step.", buckets=BATCH_BUCKETS)
BATCH_TOKENS = Histogram("tinylab_batch_tokens", "Tokens held in the KV cache by the running requests, per decode step.",
                         buckets=BATCH_TOKEN_BUCKETS)
# Where the engine's time goes (TGI's tgi_batch_forward_duration by method): a prefill pass runs
# prompt tokens, a decode step one token per running request; sampling is included.
FORWARD = Histogram("tinylab_engine_forward_seconds", "Duration of one model pass, by phase (prefill | decode).",
                    ["phase"], buckets=TOKEN_LATENCY_BUCKETS)
FORWARD_TOKENS = Counter("tinylab_engine_forward_tokens_total", "Tokens run through the model, by phase.", ["phase"])
for _phase in ("prefill", "decode"):
    FORWARD.labels(_phase)
    FORWARD_TOKENS.labels(_phase)
PROMPT_TOKENS = Counter("tinylab_prompt_tokens_total", "Prompt tokens processed (prefill).")
GENERATED_TOKENS = Counter("tinylab_generated_tokens_total", "Tokens generated (decode).")
RUNNING = Gauge("tinylab_requests_running", "Requests holding a KV cache slot (prefilling or decoding).")
WAITING = Gauge("tinylab_requests_waiting", "Requests handed to the engine and waiting for a slot.")
SLOT_WAIT = Histogram("tinylab_slot_wait_seconds", "Time a request waited inside the worker for a KV cache slot.",
                      buckets=LATENCY_BUCKETS)
LAST_BATCH = Gauge("tinylab_last_batch_timestamp_seconds", "Unix time the last decode step finished.")
# Slots are preallocated once: the bytes are constant, the usage ratio is what moves.
KV_CACHE = Gauge("tinylab_kv_cache_bytes", "Bytes of KV cache preallocated by the engine "
                 "(2 x layers x slots x block_size x n_embd x dtype bytes).")
KV_CACHE_USAGE = Gauge("tinylab_kv_cache_usage_ratio", "KV cache token positions held by running requests over "
                       "all positions of all slots, 0..1.")
MODEL_INFO = Gauge("tinylab_model_info", "The model this worker serves (value is always 1).",
                   ["model", "variant", "checkpoint"])


def observe_step(stats: dict) -> None:
    """The engine's per-pass hook (called from its loop thread, after every prefill and decode pass)."""
    FORWARD.labels(stats["phase"]).observe(stats["seconds"])
    FORWARD_TOKENS.labels(stats["phase"]).inc(stats["tokens"])
    if stats["phase"] != "decode":
        return
    BATCH_SIZE.observe(stats["batch_size"])
    BATCH_TOKENS.observe(stats["kv_tokens_used"])
    RUNNING.set(stats["running"])
    WAITING.set(stats["waiting"])
    KV_CACHE_USAGE.set(stats["kv_cache_usage"])
    LAST_BATCH.set(time.time())
