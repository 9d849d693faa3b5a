"""Scorer metrics: quality as an SLI, and end-to-end job latency (the scorer sees every job finish)."""
from prometheus_client import Counter, Histogram

from tinylab.contract import TASK_TYPES
from tinylab.metrics import LATENCY_BUCKETS, SCORE_BUCKETS

SCORED = Counter("tinylab_scored_jobs_total", "Jobs scored, by task type, scoring mode and pass/fail.",
                 ["task_type", "mode", "passed"])
SCORE = Histogram("tinylab_score", "Primary rubric score (0..1) per scored job.", ["task_type"],
                  buckets=SCORE_BUCKETS)
SCORING = Histogram("tinylab_scoring_duration_seconds", "Time to score one job.", buckets=LATENCY_BUCKETS)
JOB_DURATION = Histogram("tinylab_job_duration_seconds", "End to end: accepted by the gateway to scored.",
                         ["task_type"], buckets=LATENCY_BUCKETS)

for _task_type in TASK_TYPES:
    SCORE.labels(_task_type)
    JOB_DURATION.labels(_task_type)
    for _mode in ("reference", "reference_free"):
        for _passed in ("true", "false"):
            SCORED.labels(_task_type, _mode, _passed)
