"""Our C++ operators (`csrc/*.cpp`), built on first use, with a PyTorch fallback.

`torch.ops.tinylab.decode_attention`, `linear_small` and `linear_int8` (quant.py) are compiled with the same
g++ that torch.compile's C++ backend already needs (no ninja, no network), for this CPU
(-march=native), into a cache directory keyed by the source, torch version, compiler and CPU
flags, so each machine builds once (a few seconds) and every worker process then just loads it.
Workers that start together may build at the same time: each writes its own file and renames it
into place, so a half-written library is never loaded.

When no compiler is available, or `TINYLAB_KERNELS=0`, `available()` is False and the runner uses
the reference implementations below (the same math in plain PyTorch ops, with the new keys and
values stored by the caller; tests check both agree) and nn.Linear.
"""
from __future__ import annotations

import hashlib
import logging
import math
import os
import platform
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import torch

log = logging.getLogger(__name__)

# every operator source, built into one library
SOURCES = sorted((Path(__file__).parent / "csrc").glob("*.cpp"))
_state: dict[str, object] = {}
_lock = threading.Lock()


def _cpu_flags() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                return line
    except OSError:
        pass
    return platform.processor()


def _cache_dir() -> Path:
    root = os.environ.get("TINYLAB_KERNEL_CACHE") or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "tinylab"
    return Path(root) / "kernels"


def _build(compiler: str) -> Path:
    from torch.utils import cpp_extension

    torch_lib = cpp_extension.library_paths()[0]
    flags = ["-O3", "-march=native", "-fopenmp", "-shared", "-fPIC", "-std=c++17",
             f"-D_GLIBCXX_USE_CXX11_ABI={int(torch._C._GLIBCXX_USE_CXX11_ABI)}"]
    flags += [f"-I{p}" for p in cpp_extension.include_paths()]
    # link torch's own libgomp: one OpenMP runtime in the process, shared with torch's kernels
    libs = [f"-L{torch_lib}", f"-Wl,-rpath,{torch_lib}", "-lc10", "-ltorch_cpu", "-ltorch", "-lgomp"]
    key = hashlib.sha256("\0".join([*(p.read_text() for p in SOURCES), torch.__version__, compiler, _cpu_flags(), *flags]).encode())
    target = _cache_dir() / f"tinylab-ops-{key.hexdigest()[:16]}.so"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".so", dir=target.parent)
    os.close(fd)
    try:
        subprocess.run([compiler, *map(str, SOURCES), "-o", tmp, *flags, *libs], check=True, capture_output=True, text=True)
        os.replace(tmp, target)
    except subprocess.CalledProcessError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise RuntimeError(f"building {', '.join(p.name for p in SOURCES)} failed:\n{exc.stderr[-2000:]}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def available() -> bool:
    """True once the C++ operators are loaded (building them the first time in this cache)."""
    if "ok" in _state:
        return bool(_state["ok"])
    with _lock:
        if "ok" not in _state:
            _state["ok"] = _load()
    return bool(_state["ok"])


def _load() -> bool:
    ok = False
    compiler = os.environ.get("CXX") or shutil.which("g++") or shutil.which("c++")
    if os.environ.get("TINYLAB_KERNELS", "1") == "0":
        log.info("C++ kernels disabled by TINYLAB_KERNELS=0; using the PyTorch reference ops")
    elif compiler is None:
        log.warning("no C++ compiler found: decode attention uses the slower PyTorch reference ops")
    else:
        try:
            torch.ops.load_library(str(_build(compiler)))
            _register_fake()
            ok = True
        except Exception:
            log.exception("C++ kernels unavailable: decode attention uses the slower PyTorch reference ops")
    return ok


def _register_fake() -> None:
    # what torch.compile needs to trace the operator: its output's shape and dtype
    @torch.library.register_fake("tinylab::decode_attention")
    def _(q, k_new, v_new, k_cache, v_cache, layer, pos, scale):
        return torch.empty_like(q)

    @torch.library.register_fake("tinylab::linear_small")
    def _(x, w, bias):
        return x.new_empty(x.size(0), w.size(0))


# ---- the same math in PyTorch ops: the fallback, and what tests compare the kernels with ---------

KEY_BLOCK = 16  # key columns per block in the key cache (kBlock in the C++ source)


def key_cache_shape(layers: int, slots: int, columns: int, heads: int, head_size: int) -> tuple[int, ...]:
    """Keys are cached in blocks of KEY_BLOCK columns: (layers, slots, blocks, head_size, heads, KEY_BLOCK)."""
    return layers, slots, -(-columns // KEY_BLOCK), head_size, heads, KEY_BLOCK


def keys_as_columns(k_cache: torch.Tensor) -> torch.Tensor:
    """A blocked key cache (..., blocks, D, H, KEY_BLOCK) as (..., H, columns, D): a copy."""
    *lead, nb, d, h, bl = k_cache.shape
    x = k_cache.permute(*range(len(lead)), -2, -3, -4, -1)  # (..., H, D, blocks, KEY_BLOCK)
    return x.reshape(*lead, h, d, nb * bl).transpose(-1, -2)


def store_key_columns(k_cache: torch.Tensor, layer: int, rows: torch.Tensor, start: int, keys: torch.Tensor) -> None:
    """Write keys (B, H, T, D) at columns [start, start + T) of the given rows of one layer."""
    cols = torch.arange(start, start + keys.size(2))
    # (rows, blocks, lanes) index a (B, T, D, H) value; the two slices between them go last
    k_cache[layer, rows[:, None], cols[None, :] // KEY_BLOCK, :, :, cols[None, :] % KEY_BLOCK] = keys.permute(0, 2, 3, 1)


def decode_attention_reference(q, k_new, v_new, k_cache, v_cache, layer: int, pos, scale: float):
    """q, k_new, v_new (B, H, D); k_cache blocked (see key_cache_shape), v_cache (layers, slots,
    columns, H, D); row b attends to its columns [0, pos[b]) and to its own new key. Returns (B, H, D)."""
    B = q.size(0)
    keys, values = keys_as_columns(k_cache[layer, :B]), v_cache[layer, :B]  # (B, H, S', D), (B, S, H, D)
    keys = keys[:, :, :values.size(1)]
    cols = torch.arange(values.size(1), device=q.device)
    qf = q.float()
    scores = torch.einsum("bhd,bhsd->bhs", qf, keys.float()) * scale  # (B, H, S)
    scores = scores.masked_fill(cols[None, None, :] >= pos[:, None, None], -math.inf)
    own = (qf * k_new.float()).sum(-1, keepdim=True) * scale  # (B, H, 1)
    weights = torch.softmax(torch.cat([scores, own], dim=-1), dim=-1)
    out = torch.einsum("bhs,bshd->bhd", weights[..., :-1], values.float()) + weights[..., -1:] * v_new.float()
    return out.to(q.dtype)


def store_kv_reference(k_cache, v_cache, k_new, v_new, pos) -> None:
    """k_new, v_new (layers, B, H, D): row b's at column pos[b] of every layer."""
    rows = torch.arange(k_new.size(1))
    # indices apart from each other: their dimension goes first, (B, L, D, H)
    k_cache[:, rows, pos // KEY_BLOCK, :, :, pos % KEY_BLOCK] = k_new.permute(1, 0, 3, 2)
    v_cache[:, rows, pos] = v_new
