import pytest
import torch

from inference_worker.model import GPT, GPTConfig, KVCache, attention_mask

CFG = GPTConfig(block_size=32, vocab_size=97, n_layer=2, n_head=2, n_embd=16)


@pytest.fixture
def model():
    torch.manual_seed(0)
    return GPT(CFG).eval()


def prefill(model, rows, pad_id=0):
    """Left-pad `rows` (lists of ids) and run them through forward_step. Returns (logits, cache)."""
    L = max(len(r) for r in rows)
    lens = torch.tensor([len(r) for r in rows])
    idx = torch.tensor([[pad_id] * (L - len(r)) + r for r in rows])
    cols = torch.arange(L)[None]
    valid = cols >= (L - lens)[:, None]
    positions = (cols - (L - lens)[:, None]).clamp(min=0)
    cache = KVCache(CFG, len(rows), L + 4)
    return model.forward_step(idx, cache, positions, attention_mask(valid, L)), cache, valid


def test_forward_shapes_and_loss(model):
    idx = torch.randint(0, CFG.vocab_size, (3, 10))
    logits, loss = model(idx)
    assert logits.shape == (3, 10, CFG.vocab_size) and loss is None
    _, loss = model(idx, idx)
    assert loss.ndim == 0 and torch.isfinite(loss)


def test_lm_head_is_tied_to_token_embedding(model):
    assert model.lm_head.weight is model.transformer.wte.weight


def test_state_dict_keys_match_gpt2_names(model):
    keys = set(model.state_dict())
    for k in ["transformer.wte.weight", "transformer.wpe.weight", "transformer.h.0.ln_1.weight",
              "transformer.h.0.attn.c_attn.weight", "transformer.h.0.attn.c_proj.bias", "transformer.h.1.ln_2.bias",
              "transformer.h.1.mlp.c_fc.weight", "transformer.h.1.mlp.c_proj.weight", "transformer.ln_f.weight",
              "lm_head.weight"]:
        assert k in keys


def test_targets_of_minus_one_take_no_loss(model):
    idx = torch.randint(0, CFG.vocab_size, (2, 8))
    targets = torch.full_like(idx, -1)
    targets[:, -1] = 5
    logits, loss = model(idx, targets)
    torch.testing.assert_close(loss, torch.nn.functional.cross_entropy(logits[:, -1], targets[:, -1]))


def test_too_long_input_is_refused(model):
    with pytest.raises(AssertionError, match="block size"):
        model(torch.zeros((1, CFG.block_size + 1), dtype=torch.long))


def test_loss_decreases_in_a_few_steps():
    torch.manual_seed(0)
    model = GPT(CFG)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-2)
    x = torch.randint(0, CFG.vocab_size, (4, 16))
    losses = []
    for _ in range(8):
        _, loss = model(x, x.roll(-1, dims=1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < losses[0] - 0.5, losses


def test_forward_step_matches_forward(model):
    idx = torch.randint(2, CFG.vocab_size, (2, 9))
    full, _ = model(idx)
    step, cache, _ = prefill(model, idx.tolist())
    torch.testing.assert_close(step, full, atol=1e-5, rtol=1e-5)
    assert cache.length == 9


def test_padded_row_gives_same_logits_as_alone(model):
    short, long = [5, 6, 7, 8], [9, 10, 11, 12, 13, 14, 15, 16]
    batch, _, _ = prefill(model, [short, long])
    alone, _, _ = prefill(model, [short])
    torch.testing.assert_close(batch[0, -len(short):], alone[0], atol=1e-5, rtol=1e-5)
    alone_long, _, _ = prefill(model, [long])
    torch.testing.assert_close(batch[1], alone_long[0], atol=1e-5, rtol=1e-5)


def test_decode_steps_with_cache_match_full_forward(model):
    rows = [[5, 6, 7], [9, 10, 11, 12, 13]]
    _, cache, valid = prefill(model, rows)
    nxt = torch.tensor([[20], [21]])
    valid = torch.cat([valid, torch.ones(2, 1, dtype=torch.bool)], dim=1)
    positions = torch.tensor([[3], [5]])
    step = model.forward_step(nxt, cache, positions, attention_mask(valid, 1))
    for r, row in enumerate(rows):
        full, _ = model(torch.tensor([row + [20 + r]]))
        torch.testing.assert_close(step[r, -1], full[0, -1], atol=1e-5, rtol=1e-5)


def test_cache_keep_drops_rows(model):
    _, cache, valid = prefill(model, [[5, 6], [7, 8], [9, 10]])
    cache.keep(torch.tensor([2]))
    step = model.forward_step(torch.tensor([[11]]), cache, torch.tensor([[2]]),
                              attention_mask(torch.ones(1, 3, dtype=torch.bool), 1))
    full, _ = model(torch.tensor([[9, 10, 11]]))
    torch.testing.assert_close(step[0, -1], full[0, -1], atol=1e-5, rtol=1e-5)


def test_attention_mask_hides_padding_but_never_empties_a_row():
    valid = torch.tensor([[False, False, True, True]])
    m = attention_mask(valid, 4)[0]
    assert m.sum(dim=-1).min() >= 1
    assert not m[2:, :2].any()  # real tokens never see padding
    assert m[3, 2] and m[3, 3] and not m[2, 3]  # causal among real tokens


def test_checkpoint_round_trip(tmp_path):
    from inference_worker.checkpoint import load_checkpoint, save_checkpoint
    from inference_worker.tokenizer import train_tokenizer

    tok = train_tokenizer(["some text to learn from"] * 20, 300)
    torch.manual_seed(0)
    model = GPT(GPTConfig(block_size=16, vocab_size=tok.vocab_size, n_layer=1, n_head=2, n_embd=8)).eval()
    save_checkpoint(tmp_path, model, tok, {"seed": 1})
    loaded, tok2, meta = load_checkpoint(tmp_path)
    assert not loaded.training and meta["seed"] == 1 and "torch_version" in meta and "created" in meta
    assert "git_commit" in meta and "git_dirty" in meta
    assert loaded.lm_head.weight is loaded.transformer.wte.weight
    idx = torch.randint(0, tok.vocab_size, (1, 6))
    torch.testing.assert_close(loaded(idx)[0], model(idx)[0])
    assert tok2.encode("some text") == tok.encode("some text")


def test_load_checkpoint_names_what_is_missing(tmp_path):
    from inference_worker.checkpoint import load_checkpoint

    with pytest.raises(FileNotFoundError, match="model.safetensors"):
        load_checkpoint(tmp_path)


def test_train_writes_a_loadable_checkpoint(tmp_path):
    from inference_worker.checkpoint import load_checkpoint
    from inference_worker.generate import SamplingParams, generate
    from inference_worker.train import train

    meta = train(str(tmp_path), size="tiny", seed=3, steps=4, progress=False)
    assert meta["steps"] == 4 and len(meta["data_hash"]) == 64 and meta["loss_curve"]
    model, tok, meta2 = load_checkpoint(tmp_path)
    assert meta2["data_hash"] == meta["data_hash"] and meta2["size"] == "tiny"
    assert generate(model, tok, "### Task: summarization\n", SamplingParams(max_tokens=3)).completion_tokens <= 3
