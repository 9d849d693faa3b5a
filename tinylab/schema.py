"""The job request schema: what a caller may send, validated with messages that say what is wrong."""
from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass, field

from tinylab.contract import TASK_TYPES
from tinylab.settings import Settings

MAX_STOP_SEQUENCES = 4
MAX_LOGPROBS = 5  # as OpenAI's completions API
MAX_STOP_CHARS = 64
MAX_SEED = 2**63 - 1
DEFAULT_MAX_TOKENS = 64


class RequestError(Exception):
    """A caller mistake. `status` is the HTTP status the gateway answers with."""

    def __init__(self, message: str, status: int = 422, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.field = field


@dataclass(frozen=True)
class SamplingRequest:
    max_tokens: int = DEFAULT_MAX_TOKENS
    temperature: float = 0.0  # 0 means greedy
    top_k: int = 0  # 0 disables top-k
    top_p: float = 1.0
    seed: int = 0
    stop: tuple[str, ...] = ()
    logprobs: int = 0  # per generated token: its log-probability and this many most likely alternatives

    def to_dict(self) -> dict:
        d = asdict(self)
        d["stop"] = list(self.stop)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "SamplingRequest":
        return cls(**{**d, "stop": tuple(d.get("stop", ()))})


@dataclass(frozen=True)
class JobRequest:
    prompt: str
    task_type: str = "free"
    suite: str | None = None
    case_id: str | None = None
    sampling: SamplingRequest = field(default_factory=SamplingRequest)


_FIELDS = {"prompt", "task_type", "suite", "case_id", "max_tokens", "temperature", "top_k",
           "top_p", "seed", "stop", "logprobs"}


def _typed(payload: dict, name: str, kinds: tuple[type, ...], label: str):
    value = payload.get(name)
    # bool is an int subclass in Python; `true` is never a valid number here.
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise RequestError(f"'{name}' must be {label}, got {type(value).__name__}", field=name)
    return value


def _in_range(name: str, value, low, high, low_open: bool = False):
    too_low = value <= low if low_open else value < low
    if too_low or value > high:
        bracket = "(" if low_open else "["
        raise RequestError(f"'{name}' must be in {bracket}{low}, {high}], got {value}", field=name)
    return value


def parse_job_request(payload: object, settings: Settings, random_seed=None) -> JobRequest:
    """Validate a decoded JSON body. Raises RequestError (4xx) on any caller mistake.

    A request without a seed gets a random one, which is recorded on the job so the run can be
    repeated exactly.
    """
    if not isinstance(payload, dict):
        raise RequestError("request body must be a JSON object", status=400)
    unknown = sorted(set(payload) - _FIELDS)
    if unknown:
        raise RequestError(f"unknown field(s): {', '.join(unknown)}; allowed: {', '.join(sorted(_FIELDS))}",
                           field=unknown[0])

    prompt = _typed(payload, "prompt", (str,), "a string")
    if prompt is None:
        raise RequestError("'prompt' is required", field="prompt")
    if not prompt.strip():
        raise RequestError("'prompt' must not be empty", field="prompt")
    if len(prompt) > settings.max_prompt_chars:
        raise RequestError(f"'prompt' is {len(prompt)} characters; the limit is {settings.max_prompt_chars}",
                           status=413, field="prompt")

    task_type = _typed(payload, "task_type", (str,), "a string") or "free"
    if task_type not in TASK_TYPES:
        raise RequestError(f"'task_type' must be one of {', '.join(TASK_TYPES)}, got {task_type!r}",
                           field="task_type")

    suite = _typed(payload, "suite", (str,), "a string")
    case_id = _typed(payload, "case_id", (str,), "a string")
    if (suite is None) != (case_id is None):
        raise RequestError("'suite' and 'case_id' go together: give both or neither",
                           field="suite" if suite is None else "case_id")

    max_tokens = _typed(payload, "max_tokens", (int,), "an integer")
    max_tokens = DEFAULT_MAX_TOKENS if max_tokens is None else _in_range(
        "max_tokens", max_tokens, 1, settings.max_new_tokens)
    temperature = _typed(payload, "temperature", (int, float), "a number")
    temperature = 0.0 if temperature is None else float(_in_range("temperature", temperature, 0, 2))
    top_k = _typed(payload, "top_k", (int,), "an integer")
    top_k = 0 if top_k is None else _in_range("top_k", top_k, 0, 100_000)
    top_p = _typed(payload, "top_p", (int, float), "a number")
    top_p = 1.0 if top_p is None else float(_in_range("top_p", top_p, 0, 1, low_open=True))
    seed = _typed(payload, "seed", (int,), "an integer")
    if seed is None:
        seed = (random_seed or (lambda: secrets.randbelow(2**31)))()
    _in_range("seed", seed, 0, MAX_SEED)

    stop = payload.get("stop")
    if stop is None:
        stops: tuple[str, ...] = ()
    elif isinstance(stop, str):
        stops = (stop,)
    elif isinstance(stop, list) and all(isinstance(s, str) for s in stop):
        stops = tuple(stop)
    else:
        raise RequestError("'stop' must be a string or a list of strings", field="stop")
    if len(stops) > MAX_STOP_SEQUENCES:
        raise RequestError(f"'stop' takes at most {MAX_STOP_SEQUENCES} sequences, got {len(stops)}", field="stop")
    for s in stops:
        if not s or len(s) > MAX_STOP_CHARS:
            raise RequestError(f"each 'stop' sequence must be 1..{MAX_STOP_CHARS} characters", field="stop")

    logprobs = _typed(payload, "logprobs", (int,), "an integer")
    logprobs = 0 if logprobs is None else _in_range("logprobs", logprobs, 0, MAX_LOGPROBS)

    return JobRequest(prompt=prompt, task_type=task_type, suite=suite, case_id=case_id,
                      sampling=SamplingRequest(max_tokens=max_tokens, temperature=temperature, top_k=top_k,
                                               top_p=top_p, seed=seed, stop=stops, logprobs=logprobs))
