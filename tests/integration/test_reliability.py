"""No accepted job is lost: load shedding, a worker killed mid-job, the broker going away."""
import signal
import time

import pytest
import requests

from gateway.app import create_app
from tests.integration.conftest import API_KEY, make_stack
from tests.integration.helpers import submit, wait_job
from tinylab.stack import free_port

pytestmark = pytest.mark.integration
AUTH = {"Authorization": f"Bearer {API_KEY}"}


def test_gateway_sheds_load_when_the_queue_is_full(running):
    # A second gateway on Redis database 1, with a tiny limit; its queue is filled by hand.
    settings = running.settings.replace(redis_url=running.settings.redis_url[:-1] + "1", max_queue_depth=3)
    client = create_app(settings).test_client()
    db1 = running.redis.connection_pool.connection_kwargs
    import redis
    r1 = redis.Redis(host=db1["host"], port=db1["port"], db=1)
    r1.rpush("inference", *["placeholder"] * 3)
    try:
        answer = client.post("/v1/jobs", json={"prompt": "hi"}, headers=AUTH)
        assert answer.status_code == 503
        assert answer.headers["Retry-After"] == "1"
        assert "retry later" in answer.get_json()["error"]["message"]
        r1.delete("inference")
        assert client.post("/v1/jobs", json={"prompt": "hi"}, headers=AUTH).status_code == 202
    finally:
        r1.flushdb()


def test_broker_down_means_a_clear_503_not_a_lost_job(tmp_path, tiny_checkpoint):
    from tinylab.settings import Settings
    settings = Settings(redis_url=f"redis://127.0.0.1:{free_port()}/0", api_keys=(API_KEY,))
    client = create_app(settings).test_client()
    answer = client.post("/v1/jobs", json={"prompt": "hi"}, headers=AUTH)
    assert answer.status_code == 503
    assert answer.get_json()["error"]["message"]
    assert client.get("/readyz").status_code == 503


def test_a_worker_killed_mid_job_loses_nothing(tmp_path, tiny_checkpoint):
    # The jobs wait in the engine (its admission window is 2 s) when the worker is killed with
    # SIGKILL; the broker redelivers them after the visibility timeout to the worker started next. The timeout is
    # shorter than a job here, so the new worker also sees duplicate deliveries: the job lease makes
    # them wait instead of decoding twice.
    stack, settings, port = make_stack(tmp_path, tiny_checkpoint, batch_wait_ms=2000, visibility_timeout_s=2,
                                       lease_ttl_s=3)
    try:
        stack.start_redis(port)
        stack.start_inference_worker(0)
        stack.start_scorer()
        gateway = stack.start_gateway(free_port(), workers=1)
        stack.wait_ready(gateway, timeout=120)
        s = requests.Session()
        s.headers.update(AUTH)
        # three jobs in the engine's batch when the worker dies: none may be lost
        job_ids = [submit(s, gateway.url, prompt=f"def crash{i}(x):", max_tokens=8, seed=11 + i) for i in range(3)]
        deadline = time.monotonic() + 30
        while any(s.get(f"{gateway.url}/v1/jobs/{j}").json()["status"] != "running" for j in job_ids):
            assert time.monotonic() < deadline, "jobs never started"
            time.sleep(0.05)
        stack.stop("inference_worker0", sig=signal.SIGKILL)
        assert all(s.get(f"{gateway.url}/v1/jobs/{j}").json()["status"] == "running" for j in job_ids)

        stack.start_inference_worker(1)
        jobs = [wait_job(s, gateway.url, j, timeout=90) for j in job_ids]
        assert all(job["status"] == "succeeded" for job in jobs), jobs
        assert [job["attempts"] for job in jobs] == [2, 2, 2]
    except Exception:
        print(stack.logs())
        raise
    finally:
        stack.stop()


def test_accepted_jobs_survive_a_redis_restart(tmp_path, tiny_checkpoint):
    # Jobs accepted while no worker runs sit in Redis; Redis restarts (AOF on); then a worker comes.
    stack, settings, port = make_stack(tmp_path, tiny_checkpoint)
    try:
        stack.start_redis(port)
        gateway = stack.start_gateway(free_port(), workers=1)
        s = requests.Session()
        s.headers.update(AUTH)
        ids = [submit(s, gateway.url, prompt=f"def keep{i}(x):", max_tokens=6, seed=i) for i in range(3)]
        stack.stop("redis")
        assert s.get(f"{gateway.url}/v1/jobs/{ids[0]}").status_code == 503  # said plainly, not a 500
        stack.start_redis(port)
        stack.start_inference_worker(0)
        stack.start_scorer()
        jobs = [wait_job(s, gateway.url, job_id, timeout=90) for job_id in ids]
        assert [j["status"] for j in jobs] == ["succeeded"] * 3, jobs
    except Exception:
        print(stack.logs())
        raise
    finally:
        stack.stop()
