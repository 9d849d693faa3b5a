import pytest
import torch

from inference_worker.model import GPT, GPTConfig

CFG = GPTConfig(block_size=32, vocab_size=97, n_layer=2, n_head=2, n_embd=16)


@pytest.fixture
def model():
    torch.manual_seed(0)
    return GPT(CFG).eval()


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
