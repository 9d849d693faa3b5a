"""Redaction, separate from detection: resolve overlapping findings, then apply an operator to each.

Operators (presidio's word), chosen by `Policy.operator`:
- "placeholder": a typed placeholder, <EMAIL_1>, numbered by first appearance, the same value
  getting the same number within one text;
- "mask": every letter and digit replaced by "*", the last four digits of a number kept
  (cards, phones, IBANs: what a support agent reads back), separators and "@" kept;
- "hash": <EMAIL:3f9a0c12>, HMAC-SHA256 of the canonical value under a salt, so one value always
  gives one token (joins across jobs work) and nobody without the salt can test a guess;
- "pseudonym": <EMAIL_7f3a91c2>, reversible through a per-job `Vault` that keeps token -> value, so
  a caller allowed to see the originals gets the model's answer with its own values restored.
"remove" deletes the span (invisible characters), whatever the policy says.
"""
from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

import base64
import hashlib
import hmac
import json
import re
import secrets
from typing import Callable, Iterable

from guardrails.base import Finding
from guardrails.policy import OPERATORS

_DIGITS_ONLY = frozenset({"PHONE", "CREDIT_CARD", "US_SSN"})
_START = attrgetter("start")


_NOT_DIGIT = re.compile(r"\D")


def canonical(type_: str, value: str) -> str:
    """The form two spellings of one value share: "+1 650-253-0000" and "+16502530000"."""
    if type_ in _DIGITS_ONLY:
        return _NOT_DIGIT.sub("", value)
    if type_ == "IBAN":
        return value.replace(" ", "").upper()
    if type_ == "EMAIL":
        return value.lower()
    return value


class Placeholders:
    """Numbers values per type in order of first appearance."""

    def __init__(self):
        self._numbers: dict[tuple[str, str], int] = {}
        self._counts: dict[str, int] = {}
        self._seen: dict[tuple[str, str], str] = {}  # (type, value as written) -> its placeholder

    def __call__(self, finding: Finding, value: str) -> str:
        # A value repeated in one text is written the same way most often: no canonical form needed.
        token = self._seen.get((finding.type, value))
        if token is None:
            key = (finding.type, canonical(finding.type, value))
            if key not in self._numbers:
                self._counts[finding.type] = self._counts.get(finding.type, 0) + 1
                self._numbers[key] = self._counts[finding.type]
            token = self._seen[finding.type, value] = f"<{finding.type}_{self._numbers[key]}>"
        return token


Operator = Callable[[Finding, str], str]
TYPE_OPERATORS = {"INVISIBLE_TEXT": "remove"}  # every other type: the policy's operator


def mask(finding: Finding, value: str) -> str:
    keep = 4 if finding.type in _DIGITS_ONLY or finding.type == "IBAN" else 0
    out, seen = [], 0
    for ch in reversed(value):
        if ch.isalnum():
            seen += 1
            out.append(ch if seen <= keep and ch.isdigit() else "*")
        else:
            out.append(ch)
    return "".join(reversed(out))


class Hasher:
    def __init__(self, salt: bytes):
        self._salt = salt

    def __call__(self, finding: Finding, value: str) -> str:
        digest = hmac.new(self._salt, canonical(finding.type, value).encode(), hashlib.sha256).hexdigest()
        return f"<{finding.type}:{digest[:8]}>"


class Vault:
    """One job's pseudonyms: token -> original value. Keep it with the job (never in logs); pass it
    to `restore` to give the caller the model's answer with its own values back."""
    _TOKEN = re.compile(r"<[A-Z_]+_[0-9a-f]{8}>")

    def __init__(self, key: bytes | None = None, values: dict[str, str] | None = None):
        self._key = key or secrets.token_bytes(16)  # per job: the same value in two jobs differs
        self.values: dict[str, str] = dict(values or {})

    def __call__(self, finding: Finding, value: str) -> str:
        digest = hmac.new(self._key, f"{finding.type}:{canonical(finding.type, value)}".encode(),
                          hashlib.sha256).hexdigest()
        token = f"<{finding.type}_{digest[:8]}>"
        self.values.setdefault(token, value)
        return token

    def restore(self, text: str) -> str:
        return self._TOKEN.sub(lambda m: self.values.get(m.group(), m.group()), text)

    def to_dict(self) -> dict:
        return {"key": self._key.hex(), "values": dict(self.values)}

    @classmethod
    def from_dict(cls, d: dict) -> "Vault":
        return cls(bytes.fromhex(d["key"]), d["values"])

    def seal(self, secret: bytes, context: bytes) -> str:
        """The vault encrypted and authenticated under `secret` (the caller's API key) for
        `context` (the job id), so a job store holds ciphertext only: HMAC-SHA256 in counter mode
        as the key stream, encrypt-then-MAC, a random 16-byte nonce. Standard library only."""
        payload = json.dumps(self.to_dict(), sort_keys=True).encode()
        nonce = secrets.token_bytes(16)
        enc, mac = _subkeys(secret, context)
        body = bytes(a ^ b for a, b in zip(payload, _keystream(enc, nonce, len(payload))))
        tag = hmac.new(mac, nonce + body, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(nonce + body + tag).decode()

    @classmethod
    def unseal(cls, sealed: str, secret: bytes, context: bytes) -> "Vault":
        """The vault `seal` wrote; ValueError for another secret or context, or a changed byte."""
        try:
            raw = base64.urlsafe_b64decode(sealed.encode())
        except (ValueError, TypeError) as exc:
            raise ValueError("not a sealed vault") from exc
        if len(raw) < 48:
            raise ValueError("not a sealed vault")
        nonce, body, tag = raw[:16], raw[16:-32], raw[-32:]
        enc, mac = _subkeys(secret, context)
        if not hmac.compare_digest(tag, hmac.new(mac, nonce + body, hashlib.sha256).digest()):
            raise ValueError("sealed vault does not open with this secret for this job")
        payload = bytes(a ^ b for a, b in zip(body, _keystream(enc, nonce, len(body))))
        return cls.from_dict(json.loads(payload))


def _subkeys(secret: bytes, context: bytes) -> tuple[bytes, bytes]:
    return (hmac.new(secret, b"tinylab-vault-enc:" + context, hashlib.sha256).digest(),
            hmac.new(secret, b"tinylab-vault-mac:" + context, hashlib.sha256).digest())


def _keystream(key: bytes, nonce: bytes, n: int) -> bytes:
    blocks = (hmac.new(key, nonce + i.to_bytes(8, "big"), hashlib.sha256).digest() for i in range((n + 31) // 32))
    return b"".join(blocks)[:n]


def operator_for(name: str, salt: bytes = b"", vault: Vault | None = None) -> Operator:
    """The replace function of a policy's operator; "pseudonym" needs the job's vault."""
    if name == "placeholder":
        return Placeholders()
    if name == "mask":
        return mask
    if name == "hash":
        return Hasher(salt)
    if name == "pseudonym":
        assert vault is not None, "the pseudonym operator needs a Vault (one per job)"
        return vault
    raise ValueError(f"unknown redaction operator {name!r}; known: {', '.join(OPERATORS)}")


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep, among overlapping findings, the higher score, then the longer span; sorted by start."""
    findings = sorted(findings, key=_START)
    if all(a.end <= b.start and a.start < b.start for a, b in zip(findings, findings[1:])):
        return findings  # the usual case, nothing overlaps: every finding is kept
    starts: list[int] = []  # the kept spans, disjoint and sorted: only the neighbours can overlap
    kept: list[Finding] = []
    for f in sorted(findings, key=_priority):
        start = f.start
        i = bisect_right(starts, start)
        if (i and kept[i - 1].end > start) or (i < len(kept) and kept[i].start < f.end):
            continue
        starts.insert(i, start)
        kept.insert(i, f)
    return kept


def _priority(f: Finding) -> tuple[float, int, int]:
    return -f.score, f.start - f.end, f.start


def redact(text: str, findings: Iterable[Finding], replace: Operator | None = None) -> str:
    """`text` with every finding's span rewritten; findings must not overlap (see resolve_overlaps)."""
    replace = replace or Placeholders()
    out, pos = [], 0
    for f in sorted(findings, key=_START):
        start, end = f.start, f.end
        out.append(text[pos:start])
        if TYPE_OPERATORS.get(f.type) != "remove":
            out.append(replace(f, text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)
