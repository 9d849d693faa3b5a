"""Rubrics: grade one output against its reference, or with reference-free checks when it has none.

Every metric is a float in 0..1, and checks are 1.0 or 0.0, so any of them averages over a suite.
The exceptions: `perplexity`, passed through as the worker computed it, and `fields` / `fields_f1`,
dicts of per-field exact matches and token F1 for extraction.

A suite case can carry rubric parameters (`Case.rubric`, see scorer/suites.py), passed as `params`:
- summarization: `must_include` / `must_not_include` (facts, matched as normalized phrases),
  `min_words` / `max_words`, `min_fact_recall` (default 1.0: every listed fact).
- code_completion: `tests` (assert statements) and `entry_point` (the function they call), run
  with the case's code in a sandboxed subprocess (scorer/sandbox.py); `timeout_s`, `memory_mb`.
`score_case(case, output)` grades against a case with its references and parameters.

v2 (RUBRIC_VERSION): the parameters above, several references (the best one counts), per-field
token F1 for extraction. Without parameters every v1 verdict is unchanged.
"""
from __future__ import annotations

import ast
import codeop
import difflib
import math
import re
import unicodedata
import warnings
from collections.abc import Mapping, Sequence

from scorer import sandbox
from tinylab.contract import TASK_TYPES

RUBRIC_VERSION = "v2"

# Pass thresholds. Each is the score at which a reader would accept the output for its task.
# ROUGE-L F of 0.3: the output shares about a third of the reference's words in the same order.
# Strong abstractive summarisers score about 0.4 against human references on news benchmarks, so
# 0.3 is a fair pass for a small model while a few shared stop words (~0.1) stay far below it.
SUMMARIZATION_PASS = 0.3
# Extraction feeds other programs: a record with one wrong field is a wrong record, so all fields.
EXTRACTION_PASS = 1.0
# Token F1 for a free-form prompt that happens to carry a reference answer: half the words right.
FREE_REFERENCE_PASS = 0.5
# The worker's perplexity of the output under the model that generated it. Greedy or low
# temperature text scores in the single digits to tens; text sampled near uniformly from a vocabulary
# of thousands scores in the thousands. 200 sits between plausible text and sampled noise.
MAX_PERPLEXITY = 200.0

# Degenerate repetition: a block of 1..MAX_LOOP_PERIOD words repeated MIN_LOOP_REPEATS times back to
# back ("the cat the cat the cat the cat"). Natural text almost never repeats a phrase 4 times in a
# row; a small model decoding greedily falls into exactly such loops.
MAX_LOOP_PERIOD = 8
MIN_LOOP_REPEATS = 4
# The same for text without spaces ("!!!!!!", "abcabcabc"): a block of up to 16 characters repeated
# 8 times and covering at least 24 characters, so an ellipsis or a short rule ("----") is fine.
MAX_CHAR_PERIOD = 16
MIN_CHAR_REPEATS = 8
MIN_CHAR_LOOP_SPAN = 24

_ALLOWED_CONTROLS = frozenset("\t\n\r")


# --- text ------------------------------------------------------------------------------------------

def normalize(text: str) -> str:
    """Casefolded NFKC text with punctuation and symbols turned into spaces, whitespace collapsed.

    Punctuation becomes a space rather than vanishing, as in the ROUGE reference tokenizer, so
    "2024-03-05" and "2024 03 05" compare equal and "end.Next" stays two words.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    return normalize(text).split()


def exact_match(pred: str, ref: str) -> float:
    return float(normalize(pred) == normalize(ref))


def token_f1(pred: str, ref: str) -> float:
    """F1 over the multiset of normalized tokens (SQuAD style). Two empty texts match."""
    p, r = tokens(pred), tokens(ref)
    if not p or not r:
        return float(p == r)
    counts: dict[str, int] = {}
    for tok in r:
        counts[tok] = counts.get(tok, 0) + 1
    common = 0
    for tok in p:
        if counts.get(tok, 0) > 0:
            counts[tok] -= 1
            common += 1
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(r)
    return 2 * precision * recall / (precision + recall)


def lcs_length(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence; O(len(a) * len(b)) time, O(min) memory."""
    if len(a) < len(b):
        a, b = b, a
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def rouge_l(pred: str, ref: str) -> float:
    """ROUGE-L F-measure (beta = 1) over normalized tokens. Two empty texts match."""
    p, r = tokens(pred), tokens(ref)
    if not p or not r:
        return float(p == r)
    lcs = lcs_length(p, r)
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(p), lcs / len(r)
    return 2 * precision * recall / (precision + recall)


# --- extraction ------------------------------------------------------------------------------------

def parse_fields(text: str) -> dict[str, str]:
    """`vendor: Acme Corp | date: 2024-03-05` -> {"vendor": "Acme Corp", "date": "2024-03-05"}.

    Newlines separate fields too, and the first occurrence of a key wins, so a model that writes the
    record and then rambles on is graded on the record. Keys are normalized (`Due Date` ->
    `due_date`); parts without a colon are ignored.
    """
    fields: dict[str, str] = {}
    for part in re.split(r"[|\n]", text):
        key, sep, value = part.partition(":")
        key = "_".join(tokens(key))
        if sep and key:
            fields.setdefault(key, value.strip())
    return fields


def _number(value: str) -> float | None:
    """"1,250.00", "$1250" -> 1250.0; None when the value is not a plain number."""
    s = "".join(ch for ch in value if ch not in ", " and unicodedata.category(ch) != "Sc")
    if re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)", s):
        return float(s)
    return None


def same_value(pred: str, ref: str) -> bool:
    """Field values match when equal as numbers ("1250.00" == "1,250") or as normalized text."""
    a, b = _number(pred), _number(ref)
    if a is not None and b is not None:
        return a == b
    return normalize(pred) == normalize(ref)


def extraction_score(output: str, reference: str) -> dict:
    """Per-field exact match against the reference's fields, their mean, and all-fields-right.

    Fields the output adds beyond the reference are not graded.
    """
    ref_fields = parse_fields(reference)
    if not ref_fields:
        raise ValueError(f"extraction reference has no 'key: value' fields: {reference[:80]!r}")
    out_fields = parse_fields(output)
    per_field = {key: float(key in out_fields and same_value(out_fields[key], value))
                 for key, value in ref_fields.items()}
    # Token F1 gives partial credit ("Acme" for "Acme Corp"); a value that matches counts in full
    # ("1,250.00" for "1250" matches as a number but shares no token).
    per_field_f1 = {key: 1.0 if per_field[key] else token_f1(out_fields.get(key, ""), value)
                    for key, value in ref_fields.items()}
    accuracy = sum(per_field.values()) / len(per_field)
    return {"fields": per_field, "field_accuracy": accuracy, "all_fields_match": float(accuracy == 1.0),
            "fields_f1": per_field_f1, "field_token_f1": sum(per_field_f1.values()) / len(per_field_f1)}


# --- code ------------------------------------------------------------------------------------------

def _code_lines(text: str) -> list[str]:
    """Non-empty lines with whitespace runs collapsed (indentation dropped)."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _first_lines(text: str, n: int) -> str:
    """`text` up to and including its n-th non-empty line."""
    kept, seen = [], 0
    for line in text.splitlines(keepends=True):
        if seen == n:
            break
        kept.append(line)
        seen += bool(line.strip())
    return "".join(kept)


def _parses(code: str) -> bool:
    with warnings.catch_warnings():
        # Invalid escapes in the model's string literals warn at compile time; under an "error"
        # filter the warning would become a SyntaxError. We only ask whether the syntax is valid.
        warnings.simplefilter("ignore")
        try:
            ast.parse(code)
            return True
        except (SyntaxError, ValueError, RecursionError):  # ValueError: null bytes in the source
            return False


def code_parses(code: str) -> bool:
    """Is `code` valid Python, or a valid beginning of it?

    A completion often stops inside a block whose rest is still to come (`def f(x):`, a `try:`
    waiting for its `except`, an open bracket): unfinished, not wrong. `codeop` is the interpreter's
    own answer to "complete, incomplete or invalid", which is exactly the distinction needed.
    """
    if _parses(code):
        return True
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # same reason as in _parses
        try:
            codeop.compile_command(code, symbol="exec")  # None: incomplete so far, but valid
            return True
        except (SyntaxError, ValueError, OverflowError, RecursionError):
            return False


def line_similarity(output: str, reference: str) -> float:
    """Mean character similarity (difflib ratio) of the output's lines to the reference's, line by
    line over the reference's non-empty lines; a missing line scores 0. Lines the output writes
    beyond the reference are not graded: generation runs on until max_tokens."""
    ref_lines = _code_lines(reference)
    if not ref_lines:
        return float(not _code_lines(output))
    out_lines = _code_lines(output)[: len(ref_lines)]
    total = sum(difflib.SequenceMatcher(None, o, r, autojunk=False).ratio() for o, r in zip(out_lines, ref_lines))
    return total / len(ref_lines)


def code_completion_score(prompt: str, output: str, reference: str) -> dict:
    """`parses`: prompt + output is valid Python (see `code_parses`). Generation stops at
    max_tokens, often mid-statement after the lines the reference covers, so the output cut to the
    reference's number of lines also counts. `first_line_match`: the output's first non-empty line
    equals the reference's, whitespace-normalized. `line_similarity`: see `line_similarity`."""
    ref_lines = _code_lines(reference)
    out_lines = _code_lines(output)
    parses = code_parses(prompt + output) or code_parses(prompt + _first_lines(output, len(ref_lines)))
    first = float(bool(ref_lines) and bool(out_lines) and out_lines[0] == ref_lines[0])
    return {"parses": float(parses), "first_line_match": first, "line_similarity": line_similarity(output, reference)}


CODE_PROMPT_HEAD = "### Task: code_completion\n"
CODE_PROMPT_TAIL = "\n### Answer:\n"


def code_context(prompt: str) -> str:
    """The code a code_completion prompt shows, without the task header and answer marker."""
    if prompt.startswith(CODE_PROMPT_HEAD):
        prompt = prompt[len(CODE_PROMPT_HEAD):]
    if prompt.endswith(CODE_PROMPT_TAIL):
        prompt = prompt[: -len(CODE_PROMPT_TAIL)]
    return prompt


def completed_program(prompt: str, output: str, reference: str) -> str | None:
    """The prompt's code followed by the output; else by the output cut to the reference's number
    of lines (the model may ramble on after a right answer until max_tokens); None if neither is
    complete, valid Python."""
    context = code_context(prompt).rstrip("\n") + "\n"
    for candidate in (output, _first_lines(output, max(1, len(_code_lines(reference))))):
        program = context + candidate
        if _parses(program):
            return program
    return None


def code_tests_score(prompt: str, output: str, reference: str, params: Mapping) -> tuple[dict, dict]:
    """(metrics, details): `tests_passed` is 1.0 when the completed function passes the case's
    tests in the sandbox; details record the sandbox verdict (passed, failed, error, timeout,
    memory, syntax, ...)."""
    program = completed_program(prompt, output, reference)
    if program is None:
        result = {"status": "syntax", "passed": False, "seconds": 0.0, "detail": "prompt + output is not valid Python"}
    else:
        result = sandbox.run_tests(program, params["tests"], params["entry_point"],
                                   timeout_s=float(params.get("timeout_s", sandbox.TIMEOUT_S)),
                                   memory_mb=int(params.get("memory_mb", sandbox.MEMORY_MB))).to_dict()
    return {"tests_passed": float(result["passed"])}, {"sandbox": result}


# --- summarization facts and length ---------------------------------------------------------------

def has_phrase(text: str, phrase: str) -> bool:
    """`phrase` occurs in `text` as whole normalized words ("$4.5 million" in "cost 4.5 million")."""
    p = normalize(phrase)
    return bool(p) and f" {p} " in f" {normalize(text)} "


def summary_checks(output: str, params: Mapping) -> dict:
    """length_ok, fact_recall (share of must_include found), no_forbidden_facts."""
    metrics = {}
    n_words = len(output.split())
    low, high = params.get("min_words"), params.get("max_words")
    if low is not None or high is not None:
        metrics["length_ok"] = float((low is None or n_words >= low) and (high is None or n_words <= high))
    must = params.get("must_include") or []
    if must:
        metrics["fact_recall"] = sum(has_phrase(output, f) for f in must) / len(must)
    must_not = params.get("must_not_include") or []
    if must_not:
        metrics["no_forbidden_facts"] = float(not any(has_phrase(output, f) for f in must_not))
    return metrics


# --- reference-free checks -------------------------------------------------------------------------

def _has_loop(seq, max_period: int, min_repeats: int, min_span: int = 0) -> bool:
    """True if some block of 1..max_period items repeats min_repeats times back to back.

    For period p, a run of k consecutive positions with seq[i] == seq[i - p] means the block before
    the run repeats for p + k items in all; O(len(seq) * max_period).
    """
    for p in range(1, max_period + 1):
        run = 0
        for i in range(p, len(seq)):
            run = run + 1 if seq[i] == seq[i - p] else 0
            if p + run >= max(p * min_repeats, min_span):
                return True
    return False


def degenerate_repetition(text: str) -> bool:
    """A word loop ("of the of the of the of the") or a character loop ("!!!!!!!!...")."""
    words = text.split()
    if _has_loop(words, MAX_LOOP_PERIOD, MIN_LOOP_REPEATS):
        return True
    return _has_loop(" ".join(words), MAX_CHAR_PERIOD, MIN_CHAR_REPEATS, MIN_CHAR_LOOP_SPAN)


def not_empty(output: str) -> float:
    return float(bool(output.strip()))


def well_formed(output: str | bytes) -> float:
    """Valid UTF-8 text with something besides whitespace, and no degenerate repetition.

    Not valid text: bytes that do not decode, lone surrogates, U+FFFD (a byte-level tokenizer that
    decoded an invalid byte sequence), or control characters other than tab and newline.
    """
    if isinstance(output, bytes):
        try:
            output = output.decode("utf-8")
        except UnicodeDecodeError:
            return 0.0
    try:
        output.encode("utf-8")
    except UnicodeEncodeError:
        return 0.0
    if not output.strip() or "\ufffd" in output:
        return 0.0
    if any(unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS for ch in output):
        return 0.0
    return float(not degenerate_repetition(output))


def reference_free_checks(output: str | bytes, perplexity: float | None = None,
                          output_guard_clean: bool = True) -> dict:
    """The checks every output gets. `perplexity` appears only when the worker computed one; a
    non-finite value is recorded as None (JSON has no NaN) and fails `perplexity_ok`."""
    text = output.decode("utf-8", errors="replace") if isinstance(output, bytes) else output
    checks = {"not_empty": not_empty(text), "well_formed": well_formed(output),
              "output_guard_clean": float(bool(output_guard_clean))}
    if perplexity is not None:
        finite = math.isfinite(perplexity)
        checks["perplexity"] = float(perplexity) if finite else None
        checks["perplexity_ok"] = float(finite and perplexity <= MAX_PERPLEXITY)
    return checks


# --- rubrics ---------------------------------------------------------------------------------------
# Each takes (output, references, prompt, params) and returns (metrics, primary, passed, details).
# `references` is never empty: the case's reference first, then any alternatives.

def _best(fn, output: str, references: Sequence[str]) -> float:
    return max(fn(output, r) for r in references)


def _summarization(output: str, references: Sequence[str], prompt: str, params: Mapping):
    score = _best(rouge_l, output, references)
    metrics = {"rouge_l": score, "token_f1": _best(token_f1, output, references),
               "exact_match": _best(exact_match, output, references), **summary_checks(output, params)}
    passed = (score >= SUMMARIZATION_PASS and metrics.get("length_ok", 1.0) == 1.0
              and metrics.get("fact_recall", 1.0) >= params.get("min_fact_recall", 1.0)
              and metrics.get("no_forbidden_facts", 1.0) == 1.0)
    return metrics, score, passed, {}


def _extraction(output: str, references: Sequence[str], prompt: str, params: Mapping):
    metrics = max((extraction_score(output, r) for r in references), key=lambda m: m["field_accuracy"])
    return metrics, metrics["field_accuracy"], metrics["field_accuracy"] >= EXTRACTION_PASS, {}


def _code_completion(output: str, references: Sequence[str], prompt: str, params: Mapping):
    metrics = max((code_completion_score(prompt, output, r) for r in references),
                  key=lambda m: (m["first_line_match"], m["line_similarity"]))
    if params.get("tests") and params.get("entry_point"):
        # The function must work: its own tests decide; the exact next line is a secondary figure.
        tests, details = code_tests_score(prompt, output, references[0], params)
        metrics.update(tests)
        return metrics, metrics["tests_passed"], metrics["tests_passed"] == 1.0, details
    # The next line is what an editor would insert: it must be right, and the result must parse.
    passed = metrics["parses"] == 1.0 and metrics["first_line_match"] == 1.0
    return metrics, metrics["line_similarity"], passed, {}


def _free(output: str, references: Sequence[str], prompt: str, params: Mapping):
    score = _best(token_f1, output, references)
    metrics = {"token_f1": score, "rouge_l": _best(rouge_l, output, references),
               "exact_match": _best(exact_match, output, references)}
    return metrics, score, score >= FREE_REFERENCE_PASS, {}


RUBRICS = {"summarization": _summarization, "extraction": _extraction, "code_completion": _code_completion,
           "free": _free}
assert set(RUBRICS) == set(TASK_TYPES), "every task type needs a rubric"


def score_output(task_type: str, output: str, reference: str | None = None, *, prompt: str = "",
                 perplexity: float | None = None, output_guard_clean: bool = True,
                 params: Mapping | None = None, references: Sequence[str] = ()) -> dict:
    """Grade one output.

    With a reference (not None or blank): mode "reference", the task type's rubric decides
    `primary` and `passed`; the reference-free checks are added to `metrics` for information.
    `references` are alternatives to `reference` (the best match counts); `params` are the case's
    rubric parameters (see the module docstring). Without a reference: mode "reference_free",
    `primary` is the share of checks passed and `passed` needs them all.

    The result also has `details` (e.g. the sandbox verdict) when the rubric produced any.
    """
    if task_type not in RUBRICS:
        raise ValueError(f"unknown task type {task_type!r}; expected one of {', '.join(TASK_TYPES)}")
    checks = reference_free_checks(output, perplexity, output_guard_clean)
    if isinstance(output, bytes):
        output = output.decode("utf-8", errors="replace")

    if reference is not None and reference.strip():
        refs = [reference, *(r for r in references if r and r.strip() and r != reference)]
        metrics, primary, passed, details = RUBRICS[task_type](output, refs, prompt, params or {})
        result = {"mode": "reference", "metrics": {**metrics, **checks}, "primary": float(primary),
                  "passed": bool(passed), "rubric": f"{task_type}@{RUBRIC_VERSION}"}
        if details:
            result["details"] = details
        return result

    graded = [value for name, value in checks.items() if name != "perplexity"]
    primary = sum(graded) / len(graded)
    return {"mode": "reference_free", "metrics": checks, "primary": primary, "passed": primary == 1.0,
            "rubric": f"reference_free@{RUBRIC_VERSION}"}


def score_case(case, output: str, *, perplexity: float | None = None, output_guard_clean: bool = True) -> dict:
    """Grade `output` against a suite `Case`: its prompt, reference(s) and rubric parameters."""
    return score_output(case.task_type, output, case.reference, prompt=case.prompt, perplexity=perplexity,
                        output_guard_clean=output_guard_clean, params=getattr(case, "rubric", None),
                        references=getattr(case, "references", ()))
