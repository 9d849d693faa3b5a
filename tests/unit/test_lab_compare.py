"""The compare gate, both ways, on synthetic runs (no model involved)."""
import json

import pytest

from lab import bench
from tinylab.cli import main as tinylab_main


def make_run(tmp_path, name: str, primary: list[float], latency: float = 1.0, commit: str = "abc123def456",
             created: str = "2026-11-25T10:00:00+00:00", suite: str = "demo@v1", busy: float = 0.0) -> bench.Run:
    records = []
    for i, p in enumerate(primary):
        task = "extraction" if i % 2 else "summarization"
        records.append({"id": f"case-{i:03d}", "task_type": task, "seed": i, "status": "succeeded",
                        "output": f"out {p}", "reference": "ref", "finish_reason": "eos", "prompt_tokens": 10,
                        "completion_tokens": 8, "perplexity": 2.0, "ttft_s": latency / 4, "tpot_s": 0.01,
                        "latency_s": latency * (1 + (i % 5) / 10), "batch_size": 4, "primary": p,
                        "passed": p >= 0.5, "metrics": {"token_f1": p}, "rubric": f"{task}@v1"})
    perf = bench.performance(records, {"generate_s": 10 * latency, "peak_rss_mb": 300.0}, 10 * latency)
    summary = {"run_id": name, "created": created, "suite": suite.split("@")[0], "suite_ref": suite,
               "config": {"variant": "fp32", "mode": "engine", "seed": 0},
               "env": {"hardware": {"cpu_model": "cpu", "torch_threads": 2}, "git": {"subject": "a commit"},
                       "other_cpu_cores_during": busy},
               "metrics": bench.aggregate(records), "perf": perf, "outputs_sha256": bench.outputs_sha256(records)}
    out = tmp_path / commit / name
    out.mkdir(parents=True)
    (out / "summary.json").write_text(json.dumps(summary))
    with open(out / "cases.jsonl", "w") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    return bench.load_run(out)


BASE = [0.2, 0.4, 0.6, 0.8, 0.9, 0.7, 0.55, 0.3] * 5  # none within 0.05 of the 0.5 pass mark


def test_identical_runs_pass(tmp_path):
    a = make_run(tmp_path, "a", BASE)
    b = make_run(tmp_path, "b", BASE)
    result = bench.compare(a, b)
    assert result["passed"] and result["same_outputs"]
    assert all(abs(r["delta"]) < 1e-12 for r in result["rows"])


def test_quality_drop_past_the_threshold_fails(tmp_path):
    a = make_run(tmp_path, "a", BASE)
    b = make_run(tmp_path, "b", [x - 0.05 for x in BASE])
    result = bench.compare(a, b, bench.Thresholds(max_quality_drop=0.02))
    assert not result["passed"]
    failed = {r["metric"] for r in result["rows"] if r["regressed"]}
    assert {"summarization.primary", "extraction.primary", "all.primary"} <= failed
    assert "token_f1" not in " ".join(failed)  # informational metrics are shown, not gated


def test_quality_drop_within_the_threshold_passes(tmp_path):
    a = make_run(tmp_path, "a", BASE)
    b = make_run(tmp_path, "b", [x - 0.01 for x in BASE])
    assert bench.compare(a, b, bench.Thresholds(max_quality_drop=0.02))["passed"]


def test_significant_only_ignores_a_noisy_drop(tmp_path):
    a = make_run(tmp_path, "a", BASE)
    noisy = [x - 0.5 if i == 0 else x for i, x in enumerate(BASE)]  # one case falls a lot
    noisy[1] += 0.3
    b = make_run(tmp_path, "b", noisy)
    assert not bench.compare(a, b, bench.Thresholds(max_quality_drop=0.005))["passed"]
    assert bench.compare(a, b, bench.Thresholds(max_quality_drop=0.005, significant_only=True))["passed"]


def test_latency_gate_both_ways(tmp_path):
    a = make_run(tmp_path, "a", BASE, latency=1.0)
    slower = make_run(tmp_path, "slower", BASE, latency=1.5)
    faster = make_run(tmp_path, "faster", BASE, latency=0.8)
    result = bench.compare(a, slower, bench.Thresholds(max_latency_increase=0.2))
    assert not result["passed"]
    assert {r["metric"] for r in result["rows"] if r["regressed"]} == {
        "latency_p50_s", "latency_p95_s", "ttft_p50_s", "tokens_per_s"}
    assert bench.compare(a, faster)["passed"]
    assert bench.compare(a, slower, bench.Thresholds(latency=False))["passed"]


def test_warnings_for_different_suites_and_busy_machines(tmp_path):
    a = make_run(tmp_path, "a", BASE, busy=1.2)
    b = make_run(tmp_path, "b", BASE[:10], suite="demo@v2")
    w = " ".join(bench.compare(a, b)["warnings"])
    assert "different suites" in w and "case sets differ" in w and "1.20 cores" in w


@pytest.mark.parametrize("shift, code", [(0.0, 0), (-0.1, 1)])
def test_cli_exit_code_gates(tmp_path, capsys, shift, code):
    make_run(tmp_path, "20261125T100000Z-base", BASE)
    make_run(tmp_path, "20261125T110000Z-cand", [x + shift for x in BASE])
    rc = tinylab_main(["bench", "compare", "20261125T100000Z", "20261125T110000Z", "--results", str(tmp_path),
                       "--max-quality-drop", "0.02"])
    out = capsys.readouterr().out
    assert rc == code
    assert ("PASS" in out) == (code == 0) and ("REGRESSED" in out) == (code == 1)


def test_cli_compare_unknown_run(tmp_path, capsys):
    assert tinylab_main(["bench", "compare", "nope", "nada", "--results", str(tmp_path)]) == 2


def test_history_orders_by_git_and_takes_the_latest_run(tmp_path, capsys):
    make_run(tmp_path, "r1", [0.5] * 4, commit="c2c2c2c2c2c2", created="2026-11-25T10:00:00+00:00")
    make_run(tmp_path, "r2", [0.6] * 4, commit="c2c2c2c2c2c2", created="2026-11-25T11:00:00+00:00")
    make_run(tmp_path, "r3", [0.4] * 4, commit="c1c1c1c1c1c1", created="2026-11-25T12:00:00+00:00")
    make_run(tmp_path, "r4", [0.7] * 4, commit="c2c2c2c2c2c2-dirty", created="2026-11-25T09:00:00+00:00")
    commits = ["c1c1c1c1c1c1" + "0" * 28, "c2c2c2c2c2c2" + "0" * 28]
    rows = bench.history("all.primary", results_dir=tmp_path, commits=commits)
    assert [(r["commit"], r["run_id"], r["value"]) for r in rows] == [
        ("c1c1c1c1c1c1", "r3", 0.4), ("c2c2c2c2c2c2", "r2", 0.6), ("c2c2c2c2c2c2-dirty", "r4", 0.7)]
    assert bench.history("all.primary", suite="other", results_dir=tmp_path, commits=commits) == []
    assert bench.history("all.primary", results_dir=tmp_path, commits=commits, checkpoint=str(tmp_path)) == []
    png = bench.plot_history(rows, "all.primary", tmp_path / "h.png")
    assert png.stat().st_size > 1000
    assert "r3" in bench.format_history(rows)
    assert bench.history("tokens_per_s", results_dir=tmp_path, commits=commits)[0]["value"] > 0


def test_bench_engine_slot_passes_arguments_through(monkeypatch, capsys):
    import importlib.util
    import sys
    import types

    seen = []
    fake = types.ModuleType("inference_worker.bench")
    fake.main = lambda argv: seen.append(argv) or 0
    monkeypatch.setitem(sys.modules, "inference_worker.bench", fake)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object())
    assert tinylab_main(["bench", "engine", "--max-running", "4", "--help"]) == 0
    assert seen == [["--max-running", "4", "--help"]]
