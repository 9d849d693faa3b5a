"""A GPT-2 language model, small enough to train and serve on a CPU.

Module names match GPT-2 checkpoint keys (transformer.wte, transformer.h.0.attn.c_attn, ...) so
real GPT-2 weights load by name. We use nn.Linear where HF GPT-2 uses Conv1D, so a loader of HF
weights has to transpose the c_attn/c_proj/c_fc matrices.

Two forward paths:
- `forward(idx, targets)`: training. Every row starts at position 0; causal attention.
- `forward_step(idx, kv_cache, positions, attn_mask)`: inference. Appends T new tokens per row to
  a preallocated KV cache. Rows of a batch share cache columns, so a left-padded prompt batch
  needs per-row position ids and a mask that hides the padding; see `attention_mask`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn as nn
from torch.nn import functional as F


class CausalSelfAttention(nn.Module):

    def __init__(self, config: GPTConfig):
        super().__init__()
        assert config.n_embd % config.n_head == 0, f"n_embd {config.n_embd} not divisible by n_head {config.n_head}"
        # key, query, value projections for all heads, in one matmul
        self.c_attn = nn.Linear(config.n_embd, 3 * config.n_embd, bias=config.bias)
        self.c_proj = nn.Linear(config.n_embd, config.n_embd, bias=config.bias)
        self.resid_dropout = nn.Dropout(config.dropout)
        self.n_head = config.n_head
        self.n_embd = config.n_embd
        self.dropout = config.dropout

    def forward(self, x, cache=None, attn_mask=None):
        B, T, C = x.size()
        q, k, v = self.c_attn(x).split(self.n_embd, dim=2)
        q = q.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)  # (B, nh, T, hs)
        k = k.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)  # (B, nh, T, hs)
        v = v.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)  # (B, nh, T, hs)
        if cache is None:
            y = F.scaled_dot_product_attention(q, k, v, dropout_p=self.dropout if self.training else 0,
                                               is_causal=True)
        else:
            k_cache, v_cache, start = cache  # (B, nh, S_max, hs) each; columns [0, start) are filled
            k_cache[:, :, start:start + T] = k
            v_cache[:, :, start:start + T] = v
            k, v = k_cache[:, :, :start + T], v_cache[:, :, :start + T]  # (B, nh, S, hs)
            # attn_mask (B, 1, T, S) bool, True = may attend; broadcast over heads
            y = F.scaled_dot_product_attention(q, k, v, attn_mask=attn_mask)
        y = y.transpose(1, 2).contiguous().view(B, T, C)  # re-assemble head outputs side by side
        return self.resid_dropout(self.c_proj(y))


class MLP(nn.Module):

    def __init__(self, config: GPTConfig):
        super().__init__()
        self.c_fc = nn.Linear(config.n_embd, 4 * config.n_embd, bias=config.bias)
        self.gelu = nn.GELU(approximate="tanh")  # GPT-2's GELU, so real GPT-2 weights behave the same
        self.c_proj = nn.Linear(4 * config.n_embd, config.n_embd, bias=config.bias)
        self.dropout = nn.Dropout(config.dropout)

    def forward(self, x):
        return self.dropout(self.c_proj(self.gelu(self.c_fc(x))))


class Block(nn.Module):

    def __init__(self, config: GPTConfig):
        super().__init__()
        self.ln_1 = nn.LayerNorm(config.n_embd, eps=config.ln_eps, bias=config.bias)
        self.attn = CausalSelfAttention(config)
        self.ln_2 = nn.LayerNorm(config.n_embd, eps=config.ln_eps, bias=config.bias)
        self.mlp = MLP(config)

    def forward(self, x, cache=None, attn_mask=None):
        x = x + self.attn(self.ln_1(x), cache, attn_mask)
        x = x + self.mlp(self.ln_2(x))
        return x


@dataclass
class GPTConfig:
    block_size: int = 512  # longest sequence (prompt + completion) the position table covers
    vocab_size: int = 4096
    n_layer: int = 6
    n_head: int = 8
    n_embd: int = 256
    dropout: float = 0.0
    bias: bool = True  # GPT-2 has biases in Linears and LayerNorms
    ln_eps: float = 1e-5  # GPT-2's LayerNorm epsilon; HF configs call it layer_norm_epsilon


class KVCache:
    """Preallocated keys and values of every layer. All rows share columns: column j holds the
    j-th token fed to forward_step, padding included; `length` columns are filled so far."""

    def __init__(self, config: GPTConfig, batch_size: int, max_len: int, dtype=torch.float32, device=None):
        hs = config.n_embd // config.n_head
        shape = (config.n_layer, batch_size, config.n_head, max_len, hs)
        self.k = torch.zeros(shape, dtype=dtype, device=device)  # (L, B, nh, S_max, hs)
        self.v = torch.zeros(shape, dtype=dtype, device=device)  # (L, B, nh, S_max, hs)
        self.length = 0

    @property
    def max_len(self) -> int:
        return self.k.size(3)

    def keep(self, rows: torch.Tensor):
        """Drop the rows not listed (finished requests), so later steps compute only live rows."""
        self.k = self.k[:, rows]
        self.v = self.v[:, rows]


def attention_mask(key_valid: torch.Tensor, t: int) -> torch.Tensor:
    """Mask for the last t of S cache columns attending to all S columns.

    key_valid: (B, S) bool, False for padding columns. Returns (B, t, S) bool, True = may attend:
    causal and not padding, plus every query's own column, so a padding query still has one key
    (a row with no key at all makes softmax NaN) without any real token seeing the padding.
    """
    B, S = key_valid.shape
    q_col = torch.arange(S - t, S, device=key_valid.device)[:, None]  # (t, 1)
    k_col = torch.arange(S, device=key_valid.device)[None, :]  # (1, S)
    causal = k_col <= q_col  # (t, S)
    return (causal[None] & key_valid[:, None, :]) | (k_col == q_col)[None]  # (B, t, S)


class GPT(nn.Module):

    def __init__(self, config: GPTConfig):
        super().__init__()
        assert config.vocab_size is not None and config.block_size is not None
        self.config = config
        self.transformer = nn.ModuleDict(dict(
            wte=nn.Embedding(config.vocab_size, config.n_embd),
            wpe=nn.Embedding(config.block_size, config.n_embd),
            drop=nn.Dropout(config.dropout),
            h=nn.ModuleList([Block(config) for _ in range(config.n_layer)]),
            ln_f=nn.LayerNorm(config.n_embd, eps=config.ln_eps, bias=config.bias),
        ))
        self.lm_head = nn.Linear(config.n_embd, config.vocab_size, bias=False)
        # Weight tying (as GPT-2): one matrix embeds tokens and scores them; saves V*C parameters.
        self.transformer.wte.weight = self.lm_head.weight
        self.apply(self._init_weights)
        # GPT-2 scales residual projections by 1/sqrt(2 * n_layer): each block adds two of them
        # to the residual stream, and this keeps its variance from growing with depth.
        for pn, p in self.named_parameters():
            if pn.endswith("c_proj.weight"):
                torch.nn.init.normal_(p, mean=0.0, std=0.02 / math.sqrt(2 * config.n_layer))

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            torch.nn.init.normal_(module.weight, mean=0.0, std=0.02)
            if module.bias is not None:
                torch.nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Embedding):
            torch.nn.init.normal_(module.weight, mean=0.0, std=0.02)

    def num_params(self, non_embedding: bool = True) -> int:
        """Parameter count; position embeddings excluded by default (the token embeddings are
        tied to lm_head, so they are real compute and stay in)."""
        n = sum(p.numel() for p in self.parameters())
        return n - self.transformer.wpe.weight.numel() if non_embedding else n

    def hidden(self, idx):
        """Final hidden states (B, T, C) for idx (B, T), every row starting at position 0. Training
        applies lm_head only where it takes loss: on a short answer after a long prompt, most
        positions need no (T, V) logits."""
        b, t = idx.size()
        assert t <= self.config.block_size, f"cannot forward length {t}, block size is only {self.config.block_size}"
        pos = torch.arange(0, t, dtype=torch.long, device=idx.device)  # (t,)
        x = self.transformer.drop(self.transformer.wte(idx) + self.transformer.wpe(pos))  # (B, T, C)
        for block in self.transformer.h:
            x = block(x)
        return self.transformer.ln_f(x)

    def forward(self, idx, targets=None):
        """idx (B, T) token ids, every row starting at position 0. targets (B, T) with -1 where no
        loss is taken (prompt and padding). Returns logits (B, T, V) and the mean loss or None."""
        logits = self.lm_head(self.hidden(idx))  # (B, T, V)
        loss = None
        if targets is not None:
            loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1), ignore_index=-1)
        return logits, loss

    def forward_step(self, idx, kv_cache: KVCache, positions, attn_mask):
        """Append T tokens per row to kv_cache and return their logits (B, T, V).

        idx (B, T) token ids; positions (B, T) each token's position within its own row (so a
        left-padded row is numbered as if it were alone); attn_mask (B, T, S) bool over the
        S = kv_cache.length + T filled columns, True = may attend (see `attention_mask`).
        """
        b, t = idx.size()
        start = kv_cache.length
        assert start + t <= kv_cache.max_len, f"KV cache full: {start} + {t} > {kv_cache.max_len} columns"
        assert positions.shape == idx.shape, f"positions {tuple(positions.shape)} != idx {tuple(idx.shape)}"
        assert int(positions.max()) < self.config.block_size, \
            f"position {int(positions.max())} out of range, block size is only {self.config.block_size}"
        assert attn_mask.shape == (b, t, start + t), f"attn_mask {tuple(attn_mask.shape)} != {(b, t, start + t)}"
        x = self.transformer.wte(idx) + self.transformer.wpe(positions)  # (B, T, C)
        mask = attn_mask[:, None]  # (B, 1, T, S), same for every head
        for i, block in enumerate(self.transformer.h):
            x = block(x, (kv_cache.k[i], kv_cache.v[i], start), mask)
        kv_cache.length = start + t
        return self.lm_head(self.transformer.ln_f(x))  # (B, T, V)
