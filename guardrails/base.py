"""The detector protocol and the values it produces: Finding, GuardResult, Scan."""
from __future__ import annotations

import operator
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
        # The input chain has built the view's words already; when normalising only lowercased
        # (most prompts), they are these words.
        if "view" in self.__dict__ and self.view.text == self.lower:
            return self.view_words
        return ascii_words(self.lower)

    @cached_property
    def view_words(self) -> frozenset[str]:
        """The ASCII words (letters and digits; other characters separate) of the normalised view:
        the rules and the intents look their first words up here, so it is built once."""
        return ascii_words(self.view.text)

    @cached_property
    def digit_runs(self) -> list[tuple[int, int, int]]:
        """(start, end, digit count) of every run of digits and number punctuation: the only
        places a card, SSN, phone number or IPv4 address can be, found in one pass."""
        text = self.text
        if not text.isascii():  # \d also matches other scripts' digits
            return [(m.start(), m.end(), sum(map(str.isdigit, m.group()))) for m in _DIGIT_RUN.finditer(text)
                    if m.end() - m.start() >= 4]  # no detector looks at fewer than four digits
        # ASCII: the same pattern over one byte per character class (digit "d", separator "s"),
        # where the regex jumps between literal "d"s and C counts the digits of a run.
        marked = text.encode("ascii").translate(_DIGIT_MARKS)
        count = marked.count
        return [(a, b, count(b"d", a, b)) for a, b in map(_span, _DIGIT_RUN_MARKED.finditer(marked)) if b - a >= 4]

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


def ascii_words(text: str, table: bytes = _WORD_BYTES) -> frozenset[str]:
    """Runs of the bytes `table` keeps (by default ASCII letters and digits): bytes.translate is a
    C loop, ten times faster than a regex; non-ASCII characters become separators."""
    return frozenset(text.encode("utf-8").translate(table).decode("ascii").split())


_DIGIT_RUN = re.compile(r"\d(?:[ \t().\-/]{0,2}\d)*")
_DIGIT_MARKS = bytes(100 if 48 <= b <= 57 else 115 if chr(b) in " \t().-/" else 120 for b in range(256))
_DIGIT_RUN_MARKED = re.compile(rb"d(?:s{0,2}d)*")  # _DIGIT_RUN over _DIGIT_MARKS
_span = operator.methodcaller("span")


class Detector(Protocol):
    name: str  # unique; the key in the registry and in `decisions`
    kind: str  # which policy rule applies to its findings: injection | pii | leak | invisible

    def detect(self, scan: Scan) -> list[Finding]: ...
