import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory) -> Path:
    """A model trained by the project's own code in seconds (the `tiny` preset); nothing downloaded."""
    out = tmp_path_factory.mktemp("ckpt") / "tiny"
    subprocess.run([sys.executable, "-m", "inference_worker.train", "--size", "tiny", "--out", str(out)],
                   cwd=REPO, check=True, capture_output=True)
    return out


def require_binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; scripts/setup.sh installs it")
    return path
