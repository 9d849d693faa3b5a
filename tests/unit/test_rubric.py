"""Rubric tables. Expected values are computed by hand in the comments, never by the code under test."""
import json
import math

import pytest

from scorer import rubric
from scorer.rubric import (code_completion_score, code_parses, degenerate_repetition, exact_match, extraction_score,
                           lcs_length, line_similarity, normalize, parse_fields, rouge_l, score_output, token_f1,
                           well_formed)
from tinylab.contract import TASK_TYPES


@pytest.mark.parametrize("text, expected", [
    ("  Hello,   World! ", "hello world"),
    ("2024-03-05", "2024 03 05"),
    ("end.Next", "end next"),
    ("Straße", "strasse"),  # casefold, not lower
    ("\ufb01ne", "fine"),  # NFKC: the "fi" ligature
    ("tab\tand\nnewline", "tab and newline"),
    ("$1,250.00", "1 250 00"),
    ("", ""),
])
def test_normalize(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize("pred, ref, expected", [
    ("Acme Corp.", "acme corp", 1.0),
    ("  acme   CORP ", "Acme Corp", 1.0),
    ("Acme", "Acme Corp", 0.0),
    ("", "", 1.0),
])
def test_exact_match(pred, ref, expected):
    assert exact_match(pred, ref) == expected


@pytest.mark.parametrize("a, b, expected", [
    (list("abcbdab"), list("bdcaba"), 4),  # CLRS's example: "bcba"
    (list("abc"), list("abc"), 3),
    (list("abc"), list("xyz"), 0),
    ([], list("abc"), 0),
    (list("ab"), list("ba"), 1),
])
def test_lcs_length(a, b, expected):
    assert lcs_length(a, b) == expected
    assert lcs_length(b, a) == expected


@pytest.mark.parametrize("pred, ref, expected", [
    # LCS "the cat on the mat" = 5 of 6 and 6: P = R = 5/6, F = 5/6.
    ("the cat sat on the mat", "the cat is on the mat", 5 / 6),
    # Lin (2004): LCS "police the gunman" = 3 of 4 and 4 -> 0.75.
    ("police kill the gunman", "police killed the gunman", 0.75),
    # Lin (2004): LCS "the gunman" = 2 -> 0.5; same words as the reference, wrong order.
    ("the gunman kill police", "police killed the gunman", 0.5),
    # LCS 2: P = 2/4, R = 2/2, F = 2 * 0.5 * 1 / 1.5 = 2/3.
    ("a b c d", "a c", 2 / 3),
    # Order matters: LCS 1 of 2 and 2 -> 0.5 (token F1 would say 1.0).
    ("b a", "a b", 0.5),
    ("The Cat!", "the cat", 1.0),
    ("x y z", "a b c", 0.0),
    ("", "", 1.0),
    ("", "a b", 0.0),
    ("a b", "", 0.0),
])
def test_rouge_l(pred, ref, expected):
    assert rouge_l(pred, ref) == pytest.approx(expected)


@pytest.mark.parametrize("pred, ref, expected", [
    # 5 common of 6 and 6 -> 5/6.
    ("the cat sat on the mat", "the cat is on the mat", 5 / 6),
    # Multiset: pred a,a,b vs ref a,b,b -> 2 common; P = R = 2/3.
    ("a a b", "a b b", 2 / 3),
    # 2 common; P = 2/3, R = 1 -> F = 2 * (2/3) / (5/3) = 0.8.
    ("the cat sat", "the cat", 0.8),
    ("b a", "a b", 1.0),
    ("x", "y", 0.0),
    ("", "", 1.0),
    ("", "y", 0.0),
])
def test_token_f1(pred, ref, expected):
    assert token_f1(pred, ref) == pytest.approx(expected)


# --- extraction ---

@pytest.mark.parametrize("text, expected", [
    ("vendor: Acme Corp | date: 2024-03-05 | total: 1250.00",
     {"vendor": "Acme Corp", "date": "2024-03-05", "total": "1250.00"}),
    ("Due Date: 5 May", {"due_date": "5 May"}),
    ("time: 10:30", {"time": "10:30"}),  # only the first colon separates
    ("no colon here | a: b", {"a": "b"}),
    ("a: first\na: second", {"a": "first"}),  # newlines separate too; first occurrence wins
    ("a:", {"a": ""}),
    (": orphan value", {}),
    ("", {}),
])
def test_parse_fields(text, expected):
    assert parse_fields(text) == expected


REF = "vendor: Acme Corp | date: 2024-03-05 | total: 1250.00"


@pytest.mark.parametrize("output, fields, accuracy", [
    (REF, {"vendor": 1.0, "date": 1.0, "total": 1.0}, 1.0),
    ("Vendor: ACME corp. | Date: 2024-03-05 | Total: 1,250", {"vendor": 1.0, "date": 1.0, "total": 1.0}, 1.0),
    ("total: 1250.00 | vendor: Acme Corp | date: 2024-03-05 | currency: EUR",  # order and extras do not matter
     {"vendor": 1.0, "date": 1.0, "total": 1.0}, 1.0),
    ("vendor: Acme Corp | date: 2024-03-05 | total: 1200.00", {"vendor": 1.0, "date": 1.0, "total": 0.0}, 2 / 3),
    ("vendor: Acme Corp | total: 1250.00", {"vendor": 1.0, "date": 0.0, "total": 1.0}, 2 / 3),
    ("vendor: Acme Corp\nThe date is unknown.\nvendor: Other Inc", {"vendor": 1.0, "date": 0.0, "total": 0.0}, 1 / 3),
    ("Acme Corp, 2024-03-05, 1250.00", {"vendor": 0.0, "date": 0.0, "total": 0.0}, 0.0),
])
def test_extraction_score(output, fields, accuracy):
    result = extraction_score(output, REF)
    assert result["fields"] == fields
    assert result["field_accuracy"] == pytest.approx(accuracy)
    assert result["all_fields_match"] == float(accuracy == 1.0)


def test_extraction_reference_without_fields_is_an_error():
    with pytest.raises(ValueError, match="no 'key: value' fields"):
        extraction_score("anything", "just a sentence")


# --- code ---

@pytest.mark.parametrize("code, expected", [
    ("x = 1\n", True),
    ("def f(x):", True),  # unfinished block: tolerated
    ("def f(x):\n    if x:  # then\n", True),  # nested, with a trailing comment
    ("class A:\n\tdef f(self):", True),  # tab indentation keeps tabs
    ("def f(x):\n    return x +", False),
    ("x = (", True),  # an open bracket at the end: unfinished, a valid beginning
    ("x = )", False),
    ("def f():\n    try:\n        x = 1\n", True),  # a try waiting for its except
    ("def f(:\n    pass\n", False),
    ("x = 1\n    y = 2", False),
    ("return = 3", False),
    ("s = '\\d+'\n", True),  # an invalid escape warns at compile time; it must not raise
    ("x = 1\x00", False),
    ("", True),
])
def test_code_parses(code, expected):
    assert code_parses(code) is expected


ADD = "def add(a, b):\n"


@pytest.mark.parametrize("prompt, output, reference, expected", [
    (ADD, "    return a + b\n", "    return a + b", (1.0, 1.0, 1.0)),
    # "return a - b" vs "return a + b": 11 of 12 characters match -> 2 * 11 / 24.
    (ADD, "    return a - b\n", "    return a + b", (1.0, 0.0, 22 / 24)),
    # Cut mid-expression: does not parse; "return a +" vs "return a + b": 2 * 10 / 22.
    (ADD, "    return a +", "    return a + b", (0.0, 0.0, 20 / 22)),
    # Right line, then generation runs on and is cut by max_tokens: graded on the reference's lines.
    (ADD, "    return a + b\n\ndef mul(a, b):\n    return a *", "    return a + b", (1.0, 1.0, 1.0)),
    # The prompt ends mid-line; the output finishes it.
    (ADD + "    return", " a + b\n", " a + b", (1.0, 1.0, 1.0)),
    # Whitespace is normalized for the line comparison.
    (ADD, "\n\n    return  a + b", "    return a + b", (1.0, 1.0, 1.0)),
    # Two reference lines, only the first produced: (1 + 0) / 2.
    ("def total(xs):\n    t = 0\n", "    for x in xs:", "    for x in xs:\n        t += x", (1.0, 1.0, 0.5)),
    ("def total(xs):\n", "", "    return sum(xs)", (1.0, 0.0, 0.0)),
])
def test_code_completion_score(prompt, output, reference, expected):
    result = code_completion_score(prompt, output, reference)
    assert (result["parses"], result["first_line_match"]) == expected[:2]
    assert result["line_similarity"] == pytest.approx(expected[2])


@pytest.mark.parametrize("output, reference, expected", [
    ("x = 1", "x = 2", 0.8),  # 4 of 5 characters each: 2 * 4 / 10
    ("a\nb\nc", "a\nb", 1.0),  # lines past the reference are not graded
    ("", "a\nb", 0.0),
    ("", "", 1.0),
    ("x", "", 0.0),
])
def test_line_similarity(output, reference, expected):
    assert line_similarity(output, reference) == pytest.approx(expected)


# --- reference-free checks ---

@pytest.mark.parametrize("text, expected", [
    ("the the the the", True),  # one word, 4 times
    ("the the the", False),
    ("of the cat of the cat of the cat of the cat", True),  # period 3, 4 times
    ("of the cat of the cat of the cat", False),
    ("a b c d e f g h " * 4, True),  # period 8 (the longest word loop looked for)
    ("!" * 24, True),
    ("!" * 23, False),
    ("abc" * 8, True),  # 24 characters
    ("abc" * 7, False),
    ("Wait... what? ---- fine.", False),
    ("The quick brown fox jumps over the lazy dog.", False),
    ("", False),
])
def test_degenerate_repetition(text, expected):
    assert degenerate_repetition(text) is expected


@pytest.mark.parametrize("output, expected", [
    ("Hello there.", 1.0),
    ("tab\tand\nnewline\r\n", 1.0),
    (b"caf\xc3\xa9", 1.0),
    ("", 0.0),
    ("   \n\t", 0.0),
    ("bad \ufffd byte", 0.0),
    (b"\xff\xfe", 0.0),
    ("nul\x00byte", 0.0),
    ("lone \ud800 surrogate", 0.0),
    ("go go go go go", 0.0),
])
def test_well_formed(output, expected):
    assert well_formed(output) == expected


# --- score_output ---

@pytest.mark.parametrize("kwargs, metrics, primary, passed", [
    ({}, {"not_empty": 1.0, "well_formed": 1.0, "output_guard_clean": 1.0}, 1.0, True),
    ({"output_guard_clean": False}, {"not_empty": 1.0, "well_formed": 1.0, "output_guard_clean": 0.0}, 2 / 3, False),
    ({"perplexity": 12.5}, {"not_empty": 1.0, "well_formed": 1.0, "output_guard_clean": 1.0, "perplexity": 12.5,
                            "perplexity_ok": 1.0}, 1.0, True),
    ({"perplexity": rubric.MAX_PERPLEXITY}, {"not_empty": 1.0, "well_formed": 1.0, "output_guard_clean": 1.0,
                                             "perplexity": rubric.MAX_PERPLEXITY, "perplexity_ok": 1.0}, 1.0, True),
    ({"perplexity": 5000.0}, {"not_empty": 1.0, "well_formed": 1.0, "output_guard_clean": 1.0, "perplexity": 5000.0,
                              "perplexity_ok": 0.0}, 3 / 4, False),
    ({"perplexity": math.nan}, {"not_empty": 1.0, "well_formed": 1.0, "output_guard_clean": 1.0, "perplexity": None,
                                "perplexity_ok": 0.0}, 3 / 4, False),
])
def test_reference_free_scoring(kwargs, metrics, primary, passed):
    result = score_output("free", "A short, sensible answer.", **kwargs)
    assert result["mode"] == "reference_free"
    assert result["rubric"] == f"reference_free@{rubric.RUBRIC_VERSION}"
    assert result["metrics"] == metrics
    assert result["primary"] == pytest.approx(primary)
    assert result["passed"] is passed


@pytest.mark.parametrize("output, primary", [
    ("", 1 / 3),  # empty: not_empty and well_formed fail, the guard check passes
    ("loop loop loop loop loop", 2 / 3),
])
def test_reference_free_failures(output, primary):
    result = score_output("free", output)
    assert result["primary"] == pytest.approx(primary)
    assert result["passed"] is False


@pytest.mark.parametrize("reference", [None, "", "  \n"])
def test_a_task_without_a_reference_is_marked_reference_free(reference):
    result = score_output("summarization", "Some summary.", reference)
    assert result["mode"] == "reference_free"
    assert result["rubric"] == f"reference_free@{rubric.RUBRIC_VERSION}"


@pytest.mark.parametrize("task_type, output, reference, primary, passed", [
    # LCS 3 of 6 and 6: F = 0.5 >= 0.3.
    ("summarization", "a b c x y z", "a b c d e f", 0.5, True),
    # LCS 1 of 6 and 6: F = 1/6 < 0.3.
    ("summarization", "a x y z w v", "a b c d e f", 1 / 6, False),
    ("extraction", REF, REF, 1.0, True),
    ("extraction", "vendor: Acme Corp | date: 2024-03-05 | total: 99", REF, 2 / 3, False),
    ("code_completion", "    return a + b", "    return a + b", 1.0, True),
    # First line right, second line "x = )" vs "y = 1" shares " = ": (1 + 2 * 3 / 10) / 2; no parse.
    ("code_completion", "    return a + b\n    x = )", "    return a + b\n    y = 1", 0.8, False),
    ("code_completion", "    return a - b", "    return a + b", 22 / 24, False),
    # Free-form with a reference: token F1, P = 2/3, R = 1 -> 0.8.
    ("free", "paris is nice", "paris is", 0.8, True),
    ("free", "london", "paris", 0.0, False),
])
def test_reference_scoring(task_type, output, reference, primary, passed):
    result = score_output(task_type, output, reference, prompt=ADD)
    assert result["mode"] == "reference"
    assert result["rubric"] == f"{task_type}@{rubric.RUBRIC_VERSION}"
    assert result["primary"] == pytest.approx(primary)
    assert result["passed"] is passed
    # The reference-free checks ride along for information.
    assert {"not_empty", "well_formed", "output_guard_clean"} <= set(result["metrics"])


def test_code_that_does_not_parse_fails_even_with_the_right_first_line():
    result = score_output("code_completion", "    return a + b\n  )", "    return a + b\n    pass", prompt=ADD)
    assert result["metrics"]["first_line_match"] == 1.0
    assert result["metrics"]["parses"] == 0.0
    assert result["passed"] is False


def test_output_guard_does_not_decide_a_reference_pass():
    result = score_output("summarization", "a b c", "a b c", output_guard_clean=False)
    assert result["metrics"]["output_guard_clean"] == 0.0
    assert result["passed"] is True


def test_unknown_task_type_is_an_error():
    with pytest.raises(ValueError, match="unknown task type 'poetry'"):
        score_output("poetry", "x", "y")


def test_every_task_type_has_a_rubric():
    assert set(rubric.RUBRICS) == set(TASK_TYPES)


@pytest.mark.parametrize("task_type, reference", [
    ("summarization", "a b"), ("extraction", REF), ("code_completion", "    return 1"), ("free", None),
])
@pytest.mark.parametrize("output", ["", "a b", "loop " * 50, "x\ufffd", "vendor: ?? | total: -1"])
def test_scores_are_json_and_in_range(task_type, reference, output):
    result = score_output(task_type, output, reference, prompt=ADD, perplexity=math.inf)
    json.dumps(result, allow_nan=False)  # stored on the job hash and returned by the API
    assert 0.0 <= result["primary"] <= 1.0
    assert isinstance(result["passed"], bool)
    assert set(result) == {"mode", "metrics", "primary", "passed", "rubric"}


# --- v2: rubric parameters ------------------------------------------------------------------------

SUMMARY_REF = "The Westfield city council approved a $2.8 million plan for a park renovation on Sunday."
SUMMARY_PARAMS = {"must_include": ["Westfield", "approved", "$2.8 million", "park renovation", "Sunday"],
                  "must_not_include": ["Green Falls", "rejected"], "min_words": 8, "max_words": 30}


@pytest.mark.parametrize("output, checks, passed", [
    (SUMMARY_REF, {"length_ok": 1.0, "fact_recall": 1.0, "no_forbidden_facts": 1.0}, True),
    ("On Sunday the Westfield council approved a park renovation plan costing $2.8 million.",
     {"length_ok": 1.0, "fact_recall": 1.0, "no_forbidden_facts": 1.0}, True),
    # Fluent and close in ROUGE, but the decision is reversed: a forbidden fact.
    ("The Westfield city council rejected a $2.8 million plan for a park renovation on Sunday.",
     {"fact_recall": 0.8, "no_forbidden_facts": 0.0}, False),
    # A distractor from the document's filler sentences.
    ("The Green Falls city council approved a $2.8 million plan for a park renovation on Sunday.",
     {"fact_recall": 0.8, "no_forbidden_facts": 0.0}, False),
    ("The Westfield city council approved a plan for a park renovation on Sunday.", {"fact_recall": 0.8}, False),
    ("Westfield approved it.", {"length_ok": 0.0}, False),
    (SUMMARY_REF + " " + SUMMARY_REF + " " + SUMMARY_REF, {"length_ok": 0.0}, False),
])
def test_summarization_facts_and_length(output, checks, passed):
    result = score_output("summarization", output, SUMMARY_REF, params=SUMMARY_PARAMS)
    for name, value in checks.items():
        assert result["metrics"][name] == pytest.approx(value), name
    assert result["passed"] is passed


def test_summarization_without_parameters_is_graded_as_before():
    result = score_output("summarization", "The council approved a park plan.", SUMMARY_REF)
    assert not {"length_ok", "fact_recall", "no_forbidden_facts"} & set(result["metrics"])


def test_the_best_of_several_references_counts():
    one = score_output("summarization", "a b c d", "w x y z")
    both = score_output("summarization", "a b c d", "w x y z", references=["a b c d"])
    assert (one["primary"], both["primary"]) == (0.0, 1.0)


def test_extraction_per_field_token_f1():
    result = score_output("extraction", "vendor: Acme | total: 1,250.00", "vendor: Acme Corp | total: 1250")
    m = result["metrics"]
    assert m["fields"] == {"vendor": 0.0, "total": 1.0}
    assert m["fields_f1"]["vendor"] == pytest.approx(2 / 3)  # 1 of 1 predicted, 1 of 2 reference tokens
    assert m["field_token_f1"] == pytest.approx((2 / 3 + 1.0) / 2)
    assert result["passed"] is False


CODE_PROMPT = ('### Task: code_completion\ndef factorial(n):\n    """Return n!."""\n    result = 1\n'
               '    for i in range(2, n + 1):\n        result *= i\n### Answer:\n')
CODE_PARAMS = {"tests": "assert factorial(0) == 1\nassert factorial(5) == 120\n", "entry_point": "factorial"}


@pytest.mark.parametrize("output, status, passed, first_line", [
    ("    return result", "passed", True, 1.0),
    ("    return (result)\n", "passed", True, 0.0),  # right, though not the reference's line
    ("    return result\nthis is rambling after the answer", "passed", True, 1.0),  # cut to the answer
    ("    return n", "failed", False, 0.0),
    ("    return result +", "syntax", False, 0.0),
    ("    while True:\n        pass", "timeout", False, 0.0),
])
def test_code_completion_runs_the_case_tests(output, status, passed, first_line):
    params = {**CODE_PARAMS, "timeout_s": 1}
    result = score_output("code_completion", output, "    return result", prompt=CODE_PROMPT, params=params)
    assert result["details"]["sandbox"]["status"] == status
    assert result["passed"] is passed
    assert result["primary"] == result["metrics"]["tests_passed"] == float(passed)
    assert result["metrics"]["first_line_match"] == first_line  # the secondary, exact-line figure


def test_score_case_uses_the_case_parameters():
    from scorer.rubric import score_case
    from scorer.suites import Case

    case = Case("c", "code_completion", CODE_PROMPT, "    return result", 48, 1, rubric=CODE_PARAMS)
    assert score_case(case, "    return result")["passed"] is True
    assert score_case(case, "    return 0")["passed"] is False
