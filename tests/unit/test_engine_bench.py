"""Pure parts of `tinylab bench engine` (inference_worker/bench.py): the Celery section's arithmetic
and argument checks. The benchmark itself is run by hand and its figures go into README."""
import pytest

from inference_worker import bench


def job(start, first, done, tokens=100):
    return {"started_at": start, "first_token_at": first, "inference_done_at": done, "completion_tokens": tokens}


def test_sustained_throughput_counts_only_the_window_where_every_slot_had_work():
    # 2 slots; jobs start at 0, 0, 1, 2; the window is [0 (2nd start), 2 (last start)]
    done = [job(0, 0, 1), job(0, 0, 2), job(1, 1, 3), job(2, 2, 4)]
    got = bench.sustained_throughput(done, conc=2)
    assert got["sustained_window_s"] == 2
    # inside [0, 2]: all of job 0 (100), all of job 1 (100), half of job 2 (50), none of job 3
    assert got["sustained_tokens_per_s"] == pytest.approx(250 / 2)


def test_sustained_throughput_needs_more_jobs_than_slots():
    assert bench.sustained_throughput([job(0, 0, 1), job(0, 0, 1)], conc=2) == {}


def test_engine_breakdown_splits_the_wall_time_by_phase():
    delta = {"tinylab_engine_forward_seconds_sum:decode": 3.0, "tinylab_engine_forward_seconds_count:decode": 500,
             "tinylab_engine_forward_tokens_total:decode": 12_000, "tinylab_engine_forward_seconds_sum:prefill": 1.0,
             "tinylab_engine_forward_seconds_count:prefill": 100}
    got = bench.engine_breakdown(delta, wall=5.0)
    assert got["mean_step_ms"] == pytest.approx(6.0) and got["mean_batch"] == pytest.approx(24.0)
    assert got["mean_prefill_ms"] == pytest.approx(10.0) and got["other_s"] == pytest.approx(1.0)


def test_only_rejects_an_unknown_section(capsys):
    with pytest.raises(SystemExit):
        bench.parse_args(["--only", "speed,celry"])
    assert "unknown section(s) celry" in capsys.readouterr().err
    assert bench.parse_args(["--only", "speed,celery"]).only == {"speed", "celery"}
