"""The detector registry, the chains, and the plain function that runs a chain.

`run_chain` calls each detector in turn, timing it and recording its verdict; then applies the
policy to every finding, redacts what the policy redacts and picks the most severe action. A
detector that raises or overruns its budget is an error: fail-closed blocks with rule
"guardrail_error", fail-open carries on and flags.
"""
from __future__ import annotations

import logging
import time
from operator import attrgetter
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
    # (finding, kind, action): the policy is asked once per finding.
    found: list[tuple[Finding, str, str]] = []
    decisions: list[dict] = []
    error = None
    for detector in detectors:
        name, kind = detector.name, detector.kind
        if name in policy.disabled:
            continue
        t0 = time.perf_counter()
        problem = None
        try:
            findings = detector.detect(scan)
            acted = [(f, kind, policy.action_for(kind, f.score, name)) for f in findings]
            verdict = _worst(a for _, _, a in acted) if acted else "allow"
        except Exception as exc:  # a detector bug must not take the service down; the policy decides
            findings, acted, verdict, problem = [], [], "allow", f"{name} raised {type(exc).__name__}"
            # The message is not in the result (it may quote the text); the log is redacted.
            logger.warning("guardrail detector %s raised", name, exc_info=True)
        ms = (time.perf_counter() - t0) * 1000
        if problem is None and ms > policy.budget_ms:
            problem = f"{name} took {ms:.1f} ms, over its {policy.budget_ms:g} ms budget"
        decision = {"detector": name, "verdict": "error" if problem else verdict,
                    "findings": len(acted), "ms": round(ms, 3)}
        found += acted
        if problem:
            decision["error"] = problem
            error = error or problem
        decisions.append(decision)
        if problem and policy.fail_closed:
            # Nothing vouches for the text any more: no redacted copy either.
            return GuardResult("block", _sorted(f for f, _, _ in found), "", decisions, ERROR_RULE, error)

    # Two PII detectors can claim one span (nine digits: SSN or phone?): the higher score wins.
    # Findings are compared by identity: hashing the dataclass costs more than the rest.
    pii = resolve_overlaps(f for f, kind, _ in found if kind == "pii")
    kept = {id(f) for f in pii}
    found = [t for t in found if t[1] != "pii" or id(t[0]) in kept]
    action = _worst(a for _, _, a in found)
    if error:  # fail-open: let it through, but not silently
        action = _worst((action, "flag"))
    # PII the policy blocks is still replaced: `redacted` is what gets logged.
    to_redact = [(f, kind) for f, kind, a in found if a == "redact" or (kind == "pii" and a == "block")]
    if all(kind == "pii" for _, kind in to_redact):  # disjoint already: a subset of `pii`
        to_redact = sorted((f for f, _ in to_redact), key=_START)
    else:
        to_redact = resolve_overlaps(f for f, _ in to_redact)
    blocked_by = None
    if action == "block":
        blocked_by = max((f for f, _, a in found if a == "block"), key=lambda f: f.score).rule
    if policy.operator == "pseudonym" and vault is None:
        vault = Vault()
    redacted = text
    if to_redact:
        redacted = redact(text, to_redact, operator_for(policy.operator, policy.hash_salt(), vault))
    result = GuardResult(action, _sorted(f for f, _, _ in found), redacted, decisions, blocked_by, error)
    result.vault = vault if policy.operator == "pseudonym" else None
    return result


_START = attrgetter("start")


_ORDER = attrgetter("start", "end", "type")


def _sorted(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=_ORDER)


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
