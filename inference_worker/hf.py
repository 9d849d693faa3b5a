"""Hugging Face GPT-2 checkpoints from a local directory, in and out; nothing is downloaded.

A HF GPT-2 directory holds config.json (model_type gpt2), weights as model.safetensors or
pytorch_model.bin, and tokenizer files (tokenizer.json, or GPT-2's vocab.json + merges.txt).
Our module names are GPT-2's, but HF GPT-2 stores c_attn, c_proj and c_fc as Conv1D, whose weight
is (in, out): the transpose of nn.Linear's (out, in). Loading and exporting transpose those four.

`export_hf` writes one of our checkpoints in that format, so `transformers` can run the very same
weights: the parity tests and `tinylab bench engine` compare against it.
"""
from __future__ import annotations

import json
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from inference_worker.model import GPT, GPTConfig
from inference_worker.tokenizer import EOS, Tokenizer

_CONV1D = ("attn.c_attn.weight", "attn.c_proj.weight", "mlp.c_fc.weight", "mlp.c_proj.weight")


def is_hf_checkpoint(path: str | Path) -> bool:
    config = Path(path) / "config.json"
    if not config.is_file():
        return False
    try:
        return json.loads(config.read_text()).get("model_type") == "gpt2"
    except (OSError, ValueError):
        return False


def config_from_hf(hf: dict) -> GPTConfig:
    if hf.get("model_type") != "gpt2":
        raise ValueError(f"not a GPT-2 config: model_type is {hf.get('model_type')!r}")
    activation = hf.get("activation_function", "gelu_new")
    if activation not in ("gelu_new", "gelu_pytorch_tanh"):
        raise ValueError(f"unsupported activation {activation!r}: this GPT uses GPT-2's tanh GELU (gelu_new)")
    n_embd = hf["n_embd"]
    if hf.get("n_inner") not in (None, 4 * n_embd):
        raise ValueError(f"unsupported n_inner {hf['n_inner']}: the MLP is 4 * n_embd = {4 * n_embd} wide")
    if hf.get("tie_word_embeddings", True) is not True:
        raise ValueError("untied lm_head is not supported: GPT-2 ties it to wte")
    return GPTConfig(block_size=hf["n_positions"], vocab_size=hf["vocab_size"], n_layer=hf["n_layer"],
                     n_head=hf["n_head"], n_embd=n_embd, dropout=0.0, bias=True,
                     ln_eps=hf.get("layer_norm_epsilon", 1e-5))


def _read_state(d: Path) -> dict[str, torch.Tensor]:
    if (d / "model.safetensors").is_file():
        return load_file(d / "model.safetensors")
    if (d / "pytorch_model.bin").is_file():
        return torch.load(d / "pytorch_model.bin", map_location="cpu", weights_only=True)
    raise FileNotFoundError(f"{d} has neither model.safetensors nor pytorch_model.bin")


def state_from_hf(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """HF GPT2LMHeadModel (or bare GPT2Model) keys and layouts -> ours. Older HF versions also
    saved the causal-mask buffers h.N.attn.bias and attn.masked_bias: dropped."""
    out = {}
    for key, value in state.items():
        if key.split(".")[-2:] in (["attn", "bias"], ["attn", "masked_bias"]):
            continue
        if not key.startswith(("transformer.", "lm_head.")):
            key = "transformer." + key  # saved from GPT2Model: no "transformer." prefix
        out[key] = value.t().contiguous() if key.endswith(_CONV1D) else value
    out["lm_head.weight"] = out["transformer.wte.weight"]  # tied, whether or not the file has it
    return out


def load_hf_tokenizer(d: Path) -> Tokenizer:
    from tokenizers import Tokenizer as _HFTokenizer
    from tokenizers import decoders, models, pre_tokenizers

    if (d / "tokenizer.json").is_file():
        return Tokenizer(_HFTokenizer.from_file(str(d / "tokenizer.json")))
    if (d / "vocab.json").is_file() and (d / "merges.txt").is_file():
        tok = _HFTokenizer(models.BPE.from_file(str(d / "vocab.json"), str(d / "merges.txt")))
        tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
        tok.decoder = decoders.ByteLevel()
        tok.add_special_tokens([EOS])
        return Tokenizer(tok)
    raise FileNotFoundError(f"{d} has no tokenizer.json, nor vocab.json + merges.txt")


def load_hf(path: str | Path, device: str = "cpu") -> tuple[GPT, Tokenizer, dict]:
    """(model in eval mode, tokenizer, meta) from a local HF GPT-2 directory."""
    d = Path(path)
    hf_config = json.loads((d / "config.json").read_text())
    model = GPT(config_from_hf(hf_config))
    model.load_state_dict(state_from_hf(_read_state(d)), strict=True)
    tokenizer = load_hf_tokenizer(d)
    assert tokenizer.vocab_size <= model.config.vocab_size, \
        f"tokenizer has {tokenizer.vocab_size} tokens but the model only {model.config.vocab_size}"
    return model.to(device).eval(), tokenizer, {"size": "hf-gpt2", "source": str(d), "format": "huggingface"}


def export_hf(model: GPT, tokenizer: Tokenizer, out_dir: str | Path) -> Path:
    """Write model + tokenizer as a HF GPT-2 directory that transformers loads offline."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    c = model.config
    assert c.bias, "HF GPT-2 has biases everywhere; a bias-free model cannot be exported"
    state = {k: (v.t() if k.endswith(_CONV1D) else v).detach().float().contiguous()
             for k, v in model.state_dict().items() if k != "lm_head.weight"}
    save_file(state, out / "model.safetensors", metadata={"format": "pt"})
    config = {"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"], "vocab_size": c.vocab_size,
              "n_positions": c.block_size, "n_embd": c.n_embd, "n_layer": c.n_layer, "n_head": c.n_head,
              "n_inner": None, "activation_function": "gelu_new", "layer_norm_epsilon": c.ln_eps,
              "resid_pdrop": 0.0, "embd_pdrop": 0.0, "attn_pdrop": 0.0, "tie_word_embeddings": True,
              "bos_token_id": tokenizer.eos_id, "eos_token_id": tokenizer.eos_id,
              "pad_token_id": tokenizer.pad_id, "torch_dtype": "float32"}
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    tokenizer.save(out / "tokenizer.json")
    special = {"eos_token": EOS, "bos_token": EOS, "unk_token": EOS, "model_max_length": c.block_size,
               "tokenizer_class": "PreTrainedTokenizerFast"}
    (out / "tokenizer_config.json").write_text(json.dumps(special, indent=2) + "\n")
    return out
