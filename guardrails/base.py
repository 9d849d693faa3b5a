"""The detector protocol and the values it produces: Finding, GuardResult, Scan."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Protocol

from guardrails.normalize import View, normalize
from guardrails.policy import DEFAULT_POLICY, Policy


@dataclass(frozen=True)
class Finding:
    type: str  # EMAIL, PHONE, ..., PROMPT_INJECTION, INVISIBLE_TEXT, CANARY_LEAK
    start: int  # offsets into the text the caller passed, never into a normalised copy
    end: int
    score: float  # 0..1
    rule: str  # the pattern or rule that fired, e.g. "luhn", "instruction_override.en"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class GuardResult:
    """What a scan decided. Forward `redacted`, never the original, unless `action` is "block".

    `redacted` is empty when a fail-closed error stopped the chain: nothing vouches for it then.
    """
    action: str  # allow | redact | flag | block
    findings: list[Finding]
    redacted: str
    decisions: list[dict]  # one per detector that ran: detector, verdict, findings, ms[, error]
    blocked_by: str | None = None  # the rule that blocked, or "guardrail_error"
    error: str | None = None  # set when a detector raised or overran its budget
    vault: object | None = field(default=None, repr=False)  # redact.Vault under the pseudonym operator

    @property
    def blocked(self) -> bool:
        return self.action == "block"

    def to_dict(self) -> dict:
        return {"action": self.action, "blocked_by": self.blocked_by, "error": self.error,
                "findings": [f.to_dict() for f in self.findings], "redacted": self.redacted,
                "decisions": [dict(d) for d in self.decisions]}


@dataclass
class Scan:
    """One text on its way through a chain: what every detector may look at."""
    text: str
    policy: Policy = DEFAULT_POLICY
    canaries: tuple[str, ...] = ()
    # Results one detector computes and a later one reuses (the rules' findings, for instance).
    memo: dict = field(default_factory=dict)

    # Both built once, on first use, and shared by every detector of the chain.
    @cached_property
    def view(self) -> View:
        return normalize(self.text)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def words(self) -> frozenset[str]:
        """The lowercase ASCII words of the text (other characters separate words)."""
        return frozenset(self.lower.encode("utf-8").translate(_WORD_BYTES).decode("ascii").split())

    @cached_property
    def digit_runs(self) -> list[tuple[int, int, int]]:
        """(start, end, digit count) of every run of digits and number punctuation: the only
        places a card, SSN, phone number or IPv4 address can be, found in one pass."""
        runs = []
        for m in _DIGIT_RUN.finditer(self.text):
            if m.end() - m.start() >= 4:  # no detector looks at fewer than four digits
                runs.append((m.start(), m.end(), sum(map(str.isdigit, m.group()))))
        return runs

    def digit_windows(self, min_digits: int, margin: int = 4) -> list[tuple[int, int]]:
        """Merged windows around the digit runs holding at least `min_digits` digits; the margin
        keeps a "+" or "(" before the run and the characters that lookarounds inspect."""
        key = ("digit_windows", min_digits, margin)
        if key not in self.memo:
            self.memo[key] = self._digit_windows(min_digits, margin)
        return self.memo[key]

    def _digit_windows(self, min_digits: int, margin: int) -> list[tuple[int, int]]:
        windows: list[list[int]] = []
        for start, end, digits in self.digit_runs:
            if digits < min_digits:
                continue
            a, b = max(0, start - margin), min(len(self.text), end + margin)
            if windows and a <= windows[-1][1]:
                windows[-1][1] = b
            else:
                windows.append([a, b])
        return [(a, b) for a, b in windows]


_WORD_BYTES = bytes(b if b < 128 and chr(b).isalnum() else 32 for b in range(256))
_DIGIT_RUN = re.compile(r"\d(?:[ \t().\-/]{0,2}\d)*")


class Detector(Protocol):
    name: str  # unique; the key in the registry and in `decisions`
    kind: str  # which policy rule applies to its findings: injection | pii | leak | invisible

    def detect(self, scan: Scan) -> list[Finding]: ...
