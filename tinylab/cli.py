"""`tinylab`: the single entry point (up, train, demo)."""
from __future__ import annotations

import argparse
import sys

from guardrails.cli import add_parser as add_guard_parser
from lab.cli import add_parser as add_lab_parser
from monitoring.report import add_parser as add_report_parser


def _up(args) -> int:
    from tinylab import up

    return up.run(args)


def _train(argv: list[str]) -> int:
    from inference_worker.train import main as train_main

    train_main(argv)
    return 0


def _demo(args) -> int:
    from tinylab.demo import run_demo
    from tinylab.settings import Settings
    from tinylab.up import api_key

    settings = Settings.from_env()
    summary = run_demo(args.gateway, args.key or api_key(settings)[0], settings.suites_dir, args.suite)
    return 0 if summary.get("succeeded") else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tinylab", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    up_parser = sub.add_parser("up", help="start redis, workers, scorer, gateway and prometheus locally")
    from tinylab.up import add_arguments

    add_arguments(up_parser)
    up_parser.set_defaults(func=_up)

    # `train` passes its arguments through to the trainer's own parser (`tinylab train --help`).
    sub.add_parser("train", help="train a tiny GPT offline, no downloads (--size tiny|default)", add_help=False)

    demo = sub.add_parser("demo", help="send the bundled suite through a running gateway and print a table")
    demo.add_argument("--gateway", default="http://127.0.0.1:8000")
    demo.add_argument("--key", help="API key (default: TINYLAB_API_KEYS or var/api_key)")
    demo.add_argument("--suite", default="demo")
    demo.set_defaults(func=_demo)

    add_guard_parser(sub)  # `guard scan|eval|train` and `probe`
    add_report_parser(sub)
    __import__("tinylab.review_cli").review_cli.add_parser(sub)  # `review next|grade|stats|sample|export`
    add_lab_parser(sub)  # `bench run|compare|history|engine` and `lab context|quant|batching|finetune|all`

    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["train"]:
        return _train(argv[1:])
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
