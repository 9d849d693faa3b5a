"""Build the lab suites, deterministically: summarization, extraction, code_completion and smoke.

    python -m scorer.build_suites --check      # rebuild in memory, compare with the shipped files
    python -m scorer.build_suites --write v2   # publish a new version (never overwrites a file)

Summarization and extraction cases come from the training corpus generators
(inference_worker/corpus.py) on their own random streams, `{LAB_SEED}:lab:{task}`, which no
training run and not the demo suite uses; a case whose prompt or answer equals a training example
of any TRAIN_SEEDS (at the largest preset's size) or a demo case is dropped anyway. The rubric
parameters come from the generator's own templates: the reference summary is one of five fixed
sentence shapes, so its facts are read back with one pattern per shape (`must_include`), and
entities the document mentions only in distractor sentences become `must_not_include`.

Code completion cases are hand-written (scorer/code_tasks.py): the prompt is a function without
its last line, the reference that line, and the rubric carries unit tests and the entry point.
Each reference must pass its tests in the sandbox and the bare prompt must fail them.
"""
from __future__ import annotations

import argparse
import ast
import json
import math
import random
import re
import sys
from pathlib import Path

from inference_worker import corpus as C
from scorer import code_tasks, sandbox
from scorer.rubric import has_phrase, parse_fields
from scorer.suites import record_manifest
from tinylab.settings import Settings

LAB_SEED = 60606
TRAIN_SEEDS = (1337,)  # inference_worker/train.py's default seed
TRAIN_SIZE = {"summarization": 7000, "extraction": 10_000}  # the largest preset's counts
N_CASES = {"summarization": 64, "extraction": 64}
MAX_TOKENS = {"summarization": 64, "extraction": 48, "code_completion": 48}
SMOKE_PER_TASK = 4
SUITE_NAMES = ("summarization", "extraction", "code_completion")

# The reference summary shapes of corpus._SUMMARY_DOMAINS, one per domain; every group is a fact.
SUMMARY_SHAPES = [
    re.compile(r"^The (?P<city>.+) city council (?P<verb>approved|rejected) a (?P<amount>.+) plan for "
               r"(?P<project>.+) on (?P<day>.+)\.$"),
    re.compile(r"^The (?P<winner>.+) beat the (?P<loser>.+) (?P<score>\d+-\d+) in (?P<venue>.+) on (?P<day>.+)\.$"),
    re.compile(r"^A (?P<event>.+) hit (?P<city>.+) on (?P<day>.+) with (?P<measure>.+), and (?P<impact>.+)\.$"),
    re.compile(r"^On (?P<day>.+), (?P<company>.+) launched the (?P<product>.+) in (?P<city>.+), "
               r"priced at (?P<price>.+)\.$"),
    re.compile(r"^In the (?P<quarter>\w+ quarter), (?P<company>.+) reported revenue of (?P<revenue>.+), "
               r"(?P<direction>up|down) (?P<percent>\d+ percent) from a year earlier\.$"),
]
# A fact is the smallest phrase a faithful summary has to keep: "149 flights", not "149 flights
# were canceled"; "105 degrees", not "temperatures of 105 degrees"; "park renovation", not "a park ...".
_FACT_TRIM = [(re.compile(r"^(?:a|an|the) "), ""), (re.compile(r"^(?:temperatures|gusts) of "), ""),
              (re.compile(r"^([\d,]+ \w+) (?:were canceled|closed|lost power)$"), r"\1")]
_OPPOSITE = {"approved": "rejected", "rejected": "approved", "up": "down", "down": "up"}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Entities the generators draw from: cities, companies, days and dates.
ENTITY = re.compile(
    rf"\b(?:(?:{_alternation(C._CITY_A)})(?:{_alternation(C._CITY_B)})"
    rf"|(?:{_alternation(C._CO_A)}) (?:{_alternation(C._CO_B)})"
    rf"|(?:{_alternation(C._MONTHS)}) \d+|(?:{_alternation(C._DAYS)}))\b")


def summary_facts(reference: str) -> list[str]:
    for shape in SUMMARY_SHAPES:
        m = shape.match(reference)
        if m:
            facts = []
            for fact in m.groupdict().values():
                for pattern, repl in _FACT_TRIM:
                    fact = pattern.sub(repl, fact)
                facts.append(fact)
            return facts
    raise ValueError(f"reference summary matches no known shape: {reference!r}")


def summary_rubric(document: str, reference: str) -> dict:
    facts = summary_facts(reference)
    # Distractor entities: named in the document, absent from the summary. The opposite of the
    # decision or direction ("rejected" for an approved plan) is wrong too.
    wrong = [e for e in dict.fromkeys(ENTITY.findall(document)) if not has_phrase(reference, e)]
    wrong += [_OPPOSITE[f] for f in facts if f in _OPPOSITE and not has_phrase(reference, _OPPOSITE[f])]
    wrong = [w for w in wrong if not any(has_phrase(f, w) or has_phrase(w, f) for f in facts)]
    n = len(reference.split())
    return {"must_include": facts, "must_not_include": wrong, "min_words": math.ceil(n / 2), "max_words": 2 * n}


def _training_pairs() -> set[str]:
    """Prompts and answers of every synthetic training example and demo case."""
    seen = set()
    for seed in TRAIN_SEEDS:
        for task, make in (("summarization", C.summarization_case), ("extraction", C.extraction_case)):
            rng = random.Random(f"{seed}:train:{task}")
            for _ in range(TRAIN_SIZE[task]):
                text, answer = make(rng)
                seen.update((C.format_prompt(task, text), answer))
    for task, text, answer in C._synthetic_cases(C.SUITE_SEED, 30):
        seen.update((C.format_prompt(task, text), answer))
    return seen


def _case(task: str, n: int, prompt: str, reference: str, rubric: dict) -> dict:
    return {"id": f"{task}-{n:03d}", "task_type": task, "prompt": prompt, "reference": reference,
            "max_tokens": MAX_TOKENS[task], "seed": n, "rubric": rubric}


def synthetic_suite(task: str, seen: set[str] | None = None) -> list[dict]:
    seen = _training_pairs() if seen is None else seen
    make = {"summarization": C.summarization_case, "extraction": C.extraction_case}[task]
    rng = random.Random(f"{LAB_SEED}:lab:{task}")
    cases, prompts = [], set()
    while len(cases) < N_CASES[task]:
        text, reference = make(rng)
        prompt = C.format_prompt(task, text)
        if prompt in seen or reference in seen or prompt in prompts:
            continue
        prompts.add(prompt)
        rubric = (summary_rubric(text, reference) if task == "summarization"
                  else {"fields": list(parse_fields(reference))})
        cases.append(_case(task, len(cases) + 1, prompt, reference, rubric))
    return cases


def split_task(source: str) -> tuple[str, str, str, str]:
    """(context, reference line, tests, entry point) of one code_tasks.TASKS entry."""
    function, _, tests = source.strip("\n").partition("\n# tests\n")
    lines = function.splitlines()
    entry = ast.parse(function).body[0].name
    return "\n".join(lines[:-1]), lines[-1], tests.strip("\n") + "\n", entry


def code_suite(check: bool = True) -> list[dict]:
    train_src = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                          for rel, p in C.stdlib_files() if not C.is_heldout(rel)) if check else ""
    cases = []
    for source in code_tasks.TASKS:
        context, reference, tests, entry = split_task(source)
        if check:
            assert context not in train_src, f"{entry}: its code appears in the training files"
            good = sandbox.run_tests(context + "\n" + reference + "\n", tests, entry)
            assert good.passed, f"{entry}: the reference fails its own tests: {good}"
            bare = sandbox.run_tests(context + "\n" + " " * 4 + "pass\n", tests, entry)
            assert not bare.passed, f"{entry}: the tests pass without the reference line"
        cases.append(_case("code_completion", len(cases) + 1, C.format_prompt("code_completion", context), reference,
                           {"tests": tests, "entry_point": entry}))
    return cases


def build(check: bool = True) -> dict[str, list[dict]]:
    seen = _training_pairs()
    suites = {"summarization": synthetic_suite("summarization", seen),
              "extraction": synthetic_suite("extraction", seen), "code_completion": code_suite(check)}
    suites["smoke"] = [c for name in SUITE_NAMES for c in suites[name][:SMOKE_PER_TASK]]
    return suites


def render(cases: list[dict]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scorer.build_suites", description=__doc__.split("\n\n")[0])
    ap.add_argument("--suites-dir", type=Path, default=Settings().suites_dir)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--check", action="store_true", help="compare a rebuild with the shipped v1 files")
    group.add_argument("--write", metavar="vN", help="write every suite as this new version")
    args = ap.parse_args(argv)
    suites = build()
    if args.check:
        differ = [name for name, cases in suites.items()
                  if (args.suites_dir / name / "v1.jsonl").read_text(encoding="utf-8") != render(cases)]
        for name in differ:
            print(f"{name}: the generator no longer reproduces v1 (publish a new version)", file=sys.stderr)
        return 1 if differ else 0
    if not re.fullmatch(r"v[1-9][0-9]*", args.write):
        ap.error("--write takes a version like v2")
    for name, cases in suites.items():
        path = args.suites_dir / name / f"{args.write}.jsonl"
        if path.exists():
            print(f"{path} exists: published versions are never rewritten", file=sys.stderr)
            return 1
    for name, cases in suites.items():
        path = args.suites_dir / name / f"{args.write}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(cases), encoding="utf-8")
        print(f"wrote {len(cases)} cases to {path}")
    for ref in record_manifest(args.suites_dir):
        print(f"recorded {ref} in MANIFEST.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
