"""The continuous-batching engine with a tiny random-weight model: scheduling, slots, determinism."""
import random
import time
from concurrent.futures import CancelledError

import pytest
import torch

from inference_worker.engine import Engine, EngineConfig, QueueTimeout, generate_offline
from inference_worker.runner import ModelRunner
from inference_worker.sampling import SamplingParams

from tests.unit.conftest import PROMPTS

MIXED = [SamplingParams(max_tokens=n, temperature=t, top_k=k, top_p=p, seed=s)
         for n, t, k, p, s in [(12, 0.0, 0, 1.0, 0), (20, 1.0, 0, 0.9, 7), (5, 0.8, 5, 1.0, 3),
                                (16, 0.0, 0, 1.0, 0), (9, 1.2, 0, 0.5, 11), (14, 1.0, 40, 1.0, 5)]]
REQUESTS = [(PROMPTS[i % 3] + " x" * i, p) for i, p in enumerate(MIXED)]


def alone(model, tok, config=None):
    return [generate_offline(model, tok, [prompt], [p], config)[0].token_ids for prompt, p in REQUESTS]


@pytest.mark.parametrize("batch_invariant", [False, True])
def test_a_request_decodes_the_same_alone_and_in_any_mixed_batch(model, tok, batch_invariant):
    # Same seeded requests alone, then shuffled into batches of different sizes and slot counts.
    reference = alone(model, tok, EngineConfig(max_running=4, batch_invariant=batch_invariant))
    rng = random.Random(0)
    for slots in (2, 3, 6):
        order = list(range(len(REQUESTS)))
        rng.shuffle(order)
        out = generate_offline(model, tok, [REQUESTS[i][0] for i in order], [REQUESTS[i][1] for i in order],
                               EngineConfig(max_running=slots, batch_invariant=batch_invariant, prefill_chunk=7))
        assert [r.token_ids for r in out] == [reference[i] for i in order], f"{slots} slots"


def test_engine_logits_match_a_full_forward_pass(model, tok):
    # prefill in chunks (continued chunks attend to their own earlier columns), then decode
    ids = tok.encode(PROMPTS[2])
    runner = ModelRunner(model, n_slots=3)
    runner.prefill([1], [ids[:5]], [0])
    runner.prefill([1], [ids[5:]], [5])
    nxt = [11, 23, 42]
    steps = [runner.decode([1], [t])[0] for t in nxt]
    with torch.inference_mode():
        full, _ = model(torch.tensor([ids + nxt]))
    for j, logits in enumerate(steps):
        torch.testing.assert_close(logits, full[0, len(ids) + j], atol=1e-5, rtol=1e-5)


def test_a_short_request_leaves_the_batch_before_a_long_one_ends(model, tok):
    engine = Engine(model, tok, EngineConfig(max_running=4), start=False)
    long = engine.submit(PROMPTS[0], SamplingParams(max_tokens=40))
    engine._iteration(block=False)  # the long request is running ...
    short = engine.submit(PROMPTS[1], SamplingParams(max_tokens=3))  # ... when the short one arrives
    steps_until_short = 0
    while not short.done():
        engine._iteration(block=False)
        steps_until_short += 1
    assert not long.done(), "the short request had to wait for the long one"
    assert steps_until_short <= 4
    assert short.result().mean_batch_size == 2.0  # it joined the running batch
    engine.run_until_done()
    assert long.result().completion_tokens + (long.result().finish_reason == "eos") <= 40


def test_slots_are_reused_and_never_exceeded(model, tok):
    seen = []
    engine = Engine(model, tok, EngineConfig(max_running=2), start=False, on_step=lambda s: seen.append(s["running"]))
    futures = [engine.submit(prompt, p) for prompt, p in REQUESTS]
    engine.run_until_done()
    assert [f.result().token_ids for f in futures] == alone(model, tok)
    assert max(seen) == 2 and engine.stats()["running"] == 0
    assert engine.stats()["finished"] == len(REQUESTS)
    assert engine.runner.fill == [0, 0]  # every slot handed back


def test_cancelling_a_running_request_frees_its_slot(model, tok):
    engine = Engine(model, tok, EngineConfig(max_running=1))
    try:
        hog = engine.submit(PROMPTS[0], SamplingParams(max_tokens=60, temperature=1.0, seed=1))
        waiting = engine.submit(PROMPTS[1], SamplingParams(max_tokens=4))
        deadline = time.monotonic() + 10
        while engine.stats()["running"] == 0:
            assert time.monotonic() < deadline
            time.sleep(0.001)
        assert engine.cancel(hog)
        assert waiting.result(timeout=10).completion_tokens >= 1
        with pytest.raises(CancelledError):
            hog.result(timeout=10)
        assert engine.stats()["cancelled"] == 1
    finally:
        engine.close()


def test_a_request_waiting_too_long_for_a_slot_fails_explicitly(model, tok):
    engine = Engine(model, tok, EngineConfig(max_running=1, max_queue_wait_s=0.001), start=False)
    first = engine.submit(PROMPTS[0], SamplingParams(max_tokens=30))
    engine._iteration(block=False)
    time.sleep(0.01)
    late = engine.submit(PROMPTS[1], SamplingParams(max_tokens=3))
    engine.run_until_done()
    assert first.result().completion_tokens >= 1
    with pytest.raises(QueueTimeout, match="max_queue_wait_s"):
        late.result()
    assert engine.stats()["rejected"] == 1


def test_token_budget_limits_admission(model, tok):
    n = len(tok.encode(PROMPTS[0]))
    running = []
    engine = Engine(model, tok, EngineConfig(max_running=4, max_tokens_in_flight=2 * (n + 10)), start=False,
                    on_step=lambda s: running.append(s["running"]))
    futures = [engine.submit(PROMPTS[0], SamplingParams(max_tokens=10)) for _ in range(4)]
    engine.run_until_done()
    assert all(f.result().completion_tokens >= 1 for f in futures)
    assert max(running) == 2


def test_a_failing_step_fails_its_requests_and_the_engine_keeps_serving(model, tok, monkeypatch):
    engine = Engine(model, tok, EngineConfig(max_running=2))
    original = engine.runner.decode_greedy
    calls = {"n": 0}

    def broken_once(*a, **kw):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("boom")
        return original(*a, **kw)

    monkeypatch.setattr(engine.runner, "decode_greedy", broken_once)
    try:
        with pytest.raises(RuntimeError, match="boom"):
            engine.submit(PROMPTS[0], SamplingParams(max_tokens=5)).result(timeout=10)
        assert engine.submit(PROMPTS[1], SamplingParams(max_tokens=3)).result(timeout=10).completion_tokens >= 1
    finally:
        engine.close()


def test_streamed_deltas_add_up_to_the_text(model, tok):
    deltas = []
    engine = Engine(model, tok, EngineConfig(max_running=2), start=False)
    fut = engine.submit(PROMPTS[2], SamplingParams(max_tokens=12), request_id="job-1",
                        on_token=lambda rid, t, d: deltas.append((rid, d)))
    engine.run_until_done()
    text = fut.result().text
    assert {rid for rid, _ in deltas} == {"job-1"}
    assert "".join(d for _, d in deltas) == text.rstrip("\ufffd")


def test_logprobs_report_the_chosen_token_among_the_alternatives(model, tok):
    r = generate_offline(model, tok, [PROMPTS[0]], [SamplingParams(max_tokens=5, logprobs=3)])[0]
    assert len(r.top_logprobs) == len(r.token_logprobs) >= len(r.token_ids)
    for token, lp, top in zip(r.token_ids, r.token_logprobs, r.top_logprobs):
        assert len(top) == 3 and token in top  # greedy: the chosen token is the most likely
        assert top[token] == pytest.approx(lp) and lp == pytest.approx(max(top.values()))


def test_closing_fails_requests_that_never_started(model, tok):
    engine = Engine(model, tok, EngineConfig(max_running=1), start=False)
    engine.submit(PROMPTS[0], SamplingParams(max_tokens=3))
    engine._iteration(block=False)
    queued = engine.submit(PROMPTS[1], SamplingParams(max_tokens=3))
    engine._closed = True
    engine.run_until_done()
    with pytest.raises(RuntimeError, match="engine closed"):
        queued.result()


@pytest.mark.parametrize("bad", [dict(max_running=0), dict(prefill_chunk=0)])
def test_engine_config_refuses_nonsense(bad):
    with pytest.raises(ValueError):
        EngineConfig(**bad)


def test_the_compiled_decode_step_gives_the_eager_tokens(model, tok):
    # torch.compile (inductor, frozen weights, C++ wrapper, dynamic shapes): what the bench and a
    # worker with TINYLAB_ENGINE_COMPILE=1 run. Same greedy tokens, close logits.
    eager = [r.token_ids for r in generate_offline(model, tok, [p for p, _ in REQUESTS[:3]],
                                                     [SamplingParams(max_tokens=10)] * 3)]
    compiled = generate_offline(model, tok, [p for p, _ in REQUESTS[:3]], [SamplingParams(max_tokens=10)] * 3,
                                EngineConfig(max_running=3, compile=True))
    assert [r.token_ids for r in compiled] == eager


def test_prompts_prefilled_together_give_the_logits_they_give_alone(model, tok):
    # right-padded batched prefill: padding must not reach any real token
    prompts = [tok.encode(p) for p in PROMPTS]
    together = ModelRunner(model, n_slots=3).prefill([0, 1, 2], prompts, [0, 0, 0])
    for i, ids in enumerate(prompts):
        alone = ModelRunner(model, n_slots=1).prefill([0], [ids], [0])[0]
        torch.testing.assert_close(together[i], alone, atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("compile", [False, True])
def test_the_greedy_choice_inside_the_step_is_what_sample_chooses(model, tok, compile):
    from inference_worker.sampling import sample

    runner = ModelRunner(model, n_slots=3, compile=compile, banned_id=tok.pad_id, eos_id=tok.eos_id)
    if compile:
        runner.warmup()
    for slot, text in enumerate(PROMPTS[:3]):
        runner.prefill([slot], [tok.encode(text)], [0])
    ban = [False, True, False]
    logits, greedy, logprob = runner.decode_greedy([0, 1, 2], [5, 6, 7], ban)
    params = [SamplingParams(ignore_eos=b) for b in ban]
    picked = sample(logits, params, [0, 0, 0], banned=tok.pad_id, eos=tok.eos_id)
    assert greedy == picked.tokens.tolist()
    assert logprob == pytest.approx(picked.logprobs.tolist(), abs=1e-5)


def test_incremental_detokenisation_yields_whole_characters_that_add_up(model, tok):
    from inference_worker.engine import _Sequence

    text = "Grüße 🙂 from Zürich: naïve café ✓ done"
    ids = tok.encode(text)
    engine = Engine(model, tok, EngineConfig(max_running=1), start=False)
    seq = _Sequence("r", [1], 64, 0, SamplingParams(), None, None, 0.0)
    pieces = []
    for t in ids:
        seq.out.append(t)
        piece = engine._new_text(seq)
        assert "\ufffd" not in piece
        pieces.append(piece)
    assert "".join(pieces) == text
    assert any(p == "" for p in pieces)  # a multi-byte character waited for its last token


def test_a_stop_sequence_spanning_tokens_is_found_incrementally(model, tok):
    from inference_worker.engine import _Sequence

    engine = Engine(model, tok, EngineConfig(max_running=1), start=False)
    ids = tok.encode("alpha beta\n\ngamma")
    seq = _Sequence("r", [1], 64, 0, SamplingParams(max_tokens=64, stop=("a\n\ng",)), None, None, 0.0)
    for t in ids:
        seq.out.append(t)
        engine._check_text(seq, t)
        if seq.finish:
            break
    assert seq.finish == "stop" and seq.text == "alpha bet"


def test_without_the_cpp_kernels_the_runner_gives_the_same_logits(model, tok, monkeypatch):
    from inference_worker import kernels

    def run():
        runner = ModelRunner(model, n_slots=2)
        runner.prefill([0, 1], [tok.encode(PROMPTS[0]), tok.encode(PROMPTS[1])], [0, 0])
        return [runner.decode([0, 1], [t, t + 1]) for t in (5, 9, 13)]

    native = run()
    monkeypatch.setattr(kernels, "_state", {"ok": False})  # as on a machine with no C++ compiler
    fallback = run()
    for a, b in zip(native, fallback):
        torch.testing.assert_close(a, b, atol=1e-5, rtol=1e-5)


def test_an_int8_model_compiles_and_its_step_matches_the_eager_int8_step(model, tok):
    # int8 layers reach the compiled graph as our tinylab::linear_int8 operator (quant.py); before,
    # dynamo failed on them and int8 ran eagerly
    import copy

    from inference_worker.variants import apply_variant

    int8 = apply_variant(copy.deepcopy(model), "int8")
    prompt = tok.encode(PROMPTS[0] + " and then some more words")
    assert len(prompt) > 5
    logits = {}
    for compile in (False, True):
        runner = ModelRunner(int8, n_slots=2, compile=compile)
        if compile:
            runner.warmup()
            assert runner.compiled, "the int8 step fell back to eager"
        runner.prefill([0, 1], [prompt, prompt[:5]], [0, 0])
        logits[compile] = runner.decode([0, 1], [prompt[-1], prompt[4]])
    # the same fbgemm GEMMs; only the compiled graph's fused fp32 ops round differently
    torch.testing.assert_close(logits[True], logits[False], atol=2e-3, rtol=2e-3)
