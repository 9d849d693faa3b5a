"""The detector registry, the chains, and the plain function that runs a chain.

`run_chain` calls each detector in turn, timing it and recording its verdict; then applies the
policy to every finding, redacts what the policy redacts and picks the most severe action. A
detector that raises or overruns its budget is an error: fail-closed blocks with rule
"guardrail_error", fail-open carries on and flags.
"""
from __future__ import annotations

import logging
import time
from typing import Iterable, Sequence

from guardrails.base import Detector, Finding, GuardResult, Scan
from guardrails.injection import InjectionDetector, InvisibleTextDetector
from guardrails.intent import IntentDetector
from guardrails.layers import ClassifierDetector, DecodedDetector, Gated
from guardrails.leak import LeakDetector
from guardrails.pii import PII_DETECTORS
from guardrails.policy import DEFAULT_POLICY, SEVERITY, Policy
from guardrails.redact import Vault, operator_for, redact, resolve_overlaps

logger = logging.getLogger(__name__)

ERROR_RULE = "guardrail_error"
MIN_CANARY = 4


_RULES = InjectionDetector()
DETECTORS: dict[str, Detector] = {d.name: d for d in (
    InvisibleTextDetector(),
    ClassifierDetector(_RULES),
    Gated(_RULES, shared=True),  # its findings are memoised on the scan for the classifier's agreement
    Gated(IntentDetector()),
    DecodedDetector(_RULES, IntentDetector()),
    # On outputs only the exfiltration links matter: a model repeating "ignore previous
    # instructions" from a summarised document harms no one.
    InjectionDetector("exfil_link", categories=("markdown_exfil",)),
    *PII_DETECTORS,
    LeakDetector(),
)}
PII_NAMES = tuple(d.name for d in PII_DETECTORS)
CHAINS: dict[str, tuple[str, ...]] = {
    # The classifier first: its score gates the rules and intents (layers.Gated).
    "input": ("invisible_text", "classifier", "injection", "intent", "decoded", *PII_NAMES),
    "output": ("invisible_text", "exfil_link", *PII_NAMES, "leak"),
}


def _worst(actions: Iterable[str]) -> str:
    return max(actions, key=SEVERITY.__getitem__, default="allow")


def run_chain(detectors: Sequence[Detector], text: str, policy: Policy | None = None,
              canaries: Iterable[str] = (), vault: Vault | None = None) -> GuardResult:
    """`vault`: the job's pseudonym vault, used when the policy's operator is "pseudonym" (a new
    one is made and returned on the result if none is given)."""
    if not isinstance(text, str):
        raise TypeError(f"guardrails scan a str, got {type(text).__name__}")
    policy = policy or DEFAULT_POLICY
    canaries = (canaries,) if isinstance(canaries, str) else tuple(canaries)
    if any(len(c.strip()) < MIN_CANARY for c in canaries):
        raise ValueError(f"canaries must have at least {MIN_CANARY} characters; a shorter one matches by chance")
    scan = Scan(text, policy, canaries)
    found: list[tuple[Finding, str, str]] = []  # (finding, kind, detector name)
    decisions: list[dict] = []
    error = None
    for detector in detectors:
        if detector.name in policy.disabled:
            continue
        t0 = time.perf_counter()
        problem = None
        try:
            findings = list(detector.detect(scan))
            verdict = _worst(policy.action_for(detector.kind, f.score, detector.name) for f in findings)
        except Exception as exc:  # a detector bug must not take the service down; the policy decides
            findings, verdict, problem = [], "allow", f"{detector.name} raised {type(exc).__name__}"
            # The message is not in the result (it may quote the text); the log is redacted.
            logger.warning("guardrail detector %s raised", detector.name, exc_info=True)
        ms = (time.perf_counter() - t0) * 1000
        if problem is None and ms > policy.budget_ms:
            problem = f"{detector.name} took {ms:.1f} ms, over its {policy.budget_ms:g} ms budget"
        decision = {"detector": detector.name, "verdict": "error" if problem else verdict,
                    "findings": len(findings), "ms": round(ms, 3)}
        found += [(f, detector.kind, detector.name) for f in findings]
        if problem:
            decision["error"] = problem
            error = error or problem
        decisions.append(decision)
        if problem and policy.fail_closed:
            # Nothing vouches for the text any more: no redacted copy either.
            return GuardResult("block", _sorted(f for f, _, _ in found), "", decisions, ERROR_RULE, error)

    # Two PII detectors can claim one span (nine digits: SSN or phone?): the higher score wins.
    kept = set(resolve_overlaps(f for f, kind, _ in found if kind == "pii"))
    found = [(f, kind, name) for f, kind, name in found if kind != "pii" or f in kept]
    acted = [(f, kind, policy.action_for(kind, f.score, name)) for f, kind, name in found]
    action = _worst(a for _, _, a in acted)
    if error:  # fail-open: let it through, but not silently
        action = _worst((action, "flag"))
    # PII the policy blocks is still replaced: `redacted` is what gets logged.
    to_redact = resolve_overlaps(f for f, kind, a in acted if a == "redact" or (kind == "pii" and a == "block"))
    blocked_by = None
    if action == "block":
        blocked_by = max((f for f, _, a in acted if a == "block"), key=lambda f: f.score).rule
    if policy.operator == "pseudonym" and vault is None:
        vault = Vault()
    replace = operator_for(policy.operator, policy.hash_salt(), vault)
    result = GuardResult(action, _sorted(f for f, _, _ in found), redact(text, to_redact, replace), decisions,
                         blocked_by, error)
    result.vault = vault if policy.operator == "pseudonym" else None
    return result


def _sorted(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.start, f.end, f.type))


def scan_input(text: str, policy: Policy | None = None, vault: Vault | None = None) -> GuardResult:
    """Guard a prompt: invisible text, injection rules, decoded segments, classifier, then PII and secrets."""
    return run_chain([DETECTORS[n] for n in CHAINS["input"]], text, policy, vault=vault)


def scan_output(text: str, policy: Policy | None = None, canaries: Iterable[str] = (),
                vault: Vault | None = None) -> GuardResult:
    """Guard a model output: PII redaction, exfiltration links, canary and system-prompt leakage."""
    return run_chain([DETECTORS[n] for n in CHAINS["output"]], text, policy, canaries, vault)


def redact_text(text: str) -> str:
    """Every PII and secret value replaced by a typed placeholder; for log lines, so no timing,
    no decisions and no policy beyond the default threshold."""
    scan = Scan(text)
    findings = [f for name in PII_NAMES for f in DETECTORS[name].detect(scan)
                if f.score >= DEFAULT_POLICY.pii_threshold]
    return redact(text, resolve_overlaps(findings)) if findings else text
