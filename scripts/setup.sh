#!/usr/bin/env bash
# Takes a fresh Debian machine to one that runs tinylab and its tests. Idempotent; safe to rerun.
#  - Debian packages: redis-server (broker + job state), prometheus + promtool (monitoring and its
#    tests), docker-compose (only to validate docker-compose.yml; there is no Docker engine here),
#    g++ (torch.compile's CPU backend builds the engine's decode step as C++).
#  - Python packages: this project, pinned, from pyproject.toml (torch==2.13.0 CPU build).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for bin in redis-server prometheus promtool docker-compose g++; do
  command -v "$bin" >/dev/null 2>&1 || need+=("$bin")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing Debian packages for: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # Without --no-install-recommends prometheus drags in ~386 MB of extras.
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    redis-server prometheus docker-compose g++ >/dev/null
fi

PY=${PYTHON:-python3}
if ! "$PY" -c "import tinylab, torch, celery, transformers" >/dev/null 2>&1 \
   || [ ! -f .setup-stamp ] || [ pyproject.toml -nt .setup-stamp ]; then
  echo "setup: installing Python packages (pinned in pyproject.toml)"
  "$PY" -m pip install -q --disable-pip-version-check -e ".[test,hf]"
  touch .setup-stamp
fi
echo "setup: ok ($("$PY" --version), redis $(redis-server --version | awk '{print $3}'), $(prometheus --version 2>&1 | head -1 | awk '{print $1, $3}'))"
