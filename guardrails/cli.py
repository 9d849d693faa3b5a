"""`tinylab guard scan|eval|train` and `tinylab probe`: the guardrails from the command line.

`add_parser(subparsers)` registers both commands on the `tinylab` parser; each sets `func`,
which takes the parsed arguments and returns the exit code.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from guardrails.base import GuardResult


def scan_record(text: str, result: GuardResult, flag_threshold: float) -> dict:
    """The stable `guard scan` output for one text (without its id). See README, "guard scan"."""
    categories = set()
    for f in result.findings:
        if f.score < flag_threshold:
            continue
        if f.type == "PROMPT_INJECTION":
            # "base64>instruction_override.en" -> "instruction_override"; "rot13>classifier" -> "classifier"
            categories.add(f.rule.rpartition(">")[2].split(".")[0].replace("classifier+rules", "classifier"))
        else:
            categories.add(f.type)
    return {"flagged": result.action in ("flag", "block"),
            "score": max((f.score for f in result.findings if f.type == "PROMPT_INJECTION"), default=0.0),
            "categories": sorted(categories),
            "findings": [{"type": f.type, "start": f.start, "end": f.end, "score": f.score, "rule": f.rule}
                         for f in result.findings],
            "redacted": result.redacted}


def _scan(args) -> int:
    from guardrails.chain import scan_input, scan_output
    from guardrails.policy import load_policies

    policy = load_policies(args.policy).for_key(args.key)
    scan = scan_output if args.output else scan_input
    source = open(args.file, encoding="utf-8") if args.file and args.file != "-" else sys.stdin
    bad = 0
    with source:
        for n, line in enumerate(source, 1):
            if not line.strip():
                continue
            item_id, text, error = _parse(line)
            if error:
                bad += 1
                # Still one line per input, flagged, so a batch never silently loses a row.
                out = {"id": item_id, "flagged": True, "score": 0.0, "categories": ["invalid_input"],
                       "findings": [], "redacted": "", "error": f"line {n}: {error}"}
            else:
                out = {"id": item_id, **scan_record(text, scan(text, policy), policy.flag_threshold)}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 1 if bad else 0


def _parse(line: str) -> tuple[object, str, str | None]:
    """(id, text, error) of one input line."""
    try:
        item = json.loads(line)
    except ValueError as exc:
        return None, "", f"not JSON ({exc})"
    if not isinstance(item, dict):
        return None, "", "not a JSON object"
    if not isinstance(item.get("text"), str):
        return item.get("id"), "", '"text" must be a string'
    return item.get("id"), item["text"], None


def _eval(args) -> int:
    from guardrails import evaluate

    report = evaluate.run(split=args.split, n=args.n)
    print(evaluate.table(report))
    if args.json:
        path = Path(args.json)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {path}")
    missed = [name for name, (_, ok) in report["targets"].items() if not ok]
    if missed and args.check:
        print(f"targets missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    return 0


def _train(args) -> int:
    import hashlib

    from guardrails import classifier

    path = classifier.build(Path(args.out), Path(args.data))
    print(f"wrote {path} ({path.stat().st_size} bytes, sha256 {hashlib.sha256(path.read_bytes()).hexdigest()[:16]})")
    return 0


def _probe(args) -> int:
    from guardrails.probe import format_report, run_probe

    report = run_probe(args.gateway, args.key, args.attacks, min_blocked=args.min_blocked,
                       max_benign_blocked=args.max_benign_blocked, timeout_s=args.timeout)
    print(format_report(report))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0 if report["passed"] else 1


def add_parser(subparsers) -> None:
    from guardrails import classifier

    guard = subparsers.add_parser("guard", help="scan texts, evaluate the guardrails, rebuild the classifier")
    sub = guard.add_subparsers(dest="guard_command", required=True)

    scan = sub.add_parser("scan", help='JSON lines {"id", "text"} in (stdin or FILE), one verdict line out')
    scan.add_argument("file", nargs="?", help="JSONL file (default: stdin)")
    scan.add_argument("--policy", help="policy YAML (default: $TINYLAB_GUARD_POLICY or guardrails/policy.yml)")
    scan.add_argument("--key", help="API key id whose policy overrides apply")
    scan.add_argument("--output", action="store_true", help="use the output chain (model answers), not the input chain")
    scan.set_defaults(func=_scan)

    ev = sub.add_parser("eval", help="recall / false positives / precision / latency on the held-out split")
    ev.add_argument("--split", default="heldout", choices=("heldout", "dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                                                              "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
                                                              "fresh11"))
    ev.add_argument("--json", default="var/guardrails/eval.json", help="where to write the JSON report")
    ev.add_argument("--n", type=int, default=300, help="timed runs per latency prompt")
    ev.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ev.set_defaults(func=_eval)

    tr = sub.add_parser("train", help="rebuild the classifier artifact from the dev split (deterministic)")
    tr.add_argument("--data", default=str(classifier.DATASET))
    tr.add_argument("--out", default=str(classifier.ARTIFACT))
    tr.set_defaults(func=_train)

    probe = subparsers.add_parser("probe", help="send an attack corpus through a running gateway and report")
    probe.add_argument("--gateway", default="http://127.0.0.1:8000")
    probe.add_argument("--attacks", required=True, help='JSONL: {"id", "text", "label"?, "category"?}')
    probe.add_argument("--key", required=True, help="API key (sent as a bearer token)")
    probe.add_argument("--min-blocked", type=float, default=0.95,
                       help="share of attacks that must be blocked (or flagged) for exit code 0")
    probe.add_argument("--max-benign-blocked", type=float, default=0.05,
                       help="share of benign rows (label 0) that may be blocked")
    probe.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for accepted jobs")
    probe.add_argument("--json", help="also write the report here")
    probe.set_defaults(func=_probe)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="guardrails")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
