"""The model side of the engine: a slot KV cache and the two passes that fill it.

The cache holds `n_slots` sequences, one per row, preallocated once (bounded memory, reused
across requests). A sequence owns a row: its token j's keys and values sit in column j, so every
row is numbered from 0 and needs no padding tricks. `fill[slot]` columns of a row are valid.

- `prefill(slots, chunks, starts)`: append each chunk of prompt tokens to its row (a new prompt
  at start 0, or the next chunk of a long one) and return the logits of each chunk's last token.
- `decode(slots, tokens)`: append one token to each given row and return its logits. It runs over
  rows [0, highest slot] (the engine keeps decoding rows packed at the front) and over the filled
  columns rounded up to `column_bucket`; rows not decoding ride along as dummies that write at
  their own next free column, which nothing reads before it is written again (attention only sees
  columns below `fill`).

The decode step attends to the cached columns with the CPU flash-attention kernel (which also
returns its log-sum-exp) and merges in the new token's attention to itself, so it never writes
inside the step; all layers' new keys and values are then stored with one indexed copy. A pure
function of its inputs is what torch.compile turns into few fused kernels, with dynamic shapes so
one graph serves every batch and length. `batch_invariant` fixes the shapes instead (all slots,
all columns): a row's numbers then never depend on how many others run beside it.
"""
from __future__ import annotations

import logging
import math

import torch
from torch.nn import functional as F

from inference_worker.model import GPT

log = logging.getLogger(__name__)


class DecodeStep(torch.nn.Module):
    """One token per row against that row's cached columns; returns logits and the new K/V."""

    def __init__(self, model: GPT):
        super().__init__()
        self.model = model
        c = model.config
        self.n_head, self.n_embd, self.hs = c.n_head, c.n_embd, c.n_embd // c.n_head

    def forward(self, tokens, positions, k_cache, v_cache):
        # tokens, positions (B,); k_cache, v_cache (L, B, nh, S, hs), columns < positions[b] valid
        t = self.model.transformer
        B, nh, C, hs = tokens.size(0), self.n_head, self.n_embd, self.hs
        x = t.wte(tokens) + t.wpe(positions)  # (B, C)
        cols = torch.arange(k_cache.size(3), device=tokens.device)
        bias = torch.where(cols[None, :] < positions[:, None], 0.0, -float("inf")).to(x.dtype)[:, None, None, :]  # (B, 1, 1, S)
        new_k, new_v = [], []
        for i, block in enumerate(t.h):
            q, k, v = block.attn.c_attn(block.ln_1(x)).split(C, dim=1)
            q, k, v = q.view(B, nh, 1, hs), k.view(B, nh, 1, hs), v.view(B, nh, 1, hs)
            # attention over the cached columns (flash kernel, also returns its log-sum-exp) ...
            cached, lse = torch.ops.aten._scaled_dot_product_flash_attention_for_cpu(
                q, k_cache[i], v_cache[i], 0.0, False, attn_mask=bias)[:2]  # (B, nh, 1, hs), (B, nh, 1)
            # ... merged with the new token attending to itself: softmax over both, by their log-sum-exps
            own = (q * k).sum(-1) * (1.0 / math.sqrt(hs))  # (B, nh, 1)
            top = torch.maximum(lse, own)
            w_cached, w_own = torch.exp(lse - top)[..., None], torch.exp(own - top)[..., None]
            y = ((cached * w_cached + v * w_own) / (w_cached + w_own)).to(x.dtype)  # (B, nh, 1, hs); lse is fp32
            x = x + block.attn.c_proj(y.reshape(B, C))
            x = x + block.mlp(block.ln_2(x))
            new_k.append(k.view(B, nh, hs))
            new_v.append(v.view(B, nh, hs))
        return self.model.lm_head(t.ln_f(x)), torch.stack(new_k), torch.stack(new_v)  # (B, V), (L, B, nh, hs) x2


class ModelRunner:

    def __init__(self, model: GPT, n_slots: int, compile: bool = False, batch_invariant: bool = False,
                 column_bucket: int = 64):
        c = model.config
        self.model = model.eval()
        self.config = c
        self.n_slots = n_slots
        self.max_len = c.block_size
        self.batch_invariant = batch_invariant
        self.column_bucket = column_bucket
        self.dtype = next(p.dtype for p in model.parameters() if p.is_floating_point())
        if not self.dtype.is_floating_point:  # dynamically quantized model: fp32 activations
            self.dtype = torch.float32
        hs = c.n_embd // c.n_head
        # One spare row and one spare column, never used: a view of the first B rows and S columns is
        # then never the whole tensor, so its layout (strides) is the same at every batch size and
        # length, and one compiled graph serves them all.
        shape = (c.n_layer, n_slots + 1, c.n_head, self.max_len + 1, hs)
        self.k = torch.zeros(shape, dtype=self.dtype)  # (L, slots, nh, S_max, hs)
        self.v = torch.zeros(shape, dtype=self.dtype)
        self.fill = [0] * n_slots  # valid columns per row
        self._step = DecodeStep(model).eval()
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
            # dynamic: one graph serves every batch and column bucket (plus batch 1, specialised)
            self._step = torch.compile(self._step, fullgraph=True, dynamic=True)

    @property
    def cache_bytes(self) -> int:
        return 2 * self.k.numel() * self.k.element_size()

    def _rows(self, highest_slot: int) -> int:
        return self.n_slots if self.batch_invariant else highest_slot + 1

    def _columns(self, needed: int) -> int:
        if self.batch_invariant:
            return self.max_len
        return min(self.max_len, -(-needed // self.column_bucket) * self.column_bucket)

    @torch.inference_mode()
    def warmup(self) -> None:
        """Run the decode step at batch 1, 2 and all slots, over every column bucket: compiles every
        graph the shapes need (inductor adds guards on length ranges), so no request waits for a
        compile. If compiling fails (no C++ compiler, say) the runner falls back to the eager step."""
        try:
            for b in sorted({1, min(2, self.n_slots), self._rows(self.n_slots - 1)}):
                for s in sorted({self._columns(n) for n in range(1, self.max_len + 1, self.column_bucket)}):
                    tokens, positions = torch.zeros(b, dtype=torch.long), torch.zeros(b, dtype=torch.long)
                    self._step(tokens, positions, self.k[:, :b, :, :s], self.v[:, :b, :, :s])
        except Exception:
            if not self.compiled:
                raise
            log.exception("torch.compile of the decode step failed; serving with the eager step")
            self._step, self.compiled = DecodeStep(self.model).eval(), False
        self.fill = [0] * self.n_slots
        self._warm = True

    @torch.inference_mode()
    def decode(self, slots: list[int], tokens: list[int]) -> torch.Tensor:
        """Append tokens[i] to row slots[i]; logits (len(slots), V) in that order."""
        assert slots, "decode needs at least one row"
        B = self._rows(max(slots))
        positions = self.fill[:B]  # dummies write at their own next free column
        ids = [0] * B
        for slot, token in zip(slots, tokens, strict=True):
            assert self.fill[slot] < self.max_len, f"slot {slot} is full ({self.max_len} columns)"
            ids[slot] = token
        pos = torch.tensor(positions)
        pos = pos.clamp(max=self.max_len - 1)  # a full dummy row (never decoding) stays in range
        S = self._columns(int(pos.max()) + 1)
        args = (torch.tensor(ids), pos, self.k[:, :B, :, :S], self.v[:, :B, :, :S])
        if self.compiled and self._warm:
            # Once the graphs exist, only the guards that choose between them need checking: ~0.1 ms
            # a step at batch 1. Should a shape still need a new graph, go back to full guards for good.
            try:
                with torch.compiler.set_stance("default", skip_guard_eval_unsafe=True):
                    logits, k, v = self._step(*args)
            except RuntimeError as exc:
                if "skip_guard_eval_unsafe" not in str(exc):
                    raise
                log.info("decode step needs another graph (%s); guards back on", exc)
                self._warm = False
                logits, k, v = self._step(*args)
        else:
            logits, k, v = self._step(*args)
        rows = torch.arange(B)
        self.k[:, rows, :, pos] = k.transpose(0, 1)  # (B, L, nh, hs): advanced indices go first
        self.v[:, rows, :, pos] = v.transpose(0, 1)
        for slot in slots:
            self.fill[slot] += 1
        return logits[torch.tensor(slots)]

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
        if fresh and not self.batch_invariant:
            logits = self._prefill([slots[i] for i in fresh], [chunks[i] for i in fresh], 0)
            for j, i in enumerate(fresh):
                out[i] = logits[j]
            rest = [i for i, s in enumerate(starts) if s != 0]
        else:
            rest = range(len(slots))
        for i in rest:
            out[i] = self._prefill([slots[i]], [chunks[i]], starts[i])[0]
        for slot, chunk in zip(slots, chunks):
            self.fill[slot] += len(chunk)
        return torch.stack(out)

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
        x = t.wte(ids) + t.wpe(positions)  # (B, T, C)
        for i, block in enumerate(t.h):
            q, k, v = block.attn.c_attn(block.ln_1(x)).split(c.n_embd, dim=2)
            q, k, v = (z.view(B, T, nh, hs).transpose(1, 2) for z in (q, k, v))  # (B, nh, T, hs)
            self.k[i, rows, :, start:start + T] = k.to(self.dtype)
            self.v[i, rows, :, start:start + T] = v.to(self.dtype)
            keys, values = self.k[i, rows, :, :start + T], self.v[i, rows, :, :start + T]  # (B, nh, S, hs)
            y = F.scaled_dot_product_attention(q, keys, values, attn_mask=mask[:, None])
            x = x + block.attn.c_proj(y.transpose(1, 2).reshape(B, T, c.n_embd))
            x = x + block.mlp(block.ln_2(x))
        last = x[torch.arange(B), lens - 1]  # (B, C): each chunk's final token
        return self.model.lm_head(t.ln_f(last))  # (B, V)

    def move(self, src: int, dst: int) -> None:
        """Copy row src into free row dst (compaction keeps the decode rows at the front)."""
        n = self.fill[src]
        self.k[:, dst, :, :n] = self.k[:, src, :, :n]
        self.v[:, dst, :, :n] = self.v[:, src, :, :n]
        self.fill[dst], self.fill[src] = n, 0

    def free(self, slot: int) -> None:
        self.fill[slot] = 0
