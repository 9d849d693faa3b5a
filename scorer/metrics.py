"""Scorer metrics: quality as an SLI, and end-to-end job latency (the scorer sees every job finish)."""
from prometheus_client import Counter, Histogram

from tinylab.contract import TASK_TYPES
from tinylab.metrics import JOBS_FINISHED, LATENCY_BUCKETS, SCORE_BUCKETS  # noqa: F401 (re-exported)

SCORED = Counter("tinylab_scored_jobs_total", "Jobs scored, by task type, scoring mode and pass/fail.",
                 ["task_type", "mode", "passed"])
SUITE_CASES = Counter("tinylab_suite_cases_total", "Suite cases scored, by suite name and pass/fail.",
                      ["suite", "passed"])
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

_suites: set[str] = set()


def init_suites(names) -> None:
    """Export zeros for every suite in the suites folder. The label stays bounded: the gateway only
    accepts jobs naming a suite that exists there, and anything else is counted as `other`."""
    for name in names:
        _suites.add(name)
        for passed in ("true", "false"):
            SUITE_CASES.labels(name, passed)


def suite_label(ref: str) -> str:
    """`demo@v1` -> `demo` (versions are not a label: each new version would add series)."""
    name = ref.partition("@")[0]
    return name if name in _suites else "other"
