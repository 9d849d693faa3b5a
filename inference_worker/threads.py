"""Threads in a worker process: only the engine's may keep an OpenMP team (see Engine.__init__)."""
from __future__ import annotations

import threading


def run_in_passing_thread(fn, name: str = "tinylab-passing"):
    """fn() in a thread that ends when it returns; its result, or its exception raised here.

    For PyTorch work in a process whose engine thread must be the only one keeping an OpenMP team
    (see Engine.__init__): a thread's team goes away with the thread."""
    out: list = []

    def run() -> None:
        try:
            out.append((True, fn()))
        except BaseException as exc:
            out.append((False, exc))

    thread = threading.Thread(target=run, name=name)
    thread.start()
    thread.join()
    ok, value = out[0]
    if not ok:
        raise value
    return value
