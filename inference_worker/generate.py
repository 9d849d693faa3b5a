"""Batched generation with a KV cache.

One prefill pass over the left-padded prompts, then one decode step per token for the rows still
running; finished rows are dropped from the cache so they cost nothing. Each request samples from
its own torch.Generator seeded with its seed, so its output does not depend on which batch it
ran in: the same prompt and seed give the same text.

Context policy (block_size tokens hold prompt + completion):
- A prompt keeps its most recent tokens: it is cut from the left to at most
  block_size - min(max_tokens, block_size // 2), so a long prompt still leaves room to answer,
  but an answer never takes more than half the window from the prompt.
- max_tokens is capped at what is left (block_size - prompt tokens); a completion that reaches
  that cap ends with finish_reason 'context' instead of 'length'.
- An empty prompt is fed as a single <|endoftext|>, the token every training text follows.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass

import torch
from torch.nn import functional as F

from inference_worker.model import GPT, KVCache, attention_mask
from inference_worker.tokenizer import Tokenizer


@dataclass(frozen=True)
class SamplingParams:
    max_tokens: int = 64
    temperature: float = 0.0  # 0 means greedy
    top_k: int = 0  # 0 disables top-k
    top_p: float = 1.0  # 1 disables nucleus sampling
    seed: int = 0
    stop: tuple[str, ...] = ()

    def __post_init__(self):
        if isinstance(self.stop, str) or not isinstance(self.stop, tuple):  # a lone string or a list
            object.__setattr__(self, "stop", (self.stop,) if isinstance(self.stop, str) else tuple(self.stop))
        if self.max_tokens < 1:
            raise ValueError(f"max_tokens must be >= 1, got {self.max_tokens}")
        if self.temperature < 0 or self.top_k < 0 or not 0 < self.top_p <= 1:
            raise ValueError(f"need temperature >= 0, top_k >= 0, 0 < top_p <= 1; got {self.temperature}, "
                             f"{self.top_k}, {self.top_p}")
        if not all(isinstance(x, str) and x for x in self.stop):
            raise ValueError(f"stop sequences must be non-empty strings, got {self.stop!r}")


@dataclass
class GenerationResult:
    text: str  # the completion, stop sequence excluded
    token_ids: list[int]  # sampled tokens; a final <|endoftext|> excluded, a stop sequence's tokens included
    prompt_tokens: int  # after truncation
    completion_tokens: int  # len(token_ids)
    finish_reason: str  # 'stop' | 'length' | 'eos' | 'context'
    mean_logprob: float  # mean log p of the sampled tokens (and of <|endoftext|> if it ended so), temperature 1
    perplexity: float  # exp(-mean_logprob): the model's own surprise at what it wrote
    time_to_first_token_s: float
    prompt_truncated_tokens: int = 0  # how many tokens the context policy cut from the prompt's left


def fit_context(ids: list[int], max_tokens: int, block_size: int, eos_id: int) -> tuple[list[int], int, int]:
    """Apply the context policy: (prompt ids kept, completion budget, tokens cut)."""
    assert max_tokens >= 1, f"max_tokens must be >= 1, got {max_tokens}"
    ids = ids or [eos_id]
    keep = block_size - min(max_tokens, block_size // 2)
    cut = max(0, len(ids) - keep)
    ids = ids[cut:]
    return ids, min(max_tokens, block_size - len(ids)), cut


def sample_token(logits: torch.Tensor, p: SamplingParams, generator: torch.Generator) -> int:
    """Pick one token id from logits (V,) for one request."""
    if p.temperature == 0:
        return int(torch.argmax(logits))
    logits = logits / p.temperature
    if p.top_k > 0:
        kth = torch.topk(logits, min(p.top_k, logits.size(-1))).values[-1]
        logits = logits.masked_fill(logits < kth, -float("inf"))
    probs = F.softmax(logits, dim=-1)  # (V,)
    if p.top_p < 1.0:
        sorted_p, order = torch.sort(probs, descending=True)
        # drop a token once the tokens ranked above it already hold top_p of the mass (keeps >= 1)
        sorted_p = sorted_p.masked_fill(sorted_p.cumsum(0) - sorted_p > p.top_p, 0.0)
        probs = torch.zeros_like(probs).scatter(0, order, sorted_p)
    return int(torch.multinomial(probs, 1, generator=generator))


def _first_stop(text: str, stops: tuple[str, ...]) -> int:
    hits = [i for i in (text.find(s) for s in stops) if i >= 0]
    return min(hits) if hits else -1


@torch.inference_mode()
def generate_batch(model: GPT, tokenizer: Tokenizer, prompts: list[str], params: list[SamplingParams],
                   on_first_token=None) -> list[GenerationResult]:
    """Complete every prompt with its own SamplingParams. on_first_token(i, seconds), if given, is
    called once per request when its first token is sampled (all after the one prefill pass)."""
    assert len(prompts) == len(params), f"{len(prompts)} prompts but {len(params)} SamplingParams"
    if not prompts:
        return []
    t0 = time.perf_counter()
    B, bs = len(prompts), model.config.block_size
    fitted = [fit_context(ids, p.max_tokens, bs, tokenizer.eos_id)
              for ids, p in zip(tokenizer.encode_batch(prompts), params)]
    lens = torch.tensor([len(ids) for ids, _, _ in fitted])  # (B,)
    L, max_new = int(lens.max()), max(budget for _, budget, _ in fitted)
    device, dtype = model.transformer.wte.weight.device, model.transformer.wte.weight.dtype

    # prefill: prompts left-padded to L, so every row's last prompt token sits in column L - 1
    idx = torch.full((B, L), tokenizer.pad_id, dtype=torch.long)
    for r, (ids, _, _) in enumerate(fitted):
        idx[r, L - len(ids):] = torch.tensor(ids)
    cols = torch.arange(L + max_new)[None, :]  # (1, S_max)
    valid = cols >= (L - lens)[:, None]  # (B, S_max): False on left padding
    positions = (cols[:, :L] - (L - lens)[:, None]).clamp(min=0)  # (B, L): each row numbered from 0
    cache = KVCache(model.config, B, L + max_new, dtype=dtype, device=device)
    logits = model.forward_step(idx.to(device), cache, positions.to(device),
                                attention_mask(valid[:, :L], L).to(device))[:, -1]  # (B, V)

    gens = [torch.Generator().manual_seed(p.seed) for p in params]
    out = [[] for _ in range(B)]  # sampled ids per request
    logps = [[] for _ in range(B)]
    text, finish, ttft = [""] * B, [None] * B, [0.0] * B
    live = list(range(B))  # request index of each cache row
    while True:
        logp = F.log_softmax(logits.float(), dim=-1)  # (B_live, V), temperature 1: the model's own view
        masked = logits.float().index_fill(-1, torch.tensor([tokenizer.pad_id], device=device), -float("inf"))
        for j, r in enumerate(live):
            tok = sample_token(masked[j].cpu(), params[r], gens[r])
            logps[r].append(float(logp[j, tok]))
            if len(logps[r]) == 1:
                ttft[r] = time.perf_counter() - t0
                if on_first_token is not None:
                    on_first_token(r, ttft[r])
            if tok == tokenizer.eos_id:
                finish[r] = "eos"
                continue
            out[r].append(tok)
            # stop sequences are matched on text: a stop may span tokens or sit inside one
            cut = _first_stop(tokenizer.decode(out[r]), params[r].stop) if params[r].stop else -1
            if cut >= 0:
                text[r], finish[r] = tokenizer.decode(out[r])[:cut], "stop"
            elif len(out[r]) >= fitted[r][1]:
                finish[r] = "length" if len(out[r]) >= params[r].max_tokens else "context"
        keep = [j for j, r in enumerate(live) if finish[r] is None]
        if not keep:
            break
        if len(keep) < len(live):  # drop finished rows from the cache and every per-row tensor
            rows = torch.tensor(keep)
            cache.keep(rows.to(device))
            valid = valid[rows]
            live = [live[j] for j in keep]
        # decode: feed each live row's newest token at column cache.length, position len(prompt) + k
        x = torch.tensor([[out[r][-1]] for r in live])  # (B_live, 1)
        pos = torch.tensor([[len(fitted[r][0]) + len(out[r]) - 1] for r in live])  # (B_live, 1)
        S = cache.length + 1
        logits = model.forward_step(x.to(device), cache, pos.to(device),
                                    attention_mask(valid[:, :S], 1).to(device))[:, -1]  # (B_live, V)

    results = []
    for r in range(B):
        if finish[r] != "stop":
            text[r] = tokenizer.decode(out[r])
        mean_lp = sum(logps[r]) / len(logps[r])
        results.append(GenerationResult(
            text=text[r], token_ids=out[r], prompt_tokens=len(fitted[r][0]), completion_tokens=len(out[r]),
            finish_reason=finish[r], mean_logprob=mean_lp, perplexity=math.exp(-mean_lp),
            time_to_first_token_s=ttft[r], prompt_truncated_tokens=fitted[r][2]))
    return results


def generate(model: GPT, tokenizer: Tokenizer, prompt: str, params: SamplingParams | None = None) -> GenerationResult:
    """One prompt; a batch of one."""
    return generate_batch(model, tokenizer, [prompt], [params or SamplingParams()])[0]
