"""Per-request sampling: counter-based random streams and vectorised top-k / top-p."""
import math

import pytest
import torch

from inference_worker.sampling import SamplingParams, sample, uniform

LOGITS = torch.log(torch.tensor([0.5, 0.3, 0.15, 0.05]))


def draw(params: SamplingParams, n: int, row_logits=LOGITS) -> torch.Tensor:
    logits = row_logits.expand(n, -1).clone()
    return sample(logits, [params] * n, list(range(n))).tokens  # n draws: one stream, counters 0..n-1


def test_uniform_is_a_pure_function_of_seed_and_counter():
    assert uniform(7, 3) == uniform(7, 3)
    values = [uniform(7, k) for k in range(2000)]
    assert all(0 <= v < 1 for v in values)
    assert abs(sum(values) / len(values) - 0.5) < 0.03
    assert uniform(7, 3) != uniform(8, 3) and uniform(7, 3) != uniform(7, 4)


def test_sampling_follows_the_distribution():
    counts = torch.bincount(draw(SamplingParams(temperature=1.0, seed=1), 6000), minlength=4) / 6000
    torch.testing.assert_close(counts, torch.tensor([0.5, 0.3, 0.15, 0.05]), atol=0.025, rtol=0)


def test_top_k_and_top_p_cut_the_tail():
    assert set(draw(SamplingParams(temperature=1.0, top_k=2, seed=2), 2000).tolist()) == {0, 1}
    # top_p 0.7: 0.5 + 0.3 reach it, so only tokens 0 and 1 remain, renormalised to 5/8 and 3/8
    drawn = draw(SamplingParams(temperature=1.0, top_p=0.7, seed=3), 4000)
    assert set(drawn.tolist()) == {0, 1}
    assert (drawn == 0).float().mean().item() == pytest.approx(0.625, abs=0.03)


def test_low_temperature_sharpens_and_greedy_is_argmax():
    cold = draw(SamplingParams(temperature=0.2, seed=4), 2000)
    assert (cold == 0).float().mean().item() > 0.9
    assert set(draw(SamplingParams(), 50).tolist()) == {0}


def test_rows_are_independent_of_their_neighbours():
    mine = SamplingParams(temperature=1.0, seed=9)
    others = [SamplingParams(temperature=0.5, top_k=3, seed=1), SamplingParams()]
    logits = torch.randn(3, 50)
    alone = sample(logits[1:2], [mine], [5]).tokens.item()
    batch = sample(logits, [others[0], mine, others[1]], [0, 5, 2]).tokens[1].item()
    assert alone == batch


def test_banned_token_is_never_drawn_and_logprobs_are_the_models_own():
    logits = torch.tensor([[0.0, 5.0, 0.0]])
    out = sample(logits, [SamplingParams()], [0], banned=1)
    assert out.tokens.item() != 1
    assert out.logprobs.item() == pytest.approx(torch.log_softmax(logits, -1)[0, out.tokens.item()].item())
    assert math.isfinite(out.logprobs.item())
