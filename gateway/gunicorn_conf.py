"""gunicorn settings for the gateway. Threads, because /v1/completions waits on a job."""
import os

from prometheus_client import multiprocess

bind = os.environ.get("TINYLAB_GATEWAY_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("TINYLAB_GATEWAY_WORKERS", "2"))
worker_class = "gthread"
threads = int(os.environ.get("TINYLAB_GATEWAY_THREADS", "8"))
timeout = 120
graceful_timeout = 20
accesslog = None  # request lines carry paths only, but our own metrics already count them


def on_starting(server):
    # Stale files from a previous run would be summed into this run's counters.
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        os.makedirs(directory, exist_ok=True)
        for name in os.listdir(directory):
            os.remove(os.path.join(directory, name))


def child_exit(server, worker):
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.mark_process_dead(worker.pid)
