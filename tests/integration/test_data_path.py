"""Submit → infer → score → poll through the real gateway, Redis and Celery workers."""
from concurrent.futures import ThreadPoolExecutor

import pytest

from scorer.suites import load_suite
from tests.integration.helpers import submit, wait_job
from tinylab.settings import Settings

pytestmark = pytest.mark.integration


def test_suite_job_flows_through_inference_and_scoring(running):
    case = load_suite(Settings().suites_dir, "demo").cases[0]
    s = running.session()
    job = wait_job(s, running.url, submit(s, running.url, prompt=case.prompt, suite="demo", case_id=case.id,
                                          max_tokens=16, seed=1))
    assert job["status"] == "succeeded", job
    assert job["task_type"] == case.task_type
    assert job["score"]["mode"] == "reference"
    assert 0.0 <= job["score"]["primary"] <= 1.0
    assert job["usage"]["completion_tokens"] >= 1
    t = job["timings"]
    assert t["queue_wait_s"] >= 0 and t["inference_s"] > 0 and t["scoring_s"] >= 0
    assert t["total_s"] >= t["inference_s"]


def test_free_form_job_is_scored_reference_free(running):
    s = running.session()
    job = wait_job(s, running.url, submit(s, running.url, prompt="def add(a, b):", max_tokens=12, seed=2))
    assert job["status"] == "succeeded", job
    assert job["score"]["mode"] == "reference_free"
    assert job["perplexity"] > 0


def test_jobs_that_arrive_together_are_decoded_in_one_batch(running):
    s = running.session()
    with ThreadPoolExecutor(6) as pool:
        ids = list(pool.map(lambda i: submit(s, running.url, prompt=f"def f{i}(x):", max_tokens=8, seed=i),
                            range(6)))
    jobs = [wait_job(s, running.url, i) for i in ids]
    assert all(j["status"] == "succeeded" for j in jobs), jobs
    assert max(j["batch_size"] for j in jobs) > 1, [j["batch_size"] for j in jobs]


def test_same_prompt_and_seed_give_the_same_output(running):
    s = running.session()
    body = dict(prompt="### Task: summarize\nThe rain stopped.", max_tokens=16, temperature=0.9, top_p=0.95,
                seed=1234)
    first, second = (wait_job(s, running.url, submit(s, running.url, **body)) for _ in range(2))
    assert first["output"] == second["output"]
    other = wait_job(s, running.url, submit(s, running.url, **{**body, "seed": 99}))
    assert other["status"] == "succeeded"


def test_stop_sequence_and_max_tokens_are_honoured(running):
    s = running.session()
    job = wait_job(s, running.url, submit(s, running.url, prompt="def f(x):", max_tokens=5, seed=3))
    assert job["usage"]["completion_tokens"] <= 5
    assert job["finish_reason"] in ("length", "eos", "stop")


def test_openai_compatible_completion_waits_for_output(running):
    s = running.session()
    answer = s.post(f"{running.url}/v1/completions",
                    json={"model": "tiny", "prompt": "def add(a, b):", "max_tokens": 8, "temperature": 0,
                          "n": 1, "stream": False}, timeout=60)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["object"] == "text_completion"
    assert body["choices"][0]["finish_reason"] in ("stop", "length")
    assert body["usage"]["total_tokens"] == body["usage"]["prompt_tokens"] + body["usage"]["completion_tokens"]
    job = wait_job(s, running.url, body["tinylab"]["job_id"])
    assert job["output"] == body["choices"][0]["text"]


def test_health_readiness_and_metrics(running):
    s = running.session(key=None)
    assert s.get(f"{running.url}/healthz").json() == {"status": "ok"}
    ready = s.get(f"{running.url}/readyz").json()
    assert ready["status"] == "ready" and ready["checks"]["workers"] >= 1
    text = s.get(f"{running.url}/metrics").text
    assert 'tinylab_queue_depth{queue="inference"}' in text
    assert "tinylab_workers_alive 1.0" in text
    assert "tinylab_http_requests_total" in text
