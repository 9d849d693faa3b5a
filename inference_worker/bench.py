"""`tinylab bench engine`: our engine against Hugging Face `generate` and a no-KV-cache loop, side by side.

Everything runs in one process on the same weights and prompts (random token ids from a fixed
seed, greedy, exactly --new-tokens each: end-of-text is ignored). For each batch size and prompt
length it reports tokens/s, time to first token, time per output token and peak RSS, the ratio of
ours to HF, and the fraction of the compute ceiling each reaches: the ceiling is the measured fp32
matmul peak divided by the model's FLOPs per generated token. Then: the numeric variants (speed
and quality against fp32), the determinism match rate (requests alone against mixed batches), and,
with --celery, the engine fed by a real Celery worker with jobs trickling in against the same
engine offline. CPU time used by other processes is recorded with every figure: on 2 cores one
busy neighbour makes 2-thread runs several times slower.

    tinylab bench engine                       # the full table (several minutes)
    tinylab bench engine --quick --no-celery   # a smoke run
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import random
import threading
import time
from pathlib import Path

import torch

from inference_worker.engine import Engine, EngineConfig
from inference_worker.sampling import SamplingParams

REPO = Path(__file__).resolve().parent.parent


# ---- measuring --------------------------------------------------------------------------------

def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class PeakRSS:
    """Peak resident memory while the block runs (sampled every 5 ms), and its rise over the start."""

    def __enter__(self):
        self.start = self.peak = rss_mb()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()
        return self

    def _watch(self):
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, rss_mb())

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mb())


def matmul_peak_gflops(seconds: float = 1.0) -> dict:
    """Best fp32 GFLOP/s of large square GEMMs, at the thread count already set."""
    shapes = {"1024x1024x1024": (1024, 1024, 1024), "2048x2048x2048": (2048, 2048, 2048)}
    out = {}
    with torch.inference_mode():
        for name, (m, k, n) in shapes.items():
            a, b = torch.randn(m, k), torch.randn(k, n)
            a @ b
            reps, t0 = 0, time.perf_counter()
            while time.perf_counter() - t0 < seconds:
                a @ b
                reps += 1
            out[name] = round(2 * m * k * n * reps / (time.perf_counter() - t0) / 1e9, 1)
    out["peak"] = max(out.values())
    return out


def flops_per_token(config, context: float) -> float:
    """Multiply-adds x 2 of one generated token: every Linear (the 12 C^2 of a block, and the tied
    lm_head) plus attention over `context` cached positions (q.K and p.V)."""
    C, L = config.n_embd, config.n_layer
    return 2 * (12 * C * C * L + config.vocab_size * C) + 4 * L * context * C


def prompt_ids(n: int, length: int, vocab: int, seed: int = 0) -> list[list[int]]:
    rng = random.Random(seed)
    return [[rng.randrange(2, vocab) for _ in range(length)] for _ in range(n)]


# ---- the three generators ---------------------------------------------------------------------

def run_ours(model, tokenizer, prompts: list[list[int]], new_tokens: int, compile: bool,
             batch_invariant: bool = False) -> dict:
    config = EngineConfig(max_running=len(prompts), prefill_chunk=max(512, sum(map(len, prompts))),
                          compile=compile, batch_invariant=batch_invariant)
    engine = Engine(model, tokenizer, config, start=False)
    params = SamplingParams(max_tokens=new_tokens, ignore_eos=True)
    for p in prompts[:2]:  # warm-up: compiles the decode step for these shapes, not timed
        engine.submit(p, SamplingParams(max_tokens=4, ignore_eos=True))
    engine.run_until_done()
    engine.submit(prompts[0], SamplingParams(max_tokens=4, ignore_eos=True))
    engine.run_until_done()
    before = dict(engine.counters)
    with PeakRSS() as rss:
        t0 = time.perf_counter()
        futures = [engine.submit(p, params) for p in prompts]
        engine.run_until_done()
        wall = time.perf_counter() - t0
    passes = {k: engine.counters[k] - before[k] for k in ("decode_s", "prefill_s", "steps", "prefill_passes")}
    results = [f.result() for f in futures]
    tokens = sum(r.completion_tokens for r in results)
    assert tokens == len(prompts) * new_tokens, f"{tokens} tokens, expected {len(prompts) * new_tokens}"
    return {"tokens_per_s": tokens / wall, "wall_s": wall,
            "ttft_s": sum(r.queue_wait_s + r.time_to_first_token_s for r in results) / len(results),
            "tpot_s": sum(r.decode_s / (r.completion_tokens - 1) for r in results) / len(results),
            "peak_rss_mb": rss.peak, "rss_rise_mb": rss.peak - rss.start, "outputs": [r.token_ids for r in results],
            "mean_step_ms": 1e3 * passes["decode_s"] / max(1, passes["steps"]),
            "prefill_s": passes["prefill_s"], "decode_s": passes["decode_s"]}


def run_hf(hf_model, prompts: list[list[int]], new_tokens: int, pad_id: int) -> dict:
    ids = torch.tensor(prompts)
    mask = torch.ones_like(ids)
    kw = dict(attention_mask=mask, do_sample=False, use_cache=True, pad_token_id=pad_id)
    with torch.inference_mode():
        hf_model.generate(ids[:, :8], max_new_tokens=2, min_new_tokens=2, **{**kw, "attention_mask": mask[:, :8]})
        t0 = time.perf_counter()
        hf_model.generate(ids, max_new_tokens=1, min_new_tokens=1, **kw)
        ttft = time.perf_counter() - t0
        with PeakRSS() as rss:
            t0 = time.perf_counter()
            out = hf_model.generate(ids, max_new_tokens=new_tokens, min_new_tokens=new_tokens, **kw)
            wall = time.perf_counter() - t0
    return {"tokens_per_s": len(prompts) * new_tokens / wall, "wall_s": wall, "ttft_s": ttft,
            "tpot_s": (wall - ttft) / (new_tokens - 1), "peak_rss_mb": rss.peak, "rss_rise_mb": rss.peak - rss.start,
            "outputs": out[:, ids.size(1):].tolist()}


def run_no_cache(model, prompts: list[list[int]], new_tokens: int) -> dict:
    """Greedy, recomputing the whole sequence every step: what a KV cache saves."""
    ids = torch.tensor(prompts)
    with torch.inference_mode(), PeakRSS() as rss:
        t0 = time.perf_counter()
        for step in range(new_tokens):
            logits, _ = model(ids)
            ids = torch.cat([ids, logits[:, -1].argmax(-1, keepdim=True)], dim=1)
            if step == 0:
                ttft = time.perf_counter() - t0
        wall = time.perf_counter() - t0
    return {"tokens_per_s": len(prompts) * new_tokens / wall, "wall_s": wall, "ttft_s": ttft,
            "tpot_s": (wall - ttft) / max(1, new_tokens - 1), "peak_rss_mb": rss.peak,
            "rss_rise_mb": rss.peak - rss.start, "new_tokens": new_tokens}


# ---- sections ---------------------------------------------------------------------------------

def speed_table(model, tokenizer, hf_model, args, ceiling_gflops: float, monitor) -> list[dict]:
    rows = []
    block = model.config.block_size
    for length in args.prompt_lens:
        used = min(length, block - args.new_tokens)  # prompt + answer must fit the context
        for batch in args.batch_sizes:
            prompts = prompt_ids(batch, used, tokenizer.vocab_size, seed=length * 1000 + batch)
            flops = flops_per_token(model.config, used + args.new_tokens / 2)
            ceiling = ceiling_gflops * 1e9 / flops
            row = {"prompt_len": length, "prompt_len_used": used, "batch": batch, "new_tokens": args.new_tokens,
                   "ceiling_tokens_per_s": ceiling}
            monitor.start()
            row["ours"] = run_ours(model, tokenizer, prompts, args.new_tokens, compile=not args.eager)
            if hf_model is not None:
                row["hf"] = run_hf(hf_model, prompts, args.new_tokens, tokenizer.pad_id)
                row["greedy_match_hf"] = _match(row["ours"].pop("outputs"), row["hf"].pop("outputs"))
                row["ratio_vs_hf"] = row["ours"]["tokens_per_s"] / row["hf"]["tokens_per_s"]
            row["ours"].pop("outputs", None)
            if not args.no_nokv and (used <= 64 or batch == 1):
                row["no_kv_cache"] = run_no_cache(model, prompts, min(args.new_tokens, args.nokv_tokens))
            row["other_cpu_cores"] = monitor.stop()
            for name in ("ours", "hf", "no_kv_cache"):
                if name in row:
                    row[name]["ceiling_fraction"] = row[name]["tokens_per_s"] / ceiling
            rows.append(row)
            print(_row_line(row), flush=True)
    return rows


def _match(a: list[list[int]], b: list[list[int]]) -> float:
    same = sum(x == y for ra, rb in zip(a, b) for x, y in zip(ra, rb))
    return same / max(1, sum(len(r) for r in a))


def _row_line(row: dict) -> str:
    def fmt(name):
        r = row.get(name)
        return f"{r['tokens_per_s']:8.0f}" if r else "     n/a"
    ratio = f"{row['ratio_vs_hf']:5.2f}x" if "ratio_vs_hf" in row else "   n/a"
    return (f"P={row['prompt_len_used']:4d} B={row['batch']:3d}  ours {fmt('ours')}  hf {fmt('hf')}  "
            f"nokv {fmt('no_kv_cache')}  ours/hf {ratio}  ttft {row['ours']['ttft_s'] * 1e3:7.1f} ms  "
            f"tpot {row['ours']['tpot_s'] * 1e3:6.2f} ms  ceiling {row['ours']['ceiling_fraction']:5.1%}  "
            f"rss {row['ours']['peak_rss_mb']:6.0f} MB  other cpu {row['other_cpu_cores']}")


def reference_nll(model, tokenizer, cases: list[dict]) -> float:
    """Mean loss of the suite's reference answers given their prompts (teacher forcing)."""
    total, count = 0.0, 0
    with torch.inference_mode():
        for case in cases:
            p, a = tokenizer.encode(case["prompt"]), tokenizer.encode(case["reference"]) + [tokenizer.eos_id]
            ids = torch.tensor([(p + a)[-model.config.block_size:]])
            logits, _ = model(ids[:, :-1])
            logp = torch.log_softmax(logits.float(), -1)[0, -len(a):]
            total -= float(logp.gather(1, ids[0, -len(a):, None]).sum())
            count += len(a)
    return total / count


def variants_section(model, tokenizer, args, monitor) -> list[dict]:
    from inference_worker.variants import apply_variant
    from scorer.suites import load_suite

    cases = [c.to_dict() for c in load_suite(REPO / "suites", "demo")][:args.quality_cases]
    prompts = prompt_ids(args.variant_batch, 64, tokenizer.vocab_size, seed=7)
    base_outputs, rows = None, []
    for variant in args.variants:
        m = apply_variant(copy.deepcopy(model), variant)
        compile = not args.eager
        monitor.start()
        speed = run_ours(m, tokenizer, prompts, args.new_tokens, compile=compile)
        outputs = speed.pop("outputs")
        base_outputs = base_outputs or outputs
        row = {"variant": variant, "compiled": compile, "batch": args.variant_batch, **speed,
               "reference_nll": reference_nll(m, tokenizer, cases), "greedy_match_fp32": _match(outputs, base_outputs),
               "weight_mb": _weight_mb(m), "other_cpu_cores": monitor.stop()}
        rows.append(row)
    base = rows[0]
    for row in rows:
        row["speedup_vs_fp32"] = row["tokens_per_s"] / base["tokens_per_s"]
        row["nll_delta_vs_fp32"] = row["reference_nll"] - base["reference_nll"]
        print(f"{row['variant']:5s} B={row['batch']}  {row['tokens_per_s']:7.0f} tok/s  x{row['speedup_vs_fp32']:.2f}  "
              f"ref NLL {row['reference_nll']:.4f} ({row['nll_delta_vs_fp32']:+.4f})  "
              f"greedy tokens = fp32 {row['greedy_match_fp32']:.1%}  weights {row['weight_mb']:.1f} MB  "
              f"other cpu {row['other_cpu_cores']}", flush=True)
    return rows


def _weight_mb(model) -> float:
    total = 0
    for t in list(model.state_dict().values()):
        if isinstance(t, torch.Tensor):
            total += t.numel() * t.element_size()
        elif isinstance(t, tuple):  # packed quantized params
            total += sum(x.numel() * x.element_size() for x in t if isinstance(x, torch.Tensor))
    return total / 2**20


def determinism_section(model, tokenizer, args) -> dict:
    """Seeded requests (greedy and sampled) alone, then shuffled into mixed batches of other sizes."""
    from inference_worker.engine import generate_offline
    from scorer.suites import load_suite

    cases = list(load_suite(REPO / "suites", "demo"))[:args.determinism_cases]
    params = [SamplingParams(max_tokens=48, temperature=0.0 if i % 2 else 0.9, top_p=0.95, seed=i)
              for i in range(len(cases))]
    out = {}
    for mode in ("default", "batch_invariant"):
        invariant = mode == "batch_invariant"
        alone = [generate_offline(model, tokenizer, [c.prompt], [p],
                                  EngineConfig(max_running=16 if invariant else 1, batch_invariant=invariant))[0].token_ids
                 for c, p in zip(cases, params)]
        rng, same, total = random.Random(0), 0, 0
        for slots in (4, 9, 16):
            order = list(range(len(cases)))
            rng.shuffle(order)
            res = generate_offline(model, tokenizer, [cases[i].prompt for i in order], [params[i] for i in order],
                                   EngineConfig(max_running=16 if invariant else slots, batch_invariant=invariant,
                                                prefill_chunk=64 * slots))
            same += sum(r.token_ids == alone[i] for i, r in zip(order, res))
            total += len(res)
        out[mode] = {"requests": total, "identical": same, "match_rate": same / total}
        print(f"determinism ({mode}): {same}/{total} requests identical alone and in mixed batches "
              f"({same / total:.1%})", flush=True)
    return out


def celery_section(model, tokenizer, args, monitor) -> dict:
    """The engine fed by a real Celery worker, jobs trickling in, against the same engine offline."""
    import redis

    from tinylab.contract import QUEUED, TASK_GENERATE
    from tinylab.jobs import JobStore
    from tinylab.settings import Settings
    from tinylab.stack import Stack, free_port

    n, conc = args.celery_jobs, args.celery_concurrency
    prompts = prompt_ids(n, 64, tokenizer.vocab_size, seed=11)
    texts = [tokenizer.decode(p) for p in prompts]
    ids = [tokenizer.encode(t) for t in texts]  # what the worker will see after encoding the text
    monitor.start()
    offline = run_ours(model, tokenizer, ids[:conc], args.new_tokens, compile=not args.eager)
    offline.pop("outputs")
    rate = args.celery_rate or 1.25 * offline["tokens_per_s"] / args.new_tokens
    port = free_port()
    settings = Settings(redis_url=f"redis://127.0.0.1:{port}/0", key_prefix="bench", checkpoint_dir=args.checkpoint,
                        max_batch_size=conc, batch_wait_ms=0, engine_compile=not args.eager,
                        device_threads=args.threads, stream_tokens=True, prefill_chunk=512)
    import tempfile

    stack = Stack(settings, Path(tempfile.mkdtemp(prefix="tinylab-bench-")))
    try:
        stack.start_redis(port)
        metrics_port = free_port()
        # the stack's default: 2 task threads per slot, so a freed slot has a job waiting
        worker = stack.start_inference_worker(0, metrics_port=metrics_port)
        from celery import Celery

        r = redis.Redis(port=port, decode_responses=True)
        jobs = JobStore(r, settings.key_prefix, 3600)
        client = Celery(broker=settings.redis_url)
        deadline = time.monotonic() + 600
        while not r.keys(f"{settings.key_prefix}:worker:*"):  # the worker loaded (and compiled) its model
            assert time.monotonic() < deadline and worker.proc.poll() is None, stack.logs()
            time.sleep(0.2)
        # warm-up job, then the timed trickle: Poisson arrivals at --celery-rate jobs/s
        _enqueue(jobs, client, "warm", texts[0], 4, QUEUED, TASK_GENERATE)
        _wait(jobs, ["warm"], deadline)
        rng = random.Random(3)
        engine_before = engine_timings(metrics_port)
        t0 = time.perf_counter()
        names = []
        for i, text in enumerate(texts):
            names.append(f"j{i}")
            _enqueue(jobs, client, names[-1], text, args.new_tokens, QUEUED, TASK_GENERATE)
            time.sleep(rng.expovariate(rate))
        done = _wait(jobs, names, deadline)
        wall = time.perf_counter() - t0
        engine = {k: v - engine_before.get(k, 0.0) for k, v in engine_timings(metrics_port).items()}
    finally:
        stack.stop()
    tokens = sum(j.get("completion_tokens", 0) for j in done)
    waits = sorted(j["started_at"] - j["enqueued_at"] for j in done if "started_at" in j)
    spans = sorted(j["inference_done_at"] - j["started_at"] for j in done if "inference_done_at" in j)
    online = {"tokens_per_s": tokens / wall, "wall_s": wall, "jobs": n, "failed": sum(j.get("status") == "failed" for j in done),
              **sustained_throughput(done, conc), "engine": engine_breakdown(engine, wall),
              "mean_batch_size": sum(j.get("batch_size", 0) for j in done) / n,
              "broker_wait_s_p50": waits[len(waits) // 2] if waits else None, "broker_wait_s_max": max(waits, default=None),
              "inference_s_p50": spans[len(spans) // 2] if spans else None, "inference_s_max": max(spans, default=None)}
    result = {"concurrency": conc, "arrival_rate_per_s": rate, "offline": offline, "celery": online,
              "ratio": online["tokens_per_s"] / offline["tokens_per_s"], "other_cpu_cores": monitor.stop()}
    if online.get("sustained_tokens_per_s"):
        result["sustained_ratio"] = online["sustained_tokens_per_s"] / offline["tokens_per_s"]
    print(f"celery: {n} jobs trickling in at {rate:.1f}/s, concurrency {conc}: {online['tokens_per_s']:.0f} "
          f"tok/s over the whole run (mean batch {online['mean_batch_size']:.1f}) = {result['ratio']:.0%} of offline "
          f"{offline['tokens_per_s']:.0f} tok/s; sustained while every slot had work "
          f"({online.get('sustained_window_s', 0):.1f} s): {online.get('sustained_tokens_per_s') or 0:.0f} tok/s "
          f"= {result.get('sustained_ratio', 0):.0%}  other cpu {result['other_cpu_cores']}", flush=True)
    e = online["engine"]
    if e["decode_steps"]:
        print(f"  worker engine over {wall:.1f} s: decode {e['decode_s']:.1f} s ({e['decode_steps']:.0f} steps, "
              f"{e['mean_step_ms']:.2f} ms at mean batch {e['mean_batch']:.1f}; offline {offline['mean_step_ms']:.2f} ms "
              f"at {conc}), prefill {e['prefill_s']:.1f} s ({e['prefill_passes']:.0f} passes, {e['mean_prefill_ms']:.1f} ms "
              f"each; offline {offline['prefill_s']:.2f} s for {conc} prompts), rest {e['other_s']:.1f} s", flush=True)
    return result


def engine_timings(port: int) -> dict[str, float]:
    """The worker engine's cumulative pass timings from its /metrics (tinylab_engine_forward_*)."""
    import urllib.request

    from prometheus_client.parser import text_string_to_metric_families

    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
    out = {}
    for family in text_string_to_metric_families(text):
        if family.name in ("tinylab_engine_forward_seconds", "tinylab_engine_forward_tokens"):
            for sample in family.samples:
                if sample.name.endswith(("_sum", "_count", "_total")):
                    out[f"{sample.name}:{sample.labels['phase']}"] = sample.value
    return out


def engine_breakdown(delta: dict[str, float], wall: float) -> dict:
    """Where the worker's engine spent the timed run: decode steps, prefill passes, and the rest
    (scheduling, waiting for work, and any time its threads lost to the rest of the process)."""
    decode_s = delta.get("tinylab_engine_forward_seconds_sum:decode", 0.0)
    prefill_s = delta.get("tinylab_engine_forward_seconds_sum:prefill", 0.0)
    steps = delta.get("tinylab_engine_forward_seconds_count:decode", 0.0)
    passes = delta.get("tinylab_engine_forward_seconds_count:prefill", 0.0)
    rows = delta.get("tinylab_engine_forward_tokens_total:decode", 0.0)
    return {"decode_s": decode_s, "prefill_s": prefill_s, "other_s": wall - decode_s - prefill_s,
            "decode_steps": steps, "mean_step_ms": 1e3 * decode_s / steps if steps else None,
            "mean_batch": rows / steps if steps else None, "prefill_passes": passes,
            "mean_prefill_ms": 1e3 * prefill_s / passes if passes else None}


def sustained_throughput(done: list[dict], conc: int) -> dict:
    """Tokens/s while the engine had work for every slot: from the moment the conc-th job started
    to the moment the last job started (after that the run only drains, with fewer and fewer rows,
    which is the end of a finite benchmark, not what the engine sustains). A job's tokens are
    spread evenly over its decode span (first token to done); its window share is the overlap."""
    jobs = [j for j in done if {"started_at", "first_token_at", "inference_done_at"} <= j.keys()]
    starts = sorted(j["started_at"] for j in jobs)
    if len(starts) <= conc:
        return {}
    lo, hi = starts[conc - 1], starts[-1]
    tokens = 0.0
    for j in jobs:
        a, b, n = j["first_token_at"], j["inference_done_at"], j.get("completion_tokens", 0)
        if b <= a:
            tokens += n if lo <= b <= hi else 0
            continue
        tokens += n * max(0.0, min(b, hi) - max(a, lo)) / (b - a)
    return {"sustained_tokens_per_s": tokens / (hi - lo), "sustained_window_s": hi - lo} if hi > lo else {}


def _enqueue(jobs, client, job_id, text, max_tokens, queued, task):
    jobs.create(job_id, status=queued, enqueued_at=time.time(), prompt=text, task_type="free",
                params={"max_tokens": max_tokens, "ignore_eos": True, "seed": 0})
    client.send_task(task, args=[job_id], queue="inference")


def _wait(jobs, names, deadline, every_s: float = 0.25):
    """Wait until every job has an output or failed. Polls only the unfinished ones, in one
    pipeline, a few times a second: a poll of every job every 50 ms (the old loop) cost the 2-core
    machine a third of a core between this process and Redis, and slowed the engine it measures."""
    from tinylab.contract import FAILED

    pending = list(names)
    while pending:
        with jobs.redis.pipeline(transaction=False) as pipe:
            for name in pending:
                pipe.hmget(jobs.key(name), "output", "status")
            states = pipe.execute()
        pending = [n for n, (output, status) in zip(pending, states) if output is None and status != FAILED]
        assert not pending or time.monotonic() < deadline, f"jobs did not finish: {pending[:5]}..."
        if pending:
            time.sleep(every_s)
    return [jobs.get(n) for n in names]


# ---- the command ------------------------------------------------------------------------------

def load_model(path: Path):
    from inference_worker.checkpoint import load_any_checkpoint

    if path.is_dir():
        return load_any_checkpoint(path)
    raise SystemExit(f"no checkpoint at {path}; train one with `tinylab train --size default`")


SECTIONS = ("speed", "variants", "determinism", "celery")


def parse_args(argv):
    p = argparse.ArgumentParser(prog="tinylab bench engine", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--checkpoint", type=Path, default=REPO / "var" / "checkpoints" / "default")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--batch-sizes", type=lambda s: [int(x) for x in s.split(",")], default=[1, 8, 32, 64])
    p.add_argument("--prompt-lens", type=lambda s: [int(x) for x in s.split(",")], default=[64, 512])
    p.add_argument("--new-tokens", type=int, default=128)
    p.add_argument("--nokv-tokens", type=int, default=32, help="tokens for the no-KV-cache loop (it is slow)")
    p.add_argument("--variants", type=lambda s: s.split(","), default=["fp32", "int8", "bf16"])
    p.add_argument("--variant-batch", type=int, default=32)
    p.add_argument("--quality-cases", type=int, default=60)
    p.add_argument("--determinism-cases", type=int, default=32)
    p.add_argument("--celery-jobs", type=int, default=96)
    p.add_argument("--celery-concurrency", type=int, default=32)
    p.add_argument("--celery-rate", type=float, default=None,
                   help="mean job arrivals per second (default: 1.25x what the offline engine can serve, so "
                        "arrivals, not the load generator, keep it busy)")
    p.add_argument("--eager", action="store_true", help="do not torch.compile our decode step")
    p.add_argument("--no-hf", action="store_true")
    p.add_argument("--no-nokv", action="store_true")
    p.add_argument("--no-celery", action="store_true")
    p.add_argument("--no-determinism", action="store_true")
    p.add_argument("--only", type=lambda s: set(s.split(",")), default=None,
                   help="run only these sections (comma-separated): " + ",".join(SECTIONS))
    p.add_argument("--quick", action="store_true", help="small sizes: a smoke run in a minute or two")
    p.add_argument("--json", type=Path, default=None, help="write results here (default results/bench/engine-<commit>.json)")
    args = p.parse_args(argv)
    if args.only is not None and not args.only <= set(SECTIONS):
        p.error(f"--only: unknown section(s) {', '.join(sorted(args.only - set(SECTIONS)))}; "
                f"choose from {', '.join(SECTIONS)}")
    if args.quick:
        args.batch_sizes, args.prompt_lens, args.new_tokens = [1, 8], [64], 32
        args.quality_cases, args.determinism_cases, args.celery_jobs, args.celery_concurrency = 8, 8, 16, 8
    return args


def main(argv: list[str] | None = None) -> int:
    from lab.env import CpuMonitor, git_state, hardware_profile, load_snapshot, versions

    args = parse_args(argv)
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    model, tokenizer, meta = load_model(args.checkpoint)
    monitor = CpuMonitor()
    before = load_snapshot(monitor)
    report = {"command": "tinylab bench engine " + " ".join(argv or []), "git": git_state(), "versions": versions(),
              "hardware": hardware_profile(), "threads": args.threads, "load_before": before,
              "model": {"checkpoint": str(args.checkpoint), "size": meta.get("size"), "params": model.num_params(False),
                        **{k: getattr(model.config, k) for k in ("n_layer", "n_embd", "n_head", "vocab_size", "block_size")}}}
    print(f"model {report['model']}  threads {args.threads}  load before {before}", flush=True)
    report["matmul_gflops"] = matmul_peak_gflops()
    print(f"fp32 matmul GFLOP/s: {report['matmul_gflops']}", flush=True)
    hf_model = None
    if not args.no_hf and (args.only is None or "speed" in args.only):
        import tempfile

        from transformers import GPT2LMHeadModel

        from inference_worker.hf import export_hf

        hf_model = GPT2LMHeadModel.from_pretrained(export_hf(model, tokenizer, tempfile.mkdtemp())).eval()
    def wanted(section: str, skip: bool = False) -> bool:
        return (args.only is None and not skip) or (args.only is not None and section in args.only)

    if wanted("speed"):
        report["speed"] = speed_table(model, tokenizer, hf_model, args, report["matmul_gflops"]["peak"], monitor)
    if wanted("variants"):
        report["variants"] = variants_section(model, tokenizer, args, monitor)
    if wanted("determinism", args.no_determinism):
        report["determinism"] = determinism_section(model, tokenizer, args)
    if wanted("celery", args.no_celery):
        report["celery"] = celery_section(model, tokenizer, args, monitor)
    report["load_after"] = load_snapshot(monitor)
    out = args.json or REPO / "results" / "bench" / f"engine-{(report['git']['short'] or 'nogit')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(markdown_table(report))
    print(f"results: {out}")
    return 0


def markdown_table(report: dict) -> str:
    """The speed rows as Markdown; a missing generator (skipped) shows as n/a."""
    def cell(run, key, scale=1.0, fmt="{:.0f}"):
        return fmt.format(run[key] * scale) if run else "n/a"

    lines = ["| prompt | batch | ours tok/s | HF tok/s | no-KV tok/s | ours/HF | TTFT ms ours / HF | "
             "TPOT ms ours / HF | ceiling ours / HF | peak RSS MB ours / HF | other CPU |", "|" + "---|" * 11]
    for r in report.get("speed", []):
        o, h, n = r["ours"], r.get("hf"), r.get("no_kv_cache")
        ratio = f"{r['ratio_vs_hf']:.2f}x" if "ratio_vs_hf" in r else "n/a"
        lines.append(
            f"| {r['prompt_len_used']} | {r['batch']} | {cell(o, 'tokens_per_s')} | {cell(h, 'tokens_per_s')} | "
            f"{cell(n, 'tokens_per_s')} | {ratio} | {cell(o, 'ttft_s', 1e3)} / {cell(h, 'ttft_s', 1e3)} | "
            f"{cell(o, 'tpot_s', 1e3, '{:.2f}')} / {cell(h, 'tpot_s', 1e3, '{:.2f}')} | "
            f"{cell(o, 'ceiling_fraction', 1, '{:.0%}')} / {cell(h, 'ceiling_fraction', 1, '{:.0%}')} | "
            f"{cell(o, 'peak_rss_mb')} / {cell(h, 'peak_rss_mb')} | {r['other_cpu_cores']} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
