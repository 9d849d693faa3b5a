import math

import pytest
from inference_worker.generate import SamplingParams, fit_context, generate, generate_batch

from tests.unit.conftest import BLOCK, PROMPTS


def run(model, tok, prompt, **kw):
    return generate(model, tok, prompt, SamplingParams(**kw))


GOLDEN = [151, 133, 300, 312, 190, 95, 95, 198]


def test_greedy_golden_output(model, tok):
    # A random-init model under a fixed seed, decoded greedily: any change to the model, the cache
    # or the decode loop that changes numerics shows up here. Regenerate only on purpose.
    r = run(model, tok, PROMPTS[0], max_tokens=8)
    assert r.token_ids == GOLDEN
    assert r.finish_reason == "length" and r.completion_tokens == 8 and r.prompt_tokens == len(tok.encode(PROMPTS[0]))


def test_greedy_is_deterministic(model, tok):
    a = run(model, tok, PROMPTS[2], max_tokens=12)
    b = run(model, tok, PROMPTS[2], max_tokens=12)
    assert a.token_ids == b.token_ids and a.text == b.text


def test_same_seed_same_sample_different_seed_differs(model, tok):
    a = run(model, tok, PROMPTS[1], max_tokens=16, temperature=1.0, seed=7)
    b = run(model, tok, PROMPTS[1], max_tokens=16, temperature=1.0, seed=7)
    c = run(model, tok, PROMPTS[1], max_tokens=16, temperature=1.0, seed=8)
    assert a.token_ids == b.token_ids
    assert a.token_ids != c.token_ids


def test_seeded_sample_is_the_same_alone_and_in_any_batch(model, tok):
    mine = SamplingParams(max_tokens=16, temperature=1.0, top_p=0.9, seed=42)
    alone = generate_batch(model, tok, [PROMPTS[0]], [mine])[0]
    others = [SamplingParams(max_tokens=3), SamplingParams(max_tokens=20, temperature=0.8, top_k=5, seed=1)]
    batch = generate_batch(model, tok, [PROMPTS[2], PROMPTS[0], PROMPTS[1]], [others[0], mine, others[1]])
    assert batch[1].token_ids == alone.token_ids and batch[1].text == alone.text
    bigger = generate_batch(model, tok, [PROMPTS[1], PROMPTS[1], PROMPTS[0]], [others[1], others[1], mine])
    assert bigger[2].token_ids == alone.token_ids


def test_greedy_rows_match_their_single_runs(model, tok):
    params = [SamplingParams(max_tokens=n) for n in (5, 10, 7)]
    batch = generate_batch(model, tok, PROMPTS, params)
    for prompt, p, r in zip(PROMPTS, params, batch):
        assert r.token_ids == generate(model, tok, prompt, p).token_ids


def test_top_k_one_and_tiny_top_p_are_greedy(model, tok):
    greedy = run(model, tok, PROMPTS[1], max_tokens=10)
    assert run(model, tok, PROMPTS[1], max_tokens=10, temperature=1.0, top_k=1, seed=3).token_ids == greedy.token_ids
    assert run(model, tok, PROMPTS[1], max_tokens=10, temperature=1.0, top_p=1e-6, seed=3).token_ids == greedy.token_ids


def test_stop_sequence_ends_and_is_excluded(model, tok):
    full = run(model, tok, PROMPTS[2], max_tokens=24)
    # three letters from past the start (random weights also write invalid UTF-8, shown as U+FFFD)
    stop = next(full.text[i:i + 3] for i in range(2, len(full.text)) if full.text[i:i + 3].isalpha())
    r = run(model, tok, PROMPTS[2], max_tokens=24, stop=("never there", stop))
    assert r.finish_reason == "stop"
    assert r.text == full.text[:full.text.find(stop)]
    assert stop not in r.text and r.completion_tokens <= full.completion_tokens


def test_max_tokens_is_respected(model, tok):
    for n in (1, 4, 9):
        r = run(model, tok, PROMPTS[0], max_tokens=n, temperature=0.7, seed=n)
        assert r.completion_tokens <= n
        assert r.finish_reason in ("length", "eos")
        if r.finish_reason == "length":
            assert r.completion_tokens == n


def test_long_prompt_keeps_its_most_recent_tokens(model, tok):
    prompt = " ".join(f"word{i}" for i in range(200))
    n = len(tok.encode(prompt))
    assert n > BLOCK
    r = run(model, tok, prompt, max_tokens=10)
    assert r.prompt_tokens == BLOCK - 10 and r.prompt_truncated_tokens == n - (BLOCK - 10)
    assert r.finish_reason == "length" and r.completion_tokens == 10


def test_max_tokens_beyond_the_window_is_capped_with_finish_reason_context(model, tok):
    prompt = " ".join(f"word{i}" for i in range(200))
    r = run(model, tok, prompt, max_tokens=500)
    # the prompt keeps half the window, the completion gets the rest
    assert r.prompt_tokens == BLOCK // 2
    assert r.prompt_tokens + r.completion_tokens <= BLOCK
    assert r.finish_reason in ("context", "eos")
    if r.finish_reason == "context":
        assert r.completion_tokens == BLOCK - r.prompt_tokens


def test_fit_context_policy():
    assert fit_context(list(range(10)), 5, 64, 0) == (list(range(10)), 5, 0)
    assert fit_context(list(range(100)), 5, 64, 0) == (list(range(41, 100)), 5, 41)
    assert fit_context(list(range(100)), 100, 64, 0) == (list(range(68, 100)), 32, 68)
    assert fit_context([], 5, 64, 9) == ([9], 5, 0)  # empty prompt: start from <|endoftext|>


def test_empty_prompt_generates(model, tok):
    r = run(model, tok, "", max_tokens=5)
    assert r.prompt_tokens == 1 and 0 < r.completion_tokens + (r.finish_reason == "eos") <= 5


def test_logprob_and_perplexity_are_consistent(model, tok):
    r = run(model, tok, PROMPTS[0], max_tokens=6, temperature=1.0, seed=5)
    assert r.mean_logprob < 0
    assert r.perplexity == pytest.approx(math.exp(-r.mean_logprob))


def test_empty_batch():
    assert generate_batch(None, None, [], []) == []


@pytest.mark.parametrize("bad", [dict(max_tokens=0), dict(temperature=-1.0), dict(top_k=-1), dict(top_p=0.0),
                                 dict(top_p=1.5), dict(stop=("",))])
def test_sampling_params_refuse_nonsense(bad):
    with pytest.raises(ValueError):
        SamplingParams(**bad)


def test_sampling_params_take_a_list_or_a_string_of_stops():
    assert SamplingParams(stop=["a", "b"]).stop == ("a", "b")
    assert SamplingParams(stop="\n").stop == ("\n",)
