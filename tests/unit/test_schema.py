import pytest

from tinylab.schema import RequestError, SamplingRequest, parse_job_request
from tinylab.settings import Settings

SETTINGS = Settings(max_prompt_chars=100, max_new_tokens=64)


def parse(payload):
    return parse_job_request(payload, SETTINGS, random_seed=lambda: 7)


def test_defaults_and_recorded_random_seed():
    req = parse({"prompt": "hello"})
    assert req.task_type == "free"
    assert req.sampling == SamplingRequest(max_tokens=64, temperature=0.0, top_k=0, top_p=1.0, seed=7, stop=())


def test_full_request_round_trips():
    req = parse({"prompt": "p", "task_type": "extraction", "suite": "demo", "case_id": "x", "max_tokens": 5,
                 "temperature": 0.7, "top_k": 40, "top_p": 0.9, "seed": 3, "stop": ["\n", "###"], "logprobs": 2})
    assert req.sampling.logprobs == 2
    assert (req.suite, req.case_id, req.task_type) == ("demo", "x", "extraction")
    assert SamplingRequest.from_dict(req.sampling.to_dict()) == req.sampling
    assert parse({"prompt": "p", "stop": "\n"}).sampling.stop == ("\n",)


@pytest.mark.parametrize("payload, status, needle", [
    ([1, 2], 400, "JSON object"),
    ({}, 422, "'prompt' is required"),
    ({"prompt": 5}, 422, "'prompt' must be a string"),
    ({"prompt": "   "}, 422, "must not be empty"),
    ({"prompt": "x" * 101}, 413, "limit is 100"),
    ({"prompt": "p", "colour": "red"}, 422, "unknown field(s): colour"),
    ({"prompt": "p", "task_type": "poetry"}, 422, "'task_type' must be one of"),
    ({"prompt": "p", "suite": "demo"}, 422, "go together"),
    ({"prompt": "p", "max_tokens": 0}, 422, "'max_tokens' must be in [1, 64]"),
    ({"prompt": "p", "logprobs": 6}, 422, "'logprobs' must be in [0, 5]"),
    ({"prompt": "p", "logprobs": "2"}, 422, "'logprobs' must be an integer"),
    ({"prompt": "p", "max_tokens": 65}, 422, "'max_tokens' must be in [1, 64]"),
    ({"prompt": "p", "max_tokens": "5"}, 422, "'max_tokens' must be an integer"),
    ({"prompt": "p", "max_tokens": True}, 422, "'max_tokens' must be an integer"),
    ({"prompt": "p", "temperature": -0.1}, 422, "'temperature' must be in"),
    ({"prompt": "p", "temperature": 2.5}, 422, "'temperature' must be in"),
    ({"prompt": "p", "top_p": 0}, 422, "'top_p' must be in (0, 1]"),
    ({"prompt": "p", "top_k": -1}, 422, "'top_k' must be in"),
    ({"prompt": "p", "seed": -1}, 422, "'seed' must be in"),
    ({"prompt": "p", "seed": 1.5}, 422, "'seed' must be an integer"),
    ({"prompt": "p", "stop": [1]}, 422, "'stop' must be a string or a list"),
    ({"prompt": "p", "stop": ["a", "b", "c", "d", "e"]}, 422, "at most 4"),
    ({"prompt": "p", "stop": [""]}, 422, "1..64 characters"),
])
def test_invalid_requests_say_what_is_wrong(payload, status, needle):
    with pytest.raises(RequestError) as err:
        parse(payload)
    assert err.value.status == status
    assert needle in err.value.message
