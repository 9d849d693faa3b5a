"""Inference worker metrics (names mirror vLLM/TGI meanings where they fit)."""
from prometheus_client import Counter, Gauge, Histogram

from tinylab.metrics import BATCH_BUCKETS, LATENCY_BUCKETS

REQUESTS = Counter("tinylab_inference_requests_total", "Inference requests finished, by outcome.", ["outcome"])
for _outcome in ("succeeded", "failed"):
    REQUESTS.labels(_outcome)
QUEUE_WAIT = Histogram("tinylab_queue_wait_seconds", "Time a job waited in the broker queue before inference.",
                       buckets=LATENCY_BUCKETS)
INFERENCE = Histogram("tinylab_inference_duration_seconds", "Time from inference start to last token, per request.",
                      buckets=LATENCY_BUCKETS)
TTFT = Histogram("tinylab_time_to_first_token_seconds", "Time from inference start to the first generated token.",
                 buckets=LATENCY_BUCKETS)
BATCH_SIZE = Histogram("tinylab_batch_size", "Requests decoded together in one batch.", buckets=BATCH_BUCKETS)
PROMPT_TOKENS = Counter("tinylab_prompt_tokens_total", "Prompt tokens processed (prefill).")
GENERATED_TOKENS = Counter("tinylab_generated_tokens_total", "Tokens generated (decode).")
RUNNING = Gauge("tinylab_requests_running", "Requests in the batch being decoded now.")
LAST_BATCH = Gauge("tinylab_last_batch_timestamp_seconds", "Unix time the last batch finished.")
MODEL_INFO = Gauge("tinylab_model_info", "The model this worker serves (value is always 1).",
                   ["model", "variant", "checkpoint"])
