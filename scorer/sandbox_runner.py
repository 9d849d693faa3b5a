"""Runs inside the sandbox subprocess: `python -I -S sandbox_runner.py CPU_S MEMORY_MB ENTRY`.

Limits itself first (address space, CPU seconds, file size, no core dumps), then refuses network,
process creation and writes outside its working directory through an audit hook (hooks cannot be
removed once added), then runs `solution.py` and `tests.py` from the working directory in one
namespace. Standard library only: isolated mode (-I -S) sees no site-packages and no repo.

The exit code is the verdict (see `sandbox.STATUS`); stdout is discarded and the tail of stderr
becomes the verdict's detail.
"""
import os
import resource
import sys

PASSED, FAILED, ERROR, MEMORY, NO_ENTRY = 0, 10, 11, 12, 13

_BLOCKED = ("socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
            "os.forkpty", "os.kill", "os.killpg", "pty.", "ctypes.", "os.chdir", "os.chroot", "os.setuid")


def _limit(cpu_s: int, memory_mb: int) -> None:
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))  # soft: SIGXCPU, hard: SIGKILL
    resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _guard(root: str):
    def hook(event, args):
        if event.startswith(_BLOCKED):
            raise PermissionError(f"sandbox: {event} is not allowed")
        if event == "open" and args[1] is not None and any(c in str(args[1]) for c in "wax+"):
            path = os.path.realpath(os.fspath(args[0])) if not isinstance(args[0], int) else root
            if not (path == root or path.startswith(root + os.sep)):
                raise PermissionError(f"sandbox: writing outside the working directory is not allowed: {path}")
        if event in ("os.remove", "os.rename", "os.rmdir", "shutil.rmtree", "os.unlink"):
            path = os.path.realpath(os.fspath(args[0]))
            if not path.startswith(root + os.sep):
                raise PermissionError(f"sandbox: {event} outside the working directory is not allowed")
    return hook


def main() -> int:
    cpu_s, memory_mb, entry = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    _limit(cpu_s, memory_mb)
    with open("solution.py", encoding="utf-8") as f:
        solution = f.read()
    with open("tests.py", encoding="utf-8") as f:
        tests = f.read()
    root = os.path.realpath(os.getcwd())
    sys.addaudithook(_guard(root))
    namespace = {"__name__": "solution"}
    try:
        exec(compile(solution, "solution.py", "exec"), namespace)
    except MemoryError:
        return MEMORY
    except BaseException as exc:  # noqa: BLE001 - anything the code under test raises is its failure
        print(f"solution raised {type(exc).__name__}: {exc}"[:500], file=sys.stderr)
        return ERROR
    if not callable(namespace.get(entry)):
        print(f"solution does not define {entry}()", file=sys.stderr)
        return NO_ENTRY
    try:
        exec(compile(tests, "tests.py", "exec"), namespace)
    except MemoryError:
        return MEMORY
    except AssertionError as exc:
        print(f"test failed: {exc}"[:500], file=sys.stderr)
        return FAILED
    except BaseException as exc:  # noqa: BLE001
        print(f"tests raised {type(exc).__name__}: {exc}"[:500], file=sys.stderr)
        return ERROR
    return PASSED


if __name__ == "__main__":
    sys.exit(main())
