"""Pure logic of the experiments: curve fitting, the batching knee."""
import numpy as np
import pytest

from lab.batching import keeps_up, knee
from lab.context import evaluate_fit, fit, max_length_within


def test_fit_recovers_a_quadratic():
    xs = [16, 64, 128, 256, 384, 496]
    coef = fit(xs, [0.01 + 2e-4 * x + 1e-7 * x * x for x in xs], 2)
    assert coef == pytest.approx([0.01, 2e-4, 1e-7], rel=1e-6, abs=1e-12)
    assert evaluate_fit(coef, np.array([100]))[0] == pytest.approx(0.01 + 0.02 + 0.001)


def test_max_length_within_budget():
    coef = [0.0, 1e-3]  # 1 ms per token
    assert max_length_within(coef, 0.1, 16, 496) == 100
    assert max_length_within(coef, 1.0, 16, 496) == 496
    assert max_length_within(coef, 0.001, 16, 496) is None


def point(B, rate, tps, achieved=None):
    return {"B": B, "rate": rate, "offered_rps": rate, "achieved_rps": rate if achieved is None else achieved,
            "tokens_per_s": tps}


def test_knee_is_the_smallest_batch_near_the_best_throughput():
    points = [point(1, 2, 50), point(1, 4, 60, achieved=2.0),
              point(4, 2, 50), point(4, 4, 100), point(4, 8, 180, achieved=5.0),
              point(16, 2, 50), point(16, 4, 100), point(16, 8, 190), point(16, 16, 195, achieved=9.0)]
    k = knee(points, [1, 4, 16])
    assert k["knee_batch"] == 4  # 180 >= 0.9 * 195
    assert k["best_tokens_per_s"] == {1: 60, 4: 180, 16: 195}
    assert k["sustained_rate"] == {1: 2, 4: 4, 16: 8}


def test_keeps_up():
    assert keeps_up(point(1, 4, 0, achieved=3.5))
    assert not keeps_up(point(1, 4, 0, achieved=2.0))
