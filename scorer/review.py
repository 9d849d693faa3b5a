"""Human spot-checks: a share of scored outputs goes into a review queue; reviewers grade them
pass/fail, blind to the rubric's verdict; `stats` compares the two (Cohen's kappa) and flags drift.

Which jobs: `should_review(job_id, rate)`, a hash of the job id below `rate`, so the choice is
deterministic (a redelivered scoring task makes the same choice) and independent of content.
The rate comes from TINYLAB_SPOTCHECK_RATE (0..1, default DEFAULT_RATE).

An item (one JSON object, the same online in Redis and offline in a JSONL file):

    {"id", "job_id", "task_type", "suite", "case_id", "prompt", "output", "reference",
     "auto": {"passed", "primary", "rubric", "mode", "metrics"}, "enqueued_at",
     "human": null | {"passed", "note", "grader", "graded_at"}}

Redis keys (under the settings key_prefix): `{p}:review:item:{id}` (the item, JSON),
`{p}:review:pending` (sorted set of ids by enqueue time) and `{p}:review:graded` (list of ids in
grading order). Items do not expire: grades are the record the kappa is computed from.

Offline, `read_items` also takes rows of a bench run's `cases.jsonl` (`score` holds the rubric's
verdict, as `score_output` returns it), so a run can be graded without Redis.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from scorer.stats import agreement

ENV_RATE = "TINYLAB_SPOTCHECK_RATE"
DEFAULT_RATE = 0.05
# Enough for weeks of reviewing; past it new items are dropped rather than growing Redis forever.
MAX_PENDING = 10_000
MAX_NOTE_CHARS = 2000
ITEM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$")
# Numeric metrics kept on an item: enough to see why the rubric decided as it did.
_KEEP_METRIC = (int, float)

# Add: the item and its place in the queue together (a crash between the two would leave an item
# no reviewer is shown, and a redelivered task could not add it again).
_ADD = """
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
if not redis.call('SET', KEYS[2], ARGV[2], 'NX') then return 0 end
redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
return 1
"""

_GRADE = """
if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('SET', KEYS[2], ARGV[2])
redis.call('RPUSH', KEYS[3], ARGV[1])
return 1
"""


class ReviewError(Exception):
    """A reviewer's mistake (or a missing item). `status` is the HTTP status the gateway answers."""

    def __init__(self, message: str, status: int = 422, field: str | None = None):
        super().__init__(message)
        self.message, self.status, self.field = message, status, field


# --- keys and sampling -----------------------------------------------------------------------------

def item_key(prefix: str, item_id: str) -> str:
    return f"{prefix}:review:item:{item_id}"


def pending_key(prefix: str) -> str:
    return f"{prefix}:review:pending"


def graded_key(prefix: str) -> str:
    return f"{prefix}:review:graded"


def spotcheck_rate(environ: Mapping[str, str] | None = None) -> float:
    raw = (os.environ if environ is None else environ).get(ENV_RATE)
    if raw is None or not raw.strip():
        return DEFAULT_RATE
    try:
        rate = float(raw)
    except ValueError:
        raise ValueError(f"{ENV_RATE}={raw!r}: expected a number in 0..1") from None
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"{ENV_RATE}={raw!r}: expected a number in 0..1")
    return rate


def should_review(job_id: str, rate: float) -> bool:
    """Deterministic: the first 8 bytes of sha256(job_id) as a fraction of 2**64, below `rate`."""
    if rate <= 0:
        return False
    fraction = int.from_bytes(hashlib.sha256(job_id.encode()).digest()[:8], "big") / 2**64
    return fraction < rate


# --- items -----------------------------------------------------------------------------------------

def make_item(item_id: str, *, task_type: str, prompt: str, output: str, reference: str | None, score: Mapping,
              job_id: str | None = None, suite: str | None = None, case_id: str | None = None) -> dict:
    metrics = {k: v for k, v in (score.get("metrics") or {}).items()
               if isinstance(v, _KEEP_METRIC) and not isinstance(v, bool)}
    return {"id": item_id, "job_id": job_id, "task_type": task_type, "suite": suite, "case_id": case_id,
            "prompt": prompt, "output": output, "reference": reference,
            "auto": {"passed": bool(score["passed"]), "primary": score.get("primary"), "rubric": score.get("rubric"),
                     "mode": score.get("mode"), "metrics": metrics, "details": score.get("details")},
            "enqueued_at": time.time(), "human": None}


def blind(item: Mapping) -> dict:
    """The item as a reviewer first sees it: without the rubric's verdict, so grades are independent."""
    return {k: v for k, v in item.items() if k != "auto"}


def parse_grade(body: object) -> tuple[bool, str]:
    """Validate a grade: {"passed": true|false, "note": "..."} -> (passed, note)."""
    if not isinstance(body, dict):
        raise ReviewError("request body must be a JSON object", status=400)
    unknown = sorted(set(body) - {"passed", "note"})
    if unknown:
        raise ReviewError(f"unknown field(s) {', '.join(unknown)}; expected 'passed' and optional 'note'",
                          field=unknown[0])
    if "passed" not in body:
        raise ReviewError("'passed' is required: true if the output is acceptable, false if not", field="passed")
    if not isinstance(body["passed"], bool):
        raise ReviewError(f"'passed' must be true or false, got {json.dumps(body['passed'])}", field="passed")
    note = body.get("note") or ""
    if not isinstance(note, str):
        raise ReviewError("'note' must be a string", field="note")
    if len(note) > MAX_NOTE_CHARS:
        raise ReviewError(f"'note' is longer than {MAX_NOTE_CHARS} characters", field="note")
    return body["passed"], note.strip()


def graded(item: Mapping, passed: bool, note: str = "", grader: str | None = None) -> dict:
    return {**item, "human": {"passed": bool(passed), "note": note, "grader": grader, "graded_at": time.time()}}


# --- the queue in Redis ----------------------------------------------------------------------------

class ReviewQueue:
    def __init__(self, client, prefix: str):
        self.redis = client
        self.prefix = prefix
        self._add = client.register_script(_ADD)
        self._grade = client.register_script(_GRADE)

    def add(self, item: Mapping) -> bool:
        """Queue an item unless it is already there (idempotent by id) or the queue is full."""
        keys = [pending_key(self.prefix), item_key(self.prefix, item["id"])]
        args = [item["id"], json.dumps(item), MAX_PENDING, repr(float(item["enqueued_at"] or time.time()))]
        return bool(self._add(keys=keys, args=args))

    def get(self, item_id: str) -> dict | None:
        raw = self.redis.get(item_key(self.prefix, item_id)) if ITEM_ID.match(item_id) else None
        return json.loads(raw) if raw else None

    def pending(self) -> int:
        return int(self.redis.zcard(pending_key(self.prefix)))

    def next(self) -> dict | None:
        """The oldest ungraded item (not claimed: two reviewers may see the same one; the second
        grade is refused)."""
        for item_id in self.redis.zrange(pending_key(self.prefix), 0, 9):
            item = self.get(item_id)
            if item is not None:
                return item
        return None

    def grade(self, item_id: str, passed: bool, note: str = "", grader: str | None = None) -> dict:
        item = self.get(item_id)
        if item is None:
            raise ReviewError(f"no review item {item_id!r}", status=404)
        if item.get("human") is not None:
            raise ReviewError(f"review item {item_id!r} is already graded", status=409)
        done = graded(item, passed, note, grader)
        keys = [pending_key(self.prefix), item_key(self.prefix, item_id), graded_key(self.prefix)]
        if not self._grade(keys=keys, args=[item_id, json.dumps(done)]):
            raise ReviewError(f"review item {item_id!r} is already graded", status=409)
        return done

    def graded_items(self) -> list[dict]:
        """Graded items in grading order."""
        ids = self.redis.lrange(graded_key(self.prefix), 0, -1)
        return [item for item in (self.get(i) for i in ids) if item is not None]

    def items(self) -> list[dict]:
        """Every item: graded ones in grading order, then pending ones oldest first."""
        pending = [self.get(i) for i in self.redis.zrange(pending_key(self.prefix), 0, -1)]
        return self.graded_items() + [item for item in pending if item is not None]


def maybe_enqueue(queue: ReviewQueue, job: Mapping, task_type: str, score: Mapping, reference: str | None,
                  rate: float) -> bool:
    """Called by the scorer after it scores a job: queue it when the job id is sampled."""
    if not should_review(job["id"], rate):
        return False
    item = make_item(job["id"], job_id=job["id"], task_type=task_type, prompt=job.get("prompt", ""),
                     output=job.get("output", ""), reference=reference, score=score, suite=job.get("suite"),
                     case_id=job.get("case_id"))
    return queue.add(item)


# --- offline: JSONL files --------------------------------------------------------------------------

def item_from_record(record: Mapping, index: int = 0) -> dict:
    """A review item from an item (as exported) or from a bench `cases.jsonl` row (`score` +
    `output`, `case_id`, `prompt`, `reference`, `task_type`). Raises ValueError without a verdict."""
    if "auto" in record and isinstance(record["auto"], Mapping) and "passed" in record["auto"]:
        item = dict(record)
        item.setdefault("human", None)
        item.setdefault("id", record.get("case_id") or f"item-{index + 1}")
        return item
    score = record.get("score")
    if not isinstance(score, Mapping) or "passed" not in score:
        raise ValueError(f"record {index + 1} has neither 'auto' nor a 'score' with 'passed'")
    item = make_item(str(record.get("id") or record.get("case_id") or f"item-{index + 1}"),
                     task_type=record.get("task_type", "free"), prompt=record.get("prompt", ""),
                     output=record.get("output", ""), reference=record.get("reference"), score=score,
                     job_id=record.get("job_id"), suite=record.get("suite"), case_id=record.get("case_id"))
    item["enqueued_at"] = record.get("enqueued_at")
    item["human"] = record.get("human")
    return item


def read_items(path: Path | str) -> list[dict]:
    items = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                items.append(item_from_record(json.loads(line), len(items)))
            except (json.JSONDecodeError, ValueError) as exc:
                raise ValueError(f"{path}:{lineno}: {exc}") from None
    return items


def write_items(path: Path | str, items: Iterable[Mapping]) -> None:
    """Rewrite the file atomically, so an interrupted grading session never loses grades."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    os.replace(tmp, path)


def sample(items: Iterable[Mapping], rate: float) -> list[dict]:
    """The items a spot-check at `rate` would pick (same hash as the scorer, on the item id)."""
    return [dict(i) for i in items if should_review(str(i["id"]), rate)]


# --- statistics ------------------------------------------------------------------------------------

def review_stats(items: Iterable[Mapping], **kw) -> dict:
    """Agreement (see scorer.stats.agreement) over graded items in grading order, overall and per
    task type, plus how many are still pending."""
    items = list(items)
    done = sorted((i for i in items if i.get("human")), key=lambda i: i["human"].get("graded_at") or 0)
    pairs = [(i["human"]["passed"], i["auto"]["passed"]) for i in done]
    out = {**agreement(pairs, **kw), "pending": len(items) - len(done), "by_task_type": {}}
    for task in sorted({i["task_type"] for i in done}):
        sub = [(i["human"]["passed"], i["auto"]["passed"]) for i in done if i["task_type"] == task]
        a = agreement(sub, **{**kw, "min_n": 10**9})  # drift is judged overall, not per slice
        out["by_task_type"][task] = {k: a[k] for k in ("n", "kappa", "agreement", "human_pass_rate", "auto_pass_rate")}
    return out


def format_stats(stats: Mapping) -> str:
    def num(x, fmt="{:.3f}"):
        return "n/a" if x is None else fmt.format(x)

    ci = stats.get("kappa_ci")
    lines = [f"graded {stats['n']}  pending {stats['pending']}",
             f"cohen's kappa  {num(stats['kappa'])}" + (f"  (95% CI {ci[0]:.3f} .. {ci[1]:.3f})" if ci else ""),
             f"agreement      {num(stats['agreement'])}",
             f"pass rate      human {num(stats['human_pass_rate'])}  rubric {num(stats['auto_pass_rate'])}",
             "confusion      " + "  ".join(f"{k} {v}" for k, v in stats["confusion"].items())]
    if stats.get("recent"):
        r = stats["recent"]
        lines.append(f"recent         last {r['window']}: agreement {r['agreement']:.3f} "
                     f"(before: {r['earlier_agreement']:.3f})")
    if stats["by_task_type"]:
        lines.append(f"{'task type':18s} {'n':>4s} {'kappa':>7s} {'agree':>6s} {'human':>6s} {'rubric':>6s}")
        for task, s in stats["by_task_type"].items():
            lines.append(f"{task:18s} {s['n']:4d} {num(s['kappa'], '{:7.3f}'):>7s} {num(s['agreement'], '{:6.2f}'):>6s} "
                         f"{num(s['human_pass_rate'], '{:6.2f}'):>6s} {num(s['auto_pass_rate'], '{:6.2f}'):>6s}")
    lines.append("rubric drift   " + ("; ".join(stats["drift"]) if stats["drift"] else "none flagged"))
    return "\n".join(lines)
