"""Experiment 2: quantization vs quality.

Every lab suite runs as a `tinylab bench run` (engine mode, one subprocess per variant and suite,
so each peak RSS is its own) in fp32, bf16 and int8 (dynamic: Linear weights int8, activations
quantized per batch). Scores come with bootstrap CIs, and each variant's change against fp32 with
a paired bootstrap CI over the same cases (`bench compare`). bf16 runs in full only where the CPU
has native bf16 (AVX512-BF16 or AMX); elsewhere a small sample measures how much slower the
emulation is.
"""
from __future__ import annotations

import re
import subprocess
import sys

from lab import bench
from lab.env import REPO_ROOT, hardware_profile
from lab.experiments import Context, finish, lab_suites, log
from lab.report import Report, pyplot, save_figure

VARIANTS = ("fp32", "bf16", "int8")
ACCEPTABLE_DROP = 0.02  # a variant is fine for a task when its primary score falls by less than this
EMULATED_BF16_LIMIT = 8  # cases per suite when bf16 is emulated


def bench_run(suite: str, variant: str, checkpoint, limit: int | None, results_dir, threads: int | None) -> bench.Run:
    """One `tinylab bench run` in a fresh process; returns the loaded run."""
    cmd = [sys.executable, "-m", "tinylab.cli", "bench", "run", "--suite", suite, "--variant", variant,
           "--checkpoint", str(checkpoint), "--results", str(results_dir)]
    if limit:
        cmd += ["--limit", str(limit)]
    if threads:
        cmd += ["--threads", str(threads)]
    done = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True)
    m = re.search(r"^run (\S+) -> (.+)$", done.stdout, re.M)
    if m is None:
        raise RuntimeError(f"bench run {suite} {variant} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return bench.load_run(m.group(2).strip(), results_dir)


def run(ctx: Context) -> dict:
    results_dir = ctx.results
    suites = ["smoke"] if ctx.quick else lab_suites()
    limit = None
    bf16_native = hardware_profile()["bf16_native"]
    runs: dict[tuple[str, str], bench.Run] = {}
    failed: dict[tuple[str, str], str] = {}
    for suite in suites:
        for variant in VARIANTS:
            n = limit
            if variant == "bf16" and not bf16_native:
                n = EMULATED_BF16_LIMIT
            try:
                runs[suite, variant] = r = bench_run(suite, variant, ctx.checkpoint, n, results_dir, ctx.threads)
            except RuntimeError as exc:  # one broken variant must not cost the other eight runs
                failed[suite, variant] = str(exc).strip().splitlines()[-1][:300]
                log(f"[quant] {suite} {variant} FAILED: {failed[suite, variant]}")
                continue
            p = r.summary["perf"]
            log(f"[quant] {suite} {variant}: {p['tokens_per_s']:.1f} tok/s, peak RSS {p['peak_rss_mb']} MB -> {r.path}")

    # per (suite, task) primary score of each variant, and its paired delta against fp32
    rows, deltas = [], {}
    for suite in suites:
        base = runs.get((suite, "fp32"))
        for variant in VARIANTS:
            r = runs.get((suite, variant))
            if r is None or base is None:
                continue
            cmp = bench.compare(base, r, bench.Thresholds(latency=False)) if variant != "fp32" else None
            by_metric = {row["metric"]: row for row in cmp["rows"]} if cmp else {}
            for name, m in r.summary["metrics"].items():
                if not name.endswith(".primary") or name.startswith("all."):
                    continue
                task = name.split(".")[0]
                d = by_metric.get(name)
                if d:
                    deltas[variant, suite, task] = d
                p = r.summary["perf"]
                rows.append([suite, task, variant, m["n"], f"{m['mean']:.3f} [{m['lo']:.3f}, {m['hi']:.3f}]",
                             f"{d['delta']:+.3f} [{d['lo']:+.3f}, {d['hi']:+.3f}]" if d else "",
                             r.summary["metrics"][f"{task}.pass_rate"]["mean"], p["tokens_per_s"],
                             p["latency_p50_s"], p["latency_p95_s"], p["peak_rss_mb"], p["weight_mb"]])

    perf = {v: {k: _mean([runs[s, v].summary["perf"][k] for s in suites if (s, v) in runs])
                for k in ("tokens_per_s", "latency_p50_s", "peak_rss_mb", "weight_mb")} for v in VARIANTS}
    plot(ctx, suites, runs, perf)

    parts = []
    for variant in ("int8", "bf16"):
        ds = {task: d for (v, s, task), d in deltas.items() if v == variant}
        if not ds:
            continue
        if None in (perf[variant]["tokens_per_s"], perf["fp32"]["tokens_per_s"]):
            continue
        speed = perf[variant]["tokens_per_s"] / perf["fp32"]["tokens_per_s"]
        mem = 1 - perf[variant]["peak_rss_mb"] / perf["fp32"]["peak_rss_mb"]
        wmem = 1 - perf[variant]["weight_mb"] / perf["fp32"]["weight_mb"]
        costs = ", ".join(f"{task} {d['delta'] * 100:+.1f} points (95% CI {d['lo'] * 100:+.1f}..{d['hi'] * 100:+.1f})"
                          for task, d in sorted(ds.items()))
        ok = [t for t, d in sorted(ds.items()) if d["delta"] >= -ACCEPTABLE_DROP]
        bad = [t for t, d in sorted(ds.items()) if d["delta"] < -ACCEPTABLE_DROP]
        note = "" if variant != "bf16" or bf16_native else f" (bf16 emulated: {EMULATED_BF16_LIMIT} cases per suite)"
        parts.append(f"{variant} vs fp32 moves the primary score by {costs}, at {speed:.2f}× the throughput, {abs(mem):.0%} "
                     f"{'less' if mem >= 0 else 'more'} peak memory and {wmem:.0%} smaller weights{note}; acceptable (drop < {ACCEPTABLE_DROP * 100:.0f} points) for "
                     f"{', '.join(ok) or 'no task'}" + (f", not for {', '.join(bad)}" if bad else ""))
    busy = max((r.summary["env"].get("other_cpu_cores_during") or 0.0) for r in runs.values()) if runs else 0.0
    if busy > 0.5:
        parts.append(f"Other processes kept up to {busy:.2f} cores busy during these runs, so the speed ratios are "
                     f"indicative only (the scores are not affected)")
    if failed:
        parts.append("Failed runs (left out): " + "; ".join(f"{s} {v}" for s, v in failed))
    conclusion = ". ".join(parts) + "." + (
        " Neither variant is faster than fp32 on this CPU at this model size, so serve fp32 and keep int8 only "
        "for memory-bound deployments." if all(perf[v]["tokens_per_s"] < perf["fp32"]["tokens_per_s"]
                                               for v in ("int8", "bf16") if perf[v]["tokens_per_s"]) else "")

    report = Report("Quantization vs quality")
    report.text(__doc__.split("\n\n", 1)[1].strip())
    report.conclusion(conclusion)
    report.image("scores.png", "primary score per task and variant, 95% bootstrap CI")
    report.image("perf.png", "throughput, latency and memory per variant (mean over suites)")
    report.heading("Scores and performance")
    report.table(["suite", "task", "variant", "n", "primary [95% CI]", "vs fp32 (paired CI)", "pass rate",
                  "tokens/s", "latency p50 (s)", "p95 (s)", "peak RSS (MB)", "weights (MB)"], rows)
    if failed:
        report.heading("Failed runs")
        report.bullets([f"{s} {v}: `{msg}`" for (s, v), msg in failed.items()])
    report.heading("Runs")
    report.bullets([f"{s} {v}: `{runs[s, v].path.relative_to(results_dir) if _under(runs[s, v].path, results_dir) else runs[s, v].path}` "
                    f"(other processes busy {runs[s, v].summary['env']['other_cpu_cores_during']} cores)"
                    for s in suites for v in VARIANTS if (s, v) in runs])
    report.text("Compare any two yourself: `tinylab bench compare <fp32 run> <int8 run> --all`.")
    return finish(ctx, report, "Quantization vs quality", conclusion,
                  {"perf": perf, "bf16_native": bf16_native,
                   "deltas": {f"{v}/{s}/{t}": d for (v, s, t), d in deltas.items()},
                   "runs": {f"{s}/{v}": str(r.path) for (s, v), r in runs.items()},
                   "failed": {f"{s}/{v}": m for (s, v), m in failed.items()}})


def _mean(xs):
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs) if xs else None


def _under(path, root) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def plot(ctx: Context, suites, runs, perf) -> None:
    plt = pyplot()
    labels, per_variant = [], {v: [] for v in VARIANTS}
    for suite in suites:
        if (suite, "fp32") not in runs:
            continue
        for name, _ in sorted(runs[suite, "fp32"].summary["metrics"].items()):
            if name.endswith(".primary") and not name.startswith("all."):
                task = name.split(".")[0]
                labels.append(task if task == suite or len(suites) == 1 else f"{task}\n({suite})")
                for v in VARIANTS:
                    per_variant[v].append(runs[suite, v].summary["metrics"].get(name) if (suite, v) in runs else None)
    fig, ax = plt.subplots(figsize=(7, 3.4))
    w = 0.8 / len(VARIANTS)
    for j, v in enumerate(VARIANTS):
        ms = per_variant[v]
        xs = [i + (j - 1) * w for i in range(len(labels))]
        ax.bar(xs, [m["mean"] if m else 0 for m in ms], width=w, label=v,
               yerr=[[m["mean"] - m["lo"] if m else 0 for m in ms], [m["hi"] - m["mean"] if m else 0 for m in ms]],
               capsize=2)
    ax.set_xticks(range(len(labels)), labels, fontsize=8)
    ax.set_ylim(0, 1)
    ax.set_ylabel("primary score")
    ax.legend(fontsize=8)
    save_figure(fig, ctx.out / "scores.png")

    fig, axes = plt.subplots(1, 3, figsize=(11, 3))
    for ax, (key, label) in zip(axes, [("tokens_per_s", "tokens/s"), ("latency_p50_s", "latency p50 (s)"),
                                       ("peak_rss_mb", "peak RSS (MB)")]):
        ax.bar(list(VARIANTS), [perf[v][key] or 0 for v in VARIANTS], color=["C0", "C1", "C2"])
        ax.set_title(label)
    save_figure(fig, ctx.out / "perf.png")
