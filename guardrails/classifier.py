"""Layer 3: hashed character n-grams and a logistic regression, in numpy.

Features: the 3-, 4- and 5-grams of the normalised view (lowercase, folded, invisible characters
dropped), hashed into D buckets, counted and divided by sqrt(number of n-grams). The model is one
weight per bucket plus a bias, trained by `train()` on the dev split of guardrails/data/injection.jsonl
(never the held-out split) and shipped as guardrails/data/classifier.npy (float16, D + 1 values).
`tinylab guard train` rebuilds it; the build is deterministic (fixed order, zero init, full-batch
gradient descent, no randomness), so the rebuild is byte-identical.

A long document is scored by windows (WINDOW characters, every STRIDE), so one injected paragraph
in a page of harmless text is not averaged away; the score is the best window's probability.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

BITS = 16
D = 1 << BITS  # (D,) weights
NGRAMS = (3, 4, 5)
WINDOW, STRIDE = 160, 48  # characters
ARTIFACT = Path(__file__).parent / "data" / "classifier.npy"
DATASET = Path(__file__).parent / "data" / "injection.jsonl"
# Obfuscated rows are learnt through the decoding layer: their raw form (base64, hex, ...) would
# teach the model that any encoded blob is an attack.
ENCODED = {"base64", "hex", "rot13", "reversed", "leet"}
TRAIN_SPLITS = ("dev", "synthetic")  # synthetic: compositional rows (data/synthetic.py), never scored
# Probability from which the classifier flags. On a small corpus it learns vocabulary ("instructions",
# "system", "you are") as much as intent: at 0.9 it flags short harmless sentences of the look-alike
# table in tests/unit/test_guardrails_injection.py ("If you are an AI researcher, ..." scores 0.978).
# Alone it flags, it never blocks.
FLAG_P = 0.98

_MIX = np.uint64(0x9E3779B97F4A7C15)
_P = np.uint64(1000003)


def _hashes(view_text: str) -> np.ndarray:
    """(len, len(NGRAMS)) bucket ids of the n-grams starting at each position; -1 past the end."""
    codes = np.frombuffer(view_text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(codes)
    out = np.full((n, len(NGRAMS)), -1, dtype=np.int64)
    # Each n-gram's rolling hash extends the (n-1)-gram's by one character: h_k = h_(k-1) * P + c.
    h = np.full(n, np.uint64(1), dtype=np.uint64)
    for k in range(1, NGRAMS[-1] + 1):
        if n < k:
            break
        h = h[:n - k + 1] * _P + codes[k - 1:]
        if k in NGRAMS:
            out[:n - k + 1, NGRAMS.index(k)] = ((h * _MIX) >> np.uint64(64 - BITS)).astype(np.int64)
    return out


def features(view_text: str) -> tuple[np.ndarray, float]:
    """Bucket ids of every n-gram and the value each contributes (1/sqrt(count))."""
    ids = _hashes(view_text)
    ids = ids[ids >= 0]
    return ids, (1.0 / np.sqrt(len(ids)) if len(ids) else 0.0)


@lru_cache(maxsize=1)
def load() -> np.ndarray:
    return np.load(ARTIFACT).astype(np.float32)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def probability(view_text: str, model: np.ndarray | None = None) -> tuple[float, int, int]:
    """(p, start, end): the best window's probability of being an injection and its view span."""
    w = load() if model is None else model
    weights, bias = w[:-1], float(w[-1])
    ids = _hashes(view_text)
    if not len(ids):
        return float(_sigmoid(bias)), 0, 0
    valid = ids >= 0
    contrib = np.where(valid, weights[np.maximum(ids, 0)], 0.0).sum(axis=1)  # (len,)
    counts = valid.sum(axis=1)
    n = len(view_text)
    if n <= WINDOW:
        starts = np.array([0])
        ends = np.array([n])
    else:
        starts = np.arange(0, n - WINDOW + STRIDE, STRIDE)
        starts = np.minimum(starts, n - WINDOW)
        ends = starts + WINDOW
    cs = np.concatenate(([0.0], np.cumsum(contrib)))
    cc = np.concatenate(([0], np.cumsum(counts)))
    total = cs[ends] - cs[starts]
    count = np.maximum(cc[ends] - cc[starts], 1)
    z = total / np.sqrt(count) + bias
    best = int(np.argmax(z))
    return float(_sigmoid(z[best])), int(starts[best]), int(ends[best])


def _training_rows(rows: list[dict]) -> list[tuple[str, int]]:
    from guardrails.normalize import normalize

    out = []
    for r in rows:
        if r["split"] not in TRAIN_SPLITS or r["obfuscation"] in ENCODED:
            continue
        view = normalize(r["text"]).text
        out.append((view, r["label"]))
        if r["label"] == 0 and len(view) > WINDOW:
            # Windows of harmless documents are negatives too: the detector scores windows.
            for a in range(0, len(view) - WINDOW + 1, WINDOW // 2):
                out.append((view[a:a + WINDOW], 0))
    return out


def train(rows: list[dict], epochs: int = 1000, lr: float = 10.0, l2: float = 1e-4) -> np.ndarray:
    """Full-batch gradient descent on the class-balanced logistic loss; returns (D + 1,) float16."""
    data = _training_rows(rows)
    row_of, ids, vals = [], [], []
    for i, (text, _) in enumerate(data):
        f, v = features(text)
        row_of.append(np.full(len(f), i))
        ids.append(f)
        vals.append(np.full(len(f), v))
    row_of, ids, vals = np.concatenate(row_of), np.concatenate(ids), np.concatenate(vals)
    y = np.array([label for _, label in data], dtype=np.float64)
    pos = y.mean()
    sample_w = np.where(y == 1, 0.5 / pos, 0.5 / (1 - pos)) / len(y)  # balanced classes
    w, b = np.zeros(D), 0.0
    for _ in range(epochs):
        z = np.bincount(row_of, weights=w[ids] * vals, minlength=len(y)) + b
        g = (_sigmoid(z) - y) * sample_w  # (N,)
        grad = np.bincount(ids, weights=g[row_of] * vals, minlength=D) + l2 * w
        w -= lr * grad
        b -= lr * g.sum()
    return np.concatenate([w, [b]]).astype(np.float16)


def build(path: Path = ARTIFACT, dataset: Path = DATASET) -> Path:
    rows = [json.loads(line) for line in dataset.read_text(encoding="utf-8").splitlines() if line]
    np.save(path, train(rows))
    load.cache_clear()
    return path


def score(p: float) -> float:
    """A probability as a finding score: FLAG_P..1 maps to the flag band 0.5..0.79."""
    return round(0.5 + 0.29 * (p - FLAG_P) / (1 - FLAG_P), 3) if p >= FLAG_P else 0.0
