"""`tinylab up`: the whole stack as local processes, on local defaults, until Ctrl-C."""
from __future__ import annotations

import argparse
import secrets
import signal
import socket
import time
from pathlib import Path

from tinylab.settings import REPO_ROOT, Settings
from tinylab.stack import Stack

VAR = REPO_ROOT / "var"


def api_key(settings: Settings) -> tuple[str, ...]:
    """Keys from TINYLAB_API_KEYS, else one generated on first run and kept in var/api_key."""
    if settings.api_keys:
        return settings.api_keys
    path = VAR / "api_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(24) + "\n")
        path.chmod(0o600)
    return (path.read_text().strip(),)


def ensure_checkpoint(checkpoint_dir: Path, size: str) -> None:
    if (checkpoint_dir / "model.safetensors").exists():
        return
    print(f"no model at {checkpoint_dir}: training the {size!r} model first (offline, on this CPU)", flush=True)
    from inference_worker.train import main as train_main

    train_main(["--size", size, "--out", str(checkpoint_dir)])


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--redis-port", type=int, default=6379)
    parser.add_argument("--gateway-port", type=int, default=8000)
    parser.add_argument("--prometheus-port", type=int, default=9090)
    parser.add_argument("--metrics-port", type=int, default=9101,
                        help="first worker metrics port; the scorer takes the one after the last worker")
    parser.add_argument("--workers", type=int, default=1, help="inference worker processes")
    parser.add_argument("--size", default="default", help="model preset to train if no checkpoint exists")
    parser.add_argument("--run-dir", type=Path, default=VAR / "run", help="logs and data of this run")
    parser.add_argument("--demo", action="store_true", help="run `tinylab demo` once the stack is ready")
    parser.add_argument("--exit", action="store_true", help="stop the stack after the demo instead of serving")


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    ports = {"redis": args.redis_port, "gateway": args.gateway_port, "prometheus": args.prometheus_port}
    busy = [f"{name} port {port}" for name, port in ports.items() if not _port_free(port)]
    if busy:
        print(f"cannot start: {', '.join(busy)} already in use (another `tinylab up`?); pick other ports with "
              f"--redis-port/--gateway-port/--prometheus-port")
        return 2
    ensure_checkpoint(settings.checkpoint_dir, args.size)
    keys = api_key(settings)
    settings = settings.replace(redis_url=f"redis://127.0.0.1:{args.redis_port}/0", api_keys=keys)
    stack = Stack(settings, args.run_dir)
    stopping = False

    def _stop(*_):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _stop)
    try:
        stack.start_redis(args.redis_port)
        worker_ports = [args.metrics_port + i for i in range(args.workers)]
        for i, port in enumerate(worker_ports):
            stack.start_inference_worker(i, metrics_port=port)
        scorer_port = args.metrics_port + args.workers
        stack.start_scorer(metrics_port=scorer_port)
        gateway = stack.start_gateway(args.gateway_port)
        targets = {
            "gateway": [f"127.0.0.1:{args.gateway_port}"],
            "inference_worker": [f"127.0.0.1:{p}" for p in worker_ports],
            "scorer": [f"127.0.0.1:{scorer_port}"],
        }
        prometheus = stack.start_prometheus(args.prometheus_port, targets)
        stack.wait_ready(gateway)
        if prometheus:
            stack.wait_scraped(prometheus, targets)
        print(f"\ntinylab is up (logs in {stack.run_dir}):\n"
              f"  gateway     {gateway.url}   (API key: {keys[0]})\n"
              f"  redis       {settings.redis_url}\n"
              f"  workers     {args.workers} inference, 1 scorer; metrics on :{worker_ports[0]}..:{scorer_port}\n"
              f"  prometheus  {prometheus.url if prometheus else 'not installed'}\n"
              f"try: curl -s -H 'Authorization: Bearer {keys[0]}' -d '{{\"prompt\": \"def add(a, b):\"}}' "
              f"{gateway.url}/v1/jobs\n", flush=True)
        if args.demo:
            from tinylab.demo import run_demo

            summary = run_demo(gateway.url, keys[0], settings.suites_dir)
            if args.exit:
                return 0 if summary.get("succeeded") else 1
        print("serving; Ctrl-C stops everything", flush=True)
        while not stopping:
            dead = [s.name for s in stack.services if s.proc.poll() is not None]
            if dead:
                print(f"stopping: {', '.join(dead)} exited (see {stack.run_dir})")
                return 1
            time.sleep(0.5)
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        print("shutting down...", flush=True)
        stack.stop()
