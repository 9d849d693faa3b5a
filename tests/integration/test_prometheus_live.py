"""A real Prometheus scrapes the real stack: every target is up and the key series have data."""
import time

import pytest
import requests

from tests.integration.helpers import submit, wait_job

pytestmark = pytest.mark.integration


def query(prometheus_url: str, expr: str) -> list[dict]:
    answer = requests.get(f"{prometheus_url}/api/v1/query", params={"query": expr}, timeout=5).json()
    assert answer["status"] == "success", answer
    return answer["data"]["result"]


def wait_for(prometheus_url: str, expr: str, accept=bool, timeout: float = 45) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = query(prometheus_url, expr)
        if accept(result):
            return result
        time.sleep(1)
    raise AssertionError(f"no data for {expr!r} after {timeout}s")


def test_every_target_is_up_and_key_series_have_data(running):
    s = running.session()
    wait_job(s, running.url, submit(s, running.url, prompt="def main():", max_tokens=6, seed=4))

    jobs = {"gateway", "inference_worker", "scorer"}
    wait_for(running.prometheus_url, "up == 1", accept=lambda r: {x["metric"]["job"] for x in r} >= jobs)
    assert query(running.prometheus_url, "up == 0") == []
    for expr in ['tinylab_queue_depth{queue="inference"}', "tinylab_workers_alive >= 1",
                 "tinylab_generated_tokens_total > 0", "tinylab_batch_size_count > 0",
                 "tinylab_scored_jobs_total > 0", 'tinylab_http_requests_total{route="/v1/jobs"}',
                 "tinylab_model_info == 1"]:
        assert wait_for(running.prometheus_url, expr), expr
