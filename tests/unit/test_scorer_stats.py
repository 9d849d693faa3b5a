import math

import numpy as np
import pytest

from scorer.stats import agreement, aggregate, bootstrap_ci, cohens_kappa, compare, confusion, paired_difference


def _scores(values):
    return [{"mode": "reference", "metrics": {"rouge_l": v, "fields": {"a": 1.0}, "perplexity": None},
             "primary": v, "passed": v >= 0.5, "rubric": "x@v2"} for v in values]


def test_bootstrap_ci_contains_the_mean_and_is_deterministic():
    values = np.random.default_rng(7).random(60)
    low, high = bootstrap_ci(values)
    assert low < values.mean() < high
    assert bootstrap_ci(values) == (low, high)  # fixed seed: same interval every time
    assert bootstrap_ci(values, seed=1) != (low, high)


def test_bootstrap_ci_narrows_with_more_cases_and_wider_confidence_widens_it():
    rng = np.random.default_rng(3)
    small, large = rng.random(20), rng.random(2000)
    width = lambda ci: ci[1] - ci[0]  # noqa: E731
    assert width(bootstrap_ci(large)) < width(bootstrap_ci(small))
    assert width(bootstrap_ci(small, confidence=0.99)) > width(bootstrap_ci(small, confidence=0.8))


def test_bootstrap_ci_of_constant_values_has_zero_width():
    assert bootstrap_ci([1.0] * 5) == (1.0, 1.0)
    with pytest.raises(ValueError, match="no values"):
        bootstrap_ci([])


def test_bootstrap_ci_matches_the_normal_approximation_for_a_large_sample():
    values = np.random.default_rng(11).normal(10, 2, size=4000)
    low, high = bootstrap_ci(values)
    half = 1.96 * values.std(ddof=1) / math.sqrt(values.size)
    assert low == pytest.approx(values.mean() - half, abs=0.02)
    assert high == pytest.approx(values.mean() + half, abs=0.02)


def test_aggregate_reads_score_dicts():
    agg = aggregate(_scores([0.2, 0.4, 0.6, 0.8]))
    assert set(agg) == {"rouge_l", "primary", "pass_rate"}  # the per-field dict and None are left out
    assert agg["rouge_l"]["mean"] == pytest.approx(0.5)
    assert agg["pass_rate"]["mean"] == pytest.approx(0.5)
    assert agg["rouge_l"]["n"] == 4
    assert agg["rouge_l"]["ci_low"] <= 0.5 <= agg["rouge_l"]["ci_high"]


def test_aggregate_flat_dicts_and_missing_metrics():
    agg = aggregate([{"a": 1.0, "b": 0.0}, {"a": 0.0}], metrics=["a", "b", "c"])
    assert agg["a"]["n"] == 2 and agg["b"]["n"] == 1
    assert agg["c"] == {"mean": None, "ci_low": None, "ci_high": None, "n": 0}


def test_paired_difference_finds_a_small_consistent_improvement():
    rng = np.random.default_rng(5)
    base = rng.random(80)  # cases differ a lot in difficulty...
    a = {f"c{i}": v for i, v in enumerate(base)}
    b = {f"c{i}": v + 0.03 for i, v in enumerate(base)}  # ...but B is better on every one
    d = paired_difference(a, b)
    assert d["delta"] == pytest.approx(0.03)
    assert d["ci_low"] == pytest.approx(0.03) and d["ci_high"] == pytest.approx(0.03)
    assert d["p_value"] <= 1 / 2000 + 1e-12
    # Unpaired intervals of the two means overlap heavily: pairing is what makes this visible.
    ci_a, ci_b = bootstrap_ci(list(a.values())), bootstrap_ci(list(b.values()))
    assert ci_b[0] < ci_a[1]


def test_paired_difference_pairs_by_case_id_and_counts_the_rest():
    a = {"x": 1.0, "y": 0.0, "only_a": 1.0}
    b = {"y": 1.0, "x": 1.0, "only_b": 0.0}
    d = paired_difference(a, b)
    assert (d["n"], d["only_a"], d["only_b"]) == (2, 1, 1)
    assert (d["mean_a"], d["mean_b"], d["delta"]) == (0.5, 1.0, 0.5)
    assert d == paired_difference(a, b)


def test_paired_difference_with_no_change_is_not_significant():
    a = {f"c{i}": float(i % 2) for i in range(30)}
    d = paired_difference(a, dict(a))
    assert (d["delta"], d["ci_low"], d["ci_high"], d["p_value"]) == (0.0, 0.0, 0.0, 1.0)
    assert paired_difference({}, {})["delta"] is None


def test_compare_covers_shared_metrics_of_score_dicts():
    a = dict(zip("abcd", _scores([0.1, 0.2, 0.3, 0.9])))
    b = dict(zip("abcd", _scores([0.6, 0.7, 0.8, 0.9])))
    out = compare(a, b)
    assert set(out) == {"rouge_l", "primary", "pass_rate"}
    assert out["pass_rate"]["delta"] == pytest.approx(0.75)


def test_cohens_kappa_hand_computed():
    # 50 items: both pass 20, human pass / rubric fail 5, human fail / rubric pass 10, both fail 15.
    # p_o = 35/50 = 0.70; human passes 25/50, rubric 30/50: p_e = .5*.6 + .5*.4 = 0.50;
    # kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40.
    human = [True] * 20 + [True] * 5 + [False] * 10 + [False] * 15
    auto = [True] * 20 + [False] * 5 + [True] * 10 + [False] * 15
    assert confusion(human, auto) == {"both_pass": 20, "both_fail": 15, "human_only": 5, "auto_only": 10}
    assert cohens_kappa(human, auto) == pytest.approx(0.40)


@pytest.mark.parametrize("human, auto, expected", [
    ([True, False, True, False], [True, False, True, False], 1.0),
    ([True, False, True, False], [False, True, False, True], -1.0),
    ([True, True, False, False], [True, False, True, False], 0.0),  # agreement exactly at chance
    ([True, True, True], [True, True, True], None),  # one label only: undefined
    ([], [], None),
])
def test_cohens_kappa_edges(human, auto, expected):
    k = cohens_kappa(human, auto)
    assert k == (pytest.approx(expected) if expected is not None else None)


def test_agreement_flags_low_kappa():
    pairs = [(True, True)] * 20 + [(True, False)] * 5 + [(False, True)] * 10 + [(False, False)] * 15
    out = agreement(pairs)
    assert out["kappa"] == pytest.approx(0.4) and out["agreement"] == pytest.approx(0.7)
    assert out["kappa_ci"][0] < 0.4 < out["kappa_ci"][1]
    assert any("kappa 0.40 below 0.60" in d for d in out["drift"])


def test_agreement_flags_a_drop_in_the_recent_window():
    good = [(True, True), (False, False)] * 20  # 40 items in full agreement
    bad = [(True, False), (False, False), (True, True), (False, True)] * 5  # 20 at 50%
    out = agreement(good + bad, min_kappa=0.0)
    assert out["recent"] == {"window": 20, "agreement": 0.5, "earlier_agreement": 1.0}
    assert out["drift"] == ["agreement over the last 20 fell to 0.50 from 1.00"]
    assert agreement(good)["drift"] == []


def test_agreement_waits_for_enough_items():
    assert agreement([(True, False)] * 3)["drift"] == []
