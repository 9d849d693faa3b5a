"""Redaction, separate from detection: resolve overlapping findings, then apply an operator to each.

Operators (presidio's word): "replace" writes a typed placeholder, <EMAIL_1>, numbered by first
appearance, the same value getting the same number within one text; "remove" deletes the span
(invisible characters). A pseudonymisation vault would be one more operator keeping the mapping.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from guardrails.base import Finding

_DIGITS_ONLY = frozenset({"PHONE", "CREDIT_CARD", "US_SSN"})


def canonical(type_: str, value: str) -> str:
    """The form two spellings of one value share: "+1 650-253-0000" and "+16502530000"."""
    if type_ in _DIGITS_ONLY:
        return re.sub(r"\D", "", value)
    if type_ == "IBAN":
        return value.replace(" ", "").upper()
    if type_ == "EMAIL":
        return value.lower()
    return value


class Placeholders:
    """Numbers values per type in order of first appearance."""

    def __init__(self):
        self._numbers: dict[tuple[str, str], int] = {}
        self._counts: dict[str, int] = {}

    def __call__(self, finding: Finding, value: str) -> str:
        key = (finding.type, canonical(finding.type, value))
        if key not in self._numbers:
            self._counts[finding.type] = self._counts.get(finding.type, 0) + 1
            self._numbers[key] = self._counts[finding.type]
        return f"<{finding.type}_{self._numbers[key]}>"


Operator = Callable[[Finding, str], str]
TYPE_OPERATORS = {"INVISIBLE_TEXT": "remove"}  # every other type: "replace"


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep, among overlapping findings, the higher score, then the longer span; sorted by start."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start)):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def redact(text: str, findings: Iterable[Finding], replace: Operator | None = None) -> str:
    """`text` with every finding's span rewritten; findings must not overlap (see resolve_overlaps)."""
    operators: dict[str, Operator] = {"replace": replace or Placeholders(), "remove": lambda f, value: ""}
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        out.append(text[pos:f.start])
        out.append(operators[TYPE_OPERATORS.get(f.type, "replace")](f, text[f.start:f.end]))
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
