import random

import pytest

from inference_worker.corpus import extraction_case, summarization_case
from inference_worker.tokenizer import EOS, PAD, Tokenizer, train_tokenizer


def texts():
    rng = random.Random(1)
    out = []
    for _ in range(100):
        out += [*summarization_case(rng), *extraction_case(rng)]
    return out + ["def f(x):\n    return x + 1\n"] * 5


@pytest.fixture(scope="module")
def tok():
    return train_tokenizer(texts(), 500)


def test_special_tokens_have_fixed_ids(tok):
    assert (tok.eos_id, tok.pad_id) == (0, 1)
    assert tok.encode(EOS) == [0] and tok.encode(PAD) == [1]


def test_vocab_size_is_what_was_asked(tok):
    assert tok.vocab_size == 500


@pytest.mark.parametrize("text", [
    "The Riverton city council approved a $2.5 million plan.",
    "vendor: Acme Corp | date: 2024-03-05 | total: 1250.00",
    "def f(x):\n\tif x:\n        return {'a': [1, 2]}\n",
    "never seen bytes: 日本語, émoji 🙂, \x00 NUL",
    "",
    "   leading and trailing spaces   ",
])
def test_decode_inverts_encode(tok, text):
    assert tok.decode(tok.encode(text)) == text


def test_decode_skips_special_tokens_unless_asked(tok):
    ids = tok.encode("hello") + [tok.eos_id, tok.pad_id]
    assert tok.decode(ids) == "hello"
    assert tok.decode(ids, skip_special_tokens=False) == "hello" + EOS + PAD


def test_merges_make_text_shorter_than_bytes(tok):
    text = "The Riverton city council approved a plan."
    assert len(tok.encode(text)) < len(text.encode()) / 2


def test_encode_batch_matches_encode(tok):
    batch = ["a b c", "Total: 12.50", ""]
    assert tok.encode_batch(batch) == [tok.encode(t) for t in batch]


def test_save_and_load_round_trip(tok, tmp_path):
    path = tmp_path / "tokenizer.json"
    tok.save(path)
    loaded = Tokenizer.load(path)
    text = "SHIPPING NOTICE\nCarrier: Nova Logistics\nWeight: 12 kg"
    assert loaded.encode(text) == tok.encode(text)
    assert (loaded.eos_id, loaded.pad_id, loaded.vocab_size) == (tok.eos_id, tok.pad_id, tok.vocab_size)
    assert Tokenizer.from_str(tok.to_str()).encode(text) == tok.encode(text)


def test_training_is_deterministic(tok):
    assert train_tokenizer(texts(), 500).to_str() == tok.to_str()


def test_vocab_too_small_for_bytes_is_refused():
    with pytest.raises(AssertionError, match="256 bytes"):
        train_tokenizer(["abc"], 100)


def test_split_digits_gives_one_token_per_digit():
    tok = train_tokenizer(texts(), 500, split_digits=True)
    text = "total: 1250.00 on 2024-03-05"
    pieces = [tok.decode([i]) for i in tok.encode(text)]
    assert all(len(p) == 1 for p in pieces if any(c.isdigit() for c in p)), pieces
    assert tok.decode(tok.encode(text)) == text
