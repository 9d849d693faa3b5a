"""API-key authentication: `Authorization: Bearer <key>`, keys from configuration."""
from __future__ import annotations

import hashlib
import hmac


def key_id(key: str) -> str:
    """A short, non-reversible name for a key, safe to store on jobs and in logs."""
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def authenticate(header: str | None, keys: tuple[str, ...]) -> str | None:
    """Return the caller's key id, or None. Compares in constant time against every key."""
    if not header or not header.startswith("Bearer "):
        return None
    presented = header[len("Bearer "):].strip().encode()
    matched = None
    for key in keys:
        if hmac.compare_digest(presented, key.encode()):
            matched = key
    return key_id(matched) if matched else None
