"""The model side of the engine: a slot KV cache and the two passes that fill it.

The cache holds `n_slots` sequences, one per row, preallocated once (bounded memory, reused
across requests, on 2 MB pages where the kernel allows). A sequence owns a row: its token j's
key and value sit in column j, so every row is numbered from 0 and needs no padding tricks.
`fill[slot]` columns of a row are valid. Keys are stored in blocks of 16 columns and values
column by column (layouts in `kernels.py`), as our decode-attention kernel reads them.

- `prefill(slots, chunks, starts)`: append each chunk of prompt tokens to its row (a new prompt
  at start 0, or the next chunk of a long one) and return the logits of each chunk's last token.
  New prompts go through `PrefillStep`, compiled like the decode step; later chunks run eagerly.
- `decode_greedy(slots, tokens, ban_eos)`: append one token to each given row; return its logits
  and, chosen inside the step, each row's greedy next token and log-probability. It runs over
  rows [0, highest slot] (the engine keeps decoding rows packed at the front); rows not decoding
  ride along as dummies that write at their own next free column, which nothing reads before it
  is written again (attention only sees columns below `fill`).

The decode step is one torch.compile graph (inductor, frozen weights, C++ wrapper, dynamic batch
size) around two operators of our own (`csrc/decode_attention.cpp`): the attention, which stores
the new key and value and streams each row's filled columns once, and a matrix-vector product for
one or two rows. The whole caches are passed in, so their shapes never change and one graph serves
every batch (plus batch 1 and 2, specialised). `batch_invariant` runs every step over all slots:
a row's numbers then never depend on how many others run beside it.
"""
from __future__ import annotations

import logging
import math

import torch
from torch.nn import functional as F

from inference_worker import kernels, quant
from inference_worker.model import GPT

log = logging.getLogger(__name__)


MIN_PREFILL_LEN = 2  # shorter prompts are padded: with dynamic shapes, length 1 is a graph of its own
WARMUP_PREFILL = ((1, 7), (2, 9), (3, 11))  # (prompts, length): batch 1 and 2 get graphs of their own, as in decode


class DecodeStep(torch.nn.Module):
    """One token per row against that row's cached columns; returns logits and the new K/V."""

    def __init__(self, model: GPT, banned_id: int | None = None, eos_id: int | None = None):
        super().__init__()
        self.model = model
        self.banned_id, self.eos_id = banned_id, eos_id
        quant.register_int8_layers(model)
        c = model.config
        self.n_head, self.n_embd, self.hs = c.n_head, c.n_embd, c.n_embd // c.n_head
        # Our C++ kernel stores the new key and value into the cache and streams each row's columns
        # once; the reference is the same math in torch ops, leaving the store to the caller.
        self.fused_store = kernels.available()
        self.attend = torch.ops.tinylab.decode_attention if self.fused_store else kernels.decode_attention_reference

    def forward(self, tokens, positions, ban_eos, k_cache, v_cache):
        # tokens, positions (B,); the whole caches (see kernels.key_cache_shape); row b's columns
        # < positions[b] are valid, and the new token goes to column positions[b] (stored by the
        # kernel, or by the caller from the returned keys and values)
        t = self.model.transformer
        B, nh, C, hs = tokens.size(0), self.n_head, self.n_embd, self.hs
        x = t.wte(tokens) + t.wpe(positions)  # (B, C)
        scale = 1.0 / math.sqrt(hs)
        new_k, new_v = [], []
        for i, block in enumerate(t.h):
            q, k, v = _linear(block.attn.c_attn, block.ln_1(x)).split(C, dim=1)
            q, k, v = q.reshape(B, nh, hs), k.reshape(B, nh, hs), v.reshape(B, nh, hs)
            y = self.attend(q, k, v, k_cache, v_cache, i, positions, scale)  # (B, nh, hs)
            x = x + _linear(block.attn.c_proj, y.reshape(B, C))
            mlp = block.mlp
            x = x + _linear(mlp.c_proj, mlp.gelu(_linear(mlp.c_fc, block.ln_2(x))))
            new_k.append(k)
            new_v.append(v)
        logits = _linear(self.model.lm_head, t.ln_f(x))  # (B, V)
        # Greedy choice and its log-probability, fused into the step so the host reads 2B numbers
        # instead of running softmax and argmax itself (sampling.sample's rules: the padding token
        # is never chosen; rows with ban_eos never choose end-of-text).
        masked = logits.float().clone()
        if self.banned_id is not None:
            masked[:, self.banned_id] = -math.inf
        if self.eos_id is not None:
            masked[:, self.eos_id] = torch.where(ban_eos, -math.inf, masked[:, self.eos_id])
        greedy = masked.argmax(dim=-1)  # (B,)
        greedy_logprob = logits.float().gather(1, greedy[:, None])[:, 0] - torch.logsumexp(logits.float(), dim=-1)
        return logits, greedy, greedy_logprob, torch.stack(new_k), torch.stack(new_v)  # + (L, B, nh, hs) x2


class PrefillStep(torch.nn.Module):
    """New prompts from column 0, right-padded to one length: the logits of each prompt's last token
    and every layer's keys and values (L, B, nh, T, hs), which the caller stores. Compiled like the
    decode step (dynamic batch and length): one pass instead of ~150 eager operations, 1.23-1.35x
    faster for 1-32 prompts of 64 tokens (store included), and no Python between them for other
    threads to interrupt."""

    def __init__(self, model: GPT):
        super().__init__()
        self.model = model
        quant.register_int8_layers(model)

    def forward(self, ids, lens):
        # ids (B, T) right-padded, lens (B,) real lengths; a padding query still sees key 0 (no NaN)
        t, c = self.model.transformer, self.model.config
        B, T = ids.shape
        nh, hs, C = c.n_head, c.n_embd // c.n_head, c.n_embd
        cols = torch.arange(T)
        mask = ((cols[None, :] <= cols[:, None])[None] & (cols[None, None, :] < lens[:, None, None]))[:, None]
        x = t.wte(ids) + t.wpe(cols)[None]  # (B, T, C)
        keys, values = [], []
        for block in t.h:
            q, k, v = _linear(block.attn.c_attn, block.ln_1(x).reshape(B * T, C)).split(C, dim=1)
            q, k, v = (z.reshape(B, T, nh, hs).transpose(1, 2) for z in (q, k, v))  # (B, nh, T, hs)
            keys.append(k)
            values.append(v)
            y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask).transpose(1, 2).reshape(B * T, C)
            x = x + _linear(block.attn.c_proj, y).reshape(B, T, C)
            mlp = block.mlp
            h = _linear(mlp.c_fc, block.ln_2(x).reshape(B * T, C))
            x = x + _linear(mlp.c_proj, mlp.gelu(h)).reshape(B, T, C)
        last = x[torch.arange(B), lens - 1]  # (B, C): each prompt's final token
        return _linear(self.model.lm_head, t.ln_f(last)), torch.stack(keys), torch.stack(values)


def _dynamic_sizes(ids: torch.Tensor, lens: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Mark the prefill's prompt count and length symbolic from the first graph on: dynamic=True
    alone left the length a constant until a recompile had seen it change (12 s in mid-serving)."""
    for dim in (0, 1):
        torch._dynamo.maybe_mark_dynamic(ids, dim)
    torch._dynamo.maybe_mark_dynamic(lens, 0)
    return ids, lens


def _linear(layer: torch.nn.Module, x: torch.Tensor) -> torch.Tensor:
    """layer(x); at one or two rows through our streaming matrix-vector kernel (2-3x the GEMM
    library's speed there, see csrc/). Dynamic int8 layers through fbgemm's int8 GEMM, as one
    operator the compiler can trace (quant.py)."""
    if getattr(layer, "int8_handle", None) is not None:
        return torch.ops.tinylab.linear_int8(x, layer.int8_handle)
    if type(layer) is not torch.nn.Linear or x.size(0) > 2 or not kernels.available():
        return layer(x)
    return torch.ops.tinylab.linear_small(x, layer.weight, layer.bias)


def _zeros_on_huge_pages(shape: tuple[int, ...], dtype: torch.dtype) -> torch.Tensor:
    """A zeroed tensor whose memory the kernel is asked to back with 2 MB pages (Linux, THP in
    'madvise' mode): a decode step streams every row's cache, and with 4 KB pages the hardware
    prefetcher restarts at every page (measured 1.5x slower at batch 64). Plain memory elsewhere."""
    t = torch.empty(shape, dtype=dtype)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        huge = 1 << 21
        start = (t.data_ptr() + huge - 1) & ~(huge - 1)
        end = (t.data_ptr() + t.numel() * t.element_size()) & ~(huge - 1)
        if end > start:
            libc.madvise(ctypes.c_void_p(start), ctypes.c_size_t(end - start), 14)  # MADV_HUGEPAGE
    except (OSError, AttributeError):
        pass
    return t.zero_()  # first touch after the advice, so the pages come in huge


class ModelRunner:

    def __init__(self, model: GPT, n_slots: int, compile: bool = False, batch_invariant: bool = False,
                 banned_id: int | None = None, eos_id: int | None = None):
        c = model.config
        self.model = model.eval()
        self.config = c
        self.n_slots = n_slots
        self.max_len = c.block_size
        self.batch_invariant = batch_invariant
        self.dtype = next(p.dtype for p in model.parameters() if p.is_floating_point())
        if not self.dtype.is_floating_point:  # dynamically quantized model: fp32 activations
            self.dtype = torch.float32
        hs = c.n_embd // c.n_head
        self.k = _zeros_on_huge_pages(kernels.key_cache_shape(c.n_layer, n_slots, self.max_len, c.n_head, hs), self.dtype)
        self.v = _zeros_on_huge_pages((c.n_layer, n_slots, self.max_len, c.n_head, hs), self.dtype)
        self.fill = [0] * n_slots  # valid columns per row
        self._step = self._step_module = DecodeStep(model, banned_id, eos_id).eval()
        self._prefill_step = self._prefill_module = PrefillStep(model).eval()
        self.compiled = compile
        self._warm = False  # set by warmup(); the engine warms a compiled runner before its first step
        if compile:
            import torch._inductor.config as inductor

            inductor.freezing = True  # weights become constants: prepacked, folded into the kernels
            inductor.cpp_wrapper = True  # the step's kernels called from C++, not Python
            import torch.fx.experimental._config as fx_config

            # Sizes that happen to be equal at compile time (a batch of 8 and 8 heads) would otherwise
            # share one symbol, and a later batch of 9 would recompile.
            fx_config.use_duck_shape = False
            # Each runner compiles its own step (guards on the module); a process that builds many
            # (benchmarks, the lab) must not hit dynamo's default limit of 8 graphs per function.
            torch._dynamo.config.recompile_limit = max(torch._dynamo.config.recompile_limit, 256)
            torch._dynamo.config.accumulated_recompile_limit = max(
                torch._dynamo.config.accumulated_recompile_limit, 1024)
            # dynamic: one graph serves every batch size (plus batch 1, specialised); the caches are
            # passed whole, so their shapes never change
            self._step = torch.compile(self._step, fullgraph=True, dynamic=True)
            self._prefill_step = torch.compile(self._prefill_step, fullgraph=True, dynamic=True)

    @property
    def cache_bytes(self) -> int:
        return self.k.numel() * self.k.element_size() + self.v.numel() * self.v.element_size()

    def _rows(self, highest_slot: int) -> int:
        return self.n_slots if self.batch_invariant else highest_slot + 1

    @torch.inference_mode()
    def warmup(self) -> None:
        """Run the decode step at batch 1, 2 and all slots: compiles every graph the shapes need, so
        no request waits for a compile. If compiling fails (no C++ compiler, say) the runner falls
        back to the eager step."""
        try:
            for b in sorted({1, min(2, self.n_slots), self._rows(self.n_slots - 1)}):
                tokens, positions = torch.zeros(b, dtype=torch.long), torch.zeros(b, dtype=torch.long)
                self._step(tokens, positions, torch.zeros(b, dtype=torch.bool), self.k, self.v)
            for b, t in WARMUP_PREFILL:  # the prefill graphs: one prompt, and several
                self._prefill_step(*_dynamic_sizes(torch.zeros(b, t, dtype=torch.long), torch.full((b,), t)))
        except Exception:
            if not self.compiled:
                raise
            log.exception("torch.compile of the decode or prefill step failed; serving with the eager steps")
            self._step, self._prefill_step, self.compiled = self._step_module, self._prefill_module, False
        self.fill = [0] * self.n_slots
        self._warm = True

    def decode(self, slots: list[int], tokens: list[int]) -> torch.Tensor:
        """Append tokens[i] to row slots[i]; logits (len(slots), V) in that order."""
        return self.decode_greedy(slots, tokens)[0]

    def _run(self, step, *args):
        if not (self.compiled and self._warm):
            return step(*args)
        # Once the graphs exist, only the guards that choose between them need checking: ~0.1 ms a
        # step at batch 1. Should a shape still need a new graph, go back to full guards for good.
        try:
            with torch.compiler.set_stance("default", skip_guard_eval_unsafe=True):
                return step(*args)
        except RuntimeError as exc:
            if "skip_guard_eval_unsafe" not in str(exc):
                raise
            log.info("a step needs another graph (%s); guards back on", exc)
            self._warm = False
            return step(*args)

    @torch.inference_mode()
    def decode_greedy(self, slots: list[int], tokens: list[int], ban_eos: list[bool] | None = None,
                      ) -> tuple[torch.Tensor, list[int], list[float]]:
        """Append tokens[i] to row slots[i]. Returns the logits (len(slots), V) in that order, and
        each row's greedy next token and its log-probability (see DecodeStep)."""
        assert slots, "decode needs at least one row"
        B = self._rows(max(slots))
        ids, no_eos = [0] * B, [False] * B
        for i, (slot, token) in enumerate(zip(slots, tokens, strict=True)):
            assert self.fill[slot] < self.max_len, f"slot {slot} is full ({self.max_len} columns)"
            ids[slot] = token
            no_eos[slot] = bool(ban_eos and ban_eos[i])
        # dummies (rows not decoding) write at their own next free column, which nothing reads
        # before it is written again; a full dummy row writes its last column, equally unread
        pos = torch.tensor([min(f, self.max_len - 1) for f in self.fill[:B]])
        logits, greedy, greedy_logprob, k, v = self._run(
            self._step, torch.tensor(ids), pos, torch.tensor(no_eos), self.k, self.v)
        if not self._step_module.fused_store:
            kernels.store_kv_reference(self.k, self.v, k, v, pos)
        for slot in slots:
            self.fill[slot] += 1
        greedy, greedy_logprob = greedy.tolist(), greedy_logprob.tolist()
        if slots == list(range(B)):
            return logits, greedy, greedy_logprob
        return logits[torch.tensor(slots)], [greedy[s] for s in slots], [greedy_logprob[s] for s in slots]

    @torch.inference_mode()
    def prefill(self, slots: list[int], chunks: list[list[int]], starts: list[int]) -> torch.Tensor:
        """Append chunks[i] to row slots[i] (which holds starts[i] columns); logits of each chunk's
        last token, (len(slots), V). New prompts (start 0) share one batched pass; a continued
        chunk of a long prompt runs alone, since it attends to its own earlier columns."""
        assert len(slots) == len(chunks) == len(starts) and all(chunks), "one non-empty chunk per slot"
        for slot, chunk, start in zip(slots, chunks, starts):
            assert start == self.fill[slot], f"slot {slot} holds {self.fill[slot]} columns, not {start}"
            assert start + len(chunk) <= self.max_len, f"slot {slot}: {start} + {len(chunk)} > {self.max_len}"
        fresh = [i for i, s in enumerate(starts) if s == 0]
        out: list[torch.Tensor | None] = [None] * len(slots)
        # new prompts share one pass (batch-invariant mode: one pass each, so shapes never depend on
        # the neighbours); a continued chunk of a long prompt also reads its earlier columns
        groups = [[i] for i in fresh] if self.batch_invariant else [fresh] if fresh else []
        for group in groups:
            logits = self._prefill_fresh([slots[i] for i in group], [chunks[i] for i in group])
            for j, i in enumerate(group):
                out[i] = logits[j]
        for i in (i for i, s in enumerate(starts) if s != 0):
            out[i] = self._prefill([slots[i]], [chunks[i]], starts[i])[0]
        for slot, chunk in zip(slots, chunks):
            self.fill[slot] += len(chunk)
        return torch.stack(out)

    def _prefill_fresh(self, slots: list[int], chunks: list[list[int]]) -> torch.Tensor:
        """New prompts through PrefillStep; their keys and values stored at columns [0, len)."""
        T = max(MIN_PREFILL_LEN, *map(len, chunks))  # length 1 would need a graph of its own
        ids = torch.zeros(len(chunks), T, dtype=torch.long)
        for r, ch in enumerate(chunks):
            ids[r, :len(ch)] = torch.tensor(ch)
        logits, keys, values = self._run(self._prefill_step, *_dynamic_sizes(ids, torch.tensor([len(ch) for ch in chunks])))
        rows, width = torch.tensor(slots), min(T, self.max_len)  # padding past the context is not stored
        for i in range(self.config.n_layer):
            kernels.store_key_columns(self.k, i, rows, 0, keys[i, :, :, :width].to(self.dtype))
            self.v[i, rows, :width] = values[i, :, :, :width].transpose(1, 2).to(self.dtype)
        return logits

    def _prefill(self, slots: list[int], chunks: list[list[int]], start: int) -> torch.Tensor:
        t = self.model.transformer
        c = self.config
        B, T = len(chunks), max(len(ch) for ch in chunks)
        nh, hs = c.n_head, c.n_embd // c.n_head
        lens = torch.tensor([len(ch) for ch in chunks])  # (B,)
        ids = torch.zeros(B, T, dtype=torch.long)  # right-padded; padding queries are never read
        for r, ch in enumerate(chunks):
            ids[r, :len(ch)] = torch.tensor(ch)
        positions = (start + torch.arange(T)).clamp(max=self.max_len - 1)[None].expand(B, T)
        q_col = start + torch.arange(T)[:, None]  # (T, 1)
        k_col = torch.arange(start + T)[None, :]  # (1, start + T)
        # causal, and no key beyond a row's own chunk; a padding query still sees key 0 (no NaN)
        mask = (k_col <= q_col)[None] & (k_col < start + lens[:, None, None])  # (B, T, start + T)
        rows = torch.tensor(slots)
        # padding columns past the context (a short chunk padded to T) are not stored
        width = min(T, self.max_len - start)
        x = t.wte(ids) + t.wpe(positions)  # (B, T, C)
        for i, block in enumerate(t.h):
            q, k, v = block.attn.c_attn(block.ln_1(x)).split(c.n_embd, dim=2)
            q, k, v = (z.view(B, T, nh, hs).transpose(1, 2) for z in (q, k, v))  # (B, nh, T, hs)
            kernels.store_key_columns(self.k, i, rows, start, k[:, :, :width].to(self.dtype))
            self.v[i, rows, start:start + width] = v[:, :, :width].transpose(1, 2).to(self.dtype)
            if start:  # a continued chunk also attends to the row's earlier columns
                keys = kernels.keys_as_columns(self.k[i, rows])[:, :, :start]
                values = self.v[i, rows, :start].transpose(1, 2)
                k, v = torch.cat([keys, k.to(keys.dtype)], dim=2), torch.cat([values, v.to(values.dtype)], dim=2)
            y = F.scaled_dot_product_attention(q, k.to(q.dtype), v.to(q.dtype), attn_mask=mask[:, None])
            x = x + block.attn.c_proj(y.transpose(1, 2).reshape(B, T, c.n_embd))
            x = x + block.mlp(block.ln_2(x))
        last = x[torch.arange(B), lens - 1]  # (B, C): each chunk's final token
        return _linear(self.model.lm_head, t.ln_f(last))  # (B, V)

    def move(self, src: int, dst: int) -> None:
        """Copy row src into free row dst (compaction keeps the decode rows at the front)."""
        n = self.fill[src]
        blocks = -(-n // kernels.KEY_BLOCK)
        self.k[:, dst, :blocks] = self.k[:, src, :blocks]
        self.v[:, dst, :n] = self.v[:, src, :n]
        self.fill[dst], self.fill[src] = n, 0

    def free(self, slot: int) -> None:
        self.fill[slot] = 0
