import json
from pathlib import Path

import pytest

from scorer.rubric import score_output
from scorer.suites import CaseNotFound, SuiteError, SuiteNotFound, load_suite, versions

REPO = Path(__file__).resolve().parents[2]

CASES = [
    {"id": "summarization-001", "task_type": "summarization", "prompt": "Summarize: ...", "reference": "A summary.",
     "max_tokens": 48, "seed": 1},
    {"id": "extraction-001", "task_type": "extraction", "prompt": "Invoice ...",
     "reference": "vendor: Acme Corp | total: 1250.00", "max_tokens": 32, "seed": 2},
    {"id": "code_completion-001", "task_type": "code_completion", "prompt": "def add(a, b):\n",
     "reference": "    return a + b", "max_tokens": 16, "seed": 3},
    {"id": "free-001", "task_type": "free", "prompt": "Tell me a story.", "reference": None, "max_tokens": 64,
     "seed": 4},
]


def write_suite(root: Path, name: str, version: int, lines: list) -> Path:
    path = root / name / f"v{version}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


def test_loads_cases_in_file_order(tmp_path):
    write_suite(tmp_path, "demo", 1, CASES)
    suite = load_suite(tmp_path, "demo", 1)
    assert (suite.name, suite.version, suite.ref, len(suite)) == ("demo", 1, "demo@v1", 4)
    assert [c.id for c in suite] == [c["id"] for c in CASES]
    assert suite.case("extraction-001").to_dict() == CASES[1]
    assert suite.case("free-001").reference is None


def test_latest_version_when_none_given(tmp_path):
    write_suite(tmp_path, "demo", 1, CASES[:1])
    write_suite(tmp_path, "demo", 2, CASES[:2])
    write_suite(tmp_path, "demo", 10, CASES)  # numeric order, not text order ("v10" < "v2")
    (tmp_path / "demo" / "notes.txt").write_text("not a version")
    assert versions(tmp_path, "demo") == [1, 2, 10]
    assert load_suite(tmp_path, "demo").version == 10
    assert len(load_suite(tmp_path, "demo")) == 4


@pytest.mark.parametrize("version", [2, "2", "v2"])
def test_explicit_version(tmp_path, version):
    write_suite(tmp_path, "demo", 1, CASES[:1])
    write_suite(tmp_path, "demo", 2, CASES[:2])
    assert len(load_suite(tmp_path, "demo", version)) == 2


@pytest.mark.parametrize("ref, version", [("demo@v1", None), ("demo@1", None), ("demo@v1", 1)])
def test_a_ref_pins_the_version(tmp_path, ref, version):
    write_suite(tmp_path, "demo", 1, CASES[:1])
    write_suite(tmp_path, "demo", 2, CASES)
    suite = load_suite(tmp_path, ref, version)
    assert (suite.version, len(suite)) == (1, 1)
    assert load_suite(tmp_path, suite.ref) is suite


@pytest.mark.parametrize("name, version, message", [
    ("missing", None, "no suite 'missing'"),
    ("demo@v1", 2, "suite ref demo@v1 conflicts with version 2"),
    ("demo@latest", None, "invalid suite version 'latest'"),
    ("demo@v1@v2", None, "invalid suite version 'v1@v2'"),
    ("demo", 3, r"no version v3 \(available: v1\)"),
    ("demo", 0, "invalid suite version 0"),
    ("demo", "latest", "invalid suite version 'latest'"),
    ("demo", True, "invalid suite version True"),
    ("../demo", None, "invalid suite name"),
    ("demo/v1", None, "invalid suite name"),
    ("", None, "invalid suite name"),
])
def test_unknown_suite_or_version(tmp_path, name, version, message):
    write_suite(tmp_path, "demo", 1, CASES)
    with pytest.raises(SuiteNotFound, match=message) as info:
        load_suite(tmp_path, name, version)
    assert isinstance(info.value, SuiteError)  # the gateway catches SuiteError


def test_unknown_case(tmp_path):
    write_suite(tmp_path, "demo", 1, CASES)
    with pytest.raises(CaseNotFound, match="suite demo@v1 has no case 'nope-001'") as info:
        load_suite(tmp_path, "demo").case("nope-001")
    assert isinstance(info.value, SuiteError)


def _with(**changes) -> dict:
    case = dict(CASES[0])
    for name, value in changes.items():
        if value is ...:
            del case[name]
        else:
            case[name] = value
    return case


@pytest.mark.parametrize("line, message", [
    ("{not json", "line 1: invalid JSON"),
    ("[1, 2]", "line 1: expected a JSON object, got list"),
    (_with(id=...), "line 1: missing 'id'"),
    (_with(prompt=...), "line 1: missing 'prompt'"),
    (_with(reference=...), "line 1: missing 'reference'"),
    (_with(reference=None), "line 1: missing 'reference'"),  # only free cases may omit it
    (_with(reference=" "), "line 1: 'reference' must not be empty"),
    (_with(prompt=""), "line 1: 'prompt' must not be empty"),
    (_with(task_type="poetry"), "line 1: unknown task_type 'poetry'"),
    (_with(max_tokens="48"), "line 1: 'max_tokens' must be int, got str"),
    (_with(max_tokens=True), "line 1: 'max_tokens' must be int, got bool"),
    (_with(max_tokens=0), "line 1: 'max_tokens' must be >= 1, got 0"),
    (_with(seed=-1), "line 1: 'seed' must be >= 0, got -1"),
    (_with(seed=1.5), "line 1: 'seed' must be int, got float"),
    (_with(refrence="typo"), r"line 1: unknown field\(s\) refrence"),
    ({**CASES[1], "reference": "Acme Corp, 1250.00"}, "line 1: extraction 'reference' needs 'key: value' fields"),
])
def test_invalid_case_is_reported_with_its_line(tmp_path, line, message):
    write_suite(tmp_path, "bad", 1, [line])
    with pytest.raises(SuiteError, match=message) as info:
        load_suite(tmp_path, "bad")
    assert str(info.value).startswith("invalid suite bad@v1 (bad/v1.jsonl):")
    assert str(tmp_path) not in str(info.value)  # callers see this message; no server paths


def test_duplicate_ids_name_both_lines(tmp_path):
    write_suite(tmp_path, "dup", 1, [CASES[0], CASES[1], CASES[0]])
    with pytest.raises(SuiteError, match=r"line 3: duplicate id 'summarization-001' \(first on line 1\)"):
        load_suite(tmp_path, "dup")


def test_every_problem_is_reported_at_once(tmp_path):
    write_suite(tmp_path, "bad", 1, [CASES[0], _with(id="s-2", seed=-1), "{", _with(id="s-4", task_type="x")])
    with pytest.raises(SuiteError) as info:
        load_suite(tmp_path, "bad")
    message = str(info.value)
    assert "line 1" not in message
    for expected in ("line 2: 'seed'", "line 3: invalid JSON", "line 4: unknown task_type"):
        assert expected in message


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_empty_suite_is_invalid(tmp_path, content):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "v1.jsonl").write_text(content)
    with pytest.raises(SuiteError, match="no cases"):
        load_suite(tmp_path, "empty")


def test_blank_lines_are_skipped(tmp_path):
    write_suite(tmp_path, "demo", 1, [CASES[0], "", "   ", CASES[1]])
    assert len(load_suite(tmp_path, "demo")) == 2


def test_cached_per_file_and_reloaded_when_rewritten(tmp_path):
    path = write_suite(tmp_path, "demo", 1, CASES[:2])
    first = load_suite(tmp_path, "demo")
    assert load_suite(str(tmp_path), "demo", 1) is first  # same file: same object
    path.write_text("".join(json.dumps(c) + "\n" for c in CASES))
    reloaded = load_suite(tmp_path, "demo")
    assert reloaded is not first
    assert len(reloaded) == 4


# --- the committed suites -------------------------------------------------------------------------

COMMITTED = sorted((REPO / "suites").glob("*/v*.jsonl"))


@pytest.mark.skipif(not COMMITTED, reason="no suite committed under suites/ yet")
@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_committed_suite_is_valid_and_its_references_pass_their_own_rubric(path):
    suite = load_suite(REPO / "suites", path.parent.name, path.stem)
    assert len(suite) > 0
    for case in suite:
        if case.reference is None:
            continue
        result = score_output(case.task_type, case.reference, case.reference, prompt=case.prompt)
        assert result["passed"], f"{suite.ref} {case.id}: its own reference fails: {result['metrics']}"
