import json

import pytest

from scorer.review import (ReviewError, blind, graded, item_from_record, parse_grade, read_items, review_stats,
                           sample, should_review, spotcheck_rate, write_items)
from tinylab.review_cli import main


def test_sampling_is_deterministic_and_close_to_the_rate():
    ids = [f"{i:032x}" for i in range(4000)]
    picked = [i for i in ids if should_review(i, 0.1)]
    assert picked == [i for i in ids if should_review(i, 0.1)]
    assert 0.08 < len(picked) / len(ids) < 0.12
    assert set(picked) <= {i for i in ids if should_review(i, 0.2)}  # a higher rate adds, never swaps
    assert not any(should_review(i, 0.0) for i in ids)
    assert all(should_review(i, 1.0) for i in ids)


@pytest.mark.parametrize("env, rate", [({}, 0.05), ({"TINYLAB_SPOTCHECK_RATE": "0.25"}, 0.25),
                                       ({"TINYLAB_SPOTCHECK_RATE": "1"}, 1.0)])
def test_rate_from_the_environment(env, rate):
    assert spotcheck_rate(env) == rate


@pytest.mark.parametrize("raw", ["lots", "1.5", "-0.1"])
def test_bad_rate_is_an_error(raw):
    with pytest.raises(ValueError, match="TINYLAB_SPOTCHECK_RATE"):
        spotcheck_rate({"TINYLAB_SPOTCHECK_RATE": raw})


@pytest.mark.parametrize("body, status, message", [
    ([True], 400, "must be a JSON object"),
    ({}, 422, "'passed' is required"),
    ({"passed": "yes"}, 422, "'passed' must be true or false, got \"yes\""),
    ({"passed": 1}, 422, "'passed' must be true or false, got 1"),
    ({"passed": True, "note": 3}, 422, "'note' must be a string"),
    ({"passed": True, "note": "x" * 2001}, 422, "longer than 2000"),
    ({"passed": True, "verdict": "pass"}, 422, "unknown field"),
])
def test_grade_validation(body, status, message):
    with pytest.raises(ReviewError, match=message) as info:
        parse_grade(body)
    assert info.value.status == status


def test_grade_parses():
    assert parse_grade({"passed": False, "note": "  wrong total "}) == (False, "wrong total")


def _row(case_id, auto, human=None):
    """A bench run's cases.jsonl row, optionally already graded."""
    row = {"case_id": case_id, "task_type": "extraction", "prompt": "p", "output": "o", "reference": "r",
           "score": {"mode": "reference", "metrics": {"field_accuracy": float(auto), "fields": {"a": 1.0}},
                     "primary": float(auto), "passed": auto, "rubric": "extraction@v2"}}
    return row if human is None else graded(item_from_record(row), human)


def test_bench_rows_become_items_and_the_verdict_is_hidden_from_reviewers():
    item = item_from_record(_row("extraction-001", True))
    assert item["id"] == "extraction-001" and item["auto"]["passed"] is True and item["human"] is None
    assert item["auto"]["metrics"] == {"field_accuracy": 1.0}  # numbers only
    assert "auto" not in blind(item)
    with pytest.raises(ValueError, match="neither 'auto' nor a 'score'"):
        item_from_record({"case_id": "x"})


def test_stats_over_graded_items_only():
    items = [_row("a", True, True), _row("b", False, False), _row("c", True, False), _row("d", True)]
    items = [item_from_record(i) for i in items]
    stats = review_stats(items)
    assert (stats["n"], stats["pending"], stats["agreement"]) == (3, 1, pytest.approx(2 / 3))
    assert stats["by_task_type"]["extraction"]["n"] == 3


def test_offline_round_with_the_cli(tmp_path, capsys):
    run = tmp_path / "cases.jsonl"
    run.write_text("".join(json.dumps(_row(f"case-{i:03d}", i % 3 != 0)) + "\n" for i in range(200)))
    out = tmp_path / "round.jsonl"
    assert main(["sample", "--file", str(run), "--rate", "0.2", "--out", str(out)]) == 0
    items = read_items(out)
    assert [i["id"] for i in items] == [i["id"] for i in sample(read_items(run), 0.2)]
    assert 20 < len(items) < 60
    for item in items:  # a reviewer who agrees with the rubric except on the first two
        verdict = item["auto"]["passed"] if item not in items[:2] else not item["auto"]["passed"]
        assert main(["grade", "--file", str(out), item["id"], "pass" if verdict else "fail",
                     "--note", "checked"]) == 0
    capsys.readouterr()
    assert main(["stats", "--file", str(out), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["n"] == len(items) and stats["pending"] == 0
    assert stats["agreement"] == pytest.approx(1 - 2 / len(items))
    assert main(["stats", "--file", str(out)]) == 0
    text = capsys.readouterr().out
    assert "cohen's kappa" in text and "rubric drift" in text
    assert read_items(out)[0]["human"]["note"] == "checked"


def test_cli_stats_can_fail_on_drift(tmp_path):
    path = tmp_path / "round.jsonl"
    write_items(path, [item_from_record(_row(f"c{i}", True, i % 2 == 0)) for i in range(20)])
    assert main(["stats", "--file", str(path)]) == 0
    assert main(["stats", "--file", str(path), "--fail-on-drift"]) == 1


def test_cli_grade_unknown_item(tmp_path, capsys):
    path = tmp_path / "round.jsonl"
    write_items(path, [item_from_record(_row("a", True))])
    assert main(["grade", "--file", str(path), "nope", "pass"]) == 1
    assert "no item 'nope'" in capsys.readouterr().err


def test_interactive_grading_saves_after_each_item(tmp_path, monkeypatch):
    path = tmp_path / "round.jsonl"
    write_items(path, [item_from_record(_row(x, True)) for x in "abc"])
    answers = iter(["p", "looks right", "s", "f", "", "q"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    assert main(["grade", "--file", str(path)]) == 0
    humans = [i["human"] for i in read_items(path)]
    assert humans[0]["passed"] is True and humans[0]["note"] == "looks right"
    assert humans[1] is None
    assert humans[2]["passed"] is False


def test_the_tinylab_command_has_review():
    from tinylab.cli import main as tinylab_main

    with pytest.raises(SystemExit) as info:
        tinylab_main(["review", "--help"])
    assert info.value.code == 0
