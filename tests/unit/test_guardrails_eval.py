"""The labelled sets, the classifier artifact, and the eval figures on the held-out split."""
import json
from collections import Counter

import numpy as np
import pytest

from guardrails import classifier, evaluate
from guardrails.data import build

INJECTION = evaluate.load("injection.jsonl", None)
PII = evaluate.load("pii.jsonl", None)


def test_data_files_are_what_the_build_script_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "DATA", tmp_path)
    build.main()
    for name in ("injection.jsonl", "pii.jsonl"):
        assert (tmp_path / name).read_bytes() == (build.Path(build.__file__).parent / name).read_bytes(), name


def test_injection_set_size_balance_and_hard_negatives():
    benign = [r for r in INJECTION if r["label"] == 0]
    hard = [r for r in benign if r["vector"] == "hard_negative"]
    assert len([r for r in INJECTION if r["split"] != "synthetic"]) >= 400
    assert len(hard) >= len(benign) / 3
    vectors = Counter(r["vector"] for r in INJECTION if r["label"] == 1)
    assert vectors["indirect"] >= 50 and vectors["obfuscated"] >= 50
    assert len({r["lang"] for r in INJECTION if r["label"] == 1}) >= 6
    assert len({r["text"] for r in INJECTION}) == len(INJECTION), "duplicate prompts"


def test_split_is_by_group_so_no_variant_of_a_held_out_seed_is_trained_on():
    splits = {}
    for r in INJECTION:
        assert splits.setdefault(r["group"], r["split"]) == r["split"], r["group"]
    seeded = [r for r in INJECTION if r["split"] in ("dev", "heldout")]
    assert 0.2 < sum(r["split"] == "heldout" for r in seeded) / len(seeded) < 0.45
    assert {r["split"] for r in INJECTION} == {"dev", "heldout", "synthetic", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                                               "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11"}


def test_pii_spans_are_exact_and_lookalikes_are_present():
    assert len(PII) >= 250
    for r in PII:
        for s in r["spans"]:
            value = r["text"][s["start"]:s["end"]]
            assert value and value == value.strip(), (r["id"], s)
    assert sum(not r["spans"] for r in PII) >= 50


def test_names_file_spans_are_exact_and_eval_reports_person_figures():
    # Hand-written (not written by build.py), so no rebuild check; measured, not a target.
    rows = evaluate.load(evaluate.NAMES, None)
    assert len(rows) == 50 and sum(r["lookalikes"] for r in rows) >= 10
    for r in rows:
        assert r["lookalikes"] == (not r["spans"]), r["id"]
        for s in r["spans"]:
            value = r["text"][s["start"]:s["end"]]
            assert s["type"] == "PERSON" and value and value == value.strip(), (r["id"], s)
    names = evaluate.eval_names()
    assert names["texts"] == 50 and names["spans"] == sum(len(r["spans"]) for r in rows)
    assert 0 < names["recall"] <= 1 and 0 < names["precision"] <= 1
    report = {"split": "heldout", "injection": evaluate.eval_injection(INJECTION[:5]), "names": names,
              "pii": {"guardrails": evaluate._span_metrics(PII[:5], evaluate._pii_findings)
                      | evaluate._leaks(PII[:5], lambda t: t) | {"log_leak_rate": 0.0},
                      "presidio_patterns": "not installed"},
              "latency": {k: {"p50_ms": 1, "p95_ms": 1, "p99_ms": 1} for k in ("prose", "attack", "pii")}
              | {"scan_input_mb_per_s": 1.0}, "targets": {}}
    assert f"PERSON on data/{evaluate.NAMES} (50 hand-written texts" in evaluate.table(report)


def test_classifier_rebuild_is_byte_identical(tmp_path):
    out = classifier.build(tmp_path / "classifier.npy")
    assert out.read_bytes() == classifier.ARTIFACT.read_bytes()
    classifier.load.cache_clear()


def test_classifier_never_trains_on_held_out_rows():
    rows = [dict(r, text="zzqx " + r["text"]) if r["split"] == "heldout" else r for r in INJECTION]
    assert all(not t.startswith("zzqx") for t, *_ in classifier._training_rows(rows))
    frozen = [dict(r, text="zzqx " + r["text"]) if r["split"] in evaluate.FROZEN + ("fresh9", "fresh10", "fresh11") else r
              for r in INJECTION]
    assert all(not t.startswith("zzqx") for t, *_ in classifier._training_rows(frozen))


@pytest.fixture(scope="module")
def injection_report():
    return evaluate.eval_injection(evaluate.load("injection.jsonl"))


def test_injection_targets_on_held_out(injection_report):
    ours, keywords = injection_report["guardrails"], injection_report["keyword_baseline"]
    assert ours["recall"] >= evaluate.TARGETS["injection_recall"], ours["misses"]
    assert ours["hard_negative_fpr"] <= evaluate.TARGETS["hard_negative_fpr"], ours["false_positives"]
    assert ours["recall_by_vector"]["indirect"]["recall"] >= 0.95
    assert keywords["recall"] < ours["recall"]


def test_pii_targets_on_held_out(monkeypatch):
    monkeypatch.setattr(evaluate, "presidio_predictor", lambda: None)  # the baseline is slow; eval runs it
    report = evaluate.eval_pii(evaluate.load("pii.jsonl"))["guardrails"]
    assert report["structured_recall"] >= evaluate.TARGETS["structured_recall"], report["per_type"]
    assert report["structured_precision"] >= evaluate.TARGETS["structured_precision"], report["per_type"]
    assert report["structured_leak_rate"] == 0 and report["log_leak_rate"] == 0
    assert report["per_type"]["PHONE"]["recall"] >= 0.95
    assert report["lookalike_texts_flagged"] <= 0.03


def test_eval_table_names_every_target():
    report = {"split": "heldout", "injection": evaluate.eval_injection(evaluate.load("injection.jsonl")[:20]),
              "pii": {"guardrails": evaluate._span_metrics(PII[:5], evaluate._pii_findings)
                      | evaluate._leaks(PII[:5], lambda t: t) | {"log_leak_rate": 0.0},
                      "presidio_patterns": "not installed"},
              "latency": {k: {"p50_ms": 1, "p95_ms": 1, "p99_ms": 1} for k in ("prose", "attack", "pii")}
              | {"scan_input_mb_per_s": 1.0},
              "targets": {"injection_recall": (1.0, True)}}
    table = evaluate.table(report)
    assert "| recall (flagged) |" in table and "| injection_recall | 100.0% | yes |" in table
    json.dumps(report)
