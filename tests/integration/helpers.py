import time

TERMINAL = {"succeeded", "failed", "blocked"}


def wait_job(session, url: str, job_id: str, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        answer = session.get(f"{url}/v1/jobs/{job_id}", timeout=10)
        job = answer.json()
        assert answer.status_code == 200 and "status" in job, (answer.status_code, job)
        if job["status"] in TERMINAL:
            return job
        if time.monotonic() > deadline:
            raise AssertionError(f"job {job_id} still {job['status']} after {timeout}s: {job}")
        time.sleep(0.1)


def submit(session, url: str, **body) -> str:
    answer = session.post(f"{url}/v1/jobs", json=body, timeout=30)
    assert answer.status_code == 202, answer.text
    return answer.json()["id"]
