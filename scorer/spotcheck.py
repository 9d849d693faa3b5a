"""Score a model on suite cases in this process and write them as review items (offline spot-check).

    python -m scorer.spotcheck --checkpoint var/checkpoints/default --every 5 \\
        --out results/spotcheck/round1.jsonl          # ~40 cases over the three lab suites
    tinylab review grade --file results/spotcheck/round1.jsonl     # grade them, blind
    tinylab review stats --file results/spotcheck/round1.jsonl     # kappa against the rubric

Greedy decoding with each case's max_tokens and seed, in batches, straight on the engine (no
gateway); `--every 1` scores whole suites and prints each suite's aggregates with bootstrap CIs.
The full benchmark with hardware profile and artifacts is `tinylab bench run`.
"""
from __future__ import annotations

import argparse
import sys
import time

from scorer.review import item_from_record, write_items
from scorer.rubric import score_case
from scorer.stats import aggregate
from scorer.suites import load_suite

SUITES = ("summarization", "extraction", "code_completion")
HEADLINE = {"summarization": ["pass_rate", "rouge_l", "fact_recall", "length_ok"],
            "extraction": ["pass_rate", "field_accuracy", "field_token_f1"],
            "code_completion": ["pass_rate", "tests_passed", "parses", "first_line_match", "line_similarity"]}


def run(checkpoint: str, cases, batch_size: int = 16) -> list[dict]:
    """Generate and score `cases`; one record per case (bench `cases.jsonl` row shape)."""
    import torch

    from inference_worker.checkpoint import load_checkpoint
    from inference_worker.generate import SamplingParams, generate_batch

    model, tokenizer, _ = load_checkpoint(checkpoint)
    records = []
    with torch.inference_mode():
        for i in range(0, len(cases), batch_size):
            chunk = cases[i:i + batch_size]
            params = [SamplingParams(max_tokens=c.max_tokens, seed=c.seed) for c in chunk]
            for case, result in zip(chunk, generate_batch(model, tokenizer, [c.prompt for c in chunk], params)):
                score = score_case(case, result.text, perplexity=result.perplexity)
                records.append({"id": case.id, "case_id": case.id, "task_type": case.task_type, "prompt": case.prompt,
                                "output": result.text, "reference": case.reference, "score": score,
                                "finish_reason": result.finish_reason})
    return records


def main(argv: list[str] | None = None) -> int:
    from tinylab.settings import Settings

    ap = argparse.ArgumentParser(prog="python -m scorer.spotcheck", description=__doc__.split("\n\n")[0])
    ap.add_argument("--checkpoint", default=str(Settings().checkpoint_dir))
    ap.add_argument("--suites", nargs="+", default=list(SUITES), help="suite refs, e.g. extraction@v1")
    ap.add_argument("--every", type=int, default=5, help="take cases 1, 1+N, 1+2N, ... of each suite")
    ap.add_argument("--out", required=True, help="JSONL of review items (ungraded)")
    args = ap.parse_args(argv)
    settings = Settings()
    items = []
    for ref in args.suites:
        suite = load_suite(settings.suites_dir, ref)
        cases = list(suite.cases)[:: args.every]
        started = time.monotonic()
        records = run(args.checkpoint, cases)
        for r in records:
            r["suite"] = suite.ref
        items += [item_from_record(r, i) for i, r in enumerate(records)]
        agg = aggregate([r["score"] for r in records])
        print(f"{suite.ref}: {len(records)} cases in {time.monotonic() - started:.0f}s")
        for metric in HEADLINE.get(suite.name, ["pass_rate", "primary"]):
            if metric in agg and agg[metric]["n"]:
                a = agg[metric]
                print(f"  {metric:18s} {a['mean']:.3f}  95% CI {a['ci_low']:.3f} .. {a['ci_high']:.3f}  n={a['n']}")
    write_items(args.out, items)
    print(f"wrote {len(items)} items to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
