"""/v1 routes: submit and poll jobs, and an OpenAI-compatible completions endpoint."""
from __future__ import annotations

import re
import time

from flask import Blueprint, current_app, g, jsonify, request

from gateway.submit import Submitted, fail_if_overdue, resolve_case, submit
from tinylab.contract import BLOCKED, FAILED, SUCCEEDED, TERMINAL
from tinylab.jobs import timings
from tinylab.schema import RequestError, parse_job_request

bp = Blueprint("api", __name__, url_prefix="/v1")
JOB_ID = re.compile(r"^[0-9a-f]{32}$")
COMPLETION_POLL_S = 0.02

# OpenAI fields we accept only at their default value (so clients that always send them work).
_OPENAI_DEFAULTS = {"n": 1, "stream": False, "echo": False, "best_of": 1,
                    "presence_penalty": 0, "frequency_penalty": 0, "suffix": None, "logit_bias": None}


def _ctx():
    ext = current_app.extensions["tinylab"]
    return ext["settings"], ext["jobs"], ext["celery"]


def _body() -> object:
    body = request.get_json(force=True, silent=True)
    if body is None:
        raise RequestError("request body must be valid JSON", status=400)
    return body


def _accept(payload) -> Submitted:
    settings, jobs, celery = _ctx()
    job_request = resolve_case(parse_job_request(payload, settings), settings.suites_dir)
    return submit(job_request, jobs, celery, settings, caller=g.caller, secret=_secret())


def _secret() -> str | None:
    """The API key the caller presented (authentication already checked it)."""
    header = request.headers.get("Authorization", "")
    return header[len("Bearer "):].strip() if header.startswith("Bearer ") else None


def _restored(job: dict) -> dict:
    """For the caller that submitted it, under a policy with `restore`, the job with the caller's
    own values back in its prompt and output (guardrails pseudonym vault); anyone else sees tokens."""
    if not job.get("vault") or job.get("caller") != g.caller:
        return job
    from guardrails.policy import load_policies
    from guardrails.redact import Vault

    if not load_policies().for_key(g.caller).restore:
        return job
    try:
        vault = Vault.unseal(job["vault"], (_secret() or "").encode(), job["id"].encode())
    except ValueError:
        return job
    return {**job, **{k: vault.restore(job[k]) for k in ("prompt", "output") if isinstance(job.get(k), str)}}


def _blocked(sub: Submitted):
    return jsonify(error={"type": "blocked", "message": f"prompt blocked by input guardrail rule {sub.blocked_by!r}",
                          "rule": sub.blocked_by},
                   id=sub.job_id, status=BLOCKED, guardrails=sub.guard), 422


@bp.post("/jobs")
def create_job():
    sub = _accept(_body())
    if sub.status == BLOCKED:
        return _blocked(sub)
    return jsonify(id=sub.job_id, status=sub.status), 202, {"Location": f"/v1/jobs/{sub.job_id}"}


def _load(job_id: str) -> dict:
    settings, jobs, _ = _ctx()
    job = jobs.get(job_id) if JOB_ID.match(job_id) else None
    if job is None:
        raise RequestError(f"no job with id {job_id!r}", status=404)
    return fail_if_overdue(job, jobs, settings.job_timeout_s)


def job_view(job: dict) -> dict:
    return {
        "id": job["id"], "status": job["status"], "stage": job.get("stage"), "task_type": job.get("task_type"),
        "suite": job.get("suite"), "case_id": job.get("case_id"), "prompt": job.get("prompt"),
        "params": job.get("params"), "output": job.get("output"), "finish_reason": job.get("finish_reason"),
        "usage": {"prompt_tokens": job.get("prompt_tokens"), "completion_tokens": job.get("completion_tokens")},
        "perplexity": job.get("perplexity"), "score": job.get("score"), "error": job.get("error"),
        "guardrails": {"input": job.get("guardrails"), "output": job.get("output_guardrails")},
        "batch_size": job.get("batch_size"), "attempts": job.get("attempts"), "timings": timings(job),
        "logprobs": job.get("logprobs"),
    }


@bp.get("/jobs/<job_id>")
def get_job(job_id: str):
    return jsonify(job_view(_restored(_load(job_id))))


def _completion_payload(body: dict) -> dict:
    if not isinstance(body, dict):
        raise RequestError("request body must be a JSON object", status=400)
    payload = dict(body)
    for name, default in _OPENAI_DEFAULTS.items():
        if name in payload and payload.pop(name) not in (default, None):
            raise RequestError(f"'{name}' other than {default!r} is not supported", field=name)
    payload.pop("model", None)  # one model per deployment; it is named in the answer
    payload.pop("user", None)
    if isinstance(payload.get("prompt"), list):
        raise RequestError("'prompt' must be a single string (batched prompts: send one request each)",
                           field="prompt")
    return payload


@bp.post("/completions")
def completions():
    """OpenAI-compatible: waits for the job's output (not its score) up to `completion_timeout_s`."""
    settings, jobs, _ = _ctx()
    sub = _accept(_completion_payload(_body()))
    if sub.status == BLOCKED:
        return _blocked(sub)
    deadline = time.monotonic() + settings.completion_timeout_s
    while True:
        job = jobs.get(sub.job_id)
        if job is not None and ("output" in job or job["status"] in TERMINAL):
            break
        if time.monotonic() > deadline:
            return jsonify(error={"type": "timeout", "message": "no output yet; poll the job",
                                  "job": f"/v1/jobs/{sub.job_id}"}, id=sub.job_id), 504
        time.sleep(COMPLETION_POLL_S)
    if job["status"] == FAILED:
        return jsonify(error={"type": "failed", "message": job.get("error", "inference failed")}, id=sub.job_id), 502
    job = _restored(job)
    finish = "length" if job.get("finish_reason") in ("length", "context") else "stop"
    usage = {"prompt_tokens": job.get("prompt_tokens", 0), "completion_tokens": job.get("completion_tokens", 0)}
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    return jsonify(id=f"cmpl-{sub.job_id}", object="text_completion", created=int(job["created_at"]),
                   model=settings.checkpoint_dir.name,
                   choices=[{"index": 0, "text": job["output"], "logprobs": job.get("logprobs"),
                             "finish_reason": finish}],
                   usage=usage, tinylab={"job_id": sub.job_id, "status": job["status"]})
