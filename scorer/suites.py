"""Evaluation suites: `suites/<name>/v<N>.jsonl`, one case per line, validated when loaded.

    {"id": "summarization-001", "task_type": "summarization", "prompt": "...", "reference": "...",
     "max_tokens": 64, "seed": 0}

Optional fields: `references` (alternative references; the best match counts), `rubric` (the
task type's rubric parameters, see RUBRIC_PARAMS and scorer/rubric.py) and `tags` (strings).

A published version is never edited: a change is a new v<N+1>, so scores stay comparable.
`suites/MANIFEST.json` records each version's sha256; `python -m scorer.suites --record` adds new
versions and refuses to change a recorded one, and a test fails while a file differs from its
record. Loaded suites are cached per file (keyed by path, size and mtime, so a rewritten file is
read again).
"""
from __future__ import annotations

import argparse
import ast
import functools
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from scorer.rubric import has_phrase, parse_fields
from tinylab.contract import TASK_TYPES

# Suite names come from API callers: letters, digits, '-' and '_' only, so a name is never a path.
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
VERSION_FILE = re.compile(r"^v([1-9][0-9]*)\.jsonl$")
REQUIRED = {"id": str, "task_type": str, "prompt": str, "reference": str, "max_tokens": int, "seed": int}
OPTIONAL = {"references": list, "rubric": dict, "tags": list}
MAX_ERRORS_SHOWN = 20
MANIFEST = "MANIFEST.json"

# Rubric parameters each task type accepts: name -> (check, what it must be).
_str_list = (lambda v: isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v),
             "a list of non-empty strings")
_count = (lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0, "an integer >= 0")
_share = (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1, "a number in 0..1")
RUBRIC_PARAMS = {
    "summarization": {"must_include": _str_list, "must_not_include": _str_list, "min_words": _count,
                      "max_words": _count, "min_fact_recall": _share},
    "extraction": {"fields": _str_list},
    "code_completion": {
        "tests": (lambda v: isinstance(v, str) and bool(v.strip()), "non-empty Python source"),
        "entry_point": (lambda v: isinstance(v, str) and v.isidentifier(), "a Python identifier"),
        "timeout_s": (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v <= 30,
                      "a number of seconds in (0, 30]"),
        "memory_mb": (lambda v: isinstance(v, int) and not isinstance(v, bool) and 64 <= v <= 4096,
                      "an integer in 64..4096"),
    },
    "free": {},
}


class SuiteError(ValueError):
    """A suite that is missing or invalid, or a case it does not have."""


class SuiteNotFound(SuiteError, LookupError):
    pass


class CaseNotFound(SuiteError, LookupError):
    pass


@dataclass(frozen=True)
class Case:
    id: str
    task_type: str
    prompt: str
    reference: str | None  # None only for "free" cases: they are graded reference-free
    max_tokens: int
    seed: int
    references: tuple[str, ...] = ()  # alternatives to `reference`
    rubric: dict = field(default_factory=dict, compare=False)  # rubric parameters (RUBRIC_PARAMS)
    tags: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        d = {"id": self.id, "task_type": self.task_type, "prompt": self.prompt, "reference": self.reference,
             "max_tokens": self.max_tokens, "seed": self.seed}
        if self.references:
            d["references"] = list(self.references)
        if self.rubric:
            d["rubric"] = dict(self.rubric)
        if self.tags:
            d["tags"] = list(self.tags)
        return d


@dataclass(frozen=True)
class Suite:
    name: str
    version: int
    path: Path
    cases: tuple[Case, ...]
    sha256: str = ""  # of the file's bytes: what MANIFEST.json records for this version
    _by_id: dict[str, Case] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self):
        self._by_id.update((c.id, c) for c in self.cases)

    @property
    def ref(self) -> str:
        return f"{self.name}@v{self.version}"

    def case(self, case_id: str) -> Case:
        try:
            return self._by_id[case_id]
        except KeyError:
            raise CaseNotFound(f"suite {self.ref} has no case {case_id!r}") from None

    def __iter__(self):
        return iter(self.cases)

    def __len__(self) -> int:
        return len(self.cases)


def _case_errors(raw: object) -> list[str]:
    """What is wrong with one decoded line (empty when it is a valid case)."""
    if not isinstance(raw, dict):
        return [f"expected a JSON object, got {type(raw).__name__}"]
    errors = []
    unknown = sorted(set(raw) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        errors.append(f"unknown field(s) {', '.join(unknown)}")
    task_type = raw.get("task_type")
    for name, kind in REQUIRED.items():
        value = raw.get(name)
        if value is None:
            if name == "reference" and task_type == "free":
                continue
            errors.append(f"missing '{name}'")
        # bool is an int subclass; `true` is never a valid count or seed.
        elif isinstance(value, bool) or not isinstance(value, kind):
            errors.append(f"'{name}' must be {kind.__name__}, got {type(value).__name__}")
        elif kind is str and not value.strip():
            errors.append(f"'{name}' must not be empty")
    if isinstance(task_type, str) and task_type not in TASK_TYPES:
        errors.append(f"unknown task_type {task_type!r}; expected one of {', '.join(TASK_TYPES)}")
    if isinstance(raw.get("max_tokens"), int) and not isinstance(raw["max_tokens"], bool) and raw["max_tokens"] < 1:
        errors.append(f"'max_tokens' must be >= 1, got {raw['max_tokens']}")
    if isinstance(raw.get("seed"), int) and not isinstance(raw["seed"], bool) and raw["seed"] < 0:
        errors.append(f"'seed' must be >= 0, got {raw['seed']}")
    reference = raw.get("reference")
    if task_type == "extraction" and isinstance(reference, str) and reference.strip() and not parse_fields(reference):
        errors.append("extraction 'reference' needs 'key: value' fields separated by '|'")
    for name, kind in OPTIONAL.items():
        if name in raw and not isinstance(raw[name], kind):
            errors.append(f"'{name}' must be {kind.__name__}, got {type(raw[name]).__name__}")
        elif name in ("references", "tags") and name in raw and not _str_list[0](raw[name]):
            errors.append(f"'{name}' must be {_str_list[1]}")
    if isinstance(raw.get("rubric"), dict) and task_type in RUBRIC_PARAMS:
        errors.extend(_rubric_errors(task_type, raw["rubric"], reference if isinstance(reference, str) else ""))
    return errors


def _rubric_errors(task_type: str, params: dict, reference: str) -> list[str]:
    """Rubric parameters: known for the task type, well typed, and consistent with the reference."""
    allowed = RUBRIC_PARAMS[task_type]
    errors = [f"rubric.{k}: not a {task_type} parameter (allowed: {', '.join(allowed) or 'none'})"
              for k in sorted(set(params) - set(allowed))]
    bad = set()
    for name, (check, what) in allowed.items():
        if name in params and not check(params[name]):
            errors.append(f"rubric.{name} must be {what}")
            bad.add(name)
    ok = {k: v for k, v in params.items() if k in allowed and k not in bad}
    if task_type == "summarization":
        if "min_words" in ok and "max_words" in ok and ok["min_words"] > ok["max_words"]:
            errors.append(f"rubric.min_words {ok['min_words']} > max_words {ok['max_words']}")
        missing = [f for f in ok.get("must_include", []) if not has_phrase(reference, f)]
        if missing:
            errors.append(f"rubric.must_include facts not in the reference: {missing}")
        present = [f for f in ok.get("must_not_include", []) if has_phrase(reference, f)]
        if present:
            errors.append(f"rubric.must_not_include facts that the reference contains: {present}")
    if task_type == "extraction" and "fields" in ok and ok["fields"] != list(parse_fields(reference)):
        errors.append(f"rubric.fields {ok['fields']} differ from the reference's {list(parse_fields(reference))}")
    if task_type == "code_completion":
        if ("tests" in params) != ("entry_point" in params):
            errors.append("rubric.tests and rubric.entry_point go together")
        if "tests" in ok:
            try:
                ast.parse(ok["tests"])
            except SyntaxError as exc:
                errors.append(f"rubric.tests is not valid Python: {exc.msg} (line {exc.lineno})")
    return errors


def parse_suite(path: Path, name: str, version: int) -> Suite:
    """Read and validate a suite file; every problem is reported at once, with its line number."""
    errors: list[str] = []
    cases: list[Case] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {lineno}: invalid JSON: {exc.msg}")
            continue
        problems = _case_errors(raw)
        if not problems and raw["id"] in seen:
            problems.append(f"duplicate id {raw['id']!r} (first on line {seen[raw['id']]})")
        if problems:
            case = f" (case {raw['id']!r})" if isinstance(raw, dict) and isinstance(raw.get("id"), str) else ""
            errors.extend(f"line {lineno}: {p}{case}" for p in problems)
            continue
        seen[raw["id"]] = lineno
        cases.append(Case(id=raw["id"], task_type=raw["task_type"], prompt=raw["prompt"],
                          reference=raw.get("reference"), max_tokens=raw["max_tokens"], seed=raw["seed"],
                          references=tuple(raw.get("references", ())), rubric=dict(raw.get("rubric", {})),
                          tags=tuple(raw.get("tags", ()))))
    if not cases and not errors:
        errors.append("no cases")
    if errors:
        shown = errors[:MAX_ERRORS_SHOWN]
        more = f"\n  ... and {len(errors) - len(shown)} more" if len(errors) > len(shown) else ""
        # Named by suite and file, not by absolute path: the gateway shows this message to callers.
        raise SuiteError(f"invalid suite {name}@v{version} ({name}/{path.name}):\n  " + "\n  ".join(shown) + more)
    return Suite(name=name, version=version, path=path, cases=tuple(cases), sha256=file_sha256(path))


def versions(suites_dir: Path | str, name: str) -> list[int]:
    """Published versions of a suite, ascending."""
    if not NAME.match(name):
        raise SuiteNotFound(f"invalid suite name {name!r}: letters, digits, '-' and '_' only")
    directory = Path(suites_dir) / name
    if not directory.is_dir():
        return []
    return sorted(int(m.group(1)) for p in directory.iterdir() if (m := VERSION_FILE.match(p.name)))


def _version_number(version: int | str) -> int:
    if isinstance(version, str) and re.fullmatch(r"v?[1-9][0-9]*", version):
        return int(version.lstrip("v"))
    if isinstance(version, int) and not isinstance(version, bool) and version >= 1:
        return version
    raise SuiteNotFound(f"invalid suite version {version!r}: expected a number >= 1 or 'v<N>'")


@functools.lru_cache(maxsize=64)
def _load_cached(path: Path, name: str, version: int, size: int, mtime_ns: int) -> Suite:
    return parse_suite(path, name, version)


def load_suite(suites_dir: Path | str, name: str, version: int | str | None = None) -> Suite:
    """The suite `name` at `version` (an int, "3" or "v3"), or its latest version when None.

    `name` may carry the version itself, as `Suite.ref` writes it ("demo@v1"): a job that records
    the ref it was built from is scored against that version even after a newer one is published.
    Raises SuiteNotFound for an unknown suite or version, SuiteError for an invalid file.
    """
    if "@" in name:
        name, _, pinned = name.partition("@")
        if version is not None and _version_number(version) != _version_number(pinned):
            raise SuiteNotFound(f"suite ref {name}@{pinned} conflicts with version {version!r}")
        version = pinned
    available = versions(suites_dir, name)
    if version is None:
        if not available:
            raise SuiteNotFound(f"no suite {name!r}")
        number = available[-1]
    else:
        number = _version_number(version)
        if number not in available:
            have = ", ".join(f"v{v}" for v in available) or "none"
            raise SuiteNotFound(f"suite {name!r} has no version v{number} (available: {have})")
    path = (Path(suites_dir) / name / f"v{number}.jsonl").resolve()
    stat = path.stat()
    return _load_cached(path, name, number, stat.st_size, stat.st_mtime_ns)


# --- the manifest: one content hash per published version ------------------------------------------

def file_sha256(path: Path | str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def published(suites_dir: Path | str) -> dict[str, Path]:
    """{"name@vN": path} for every suite file under `suites_dir`."""
    root = Path(suites_dir)
    out = {}
    for directory in sorted(p for p in root.iterdir() if p.is_dir() and NAME.match(p.name)):
        for number in versions(root, directory.name):
            out[f"{directory.name}@v{number}"] = directory / f"v{number}.jsonl"
    return out


def read_manifest(suites_dir: Path | str) -> dict[str, dict]:
    path = Path(suites_dir) / MANIFEST
    return json.loads(path.read_text(encoding="utf-8"))["versions"] if path.exists() else {}


def manifest_problems(suites_dir: Path | str) -> list[str]:
    """Why the shipped suites and MANIFEST.json disagree (empty when they agree)."""
    recorded, files = read_manifest(suites_dir), published(suites_dir)
    problems = []
    for ref, path in files.items():
        if ref not in recorded:
            problems.append(f"{ref} is not recorded: run `python -m scorer.suites --record`")
        elif file_sha256(path) != recorded[ref]["sha256"]:
            problems.append(f"{ref} changed after it was published: restore it and publish the change as a "
                            f"new version (v{int(ref.rsplit('@v', 1)[1]) + 1})")
    problems += [f"{ref} is recorded but its file is gone" for ref in sorted(set(recorded) - set(files))]
    return problems


def record_manifest(suites_dir: Path | str) -> list[str]:
    """Record the hash of every version not yet in the manifest (validating it first); never
    rewrite a recorded one. Returns the refs added; raises SuiteError if a recorded file changed."""
    recorded, added = read_manifest(suites_dir), []
    changed = [p for p in manifest_problems(suites_dir) if "changed after" in p or "is gone" in p]
    if changed:
        raise SuiteError("refusing to record:\n  " + "\n  ".join(changed))
    for ref, path in published(suites_dir).items():
        if ref not in recorded:
            suite = load_suite(suites_dir, ref)
            recorded[ref] = {"sha256": suite.sha256, "cases": len(suite)}
            added.append(ref)
    text = json.dumps({"versions": dict(sorted(recorded.items()))}, indent=2) + "\n"
    (Path(suites_dir) / MANIFEST).write_text(text, encoding="utf-8")
    return added


def main(argv: list[str] | None = None) -> int:
    from tinylab.settings import Settings

    ap = argparse.ArgumentParser(prog="python -m scorer.suites", description="validate suites and their manifest")
    ap.add_argument("--suites-dir", default=str(Settings().suites_dir))
    ap.add_argument("--record", action="store_true", help="record new versions in MANIFEST.json")
    args = ap.parse_args(argv)
    if args.record:
        for ref in record_manifest(args.suites_dir):
            print(f"recorded {ref}")
    failed = 0
    for ref in published(args.suites_dir):
        try:
            suite = load_suite(args.suites_dir, ref)
            print(f"{ref:28s} {len(suite):4d} cases  sha256 {suite.sha256[:16]}")
        except SuiteError as exc:
            print(exc, file=sys.stderr)
            failed += 1
    problems = manifest_problems(args.suites_dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if failed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
