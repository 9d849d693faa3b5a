"""Benchmark runs as artifacts: run a suite, write `results/<commit>/<run-id>/`, compare two runs,
follow a metric across commits.

A run directory holds:
    cases.jsonl   one line per case: output, scores, tokens, latency
    summary.json  config, environment (hardware, load, versions, git, checkpoint hash), metrics
                  with bootstrap CIs, throughput, latency quantiles, peak RSS, a hash of all outputs
    scores.png, latency.png

Modes:
- engine: the model in this process, the suite decoded in fixed batches of `batch_size` in suite
  order. Same commit, seed and config give the same outputs: batch composition is fixed, each
  request samples from its own seeded generator, and CPU kernels are deterministic for a fixed
  thread count (recorded).
- stack: every case sent through the real gateway → Redis → inference worker → scorer, started
  as local processes for the run. Measures the service, batching included; outputs can differ
  from engine mode where the engine batches requests differently.
"""
from __future__ import annotations

import hashlib
import json
import secrets
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from lab import env as labenv
from lab.report import fmt, pyplot, save_figure
from lab.stats import mean_ci, paired_diff_ci, percentile, ratio_ci

RESULTS = labenv.REPO_ROOT / "results"
MODES = ("engine", "stack")
# Metrics whose fall is a regression (quality) and perf figures whose rise (or fall) is one.
GATED_QUALITY = ("primary", "pass_rate")
LATENCY_METRICS = ("latency_p50_s", "latency_p95_s", "ttft_p50_s")
THROUGHPUT_METRICS = ("tokens_per_s",)


@dataclass(frozen=True)
class RunConfig:
    suite: str  # "name" or "name@vN"
    mode: str = "engine"
    checkpoint: str = str(labenv.REPO_ROOT / "var" / "checkpoints" / "default")
    variant: str = "fp32"
    seed: int = 0  # added to every case's own seed
    limit: int | None = None  # first N cases of the suite
    batch_size: int = 16
    threads: int | None = None  # torch threads; None = torch's default
    temperature: float | None = None  # None: the suite's greedy default

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"unknown mode {self.mode!r}; choose one of {', '.join(MODES)}")


# --- running ---------------------------------------------------------------------------------------

def load_cases(config: RunConfig, suites_dir: Path | None = None):
    from scorer.suites import load_suite
    from tinylab.settings import Settings

    suite = load_suite(suites_dir or Settings().suites_dir, config.suite)
    cases = list(suite.cases)[: config.limit] if config.limit else list(suite.cases)
    return suite, cases


def numeric_metrics(score: dict) -> dict[str, float]:
    """The score's metrics that average over a suite (floats; per-field dicts and Nones left out)."""
    return {k: float(v) for k, v in score.get("metrics", {}).items()
            if isinstance(v, (int, float)) and not isinstance(v, bool) and v is not None}


def score_case(case, output: str, perplexity: float | None = None) -> dict:
    """Grade an output against a suite case (its reference(s) and rubric parameters)."""
    from scorer import rubric

    if hasattr(rubric, "score_case"):
        return rubric.score_case(case, output, perplexity=perplexity)
    return rubric.score_output(case.task_type, output, case.reference, prompt=case.prompt, perplexity=perplexity)


def weight_bytes(model) -> int:
    """Bytes of the weights as stored (int8 packed weights count one byte each)."""
    import torch

    def size(v) -> int:
        if isinstance(v, torch.Tensor):
            return v.numel() * v.element_size()
        if isinstance(v, (tuple, list)):
            return sum(size(x) for x in v)
        return 0

    seen, total = set(), 0
    for v in model.state_dict().values():
        if isinstance(v, torch.Tensor):
            if v.data_ptr() in seen:  # tied embeddings: one matrix
                continue
            seen.add(v.data_ptr())
        total += size(v)
    return total


def load_model(checkpoint: str | Path, variant: str = "fp32"):
    """(model, tokenizer, meta) of a checkpoint in a numeric variant."""
    from inference_worker.checkpoint import load_checkpoint
    from inference_worker.variants import apply_variant

    model, tokenizer, meta = load_checkpoint(checkpoint)
    return apply_variant(model, variant), tokenizer, meta


def run_engine(config: RunConfig, cases, log=print) -> tuple[list[dict], dict]:
    """Decode the cases in fixed batches in this process; returns (case records, perf figures)."""
    import torch

    from inference_worker.generate import SamplingParams, generate_batch

    if config.threads:
        torch.set_num_threads(config.threads)
    labenv.reset_peak_rss()
    rss0 = labenv.rss_mb()
    t0 = time.perf_counter()
    model, tokenizer, meta = load_model(config.checkpoint, config.variant)
    load_s = time.perf_counter() - t0
    records, gen_s = [], 0.0
    for i in range(0, len(cases), config.batch_size):
        chunk = cases[i:i + config.batch_size]
        params = [SamplingParams(max_tokens=c.max_tokens, seed=c.seed + config.seed,
                                 temperature=config.temperature or 0.0) for c in chunk]
        t = time.perf_counter()
        results = generate_batch(model, tokenizer, [c.prompt for c in chunk], params)
        batch_s = time.perf_counter() - t
        gen_s += batch_s
        for c, p, r in zip(chunk, params, results):
            score = score_case(c, r.text, r.perplexity)
            # The engine times each request (wait for a slot, prefill, decode); without those
            # fields a request's latency is its batch's.
            decode_s = getattr(r, "decode_s", None)
            if decode_s is None:
                decode_s, latency = batch_s - r.time_to_first_token_s, batch_s
            else:
                latency = getattr(r, "queue_wait_s", 0.0) + r.time_to_first_token_s + decode_s
            tpot = decode_s / (r.completion_tokens - 1) if r.completion_tokens > 1 else None
            records.append({
                "id": c.id, "task_type": c.task_type, "seed": p.seed, "status": "succeeded",
                "output": r.text, "reference": c.reference, "finish_reason": r.finish_reason,
                "prompt_tokens": r.prompt_tokens, "completion_tokens": r.completion_tokens,
                "perplexity": r.perplexity, "ttft_s": r.time_to_first_token_s, "tpot_s": tpot,
                "latency_s": latency, "batch_size": len(chunk),
                "primary": score["primary"], "passed": score["passed"], "metrics": numeric_metrics(score),
                "rubric": score["rubric"]})
        log(f"[bench] {min(i + config.batch_size, len(cases))}/{len(cases)} cases, batch {batch_s:.2f}s")
    perf = {"model_load_s": load_s, "generate_s": gen_s, "peak_rss_mb": labenv.peak_rss_mb(),
            "rss_before_model_mb": rss0, "weight_mb": weight_bytes(model) / 2 ** 20,
            "model_params": sum(p.numel() for p in model.parameters()) if config.variant != "int8" else None}
    return records, {**perf, "checkpoint_meta": _meta_subset(meta)}


def _meta_subset(meta: dict) -> dict:
    keys = ("size", "seed", "steps", "num_params", "final_val_loss", "data_hash", "git_commit")
    return {k: meta.get(k) for k in keys if k in meta}


def run_stack(config: RunConfig, cases, log=print, timeout_s: float = 900) -> tuple[list[dict], dict]:
    """Send every case through a freshly started local stack (redis, worker, scorer, gateway)."""
    import requests

    from tinylab.settings import Settings
    from tinylab.stack import Stack, free_port

    key = secrets.token_hex(16)
    port = free_port()
    settings = Settings(redis_url=f"redis://127.0.0.1:{port}/0", api_keys=(key,), checkpoint_dir=Path(config.checkpoint),
                        model_variant=config.variant, max_batch_size=config.batch_size, key_prefix="bench",
                        device_threads=config.threads or 0)
    run_dir = Path(tempfile.mkdtemp(prefix="tinylab-bench-"))
    stack = Stack(settings, run_dir)
    try:
        stack.start_redis(port)
        stack.start_inference_worker(0)
        stack.start_scorer()
        gateway = stack.start_gateway(free_port(), workers=1)
        stack.wait_ready(gateway, timeout=180)
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {key}"
        suite_name = config.suite
        t0 = time.perf_counter()
        ids = {}
        for c in cases:
            body = {"prompt": c.prompt, "suite": suite_name, "case_id": c.id, "seed": c.seed + config.seed,
                    "max_tokens": c.max_tokens}
            if config.temperature:
                body["temperature"] = config.temperature
            answer = session.post(f"{gateway.url}/v1/jobs", json=body, timeout=30)
            ids[c.id] = answer.json().get("id") if answer.status_code in (202, 422) else None
        jobs: dict[str, dict] = {}
        deadline = time.monotonic() + timeout_s
        while len(jobs) < sum(1 for v in ids.values() if v) and time.monotonic() < deadline:
            for cid, jid in ids.items():
                if jid and cid not in jobs:
                    job = session.get(f"{gateway.url}/v1/jobs/{jid}", timeout=10).json()
                    if job["status"] in ("succeeded", "failed", "blocked"):
                        jobs[cid] = job
            time.sleep(0.1)
        wall = time.perf_counter() - t0
        log(f"[bench] stack: {len(jobs)}/{len(cases)} jobs finished in {wall:.1f}s")
    except Exception:
        print(stack.logs()[-4000:], file=sys.stderr)
        raise
    finally:
        stack.stop()
    records = []
    for c in cases:
        job = jobs.get(c.id, {"status": "lost"})
        score = job.get("score") or {}
        t = job.get("timings") or {}
        usage = job.get("usage") or {}
        records.append({
            "id": c.id, "task_type": c.task_type, "seed": c.seed + config.seed, "status": job["status"],
            "output": job.get("output"), "reference": c.reference, "finish_reason": job.get("finish_reason"),
            "prompt_tokens": usage.get("prompt_tokens"), "completion_tokens": usage.get("completion_tokens"),
            "perplexity": job.get("perplexity"), "ttft_s": t.get("time_to_first_token_s"), "tpot_s": None,
            "latency_s": t.get("total_s"), "queue_wait_s": t.get("queue_wait_s"), "batch_size": job.get("batch_size"),
            "primary": score.get("primary"), "passed": score.get("passed"), "metrics": numeric_metrics(score),
            "rubric": score.get("rubric")})
    return records, {"generate_s": wall, "peak_rss_mb": None, "model_load_s": None, "weight_mb": None}


# --- summarizing -----------------------------------------------------------------------------------

def outputs_sha256(records: list[dict]) -> str:
    """One hash over (id, output) of every case: two runs made the same outputs iff it matches."""
    h = hashlib.sha256()
    for r in sorted(records, key=lambda r: r["id"]):
        h.update(json.dumps([r["id"], r["output"]], ensure_ascii=False).encode())
    return h.hexdigest()


def aggregate(records: list[dict], seed: int = 0) -> dict[str, dict]:
    """'<task>.<metric>' (and 'all.primary', 'all.pass_rate') → {mean, lo, hi, n}."""
    by_task: dict[str, list[dict]] = {}
    for r in records:
        if r.get("primary") is not None:
            by_task.setdefault(r["task_type"], []).append(r)
    out = {}
    for task, rs in sorted(by_task.items()):
        out[f"{task}.primary"] = mean_ci([r["primary"] for r in rs], seed=seed)
        out[f"{task}.pass_rate"] = mean_ci([float(r["passed"]) for r in rs], seed=seed)
        for name in sorted({k for r in rs for k in r["metrics"]}):
            out[f"{task}.{name}"] = mean_ci([r["metrics"].get(name) for r in rs], seed=seed)
    scored = [r for rs in by_task.values() for r in rs]
    if len(by_task) > 1:
        out["all.primary"] = mean_ci([r["primary"] for r in scored], seed=seed)
        out["all.pass_rate"] = mean_ci([float(r["passed"]) for r in scored], seed=seed)
    return out


def case_values(records: list[dict], metric: str) -> dict[str, float]:
    """Per-case value of an aggregate's metric name, keyed by case id (for paired comparisons)."""
    task, _, name = metric.partition(".")
    out = {}
    for r in records:
        if r.get("primary") is None or (task != "all" and r["task_type"] != task):
            continue
        if name == "primary":
            out[r["id"]] = r["primary"]
        elif name == "pass_rate":
            out[r["id"]] = float(r["passed"])
        elif name in r["metrics"]:
            out[r["id"]] = r["metrics"][name]
    return out


def performance(records: list[dict], perf: dict, wall_s: float) -> dict:
    done = [r for r in records if r["status"] == "succeeded"]
    tokens = sum(r["completion_tokens"] or 0 for r in done)
    gen_s = perf.get("generate_s") or wall_s
    lat = [r["latency_s"] for r in done]
    ttft = [r["ttft_s"] for r in done]
    tpot = [r["tpot_s"] for r in done if r.get("tpot_s") is not None]
    return {"cases": len(records), "succeeded": len(done), "completion_tokens": tokens,
            "tokens_per_s": tokens / gen_s if gen_s else None, "cases_per_s": len(done) / gen_s if gen_s else None,
            "latency_p50_s": percentile(lat, 0.5), "latency_p95_s": percentile(lat, 0.95),
            "ttft_p50_s": percentile(ttft, 0.5), "ttft_p95_s": percentile(ttft, 0.95),
            "tpot_p50_s": percentile(tpot, 0.5), "wall_s": wall_s,
            **{k: v for k, v in perf.items() if k != "checkpoint_meta"}}


def run_id_for(config: RunConfig, suite_ref: str, when: datetime) -> str:
    rid = f"{when:%Y%m%dT%H%M%SZ}-{suite_ref.replace('@', '-')}-{config.variant}-{config.mode}"
    if config.seed:
        rid += f"-s{config.seed}"
    if config.limit:
        rid += f"-n{config.limit}"
    return rid


def commit_dir(git: dict) -> str:
    """results/<this>/: the short commit, marked when the tree had uncommitted changes."""
    name = git.get("short") or "nogit"
    return name + "-dirty" if git.get("dirty") else name


def run(config: RunConfig, results_dir: Path = RESULTS, suites_dir: Path | None = None, log=print) -> Path:
    """Run a suite and write its artifacts; returns the run directory."""
    started = datetime.now(timezone.utc)
    monitor = labenv.CpuMonitor()
    load_start = labenv.load_snapshot(monitor)
    suite, cases = load_cases(config, suites_dir)
    git = labenv.git_state()
    monitor.start()
    t0 = time.perf_counter()
    runner = run_engine if config.mode == "engine" else run_stack
    records, perf = runner(config, cases, log=log)
    wall = time.perf_counter() - t0
    during = monitor.stop()
    load_end = labenv.load_snapshot(monitor)

    env = {"hardware": labenv.hardware_profile(), "versions": labenv.versions(), "git": git,
           "load_start": load_start, "load_end": load_end, "other_cpu_cores_during": during,
           "checkpoint": config.checkpoint, "checkpoint_sha256": labenv.checkpoint_sha256(config.checkpoint),
           "checkpoint_meta": perf.get("checkpoint_meta", {})}
    summary = {"run_id": run_id_for(config, suite.ref, started), "created": started.isoformat(timespec="seconds"),
               "suite": suite.name, "suite_ref": suite.ref, "config": asdict(config),
               "seeds": {"offset": config.seed, "cases": [r["seed"] for r in records]},
               "env": env, "metrics": aggregate(records), "perf": performance(records, perf, wall),
               "outputs_sha256": outputs_sha256(records)}
    out = Path(results_dir) / commit_dir(git) / summary["run_id"]
    n = 1
    while out.exists():  # two runs in the same second
        n += 1
        out = out.with_name(f"{summary['run_id']}-{n}")
    summary["run_id"] = out.name
    write_run(out, summary, records)
    return out


def write_run(out: Path, summary: dict, records: list[dict]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "cases.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    (out / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    plot_run(out, summary, records)


def plot_run(out: Path, summary: dict, records: list[dict]) -> None:
    plt = pyplot()

    metrics = summary["metrics"]
    tasks = sorted({k.split(".")[0] for k in metrics if k.endswith(".primary") and not k.startswith("all.")})
    fig, ax = plt.subplots(figsize=(6, 3.2))
    for j, (name, label) in enumerate([("primary", "primary score"), ("pass_rate", "pass rate")]):
        ms = [metrics[f"{t}.{name}"] for t in tasks]
        xs = [i + (j - 0.5) * 0.38 for i in range(len(tasks))]
        ax.bar(xs, [m["mean"] for m in ms], width=0.36, label=label,
               yerr=[[m["mean"] - m["lo"] for m in ms], [m["hi"] - m["mean"] for m in ms]], capsize=3)
    ax.set_xticks(range(len(tasks)), tasks)
    ax.set_ylim(0, 1)
    ax.set_title(f"{summary['suite_ref']} {summary['config']['variant']} ({summary['config']['mode']}), 95% CI")
    ax.legend(fontsize=8)
    save_figure(fig, out / "scores.png")

    fig, ax = plt.subplots(figsize=(6, 3.2))
    done = [r for r in records if r["status"] == "succeeded" and r.get("prompt_tokens") is not None]
    for task in tasks:
        rs = [r for r in done if r["task_type"] == task]
        ax.scatter([r["prompt_tokens"] for r in rs], [r["ttft_s"] for r in rs], s=10, label=task)
    ax.set_xlabel("prompt tokens")
    ax.set_ylabel("time to first token (s)")
    ax.set_title(f"TTFT per case; latency p50 {fmt(summary['perf']['latency_p50_s'])} s, "
                 f"{fmt(summary['perf']['tokens_per_s'], 1)} tok/s")
    ax.legend(fontsize=8)
    save_figure(fig, out / "latency.png")


# --- reading runs ----------------------------------------------------------------------------------

@dataclass
class Run:
    path: Path
    summary: dict
    records: list[dict]

    @property
    def id(self) -> str:
        return self.summary["run_id"]


def find_run(ref: str, results_dir: Path = RESULTS) -> Path:
    """A run directory from a path, a run id, or a unique prefix of one."""
    p = Path(ref)
    if (p / "summary.json").is_file():
        return p
    matches = sorted(d for d in Path(results_dir).rglob(f"{ref}*") if (d / "summary.json").is_file())
    exact = [d for d in matches if d.name == ref]
    if len(exact) == 1 or len(matches) == 1:
        return (exact or matches)[0]
    if not matches:
        raise FileNotFoundError(f"no run {ref!r} (neither a run directory nor a run id under {results_dir})")
    raise LookupError(f"run id {ref!r} is ambiguous: " + ", ".join(d.name for d in matches[:5]))


def load_run(ref: str | Path, results_dir: Path = RESULTS) -> Run:
    path = find_run(str(ref), results_dir)
    summary = json.loads((path / "summary.json").read_text())
    with open(path / "cases.jsonl", encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    return Run(path, summary, records)


def all_runs(results_dir: Path = RESULTS) -> list[dict]:
    out = []
    for p in sorted(Path(results_dir).rglob("summary.json")):  # results/<commit>/<run>, results/reference/...
        try:
            s = json.loads(p.read_text())
        except (OSError, json.JSONDecodeError):
            continue
        s["_path"] = str(p.parent)
        out.append(s)
    return out


# --- comparing -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Thresholds:
    max_quality_drop: float = 0.02  # absolute, on 0..1 scores
    max_latency_increase: float = 0.20  # relative: +20%
    max_throughput_drop: float = 0.20  # relative: -20%
    significant_only: bool = False  # gate only when the paired CI excludes zero
    latency: bool = True  # gate on latency and throughput (off on noisy shared runners)


def compare(a: Run, b: Run, th: Thresholds = Thresholds()) -> dict:
    """Per-metric deltas B - A with paired bootstrap CIs over the cases both ran, and the verdict."""
    ra = {r["id"]: r for r in a.records}
    rb = {r["id"]: r for r in b.records}
    shared = sorted(set(ra) & set(rb))
    warnings = []
    if a.summary["suite_ref"] != b.summary["suite_ref"]:
        warnings.append(f"different suites: {a.summary['suite_ref']} vs {b.summary['suite_ref']}")
    if set(ra) != set(rb):
        warnings.append(f"case sets differ; comparing the {len(shared)} cases both ran")
    ha, hb = a.summary["env"]["hardware"], b.summary["env"]["hardware"]
    if (ha.get("cpu_model"), ha.get("torch_threads")) != (hb.get("cpu_model"), hb.get("torch_threads")):
        warnings.append("different CPU or thread count: latency deltas are not comparable")
    ca, cb = a.summary["env"].get("checkpoint_sha256"), b.summary["env"].get("checkpoint_sha256")
    if ca and cb and ca != cb:
        warnings.append(f"different models: checkpoint sha256 {ca[:12]} vs {cb[:12]}")
    va, vb = a.summary["config"].get("variant"), b.summary["config"].get("variant")
    if va != vb:
        warnings.append(f"different variants: {va} vs {vb}")
    for run in (a, b):
        busy = run.summary["env"].get("other_cpu_cores_during")
        if busy is not None and busy > 0.5:
            warnings.append(f"{run.id}: other processes kept {busy:.2f} cores busy; its latency is inflated")

    rows, failures = [], []
    sa = [ra[i] for i in shared]
    sb = [rb[i] for i in shared]
    names = sorted(set(a.summary["metrics"]) & set(b.summary["metrics"]))
    for name in names:
        va, vb = case_values(sa, name), case_values(sb, name)
        ids = [i for i in shared if i in va and i in vb]
        d = paired_diff_ci([va[i] for i in ids], [vb[i] for i in ids])
        if d["n"] == 0:
            continue
        gated = name.split(".", 1)[1] in GATED_QUALITY
        regressed = gated and d["delta"] < -th.max_quality_drop and (not th.significant_only or d["hi"] < 0)
        row = {"metric": name, "kind": "quality", "a": _mean(va, ids), "b": _mean(vb, ids), "delta": d["delta"],
               "lo": d["lo"], "hi": d["hi"], "n": d["n"], "gated": gated, "regressed": regressed,
               "limit": -th.max_quality_drop if gated else None}
        rows.append(row)
        if regressed:
            failures.append(f"{name} fell by {-d['delta']:.3f} (95% CI of B-A [{d['lo']:+.3f}, {d['hi']:+.3f}]), "
                            f"more than the allowed {th.max_quality_drop:.3f}")

    pa, pb = a.summary["perf"], b.summary["perf"]
    for name in LATENCY_METRICS + THROUGHPUT_METRICS:
        if pa.get(name) is None or pb.get(name) is None or not pa[name]:
            continue
        rel = pb[name] / pa[name] - 1
        ci = {"lo": None, "hi": None}
        per_case = {"latency_p50_s": ("latency_s", 0.5), "latency_p95_s": ("latency_s", 0.95),
                    "ttft_p50_s": ("ttft_s", 0.5)}.get(name)
        if per_case:
            field, q = per_case
            ci = ratio_ci([ra[i][field] for i in shared], [rb[i][field] for i in shared], q=q)
        throughput = name in THROUGHPUT_METRICS
        limit = -th.max_throughput_drop if throughput else th.max_latency_increase
        regressed = th.latency and ((rel < limit) if throughput else (rel > limit))
        if regressed and th.significant_only and ci.get("lo") is not None:
            regressed = ci["lo"] > 0 if not throughput else True
        rows.append({"metric": name, "kind": "throughput" if throughput else "latency", "a": pa[name], "b": pb[name],
                     "delta": rel, "lo": ci.get("lo"), "hi": ci.get("hi"), "n": len(shared), "gated": th.latency,
                     "regressed": regressed, "limit": limit, "relative": True})
        if regressed:
            failures.append(f"{name} changed by {rel:+.1%} ({pa[name]:.4g} -> {pb[name]:.4g}), past the "
                            f"allowed {limit:+.0%}")
    same_outputs = a.summary.get("outputs_sha256") == b.summary.get("outputs_sha256")
    return {"a": a.id, "b": b.id, "shared_cases": len(shared), "rows": rows, "failures": failures,
            "warnings": warnings, "same_outputs": same_outputs, "passed": not failures}


def _mean(values: dict, ids: list[str]) -> float | None:
    return sum(values[i] for i in ids) / len(ids) if ids else None


def format_compare(result: dict, all_metrics: bool = False) -> str:
    lines = [f"A = {result['a']}", f"B = {result['b']}",
             f"{result['shared_cases']} shared cases; outputs {'identical' if result['same_outputs'] else 'differ'}"]
    lines += [f"warning: {w}" for w in result["warnings"]]
    header = ("metric", "A", "B", "B-A", "95% CI", "gate")
    rows = [header]
    for r in result["rows"]:
        if not (all_metrics or r["gated"] or r["kind"] != "quality"):
            continue
        if r.get("relative"):
            delta = f"{r['delta']:+.1%}"
            ci = f"[{r['lo']:+.1%}, {r['hi']:+.1%}]" if r["lo"] is not None else ""
        else:
            delta = f"{r['delta']:+.3f}"
            ci = f"[{r['lo']:+.3f}, {r['hi']:+.3f}]"
        gate = "REGRESSED" if r["regressed"] else ("ok" if r["gated"] else "")
        rows.append((r["metric"], f"{r['a']:.4g}", f"{r['b']:.4g}", delta, ci, gate))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    lines.append("PASS" if result["passed"] else "FAIL: " + "; ".join(result["failures"]))
    return "\n".join(lines)


# --- history ---------------------------------------------------------------------------------------

def metric_value(summary: dict, metric: str) -> tuple[float | None, float | None, float | None]:
    """(value, lo, hi) of a metric: an aggregate ('extraction.primary') or a perf figure ('tokens_per_s')."""
    m = summary.get("metrics", {}).get(metric)
    if m is not None:
        return m["mean"], m["lo"], m["hi"]
    v = summary.get("perf", {}).get(metric)
    return (v, None, None) if isinstance(v, (int, float)) else (None, None, None)


def history(metric: str, suite: str | None = None, variant: str | None = "fp32", mode: str | None = "engine",
            results_dir: Path = RESULTS, commits: list[str] | None = None, checkpoint: str | None = None) -> list[dict]:
    """The latest matching run per commit, ordered by git history (oldest first); commits not in
    HEAD's history (other branches, dirty trees of unknown base) go last, by run time. `checkpoint`
    (a directory) keeps only runs of that model directory, so a one-off run of another model does
    not stand for its commit."""
    want = Path(checkpoint).resolve() if checkpoint else None
    order = {c[:12]: i for i, c in enumerate(commits if commits is not None else labenv.git_history())}
    latest: dict[str, dict] = {}
    for s in all_runs(results_dir):
        if suite and suite not in (s.get("suite"), s.get("suite_ref")):
            continue
        if variant and s["config"].get("variant") != variant:
            continue
        if mode and s["config"].get("mode") != mode:
            continue
        if want and Path(s["config"].get("checkpoint", "")).resolve() != want:
            continue
        value, lo, hi = metric_value(s, metric)
        if value is None:
            continue
        key = Path(s["_path"]).parent.name
        if key not in latest or s["created"] > latest[key]["created"]:
            latest[key] = {"commit": key, "base": key.removesuffix("-dirty"), "created": s["created"],
                           "run_id": s["run_id"], "suite": s["suite_ref"], "value": value, "lo": lo, "hi": hi,
                           "subject": s["env"]["git"].get("subject")}
    return sorted(latest.values(), key=lambda r: (order.get(r["base"], len(order)), r["commit"].endswith("-dirty"),
                                                  r["created"]))


def plot_history(rows: list[dict], metric: str, path: Path) -> Path:
    plt = pyplot()

    fig, ax = plt.subplots(figsize=(max(5, 0.7 * len(rows) + 2), 3.2))
    xs = list(range(len(rows)))
    ys = [r["value"] for r in rows]
    err = [[(r["value"] - r["lo"]) if r["lo"] is not None else 0 for r in rows],
           [(r["hi"] - r["value"]) if r["hi"] is not None else 0 for r in rows]]
    ax.errorbar(xs, ys, yerr=err, marker="o", capsize=3)
    ax.set_xticks(xs, [r["commit"][:7] + ("*" if r["commit"].endswith("-dirty") else "") for r in rows],
                  rotation=45, fontsize=8)
    ax.set_ylabel(metric)
    ax.set_title(f"{metric} across commits (* = uncommitted changes)")
    return save_figure(fig, path)


def format_history(rows: list[dict]) -> str:
    table = [("commit", "run", "value", "95% CI", "subject")]
    for r in rows:
        ci = f"[{r['lo']:.4g}, {r['hi']:.4g}]" if r["lo"] is not None else ""
        table.append((r["commit"], r["run_id"], f"{r['value']:.4g}", ci, (r["subject"] or "")[:50]))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in table)
