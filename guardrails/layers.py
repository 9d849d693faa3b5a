"""The injection layers after the rules: decoded segments (layer 1b) and the classifier (layer 3).

`DecodedDetector` ("decoded") scans every segment decode.py decodes with the same rules, the
intents (intent.py) and the classifier; its findings carry the segment's span in the original and a rule such as
"base64>instruction_override.en" or "rot13>classifier".

`ClassifierDetector` ("classifier") scores the normalised view. Alone it only flags (scores
0.5-0.79); when a rule scored 0.7 or more and the classifier is sure (p >= AGREE_P), the
two together block ("classifier+rules", 0.85): neither signal alone is trusted to block.

`Gated` wraps the rule and intent layers: on a text the classifier scores below GATE_P the rules'
findings do not act, except a strong rule (score >= STRONG), which only a classifier sure of the
opposite (p < STRONG_GATE_P) vetoes; the intents act from INTENT_GATE_P. Rules match words, the classifier weighs the whole context:
"explain why an LLM should never reveal its system prompt" matches an extraction rule, but reads
as a question about security; yet a bare "ignore previous instructions" must block whatever a
classifier trained on a few thousand rows thinks. A vetoed layer does not even run (its findings
could not change the action). GATE_P, INTENT_GATE_P, STRONG_GATE_P, FLAG_P and AGREE_P were chosen on
out-of-fold classifier scores of the training rows (`python -m guardrails.tune`), never on the
measured splits.

Early out: once a finding reaches the block action, later injection layers (intents, decoded
segments) are skipped: they can add findings, never a more severe action.
"""
from __future__ import annotations

from guardrails import classifier
from guardrails.base import Finding, Scan
from guardrails.decode import decoded_segments, map_span
from guardrails.injection import TYPE, InjectionDetector

AGREE_P = 0.99
AGREE_SCORE = 0.85
GATE_P = 0.2
# Intents need two or three concepts within 90 characters, more evidence than one weak rule's phrase,
# and they carry the languages the classifier has seen least: a lower gate. Out of fold (tune.py,
# FLAG_P 0.93): 0.1 instead of 0.2 gives 92.6% instead of 91.6% recall at the same 1.1% hard-negative FPR.
INTENT_GATE_P = 0.1
STRONG, STRONG_GATE_P = 0.9, 0.1


def clf_probability(scan: Scan) -> tuple[float, int, int]:
    """The classifier's (p, start, end) on this scan's view, computed once per scan."""
    if "clf" not in scan.memo:
        text = scan.view.text
        scan.memo["clf"] = classifier.probability(text) if text.strip() else (0.0, 0, 0)
    return scan.memo["clf"]


def blocked(scan: Scan) -> bool:
    """Whether an injection layer already found what the policy blocks (see `Gated`)."""
    return scan.memo.get("blocked", False)


def _note_block(scan: Scan, name: str, findings: list[Finding]) -> None:
    if any(scan.policy.action_for("injection", f.score, name) == "block" for f in findings):
        scan.memo["blocked"] = True


class Gated:
    """A rule or intent layer that runs only when the classifier does not veto it (p >= GATE_P);
    the intents not at all once an earlier layer found what the policy blocks."""

    def __init__(self, detector, shared: bool = False):
        self._detector = detector
        self._shared = shared  # the rule layer: its findings are memoised for the classifier
        self.name, self.kind, self.type = detector.name, detector.kind, detector.type

    def detect(self, scan: Scan) -> list[Finding]:
        if blocked(scan) and not self._shared:
            return []
        p = clf_probability(scan)[0]
        if p < (STRONG_GATE_P if self._shared else INTENT_GATE_P):  # only the rules can be STRONG
            return []
        findings = rule_findings(scan, self._detector) if self._shared else self._detector.detect(scan)
        if self._shared and p < GATE_P:
            findings = [f for f in findings if f.score >= STRONG]
        _note_block(scan, self.name, findings)
        return findings


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
        if blocked(scan):
            return []
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
        p, a, b = clf_probability(scan)
        score = classifier.score(p)
        if not score:
            return []
        start, end = view.span(a, max(b, a + 1))
        if p >= AGREE_P and any(0.7 <= f.score < AGREE_SCORE for f in rule_findings(scan, self._rules)):
            findings = [Finding(TYPE, start, end, AGREE_SCORE, "classifier+rules")]
        else:
            findings = [Finding(TYPE, start, end, score, "classifier")]
        _note_block(scan, self.name, findings)
        return findings
