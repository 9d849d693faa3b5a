"""Byte-level BPE, trained by the project on its own corpus with the `tokenizers` library.

Byte-level (as GPT-2): every string encodes, with no unknown token, and decode(encode(s)) == s.
Two special tokens: <|endoftext|> ends every training example (the model learns to emit it when
an answer is complete) and <|pad|> fills batches; the model never trains on <|pad|> as a target.

Caveat: like GPT-2's, the tokenizer maps the literal text "<|endoftext|>" in an input to the
special token, so a prompt can contain an end-of-text marker. Harmless here (it only resets the
model's context), but callers should not expect it to be encoded as plain text.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from tokenizers import Tokenizer as _HFTokenizer
from tokenizers import decoders, models, pre_tokenizers, trainers

EOS = "<|endoftext|>"
PAD = "<|pad|>"
SPECIAL_TOKENS = [EOS, PAD]  # ids 0 and 1, in this order


class Tokenizer:
    """A thin wrapper: plain lists of ints in and out, and the special ids by name."""

    def __init__(self, tok: _HFTokenizer):
        self._tok = tok
        self.eos_id = tok.token_to_id(EOS)
        self.pad_id = tok.token_to_id(PAD)
        assert self.eos_id is not None and self.pad_id is not None, f"tokenizer lacks {EOS} or {PAD}"

    @property
    def vocab_size(self) -> int:
        return self._tok.get_vocab_size()

    def encode(self, text: str) -> list[int]:
        return self._tok.encode(text).ids

    def encode_batch(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self._tok.encode_batch(texts)]

    def decode(self, ids: Iterable[int], skip_special_tokens: bool = True) -> str:
        return self._tok.decode(list(ids), skip_special_tokens=skip_special_tokens)

    def to_str(self) -> str:
        return self._tok.to_str()

    def save(self, path: str | Path):
        self._tok.save(str(path))

    @classmethod
    def load(cls, path: str | Path) -> "Tokenizer":
        return cls(_HFTokenizer.from_file(str(path)))

    @classmethod
    def from_str(cls, s: str) -> "Tokenizer":
        return cls(_HFTokenizer.from_str(s))


def train_tokenizer(texts: Iterable[str], vocab_size: int, split_digits: bool = False) -> Tokenizer:
    """Train a byte-level BPE of `vocab_size` tokens (256 bytes + 2 specials + merges) on texts.

    split_digits: every digit its own token (as Llama), so copying a number is copying the same
    ten tokens one by one, instead of BPE chunks that split each number differently.
    Deterministic for the same texts in the same order.
    """
    assert vocab_size >= 256 + len(SPECIAL_TOKENS), f"vocab_size {vocab_size} cannot hold the 256 bytes"
    tok = _HFTokenizer(models.BPE())
    # add_prefix_space=False: a prompt encodes the same whether or not it is the start of a text
    byte_level = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.pre_tokenizer = (pre_tokenizers.Sequence([pre_tokenizers.Digits(individual_digits=True), byte_level])
                         if split_digits else byte_level)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),  # all 256 bytes, seen or not
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    return Tokenizer(tok)
