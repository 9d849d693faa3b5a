"""A batching engine: one thread owns the model; request threads hand it work and wait.

Celery runs the inference worker with a thread pool, so many jobs are in flight in one process.
Each task thread calls `submit()` and blocks on its future; the engine thread drains whatever has
arrived (waiting at most `batch_wait_ms` to let a batch fill), decodes it as one batch, and
resolves the futures. Decoding several requests together is what makes CPU inference pay: one
forward pass per step serves the whole batch.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

log = logging.getLogger(__name__)


@dataclass
class Request:
    prompt: str
    params: Any
    future: Future = field(default_factory=Future)
    submitted_at: float = field(default_factory=time.monotonic)


# runner(prompts, params) -> results, one per prompt, in order.
Runner = Callable[[Sequence[str], Sequence[Any]], Sequence[Any]]


class BatchingEngine:
    def __init__(self, runner: Runner, max_batch_size: int, batch_wait_ms: int,
                 on_batch: Callable[[int, float], None] | None = None):
        assert max_batch_size >= 1, f"max_batch_size must be >= 1, got {max_batch_size}"
        self.runner = runner
        self.max_batch_size = max_batch_size
        self.batch_wait_s = batch_wait_ms / 1000
        self.on_batch = on_batch
        self.pending: queue.Queue[Request | None] = queue.Queue()
        self.running = 0  # requests in the batch being decoded now
        self._thread = threading.Thread(target=self._loop, name="tinylab-engine", daemon=True)
        self._thread.start()

    def submit(self, prompt: str, params) -> Future:
        request = Request(prompt, params)
        self.pending.put(request)
        return request.future

    def close(self) -> None:
        self.pending.put(None)
        self._thread.join(timeout=10)

    def _collect(self) -> list[Request] | None:
        first = self.pending.get()
        if first is None:
            return None
        batch = [first]
        deadline = time.monotonic() + self.batch_wait_s
        while len(batch) < self.max_batch_size:
            timeout = deadline - time.monotonic()
            try:
                item = self.pending.get(timeout=max(timeout, 0)) if timeout > 0 else self.pending.get_nowait()
            except queue.Empty:
                break
            if item is None:
                self.pending.put(None)  # finish this batch, then stop
                break
            batch.append(item)
        # A caller that gave up (timeout, cancel) must not cost decode time.
        return [r for r in batch if r.future.set_running_or_notify_cancel()]

    def _loop(self) -> None:
        while True:
            batch = self._collect()
            if batch is None:
                return
            if not batch:
                continue
            self.running = len(batch)
            started = time.monotonic()
            try:
                results = self.runner([r.prompt for r in batch], [r.params for r in batch])
                for request, result in zip(batch, results, strict=True):
                    request.future.set_result((result, len(batch)))
            except Exception as exc:  # a failed batch fails its requests, never the engine
                log.exception("batch of %d failed", len(batch))
                for request in batch:
                    if not request.future.done():
                        request.future.set_exception(exc)
            finally:
                self.running = 0
            if self.on_batch is not None:
                self.on_batch(len(batch), time.monotonic() - started)
