"""Inference worker metrics (names mirror vLLM/TGI meanings where they fit; monitoring/METRICS.md)."""
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
BATCH_SIZE = Histogram("tinylab_batch_size", "Requests decoded together in one batch.", buckets=BATCH_BUCKETS)
BATCH_TOKENS = Histogram("tinylab_batch_tokens", "Prompt plus generated tokens of one batch.",
                         buckets=BATCH_TOKEN_BUCKETS)
PROMPT_TOKENS = Counter("tinylab_prompt_tokens_total", "Prompt tokens processed (prefill).")
GENERATED_TOKENS = Counter("tinylab_generated_tokens_total", "Tokens generated (decode).")
RUNNING = Gauge("tinylab_requests_running", "Requests in the batch being decoded now.")
LAST_BATCH = Gauge("tinylab_last_batch_timestamp_seconds", "Unix time the last batch finished.")
# The engine allocates one KV cache per batch (no paging), so "use" is the batch's cache size now.
KV_CACHE = Gauge("tinylab_kv_cache_bytes", "Bytes of KV cache held by the batch being decoded "
                 "(2 x layers x batch x sequence x n_embd x dtype bytes).")
KV_CACHE_USAGE = Gauge("tinylab_kv_cache_usage_ratio", "KV cache held now over the cache of a full batch "
                       "(max_batch_size rows of block_size tokens), 0..1.")
MODEL_INFO = Gauge("tinylab_model_info", "The model this worker serves (value is always 1).",
                   ["model", "variant", "checkpoint"])


def kv_cache_bytes(n_layer: int, n_embd: int, batch: int, seq_len: int, dtype_bytes: int) -> int:
    """Keys and values of every layer for `batch` rows of `seq_len` positions."""
    return 2 * n_layer * batch * seq_len * n_embd * dtype_bytes
