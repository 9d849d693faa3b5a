"""What a measurement ran on: hardware, load from other processes, versions, git state, checkpoint.

A figure from a 2-core machine is only comparable with one taken on the same CPU, the same
versions and a quiet machine; every artifact the lab writes carries this record.
"""
from __future__ import annotations

import hashlib
import os
import platform
import resource
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# Instruction-set extensions that decide CPU inference speed (int8 and bf16 matmuls above all).
KEY_FLAGS = ("avx", "avx2", "fma", "avx512f", "avx512bw", "avx512_vnni", "avx_vnni", "avx512_bf16",
             "amx_bf16", "amx_int8", "amx_tile")
PINNED = ("torch", "numpy", "tokenizers", "safetensors", "matplotlib", "celery", "redis", "flask")


def parse_cpuinfo(text: str) -> dict:
    """CPU model, logical cores and the key flags from the text of /proc/cpuinfo."""
    model, flags, cores = None, set(), 0
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "processor":
            cores += 1
        elif key == "model name" and model is None:
            model = value
        elif key in ("flags", "Features") and not flags:
            flags = set(value.split())
    return {"cpu_model": model, "logical_cores": cores or None,
            "flags": {f: f in flags for f in KEY_FLAGS},
            "int8_fast": bool(flags & {"avx512_vnni", "avx_vnni", "amx_int8"}),
            "bf16_native": bool(flags & {"avx512_bf16", "amx_bf16"})}


def parse_proc_stat(text: str) -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs from the first line of /proc/stat."""
    fields = [int(x) for x in text.splitlines()[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    total = sum(fields[:8])  # guest time is already counted in user
    return total - idle, total


def _own_jiffies() -> int:
    """CPU time of this process and its waited-for children, in clock ticks."""
    t = os.times()
    return round((t.user + t.system + t.children_user + t.children_system) * os.sysconf("SC_CLK_TCK"))


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def load_average() -> list[float] | None:
    text = _read("/proc/loadavg")
    return [float(x) for x in text.split()[:3]] if text else None


class CpuMonitor:
    """CPU used by *other* processes: machine busy time minus this process's (and its children's).

    `sample(seconds)` measures it over a short quiet window (call it when this process is idle);
    `start()`/`stop()` measure it over a whole run. The result is in cores (0..logical cores):
    1.0 means another process kept one core busy, which on 2 cores halves a 2-thread run."""

    def __init__(self):
        self._start = None

    @staticmethod
    def _snapshot():
        text = _read("/proc/stat")
        if not text:
            return None
        busy, total = parse_proc_stat(text)
        return busy, total, _own_jiffies()

    @staticmethod
    def _cores(a, b, ncpu: int) -> float | None:
        if a is None or b is None or b[1] <= a[1]:
            return None
        other = (b[0] - a[0]) - (b[2] - a[2])
        return round(max(0.0, other / (b[1] - a[1]) * ncpu), 3)

    def sample(self, seconds: float = 0.5) -> float | None:
        a = self._snapshot()
        time.sleep(seconds)
        return self._cores(a, self._snapshot(), os.cpu_count() or 1)

    def start(self) -> None:
        self._start = self._snapshot()

    def stop(self) -> float | None:
        return self._cores(self._start, self._snapshot(), os.cpu_count() or 1)


def load_snapshot(monitor: CpuMonitor | None = None, seconds: float = 0.5) -> dict:
    """Load average and the cores other processes keep busy, right now."""
    return {"loadavg": load_average(), "other_cpu_cores": (monitor or CpuMonitor()).sample(seconds),
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}


def hardware_profile() -> dict:
    info = parse_cpuinfo(_read("/proc/cpuinfo"))
    mem = {}
    for line in _read("/proc/meminfo").splitlines():
        if line.startswith("MemTotal:"):
            mem["mem_total_gb"] = round(int(line.split()[1]) / 1024 ** 2, 1)
    import torch

    return {**info, "cpu_count": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)),
            "torch_threads": torch.get_num_threads(), "machine": platform.machine(),
            "kernel": platform.release(), **mem,
            "torch_bf16_supported": _torch_bf16()}


def _torch_bf16() -> bool | None:
    try:
        import torch

        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError, ImportError):
        return None


def versions() -> dict:
    out = {"python": sys.version.split()[0]}
    for name in PINNED:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def git_state(cwd: Path = REPO_ROOT) -> dict:
    """{commit, short, dirty, subject, time}; commit None outside a git checkout."""
    def git(*args):
        try:
            r = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            return None
        return r.stdout.strip() if r.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    status = git("status", "--porcelain", "--untracked-files=no")
    return {"commit": commit, "short": commit[:12] if commit else None,
            "dirty": None if status is None else bool(status),
            "subject": git("log", "-1", "--format=%s") if commit else None,
            "time": git("log", "-1", "--format=%cI") if commit else None}


def git_history(cwd: Path = REPO_ROOT) -> list[str]:
    """Commit hashes, oldest first (first-parent order of HEAD)."""
    try:
        r = subprocess.run(["git", "rev-list", "--first-parent", "--reverse", "HEAD"], cwd=cwd,
                           capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return []
    return r.stdout.split() if r.returncode == 0 else []


def checkpoint_sha256(ckpt_dir: str | Path) -> str:
    """One hash over the files that decide outputs (weights, config, tokenizer), in a fixed order."""
    h = hashlib.sha256()
    for name in ("model.safetensors", "config.json", "tokenizer.json"):
        p = Path(ckpt_dir) / name
        h.update(name.encode() + b"\0")
        with open(p, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (VmHWM; see reset_peak_rss)."""
    for line in _read("/proc/self/status").splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def rss_mb() -> float | None:
    for line in _read("/proc/self/status").splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0), so a later peak_rss_mb() measures one phase."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def describe_load(load: dict | None) -> str:
    """One line for reports: the load average and the cores other processes were using."""
    if not load:
        return "unknown"
    la = load.get("loadavg")
    other = load.get("other_cpu_cores")
    parts = []
    if la:
        parts.append(f"load average {la[0]:.2f}")
    if other is not None:
        parts.append(f"other processes busy {other:.2f} cores")
    return ", ".join(parts) or "unknown"
