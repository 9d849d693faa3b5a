"""A checkpoint is a directory of four files:

    model.safetensors  weights (lm_head.weight omitted: it is tied to transformer.wte.weight, as in GPT-2)
    config.json        the GPTConfig
    tokenizer.json     the byte-level BPE the model was trained with
    meta.json          how it was made: seed, data hash, git commit, preset, timings, loss curve
"""
from __future__ import annotations

import json
import subprocess
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from inference_worker.model import GPT, GPTConfig
from inference_worker.tokenizer import Tokenizer

_TIED = "lm_head.weight"


def git_commit(cwd: str | Path | None = None) -> str | None:
    """HEAD of the repository holding this file, or None outside git (an installed wheel, say)."""
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=cwd or Path(__file__).resolve().parent,
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def git_dirty(cwd: str | Path | None = None) -> bool | None:
    """True when tracked files differ from HEAD: git_commit alone does not reproduce the run."""
    try:
        out = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                             cwd=cwd or Path(__file__).resolve().parent, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return bool(out.stdout.strip()) if out.returncode == 0 else None


def base_meta() -> dict:
    """The fields every checkpoint records whatever made it."""
    return {"git_commit": git_commit(), "git_dirty": git_dirty(), "torch_version": torch.__version__,
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds")}


def save_checkpoint(out_dir: str | Path, model: GPT, tokenizer: Tokenizer, meta: dict) -> Path:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().contiguous() for k, v in model.state_dict().items() if k != _TIED}
    save_file(state, out / "model.safetensors", metadata={"format": "pt"})
    (out / "config.json").write_text(json.dumps(asdict(model.config), indent=2) + "\n")
    tokenizer.save(out / "tokenizer.json")
    (out / "meta.json").write_text(json.dumps({**base_meta(), **meta}, indent=2) + "\n")
    return out


def load_checkpoint(ckpt_dir: str | Path, device: str = "cpu") -> tuple[GPT, Tokenizer, dict]:
    """(model in eval mode, tokenizer, meta) from a directory written by save_checkpoint."""
    d = Path(ckpt_dir)
    missing = [n for n in ("model.safetensors", "config.json", "tokenizer.json") if not (d / n).is_file()]
    if missing:
        raise FileNotFoundError(f"checkpoint {d} lacks {', '.join(missing)}; train one with `tinylab train`")
    config = GPTConfig(**json.loads((d / "config.json").read_text()))
    model = GPT(config)
    state = load_file(d / "model.safetensors", device=device)
    state[_TIED] = state["transformer.wte.weight"]
    model.load_state_dict(state, strict=True)
    model.to(device).eval()
    tokenizer = Tokenizer.load(d / "tokenizer.json")
    assert tokenizer.vocab_size <= config.vocab_size, \
        f"tokenizer has {tokenizer.vocab_size} tokens but the model only {config.vocab_size}"
    meta = json.loads((d / "meta.json").read_text()) if (d / "meta.json").is_file() else {}
    return model, tokenizer, meta


def load_any_checkpoint(ckpt_dir: str | Path, device: str = "cpu") -> tuple[GPT, Tokenizer, dict]:
    """Ours (written by save_checkpoint) or a Hugging Face GPT-2 directory, told apart by config.json."""
    from inference_worker.hf import is_hf_checkpoint, load_hf

    return load_hf(ckpt_dir, device) if is_hf_checkpoint(ckpt_dir) else load_checkpoint(ckpt_dir, device)
