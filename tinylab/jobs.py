"""Job state in Redis: one hash per job, written by the gateway, the worker and the scorer.

Status changes go through `transition`, a Lua script that only moves a job out of the statuses
the caller names, so a redelivered task can never drag a finished job back to "running".
"""
from __future__ import annotations

import functools
import json
import time
import uuid

import redis

from tinylab.contract import FAILED, TERMINAL, job_key, lease_key

# Fields stored as JSON; everything else is a plain string.
_JSON_FIELDS = {"params", "guardrails", "score", "output_guardrails", "logprobs"}
_FLOAT_FIELDS = {"created_at", "enqueued_at", "started_at", "first_token_at", "inference_done_at",
                 "finished_at", "perplexity", "mean_logprob",
                 "batch_size"}  # mean requests per decode step the job shared (continuous batching)
_INT_FIELDS = {"attempts", "prompt_tokens", "completion_tokens"}

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

_TRANSITION = """
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return -1 end
for i = 1, tonumber(ARGV[1]) do
  if status == ARGV[1 + i] then
    local n = tonumber(ARGV[1]) + 2
    for j = n, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[j], ARGV[j + 1]) end
    return 1
  end
end
return 0
"""


def new_job_id() -> str:
    return uuid.uuid4().hex


def _encode(fields: dict) -> dict[str, str]:
    out = {}
    for name, value in fields.items():
        if value is None:
            continue
        out[name] = json.dumps(value) if name in _JSON_FIELDS else str(value)
    return out


def _decode(raw: dict[str, str]) -> dict:
    job: dict = {}
    for name, value in raw.items():
        if name in _JSON_FIELDS:
            job[name] = json.loads(value)
        elif name in _FLOAT_FIELDS:
            job[name] = float(value)
        elif name in _INT_FIELDS:
            job[name] = int(value)
        else:
            job[name] = value
    return job


class JobStore:
    def __init__(self, client: redis.Redis, prefix: str, ttl_s: int):
        self.redis = client
        self.prefix = prefix
        self.ttl_s = ttl_s
        self._transition = client.register_script(_TRANSITION)
        self._release = client.register_script(_RELEASE)

    @classmethod
    def from_settings(cls, settings) -> "JobStore":
        client = redis.Redis.from_url(settings.redis_url, decode_responses=True,
                                      socket_timeout=10, socket_connect_timeout=5,
                                      health_check_interval=30, retry_on_timeout=True)
        return cls(client, settings.key_prefix, settings.result_ttl_s)

    def key(self, job_id: str) -> str:
        return job_key(self.prefix, job_id)

    def create(self, job_id: str, **fields) -> None:
        key = self.key(job_id)
        with self.redis.pipeline() as pipe:
            pipe.hset(key, mapping=_encode({"id": job_id, "attempts": 0, **fields}))
            pipe.expire(key, self.ttl_s)
            pipe.execute()

    def get(self, job_id: str) -> dict | None:
        raw = self.redis.hgetall(self.key(job_id))
        return _decode(raw) if raw else None

    def update(self, job_id: str, **fields) -> None:
        """Set fields unconditionally (outputs, timings). Use `transition` for status."""
        self.redis.hset(self.key(job_id), mapping=_encode(fields))

    def transition(self, job_id: str, allowed_from: tuple[str, ...], status: str, **fields) -> bool:
        """Move to `status` (setting `fields` too) only if the job is in one of `allowed_from`."""
        encoded = _encode({"status": status, **fields})
        args = [len(allowed_from), *allowed_from]
        for name, value in encoded.items():
            args += [name, value]
        result = self._transition(keys=[self.key(job_id)], args=args)
        if result == 1 and status in TERMINAL:
            self.redis.expire(self.key(job_id), self.ttl_s)
        return result == 1

    def count_attempt(self, job_id: str) -> int:
        return int(self.redis.hincrby(self.key(job_id), "attempts", 1))

    def acquire_lease(self, job_id: str, owner: str, ttl_s: int) -> bool:
        return bool(self.redis.set(lease_key(self.prefix, job_id), owner, nx=True, ex=ttl_s))

    def refresh_leases(self, job_ids, ttl_s: int) -> None:
        with self.redis.pipeline(transaction=False) as pipe:
            for job_id in job_ids:
                pipe.expire(lease_key(self.prefix, job_id), ttl_s)
            pipe.execute()

    def release_lease(self, job_id: str, owner: str) -> None:
        self._release(keys=[lease_key(self.prefix, job_id)], args=[owner])

    def fail(self, job_id: str, error: str, allowed_from: tuple[str, ...]) -> bool:
        return self.transition(job_id, allowed_from, FAILED, error=error, finished_at=time.time())


@functools.lru_cache(maxsize=None)
def shared_store(settings) -> JobStore:
    """One JobStore (one connection pool) per process and settings; created on first use."""
    return JobStore.from_settings(settings)


def timings(job: dict) -> dict[str, float | None]:
    """Durations in seconds derived from a job's timestamps; None where a stage has not happened."""

    def span(start: str, end: str):
        a, b = job.get(start), job.get(end)
        return round(b - a, 6) if a is not None and b is not None else None

    return {
        "queue_wait_s": span("enqueued_at", "started_at"),
        "time_to_first_token_s": span("started_at", "first_token_at"),
        "inference_s": span("started_at", "inference_done_at"),
        "scoring_s": span("inference_done_at", "finished_at"),
        "total_s": span("created_at", "finished_at"),
    }
