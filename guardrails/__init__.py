"""Guardrails for the lab: input and output scanning, PII redaction, log redaction.

    result = scan_input(prompt)               # gateway: injection, invisible text, PII
    result = scan_output(text, canaries=...)  # worker: PII, exfiltration links, prompt leakage
    clean = redact_text(line)                 # log filter: PII and secrets only, fast

Detectors live in one registry (chain.DETECTORS); a chain is a tuple of names (chain.CHAINS).
"""
from guardrails.base import Finding, GuardResult
from guardrails.chain import redact_text, scan_input, scan_output
from guardrails.policy import Policy

__all__ = ["scan_input", "scan_output", "redact_text", "Policy", "GuardResult", "Finding"]
