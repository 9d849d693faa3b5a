from pathlib import Path

import pytest

from tinylab.settings import Settings
from tinylab.stack import settings_env


def test_environment_overrides_defaults():
    s = Settings.from_env({"TINYLAB_API_KEYS": "a, b,", "TINYLAB_MAX_BATCH_SIZE": "4",
                           "TINYLAB_CHECKPOINT_DIR": "/ckpt", "TINYLAB_REDIS_URL": "redis://h:1/2"})
    assert s.api_keys == ("a", "b")
    assert s.max_batch_size == 4
    assert s.checkpoint_dir == Path("/ckpt")
    assert s.redis_url == "redis://h:1/2"


def test_bad_number_names_the_variable():
    with pytest.raises(ValueError, match="TINYLAB_MAX_BATCH_SIZE"):
        Settings.from_env({"TINYLAB_MAX_BATCH_SIZE": "many"})


def test_settings_survive_the_trip_to_a_child_process_environment():
    s = Settings(api_keys=("k1", "k2"), max_batch_size=3, checkpoint_dir=Path("/x/y"), batch_wait_ms=5)
    assert Settings.from_env(settings_env(s)) == s
