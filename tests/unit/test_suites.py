import json
import shutil
from pathlib import Path

import pytest

from scorer.rubric import score_case
from scorer.suites import (CaseNotFound, SuiteError, SuiteNotFound, load_suite, manifest_problems, read_manifest,
                           record_manifest, versions)

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
        result = score_case(case, case.reference)  # with its rubric parameters: code runs its tests
        assert result["passed"], f"{suite.ref} {case.id}: its own reference fails: {result}"


# --- optional fields: references, rubric parameters, tags --------------------------------------------

SUMMARY = {"id": "s-1", "task_type": "summarization", "prompt": "### Task: summarization\nDoc.\n### Answer:\n",
           "reference": "The Oakton council approved a $2 million plan on Monday.", "max_tokens": 64, "seed": 1,
           "rubric": {"must_include": ["Oakton", "$2 million"], "must_not_include": ["Pineville"],
                      "min_words": 5, "max_words": 20}}
CODE = {"id": "c-1", "task_type": "code_completion", "prompt": "def add(a, b):\n", "reference": "    return a + b",
        "max_tokens": 16, "seed": 1, "rubric": {"tests": "assert add(1, 2) == 3\n", "entry_point": "add"}}


def _rubric(case, **changes):
    return {**case, "rubric": {**case["rubric"], **changes}}


def test_optional_fields_load(tmp_path):
    extra = {**CASES[0], "references": ["Another summary."], "tags": ["smoke"]}
    write_suite(tmp_path, "opt", 1, [SUMMARY, CODE, extra])
    suite = load_suite(tmp_path, "opt")
    assert suite.case("s-1").rubric["must_include"] == ["Oakton", "$2 million"]
    assert suite.case("summarization-001").references == ("Another summary.",)
    assert suite.case("summarization-001").tags == ("smoke",)
    assert suite.case("c-1").to_dict() == CODE
    assert len(suite.sha256) == 64


@pytest.mark.parametrize("line, message", [
    ({**SUMMARY, "rubric": "strict"}, "'rubric' must be dict, got str"),
    ({**SUMMARY, "references": "one"}, "'references' must be list, got str"),
    ({**SUMMARY, "tags": ["", "x"]}, "'tags' must be a list of non-empty strings"),
    (_rubric(SUMMARY, must_include="Oakton"), "rubric.must_include must be a list of non-empty strings"),
    (_rubric(SUMMARY, must_include=["Riverton"]), r"rubric.must_include facts not in the reference: \['Riverton'\]"),
    (_rubric(SUMMARY, must_not_include=["Oakton"]), "rubric.must_not_include facts that the reference contains"),
    (_rubric(SUMMARY, min_words=30), "rubric.min_words 30 > max_words 20"),
    (_rubric(SUMMARY, max_words=-1), "rubric.max_words must be an integer >= 0"),
    (_rubric(SUMMARY, min_fact_recall=2), "rubric.min_fact_recall must be a number in 0..1"),
    (_rubric(SUMMARY, tests="x"), "rubric.tests: not a summarization parameter"),
    (_rubric(CODE, entry_point="not a name"), "rubric.entry_point must be a Python identifier"),
    (_rubric(CODE, tests="assert add(1, 2) ==\n"), "rubric.tests is not valid Python"),
    (_rubric(CODE, timeout_s=100), r"rubric.timeout_s must be a number of seconds in \(0, 30\]"),
    ({**CODE, "rubric": {"tests": "assert add(1, 2) == 3"}}, "rubric.tests and rubric.entry_point go together"),
    ({**CASES[1], "rubric": {"fields": ["total"]}}, r"rubric.fields \['total'\] differ from the reference's"),
])
def test_invalid_rubric_parameters_name_the_case_and_field(tmp_path, line, message):
    write_suite(tmp_path, "bad", 1, [line])
    with pytest.raises(SuiteError, match=message) as info:
        load_suite(tmp_path, "bad")
    assert f"(case {line['id']!r})" in str(info.value)


# --- the manifest: published versions never change ---------------------------------------------------

def test_shipped_suites_match_the_manifest():
    assert manifest_problems(REPO / "suites") == []


def _copy_suites(tmp_path):
    root = tmp_path / "suites"
    shutil.copytree(REPO / "suites", root)
    return root


def test_an_edited_version_is_caught_and_not_rerecorded(tmp_path):
    root = _copy_suites(tmp_path)
    path = root / "smoke" / "v1.jsonl"
    lines = path.read_text().splitlines()
    case = json.loads(lines[0])
    case["reference"] += " Edited."
    path.write_text("\n".join([json.dumps(case)] + lines[1:]) + "\n")
    assert manifest_problems(root) == ["smoke@v1 changed after it was published: restore it and publish the "
                                       "change as a new version (v2)"]
    with pytest.raises(SuiteError, match="refusing to record"):
        record_manifest(root)


def test_a_new_version_is_recorded_and_old_ones_kept(tmp_path):
    root = _copy_suites(tmp_path)
    before = read_manifest(root)
    write_suite(root, "smoke", 2, CASES)
    assert manifest_problems(root) == ["smoke@v2 is not recorded: run `python -m scorer.suites --record`"]
    assert record_manifest(root) == ["smoke@v2"]
    after = read_manifest(root)
    assert {k: v for k, v in after.items() if k != "smoke@v2"} == before
    assert after["smoke@v2"]["cases"] == len(CASES)
    assert manifest_problems(root) == []


def test_a_deleted_version_is_caught(tmp_path):
    root = _copy_suites(tmp_path)
    (root / "smoke" / "v1.jsonl").unlink()
    assert "smoke@v1 is recorded but its file is gone" in manifest_problems(root)


# --- the lab suites ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["summarization", "extraction", "code_completion"])
def test_lab_suites_have_60_cases_in_the_model_prompt_format(name):
    suite = load_suite(REPO / "suites", name, 1)
    assert len(suite) >= 60
    assert {c.task_type for c in suite} == {name}
    assert len({c.prompt for c in suite}) == len(suite)
    for case in suite:
        assert case.prompt.startswith(f"### Task: {name}\n") and case.prompt.endswith("\n### Answer:\n"), case.id
        assert case.rubric, f"{case.id} has no rubric parameters"


def test_smoke_is_a_subset_of_the_lab_suites():
    smoke = load_suite(REPO / "suites", "smoke", 1)
    assert {c.task_type for c in smoke} == {"summarization", "extraction", "code_completion"}
    for case in smoke:
        assert load_suite(REPO / "suites", case.task_type, 1).case(case.id).to_dict() == case.to_dict()


def test_lab_suite_cases_are_not_training_examples():
    from scorer.build_suites import _training_pairs

    seen = _training_pairs()
    for name in ("summarization", "extraction"):
        for case in load_suite(REPO / "suites", name, 1):
            assert case.prompt not in seen and case.reference not in seen, case.id


def test_the_builder_is_deterministic():
    from scorer.build_suites import synthetic_suite

    seen: set[str] = set()
    assert synthetic_suite("extraction", seen) == synthetic_suite("extraction", seen)


@pytest.mark.parametrize("name", ["summarization", "extraction", "code_completion"])
def test_lab_suite_prompts_reach_the_model_unchanged_through_the_guardrails(name):
    # A prompt the gateway redacts or blocks would be graded on something other than what it says.
    # (Whether the injection classifier merely flags a case is the guardrails' false-positive rate.)
    chain = pytest.importorskip("guardrails.chain")
    for case in load_suite(REPO / "suites", name, 1):
        result = chain.scan_input(case.prompt)
        assert result.action != "block" and result.redacted == case.prompt, (case.id, result.findings)


def test_code_tasks_are_not_in_the_training_files():
    from inference_worker import corpus as C

    train = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                      for rel, p in C.stdlib_files() if not C.is_heldout(rel))
    for case in load_suite(REPO / "suites", "code_completion", 1):
        code = case.prompt.split("\n", 1)[1].rsplit("\n### Answer:", 1)[0]
        assert code not in train, case.id
