# One image for the gateway, the inference worker, the scorer and the trainer; docker-compose.yml
# picks each service's command.
FROM python:3.11-slim

# PYTHONPATH: import the code from /app rather than from site-packages, so paths derived from a
# package's location (tinylab.settings.REPO_ROOT: suites/, var/) point into the tree holding them.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONPATH=/app

WORKDIR /app

# g++: torch.compile's C++ backend and our decode kernels (inference_worker/csrc) are compiled on
# the machine that runs them; without it the worker serves the slower eager/PyTorch-op path.
RUN apt-get update && apt-get install -y --no-install-recommends g++ && rm -rf /var/lib/apt/lists/*

# Dependencies get their own layer: they change far less often than the code, and torch is large.
# TORCH_INDEX_URL (optional, --build-arg): an extra package index with CPU-only torch wheels, which
# keeps the image much smaller; empty means the default index alone.
ARG TORCH_INDEX_URL=
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install ${TORCH_INDEX_URL:+--extra-index-url "$TORCH_INDEX_URL"} -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

COPY . .
# --no-deps: the pinned dependencies are already installed above.
RUN pip install --no-deps . \
    && useradd --create-home --uid 10001 tinylab \
    && mkdir -p /data /app/var \
    && chown tinylab /data /app/var

# /data is where the named volume with checkpoints is mounted; a new volume takes this ownership.
USER tinylab
EXPOSE 8000 9101 9102
CMD ["tinylab", "--help"]
