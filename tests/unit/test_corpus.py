import json
import random
import re

import pytest

from inference_worker import corpus as C

SIZES = dict(n_summarization=60, n_extraction=60, n_code=40, code_chars=30_000)


@pytest.fixture(scope="module")
def small():
    return C.build_corpus(7, **SIZES)


@pytest.fixture(scope="module")
def suite():
    return C.build_suite(C.SUITE_SEED, 30)


def test_format_prompt_frames_the_text():
    assert C.format_prompt("summarization", "Doc.") == "### Task: summarization\nDoc.\n### Answer:\n"
    assert C.format_prompt("free", "as is") == "as is"
    with pytest.raises(AssertionError, match="unknown task type"):
        C.format_prompt("poetry", "x")


def test_corpus_is_deterministic_for_a_seed(small):
    again = C.build_corpus(7, **SIZES)
    assert C.data_hash(again) == C.data_hash(small)
    assert C.data_hash(C.build_corpus(8, **SIZES)) != C.data_hash(small)


def test_corpus_has_every_task_and_plain_code(small):
    kinds = {e.task_type for e in small.examples}
    assert kinds == set(C.TASK_TYPES)
    assert sum(len(t) for t in small.lm_texts) >= SIZES["code_chars"]
    for e in small.examples:
        assert e.prompt == C.format_prompt(e.task_type, e.prompt.split("\n", 1)[1].rsplit("\n### Answer:", 1)[0])
        assert e.answer.strip()


def test_summaries_copy_facts_and_lead_sentence_is_not_the_summary():
    rng = random.Random(3)
    leads_equal = 0
    for _ in range(200):
        doc, summary = C.summarization_case(rng)
        n = len(re.findall(r"[.!?](\s|$)", doc))
        assert 3 <= n <= 5, doc
        numbers = re.findall(r"\d[\d,.]*\d|\d", summary)
        assert all(x in doc for x in numbers), (doc, summary)
        leads_equal += doc.split(". ")[0] + "." == summary
    assert leads_equal == 0


def test_extraction_answers_are_the_requested_fields_in_order():
    rng = random.Random(4)
    for _ in range(200):
        text, answer = C.extraction_case(rng)
        asked = text.rsplit("\nFields: ", 1)[1].split(", ")
        pairs = [p.split(": ", 1) for p in answer.split(" | ")]
        assert [k for k, _ in pairs] == asked
        assert all(v in text for _, v in pairs)


def test_code_cases_are_def_plus_lines_then_next_line():
    src = "class A:\n    def f(self, x):\n        y = x + 1\n        if y:\n            return y\n        return 0\n"
    cases = C.code_cases(src)
    assert ("def f(self, x):\n    y = x + 1", "    if y:") in cases
    assert ("def f(self, x):\n    y = x + 1\n    if y:\n        return y", "    return 0") in cases
    assert all(code.startswith("def f") for code, _ in cases)


def test_no_pii_shaped_strings_in_suite_or_training_data(small, suite):
    texts = [c["prompt"] + c["reference"] for c in suite if c["task_type"] != "code_completion"]
    texts += [e.prompt + e.answer for e in small.examples if e.task_type != "code_completion"]
    for t in texts:
        assert "@" not in t and not re.search(r"\d{7,}", t), t
    assert not any(re.search(r"[\w.+-]+@[\w-]+\.\w+", t) for t in small.lm_texts)  # author emails scrubbed


def test_suite_cases_never_appear_in_training_data(small, suite):
    train_prompts = {e.prompt for e in small.examples}
    train_code = "\n".join(small.lm_texts)
    for case in suite:
        assert case["prompt"] not in train_prompts
        if case["task_type"] == "code_completion":
            code = case["prompt"].split("\n", 1)[1].rsplit("\n### Answer:", 1)[0]
            assert code not in train_code


def test_suite_code_comes_from_held_out_files(suite):
    held = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for rel, p in C.stdlib_files() if C.is_heldout(rel))
    for case in suite:
        if case["task_type"] == "code_completion":
            assert case["reference"].strip() in held


def test_committed_suite_file_is_valid():
    cases = [json.loads(line) for line in C.SUITE_PATH.read_text(encoding="utf-8").splitlines()]
    assert {c["task_type"] for c in cases} == set(C.TASK_TYPES)
    for t in C.TASK_TYPES:
        assert sum(c["task_type"] == t for c in cases) == 30
    assert len({c["id"] for c in cases}) == len(cases)
    for c in cases:
        assert set(c) == {"id", "task_type", "prompt", "reference", "max_tokens", "seed"}
        assert c["id"].startswith(c["task_type"] + "-")
        assert c["prompt"].startswith(f"### Task: {c['task_type']}\n") and c["prompt"].endswith("### Answer:\n")
        assert c["reference"].strip() and c["max_tokens"] >= 1 and c["seed"] >= 0


def test_committed_suite_file_is_what_the_generator_writes(suite):
    # The synthetic tasks depend on nothing but the seed; code cases also on this Python's stdlib.
    on_disk = [json.loads(line) for line in C.SUITE_PATH.read_text(encoding="utf-8").splitlines()]
    synthetic = [c for c in suite if c["task_type"] != "code_completion"]
    assert [c for c in on_disk if c["task_type"] != "code_completion"] == synthetic


def test_committed_suite_passes_the_scorers_validation():
    suites = pytest.importorskip("scorer.suites")
    loaded = suites.load_suite(C.SUITE_PATH.parent.parent, "demo", 1)
    assert len(loaded) == 90


def test_suite_passes_the_guardrails_untouched(suite):
    # The gateway scans prompts and outputs; a suite case it redacts or blocks would be graded on
    # something else than what it says.
    chain = pytest.importorskip("guardrails.chain")
    for case in suite:
        for scan, text in ((chain.scan_input, case["prompt"]), (chain.scan_output, case["reference"])):
            result = scan(text)
            assert result.action == "allow" and not result.findings, (case["id"], result.findings)
