"""The batching engine's scheduling logic, with a stand-in runner (pure logic, no model)."""
import threading
import time

import pytest

from inference_worker.engine import BatchingEngine


class RecordingRunner:
    def __init__(self, delay=0.0, fail_on=None):
        self.batches = []
        self.delay = delay
        self.fail_on = fail_on

    def __call__(self, prompts, params):
        self.batches.append(list(prompts))
        if self.fail_on in prompts:
            raise RuntimeError("boom")
        time.sleep(self.delay)
        return [p.upper() for p in prompts]


def test_requests_arriving_together_decode_in_one_batch():
    runner = RecordingRunner()
    engine = BatchingEngine(runner, max_batch_size=8, batch_wait_ms=200)
    futures = [engine.submit(f"p{i}", None) for i in range(5)]
    results = [f.result(timeout=5) for f in futures]
    engine.close()
    assert results == [(f"P{i}", 5) for i in range(5)]
    assert runner.batches == [[f"p{i}" for i in range(5)]]


def test_batches_never_exceed_the_limit():
    runner = RecordingRunner()
    engine = BatchingEngine(runner, max_batch_size=3, batch_wait_ms=100)
    futures = [engine.submit(str(i), None) for i in range(7)]
    for f in futures:
        f.result(timeout=5)
    engine.close()
    assert [len(b) for b in runner.batches] == [3, 3, 1]


def test_a_failing_batch_fails_its_requests_and_the_engine_keeps_serving():
    engine = BatchingEngine(RecordingRunner(fail_on="bad"), max_batch_size=4, batch_wait_ms=50)
    bad = engine.submit("bad", None)
    with pytest.raises(RuntimeError, match="boom"):
        bad.result(timeout=5)
    assert engine.submit("ok", None).result(timeout=5) == ("OK", 1)
    engine.close()


def test_cancelled_requests_are_not_decoded():
    runner = RecordingRunner(delay=0.3)
    engine = BatchingEngine(runner, max_batch_size=1, batch_wait_ms=0)
    first = engine.submit("first", None)
    time.sleep(0.05)  # first is now being decoded; the next one waits
    waiting = engine.submit("gave-up", None)
    assert waiting.cancel()
    first.result(timeout=5)
    assert engine.submit("last", None).result(timeout=5) == ("LAST", 1)
    engine.close()
    assert ["gave-up"] not in runner.batches
