"""Suite-level statistics: means with bootstrap confidence intervals, paired comparisons of two
runs, and agreement between human and automatic verdicts (Cohen's kappa).

Everything is plain numpy with a fixed seed, so the same scores always give the same intervals.

    aggregate(scores, metrics=None, *, n_resamples=2000, confidence=0.95, seed=0)
        -> {metric: {"mean", "ci_low", "ci_high", "n"}}
      `scores`: score dicts as `score_output` returns them (metrics are read from `metrics`, plus
      `primary` and `pass_rate` from `passed`), or flat {metric: value} dicts. None, NaN and
      non-numbers (the extraction `fields` dict) are left out per metric, so `n` can differ.

    paired_difference(a, b, metric="primary", *, n_resamples=2000, confidence=0.95, seed=0)
        -> {"metric", "n", "mean_a", "mean_b", "delta", "ci_low", "ci_high", "p_value",
            "only_a", "only_b"}
      `a`, `b`: {case_id: score dict or flat dict or number} for two runs of the same suite.
      Cases are paired by id (only ids in both count; `only_a`/`only_b` say how many were left out);
      `delta` = mean(b - a), so positive means B scored higher. The CI resamples cases, keeping
      pairs together, which is far tighter than comparing two independent intervals when both runs
      see the same cases. `p_value`: two-sided bootstrap p-value for "delta is 0".

    compare(a, b, metrics=None, **kw) -> {metric: paired_difference(...)} for every shared metric.

    cohens_kappa(human, auto) -> float | None   (None when undefined: one label only, both sides)
    agreement(pairs, *, min_kappa=0.6, window=20, max_drop=0.15, min_n=10) -> dict with kappa (and
      its bootstrap CI), raw agreement, n, confusion counts, and `drift` (list of reasons; empty
      means no drift flagged).
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

N_RESAMPLES = 2000
CONFIDENCE = 0.95
SEED = 0
# Below 0.6 ("moderate" on the Landis and Koch scale) the rubric and the reviewers disagree often
# enough that the rubric's pass rate cannot stand in for human judgement.
MIN_KAPPA = 0.6
DRIFT_WINDOW = 20
# A drop in raw agreement this large between the latest window and everything before it.
MAX_AGREEMENT_DROP = 0.15
MIN_PAIRS = 10


# --- bootstrap -------------------------------------------------------------------------------------

def _indices(n: int, n_resamples: int, seed: int) -> np.ndarray:
    """(n_resamples, n) case indices drawn with replacement."""
    return np.random.default_rng(seed).integers(0, n, size=(n_resamples, n))


def bootstrap_ci(values: Sequence[float], *, statistic: Callable[[np.ndarray], float] | None = None,
                 n_resamples: int = N_RESAMPLES, confidence: float = CONFIDENCE,
                 seed: int = SEED) -> tuple[float, float]:
    """Percentile bootstrap interval of `statistic` (default: the mean) of `values`.

    One value (or all equal) gives a zero-width interval; no values raises ValueError.
    """
    x = np.asarray(values, dtype=float)
    if x.size == 0:
        raise ValueError("bootstrap of no values")
    assert 0 < confidence < 1, f"confidence must be in (0, 1), got {confidence}"
    idx = _indices(x.size, n_resamples, seed)
    if statistic is None:
        stats = x[idx].mean(axis=1)
    else:
        stats = np.array([statistic(x[i]) for i in idx], dtype=float)
        stats = stats[np.isfinite(stats)]
        if stats.size == 0:
            return (math.nan, math.nan)
    alpha = (1 - confidence) / 2
    low, high = np.quantile(stats, [alpha, 1 - alpha])
    return float(low), float(high)


def _number(value) -> float | None:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float, np.integer, np.floating)) and math.isfinite(value):
        return float(value)
    return None


def flat_metrics(score) -> dict[str, float]:
    """A score as {metric: number}: `score_output` dicts are flattened (`metrics`, `primary`, and
    `passed` as `pass_rate`); flat dicts and bare numbers (as {"primary": x}) pass through."""
    if not isinstance(score, Mapping):
        value = _number(score)
        return {} if value is None else {"primary": value}
    if "metrics" in score and isinstance(score["metrics"], Mapping):
        out = {k: v for k, v in ((k, _number(v)) for k, v in score["metrics"].items()) if v is not None}
        for name, key in (("primary", "primary"), ("pass_rate", "passed")):
            if _number(score.get(key)) is not None:
                out[name] = _number(score[key])
        return out
    return {k: v for k, v in ((k, _number(v)) for k, v in score.items()) if v is not None}


def aggregate(scores: Iterable, metrics: Sequence[str] | None = None, *, n_resamples: int = N_RESAMPLES,
              confidence: float = CONFIDENCE, seed: int = SEED) -> dict[str, dict]:
    """{metric: {"mean", "ci_low", "ci_high", "n"}} over `scores` (see the module docstring)."""
    columns: dict[str, list[float]] = {}
    for score in scores:
        for name, value in flat_metrics(score).items():
            columns.setdefault(name, []).append(value)
    names = sorted(columns) if metrics is None else list(metrics)
    out = {}
    for name in names:
        values = columns.get(name, [])
        if not values:
            out[name] = {"mean": None, "ci_low": None, "ci_high": None, "n": 0}
            continue
        low, high = bootstrap_ci(values, n_resamples=n_resamples, confidence=confidence, seed=seed)
        out[name] = {"mean": float(np.mean(values)), "ci_low": low, "ci_high": high, "n": len(values)}
    return out


def paired_difference(a: Mapping[str, object], b: Mapping[str, object], metric: str = "primary", *,
                      n_resamples: int = N_RESAMPLES, confidence: float = CONFIDENCE,
                      seed: int = SEED) -> dict:
    """B minus A on `metric`, case by case (see the module docstring)."""
    pairs = []
    for case_id in sorted(set(a) & set(b)):
        x, y = flat_metrics(a[case_id]).get(metric), flat_metrics(b[case_id]).get(metric)
        if x is not None and y is not None:
            pairs.append((x, y))
    out = {"metric": metric, "n": len(pairs), "only_a": len(set(a) - set(b)), "only_b": len(set(b) - set(a))}
    if not pairs:
        return {**out, "mean_a": None, "mean_b": None, "delta": None, "ci_low": None, "ci_high": None,
                "p_value": None}
    xy = np.array(pairs, dtype=float)
    diff = xy[:, 1] - xy[:, 0]
    idx = _indices(diff.size, n_resamples, seed)
    boot = diff[idx].mean(axis=1)
    alpha = (1 - confidence) / 2
    low, high = np.quantile(boot, [alpha, 1 - alpha])
    if np.all(diff == 0):
        p_value = 1.0
    else:
        # Share of resamples on each side of zero, doubled for two sides, never reported as 0.
        tail = min(np.mean(boot <= 0), np.mean(boot >= 0))
        p_value = float(min(1.0, max(2 * tail, 1 / n_resamples)))
    return {**out, "mean_a": float(xy[:, 0].mean()), "mean_b": float(xy[:, 1].mean()), "delta": float(diff.mean()),
            "ci_low": float(low), "ci_high": float(high), "p_value": p_value}


def compare(a: Mapping[str, object], b: Mapping[str, object], metrics: Sequence[str] | None = None,
            **kw) -> dict[str, dict]:
    """`paired_difference` for each metric (default: every metric both runs have on some case)."""
    if metrics is None:
        seen_a = set().union(*(flat_metrics(v) for v in a.values())) if a else set()
        seen_b = set().union(*(flat_metrics(v) for v in b.values())) if b else set()
        metrics = sorted(seen_a & seen_b)
    return {m: paired_difference(a, b, m, **kw) for m in metrics}


# --- agreement -------------------------------------------------------------------------------------

def confusion(human: Sequence[bool], auto: Sequence[bool]) -> dict[str, int]:
    """Counts of (human, auto) verdict pairs: both_pass, both_fail, human_only (human pass, auto
    fail), auto_only."""
    assert len(human) == len(auto), f"{len(human)} human verdicts for {len(auto)} automatic ones"
    c = {"both_pass": 0, "both_fail": 0, "human_only": 0, "auto_only": 0}
    for h, a in zip(human, auto):
        c["both_pass" if h and a else "both_fail" if not h and not a else "human_only" if h else "auto_only"] += 1
    return c


def cohens_kappa(human: Sequence[bool], auto: Sequence[bool]) -> float | None:
    """Cohen's kappa for two raters with labels pass/fail: (p_o - p_e) / (1 - p_e), where p_o is the
    observed agreement and p_e the agreement expected by chance from each rater's pass rate.

    None when undefined (p_e = 1: both raters gave every item the same single label).
    """
    n = len(human)
    if n == 0:
        return None
    c = confusion(human, auto)
    p_o = (c["both_pass"] + c["both_fail"]) / n
    h_pass = (c["both_pass"] + c["human_only"]) / n
    a_pass = (c["both_pass"] + c["auto_only"]) / n
    p_e = h_pass * a_pass + (1 - h_pass) * (1 - a_pass)
    if p_e >= 1.0:
        return None
    return (p_o - p_e) / (1 - p_e)


def agreement(pairs: Sequence[tuple[bool, bool]], *, min_kappa: float = MIN_KAPPA, window: int = DRIFT_WINDOW,
              max_drop: float = MAX_AGREEMENT_DROP, min_n: int = MIN_PAIRS, n_resamples: int = N_RESAMPLES,
              seed: int = SEED) -> dict:
    """Agreement between (human, auto) verdicts in grading order, and rubric-drift flags.

    Drift is flagged when, with at least `min_n` graded items, kappa is below `min_kappa` (or
    undefined while the two sides disagree), or when raw agreement over the latest `window` items
    is more than `max_drop` below agreement over the items before them (each side needing `min_n`).
    """
    human = [bool(h) for h, _ in pairs]
    auto = [bool(a) for _, a in pairs]
    n = len(pairs)
    agree = np.array([h == a for h, a in zip(human, auto)], dtype=float)
    kappa = cohens_kappa(human, auto)
    out = {"n": n, "kappa": kappa, "kappa_ci": None, "agreement": float(agree.mean()) if n else None,
           "human_pass_rate": float(np.mean(human)) if n else None,
           "auto_pass_rate": float(np.mean(auto)) if n else None, "confusion": confusion(human, auto),
           "recent": None, "drift": []}
    if n >= 2 and kappa is not None:
        h, a = np.array(human), np.array(auto)
        low, high = bootstrap_ci(np.arange(n), statistic=lambda i: _kappa_or_nan(h[i.astype(int)], a[i.astype(int)]),
                                 n_resamples=n_resamples, seed=seed)
        out["kappa_ci"] = None if math.isnan(low) else [low, high]
    if n < min_n:
        return out
    if kappa is None and agree.mean() < 1.0:
        out["drift"].append("kappa undefined while human and rubric disagree")
    elif kappa is not None and kappa < min_kappa:
        out["drift"].append(f"kappa {kappa:.2f} below {min_kappa:.2f}")
    if n - window >= min_n and window >= min_n:
        recent, earlier = float(agree[-window:].mean()), float(agree[:-window].mean())
        out["recent"] = {"window": window, "agreement": recent, "earlier_agreement": earlier}
        if earlier - recent > max_drop:
            out["drift"].append(f"agreement over the last {window} fell to {recent:.2f} from {earlier:.2f}")
    return out


def _kappa_or_nan(human, auto) -> float:
    k = cohens_kappa(list(human), list(auto))
    return math.nan if k is None else k
