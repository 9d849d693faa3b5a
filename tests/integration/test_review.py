"""Spot-check review against the real thing: redis-server, the scorer as a Celery worker process
(sampling every job, TINYLAB_SPOTCHECK_RATE=1) and the gateway under gunicorn. Jobs are written
straight into Redis as the inference worker leaves them, so no model is needed."""
import base64
import json
import os
import re
import subprocess
import sys
import time

import pytest
import redis
import requests

from scorer.suites import load_suite
from tests.integration.conftest import API_KEY, make_stack
from tinylab.celery_app import make_celery
from tinylab.contract import RUNNING, TASK_SCORE
from tinylab.jobs import JobStore, new_job_id
from tinylab.stack import REPO_ROOT, free_port, settings_env


@pytest.fixture(scope="module")
def review_stack(tmp_path_factory):
    stack, settings, port = make_stack(tmp_path_factory.mktemp("review"), tmp_path_factory.mktemp("no-model"))
    settings = settings.replace(key_prefix="rv")
    stack.settings = settings
    stack.extra_env["TINYLAB_SPOTCHECK_RATE"] = "1"
    try:
        stack.start_redis(port)
        stack.start_scorer()
        gateway = stack.start_gateway(free_port(), workers=1)
        yield stack, settings, gateway.url, JobStore(redis.Redis(port=port, decode_responses=True), "rv", 3600)
    except Exception:
        print(stack.logs())
        raise
    finally:
        stack.stop()


def _score_job(settings, jobs: JobStore, case, output: str, timeout: float = 30) -> dict:
    job_id = new_job_id()
    jobs.create(job_id, status=RUNNING, stage="scoring", prompt=case.prompt, task_type=case.task_type,
                suite="smoke@v1", case_id=case.id, created_at=time.time(), output=output)
    make_celery(settings).send_task(TASK_SCORE, args=[job_id])
    deadline = time.monotonic() + timeout
    while (job := jobs.get(job_id))["status"] == RUNNING:
        assert time.monotonic() < deadline, f"job {job_id} not scored: {job}"
        time.sleep(0.05)
    return job


def _session(key=API_KEY):
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {key}"
    return s


def test_spot_check_round_trip(review_stack):
    stack, settings, url, jobs = review_stack
    smoke = load_suite(REPO_ROOT / "suites", "smoke", 1)
    code = next(c for c in smoke if c.task_type == "code_completion")
    extraction = next(c for c in smoke if c.task_type == "extraction")

    # The real scorer runs the case's unit tests in its sandbox and queues both jobs for review.
    right = _score_job(settings, jobs, code, code.reference)
    assert right["status"] == "succeeded", right
    assert right["score"]["passed"] is True
    assert right["score"]["details"]["sandbox"]["status"] == "passed"
    wrong = _score_job(settings, jobs, extraction, "nothing useful")
    assert wrong["score"]["passed"] is False

    s = _session()
    assert requests.get(f"{url}/v1/review/next", timeout=5).status_code == 401
    nxt = s.get(f"{url}/v1/review/next", timeout=5).json()
    assert nxt["pending"] == 2
    item = nxt["item"]
    assert item["id"] == right["id"] and item["output"] == code.reference and item["case_id"] == code.id
    assert "auto" not in item  # reviewers grade blind

    # Validation: every mistake is a 4xx with a message.
    bad = [
        (s.post(f"{url}/v1/review/{item['id']}", data="{oops", timeout=5), 400, "valid JSON"),
        (s.post(f"{url}/v1/review/{item['id']}", json={}, timeout=5), 422, "'passed' is required"),
        (s.post(f"{url}/v1/review/{item['id']}", json={"passed": "yes"}, timeout=5), 422, "true or false"),
        (s.post(f"{url}/v1/review/{'f' * 32}", json={"passed": True}, timeout=5), 404, "no review item"),
        (s.post(f"{url}/v1/review/bad$id", json={"passed": True}, timeout=5), 404, "invalid review item id"),
    ]
    for answer, status, message in bad:
        assert answer.status_code == status, answer.text
        assert message in answer.json()["error"]["message"]

    graded = s.post(f"{url}/v1/review/{item['id']}", json={"passed": True, "note": "works"}, timeout=5)
    assert graded.status_code == 200, graded.text
    body = graded.json()
    assert body["agrees"] is True and body["item"]["human"]["note"] == "works"
    again = s.post(f"{url}/v1/review/{item['id']}", json={"passed": False}, timeout=5)
    assert again.status_code == 409 and again.json()["error"]["type"] == "conflict"

    s.post(f"{url}/v1/review/{wrong['id']}", json={"passed": False}, timeout=5).raise_for_status()
    stats = s.get(f"{url}/v1/review/stats", timeout=5).json()
    assert (stats["n"], stats["pending"], stats["agreement"]) == (2, 0, 1.0)
    assert s.get(f"{url}/v1/review/next", timeout=5).json() == {"item": None, "pending": 0}

    # The CLI reads the same queue.
    env = {**os.environ, **settings_env(settings), "PYTHONPATH": str(REPO_ROOT)}
    out = subprocess.run([sys.executable, "-m", "tinylab.review_cli", "stats"], env=env, cwd=REPO_ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "graded 2  pending 0" in out.stdout and "agreement      1.000" in out.stdout


def test_a_redelivered_scoring_task_queues_the_job_once(review_stack):
    stack, settings, url, jobs = review_stack
    case = load_suite(REPO_ROOT / "suites", "smoke", 1).cases[0]
    job = _score_job(settings, jobs, case, case.reference)
    before = _session().get(f"{url}/v1/review/next", timeout=5).json()["pending"]
    make_celery(settings).send_task(TASK_SCORE, args=[job["id"]])
    time.sleep(1.0)
    assert _session().get(f"{url}/v1/review/next", timeout=5).json()["pending"] == before


def _basic(key):
    return {"Authorization": "Basic " + base64.b64encode(f"reviewer:{key}".encode()).decode()}


def test_the_review_page(review_stack):
    stack, settings, url, jobs = review_stack
    s = _session()
    while (item := s.get(f"{url}/v1/review/next", timeout=5).json()["item"]) is not None:  # earlier tests' items
        s.post(f"{url}/v1/review/{item['id']}", json={"passed": True}, timeout=5).raise_for_status()
    case = load_suite(REPO_ROOT / "suites", "smoke", 1).cases[1]
    job = _score_job(settings, jobs, case, "A <b>bold</b> summary.")

    refused = requests.get(f"{url}/review", timeout=5)
    assert refused.status_code == 401 and refused.headers["WWW-Authenticate"].startswith("Basic")
    assert requests.get(f"{url}/review", headers=_basic("wrong"), timeout=5).status_code == 401

    page = requests.get(f"{url}/review", headers=_basic(API_KEY), timeout=5)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "A &lt;b&gt;bold&lt;/b&gt; summary." in page.text  # escaped, never rendered as HTML
    form = dict(re.findall(r'name="(id|token)" value="([^"]*)"', page.text))
    item_id = form["id"]
    assert item_id == job["id"]

    forged = requests.post(f"{url}/review", headers=_basic(API_KEY),
                           data={"id": item_id, "token": "0" * 32, "verdict": "pass"}, timeout=5)
    assert forged.status_code == 403
    no_verdict = requests.post(f"{url}/review", headers=_basic(API_KEY), data=form, timeout=5)
    assert no_verdict.status_code == 422

    done = requests.post(f"{url}/review", headers=_basic(API_KEY),
                         data={**form, "verdict": "fail", "note": "invented facts"}, timeout=5)
    assert done.status_code == 200 and f"graded {item_id} fail" in done.text
    graded = json.loads(jobs.redis.get(f"rv:review:item:{item_id}"))
    assert (graded["human"]["passed"], graded["human"]["note"]) == (False, "invented facts")
    assert graded["auto"]["passed"] is job["score"]["passed"] is False
    again = requests.post(f"{url}/review", headers=_basic(API_KEY), data={**form, "verdict": "pass"}, timeout=5)
    assert again.status_code == 409 and "already graded" in again.text
