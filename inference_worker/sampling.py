"""Per-request sampling, vectorised over the running batch.

Each request draws from its own counter-based random stream: the uniform number behind its k-th
token is a hash of (seed, k), so what a request samples never depends on which other requests
share its batch, on their order, or on how many tokens they took. Everything else is row-wise
tensor math, one pass for the whole batch, with no Python loop over rows and no host sync per row.

Sampling a row: temperature 0 is greedy (argmax). Otherwise logits / temperature, keep the top_k
best (0 = all), keep the smallest set whose mass reaches top_p, renormalise, and invert the CDF at
the row's uniform number. Log-probabilities are the model's own (temperature 1) view of the
chosen token, which is what perplexity and `logprobs` report.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch

_MASK64 = (1 << 64) - 1


@dataclass(frozen=True)
class SamplingParams:
    max_tokens: int = 64
    temperature: float = 0.0  # 0 means greedy
    top_k: int = 0  # 0 disables top-k
    top_p: float = 1.0  # 1 disables nucleus sampling
    seed: int = 0
    stop: tuple[str, ...] = ()
    logprobs: int = 0  # how many most likely alternatives to report per token (0 = none)
    ignore_eos: bool = False  # never end at <|endoftext|>: exactly max_tokens (benchmarks)

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
        if not 0 <= self.logprobs <= 20:
            raise ValueError(f"logprobs must be in 0..20, got {self.logprobs}")


def uniform(seed: int, counter: int) -> float:
    """A uniform number in [0, 1) from (seed, counter): splitmix64, 53 bits kept."""
    z = (seed * 0x9E3779B97F4A7C15 + (counter + 1) * 0xD1B54A32D192ED2D) & _MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
    z ^= z >> 31
    return (z >> 11) / float(1 << 53)


@dataclass
class Sampled:
    tokens: torch.Tensor  # (B,) int64
    logprobs: torch.Tensor  # (B,) float32, log p(token) at temperature 1
    top_ids: torch.Tensor | None = None  # (B, n) alternatives when any row asked for logprobs
    top_logprobs: torch.Tensor | None = None  # (B, n)


@torch.inference_mode()
def sample(logits: torch.Tensor, params: list[SamplingParams], counters: list[int],
           banned: int | None = None, eos: int | None = None) -> Sampled:
    """One token per row of logits (B, V); row r follows params[r] and draws uniform(seed, counters[r]).
    banned: a token id never sampled (the padding token); eos: never sampled by rows with ignore_eos."""
    logp = torch.log_softmax(logits.float(), dim=-1)  # (B, V), the model's own view
    logits = logits.float().clone()
    if banned is not None:
        logits[:, banned] = -float("inf")
    no_eos = [r for r, p in enumerate(params) if p.ignore_eos]
    if no_eos and eos is not None:
        logits[no_eos, eos] = -float("inf")
    tokens = logits.argmax(dim=-1)  # greedy for every row; sampled rows are overwritten below
    hot = [r for r, p in enumerate(params) if p.temperature > 0]
    if hot:
        rows = torch.tensor(hot)
        temperature = torch.tensor([params[r].temperature for r in hot])[:, None]  # (H, 1)
        top_k = torch.tensor([params[r].top_k or logits.size(-1) for r in hot])[:, None]  # (H, 1)
        top_p = torch.tensor([params[r].top_p for r in hot])[:, None]  # (H, 1)
        u = torch.tensor([uniform(params[r].seed, counters[r]) for r in hot], dtype=torch.float64)[:, None]
        sorted_logits, order = torch.sort(logits[rows] / temperature, dim=-1, descending=True)  # (H, V)
        probs = torch.softmax(sorted_logits, dim=-1)
        rank = torch.arange(logits.size(-1))[None, :]
        # drop a token once the tokens ranked above it already hold top_p of the mass (keeps >= 1)
        drop = (rank >= top_k) | (probs.cumsum(-1) - probs > top_p)
        probs = probs.masked_fill(drop, 0.0).double()
        cdf = probs.cumsum(-1)  # (H, V), float64 so the last entry is the kept mass to the bit
        pick = torch.searchsorted(cdf, u * cdf[:, -1:], right=True).clamp(max=logits.size(-1) - 1)
        # a zero-probability token can only be hit through rounding: step back to the nearest kept one
        pick = torch.minimum(pick, (probs > 0).sum(-1, keepdim=True) - 1)
        tokens[rows] = order.gather(1, pick)[:, 0]
    chosen = logp.gather(1, tokens[:, None])[:, 0]
    n_top = max(p.logprobs for p in params)
    if n_top:
        top_logprobs, top_ids = torch.topk(logp, n_top, dim=-1)
        return Sampled(tokens, chosen, top_ids, top_logprobs)
    return Sampled(tokens, chosen)
