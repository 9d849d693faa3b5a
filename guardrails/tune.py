"""Choose the injection thresholds on out-of-fold scores: `python -m guardrails.tune [--folds 4]`.

The hand-written training rows (`classifier.TRAIN_SPLITS` except "synthetic") are split into
folds by group; for each fold the classifier is trained without it (template rows always in) and
scores it. With the rules' scores on the same rows, every combination of FLAG_P (classifier alone
flags), GATE_P (below it the classifier vetoes a rule), INTENT_GATE_P (below it, an intent) and
STRONG_GATE_P (below it, a strong rule too) is evaluated and the table of recall and false-positive
rates printed (the decision of layers.Gated, replayed). Nothing here reads `heldout` or the frozen
`fresh6`..`fresh10`.
The rules were written while reading these rows, so their share of the recall is optimistic.
"""
from __future__ import annotations

import argparse
import zlib

import numpy as np

from guardrails import classifier
from guardrails.chain import DETECTORS, run_chain
from guardrails.layers import STRONG
from guardrails.normalize import normalize

HAND = tuple(s for s in classifier.TRAIN_SPLITS if s != "synthetic")


def out_of_fold(rows: list[dict], folds: int) -> dict[str, float]:
    hand = [r for r in rows if r["split"] in HAND and r["obfuscation"] not in classifier.ENCODED]
    fold = {r["id"]: zlib.crc32(r["group"].encode()) % folds for r in hand}
    p = {}
    for k in range(folds):
        train = [dict(r, split="out") if fold.get(r["id"]) == k else r for r in rows]
        w = classifier.train(train).astype(np.float32)
        for r in hand:
            if fold[r["id"]] == k:
                p[r["id"]] = classifier.probability(normalize(r["text"]).text, w)[0]
    return p


def rule_scores(rows: list[dict]) -> dict[str, tuple[float, float, float]]:
    """(best score of the ungated rules and decoded layer, best strong-rule score, best intent score)
    per row id."""
    dets = [DETECTORS["invisible_text"], DETECTORS["injection"]._detector, DETECTORS["decoded"]]
    intents = [DETECTORS["intent"]._detector]
    out = {}
    for r in rows:
        scores = [f.score for f in run_chain(dets, r["text"]).findings if f.type == "PROMPT_INJECTION"]
        intent = [f.score for f in run_chain(intents, r["text"]).findings if f.type == "PROMPT_INJECTION"]
        out[r["id"]] = (max(scores, default=0.0), max((s for s in scores if s >= STRONG), default=0.0),
                        max(intent, default=0.0))
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=4)
    args = parser.parse_args(argv)
    rows = classifier._rows()
    p = out_of_fold(rows, args.folds)
    by_id = {r["id"]: r for r in rows}
    rules = rule_scores([by_id[i] for i in p])
    groups = {"attacks": [i for i in p if by_id[i]["label"] == 1],
              "hard": [i for i in p if by_id[i]["vector"] == "hard_negative"],
              "benign": [i for i in p if by_id[i]["label"] == 0]}
    print(f"out-of-fold rows: {len(groups['attacks'])} attacks, {len(groups['benign'])} benign "
          f"({len(groups['hard'])} hard)")
    print(f"{'FLAG_P':>6} {'GATE_P':>6} {'INTENT':>6} {'STRONG':>6} {'recall':>7} {'FPR hard':>8} {'FPR all':>7}   "
          "classifier alone: recall, FPR hard")
    for flag_p in (0.85, 0.9, 0.93, 0.95):
        alone = [np.mean([p[i] >= flag_p for i in groups[g]]) for g in ("attacks", "hard")]
        for gate_p in (0.1, 0.2, 0.3):
            for intent_p in (0.05, 0.1, 0.2):
                for strong_p in (0.05, 0.1):
                    hit = {i: p[i] >= flag_p or (rules[i][0] >= 0.5 and p[i] >= gate_p)
                           or (rules[i][2] >= 0.5 and p[i] >= intent_p) or (rules[i][1] and p[i] >= strong_p)
                           for i in p}
                    rates = [np.mean([hit[i] for i in groups[g]]) for g in ("attacks", "hard", "benign")]
                    print(f"{flag_p:>6} {gate_p:>6} {intent_p:>6} {strong_p:>6} {rates[0]:>7.3f} {rates[1]:>8.3f} "
                          f"{rates[2]:>7.3f}   {alone[0]:.3f}, {alone[1]:.3f}")


if __name__ == "__main__":
    main()
