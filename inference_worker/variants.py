"""Numeric variants a worker can serve: fp32, bf16, int8 (dynamic quantization of Linear layers)."""
from __future__ import annotations

import warnings

import torch
from torch import nn

VARIANTS = ("fp32", "bf16", "int8")


def apply_variant(model: nn.Module, variant: str) -> nn.Module:
    if variant not in VARIANTS:
        raise ValueError(f"unknown model variant {variant!r}; choose one of {', '.join(VARIANTS)}")
    if variant == "bf16":
        return model.to(torch.bfloat16)
    if variant == "int8":
        # Weights int8, activations quantized on the fly per batch: no calibration data needed.
        with warnings.catch_warnings():
            # torch deprecates torch.ao (for torchao, not installed here) and quantized tensor
            # creation, and warns whenever int8 weights are made; this variant is made on purpose.
            warnings.filterwarnings("ignore", message=r".*(torch\.ao\.quantization|quantize_per_tensor).*deprecated")
            return torch.ao.quantization.quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)
    return model
