"""Experiment 3: batching under CPU-only inference.

Requests (the lab suites' prompts, at most MAX_TOKENS new tokens each, greedy) arrive as a Poisson
process at a fixed rate into the inference engine with a given max batch size; each request's
latency runs from its arrival to its result. Per (max batch, rate): achieved throughput (requests
and tokens per second) and p50/p95 latency. Once a max batch size cannot keep up with a rate (it
completes under SATURATED of the requests per second that arrived), higher rates are skipped: they only
lengthen the queue.

The knee: the smallest max batch size that reaches 90% of the best throughput, and per batch size
the highest rate it sustains.
"""
from __future__ import annotations

import time
from concurrent.futures import Future

import numpy as np

from lab.bench import load_model
from lab.experiments import Context, finish, log, suite_cases
from lab.report import Report, pyplot, save_figure
from lab.stats import percentile

MAX_TOKENS = 32
SATURATED = 0.8  # achieved / offered request rate below this: the engine has fallen behind
KNEE_SHARE = 0.9
ARRIVAL_S = 3.0  # at high rates, send requests for at least this long (more than the minimum count)


def grid(quick: bool) -> tuple[list[int], list[float], int]:
    """(max batch sizes, arrival rates in requests/s, minimum requests per point)."""
    if quick:
        return [1, 4], [8.0, 32.0], 8
    return [1, 2, 4, 8, 16], [2.0, 4.0, 8.0, 16.0, 32.0], 32


def make_engine(model, tokenizer, max_batch: int):
    """(engine, kind): the worker's continuous-batching engine with max_batch slots."""
    from inference_worker.engine import Engine, EngineConfig

    return Engine(model, tokenizer, EngineConfig(max_running=max_batch)), "continuous batching (Engine)"


def run_point(engine, prompts: list[str], rate: float, n: int, seed: int = 0) -> dict:
    """n Poisson arrivals at `rate` per second; latency, throughput."""
    from inference_worker.generate import SamplingParams

    gaps = np.random.default_rng(seed).exponential(1.0 / rate, n)
    done_at: dict[int, float] = {}
    sent: list[tuple[float, Future]] = []
    t = time.perf_counter()
    for i in range(n):
        t += gaps[i]
        time.sleep(max(0.0, t - time.perf_counter()))
        arrived = time.perf_counter()
        f = engine.submit(prompts[i % len(prompts)], SamplingParams(max_tokens=MAX_TOKENS, seed=i))
        f.add_done_callback(lambda _f, i=i: done_at.__setitem__(i, time.perf_counter()))
        sent.append((arrived, f))
    results = [f.result(timeout=900) for _, f in sent]
    while len(done_at) < n:  # callbacks run just after result() returns
        time.sleep(0.001)
    latency = [done_at[i] - sent[i][0] for i in range(n)]
    # Completion rate between the first and the last completion: it matches the arrival rate while
    # the engine keeps up and its capacity once it cannot (the first request's own latency is left
    # out, which would otherwise bias short runs at high rates).
    order = sorted(range(n), key=done_at.__getitem__)
    span = max(done_at[order[-1]] - done_at[order[0]], 1e-9)
    tokens = sum(r.completion_tokens for r in results)
    waits = [getattr(r, "queue_wait_s", None) for r in results]
    # the rate this sample of arrivals actually offered (a Poisson sample of 32 varies by ~20%)
    offered = (n - 1) / max(sent[-1][0] - sent[0][0], 1e-9)
    return {"rate": rate, "offered_rps": offered, "n": n, "achieved_rps": (n - 1) / span,
            "tokens_per_s": (tokens - results[order[0]].completion_tokens) / span,
            "p50_s": percentile(latency, 0.5), "p95_s": percentile(latency, 0.95),
            "queue_wait_p50_s": percentile([w for w in waits if w is not None], 0.5),
            "mean_tokens": tokens / n}


def keeps_up(p: dict) -> bool:
    """The engine completed requests about as fast as they arrived."""
    return p["achieved_rps"] >= SATURATED * p["offered_rps"]


def knee(points: list[dict], batches: list[int]) -> dict:
    """The smallest batch size within KNEE_SHARE of the best throughput; the highest sustained
    rate per batch size (None when even the lowest rate saturates it)."""
    best = {B: max(p["tokens_per_s"] for p in points if p["B"] == B) for B in batches}
    top = max(best.values())
    knee_batch = min(B for B in batches if best[B] >= KNEE_SHARE * top)
    sustained = {}
    for B in batches:
        ok = [p["rate"] for p in points if p["B"] == B and keeps_up(p)]
        sustained[B] = max(ok) if ok else None
    return {"best_tokens_per_s": best, "knee_batch": knee_batch, "sustained_rate": sustained}


def run(ctx: Context) -> dict:
    model, tokenizer, _ = load_model(ctx.checkpoint, "fp32")
    batches, rates, n = grid(ctx.quick)
    per_task = suite_cases(8)
    prompts = [c.prompt for trio in zip(*per_task.values()) for c in trio]  # interleave task types
    points, kind, engine_stats = [], None, {}
    for B in batches:
        engine, kind = make_engine(model, tokenizer, B)
        try:
            run_point(engine, prompts[:2], rates[0], 2, seed=99)  # warm-up
            for j, rate in enumerate(rates):
                count = n if ctx.quick else max(n, round(rate * ARRIVAL_S))
                p = {"B": B, **run_point(engine, prompts, rate, count, seed=j)}
                points.append(p)
                log(f"[batching] max batch {B}, {rate:g} req/s: {p['achieved_rps']:.2f} req/s done, "
                    f"{p['tokens_per_s']:.0f} tok/s, p50 {p['p50_s']:.2f}s p95 {p['p95_s']:.2f}s")
                if not keeps_up(p):
                    break  # higher rates would only queue longer
            stats = engine.stats() if hasattr(engine, "stats") else {}
        finally:
            engine.close()
        engine_stats[B] = stats
        if stats:
            log(f"[batching] engine at max batch {B}: mean batch {stats.get('mean_batch_size', 0):.2f} over "
                f"{stats.get('steps')} steps")
    k = knee(points, batches)

    plt = pyplot()
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
    for B in batches:
        ps = [p for p in points if p["B"] == B]
        axes[0].plot([p["rate"] for p in ps], [p["tokens_per_s"] for p in ps], "o-", label=f"max batch {B}")
        axes[1].plot([p["rate"] for p in ps], [p["p50_s"] for p in ps], "o-", label=f"max batch {B}")
        axes[2].plot([p["rate"] for p in ps], [p["p95_s"] for p in ps], "o-", label=f"max batch {B}")
    for ax, title in zip(axes, ["throughput (tokens/s)", "latency p50 (s)", "latency p95 (s)"]):
        ax.set(xscale="log", xlabel="arrival rate (requests/s)", title=title)
        ax.set_xticks(rates, [f"{r:g}" for r in rates])
        ax.minorticks_off()
        ax.legend(fontsize=7)
    save_figure(fig, ctx.out / "batching.png")
    fig, ax = plt.subplots(figsize=(5, 3.2))
    ax.plot(batches, [k["best_tokens_per_s"][B] for B in batches], "o-")
    ax.axvline(k["knee_batch"], color="grey", ls=":", label=f"knee: max batch {k['knee_batch']}")
    ax.set(xscale="log", xlabel="max batch size", ylabel="best tokens/s", title="saturation throughput")
    ax.set_xticks(batches, [str(b) for b in batches])
    ax.minorticks_off()
    ax.legend(fontsize=8)
    save_figure(fig, ctx.out / "knee.png")

    b1, bk, bmax = batches[0], k["knee_batch"], batches[-1]
    gain = k["best_tokens_per_s"][bk] / k["best_tokens_per_s"][b1]
    sus = k["sustained_rate"][bk]
    at_sus = [p for p in points if p["B"] == bk and p["rate"] == sus]
    if not at_sus:
        sus_text = f"falls behind already at {rates[0]:g} requests/s"
    elif sus == rates[-1]:
        sus_text = f"keeps up with every rate tried, up to {sus:g} requests/s (p95 {at_sus[0]['p95_s']:.2f} s)"
    else:
        sus_text = f"sustains {sus:g} requests/s of this mix (p95 {at_sus[0]['p95_s']:.2f} s)"
    best = max(k["best_tokens_per_s"].values())
    if bk == b1:
        head = (f"On this CPU, batching buys little: max batch {b1} already reaches "
                f"{k['best_tokens_per_s'][b1]:.0f} tokens/s, within {(1 - KNEE_SHARE) * 100:.0f}% of the best "
                f"({best:.0f}). ")
    else:
        head = (f"On this CPU, batching buys {gain:.1f}× throughput: {k['best_tokens_per_s'][b1]:.0f} tokens/s at "
                f"max batch {b1} vs {k['best_tokens_per_s'][bk]:.0f} at {bk}, the knee (the best is {best:.0f}; "
                f"larger batches add less than {(1 - KNEE_SHARE) * 100:.0f}%). ")
    conclusion = (head + f"At max batch {bk} one "
                  f"worker {sus_text}" + ("; past that, latency is queueing" if at_sus and sus != rates[-1] else "") +
                  f". Constraint: run workers at max batch ≥ {bk} and "
                  f"provision one worker per {sus or rates[0]:g}{' (or more: the highest rate tried)' if sus == rates[-1] else ''} requests/s of ≤{MAX_TOKENS}-token completions; more "
                  f"traffic needs more cores, not bigger batches.")

    report = Report("Batching under CPU-only inference")
    report.text(__doc__.split("\n\n", 1)[1].strip())
    report.text(f"Engine: {kind}. At least {n} requests per point, and at least {ARRIVAL_S:g} s of arrivals; at "
                f"most {MAX_TOKENS} new tokens each, prompts from the "
                f"lab suites (task types interleaved).")
    report.conclusion(conclusion)
    report.image("batching.png", "throughput and latency against arrival rate")
    report.image("knee.png", "best throughput against max batch size")
    report.heading("Measurements")
    report.table(["max batch", "rate (req/s)", "arrived req/s", "achieved req/s", "tokens/s", "p50 (s)", "p95 (s)", "tokens/request"],
                 [[p["B"], p["rate"], p["offered_rps"], p["achieved_rps"], p["tokens_per_s"], p["p50_s"], p["p95_s"], p["mean_tokens"]]
                  for p in points])
    report.table(["max batch", "best tokens/s", "highest sustained rate (req/s)", "mean decode batch"],
                 [[B, k["best_tokens_per_s"][B], k["sustained_rate"][B], engine_stats[B].get("mean_batch_size")]
                  for B in batches])
    return finish(ctx, report, "Batching under CPU-only inference", conclusion,
                  {"engine": kind, "points": points, "engine_stats": {str(b): v for b, v in engine_stats.items()}, "knee": {k2: (v if not isinstance(v, dict) else
                                                                  {str(a): b for a, b in v.items()})
                                                              for k2, v in k.items()}})
