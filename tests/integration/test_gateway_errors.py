"""Every caller mistake answers 4xx with a message that says what was wrong; no 500s."""
import pytest

from tests.integration.helpers import submit

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("raw, status, needle", [
    (b"{not json", 400, "valid JSON"),
    (b"[1, 2]", 400, "JSON object"),
    (b'{"prompt": 3}', 422, "'prompt' must be a string"),
    (b'{"prompt": ""}', 422, "must not be empty"),
    (b'{"prompt": "hi", "mood": 1}', 422, "unknown field(s): mood"),
    (b'{"prompt": "hi", "max_tokens": 100000}', 422, "'max_tokens' must be in"),
    (b'{"prompt": "hi", "temperature": "hot"}', 422, "'temperature' must be a number"),
    (b'{"prompt": "hi", "suite": "demo", "case_id": "no-such-case"}', 422, "no-such-case"),
    (b'{"prompt": "hi", "suite": "no-such-suite", "case_id": "x"}', 422, "no-such-suite"),
    (('{"prompt": "' + "a" * 3000 + '"}').encode(), 413, "limit is 2000"),
    (('{"prompt": "' + "a" * 20000 + '"}').encode(), 413, ""),
])
def test_bad_job_requests(running, raw, status, needle):
    answer = running.session().post(f"{running.url}/v1/jobs", data=raw,
                                    headers={"Content-Type": "application/json"})
    assert answer.status_code == status, answer.text
    assert needle in answer.json()["error"]["message"]


@pytest.mark.parametrize("body, needle", [
    ({"prompt": "hi", "stream": True}, "'stream' other than False"),
    ({"prompt": "hi", "n": 2}, "'n' other than 1"),
    ({"prompt": ["a", "b"]}, "single string"),
])
def test_unsupported_completion_options(running, body, needle):
    answer = running.session().post(f"{running.url}/v1/completions", json=body)
    assert answer.status_code == 422, answer.text
    assert needle in answer.json()["error"]["message"]


@pytest.mark.parametrize("key", [None, "wrong-key"])
def test_v1_needs_a_valid_key(running, key):
    s = running.session(key=key)
    assert s.post(f"{running.url}/v1/jobs", json={"prompt": "hi"}).status_code == 401
    answer = s.get(f"{running.url}/v1/jobs/{'0' * 32}")
    assert answer.status_code == 401
    assert "API key" in answer.json()["error"]["message"]


@pytest.mark.parametrize("job_id", ["0" * 32, "not-an-id", "../../etc"])
def test_unknown_job_is_404(running, job_id):
    answer = running.session().get(f"{running.url}/v1/jobs/{job_id}")
    assert answer.status_code == 404
    assert answer.json()["error"]["type"] == "not_found"


def test_unknown_route_and_wrong_method_are_json_4xx(running):
    s = running.session()
    assert s.get(f"{running.url}/v1/nothing").status_code == 404
    answer = s.get(f"{running.url}/v1/completions")
    assert answer.status_code == 405
    assert answer.json()["error"]["message"]
