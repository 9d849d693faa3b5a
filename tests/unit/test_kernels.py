"""Our C++ operators against the same math in PyTorch ops (inference_worker/kernels.py)."""
import math

import pytest
import torch

from inference_worker import kernels

pytestmark = pytest.mark.skipif(not kernels.available(), reason="no C++ compiler: the reference ops serve instead")


def _case(heads, head_size, dtype, seed=0):
    g = torch.Generator().manual_seed(seed)
    layers, slots, columns, rows = 2, 5, 300, 4

    def rand(*shape):
        return (torch.randn(*shape, generator=g) * 2).to(dtype)

    k_cache = rand(*kernels.key_cache_shape(layers, slots, columns, heads, head_size))
    v_cache = rand(layers, slots, columns, heads, head_size)
    q, k_new, v_new = (rand(rows, heads, head_size) for _ in range(3))
    pos = torch.tensor([0, 3, 17, columns - 1])  # an empty row, partial blocks, the last column
    return q, k_new, v_new, k_cache, v_cache, pos


@pytest.mark.parametrize("heads,head_size", [(8, 32), (4, 16), (3, 8)])  # the unrolled shape and the general loops
@pytest.mark.parametrize("dtype,tol", [(torch.float32, 1e-5), (torch.bfloat16, 1e-2)])
def test_decode_attention_equals_the_reference_and_stores_the_new_token(heads, head_size, dtype, tol):
    q, k_new, v_new, k_cache, v_cache, pos = _case(heads, head_size, dtype)
    layer, scale = 1, 1 / math.sqrt(head_size)
    ref_k, ref_v = k_cache.clone(), v_cache.clone()
    out = torch.ops.tinylab.decode_attention(q, k_new, v_new, k_cache, v_cache, layer, pos, scale)
    expected = kernels.decode_attention_reference(q, k_new, v_new, ref_k, ref_v, layer, pos, scale)
    assert (out.float() - expected.float()).abs().max().item() < tol
    # the kernel stored each row's new key and value at its column of that layer, and nothing else
    new_k = torch.zeros(2, *k_new.shape, dtype=dtype)
    new_v = torch.zeros(2, *v_new.shape, dtype=dtype)
    new_k[layer], new_v[layer] = k_new, v_new
    other_k, other_v = ref_k[0].clone(), ref_v[0].clone()
    kernels.store_kv_reference(ref_k, ref_v, new_k, new_v, pos)
    ref_k[0], ref_v[0] = other_k, other_v
    assert torch.equal(k_cache, ref_k) and torch.equal(v_cache, ref_v)


def test_a_row_attends_only_to_its_filled_columns():
    q, k_new, v_new, k_cache, v_cache, pos = _case(8, 32, torch.float32)
    out = torch.ops.tinylab.decode_attention(q, k_new, v_new, k_cache.clone(), v_cache.clone(), 0, pos, 0.2)
    k_cache[:, :, -2:] = 1e4  # garbage beyond every row's fill but the last row's
    v_cache[:, 1:3, 20:] = float("nan")
    again = torch.ops.tinylab.decode_attention(q, k_new, v_new, k_cache, v_cache, 0, pos, 0.2)
    assert torch.equal(out[:3], again[:3])
    # a row with no cached columns attends only to itself: its output is its own value
    assert torch.allclose(out[0], v_new[0], atol=1e-6)


def test_decode_attention_rejects_a_column_outside_the_cache():
    q, k_new, v_new, k_cache, v_cache, pos = _case(8, 32, torch.float32)
    with pytest.raises(RuntimeError, match="outside the cache"):
        torch.ops.tinylab.decode_attention(q, k_new, v_new, k_cache, v_cache, 0, pos + 1, 0.2)


@pytest.mark.parametrize("rows", [1, 2, 3])
@pytest.mark.parametrize("bias", [True, False])
def test_linear_small_equals_nn_linear(rows, bias):
    g = torch.Generator().manual_seed(rows)
    layer = torch.nn.Linear(256, 771, bias=bias)  # an output size that is no multiple of the work chunk
    x = torch.randn(rows, 256, generator=g)
    got = torch.ops.tinylab.linear_small(x, layer.weight.detach(), layer.bias.detach() if bias else None)
    assert torch.allclose(got, layer(x).detach(), atol=1e-4)


def test_keys_as_columns_reads_back_what_store_key_columns_wrote():
    k_cache = torch.zeros(kernels.key_cache_shape(2, 4, 64, 8, 32))
    keys = torch.randn(2, 8, 7, 32)  # (rows, H, T, D), crossing a block boundary at column 16
    rows = torch.tensor([1, 3])
    kernels.store_key_columns(k_cache, 1, rows, 13, keys)
    assert torch.equal(kernels.keys_as_columns(k_cache[1, rows])[:, :, 13:20], keys)
    assert k_cache[0].abs().sum() == 0 and k_cache[1, 0].abs().sum() == 0


@pytest.mark.parametrize("rows", [1, 3, 32])
@pytest.mark.parametrize("bias", [True, False])
def test_linear_int8_is_exactly_the_dynamic_int8_module(rows, bias):
    from inference_worker import quant
    from inference_worker.variants import apply_variant

    int8 = apply_variant(torch.nn.Sequential(torch.nn.Linear(256, 771, bias=bias)), "int8")
    assert quant.register_int8_layers(int8)
    layer = int8[0]
    x = torch.randn(rows, 256, generator=torch.Generator().manual_seed(rows))
    got = torch.ops.tinylab.linear_int8(x, layer.int8_handle)
    assert got.shape == (rows, 771) and torch.equal(got, layer(x))
    # registering again keeps the layer's row
    handle = layer.int8_handle
    quant.register_int8_layers(int8)
    assert layer.int8_handle == handle


def test_linear_int8_rejects_an_unknown_handle():
    with pytest.raises(RuntimeError, match="unknown handle"):
        torch.ops.tinylab.linear_int8(torch.randn(1, 4), 10**9)
