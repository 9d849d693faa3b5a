"""The README's first command, end to end: `tinylab up --demo --exit` on free ports."""
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO, require_binary
from tinylab.stack import free_port

pytestmark = pytest.mark.integration


def test_tinylab_up_runs_the_demo_and_shuts_down_cleanly(tmp_path, tiny_checkpoint):
    require_binary("redis-server")
    env = {**os.environ, "TINYLAB_CHECKPOINT_DIR": str(tiny_checkpoint), "TINYLAB_API_KEYS": "up-test-key"}
    ports = [str(free_port()) for _ in range(4)]
    cmd = [sys.executable, "-m", "tinylab.cli", "up", "--demo", "--exit", "--run-dir", str(tmp_path),
           "--redis-port", ports[0], "--gateway-port", ports[1], "--prometheus-port", ports[2],
           "--metrics-port", ports[3]]
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "tinylab is up" in out and "== tinylab demo" in out
    for task_type in ("summarization", "extraction", "code_completion"):
        assert task_type in out
    assert "blocked 2" in out or "blocked 3" in out, out
    assert "shutting down" in out
    # Clean shutdown: nothing is left listening on the stack's ports.
    leftover = subprocess.run(["pgrep", "-f", f"--port {ports[0]}"], capture_output=True, text=True)
    assert leftover.stdout.strip() == ""
