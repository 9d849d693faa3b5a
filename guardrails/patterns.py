"""Pattern detectors: data (patterns, context words) plus a `validate` hook for checksums.

A pattern proposes a span and a base score; `validate(value)` then rejects it (False), keeps the
score (True) or sets a new one (a float: 0.2 for documentation addresses, for instance). Context
words near the match (presidio's idea) raise a weak pattern's score; deny words right before it
("version 1.2.3.4") drop the match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from guardrails.base import Finding, Scan

Validate = Callable[[str], "bool | float"]

CONTEXT_BEFORE = 40  # characters searched for context words before a match
CONTEXT_AFTER = 20
MAX_FINDINGS = 200  # per detector and text; bounds the work an adversarial text can cause


@dataclass(frozen=True)
class Pattern:
    name: str  # reported as Finding.rule
    regex: str
    score: float
    group: int | str = 0  # the part of the match that is the finding (a password, not its key)
    validate: Validate | None = None  # overrides the detector's hook for this pattern
    needles: tuple[str, ...] = ()  # lowercase; the regex runs only if one occurs in the text
    prefilter: Callable[[str], bool] | None = None  # given the lowercased text; False skips the regex
    min_digits: int = 0  # > 0: a number; search only around digit runs with this many digits
    # With min_digits: a digit run's text must contain this substring (an IPv4 address has dots);
    # fewer windows, and the regex costs about a microsecond a window.
    run_has: str = ""
    # Alternatives of one regex as named groups, (group name, score): the group that matched is the
    # rule reported and sets the score. One pass instead of one per form (SSN: dashed, spaced, bare).
    variants: tuple[tuple[str, float], ...] = ()
    near: tuple[int, int] | None = None  # search only (before, after) characters around the needles
    # Lowercase ASCII words (Scan.words); like needles, but a set lookup instead of a substring
    # search per needle: the regex runs only if one occurs, near windows are around those.
    words: frozenset[str] = frozenset()


@dataclass
class PatternDetector:
    name: str
    type: str
    patterns: tuple[Pattern, ...]
    validate: Validate | None = None
    needles: tuple[str, ...] = ()  # lowercase; no regex runs unless one of these occurs
    context: tuple[str, ...] = ()
    context_score: float = 0.85  # a weak match with a context word nearby scores this
    deny_before: str | None = None  # regex; a match right after it is not a finding
    deny_after: str | None = None  # regex; a match right before it is not a finding
    kind: str = "pii"

    def __post_init__(self):
        # Per pattern, what detect() would otherwise rebuild for every text: the regex, the validate
        # hook in force, the variants as a dict.
        self._compiled = [(p, re.compile(p.regex), p.validate or self.validate, dict(p.variants))
                          for p in self.patterns]
        self._context = (re.compile(r"(?i)(?<!\w)(?:" + "|".join(self.context) + r")(?!\w)")
                         if self.context else None)
        self._deny = re.compile(r"(?i)(?:" + self.deny_before + r")$") if self.deny_before else None
        self._deny_after = re.compile(r"(?i)(?:" + self.deny_after + ")") if self.deny_after else None

    def detect(self, scan: Scan) -> list[Finding]:
        text, lower = scan.text, scan.lower
        if self.needles and not any(n in lower for n in self.needles):
            return []
        findings = []
        for pattern, regex, check, variants in self._compiled:
            if pattern.prefilter is not None and not pattern.prefilter(lower):
                continue
            needles = pattern.needles
            if pattern.words:
                needles = tuple(pattern.words & scan.words)
                if not needles:
                    continue
            elif needles and not any(n in lower for n in needles):
                continue
            for m in (m for a, b in self._windows(scan, pattern, needles or self.needles)
                      for m in regex.finditer(text, a, b)):
                start, end = m.span(pattern.group)
                if start == end:
                    continue
                rule, score, boostable = pattern.name, pattern.score, True
                if variants:
                    rule = m.lastgroup
                    score = variants[rule]
                if check is not None:
                    verdict = check(m.group(pattern.group))
                    if verdict is False:
                        continue
                    if verdict is not True:
                        # The validator knows best (a documentation address stays low).
                        score, boostable = float(verdict), False
                if self._deny and self._deny.search(text, max(0, start - 20), start):
                    continue
                if self._deny_after and self._deny_after.match(text, end, end + 20):
                    continue
                if (boostable and self._context and score < self.context_score and
                        self._context.search(text, max(0, start - CONTEXT_BEFORE), end + CONTEXT_AFTER)):
                    score = self.context_score
                findings.append(Finding(self.type, start, end, score, rule))
                if len(findings) >= MAX_FINDINGS:
                    return findings
        return findings

    @staticmethod
    def _windows(scan: Scan, pattern: Pattern, needles) -> list[tuple[int, int]]:
        """Where the pattern's regex runs. Lookbehinds still see the text before a window's start;
        its end is a margin past the run."""
        if pattern.run_has:
            return _run_windows(scan, pattern.min_digits, pattern.run_has)
        if pattern.min_digits:
            return scan.digit_windows(pattern.min_digits)
        if pattern.near and len(scan.lower) == len(scan.text):  # lower() kept every offset
            return _needle_windows(scan.lower, needles, *pattern.near)
        return [(0, len(scan.text))]


def _needle_windows(lower: str, needles: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    spans = []
    for needle in needles:
        i = lower.find(needle)
        while i != -1:
            spans.append((max(0, i - before), min(len(lower), i + len(needle) + after)))
            i = lower.find(needle, i + 1)
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _run_windows(scan: Scan, min_digits: int, has: str, margin: int = 4) -> list[tuple[int, int]]:
    """Windows around the digit runs with `min_digits` digits whose text contains `has`."""
    text, windows = scan.text, []
    for start, end, digits in scan.digit_runs:
        if digits >= min_digits and has in text[start:end]:
            a, b = max(0, start - margin), min(len(text), end + margin)
            if windows and a <= windows[-1][1]:
                windows[-1] = (windows[-1][0], b)
            else:
                windows.append((a, b))
    return windows
