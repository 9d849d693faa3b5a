"""`tinylab bench run|compare|history|engine` and `tinylab lab context|quant|batching|finetune|all`."""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from lab import bench
from lab.env import REPO_ROOT

DEFAULT_CHECKPOINT = REPO_ROOT / "var" / "checkpoints" / "default"
LAB_OUT = bench.RESULTS / "lab"


def _bench_run(args) -> int:
    config = bench.RunConfig(suite=args.suite, mode=args.mode, checkpoint=str(args.checkpoint), variant=args.variant,
                             seed=args.seed, limit=args.limit, batch_size=args.batch_size, threads=args.threads,
                             temperature=args.temperature)
    out = bench.run(config, Path(args.results), log=lambda m: print(m, file=sys.stderr))
    summary = json.loads((out / "summary.json").read_text())
    p = summary["perf"]
    print(f"run {summary['run_id']} -> {out}")
    for name, m in summary["metrics"].items():
        if name.endswith((".primary", ".pass_rate")):
            print(f"  {name:32s} {m['mean']:.3f}  [{m['lo']:.3f}, {m['hi']:.3f}]  n={m['n']}")
    print(f"  {p['succeeded']}/{p['cases']} cases, {p['tokens_per_s']:.1f} tok/s, latency p50 {p['latency_p50_s']:.3f}s "
          f"p95 {p['latency_p95_s']:.3f}s, peak RSS {p['peak_rss_mb']} MB; other processes busy "
          f"{summary['env']['other_cpu_cores_during']} cores")
    return 0 if p["succeeded"] == p["cases"] else 1


def _bench_compare(args) -> int:
    results = Path(args.results)
    try:
        a, b = bench.load_run(args.a, results), bench.load_run(args.b, results)
    except (FileNotFoundError, LookupError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    th = bench.Thresholds(max_quality_drop=args.max_quality_drop, max_latency_increase=args.max_latency_increase,
                          max_throughput_drop=args.max_throughput_drop, significant_only=args.significant_only,
                          latency=not args.no_latency)
    result = bench.compare(a, b, th)
    print(bench.format_compare(result, all_metrics=args.all))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    return 0 if result["passed"] else 1


def _bench_history(args) -> int:
    rows = bench.history(args.metric, suite=args.suite, variant=args.variant, mode=args.mode,
                         results_dir=Path(args.results),
                         checkpoint=None if args.checkpoint == "any" else args.checkpoint)
    if not rows:
        print(f"no runs with metric {args.metric!r} under {args.results}", file=sys.stderr)
        return 1
    print(bench.format_history(rows))
    out = Path(args.out) if args.out else Path(args.results) / "history" / \
        f"{args.metric}{'-' + args.suite.replace('@', '-') if args.suite else ''}.png"
    bench.plot_history(rows, args.metric, out)
    print(f"plot: {out}")
    return 0


def _bench_engine(args) -> int:
    """The engine micro-benchmark lives with the engine (`inference_worker.bench`)."""
    if importlib.util.find_spec("inference_worker.bench") is None:
        print("the engine micro-benchmark (inference_worker.bench) is not available in this tree", file=sys.stderr)
        return 1
    from inference_worker.bench import main

    return main(args.rest) or 0


def _lab(args) -> int:
    from lab import experiments

    return experiments.main(args)


def add_parser(sub) -> None:
    b = sub.add_parser("bench", help="benchmark runs as artifacts: run a suite, compare two runs, history")
    bsub = b.add_subparsers(dest="bench_command", required=True)

    r = bsub.add_parser("run", help="run a suite and write results/<commit>/<run-id>/")
    r.add_argument("--suite", required=True, help="suite name, optionally pinned: demo or demo@v1")
    r.add_argument("--mode", choices=bench.MODES, default="engine",
                   help="engine: the model in this process (deterministic); stack: through gateway, workers, scorer")
    r.add_argument("--checkpoint", default=str(DEFAULT_CHECKPOINT))
    r.add_argument("--variant", choices=("fp32", "bf16", "int8"), default="fp32")
    r.add_argument("--seed", type=int, default=0, help="added to every case's seed (greedy decoding ignores it)")
    r.add_argument("--limit", type=int, default=None, help="only the first N cases")
    r.add_argument("--batch-size", type=int, default=16)
    r.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    r.add_argument("--temperature", type=float, default=None, help="override greedy decoding")
    r.add_argument("--results", default=str(bench.RESULTS))
    r.set_defaults(func=_bench_run)

    c = bsub.add_parser("compare", help="per-metric deltas B - A with paired CIs; exit 1 on a regression")
    c.add_argument("a", help="baseline: run directory, run id or unique prefix")
    c.add_argument("b", help="candidate")
    c.add_argument("--max-quality-drop", type=float, default=0.02, help="absolute fall of a primary score or pass rate")
    c.add_argument("--max-latency-increase", type=float, default=0.20, help="relative rise of latency p50/p95, TTFT")
    c.add_argument("--max-throughput-drop", type=float, default=0.20, help="relative fall of tokens/s")
    c.add_argument("--significant-only", action="store_true", help="gate only when the 95%% CI excludes no change")
    c.add_argument("--no-latency", action="store_true", help="do not gate on latency/throughput (noisy runners)")
    c.add_argument("--all", action="store_true", help="show every metric, not only the gated ones")
    c.add_argument("--json", help="also write the comparison as JSON here")
    c.add_argument("--results", default=str(bench.RESULTS))
    c.set_defaults(func=_bench_compare)

    h = bsub.add_parser("history", help="a metric across commits: table and PNG")
    h.add_argument("--metric", required=True, help="e.g. extraction.primary, all.pass_rate, tokens_per_s")
    h.add_argument("--suite", default=None)
    h.add_argument("--variant", default="fp32")
    h.add_argument("--mode", default="engine")
    h.add_argument("--checkpoint", default=str(DEFAULT_CHECKPOINT), help="only runs of this model ('any': all)")
    h.add_argument("--out", default=None, help="PNG path (default results/history/<metric>.png)")
    h.add_argument("--results", default=str(bench.RESULTS))
    h.set_defaults(func=_bench_history)

    # Every argument passes through to the engine's own parser: with "+" as the only option prefix,
    # this parser takes "--flags" as plain words.
    e = bsub.add_parser("engine", help="engine micro-benchmark (inference_worker.bench)", add_help=False,
                        prefix_chars="+")
    e.add_argument("rest", nargs=argparse.REMAINDER)
    e.set_defaults(func=_bench_engine)

    lab = sub.add_parser("lab", help="the four experiments; each writes results/lab/<name>/report.{md,html}")
    lsub = lab.add_subparsers(dest="lab_command", required=True)
    for name, text in [("context", "context length vs latency"), ("quant", "quantization vs quality"),
                       ("batching", "batching under CPU-only inference"), ("finetune", "fine-tune overfitting"),
                       ("all", "all four, then results/lab/index.html")]:
        p = lsub.add_parser(name, help=text)
        p.add_argument("--checkpoint", default=None,
                       help="base model (default var/checkpoints/default; trained quickly if missing)")
        p.add_argument("--out", default=str(LAB_OUT))
        p.add_argument("--results", default=str(bench.RESULTS), help="where `lab quant` writes its bench runs")
        p.add_argument("--quick", action="store_true", help="smallest grid: a smoke run in about a minute")
        p.add_argument("--threads", type=int, default=None)
        p.set_defaults(func=_lab)
