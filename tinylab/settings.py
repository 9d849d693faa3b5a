"""One typed settings object, built from the environment once.

Every service reads its configuration through `Settings.from_env()`; tests build their own
`Settings(...)` and pass it in. No hostnames, ports or secrets live anywhere else in code.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

ENV_PREFIX = "TINYLAB_"
REPO_ROOT = Path(__file__).resolve().parent.parent


def _split_csv(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split(",") if item.strip())


@dataclass(frozen=True)
class Settings:
    redis_url: str = "redis://127.0.0.1:6379/0"
    # Prefix of every Redis key the lab writes (job state, queues); tests isolate with their own.
    key_prefix: str = "tinylab"
    # Bearer tokens accepted by the gateway. Empty means every /v1 call is refused.
    api_keys: tuple[str, ...] = ()
    checkpoint_dir: Path = REPO_ROOT / "var" / "checkpoints" / "default"
    suites_dir: Path = REPO_ROOT / "suites"
    # Gateway input limits.
    max_prompt_chars: int = 8192
    max_body_bytes: int = 64 * 1024
    max_new_tokens: int = 256
    # Load shedding: refuse new jobs (503) when this many are already waiting in the broker.
    max_queue_depth: int = 200
    # Engine (continuous batching): sequences decoded together (KV cache slots), and how long an
    # idle engine lets arrivals gather so their prompts prefill in one pass.
    max_batch_size: int = 16
    batch_wait_ms: int = 20
    # Prompt + token budget summed over running requests (0: slots x context), prompt tokens
    # prefilled per engine iteration, and how long a request may wait for a slot (0: no limit).
    max_tokens_in_flight: int = 0
    prefill_chunk: int = 256
    max_slot_wait_s: float = 0.0
    # torch.compile the decode step (slower start, faster steps); fixed shapes for bit-identical
    # outputs whatever the batch (slower at low load).
    engine_compile: bool = True
    batch_invariant: bool = False
    # Tokens of a running job are published to a Redis stream (job:<id>:tokens) as they come.
    stream_tokens: bool = True
    # A job not finished this long after it was accepted is marked failed (explicit, never lost).
    job_timeout_s: int = 300
    # How long POST /v1/completions waits for output before answering 504 with the job id.
    completion_timeout_s: int = 60
    # How long the broker waits before redelivering a message whose worker vanished
    # (acks_late). Must exceed the longest task, else a live task is delivered twice.
    visibility_timeout_s: int = 600
    task_time_limit_s: int = 240
    max_attempts: int = 3
    # A worker decoding a job holds a lease it refreshes every few seconds; if the worker dies the
    # lease lapses after this long and a redelivered message may take the job over.
    lease_ttl_s: int = 10
    # Seconds a job record is kept in Redis after it ends.
    result_ttl_s: int = 7 * 24 * 3600
    metrics_port: int = 0  # 0: do not start a metrics server in this process
    log_level: str = "INFO"
    device_threads: int = 0  # 0: let torch decide
    model_variant: str = "fp32"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> "Settings":
        """Read every field from TINYLAB_<FIELD_NAME> when set; keyword overrides win."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is None:
                continue
            values[f.name] = _coerce(f, raw)
        values.update(overrides)
        return cls(**values)

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)


def _coerce(f: dataclasses.Field, raw: str):
    kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "bool":
            if raw.strip().lower() not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                raise ValueError(raw)
            return raw.strip().lower() in ("1", "true", "yes", "on")
        if kind == "Path":
            return Path(raw)
        if kind.startswith("tuple"):
            return _split_csv(raw)
        return raw
    except ValueError as exc:
        raise ValueError(f"{ENV_PREFIX}{f.name.upper()}={raw!r}: expected {kind}") from exc
