"""Hugging Face GPT-2 checkpoints: a small one made here (nothing downloaded) loads into our engine,
and our logits and greedy outputs match transformers' on the same weights."""
import json

import pytest
import torch

from inference_worker.checkpoint import load_any_checkpoint
from inference_worker.engine import generate_offline
from inference_worker.hf import export_hf, is_hf_checkpoint, load_hf
from inference_worker.sampling import SamplingParams

from tests.unit.conftest import PROMPTS

transformers = pytest.importorskip("transformers")


@pytest.fixture(scope="module")
def hf_model(tok):
    torch.manual_seed(1)
    config = transformers.GPT2Config(vocab_size=tok.vocab_size, n_positions=64, n_embd=48, n_layer=2, n_head=4,
                                     resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0,
                                     eos_token_id=tok.eos_id, bos_token_id=tok.eos_id)
    model = transformers.GPT2LMHeadModel(config).eval()
    with torch.no_grad():  # spread the weights so greedy decoding is not one repeated token
        for name, p in model.named_parameters():
            if p.dim() == 2 and "wpe" not in name:
                p.normal_(0.0, 0.25)
    return model


def save_hf(model, tok, path, safetensors=True):
    model.save_pretrained(path, safe_serialization=safetensors)
    tok.save(path / "tokenizer.json")
    return path


@pytest.mark.parametrize("safetensors", [True, False])
def test_logits_match_transformers(hf_model, tok, tmp_path, safetensors):
    d = save_hf(hf_model, tok, tmp_path / "hf", safetensors)
    assert is_hf_checkpoint(d)
    ours, our_tok, meta = load_any_checkpoint(d)
    assert meta["format"] == "huggingface" and our_tok.encode(PROMPTS[0]) == tok.encode(PROMPTS[0])
    ids = torch.tensor([tok.encode(PROMPTS[2])])
    with torch.inference_mode():
        expected = hf_model(ids).logits
        got, _ = ours(ids)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-4)


def test_greedy_outputs_are_identical_to_transformers_generate(hf_model, tok, tmp_path):
    ours, _, _ = load_hf(save_hf(hf_model, tok, tmp_path / "hf"))
    prompts = [PROMPTS[0], PROMPTS[2], PROMPTS[1] + " and more"]
    results = generate_offline(ours, tok, prompts, [SamplingParams(max_tokens=16)] * len(prompts))
    for prompt, r in zip(prompts, results):
        ids = torch.tensor([tok.encode(prompt)])
        with torch.inference_mode():
            out = hf_model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=16, do_sample=False,
                                    pad_token_id=tok.pad_id, eos_token_id=tok.eos_id)
        theirs = out[0, ids.size(1):].tolist()
        if tok.eos_id in theirs:  # HF keeps the end-of-text token; ours reports it as finish_reason
            theirs = theirs[:theirs.index(tok.eos_id)]
            assert r.finish_reason == "eos"
        assert r.token_ids == theirs


def test_export_round_trips_our_checkpoint(model, tok, tmp_path):
    d = export_hf(model, tok, tmp_path / "exported")
    config = json.loads((d / "config.json").read_text())
    assert config["model_type"] == "gpt2" and config["n_positions"] == model.config.block_size
    theirs = transformers.GPT2LMHeadModel.from_pretrained(d).eval()
    back, _, _ = load_hf(d)
    ids = torch.tensor([tok.encode(PROMPTS[1])])
    with torch.inference_mode():
        torch.testing.assert_close(theirs(ids).logits, model(ids)[0], atol=1e-5, rtol=1e-4)
        torch.testing.assert_close(back(ids)[0], model(ids)[0], atol=0, rtol=0)


def test_gpt2_vocab_and_merges_files_load(hf_model, tok, tmp_path):
    d = tmp_path / "hf"
    hf_model.save_pretrained(d)
    tok._tok.model.save(str(d))  # GPT-2's original tokenizer layout: vocab.json + merges.txt
    assert (d / "vocab.json").is_file() and (d / "merges.txt").is_file()
    _, loaded, _ = load_hf(d)
    text = "The city council approved a plan"
    assert loaded.decode(loaded.encode(text)) == text
    assert loaded.encode(text) == tok.encode(text)


@pytest.mark.parametrize("change, message", [({"model_type": "llama"}, "not a GPT-2"),
                                             ({"activation_function": "relu"}, "unsupported activation"),
                                             ({"n_inner": 7}, "n_inner")])
def test_unsupported_configs_are_refused_with_the_reason(hf_model, tok, tmp_path, change, message):
    from inference_worker.hf import config_from_hf

    with pytest.raises(ValueError, match=message):
        config_from_hf({**hf_model.config.to_dict(), **change})
