"""Integration fixtures: a real redis-server, real Celery worker processes and gunicorn, started
through the same `Stack` that `tinylab up` uses."""
from dataclasses import dataclass

import pytest
import redis
import requests

from tests.conftest import require_binary
from tinylab.settings import Settings
from tinylab.stack import Stack, free_port

API_KEY = "integration-test-key"


@dataclass
class Running:
    stack: Stack
    url: str
    redis: redis.Redis
    settings: Settings
    prometheus_url: str

    def session(self, key: str | None = API_KEY) -> requests.Session:
        s = requests.Session()
        if key:
            s.headers["Authorization"] = f"Bearer {key}"
        return s


def make_stack(tmp_path, checkpoint, **overrides) -> tuple[Stack, Settings, int]:
    require_binary("redis-server")
    port = free_port()
    settings = Settings(redis_url=f"redis://127.0.0.1:{port}/0", api_keys=(API_KEY,), checkpoint_dir=checkpoint,
                        key_prefix="it", **overrides)
    return Stack(settings, tmp_path), settings, port


@pytest.fixture(scope="module")
def running(tmp_path_factory, tiny_checkpoint):
    # A generous batch window makes jobs that arrive together decode together, so batching is visible.
    stack, settings, port = make_stack(tmp_path_factory.mktemp("stack"), tiny_checkpoint, max_batch_size=8,
                                       batch_wait_ms=300, max_prompt_chars=2000, max_body_bytes=16 * 1024)
    require_binary("prometheus")
    worker_port, scorer_port = free_port(), free_port()
    try:
        stack.start_redis(port)
        stack.start_inference_worker(0, metrics_port=worker_port)
        stack.start_scorer(metrics_port=scorer_port)
        gateway = stack.start_gateway(free_port())
        prometheus = stack.start_prometheus(free_port(), {
            "gateway": [gateway.url.removeprefix("http://")],
            "inference_worker": [f"127.0.0.1:{worker_port}"],
            "scorer": [f"127.0.0.1:{scorer_port}"],
        })
        stack.wait_ready(gateway, timeout=120)
        stack.wait_scraped(prometheus, ["gateway", "inference_worker", "scorer"])
        yield Running(stack, gateway.url, redis.Redis(port=port, decode_responses=True), settings, prometheus.url)
    except Exception:
        print(stack.logs())
        raise
    finally:
        stack.stop()
