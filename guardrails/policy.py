"""What the chain does with findings: one action per kind of finding, from a score threshold up.

A finding's kind comes from the detector that produced it: "injection", "pii", "leak" or
"invisible". Scores at or above the kind's threshold get the kind's action; scores between
`flag_threshold` and that threshold only flag; lower scores are reported and otherwise ignored
(documentation addresses such as user@example.com or 192.0.2.7 score 0.2 for exactly this reason).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import phonenumbers

# In order of severity: a result's action is the most severe action any finding asks for.
ACTIONS = ("allow", "redact", "flag", "block")
SEVERITY = {action: rank for rank, action in enumerate(ACTIONS)}
KINDS = ("injection", "pii", "leak", "invisible")


@dataclass(frozen=True)
class Policy:
    injection_action: str = "block"
    injection_threshold: float = 0.8
    pii_action: str = "redact"
    pii_threshold: float = 0.5
    leak_action: str = "block"
    leak_threshold: float = 0.8
    # Invisible characters are stripped from `redacted` (the "remove" operator), not replaced.
    invisible_action: str = "redact"
    invisible_threshold: float = 0.5
    flag_threshold: float = 0.5
    # Region assumed for phone numbers written without a +country prefix.
    phone_region: str = "US"
    # A detector that raises or overruns its budget blocks the text (True) or only flags it.
    fail_closed: bool = True
    # Per detector, checked after it returns: it catches a pathological input, it cannot
    # interrupt one. Generous because the worker shares its cores with inference.
    budget_ms: float = 200.0
    disabled: frozenset[str] = field(default_factory=frozenset)  # detector names not to run

    def __post_init__(self):
        for kind in KINDS:
            action = getattr(self, f"{kind}_action")
            if action not in SEVERITY:
                raise ValueError(f"{kind}_action must be one of {', '.join(ACTIONS)}, got {action!r}")
            threshold = getattr(self, f"{kind}_threshold")
            if not 0.0 <= threshold <= 1.0:
                raise ValueError(f"{kind}_threshold must be in [0, 1], got {threshold}")
        if not 0.0 <= self.flag_threshold <= 1.0:
            raise ValueError(f"flag_threshold must be in [0, 1], got {self.flag_threshold}")
        if self.phone_region not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(f"phone_region must be an ISO 3166 region phonenumbers knows, got {self.phone_region!r}")
        if self.budget_ms <= 0:
            raise ValueError(f"budget_ms must be positive, got {self.budget_ms}")
        object.__setattr__(self, "disabled", frozenset(self.disabled))

    def action_for(self, kind: str, score: float) -> str:
        """The action one finding of this kind and score asks for."""
        if score >= getattr(self, f"{kind}_threshold"):
            return getattr(self, f"{kind}_action")
        return "flag" if score >= self.flag_threshold else "allow"

    @classmethod
    def from_dict(cls, d: dict) -> "Policy":
        """Build from plain data (a YAML or JSON document); unknown keys are an error."""
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(d) - names)
        if unknown:
            raise ValueError(f"unknown policy key(s): {', '.join(unknown)}; allowed: {', '.join(sorted(names))}")
        return cls(**d)

    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["disabled"] = sorted(self.disabled)
        return d


DEFAULT_POLICY = Policy()
