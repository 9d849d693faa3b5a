"""Publish a running job's text to a Redis stream as it is generated, so a gateway can stream it.

The engine calls `on_token(job_id, token, delta)` from its loop; that only appends to a local
buffer. A publisher thread flushes the buffers every `interval_s` in one pipeline, so Redis round
trips never sit on the decode path.

Nothing the output guard would redact may reach Redis: each flush redacts the job's whole text so
far (`guardrails.redact_text`) and publishes only a stable prefix of the redacted text, holding
back the last `HOLDBACK` characters (cut at whitespace), where a half-written e-mail address or
phone number could still be growing. The final text is the guarded output the job stores; the
stream ends with {"event": "done"} and expires with the job.
"""
from __future__ import annotations

import logging
import threading
import time

from tinylab.contract import token_stream_key

log = logging.getLogger(__name__)
HOLDBACK = 64  # characters: longer than any PII span the detectors find in one piece
STREAM_MAXLEN = 2048


def stable_prefix(redacted: str, final: bool) -> str:
    """The part of a growing redacted text that is safe to publish now."""
    if final:
        return redacted
    cut = max(0, len(redacted) - HOLDBACK)
    space = redacted.rfind(" ", 0, cut)
    return redacted[:space + 1] if space >= 0 else ""


class TokenPublisher:

    def __init__(self, redis, prefix: str, ttl_s: int, interval_s: float = 0.1, redact=None):
        from guardrails import redact_text

        self.redis, self.prefix, self.ttl_s, self.interval_s = redis, prefix, ttl_s, interval_s
        self.redact = redact or redact_text
        self._raw: dict[str, list[str]] = {}  # job id -> text deltas not yet published
        self._text: dict[str, str] = {}  # job id -> raw text so far
        self._sent: dict[str, int] = {}  # job id -> characters of redacted text published
        self._tokens: dict[str, int] = {}
        self._done: dict[str, str] = {}  # job id -> final guarded output
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="tinylab-token-stream", daemon=True)
        self._thread.start()

    def on_token(self, job_id: str, token: int, delta: str) -> None:
        with self._lock:
            self._raw.setdefault(job_id, []).append(delta)
            self._tokens[job_id] = self._tokens.get(job_id, 0) + 1

    def finish(self, job_id: str, guarded_output: str) -> None:
        """The job's final output (after the output guard): publish what is left and end the stream."""
        with self._lock:
            self._done[job_id] = guarded_output
        self.flush()

    def _run(self) -> None:
        while True:
            time.sleep(self.interval_s)
            try:
                self.flush()
            except Exception:  # Redis restarting: the next flush tries again
                log.warning("token stream flush failed", exc_info=True)

    def flush(self) -> None:
        with self._lock:
            raw, self._raw = self._raw, {}
            done, self._done = self._done, {}
        if not raw and not done:
            return
        pipe = self.redis.pipeline(transaction=False)
        for job_id in set(raw) | set(done):
            text = self._text.get(job_id, "") + "".join(raw.get(job_id, ()))
            self._text[job_id] = text
            final = job_id in done
            published = stable_prefix(done[job_id] if final else self.redact(text), final)
            sent = self._sent.get(job_id, 0)
            key = token_stream_key(self.prefix, job_id)
            if len(published) > sent:
                pipe.xadd(key, {"text": published[sent:], "tokens": self._tokens.get(job_id, 0)},
                          maxlen=STREAM_MAXLEN, approximate=True)
                self._sent[job_id] = len(published)
            if final:
                pipe.xadd(key, {"event": "done", "tokens": self._tokens.get(job_id, 0)})
                for state in (self._text, self._sent, self._tokens):
                    state.pop(job_id, None)
            pipe.expire(key, self.ttl_s)
        pipe.execute()
