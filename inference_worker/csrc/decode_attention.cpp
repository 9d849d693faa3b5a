// The decode step's attention over the slot KV cache, and small-batch linear layers, as PyTorch
// operators (tinylab::decode_attention, tinylab::linear_small), built by inference_worker/kernels.py.
//
// Why kernels of our own: at one query token per sequence, attention is a stream over each row's
// cached keys and values, and the general kernels do it badly on the CPU (the flash kernel and
// batched GEMV reached 7-9 GB/s on a layout a plain sum reads at 40-75 GB/s; at batch 64 they
// were two thirds of a step). decode_attention reads each row's filled columns once, all heads
// together, and never touches the columns beyond a row's fill. It also stores the new token's key
// and value first, into the block it is about to read, instead of a separate scattered write
// (which cost ~0.75 ms a step at batch 64). The operator declares that it mutates the caches.
//
// Cache layout per layer: keys in blocks of 16 columns, (slots, blocks, head_size, heads, 16), so
// a head's scores build up 16 columns per multiply-add with no horizontal sums, and a row's first
// blocks are read strictly front to back (head-major inside a block was 20% slower); values (slots, columns, heads, head_size), a row's first n
// columns again one contiguous block.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/library.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace {

constexpr int64_t kBlock = 16;  // key columns per block: one 64-byte line of fp32 per (head, dim)

inline float to_float(float x) { return x; }
inline float to_float(c10::BFloat16 x) { return static_cast<float>(x); }

// exp(x) for x <= 0 (scores minus their max), vectorisable: 2^n * p(r) with x = n ln2 + r,
// |r| <= ln2 / 2, a degree-6 polynomial (relative error ~2e-7); below -87 it is 0.
inline float exp_nonpositive(float x) {
  x = std::max(x, -87.f);
  const float n = std::nearbyint(x * 1.44269504088896341f);
  const float r = x - n * 0.693145751953125f - n * 1.428606765330187e-06f;
  float p = 1.f / 720.f;
  p = p * r + 1.f / 120.f;
  p = p * r + 1.f / 24.f;
  p = p * r + 1.f / 6.f;
  p = p * r + 0.5f;
  p = p * r + 1.f;
  p = p * r + 1.f;
  const int32_t bits = (static_cast<int32_t>(n) + 127) << 23;
  float scale;
  std::memcpy(&scale, &bits, sizeof scale);
  return p * scale;
}

template <typename T>
inline float dot(const float* __restrict q, const T* __restrict k, int64_t n) {
  float s = 0.f;
#pragma omp simd reduction(+ : s)
  for (int64_t d = 0; d < n; ++d) s += q[d] * to_float(k[d]);
  return s;
}

template <typename T>
inline void axpy(float a, const T* __restrict x, float* __restrict y, int64_t n) {
#pragma omp simd
  for (int64_t d = 0; d < n; ++d) y[d] += a * to_float(x[d]);
}

// q, k_new, v_new: (B, H, D); k_cache (layers, slots, blocks, D, H, kBlock), v_cache (layers,
// slots, columns, H, D); pos: (B,) int64, each < columns. Stores row b's new key and value at
// column pos[b] of `layer`, then attends over its columns [0, pos[b]].
template <typename T, int64_t kH, int64_t kD>
void attend(const at::Tensor& q, const at::Tensor& k_new, const at::Tensor& v_new, at::Tensor& kc, at::Tensor& vc,
            int64_t layer, const at::Tensor& pos, double scale, at::Tensor& out) {
  const int64_t B = q.size(0), H = kH ? kH : q.size(1), D = kD ? kD : q.size(2), C = H * D;
  const T* qp = q.data_ptr<T>();
  const T* knp = k_new.data_ptr<T>();
  const T* vnp = v_new.data_ptr<T>();
  T* kcp = kc.data_ptr<T>() + layer * kc.stride(0);
  T* vcp = vc.data_ptr<T>() + layer * vc.stride(0);
  const int64_t k_row = kc.stride(1), k_block = kc.stride(2), v_row = vc.stride(1), v_col = vc.stride(2);
  const int64_t* posp = pos.data_ptr<int64_t>();
  T* op = out.data_ptr<T>();
  const float sc = static_cast<float>(scale);
  at::parallel_for(0, B, 1, [&](int64_t begin, int64_t end) {
    std::vector<float> qf(C), acc(C), scores, mass(H);
    for (int64_t b = begin; b < end; ++b) {
      const int64_t p = posp[b], n = p + 1;  // columns attended: the cached ones and the new token
      T* krow = kcp + b * k_row;
      T* vrow = vcp + b * v_row;
      // the new token's key goes into its block now, while that block is about to be read anyway
      T* kdst = krow + (p / kBlock) * k_block + p % kBlock;
      for (int64_t h = 0; h < H; ++h)
        for (int64_t d = 0; d < D; ++d) kdst[(d * H + h) * kBlock] = knp[b * C + h * D + d];
      std::memcpy(vrow + p * v_col, vnp + b * C, sizeof(T) * C);
      const int64_t blocks = (n + kBlock - 1) / kBlock, width = blocks * kBlock;
      scores.resize(static_cast<size_t>(width * H));  // scores[h * width + s]
      for (int64_t i = 0; i < C; ++i) qf[i] = to_float(qp[b * C + i]) * sc;
      // a block holds kBlock columns' keys as (head_size, head, column): each multiply-add below
      // takes one query element against kBlock columns, and the block is read front to back
      for (int64_t j = 0; j < blocks; ++j) {
        const T* blk = krow + j * k_block;
        if constexpr (kH > 0 && kD > 0) {
          // all heads at once: kH independent multiply-add chains (one per head) instead of one
          // chain per head in turn, so the FMA units are not waiting on their own latency
          float lane[kH][kBlock] = {};
          for (int64_t d = 0; d < kD; ++d) {
#pragma GCC unroll 16
            for (int64_t h = 0; h < kH; ++h) {
              const float qd = qf[h * kD + d];
              const T* kk = blk + (d * kH + h) * kBlock;
#pragma omp simd
              for (int64_t l = 0; l < kBlock; ++l) lane[h][l] += qd * to_float(kk[l]);
            }
          }
          for (int64_t h = 0; h < kH; ++h) std::memcpy(scores.data() + h * width + j * kBlock, lane[h], sizeof lane[h]);
        } else {
          for (int64_t h = 0; h < H; ++h) {
            float lane[kBlock] = {};
            for (int64_t d = 0; d < D; ++d) {
              const float qd = qf[h * D + d];
              const T* kk = blk + (d * H + h) * kBlock;
#pragma omp simd
              for (int64_t l = 0; l < kBlock; ++l) lane[l] += qd * to_float(kk[l]);
            }
            std::memcpy(scores.data() + h * width + j * kBlock, lane, sizeof lane);
          }
        }
      }
      for (int64_t h = 0; h < H; ++h) {
        float* row = scores.data() + h * width;
        float top = -std::numeric_limits<float>::infinity(), sum = 0.f;
        for (int64_t s = 0; s < n; ++s) top = std::max(top, row[s]);
#pragma omp simd reduction(+ : sum)
        for (int64_t s = 0; s < n; ++s) {
          row[s] = exp_nonpositive(row[s] - top);
          sum += row[s];
        }
        mass[h] = sum;
      }
      if constexpr (kH > 0 && kD > 0) {
        // the row's whole output (kH * kD floats) stays in registers across the columns
        float out_row[kH * kD] = {};
        for (int64_t s = 0; s < n; ++s) {
          const T* v = vrow + s * v_col;
#pragma GCC unroll 16
          for (int64_t h = 0; h < kH; ++h) {
            const float p = scores[h * width + s];
#pragma omp simd
            for (int64_t d = 0; d < kD; ++d) out_row[h * kD + d] += p * to_float(v[h * kD + d]);
          }
        }
        for (int64_t h = 0; h < kH; ++h) {
          const float inv = 1.f / mass[h];
          for (int64_t d = 0; d < kD; ++d) op[b * C + h * kD + d] = static_cast<T>(out_row[h * kD + d] * inv);
        }
      } else {
        std::fill(acc.begin(), acc.end(), 0.f);
        for (int64_t s = 0; s < n; ++s) {
          const T* v = vrow + s * v_col;
          for (int64_t h = 0; h < H; ++h) axpy(scores[h * width + s], v + h * D, acc.data() + h * D, D);
        }
        for (int64_t h = 0; h < H; ++h) {
          const float inv = 1.f / mass[h];
          for (int64_t d = 0; d < D; ++d) op[b * C + h * D + d] = static_cast<T>(acc[h * D + d] * inv);
        }
      }
    }
  });
}

void check_cache(const at::Tensor& q, const at::Tensor& kc, const at::Tensor& vc, const at::Tensor& pos) {
  TORCH_CHECK(kc.dim() == 6 && vc.dim() == 5, "k_cache must be 6-D and v_cache 5-D");
  TORCH_CHECK(kc.size(0) == vc.size(0) && kc.size(1) == vc.size(1) && kc.size(4) == vc.size(3) &&
                  kc.size(3) == vc.size(4) && kc.size(5) == kBlock && kc.size(2) * kBlock >= vc.size(2),
              "k_cache must be (layers, slots, blocks, head_size, heads, ", kBlock,
              ") and v_cache (layers, slots, columns, heads, head_size)");
  TORCH_CHECK(kc.stride(5) == 1 && kc.stride(4) == kBlock && kc.stride(3) == kBlock * kc.size(4) &&
                  kc.stride(2) == kBlock * kc.size(4) * kc.size(3) && vc.stride(4) == 1 && vc.stride(3) == vc.size(4),
              "each key block and each value column must be contiguous");
  TORCH_CHECK(kc.scalar_type() == q.scalar_type() && vc.scalar_type() == q.scalar_type(),
              "cache and query dtypes differ");
  TORCH_CHECK(pos.scalar_type() == at::kLong && pos.dim() == 1, "pos must be a 1-D int64 tensor");
  TORCH_CHECK(pos.size(0) <= kc.size(1), "more rows than cache slots");
}

at::Tensor decode_attention(const at::Tensor& q_in, const at::Tensor& k_in, const at::Tensor& v_in, at::Tensor& k_cache,
                            at::Tensor& v_cache, int64_t layer, const at::Tensor& pos_in, double scale) {
  TORCH_CHECK(q_in.dim() == 3 && k_in.sizes() == q_in.sizes() && v_in.sizes() == q_in.sizes(),
              "q, k_new, v_new must be (batch, heads, head_size)");
  TORCH_CHECK(k_cache.size(4) == q_in.size(1) && k_cache.size(3) == q_in.size(2), "cache heads/head_size differ from q");
  TORCH_CHECK(0 <= layer && layer < k_cache.size(0), "layer out of range");
  const auto q = q_in.contiguous(), k = k_in.contiguous(), v = v_in.contiguous(), pos = pos_in.contiguous();
  check_cache(q, k_cache, v_cache, pos);
  TORCH_CHECK(pos.size(0) == q.size(0), "pos must have one entry per row");
  const int64_t* posp = pos.data_ptr<int64_t>();
  for (int64_t b = 0; b < q.size(0); ++b)
    TORCH_CHECK(0 <= posp[b] && posp[b] < v_cache.size(2), "pos[", b, "] = ", posp[b], " is outside the cache's ",
                v_cache.size(2), " columns");
  auto out = at::empty_like(q);
  // the default model's shape (8 heads of 32) known at compile time: loops unrolled, accumulators
  // in registers; any other shape takes the general loops
  const bool fixed = q.size(1) == 8 && q.size(2) == 32;
  if (q.scalar_type() == at::kFloat) {
    fixed ? attend<float, 8, 32>(q, k, v, k_cache, v_cache, layer, pos, scale, out)
          : attend<float, 0, 0>(q, k, v, k_cache, v_cache, layer, pos, scale, out);
  } else if (q.scalar_type() == at::kBFloat16) {
    fixed ? attend<c10::BFloat16, 8, 32>(q, k, v, k_cache, v_cache, layer, pos, scale, out)
          : attend<c10::BFloat16, 0, 0>(q, k, v, k_cache, v_cache, layer, pos, scale, out);
  } else {
    TORCH_CHECK(false, "decode_attention supports float32 and bfloat16, got ", q.scalar_type());
  }
  return out;
}

// x (B, K) with B small, w (N, K), bias (N,) or none: x w^T + bias, streaming w once for all B rows.
// At one or two rows this is a pass over the weights, and the GEMM library's general path reads
// them at a third of the speed (measured 1.86 vs 0.70 ms for the default model's 25 layers).
template <typename T, int64_t kRows>
void gemv_rows(const float* x, const T* w, const T* bias, T* out, int64_t N, int64_t K) {
  at::parallel_for(0, N, 64, [&](int64_t begin, int64_t end) {
    for (int64_t n = begin; n < end; ++n) {
      const T* wn = w + n * K;
      for (int64_t r = 0; r < kRows; ++r)
        out[r * N + n] = static_cast<T>(dot(x + r * K, wn, K) + (bias ? to_float(bias[n]) : 0.f));
    }
  });
}

template <typename T>
at::Tensor gemv_typed(const at::Tensor& x, const at::Tensor& w, const std::optional<at::Tensor>& bias) {
  const int64_t B = x.size(0), K = x.size(1), N = w.size(0);
  auto out = at::empty({B, N}, x.options());
  std::vector<float> xf(B * K);
  const T* xp = x.data_ptr<T>();
  for (int64_t i = 0; i < B * K; ++i) xf[i] = to_float(xp[i]);
  const T* bp = bias ? bias->data_ptr<T>() : nullptr;
  for (int64_t r = 0; r < B; r += 2) {
    if (B - r >= 2) {
      gemv_rows<T, 2>(xf.data() + r * K, w.data_ptr<T>(), bp, out.data_ptr<T>() + r * N, N, K);
    } else {
      gemv_rows<T, 1>(xf.data() + r * K, w.data_ptr<T>(), bp, out.data_ptr<T>() + r * N, N, K);
    }
  }
  return out;
}

at::Tensor linear_small(const at::Tensor& x_in, const at::Tensor& w_in, const std::optional<at::Tensor>& bias_in) {
  TORCH_CHECK(x_in.dim() == 2 && w_in.dim() == 2 && x_in.size(1) == w_in.size(1), "need x (B, K) and w (N, K)");
  TORCH_CHECK(x_in.scalar_type() == w_in.scalar_type(), "x and w dtypes differ");
  const auto x = x_in.contiguous(), w = w_in.contiguous();
  std::optional<at::Tensor> bias;
  if (bias_in) {
    TORCH_CHECK(bias_in->dim() == 1 && bias_in->size(0) == w.size(0) && bias_in->scalar_type() == x.scalar_type(),
                "bias must be (N,) of x's dtype");
    bias = bias_in->contiguous();
  }
  if (x.scalar_type() == at::kFloat) return gemv_typed<float>(x, w, bias);
  if (x.scalar_type() == at::kBFloat16) return gemv_typed<c10::BFloat16>(x, w, bias);
  TORCH_CHECK(false, "linear_small supports float32 and bfloat16, got ", x.scalar_type());
}

}  // namespace

TORCH_LIBRARY(tinylab, m) {
  m.def("decode_attention(Tensor q, Tensor k_new, Tensor v_new, Tensor(a!) k_cache, Tensor(b!) v_cache, int layer, "
        "Tensor pos, float scale) -> Tensor");
  m.def("linear_small(Tensor x, Tensor w, Tensor? bias) -> Tensor");
}

TORCH_LIBRARY_IMPL(tinylab, CPU, m) {
  m.impl("decode_attention", &decode_attention);
  m.impl("linear_small", &linear_small);
}
