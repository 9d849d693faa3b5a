"""Experiment 1: context length vs latency.

For prompt lengths L from 16 up to the model's block size and batch sizes B, B requests of L
random prompt tokens (no end-of-text or padding ids among them) go through the serving engine
together (`max_running` = B, other settings at their defaults), each asking for 16 (`NEW_TOKENS`)
tokens: time to first token (mean over the batch, from admission), time per output token (each
request's decode time over its tokens after the first), and the peak memory above the loaded model.

TTFT is fitted by least squares as a + b·L + c·L² (attention's score matrix grows with L², the
matmuls with L); time per output token as a + b·L (each step reads a KV cache of length L).
"""
from __future__ import annotations

import time

import numpy as np

from lab import env as labenv
from lab.bench import load_model
from lab.experiments import Context, finish
from lab.report import Report, fmt, pyplot, save_figure

NEW_TOKENS = 16
TTFT_BUDGET_S = (0.1, 0.5)  # budgets the conclusion solves the fit for


def grid(block_size: int, quick: bool) -> tuple[list[int], list[int], int]:
    """(prompt lengths, batch sizes, repetitions)."""
    top = block_size - NEW_TOKENS
    if quick:
        return [16, 128, top], [1, 4], 1
    return [16, 64, 128, 256, 384, top], [1, 4, 16], 3


def measure(model, tokenizer, B: int, L: int, new_tokens: int = NEW_TOKENS, seed: int = 0) -> dict:
    """B requests of L random prompt tokens through the engine at once (max_running = B, its other
    settings at their defaults, so a long batch prefills in chunks as in serving); seconds and MB."""
    import torch

    from inference_worker.engine import EngineConfig, generate_offline
    from inference_worker.sampling import SamplingParams

    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(0, tokenizer.vocab_size, (B, L), generator=g)
    filler = tokenizer.encode(" x")[0]
    ids[(ids == tokenizer.eos_id) | (ids == tokenizer.pad_id)] = filler  # no early end of text, no padding
    params = [SamplingParams(max_tokens=new_tokens, seed=seed * 1000 + b) for b in range(B)]
    labenv.reset_peak_rss()
    rss0 = labenv.rss_mb()
    t0 = time.perf_counter()
    res = generate_offline(model, tokenizer, [row.tolist() for row in ids], params, EngineConfig(max_running=B))
    wall = time.perf_counter() - t0
    tpot = [r.decode_s / (r.completion_tokens - 1) for r in res if r.completion_tokens > 1]
    cfg = model.config
    kv_mb = 2 * cfg.n_layer * B * cfg.block_size * cfg.n_embd * 4 / 2 ** 20  # fp32 slot cache, preallocated
    return {"B": B, "L": L, "ttft_s": sum(r.time_to_first_token_s for r in res) / B,
            "ttft_max_s": max(r.time_to_first_token_s for r in res),
            "tpot_s": sum(tpot) / len(tpot) if tpot else None, "wall_s": wall,
            "completion_tokens": sum(r.completion_tokens for r in res) / B,
            "peak_mb": max(0.0, labenv.peak_rss_mb() - rss0), "kv_cache_mb": kv_mb}


def fit(xs, ys, degree: int) -> list[float]:
    """Least-squares coefficients [a, b, (c)] of a + b·x (+ c·x²)."""
    X = np.vander(np.asarray(xs, dtype=float), degree + 1, increasing=True)
    coef, *_ = np.linalg.lstsq(X, np.asarray(ys, dtype=float), rcond=None)
    return [float(c) for c in coef]


def evaluate_fit(coef: list[float], x) -> np.ndarray:
    return sum(c * np.asarray(x, dtype=float) ** i for i, c in enumerate(coef))


def max_length_within(coef: list[float], budget: float, lo: int, hi: int) -> int | None:
    """Longest L in [lo, hi] whose fitted value is within budget (None if even lo is over)."""
    xs = np.arange(lo, hi + 1)
    ok = xs[evaluate_fit(coef, xs) <= budget]
    return int(ok.max()) if ok.size else None


def run(ctx: Context) -> dict:
    model, tokenizer, meta = load_model(ctx.checkpoint, "fp32")
    bs = model.config.block_size
    lengths, batches, reps = grid(bs, ctx.quick)
    measure(model, tokenizer, 1, 16)  # warm-up: first calls allocate and pick kernels
    points = []
    for B in batches:
        for L in lengths:
            runs = [measure(model, tokenizer, B, L, seed=r) for r in range(reps)]
            best = min(runs, key=lambda m: m["ttft_s"])  # the least disturbed repetition
            best["tpot_s"] = min(m["tpot_s"] for m in runs)
            best["peak_mb"] = max(m["peak_mb"] for m in runs)
            points.append(best)
            print(f"[context] B={B} L={L}: ttft {best['ttft_s'] * 1000:.1f} ms, "
                  f"tpot {best['tpot_s'] * 1000:.2f} ms, peak +{best['peak_mb']:.0f} MB")

    fits = {}
    for B in batches:
        pts = [p for p in points if p["B"] == B]
        xs = [p["L"] for p in pts]
        fits[B] = {"ttft": fit(xs, [p["ttft_s"] for p in pts], 2 if len(pts) >= 3 else 1),
                   "tpot": fit(xs, [p["tpot_s"] for p in pts], 1)}

    plt = pyplot()
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
    xs = np.linspace(16, lengths[-1], 100)
    for B in batches:
        pts = [p for p in points if p["B"] == B]
        line = axes[0].plot([p["L"] for p in pts], [p["ttft_s"] * 1000 for p in pts], "o", label=f"batch {B}")[0]
        axes[0].plot(xs, evaluate_fit(fits[B]["ttft"], xs) * 1000, "-", color=line.get_color(), alpha=0.6)
        axes[1].plot([p["L"] for p in pts], [p["tpot_s"] * 1000 for p in pts], "o-", label=f"batch {B}")
        axes[2].plot([p["L"] for p in pts], [p["peak_mb"] for p in pts], "o-", label=f"batch {B} measured")
        axes[2].plot([p["L"] for p in pts], [p["kv_cache_mb"] for p in pts], ":", color=line.get_color(),
                     label=f"batch {B} slot KV cache")
    axes[0].set(xlabel="prompt tokens", ylabel="ms", title="time to first token (fit: a + bL + cL²)")
    axes[1].set(xlabel="prompt tokens", ylabel="ms per token", title="time per output token (per request)")
    axes[2].set(xlabel="prompt tokens", ylabel="MB", title="peak memory above the loaded model")
    for ax in axes:
        ax.legend(fontsize=7)
    save_figure(fig, ctx.out / "context.png")

    top, bmax = lengths[-1], batches[-1]
    at = {(p["B"], p["L"]): p for p in points}
    c_ttft = fits[1]["ttft"]
    quad_share = (c_ttft[2] * top ** 2 / evaluate_fit(c_ttft, top)) if len(c_ttft) == 3 else 0.0
    tp1 = fits[1]["tpot"]
    growth = evaluate_fit(tp1, top) / evaluate_fit(tp1, 16) - 1
    caps = {b: max_length_within(fits[bmax]["ttft"], b, 16, top) for b in TTFT_BUDGET_S}
    per_seq = at[(bmax, 16)]["tpot_s"] / bmax  # each step serves bmax requests
    cap_text = "; ".join(f"TTFT ≤ {int(b * 1000)} ms allows prompts up to {c} tokens" if c else
                         f"TTFT ≤ {int(b * 1000)} ms is out of reach even at 16 tokens" for b, c in caps.items())
    conclusion = (f"A full {top}-token prompt costs {at[(1, top)]['ttft_s'] * 1000:.0f} ms to first token at batch 1 "
                  f"vs {at[(1, 16)]['ttft_s'] * 1000:.0f} ms at 16 tokens, and {at[(bmax, top)]['ttft_s'] * 1000:.0f} ms "
                  f"at batch {bmax}; " + (f"the L² term is {quad_share:.0%} of TTFT at {top} tokens. " if quad_share > 0.02 else
                                          f"no measurable L² term: prefill is linear in L at this model size. ") +
                  f"A decode step costs {growth:+.0%} at {top} tokens of context vs 16 (batch 1), and at batch {bmax} "
                  f"a token costs {per_seq * 1000:.1f} ms per sequence vs {at[(1, 16)]['tpot_s'] * 1000:.1f} ms alone. "
                  f"Constraint: at batch {bmax}, {cap_text}; "
                  + ("budget context by TTFT (decode speed barely depends on it)." if growth < 0.5 else
                     "long contexts also slow every decode step, so budget them against TTFT and tokens/s both."))

    report = Report("Context length vs latency")
    report.text(__doc__.split("\n\n", 1)[1].strip())
    report.conclusion(conclusion)
    report.image("context.png", "TTFT with fitted curve, time per output token, peak memory")
    report.heading("Fitted scaling")
    report.table(["batch", "TTFT a (ms)", "b (ms/token)", "c (ms/token²)", "TPOT a (ms)", "b (ms/token)"],
                 [[B, fits[B]["ttft"][0] * 1e3, fits[B]["ttft"][1] * 1e3,
                   (fits[B]["ttft"][2] * 1e3) if len(fits[B]["ttft"]) == 3 else None,
                   fits[B]["tpot"][0] * 1e3, fits[B]["tpot"][1] * 1e3] for B in batches])
    report.heading("Measurements")
    report.table(["batch", "prompt tokens", "TTFT mean (ms)", "TTFT max (ms)", "time per output token (ms)",
                  "tokens/request", "peak memory (MB)", "slot KV cache (MB)"],
                 [[p["B"], p["L"], p["ttft_s"] * 1e3, p["ttft_max_s"] * 1e3, p["tpot_s"] * 1e3,
                   p["completion_tokens"], p["peak_mb"], p["kv_cache_mb"]] for p in points])
    report.text(f"{NEW_TOKENS} new tokens asked per request, fp32, best of {reps} repetition(s). Peak memory is "
                f"the rise of the process's peak RSS during one point (allocator reuse can hide small rises); the "
                f"engine preallocates its KV cache per slot for the whole context, so cache memory follows the batch "
                f"size, not the prompt length.")
    return finish(ctx, report, "Context length vs latency", conclusion,
                  {"points": points, "fits": {str(k): v for k, v in fits.items()}, "ttft_caps": caps,
                   "summary": {"ttft_ms_b1_top": at[(1, top)]["ttft_s"] * 1e3, "fmt": fmt(quad_share)}})
