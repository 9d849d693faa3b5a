"""`tinylab bench run` on the tiny model: artifacts, determinism, the compare gate on real runs,
a stack-mode smoke run, and the experiments' quick mode."""
import json
import re

import pytest

from lab import bench
from tinylab.cli import main as tinylab_main

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory, tiny_checkpoint):
    results = tmp_path_factory.mktemp("results")
    config = bench.RunConfig(suite="smoke", checkpoint=str(tiny_checkpoint), batch_size=4, threads=1)
    quiet = lambda *_: None  # noqa: E731
    return results, bench.run(config, results, log=quiet), bench.run(config, results, log=quiet)


def test_run_writes_the_artifacts(two_runs, tiny_checkpoint):
    _, a, _ = two_runs
    assert {p.name for p in a.iterdir()} >= {"cases.jsonl", "summary.json", "scores.png", "latency.png"}
    s = json.loads((a / "summary.json").read_text())
    assert a.parent.name.startswith(s["env"]["git"]["short"] or "nogit")
    assert s["suite_ref"] == "smoke@v1" and s["config"]["variant"] == "fp32"
    assert s["env"]["hardware"]["cpu_model"] and "avx2" in s["env"]["hardware"]["flags"]
    assert s["env"]["versions"]["torch"] and len(s["env"]["checkpoint_sha256"]) == 64
    assert s["env"]["load_start"]["loadavg"] is not None and "other_cpu_cores_during" in s["env"]
    assert s["perf"]["peak_rss_mb"] > 0 and s["perf"]["tokens_per_s"] > 0
    assert s["perf"]["latency_p50_s"] <= s["perf"]["latency_p95_s"]
    m = s["metrics"]["summarization.primary"]
    assert m["lo"] <= m["mean"] <= m["hi"] and m["n"] == 4
    cases = [json.loads(line) for line in (a / "cases.jsonl").read_text().splitlines()]
    assert len(cases) == 12 and all(c["status"] == "succeeded" and "primary" in c for c in cases)


def test_same_commit_seed_and_config_give_the_same_outputs(two_runs):
    _, a, b = two_runs
    ra, rb = bench.load_run(a), bench.load_run(b)
    assert a != b
    assert [(r["id"], r["output"], r["primary"]) for r in ra.records] == \
           [(r["id"], r["output"], r["primary"]) for r in rb.records]
    assert ra.summary["outputs_sha256"] == rb.summary["outputs_sha256"]
    assert ra.summary["metrics"] == rb.summary["metrics"]


def test_compare_of_two_identical_runs_passes_the_quality_gate(two_runs):
    results, a, b = two_runs
    assert tinylab_main(["bench", "compare", str(a), str(b), "--no-latency"]) == 0


def test_compare_fails_against_a_degraded_run(two_runs, tmp_path):
    _, a, _ = two_runs
    run = bench.load_run(a)
    for r in run.records:  # a candidate whose summaries came out empty
        if r["task_type"] == "summarization":
            r["output"], r["primary"], r["passed"] = "", 0.0, False
    run.summary["metrics"] = bench.aggregate(run.records)
    bench.write_run(tmp_path / "degraded", run.summary, run.records)
    assert tinylab_main(["bench", "compare", str(a), str(tmp_path / "degraded"), "--no-latency"]) == 1


def test_history_lists_the_runs(two_runs, capsys):
    results, _, _ = two_runs
    assert tinylab_main(["bench", "history", "--metric", "summarization.primary", "--suite", "smoke",
                         "--checkpoint", "any", "--results", str(results)]) == 0
    assert "smoke" not in capsys.readouterr().err
    assert list((results / "history").glob("*.png"))


def test_stack_mode_smoke(tmp_path, tiny_checkpoint):
    from tests.conftest import require_binary

    require_binary("redis-server")
    config = bench.RunConfig(suite="smoke", mode="stack", checkpoint=str(tiny_checkpoint), limit=3, batch_size=4)
    out = bench.run(config, tmp_path, log=lambda *_: None)
    s = json.loads((out / "summary.json").read_text())
    assert s["perf"]["succeeded"] == 3 and s["config"]["mode"] == "stack"
    cases = [json.loads(line) for line in (out / "cases.jsonl").read_text().splitlines()]
    assert all(c["primary"] is not None and c["latency_s"] > 0 for c in cases)


@pytest.mark.parametrize("name", ["context", "quant", "batching", "finetune"])
def test_experiment_quick_mode_writes_a_report(tmp_path, tiny_checkpoint, name):
    assert tinylab_main(["lab", name, "--quick", "--checkpoint", str(tiny_checkpoint), "--out", str(tmp_path),
                         "--results", str(tmp_path / "runs")]) == 0
    md = (tmp_path / name / "report.md").read_text()
    assert "**Conclusion.**" in md and "Load at start" in md
    assert (tmp_path / name / "report.html").is_file()
    for png in re.findall(r"^!\[.*\]\((\S+\.png)\)$", md, re.M):
        assert (tmp_path / name / png).stat().st_size > 1000
