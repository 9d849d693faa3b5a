"""Run a code completion against its unit tests in a sandboxed subprocess.

    run_tests(solution, tests, entry_point, timeout_s=2.0, memory_mb=256) -> SandboxResult

The child is `python -I -S scorer/sandbox_runner.py` (isolated mode: no site-packages, no
PYTHON* variables, not even this repo on its path) in a fresh temporary directory that is deleted
afterwards, with an empty environment, its own session (so a timeout kills its whole process
group), and, where unprivileged user namespaces are available, `unshare --net`: no network at
all. The runner then caps its own address space, CPU time and file sizes and installs an audit
hook refusing sockets, subprocesses and writes outside its directory.

This stops a small model's accidents (an endless loop, a huge list, `os.remove`), not a
determined attacker: there is no seccomp filter and the code runs as this user.
"""
from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

RUNNER = Path(__file__).resolve().parent / "sandbox_runner.py"
TIMEOUT_S = 2.0
MEMORY_MB = 256
# Exit codes of sandbox_runner.py -> status.
STATUS = {0: "passed", 10: "failed", 11: "error", 12: "memory", 13: "no_entry_point"}


@dataclass(frozen=True)
class SandboxResult:
    status: str  # passed, failed, error, memory, no_entry_point, timeout, killed, syntax
    passed: bool
    seconds: float
    detail: str = ""

    def to_dict(self) -> dict:
        return {"status": self.status, "passed": self.passed, "seconds": round(self.seconds, 3),
                "detail": self.detail}


@functools.lru_cache(maxsize=1)
def _net_isolation() -> tuple[str, ...]:
    """`unshare` arguments that put the child in an empty network namespace, when this machine
    lets an unprivileged user do that; else nothing (the audit hook still refuses sockets)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    cmd = (unshare, "--user", "--map-root-user", "--net")
    try:
        ok = subprocess.run([*cmd, "true"], capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.SubprocessError):
        ok = False
    return cmd if ok else ()


def run_tests(solution: str, tests: str, entry_point: str, *, timeout_s: float = TIMEOUT_S,
              memory_mb: int = MEMORY_MB) -> SandboxResult:
    """Execute `solution`, check it defines `entry_point`, then run `tests` (assert statements) in
    the same namespace. `passed` only when every assertion holds within the limits."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="tinylab-sandbox-") as work:
        Path(work, "solution.py").write_text(solution, encoding="utf-8")
        Path(work, "tests.py").write_text(tests, encoding="utf-8")
        cpu_s = max(1, int(timeout_s + 0.999))
        cmd = [*_net_isolation(), sys.executable, "-I", "-S", str(RUNNER), str(cpu_s), str(memory_mb), entry_point]
        proc = subprocess.Popen(cmd, cwd=work, env={"PATH": os.defpath, "LC_ALL": "C.UTF-8"},
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                start_new_session=True)
        try:
            _, err = proc.communicate(timeout=timeout_s + 0.5)  # + interpreter start-up
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return SandboxResult("timeout", False, time.monotonic() - started, f"killed after {timeout_s:g}s")
    seconds = time.monotonic() - started
    detail = err.decode("utf-8", "replace").strip()[-500:]
    code = proc.returncode
    if code in (-signal.SIGXCPU, -signal.SIGKILL) and seconds >= cpu_s * 0.9:
        return SandboxResult("timeout", False, seconds, f"CPU limit of {cpu_s}s")
    if code < 0:
        return SandboxResult("killed", False, seconds, f"killed by signal {-code}")
    status = STATUS.get(code, "error")
    if status == "error" and code not in STATUS and "MemoryError" in detail:
        status = "memory"
    return SandboxResult(status, status == "passed", seconds, detail)
