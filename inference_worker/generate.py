"""Generation for a fixed list of prompts: the engine run to completion in the caller's thread.

Offline users (evaluation, the lab's experiments, tests) call `generate_batch`; the worker keeps
one long-running `Engine` instead. Both are the same code path (`engine.py`), so a figure measured
offline is a figure of what the service runs.
"""
from __future__ import annotations

from inference_worker.engine import EngineConfig, GenerationResult, fit_context, generate_offline  # noqa: F401
from inference_worker.model import GPT
from inference_worker.sampling import SamplingParams  # noqa: F401
from inference_worker.tokenizer import Tokenizer


def generate_batch(model: GPT, tokenizer: Tokenizer, prompts: list[str], params: list[SamplingParams],
                   config: EngineConfig | None = None) -> list[GenerationResult]:
    """Complete every prompt with its own SamplingParams; results in order."""
    return generate_offline(model, tokenizer, prompts, params, config)


def generate(model: GPT, tokenizer: Tokenizer, prompt: str, params: SamplingParams | None = None) -> GenerationResult:
    """One prompt; a batch of one."""
    return generate_batch(model, tokenizer, [prompt], [params or SamplingParams()])[0]
