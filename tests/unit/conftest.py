"""Fixtures for unit tests of generation: a tiny random-weight GPT and a tokenizer trained in
milliseconds on fixed text, so golden outputs depend only on our code and the libraries."""
import pytest
import torch

from inference_worker.model import GPT, GPTConfig
from inference_worker.tokenizer import train_tokenizer

BLOCK = 64


# Fixed text, so the golden output depends only on the tokenizer library and the model code.
TEXT = ("The city council approved a plan for road repairs on Monday. A storm hit Riverton with four inches "
        "of rain, and schools closed. INVOICE\nVendor: Acme Corp\nTotal: 12.50 USD\nDate: 2024-03-05\n"
        "def f(self, x):\n    return self.x + x\n")


@pytest.fixture(scope="module")
def tok():
    words = TEXT.split(" ")
    texts = [" ".join(words[i:] + words[:i]) for i in range(len(words))]
    return train_tokenizer(texts, 400)


@pytest.fixture(scope="module")
def model(tok):
    torch.manual_seed(0)
    model = GPT(GPTConfig(block_size=BLOCK, vocab_size=tok.vocab_size, n_layer=2, n_head=2, n_embd=32)).eval()
    with torch.no_grad():  # larger weights than GPT-2's init, so greedy output is not one repeated token
        for p in model.parameters():
            if p.dim() == 2:
                p.normal_(0.0, 0.3)
    return model


PROMPTS = ["The city council approved", "INVOICE\nVendor: Acme Corp\nTotal: 12.50",
           "A storm hit Riverton on Monday with 4 inches of rain, and"]


