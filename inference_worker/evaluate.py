"""Score a checkpoint on a prompt suite against trivial baselines, using the scorer's rubric.

    python -m inference_worker.evaluate --checkpoint var/checkpoints/default --suite suites/demo/v1.jsonl

Baselines are fixed functions of the prompt, no model involved; a model that has learned its
tasks must beat them:
- summarization: the document's lead sentence (ROUGE-L);
- extraction: an empty answer, and the record's first line (field accuracy, all fields, token F1);
- code_completion: the previous line repeated (next-line exact match, line similarity).
"""
from __future__ import annotations

import argparse
import re
import sys
import time

from inference_worker.checkpoint import load_checkpoint
from inference_worker.corpus import load_suite
from inference_worker.generate import SamplingParams, generate_batch
from scorer.rubric import code_completion_score, extraction_score, rouge_l, token_f1


def prompt_text(prompt: str) -> str:
    """The task text inside format_prompt's frame."""
    return prompt.split("\n", 1)[1].rsplit("\n### Answer:", 1)[0]


BASELINES = {
    "summarization": {"lead sentence": lambda t: re.split(r"(?<=[.!?])\s+", t.strip())[0]},
    "extraction": {"empty answer": lambda t: "", "first line": lambda t: t.splitlines()[0]},
    "code_completion": {"repeat previous line": lambda t: t.splitlines()[-1]},
}


def metrics(task: str, prompt: str, output: str, reference: str) -> dict[str, float]:
    if task == "summarization":
        return {"rouge_l": rouge_l(output, reference)}
    if task == "extraction":
        s = extraction_score(output, reference)
        return {"field_accuracy": s["field_accuracy"], "exact_match": s["all_fields_match"],
                "token_f1": token_f1(output, reference)}
    s = code_completion_score(prompt, output, reference)
    return {"next_line_exact": s["first_line_match"], "line_similarity": s["line_similarity"]}


def evaluate(model, tokenizer, cases: list[dict], batch_size: int = 16) -> dict:
    """{task: {system: {metric: mean}}}, systems being 'model' and each baseline."""
    outputs, t0, n_tokens = [], time.perf_counter(), 0
    for i in range(0, len(cases), batch_size):
        chunk = cases[i:i + batch_size]
        res = generate_batch(model, tokenizer, [c["prompt"] for c in chunk],
                             [SamplingParams(max_tokens=c["max_tokens"], seed=c["seed"]) for c in chunk])
        outputs += [r.text for r in res]
        n_tokens += sum(r.completion_tokens for r in res)
    seconds = time.perf_counter() - t0
    sums: dict = {}
    for c, out in zip(cases, outputs):
        task, text = c["task_type"], prompt_text(c["prompt"])
        systems = {"model": out, **{name: f(text) for name, f in BASELINES.get(task, {}).items()}}
        for system, pred in systems.items():
            for k, v in metrics(task, c["prompt"], pred, c["reference"]).items():
                sums.setdefault(task, {}).setdefault(system, {}).setdefault(k, []).append(v)
    table = {t: {s: {k: sum(v) / len(v) for k, v in m.items()} for s, m in sys_.items()} for t, sys_ in sums.items()}
    return {"table": table, "outputs": outputs, "seconds": seconds, "completion_tokens": n_tokens}


def format_table(table: dict, counts: dict[str, int]) -> str:
    rows = [("task", "n", "metric", "model", "baseline(s)")]
    for task, systems in table.items():
        for metric in systems["model"]:
            base = ", ".join(f"{s} {m[metric]:.3f}" for s, m in systems.items() if s != "model")
            rows.append((task, str(counts[task]), metric, f"{systems['model'][metric]:.3f}", base))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r[:4], widths)) + "  " + r[4] for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Evaluate a checkpoint on a suite against trivial baselines.")
    ap.add_argument("--checkpoint", default="var/checkpoints/default")
    ap.add_argument("--suite", default="suites/demo/v1.jsonl")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--show", type=int, default=0, help="print this many outputs per task type")
    args = ap.parse_args(argv)
    model, tokenizer, meta = load_checkpoint(args.checkpoint)
    cases = [c for c in load_suite(args.suite) if c["task_type"] in BASELINES]
    res = evaluate(model, tokenizer, cases, args.batch_size)
    shown: dict[str, int] = {}
    for c, out in zip(cases, res["outputs"]):
        if shown.get(c["task_type"], 0) < args.show:
            shown[c["task_type"]] = shown.get(c["task_type"], 0) + 1
            print(f"--- {c['id']}\nreference: {c['reference']}\nmodel:     {out}")
    counts = {t: sum(c["task_type"] == t for c in cases) for t in res["table"]}
    print(f"checkpoint {args.checkpoint} (size {meta.get('size')}, seed {meta.get('seed')}, "
          f"final val loss {meta.get('final_val_loss')}); {len(cases)} cases, "
          f"{res['completion_tokens']} tokens in {res['seconds']:.1f}s")
    print(format_table(res["table"], counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
