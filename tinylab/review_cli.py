"""`tinylab review`: grade spot-check items and report agreement with the rubric.

Online (the Redis review queue the scorer fills, TINYLAB_REDIS_URL / TINYLAB_KEY_PREFIX):
    tinylab review next                      # the oldest pending item, blind to the rubric
    tinylab review grade ID pass|fail [--note TEXT]
    tinylab review stats                     # kappa, agreement, drift
    tinylab review export --out FILE.jsonl

Offline, on a JSONL of items or of a bench run's scored cases (`cases.jsonl`):
    tinylab review sample --file cases.jsonl --rate 0.2 --out round.jsonl
    tinylab review grade --file round.jsonl                  # interactive: p / f / s(kip) / q
    tinylab review grade --file round.jsonl ID pass|fail [--note TEXT]
    tinylab review stats --file round.jsonl [--fail-on-drift]
"""
from __future__ import annotations

import json
import sys


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("review", help="human spot-checks: grade outputs, kappa against the rubric",
                                   description=__doc__, formatter_class=_raw())
    sub = parser.add_subparsers(dest="review_command", required=True)

    nxt = sub.add_parser("next", help="show the oldest pending item (online)")
    nxt.add_argument("--json", action="store_true")
    nxt.set_defaults(func=_next)

    grade = sub.add_parser("grade", help="grade an item; with --file and no ID, grade interactively")
    grade.add_argument("id", nargs="?")
    grade.add_argument("verdict", nargs="?", choices=["pass", "fail"])
    grade.add_argument("--note", default="")
    grade.add_argument("--file", help="a JSONL of items or scored cases (offline)")
    grade.add_argument("--grader", default="cli")
    grade.set_defaults(func=_grade)

    stats = sub.add_parser("stats", help="agreement between human and rubric verdicts")
    stats.add_argument("--file", help="a JSONL of items (offline); default: the Redis queue")
    stats.add_argument("--min-kappa", type=float, default=None)
    stats.add_argument("--window", type=int, default=None, help="recent window for the drift check")
    stats.add_argument("--json", action="store_true")
    stats.add_argument("--fail-on-drift", action="store_true", help="exit 1 when drift is flagged")
    stats.set_defaults(func=_stats)

    sample = sub.add_parser("sample", help="pick a deterministic share of scored cases for review (offline)")
    sample.add_argument("--file", required=True)
    sample.add_argument("--rate", type=float, required=True)
    sample.add_argument("--out", required=True)
    sample.set_defaults(func=_sample)

    export = sub.add_parser("export", help="write every queued item (graded and pending) to JSONL")
    export.add_argument("--out", required=True)
    export.set_defaults(func=_export)


def _raw():
    import argparse

    return argparse.RawDescriptionHelpFormatter


def _queue():
    import redis

    from scorer.review import ReviewQueue
    from tinylab.settings import Settings

    settings = Settings.from_env()
    return ReviewQueue(redis.Redis.from_url(settings.redis_url, decode_responses=True, socket_timeout=10),
                       settings.key_prefix)


def _show(item: dict) -> str:
    def block(title, text):
        return f"--- {title} ---\n{text if text is not None else '(none)'}"

    head = f"== {item['id']}  [{item['task_type']}]" + (f"  {item['suite']} {item['case_id']}" if item.get("suite") else "")
    return "\n".join([head, block("prompt", item.get("prompt")), block("output", item.get("output")),
                      block("reference", item.get("reference"))])


def _next(args) -> int:
    from scorer.review import blind

    queue = _queue()
    item = queue.next()
    if item is None:
        print("nothing to review")
        return 0
    print(json.dumps(blind(item), indent=2) if args.json else f"{_show(item)}\n({queue.pending()} pending)")
    return 0


def _grade(args) -> int:
    from scorer.review import ReviewError, graded, read_items, write_items

    if args.id and not args.verdict:
        print("give a verdict: pass or fail", file=sys.stderr)
        return 2
    if not args.file:
        if not args.id:
            print("give an item ID and a verdict (or --file for offline grading)", file=sys.stderr)
            return 2
        try:
            done = _queue().grade(args.id, args.verdict == "pass", args.note, grader=args.grader)
        except ReviewError as exc:
            print(exc.message, file=sys.stderr)
            return 1
        print(f"graded {args.id} {args.verdict}; the rubric said {'pass' if done['auto']['passed'] else 'fail'}")
        return 0

    items = read_items(args.file)
    if args.id:
        matches = [i for i, item in enumerate(items) if item["id"] == args.id]
        if not matches:
            print(f"no item {args.id!r} in {args.file}", file=sys.stderr)
            return 1
        items[matches[0]] = graded(items[matches[0]], args.verdict == "pass", args.note, args.grader)
        write_items(args.file, items)
        return 0
    todo = [i for i, item in enumerate(items) if not item.get("human")]
    print(f"{len(todo)} of {len(items)} items to grade: p = pass, f = fail, s = skip, q = quit")
    for n, index in enumerate(todo, 1):
        print(f"\n[{n}/{len(todo)}] " + _show(items[index]))
        answer = ""
        while answer not in ("p", "f", "s", "q"):
            answer = input("verdict [p/f/s/q]: ").strip().lower()[:1]
        if answer == "q":
            break
        if answer == "s":
            continue
        note = input("note (enter for none): ").strip()
        items[index] = graded(items[index], answer == "p", note, args.grader)
        write_items(args.file, items)  # after every grade, so quitting loses nothing
    return 0


def _stats(args) -> int:
    from scorer.review import format_stats, read_items, review_stats

    items = read_items(args.file) if args.file else _queue().items()
    kw = {k: v for k, v in (("min_kappa", args.min_kappa), ("window", args.window)) if v is not None}
    stats = review_stats(items, **kw)
    print(json.dumps(stats, indent=2) if args.json else format_stats(stats))
    return 1 if args.fail_on_drift and stats["drift"] else 0


def _sample(args) -> int:
    from scorer.review import read_items, sample, write_items

    picked = sample(read_items(args.file), args.rate)
    write_items(args.out, picked)
    print(f"{len(picked)} items to review in {args.out}")
    return 0


def _export(args) -> int:
    from scorer.review import write_items

    items = _queue().items()
    write_items(args.out, items)
    print(f"wrote {len(items)} items to {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m tinylab.review_cli ...`, the same as `tinylab review ...`."""
    import argparse

    parser = argparse.ArgumentParser(prog="tinylab")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["review", *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
