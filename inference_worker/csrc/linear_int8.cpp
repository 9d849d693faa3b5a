// tinylab::linear_int8: a dynamic int8 Linear (fbgemm's prepacked weight) as an operator that
// torch.compile can put in its graph and the C++ wrapper can call without Python.
//
// torch.ao's dynamic quantized Linear holds its weight as a TorchScript object, which the compiler
// cannot trace. `int8_register` keeps that object in a process-wide table and returns its row; the
// compiled step then calls `linear_int8(x, row)`, a plain (Tensor, int) operator. The math is the
// packed weight's own `apply_dynamic` (activations quantized per call, int32 accumulation, fp32 out):
// exactly what the eager module computes.

#include <ATen/ATen.h>
#include <ATen/native/quantized/PackedParams.h>
#include <torch/library.h>

#include <mutex>
#include <vector>

namespace {

std::mutex table_mutex;
std::vector<c10::intrusive_ptr<LinearPackedParamsBase>> table;

int64_t int8_register(c10::intrusive_ptr<LinearPackedParamsBase> packed) {
  std::lock_guard<std::mutex> guard(table_mutex);
  table.push_back(std::move(packed));
  return static_cast<int64_t>(table.size()) - 1;
}

at::Tensor linear_int8(const at::Tensor& x, int64_t handle) {
  c10::intrusive_ptr<LinearPackedParamsBase> packed;
  {
    std::lock_guard<std::mutex> guard(table_mutex);
    TORCH_CHECK(handle >= 0 && handle < static_cast<int64_t>(table.size()), "linear_int8: unknown handle ", handle);
    packed = table[handle];
  }
  // reduce_range=true as torch.ao's module does for qint8 (headroom for fbgemm's int16 accumulation)
  return packed->apply_dynamic(x.contiguous(), /*reduce_range=*/true);
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(tinylab, m) {
  m.def("int8_register(__torch__.torch.classes.quantized.LinearPackedParamsBase packed) -> int", &int8_register);
  m.def("linear_int8(Tensor x, int handle) -> Tensor");
}

TORCH_LIBRARY_IMPL(tinylab, CPU, m) {
  m.impl("linear_int8", &linear_int8);
}
