"""Layer 3: hashed word and character n-grams and a logistic regression, in numpy.

Features of the normalised view (lowercase, folded, invisible characters dropped): character 3-,
4- and 5-grams, word unigrams and word bigrams, hashed into D buckets, counted and divided by
sqrt(number of features). Words carry intent across spellings ("disregard ... guidelines"),
characters carry morphology across languages and typos. The model is one weight per bucket plus a
bias, trained by `train()` and shipped as guardrails/data/classifier.npy (float16, D + 1 values).

Training rows: the hand-written `dev` rows, the already-read `fresh`..`fresh5` rows, synthetic.py
and the template grammars (data/templates.py, data/templates_ml.py, generated at training time
from a fixed seed). Never `heldout` or `fresh6`..`fresh11`: those are measured only. `tinylab guard train` rebuilds the
artifact; the build is deterministic (fixed order, zero init, full-batch Adam, no randomness),
so the rebuild is byte-identical.

A long document is scored by windows (WINDOW characters, every STRIDE), so one injected paragraph
in a page of harmless text is not averaged away; the score is the best window's probability.
"""
from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

BITS = 17
D = 1 << BITS  # (D,) weights
NGRAMS = (3, 4, 5)
WINDOW, STRIDE = 200, 50  # characters
ARTIFACT = Path(__file__).parent / "data" / "classifier.npy"
DATASET = Path(__file__).parent / "data" / "injection.jsonl"
# Obfuscated rows are learnt through the decoding layer: their raw form (base64, hex, ...) would
# teach the model that any encoded blob is an attack.
ENCODED = {"base64", "hex", "rot13", "reversed", "leet"}
# Already read while rules were written, so no longer clean measurements: better used as data.
TRAIN_SPLITS = ("dev", "synthetic", "fresh", "fresh2", "fresh3", "fresh4", "fresh5")
TEMPLATE_SEED, TEMPLATE_ROWS = 25, 4000  # data/templates.py rows per class
ML_ROWS = 1200  # data/templates_ml.py rows per class: eight more languages, agent tool-call shapes
HAND_WEIGHT = 1.0  # loss weight of a hand-written row relative to a generated one
# Probability from which the classifier alone flags, chosen on out-of-fold scores of the training
# rows (`python -m guardrails.tune`), never on heldout or fresh6..fresh11. 0.93 since 2026-11-25: out of
# fold (GATE_P 0.2, INTENT_GATE_P 0.1), recall 92.6% instead of 93.2% at 1.1% instead of 1.7%
# hard-negative FPR.
FLAG_P = 0.93

_MIX = np.uint64(0x9E3779B97F4A7C15)
_P = np.uint64(1000003)
_WORD = re.compile(r"\w+")


def _char_hashes(view_text: str, missing: int = -1) -> np.ndarray:
    """(len, len(NGRAMS)) bucket ids of the n-grams starting at each position; `missing` past the end."""
    return _char_hashes_codes(_codes(view_text), missing)


def _char_hashes_codes(codes32: np.ndarray, missing: int = -1) -> np.ndarray:
    codes = codes32.astype(np.uint64)
    n = len(codes)
    out = np.full((n, len(NGRAMS)), missing, dtype=np.int64)
    # Each n-gram's rolling hash extends the (n-1)-gram's by one character: h_k = h_(k-1) * P + c.
    h = np.full(n, np.uint64(1), dtype=np.uint64)
    for k in range(1, NGRAMS[-1] + 1):
        if n < k:
            break
        h = h[:n - k + 1] * _P + codes[k - 1:]
        if k in NGRAMS:
            out[:n - k + 1, NGRAMS.index(k)] = ((h * _MIX) >> np.uint64(64 - BITS)).astype(np.int64)
    return out


_R = 0x100000001B3  # odd, so it has an inverse modulo 2**64
_RINV = pow(_R, -1, 1 << 64)
# Word characters by code point (what `\w` matches), for the code points a view holds; above the
# table every character counts as a letter (CJK and the like).
_WORDCHAR = np.array([chr(c).isalnum() or c == 95 for c in range(0x3000)], dtype=bool)
_UNI, _BI = np.uint64(0xA24BAED4963EE407), np.uint64(0x9FB21C651E98DF25)


@lru_cache(maxsize=8)
def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """R**i and R**-i modulo 2**64 for i < n (n a power of two, so few sizes are cached)."""
    r = np.empty(n, dtype=np.uint64)
    ri = np.empty(n, dtype=np.uint64)
    a = b = 1
    for i in range(n):
        r[i], ri[i] = a, b
        a, b = a * _R & 0xFFFFFFFFFFFFFFFF, b * _RINV & 0xFFFFFFFFFFFFFFFF
    return r, ri


def _bucket(h: np.ndarray) -> np.ndarray:
    return ((h * _MIX) >> np.uint64(64 - BITS)).astype(np.int64)


def _word_features(view_text: str) -> tuple[np.ndarray, np.ndarray]:
    """(positions, bucket ids) of word unigrams and bigrams (words as `\\w+`); a bigram sits at its
    first word. A word's hash is a slice of one prefix sum, sum(c_i * R**i) * R**-start, so all
    words are hashed at once."""
    return _word_features_codes(_codes(view_text))


def _codes(view_text: str) -> np.ndarray:
    return np.frombuffer(view_text.encode("utf-32-le"), dtype=np.uint32)


def _word_features_codes(codes32: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = len(codes32)
    if not n:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    word = _WORDCHAR[np.minimum(codes32, len(_WORDCHAR) - 1)] | (codes32 >= len(_WORDCHAR))
    codes = codes32.astype(np.uint64)
    edge = np.diff(np.concatenate(([False], word, [False])).astype(np.int8))
    starts, ends = np.flatnonzero(edge == 1), np.flatnonzero(edge == -1)
    if not len(starts):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    r, ri = _powers(1 << max(10, (n - 1).bit_length()))
    prefix = np.concatenate((np.zeros(1, dtype=np.uint64), np.cumsum(codes * r[:n], dtype=np.uint64)))
    h = (prefix[ends] - prefix[starts]) * ri[starts]  # (words,) position-free word hashes
    uni = _bucket(h * _UNI + np.uint64(1))
    bi = _bucket(h[:-1] * _BI + h[1:] + np.uint64(2))
    return np.concatenate((starts, starts[:-1])), np.concatenate((uni, bi))


def features(view_text: str) -> tuple[np.ndarray, float]:
    """Bucket ids of every feature and the value each contributes (1/sqrt(count))."""
    codes = _codes(view_text)
    ids = _char_hashes_codes(codes)
    ids = np.concatenate([ids[ids >= 0], _word_features_codes(codes)[1]])
    return ids, (1.0 / np.sqrt(len(ids)) if len(ids) else 0.0)


@lru_cache(maxsize=1)
def load() -> np.ndarray:
    return np.load(ARTIFACT).astype(np.float32)


@lru_cache(maxsize=1)
def _padded() -> np.ndarray:
    """The shipped weights with a zero at index D, so a missing n-gram (id D) adds nothing."""
    w = load()
    return np.concatenate([w[:-1], [0.0, w[-1]]]).astype(np.float32)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=1)
def _padded16() -> np.ndarray:
    """`_padded()` in the artifact's float16 (exact: the weights are float16 values): the ~7000
    scattered reads per 2 KB prompt touch 256 KB instead of 512."""
    return _padded().astype(np.float16)


@lru_cache(maxsize=64)
def _windows(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(starts, ends, both concatenated, character n-grams per window) of a view of n characters:
    they depend on n only."""
    if n <= WINDOW:
        starts = np.array([0])
    else:
        starts = np.minimum(np.arange(0, n - WINDOW + STRIDE, STRIDE), n - WINDOW)
    ends = starts + WINDOW if n > WINDOW else np.array([n])
    # n-grams starting at position i: one per size that fits before the end.
    per_pos = np.clip(n - np.arange(n) - (NGRAMS[0] - 1), 0, len(NGRAMS))
    cum = np.concatenate(([0], np.cumsum(per_pos)))
    return starts, ends, np.concatenate((starts, ends)), (cum[ends] - cum[starts]).astype(np.float64)


@lru_cache(maxsize=64)
def _missing_ids(n: int) -> np.ndarray:
    """(len(NGRAMS), n) bucket ids all D, the zero weight: the n-grams that run past the end."""
    return np.full((len(NGRAMS), n), D, dtype=np.uint64)


_SHIFT = np.uint64(64 - BITS)
_P2 = _P * _P
# 1 for the bytes `\w` matches in ASCII text (letters, digits, "_"), as _WORDCHAR says.
_WORD01 = bytes(int(bool(_WORDCHAR[b])) if b < 128 else 0 for b in range(256))


def probability(view_text: str, model: np.ndarray | None = None) -> tuple[float, int, int]:
    """(p, start, end): the best window's probability of being an injection and its view span.

    The features and sums of `features()` and training, bit for bit, in few numpy calls: this runs
    first on every prompt, after other code has left the CPU's caches cold, where each numpy call
    costs about 2 µs whatever its size."""
    # Gathered values are widened to float64 before any sum, so either table gives the same sums.
    if model is None:
        w, table = _padded(), _padded16()
    else:
        w = table = np.concatenate([model[:-1], [0.0, model[-1]]]).astype(np.float32)
    bias = float(w[-1])
    n = len(view_text)
    if not n:
        return float(_sigmoid(bias)), 0, 0
    cu = _codes(view_text).astype(np.uint64)
    # Per position, the weights of the 3-, 4- and 5-gram starting there, added in that order (as
    # the artifact was tuned: the same float64 sums bit for bit), n-grams past the end adding nothing.
    ids = _missing_ids(n).copy()  # (3, n): row i the (NGRAMS[i])-gram starting at each position
    if n >= 2:
        h = cu[:-1] * _P + cu[1:] + _P2  # the 2-gram hashes: ((1 * P + c0) * P + c1), mod 2**64
        for k in range(3, NGRAMS[-1] + 1):
            if n < k:
                break
            h = h[:-1] * _P + cu[k - 1:]
            row = ids[k - NGRAMS[0], :n - k + 1]
            np.multiply(h, _MIX, out=row)
            np.right_shift(row, _SHIFT, out=row)
    # Summed over the rows in order, (w3 + w4) + w5 per position, as `.sum(axis=1)` of `features`.
    contrib = table[ids].sum(axis=0, dtype=np.float64)  # (n,)
    starts, ends, bounds, count = _windows(n)
    first, last = _word_spans(view_text, cu, n)
    if len(first):
        ws = _word_hashes(cu, n, first, last)  # (words,)
        # Unigram then bigram at each word's start, as np.bincount added them in `features` order.
        wsum = table[((ws * _UNI + np.uint64(1)) * _MIX) >> _SHIFT].astype(np.float64)
        wsum[:-1] += table[((ws[:-1] * _BI + ws[1:] + np.uint64(2)) * _MIX) >> _SHIFT]
        contrib[first] += wsum
        # Word features per window, counted exactly: unigrams at `first`, bigrams at first[:-1].
        k = first.searchsorted(bounds)
        kb = np.minimum(k, len(first) - 1)
        nw = len(starts)
        count = count + (k[nw:] - k[:nw] + kb[nw:] - kb[:nw])
    cs = np.empty(n + 1)
    cs[0] = 0.0
    np.cumsum(contrib, out=cs[1:])
    z = (cs[ends] - cs[starts]) / np.sqrt(np.maximum(count, 1)) + bias
    best = int(z.argmax())
    return float(_sigmoid(z[best])), int(starts[best]), int(ends[best])


def _word_spans(view_text: str, cu: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(first, end) positions of the words (`\\w+` runs), as `_word_features_codes` finds them."""
    if view_text.isascii():  # one C translate instead of a table lookup in numpy
        edge = np.frombuffer(b"\0" + view_text.encode("ascii").translate(_WORD01) + b"\0", dtype=np.int8)
    else:
        edge = np.zeros(n + 2, dtype=np.int8)
        edge[1:-1] = _WORDCHAR[np.minimum(cu, len(_WORDCHAR) - 1)] | (cu >= len(_WORDCHAR))
    edge = edge[1:] - edge[:-1]
    return (edge == 1).nonzero()[0], (edge == -1).nonzero()[0]


def _word_hashes(cu: np.ndarray, n: int, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    r, ri = _powers(1 << max(10, (n - 1).bit_length()))
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum(cu * r[:n], dtype=np.uint64, out=prefix[1:])
    return (prefix[last] - prefix[first]) * ri[first]  # (words,) position-free word hashes


def _texts(rows: list[dict], splits=TRAIN_SPLITS) -> list[tuple[str, int]]:
    """Raw (text, label) training pairs: the labelled rows of `splits` and the template rows."""
    from guardrails.data import templates, templates_ml

    out = [(r["text"], r["label"], r["split"] != "synthetic") for r in rows
           if r["split"] in splits and r["obfuscation"] not in ENCODED]
    out += [(t, y, False) for t, y, _ in templates.rows(random.Random(TEMPLATE_SEED), TEMPLATE_ROWS, TEMPLATE_ROWS)]
    out += [(t, y, False) for t, y, _ in templates_ml.rows(random.Random(TEMPLATE_SEED), ML_ROWS, ML_ROWS)]
    return out


def _is_hand(data) -> list[bool]:
    return [t[2] for t in data]


def _training_rows(rows: list[dict], splits=TRAIN_SPLITS) -> list[tuple[str, int]]:
    from guardrails.normalize import normalize

    out = []
    for text, label, hand in _texts(rows, splits):
        view = normalize(text).text
        out.append((view, label, hand))
        if label == 0 and len(view) > WINDOW:
            # Windows of harmless documents are negatives too: the detector scores windows.
            for a in range(0, len(view) - WINDOW + 1, WINDOW // 2):
                out.append((view[a:a + WINDOW], 0, hand))
    return out


def train(rows: list[dict], epochs: int = 300, lr: float = 0.05, l2: float = 3e-6,
          splits=TRAIN_SPLITS, hand_weight: float = HAND_WEIGHT) -> np.ndarray:
    """Full-batch Adam on the class-balanced logistic loss; returns (D + 1,) float16."""
    data = _training_rows(rows, splits)
    row_of, ids, vals = [], [], []
    for i, (text, _, _) in enumerate(data):
        f, v = features(text)
        row_of.append(np.full(len(f), i))
        ids.append(f)
        vals.append(np.full(len(f), v))
    row_of, ids, vals = np.concatenate(row_of), np.concatenate(ids), np.concatenate(vals)
    y = np.array([label for _, label, _ in data], dtype=np.float64)
    pos = y.mean()
    sample_w = np.where(y == 1, 0.5 / pos, 0.5 / (1 - pos)) / len(y)  # balanced classes
    sample_w *= np.array([hand_weight if hand else 1.0 for hand in _is_hand(data)])
    w = np.zeros(D + 1)  # weights and bias
    m, v = np.zeros(D + 1), np.zeros(D + 1)
    b1, b2 = 0.9, 0.999
    for t in range(1, epochs + 1):
        z = np.bincount(row_of, weights=w[ids] * vals, minlength=len(y)) + w[-1]
        g = (_sigmoid(z) - y) * sample_w  # (N,)
        grad = np.empty(D + 1)
        grad[:-1] = np.bincount(ids, weights=g[row_of] * vals, minlength=D) + l2 * w[:-1]
        grad[-1] = g.sum()
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    return w.astype(np.float16)


def build(path: Path = ARTIFACT, dataset: Path = DATASET) -> Path:
    np.save(path, train(_rows(dataset)))
    load.cache_clear()
    _padded.cache_clear()
    return path


def _rows(dataset: Path = DATASET) -> list[dict]:
    return [json.loads(line) for line in dataset.read_text(encoding="utf-8").splitlines() if line]


def score(p: float) -> float:
    """A probability as a finding score: FLAG_P..1 maps to the flag band 0.5..0.79."""
    return round(0.5 + 0.29 * (p - FLAG_P) / (1 - FLAG_P), 3) if p >= FLAG_P else 0.0
