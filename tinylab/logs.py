"""Logging for every service: one format, and PII redaction on every record.

The redaction filter comes from guardrails, so a prompt that slips into a log message, an
exception or a library's own log line (Celery, gunicorn, werkzeug) is redacted before it is written.
"""
from __future__ import annotations

import logging
import sys

FORMAT = "%(asctime)s %(levelname)s [%(service)s] %(name)s: %(message)s"


class _ServiceField(logging.Filter):
    def __init__(self, service: str):
        super().__init__()
        self.service = service

    def filter(self, record: logging.LogRecord) -> bool:
        record.service = self.service
        return True


def setup_logging(service: str, level: str = "INFO") -> None:
    """Configure the root logger once per process; idempotent."""
    from guardrails.logfilter import install_log_redaction

    root = logging.getLogger()
    if not any(getattr(h, "_tinylab", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler._tinylab = True
        handler.addFilter(_ServiceField(service))
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    install_log_redaction()
