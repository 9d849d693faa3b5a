"""Evaluation suites: `suites/<name>/v<N>.jsonl`, one case per line, validated when loaded.

    {"id": "summarization-001", "task_type": "summarization", "prompt": "...", "reference": "...",
     "max_tokens": 64, "seed": 0}

A published version is never edited: a change is a new v<N+1>, so scores stay comparable. Loaded
suites are cached per file (keyed by path, size and mtime, so a rewritten file is read again).
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from scorer.rubric import parse_fields
from tinylab.contract import TASK_TYPES

# Suite names come from API callers: letters, digits, '-' and '_' only, so a name is never a path.
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
VERSION_FILE = re.compile(r"^v([1-9][0-9]*)\.jsonl$")
REQUIRED = {"id": str, "task_type": str, "prompt": str, "reference": str, "max_tokens": int, "seed": int}
MAX_ERRORS_SHOWN = 20


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

    def to_dict(self) -> dict:
        return {"id": self.id, "task_type": self.task_type, "prompt": self.prompt, "reference": self.reference,
                "max_tokens": self.max_tokens, "seed": self.seed}


@dataclass(frozen=True)
class Suite:
    name: str
    version: int
    path: Path
    cases: tuple[Case, ...]
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
    unknown = sorted(set(raw) - set(REQUIRED))
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
            errors.extend(f"line {lineno}: {p}" for p in problems)
            continue
        seen[raw["id"]] = lineno
        cases.append(Case(id=raw["id"], task_type=raw["task_type"], prompt=raw["prompt"],
                          reference=raw.get("reference"), max_tokens=raw["max_tokens"], seed=raw["seed"]))
    if not cases and not errors:
        errors.append("no cases")
    if errors:
        shown = errors[:MAX_ERRORS_SHOWN]
        more = f"\n  ... and {len(errors) - len(shown)} more" if len(errors) > len(shown) else ""
        # Named by suite and file, not by absolute path: the gateway shows this message to callers.
        raise SuiteError(f"invalid suite {name}@v{version} ({name}/{path.name}):\n  " + "\n  ".join(shown) + more)
    return Suite(name=name, version=version, path=path, cases=tuple(cases))


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
