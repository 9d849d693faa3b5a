"""The injection layers after the rules: decoded segments (layer 1b) and the classifier (layer 3).

`DecodedDetector` ("decoded") scans every segment decode.py decodes with the same rules, the
intents (intent.py) and the classifier; its findings carry the segment's span in the original and a rule such as
"base64>instruction_override.en" or "rot13>classifier".

`ClassifierDetector` ("classifier") scores the normalised view. Alone it only flags (scores
0.5-0.79); when a rule scored 0.7 or more and the classifier is sure (p >= AGREE_P), the
two together block ("classifier+rules", 0.85): neither signal alone is trusted to block.
"""
from __future__ import annotations

from guardrails import classifier
from guardrails.base import Finding, Scan
from guardrails.decode import decoded_segments, map_span
from guardrails.injection import TYPE, InjectionDetector

AGREE_P = 0.99
AGREE_SCORE = 0.85


def rule_findings(scan: Scan, rules: InjectionDetector) -> list[Finding]:
    """The rules' findings on this scan, computed once per scan and shared by the layers."""
    if "rules" not in scan.memo:
        scan.memo["rules"] = rules.detect(scan)
    return scan.memo["rules"]


class DecodedDetector:
    name, kind, type = "decoded", "injection", TYPE

    def __init__(self, rules: InjectionDetector, *more):
        self._detectors = (rules, *more)  # the rules, then other detectors of decoded text (intents)

    def detect(self, scan: Scan) -> list[Finding]:
        findings = []
        for seg in decoded_segments(scan.text):
            inner = Scan(seg.text, scan.policy)
            for f in (f for d in self._detectors for f in d.detect(inner)):
                start, end = map_span(seg, f.start, f.end)
                findings.append(Finding(TYPE, start, end, f.score, f"{seg.kind}>{f.rule}"))
            p, _, _ = classifier.probability(inner.view.text)
            if classifier.score(p):
                findings.append(Finding(TYPE, seg.start, seg.end, classifier.score(p), f"{seg.kind}>classifier"))
        return findings


class ClassifierDetector:
    name, kind, type = "classifier", "injection", TYPE

    def __init__(self, rules: InjectionDetector):
        self._rules = rules

    def detect(self, scan: Scan) -> list[Finding]:
        view = scan.view
        if not view.text.strip():
            return []
        p, a, b = classifier.probability(view.text)
        score = classifier.score(p)
        if not score:
            return []
        start, end = view.span(a, max(b, a + 1))
        if p >= AGREE_P and any(0.7 <= f.score < AGREE_SCORE for f in rule_findings(scan, self._rules)):
            return [Finding(TYPE, start, end, AGREE_SCORE, "classifier+rules")]
        return [Finding(TYPE, start, end, score, "classifier")]
