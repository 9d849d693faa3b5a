"""The inference worker's ML core: a tiny GPT-2 (model), its byte-level BPE tokenizer, the
synthetic training corpus and demo suite (corpus), training, checkpoints and batched generation."""
