"""What the chain does with findings: one action per kind of finding, from a score threshold up.

A finding's kind comes from the detector that produced it: "injection", "pii", "leak" or
"invisible". Scores at or above the kind's threshold get the kind's action; scores between
`flag_threshold` and that threshold only flag; lower scores are reported and otherwise ignored
(documentation addresses such as user@example.com or 192.0.2.7 score 0.2 for exactly this reason).
"""
from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import phonenumbers
import yaml

# In order of severity: a result's action is the most severe action any finding asks for.
ACTIONS = ("allow", "redact", "flag", "block")
SEVERITY = {action: rank for rank, action in enumerate(ACTIONS)}
KINDS = ("injection", "pii", "leak", "invisible")
OPERATORS = ("placeholder", "mask", "hash", "pseudonym")  # redaction operators, see redact.py


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
    # How redacted values are written: placeholder | mask | hash | pseudonym (see redact.py).
    operator: str = "placeholder"
    # The salt of the "hash" operator is read from this environment variable, never from the file.
    hash_salt_env: str = "TINYLAB_GUARD_SALT"
    # Per detector name: {"action": ..., "threshold": ...}, overriding its kind's action/threshold.
    detectors: dict = field(default_factory=dict)
    # With operator "pseudonym": the gateway keeps the job's vault, sealed under the caller's API
    # key, and gives that caller its own values back in the job's prompt and output.
    restore: bool = False

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
        # (action, threshold) per kind, read once per finding by action_for; not a field.
        object.__setattr__(self, "_kind_rules", {kind: (getattr(self, f"{kind}_action"),
                                                        getattr(self, f"{kind}_threshold")) for kind in KINDS})
        if self.operator not in OPERATORS:
            raise ValueError(f"operator must be one of {', '.join(OPERATORS)}, got {self.operator!r}")
        if self.restore and self.operator != "pseudonym":
            raise ValueError(f"restore needs operator: pseudonym (only pseudonyms can be restored), got {self.operator!r}")
        for name, rule in self.detectors.items():
            unknown = set(rule) - {"action", "threshold"}
            if unknown or rule.get("action", "allow") not in SEVERITY or not 0 <= rule.get("threshold", 0.5) <= 1:
                raise ValueError(f"detectors.{name} takes action (one of {', '.join(ACTIONS)}) and threshold "
                                 f"in [0, 1], got {rule!r}")

    def __hash__(self):  # `detectors` is a dict; a policy is still a value (usable as a cache key)
        return hash(json.dumps(self.to_dict(), sort_keys=True))

    def action_for(self, kind: str, score: float, detector: str | None = None) -> str:
        """The action one finding of this kind (from this detector) and score asks for."""
        action, threshold = self._kind_rules[kind]
        rule = self.detectors.get(detector) if detector and self.detectors else None
        if rule:
            action, threshold = rule.get("action", action), rule.get("threshold", threshold)
        if score >= threshold:
            return action
        return "flag" if score >= self.flag_threshold else "allow"

    def hash_salt(self) -> bytes:
        return os.environ.get(self.hash_salt_env, "").encode()

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
POLICY_FILE = Path(__file__).parent / "policy.yml"


@dataclass(frozen=True)
class PolicySet:
    """The policy file: `default` settings, and `keys` mapping an API key id to the settings it
    overrides (merged over the default; a detector override replaces that detector's entry)."""
    default: Policy
    keys: dict

    @classmethod
    def from_dict(cls, d: dict) -> "PolicySet":
        unknown = set(d) - {"default", "keys"}
        if unknown:
            raise ValueError(f"unknown top-level policy key(s): {', '.join(sorted(unknown))}; allowed: default, keys")
        default = d.get("default") or {}
        keys = d.get("keys") or {}
        policies = {key_id: Policy.from_dict(_merge(default, over or {})) for key_id, over in keys.items()}
        return cls(Policy.from_dict(default), policies)

    def for_key(self, key_id: str | None) -> Policy:
        return self.keys.get(key_id, self.default) if key_id is not None else self.default


def _merge(default: dict, over: dict) -> dict:
    merged = {**default, **over}
    if "detectors" in default or "detectors" in over:
        merged["detectors"] = {**(default.get("detectors") or {}), **(over.get("detectors") or {})}
    return merged


def load_policies(path: str | Path | None = None) -> PolicySet:
    """The policy file at `path`, else $TINYLAB_GUARD_POLICY, else guardrails/policy.yml."""
    return _load(str(path or os.environ.get("TINYLAB_GUARD_POLICY") or POLICY_FILE))


@lru_cache(maxsize=8)
def _load(path: str) -> PolicySet:
    with open(path, encoding="utf-8") as f:
        return PolicySet.from_dict(yaml.safe_load(f) or {})
