"""Output leakage: canary tokens and verbatim runs of the system prompt in a model's output.

The caller passes `canaries`: short random tokens planted in the system prompt (the reliable
signal) and/or the system prompt itself. A canary of fewer than SHINGLE words must appear whole
(matched on the normalised view too, so "c a n a r y" or zero-width padding does not hide it).
A longer one is cut into SHINGLE-word runs; output that repeats any run verbatim is leaking it.
"""
from __future__ import annotations

import re

from guardrails.base import Finding, Scan
from guardrails.normalize import normalize

SHINGLE = 6  # words; shorter runs occur by chance in ordinary text
_WORD = re.compile(r"\w+")


class LeakDetector:
    name, kind = "leak", "leak"

    def detect(self, scan: Scan) -> list[Finding]:
        findings: list[Finding] = []
        view = None
        for canary in scan.canaries:
            if not canary or not canary.strip():
                continue
            words = _WORD.findall(canary.lower())
            if len(words) < SHINGLE:
                view = view or scan.view
                needle = normalize(canary).text
                spans = {m.span() for m in re.finditer(re.escape(canary), scan.text, re.IGNORECASE)}
                spans |= {view.span(m.start(), m.end()) for m in re.finditer(re.escape(needle), view.text)}
                findings += [Finding("CANARY_LEAK", a, b, 1.0, "canary") for a, b in sorted(spans)]
            else:
                findings += self._shingles(scan.text, words)
        return findings

    @staticmethod
    def _shingles(text: str, canary_words: list[str]) -> list[Finding]:
        grams = {tuple(canary_words[i:i + SHINGLE]) for i in range(len(canary_words) - SHINGLE + 1)}
        tokens = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
        covered = [False] * len(tokens)
        for i in range(len(tokens) - SHINGLE + 1):
            if tuple(t[0] for t in tokens[i:i + SHINGLE]) in grams:
                covered[i:i + SHINGLE] = [True] * SHINGLE
        runs, i = [], 0
        while i < len(tokens):
            if covered[i]:
                j = i
                while j + 1 < len(tokens) and covered[j + 1]:
                    j += 1
                runs.append((i, j + 1))
                i = j + 1
            else:
                i += 1
        if not runs:
            return []
        # One run of SHINGLE words may be a common phrase; half the prompt (or 20 words) is a leak.
        leaked = sum(b - a for a, b in runs)
        score = 0.9 if leaked >= min(20, len(canary_words) / 2) else 0.6
        return [Finding("SYSTEM_PROMPT_LEAK", tokens[a][1], tokens[b - 1][2], score, "shingle")
                for a, b in runs]
