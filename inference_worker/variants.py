"""Numeric variants a worker can serve: fp32, bf16, int8 (dynamic quantization of Linear layers)."""
from __future__ import annotations

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
        return torch.ao.quantization.quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)
    return model
