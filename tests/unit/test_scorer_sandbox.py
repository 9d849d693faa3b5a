import socket
import threading
import time
from pathlib import Path

import pytest

from scorer.sandbox import run_tests

ADD = "def add(a, b):\n    return a + b\n"


def test_a_correct_function_passes_its_tests():
    result = run_tests(ADD, "assert add(2, 3) == 5\n", "add")
    assert (result.status, result.passed) == ("passed", True)


def test_a_wrong_function_fails_with_the_assertion():
    result = run_tests("def add(a, b):\n    return a - b\n", "assert add(2, 3) == 5, 'add(2, 3)'\n", "add")
    assert (result.status, result.passed) == ("failed", False)
    assert "add(2, 3)" in result.detail


@pytest.mark.parametrize("solution, status", [
    ("def add(a, b):\n    raise ValueError('no')\n", "error"),
    ("def other():\n    pass\n", "no_entry_point"),
    ("import sys\nsys.exit(0)\ndef add(a, b):\n    return a + b\n", "error"),  # exit 0 is not a pass
])
def test_errors_are_failures(solution, status):
    result = run_tests(solution, "assert add(1, 1) == 2\n", "add")
    assert (result.status, result.passed) == (status, False)


def test_an_infinite_loop_is_killed_by_the_time_limit():
    started = time.monotonic()
    result = run_tests("def add(a, b):\n    while True:\n        pass\n", "add(1, 2)\n", "add", timeout_s=1)
    assert (result.status, result.passed) == ("timeout", False)
    assert time.monotonic() - started < 5


def test_sleeping_forever_is_killed_by_the_wall_clock():
    result = run_tests("import time\ndef add(a, b):\n    time.sleep(60)\n", "add(1, 2)\n", "add", timeout_s=1)
    assert result.status == "timeout"


@pytest.mark.parametrize("body", [
    "    return bytearray(4 * 1024 ** 3)",  # one huge allocation
    "    chunks = []\n    while True:\n        chunks.append(' ' * 10 ** 6)",  # growing until it hits the cap
])
def test_a_memory_hog_is_stopped_by_the_memory_limit(body):
    result = run_tests(f"def add(a, b):\n{body}\n", "add(1, 2)\n", "add", memory_mb=256, timeout_s=10)
    assert (result.status, result.passed) == ("memory", False)


def test_no_network():
    with socket.socket() as server:  # a listener on this machine the code under test must not reach
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        server.settimeout(0.5)
        reached = []
        threading.Thread(target=lambda: _accept(server, reached), daemon=True).start()
        code = f"import socket\ndef add(a, b):\n    socket.create_connection(('127.0.0.1', {port}), timeout=1)\n    return a + b\n"
        result = run_tests(code, "assert add(1, 2) == 3\n", "add")
        time.sleep(0.6)
    assert (result.status, result.passed) == ("error", False)
    assert "not allowed" in result.detail or "unreachable" in result.detail
    assert not reached


def _accept(server, reached):
    try:
        reached.append(server.accept())
    except OSError:
        pass


def test_runs_in_a_temporary_directory_that_is_removed():
    code = "import os\ndef add(a, b):\n    open('scratch.txt', 'w').write('x')\n    return os.getcwd()\n"
    result = run_tests(code, "cwd = add(1, 2)\nassert 'tinylab-sandbox-' in cwd, cwd\nprint(cwd)\n", "add")
    assert result.passed, result
    assert not list(Path("/tmp").glob("tinylab-sandbox-*/scratch.txt"))


@pytest.mark.parametrize("code", [
    "open('/tmp/tinylab-sandbox-escape.txt', 'w').write('x')",
    "import subprocess\nsubprocess.run(['true'])",
    "import os\nos.system('true')",
    "import os\nos.remove(__import__('sys').executable)",
])
def test_writes_outside_and_processes_are_refused(code):
    result = run_tests(f"def add(a, b):\n    return a + b\n{code}\n", "assert add(1, 2) == 3\n", "add")
    assert (result.status, result.passed) == ("error", False)
    assert "sandbox:" in result.detail
    assert not Path("/tmp/tinylab-sandbox-escape.txt").exists()


def test_the_environment_is_empty():
    result = run_tests("import os\ndef add(a, b):\n    return sorted(os.environ)\n",
                       "assert not [k for k in add(1, 2) if k.startswith(('TINYLAB', 'REDIS', 'PYTHON'))]\n", "add")
    assert result.passed, result
