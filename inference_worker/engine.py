"""Continuous (iteration-level) batching on the CPU, in the manner of vLLM's and TGI's schedulers.

One engine loop per worker process owns the model (a `ModelRunner` and its slot KV cache).
Callers (Celery task threads) `submit()` a prompt and wait on a Future. Every iteration the loop:

1. takes new arrivals, drops cancelled requests, and fails those that waited past
   `max_queue_wait_s` (an explicit error, never a silent drop);
2. admits waiting requests while a slot is free and the tokens in flight (prompt + budget of
   every running request) stay within `max_tokens_in_flight`;
3. prefills at most `prefill_chunk` prompt tokens: new short prompts together in one pass, a long
   prompt a chunk at a time, so running requests stall for one chunk, not a whole prompt;
4. decodes one token for every running request in one batched step, samples per request, and
   retires the ones that finished (end of text, stop sequence, max_tokens, context full) at once:
   a short request never waits for a long one, and its slot is reused by the next arrival.

Determinism: each request samples from its own (seed, token index) stream (`sampling.py`), so its
tokens do not depend on its neighbours as long as the numbers do. Batched matrix products may
round differently for different batch shapes; `batch_invariant=True` fixes every shape (decode
always over all slots, prompts prefilled one by one; attention reads each row on its own anyway)
so a request's output is bit-identical whatever else runs, at the cost of speed at low load.
"""
from __future__ import annotations

import logging
import math
import queue
import threading
import time
from collections import deque
from concurrent.futures import CancelledError, Future
from dataclasses import dataclass, field
from typing import Callable

import torch

from inference_worker.model import GPT
from inference_worker.runner import ModelRunner
from inference_worker.sampling import SamplingParams, sample
from inference_worker.tokenizer import Tokenizer

log = logging.getLogger(__name__)


class QueueTimeout(RuntimeError):
    """The request waited longer than max_queue_wait_s for a slot."""


class EngineClosed(RuntimeError):
    """The engine stopped before the request finished."""


@dataclass(frozen=True)
class EngineConfig:
    max_running: int = 16  # sequences decoded together (KV cache slots)
    max_tokens_in_flight: int = 0  # prompt + token budget summed over running requests; 0 = slots x context
    max_queue_wait_s: float = 0.0  # fail a request not admitted within this; 0 = wait forever
    prefill_chunk: int = 512  # prompt tokens prefilled per iteration (>= 1)
    admission_wait_ms: int = 0  # when idle, let arrivals gather this long so their prompts prefill together
    batch_invariant: bool = False  # fixed shapes: outputs bit-identical whatever the batch
    compile: bool = False  # torch.compile the decode step (inductor, frozen weights, C++ wrapper)

    def __post_init__(self):
        if self.max_running < 1 or self.prefill_chunk < 1:
            raise ValueError(f"need max_running >= 1 and prefill_chunk >= 1, got {self.max_running}, "
                             f"{self.prefill_chunk}")


@dataclass
class GenerationResult:
    text: str  # the completion, stop sequence excluded
    token_ids: list[int]  # sampled tokens; a final <|endoftext|> excluded, a stop sequence's tokens included
    prompt_tokens: int  # after truncation
    completion_tokens: int  # len(token_ids)
    finish_reason: str  # 'stop' | 'length' | 'eos' | 'context'
    mean_logprob: float  # mean log p of the sampled tokens (and of <|endoftext|> if it ended so), temperature 1
    perplexity: float  # exp(-mean_logprob): the model's own surprise at what it wrote
    time_to_first_token_s: float  # from admission (engine start of work) to the first sampled token
    prompt_truncated_tokens: int = 0  # how many tokens the context policy cut from the prompt's left
    queue_wait_s: float = 0.0  # from submit to admission into a slot
    decode_s: float = 0.0  # from first token to last
    mean_batch_size: float = 1.0  # running requests per decode step this request took part in
    token_logprobs: list[float] = field(default_factory=list)  # log p of each sampled token
    top_logprobs: list[dict[int, float]] | None = None  # per token, the `logprobs` most likely ids


def fit_context(ids: list[int], max_tokens: int, block_size: int, eos_id: int) -> tuple[list[int], int, int]:
    """The context policy: (prompt ids kept, completion budget, tokens cut).

    A prompt keeps its most recent tokens: it is cut from the left to at most
    block_size - min(max_tokens, block_size // 2), so a long prompt still leaves room to answer, but
    an answer never takes more than half the window from the prompt. The budget is max_tokens
    capped at what is left; reaching that cap ends with finish_reason 'context'. An empty prompt is
    fed as a single <|endoftext|>, the token every training text follows.
    """
    assert max_tokens >= 1, f"max_tokens must be >= 1, got {max_tokens}"
    ids = ids or [eos_id]
    keep = block_size - min(max_tokens, block_size // 2)
    cut = max(0, len(ids) - keep)
    ids = ids[cut:]
    return ids, min(max_tokens, block_size - len(ids)), cut


def _first_stop(text: str, stops: tuple[str, ...]) -> int:
    hits = [i for i in (text.find(s) for s in stops) if i >= 0]
    return min(hits) if hits else -1


# on_token(request_id, token_id, text_delta): called from the engine thread for each new token.
TokenCallback = Callable[[str, int, str], None]


@dataclass
class _Sequence:
    rid: str
    prompt: list[int]
    budget: int
    cut: int
    params: SamplingParams
    future: Future
    on_token: TokenCallback | None
    submitted: float
    slot: int = -1
    prefilled: int = 0  # prompt tokens in the cache so far
    out: list[int] = field(default_factory=list)
    logps: list[float] = field(default_factory=list)
    tops: list[dict[int, float]] = field(default_factory=list)
    text: str = ""  # whole characters of the output so far (kept when streaming or matching stops)
    prefix_offset: int = 0  # incremental detokenisation: out[prefix_offset:read_offset] is context,
    read_offset: int = 0  # out[read_offset:] is not yet in text
    finish: str | None = None
    admitted: float = 0.0
    first_token: float = 0.0
    batch_sum: int = 0
    steps: int = 0
    cancelled: bool = False

    @property
    def tokens_needed(self) -> int:
        return len(self.prompt) + self.budget


class Engine:

    def __init__(self, model: GPT, tokenizer: Tokenizer, config: EngineConfig | None = None,
                 start: bool = True, on_step: Callable[[dict], None] | None = None):
        self.config = config or EngineConfig()
        self.tokenizer = tokenizer
        self.block_size = model.config.block_size
        # padding is never a prediction; when a tokenizer has no pad token of its own it is EOS, kept
        self.banned = tokenizer.pad_id if tokenizer.pad_id != tokenizer.eos_id else None
        self.runner: ModelRunner | None = None
        self.token_budget = self.config.max_tokens_in_flight or self.config.max_running * self.block_size
        self.on_step = on_step
        self._inbox: queue.Queue[_Sequence | None] = queue.Queue()
        self._waiting: deque[_Sequence] = deque()
        self._slots: list[_Sequence | None] = [None] * self.config.max_running
        self._by_future: dict[int, _Sequence] = {}
        self._lock = threading.Lock()
        self._next_id = 0
        self._closed = False
        self.counters = {"requests": 0, "finished": 0, "cancelled": 0, "rejected": 0, "steps": 0,
                         "decode_tokens": 0, "prefill_tokens": 0, "batch_rows": 0, "prefill_passes": 0,
                         "decode_s": 0.0, "prefill_s": 0.0}  # seconds in the model's two passes, sampling included
        self._thread = None
        if not start:
            self._make_runner(model)
            return
        # The runner is made, compiled and driven by the engine thread alone. Every thread that runs a
        # parallel PyTorch op keeps an OpenMP team of its own, and once a process has more OpenMP
        # threads than cores, GNU OpenMP stops spinning between parallel regions: measured, the same
        # decode step took 9-10 ms instead of 5.5 at batch 32 when another thread had run one.
        started: list[BaseException | None] = []
        ready = threading.Event()

        def run() -> None:
            try:
                self._make_runner(model)
            except BaseException as exc:  # reported to the constructor, which raises it
                started.append(exc)
                ready.set()
                return
            started.append(None)
            ready.set()
            self._loop()

        self._thread = threading.Thread(target=run, name="tinylab-engine", daemon=True)
        self._thread.start()
        ready.wait()
        if started[0] is not None:
            raise started[0]

    def _make_runner(self, model: GPT) -> None:
        self.runner = ModelRunner(model, self.config.max_running, compile=self.config.compile,
                                  batch_invariant=self.config.batch_invariant, banned_id=self.banned,
                                  eos_id=self.tokenizer.eos_id)
        if self.config.compile:
            self.runner.warmup()  # compile before the first request, so no request pays for it

    # ---- the caller's side ------------------------------------------------------------------

    def submit(self, prompt: str | list[int], params: SamplingParams | None = None,
               on_token: TokenCallback | None = None, request_id: str | None = None) -> Future:
        """Queue one request; the Future resolves to a GenerationResult (or raises QueueTimeout,
        EngineClosed, CancelledError). prompt is text, or token ids already encoded."""
        params = params or SamplingParams()
        ids = self.tokenizer.encode(prompt) if isinstance(prompt, str) else list(prompt)
        ids, budget, cut = fit_context(ids, params.max_tokens, self.block_size, self.tokenizer.eos_id)
        future: Future = Future()
        with self._lock:
            if self._closed:
                raise EngineClosed("engine is closed")
            self._next_id += 1
            seq = _Sequence(request_id or f"r{self._next_id}", ids, budget, cut, params, future, on_token,
                            time.perf_counter())
            self._by_future[id(future)] = seq
            self.counters["requests"] += 1
        self._inbox.put(seq)
        return future

    def cancel(self, future: Future) -> bool:
        """Stop a request (caller timed out or went away): its slot is freed at the next iteration."""
        with self._lock:
            seq = self._by_future.get(id(future))
        if seq is None or future.done():
            return False
        seq.cancelled = True
        self._inbox.put(None)  # wake an idle loop
        return True

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self._inbox.put(None)
        if self._thread is not None:
            self._thread.join(timeout=30)

    def stats(self) -> dict:
        running = [s for s in self._slots if s is not None]
        used = sum(len(s.prompt) + len(s.out) for s in running)
        return {"running": len(running), "waiting": len(self._waiting) + self._inbox.qsize(),
                "slots": self.config.max_running, "kv_cache_bytes": self.runner.cache_bytes,
                "kv_tokens_used": used, "kv_tokens_capacity": self.config.max_running * self.block_size,
                "kv_cache_usage": used / (self.config.max_running * self.block_size),
                "tokens_in_flight": sum(s.tokens_needed for s in running),
                **self.counters,
                "mean_batch_size": self.counters["batch_rows"] / max(1, self.counters["steps"])}

    def run_until_done(self) -> None:
        """Drive the loop in the caller's thread until every submitted request is finished (an
        engine made with start=False: offline batches, benchmarks)."""
        assert self._thread is None, "run_until_done is for engines made with start=False"
        while self._busy() or not self._inbox.empty():
            self._iteration(block=False)

    # ---- the loop ---------------------------------------------------------------------------

    def _loop(self) -> None:
        while True:
            try:
                if not self._iteration(block=True):
                    return
            except Exception as exc:  # a failed step fails the requests in it, never the engine
                log.exception("engine step failed")
                for seq in [s for s in self._slots if s is not None]:
                    self._retire(seq, error=exc)

    def _busy(self) -> bool:
        return bool(self._waiting) or any(s is not None for s in self._slots)

    def _iteration(self, block: bool) -> bool:
        """One scheduling round. Returns False once the engine is closed and drained."""
        if not self._take_arrivals(block):
            return False
        self._drop_cancelled_and_stale()
        self._admit()
        self._prefill()
        self._decode()
        return True

    def _take_arrivals(self, block: bool) -> bool:
        if block and not self._busy():
            item = self._inbox.get()  # idle: sleep until something arrives
            if item is not None:
                self._waiting.append(item)
                if self.config.admission_wait_ms:
                    time.sleep(self.config.admission_wait_ms / 1000)
        while True:
            try:
                item = self._inbox.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                self._waiting.append(item)
        if self._closed and not self._busy():
            return False
        if self._closed:  # fail what has not started; let running requests finish
            while self._waiting:
                self._retire(self._waiting.popleft(), error=EngineClosed("engine closed before the request started"))
        return True

    def _drop_cancelled_and_stale(self) -> None:
        now = time.perf_counter()
        limit = self.config.max_queue_wait_s
        for seq in list(self._waiting):
            if seq.cancelled or seq.future.cancelled():
                self._waiting.remove(seq)
                self._retire(seq, cancelled=True)
            elif limit and now - seq.submitted > limit:
                self._waiting.remove(seq)
                self.counters["rejected"] += 1
                self._retire(seq, error=QueueTimeout(f"no slot free within max_queue_wait_s={limit}"))
        for seq in [s for s in self._slots if s is not None]:
            if seq.cancelled or seq.future.cancelled():
                self._retire(seq, cancelled=True)

    def _admit(self) -> None:
        in_flight = sum(s.tokens_needed for s in self._slots if s is not None)
        while self._waiting:
            seq = self._waiting[0]
            free = next((i for i, s in enumerate(self._slots) if s is None), None)
            if free is None:
                return
            if in_flight and in_flight + seq.tokens_needed > self.token_budget:
                return  # an empty engine always admits, so no request waits forever
            self._waiting.popleft()
            if not seq.future.set_running_or_notify_cancel():
                self._by_future.pop(id(seq.future), None)
                continue
            seq.slot, seq.admitted = free, time.perf_counter()
            self._slots[free] = seq
            in_flight += seq.tokens_needed

    def _prefill(self) -> None:
        pending = [s for s in self._slots if s is not None and s.prefilled < len(s.prompt)]
        if not pending:
            return
        budget, batch = self.config.prefill_chunk, []
        for seq in sorted(pending, key=lambda s: s.admitted):
            left = len(seq.prompt) - seq.prefilled
            if left <= budget:
                batch.append((seq, left))
                budget -= left
            elif not batch or seq.prefilled:  # a long prompt: one chunk of it, alone
                batch.append((seq, budget))
                budget = 0
            if budget == 0:
                break
        started = time.perf_counter()
        logits = self.runner.prefill([s.slot for s, _ in batch],
                                     [s.prompt[s.prefilled:s.prefilled + n] for s, n in batch],
                                     [s.prefilled for s, _ in batch])
        tokens = sum(n for _, n in batch)
        done = []
        for (seq, n), row in zip(batch, logits):
            seq.prefilled += n
            if seq.prefilled == len(seq.prompt):
                done.append((seq, row))
        if done:  # the prompt's last logits give each request its first token
            self._sample_and_advance([s for s, _ in done], torch.stack([r for _, r in done]), batch_size=len(done))
        self._account("prefill", len(batch), tokens, started)

    def _decode(self) -> None:
        rows = [s for s in self._slots if s is not None and s.prefilled == len(s.prompt) and s.finish is None
                and s.out]
        if not rows:
            return
        started = time.perf_counter()
        logits, greedy, greedy_logprob = self.runner.decode_greedy(
            [s.slot for s in rows], [s.out[-1] for s in rows], [s.params.ignore_eos for s in rows])
        if all(s.params.temperature == 0 and not s.params.logprobs for s in rows):
            self._advance(rows, greedy, greedy_logprob, None, batch_size=len(rows))  # chosen inside the step
        else:
            self._sample_and_advance(rows, logits, batch_size=len(rows))
        self._account("decode", len(rows), len(rows), started)

    def _account(self, phase: str, rows: int, tokens: int, started: float) -> None:
        """Count one pass of the model (as TGI's per-method forward timings) and report it to on_step."""
        seconds = time.perf_counter() - started
        c = self.counters
        if phase == "decode":
            c["steps"] += 1
            c["batch_rows"] += rows
            c["decode_s"] += seconds
        else:
            c["prefill_passes"] += 1
            c["prefill_tokens"] += tokens
            c["prefill_s"] += seconds
        if self.on_step is not None:
            self.on_step({"phase": phase, "batch_size": rows, "tokens": tokens, "seconds": seconds, **self.stats()})

    def _sample_and_advance(self, seqs: list[_Sequence], logits: torch.Tensor, batch_size: int) -> None:
        picked = sample(logits, [s.params for s in seqs], [len(s.logps) for s in seqs], banned=self.banned,
                        eos=self.tokenizer.eos_id)
        tops = None
        if picked.top_ids is not None:
            tops = [dict(zip(ids[:s.params.logprobs], values[:s.params.logprobs])) if s.params.logprobs else None
                    for s, ids, values in zip(seqs, picked.top_ids.tolist(), picked.top_logprobs.tolist())]
        self._advance(seqs, picked.tokens.tolist(), picked.logprobs.tolist(), tops, batch_size)

    def _advance(self, seqs: list[_Sequence], tokens: list[int], logprobs: list[float],
                 tops: list[dict[int, float] | None] | None, batch_size: int) -> None:
        """Append each sequence's next token and retire the ones that finished."""
        now = time.perf_counter()
        for j, seq in enumerate(seqs):
            tok = tokens[j]
            seq.logps.append(logprobs[j])
            if tops is not None and tops[j] is not None:
                seq.tops.append(tops[j])
            if len(seq.logps) == 1:
                seq.first_token = now
            else:
                seq.batch_sum += batch_size
                seq.steps += 1
            if tok == self.tokenizer.eos_id:
                seq.finish = "eos"
            else:
                seq.out.append(tok)
                self._check_text(seq, tok)
            if seq.finish is not None:
                self._retire(seq)

    def _check_text(self, seq: _Sequence, tok: int) -> None:
        p = seq.params
        if p.stop or seq.on_token is not None:
            delta = self._new_text(seq)
            if delta:
                text = seq.text + delta
                if p.stop:  # matched on text: a stop may span tokens or sit inside one
                    # earlier text held no stop, so a match must end inside the new delta
                    start = max(0, len(seq.text) - max(map(len, p.stop)) + 1)
                    cut = _first_stop(text[start:], p.stop)
                    if cut >= 0:
                        text, seq.finish = text[:start + cut], "stop"
                if seq.on_token is not None and len(text) > len(seq.text):
                    seq.on_token(seq.rid, tok, text[len(seq.text):])  # deltas hold whole characters only
                seq.text = text
        if seq.finish is None and len(seq.out) >= seq.budget:
            seq.finish = "length" if len(seq.out) >= p.max_tokens else "context"

    def _new_text(self, seq: _Sequence) -> str:
        """The text the newest tokens add, once it is whole characters (incremental detokenisation,
        as vLLM does it): decode only the tokens since the last boundary, with the tokens before
        them as context, instead of the whole output at every token (which made streaming and
        stop sequences cost O(n^2) a request, ~1 ms a step at batch 32)."""
        decode = self.tokenizer.decode
        prefix = decode(seq.out[seq.prefix_offset:seq.read_offset])
        window = decode(seq.out[seq.prefix_offset:])
        if len(window) <= len(prefix) or window.endswith("\ufffd"):
            return ""  # no new character yet, or one still missing its last bytes
        seq.prefix_offset, seq.read_offset = seq.read_offset, len(seq.out)
        return window[len(prefix):]

    def _retire(self, seq: _Sequence, error: BaseException | None = None, cancelled: bool = False) -> None:
        """Free the request's slot (moving the last decoding row down into it) and resolve its future."""
        if seq.slot >= 0:
            self._release_slot(seq.slot)
            seq.slot = -1
        self._by_future.pop(id(seq.future), None)
        if cancelled:
            self.counters["cancelled"] += 1
            if not seq.future.cancel():  # already running: cancel() refuses, so say so explicitly
                seq.future.set_exception(CancelledError(f"request {seq.rid} cancelled"))
            return
        if error is not None:
            if not seq.future.done():
                seq.future.set_exception(error)
            return
        self.counters["finished"] += 1
        self.counters["decode_tokens"] += len(seq.logps)
        if seq.finish != "stop":
            seq.text = self.tokenizer.decode(seq.out)
        mean_lp = sum(seq.logps) / len(seq.logps)
        end = time.perf_counter()
        seq.future.set_result(GenerationResult(
            text=seq.text, token_ids=seq.out, prompt_tokens=len(seq.prompt), completion_tokens=len(seq.out),
            finish_reason=seq.finish, mean_logprob=mean_lp, perplexity=math.exp(-mean_lp),
            time_to_first_token_s=seq.first_token - seq.admitted, prompt_truncated_tokens=seq.cut,
            queue_wait_s=seq.admitted - seq.submitted, decode_s=end - seq.first_token,
            mean_batch_size=seq.batch_sum / seq.steps if seq.steps else 1.0,
            token_logprobs=seq.logps, top_logprobs=seq.tops if seq.params.logprobs else None))

    def _release_slot(self, slot: int) -> None:
        self._slots[slot] = None
        self.runner.free(slot)
        # keep decoding rows packed at the front: the step runs over rows [0, highest used]
        last = max((i for i, s in enumerate(self._slots) if s is not None), default=-1)
        if last > slot:
            moved = self._slots[last]
            self.runner.move(last, slot)
            self._slots[slot], self._slots[last] = moved, None
            moved.slot = slot


def generate_offline(model: GPT, tokenizer: Tokenizer, prompts: list[str | list[int]],
                     params: list[SamplingParams], config: EngineConfig | None = None) -> list[GenerationResult]:
    """Run a fixed list of requests through an engine in this thread; results in order."""
    assert len(prompts) == len(params), f"{len(prompts)} prompts but {len(params)} SamplingParams"
    if not prompts:
        return []
    config = config or EngineConfig(max_running=min(len(prompts), 64))
    engine = Engine(model, tokenizer, config, start=False)
    futures = [engine.submit(p, sp) for p, sp in zip(prompts, params)]
    engine.run_until_done()
    return [f.result() for f in futures]
