import pytest

from lab.stats import mean_ci, paired_diff_ci, percentile, ratio_ci


def test_mean_ci_brackets_the_mean():
    ci = mean_ci([0.0, 1.0] * 20)
    assert ci["mean"] == 0.5 and ci["n"] == 40
    assert ci["lo"] < 0.5 < ci["hi"]


def test_mean_ci_degenerate_cases():
    assert mean_ci([])["mean"] is None
    assert mean_ci([0.7]) == {"mean": 0.7, "lo": 0.7, "hi": 0.7, "n": 1}
    assert mean_ci([0.3, None, float("nan"), 0.3])["n"] == 2


def test_paired_difference_sees_a_consistent_small_shift():
    a = [i / 40 for i in range(40)]  # widely spread scores
    b = [x - 0.03 for x in a]  # every case a little worse
    d = paired_diff_ci(a, b)
    assert d["delta"] == pytest.approx(-0.03)
    assert d["hi"] < 0  # the paired CI excludes zero although the runs' own CIs overlap
    assert mean_ci(b)["hi"] > mean_ci(a)["lo"]


def test_ratio_ci_of_latency():
    a = [1.0] * 10 + [2.0] * 10
    r = ratio_ci(a, [x * 1.5 for x in a], q=0.5)
    assert r["ratio"] == pytest.approx(0.5)
    assert r["lo"] == pytest.approx(0.5) and r["hi"] == pytest.approx(0.5)


def test_percentile():
    assert percentile([1, 2, 3, 4, 5], 0.5) == 3
    assert percentile([], 0.5) is None
