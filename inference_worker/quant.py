"""Dynamic int8 Linear layers inside the compiled decode step.

`torch.ao` dynamic quantization keeps each layer's int8 weight as a packed TorchScript object
(fbgemm's prepacked matrix), which torch.compile cannot trace: an int8 model used to run its decode
step eagerly, while fp32 ran compiled with our kernels, so int8 looked slower than it is.

`register_int8_layers` hands each layer's packed weight to our C++ table
(`csrc/linear_int8.cpp`) and stores the row number on the layer; the step then calls
`tinylab::linear_int8(x, row)`, an operator with plain arguments that the compiled graph calls
directly. It is fbgemm's own dynamic int8 GEMM, the call the eager module makes, so the numbers are
the eager int8 model's. Without our C++ operators the layers run as torch.ao modules, eagerly.
"""
from __future__ import annotations

import threading

import torch

from inference_worker import kernels

_out_features: dict[int, int] = {}  # handle -> output width, for the operator's shape when traced
_lock = threading.Lock()


def is_dynamic_int8(layer: torch.nn.Module) -> bool:
    return isinstance(layer, torch.ao.nn.quantized.dynamic.Linear)


def register_int8_layers(model: torch.nn.Module) -> bool:
    """Give each dynamic int8 Linear of the model a row in the operator's table (before tracing: the
    compiler only reads the number). False when the model has none or the operators are missing."""
    layers = [m for m in model.modules() if is_dynamic_int8(m)]
    if not layers or not kernels.available():
        return False
    with _lock:
        if not _out_features:
            torch.library.register_fake("tinylab::linear_int8")(_linear_int8_shape)
        for layer in layers:
            if getattr(layer, "int8_handle", None) is None:
                handle = torch.ops.tinylab.int8_register(layer._packed_params._packed_params)
                _out_features[handle] = layer.out_features
                layer.int8_handle = handle
    return True


def _linear_int8_shape(x: torch.Tensor, handle: int) -> torch.Tensor:
    return x.new_empty((*x.shape[:-1], _out_features[handle]))
