import pytest

from lab import env as labenv

CPUINFO = """processor\t: 0
vendor_id\t: AuthenticAMD
model name\t: AMD EPYC 9R14
flags\t\t: fpu sse sse2 avx avx2 fma avx512f avx512bw avx512_vnni avx512_bf16
processor\t: 1
model name\t: AMD EPYC 9R14
flags\t\t: fpu sse sse2 avx avx2 fma avx512f avx512bw avx512_vnni avx512_bf16
"""


def test_parse_cpuinfo_reads_model_cores_and_flags():
    info = labenv.parse_cpuinfo(CPUINFO)
    assert info["cpu_model"] == "AMD EPYC 9R14"
    assert info["logical_cores"] == 2
    assert info["flags"]["avx2"] and info["flags"]["avx512_bf16"] and info["flags"]["avx512_vnni"]
    assert not info["flags"]["amx_int8"]
    assert info["bf16_native"] and info["int8_fast"]


def test_parse_cpuinfo_without_vector_extensions():
    info = labenv.parse_cpuinfo("processor : 0\nmodel name : Old CPU\nflags : fpu sse sse2\n")
    assert info["logical_cores"] == 1
    assert not any(info["flags"].values())
    assert not info["bf16_native"] and not info["int8_fast"]


def test_parse_proc_stat_counts_idle_and_iowait_as_not_busy():
    busy, total = labenv.parse_proc_stat("cpu  100 5 50 800 40 3 2 0 0 0\ncpu0 1 2 3 4\n")
    assert total == 100 + 5 + 50 + 800 + 40 + 3 + 2 + 0
    assert busy == total - 800 - 40


@pytest.mark.parametrize("machine_busy, own, expected", [
    (100, 100, 0.0),  # all the busy time was ours
    (150, 50, 1.0),  # another process kept one of two cores busy
    (50, 80, 0.0),  # children accounted late: never negative
])
def test_cpu_monitor_subtracts_own_time(machine_busy, own, expected):
    a, b = (0, 0, 0), (machine_busy, 200, own)  # (busy, total, own) jiffies over 2 cores
    assert labenv.CpuMonitor._cores(a, b, 2) == pytest.approx(expected)


def test_cpu_monitor_samples_this_machine():
    other = labenv.CpuMonitor().sample(0.05)
    assert other is None or 0 <= other <= (labenv.os.cpu_count() or 1)


def test_checkpoint_hash_changes_with_the_weights(tmp_path):
    for name in ("model.safetensors", "config.json", "tokenizer.json"):
        (tmp_path / name).write_bytes(b"x")
    first = labenv.checkpoint_sha256(tmp_path)
    assert first == labenv.checkpoint_sha256(tmp_path)
    (tmp_path / "model.safetensors").write_bytes(b"y")
    assert labenv.checkpoint_sha256(tmp_path) != first


def test_describe_load_names_the_other_processes():
    text = labenv.describe_load({"loadavg": [1.5, 1.0, 0.5], "other_cpu_cores": 0.75})
    assert "1.50" in text and "0.75 cores" in text
    assert labenv.describe_load(None) == "unknown"


def test_git_state_and_versions_are_recorded():
    git = labenv.git_state()
    assert git["commit"] is None or len(git["commit"]) == 40
    assert labenv.versions()["python"].count(".") == 2
