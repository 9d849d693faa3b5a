"""The lab's view of the scorer's statistics (`scorer.stats`, one implementation for both):
suite aggregates with bootstrap CIs, paired differences between two runs, and a paired bootstrap
of a latency ratio. Results use the lab's keys: {mean|delta|ratio, lo, hi, n}."""
from __future__ import annotations

import math

import numpy as np

from scorer.stats import bootstrap_ci, paired_difference


def _finite(values) -> list[float]:
    return [float(v) for v in values if v is not None and math.isfinite(v)]


def percentile(values, q: float) -> float | None:
    """The q-quantile (0..1) with linear interpolation, None for no values."""
    values = _finite(values)
    return float(np.quantile(np.asarray(values), q)) if values else None


def mean_ci(values, seed: int = 0) -> dict:
    """{mean, lo, hi, n}: percentile bootstrap of the mean (zero width for one value)."""
    x = _finite(values)
    if not x:
        return {"mean": None, "lo": None, "hi": None, "n": 0}
    lo, hi = bootstrap_ci(x, seed=seed)
    return {"mean": float(np.mean(x)), "lo": lo, "hi": hi, "n": len(x)}


def paired_diff_ci(a, b, seed: int = 0) -> dict:
    """{delta, lo, hi, n}: mean of b - a over aligned pairs, with the scorer's paired bootstrap
    (resampling pairs removes the between-case variance both runs share)."""
    pa = {str(i): x for i, x in enumerate(a) if x is not None and math.isfinite(x)}
    pb = {str(i): y for i, y in enumerate(b) if y is not None and math.isfinite(y)}
    d = paired_difference(pa, pb, "primary", seed=seed)
    return {"delta": d["delta"], "lo": d["ci_low"], "hi": d["ci_high"], "n": d["n"], "p_value": d["p_value"]}


def ratio_ci(a, b, q: float = 0.5, seed: int = 0) -> dict:
    """{ratio, lo, hi, n}: quantile_q(b) / quantile_q(a) - 1 over paired cases, with a paired
    bootstrap CI (latency: +0.2 means B is 20% slower at that quantile)."""
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    if not pairs:
        return {"ratio": None, "lo": None, "hi": None, "n": 0}
    x = np.asarray([p[0] for p in pairs], dtype=float)
    y = np.asarray([p[1] for p in pairs], dtype=float)

    def stat(i):
        i = i.astype(int)
        qx = np.quantile(x[i], q)
        return np.quantile(y[i], q) / qx - 1 if qx > 0 else math.nan

    point = stat(np.arange(x.size))
    if not math.isfinite(point):
        return {"ratio": None, "lo": None, "hi": None, "n": int(x.size)}
    lo, hi = bootstrap_ci(np.arange(x.size), statistic=stat, n_resamples=1000, seed=seed)
    return {"ratio": float(point), "lo": None if math.isnan(lo) else lo, "hi": None if math.isnan(hi) else hi,
            "n": int(x.size)}
