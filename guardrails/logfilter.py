"""Log redaction: no PII or secret value reaches a log handler.

`install_log_redaction()` (idempotent, undone by `uninstall_log_redaction()`) does two things:
- wraps the LogRecord factory, so every record any logger creates from then on is redacted once,
  at birth: the root logger's, celery's, gunicorn's (which do not propagate), werkzeug's, and those
  of loggers and handlers that do not exist yet or that dictConfig replaces later;
- adds `RedactingFilter` to every handler that exists already, and (through `Logger.addHandler`)
  to every handler added to any logger later, which also covers records that never went through
  the factory (`logging.makeLogRecord`, records unpickled from a socket or a queue).

A record is redacted by formatting `msg % args` first and clearing `args` (a value can only be
recognised in context), then the formatted traceback (`exc_text`, with `exc_info` cleared so no
formatter prints the original again) and `stack_info`. Fields passed with `extra=` are not
touched: put values in the message. Redaction never raises: if it fails, the message is withheld.
"""
from __future__ import annotations

import logging
import threading

from guardrails.chain import redact_text

_MARK = "_guardrails_redacted"  # on a record: its state right after redaction
_INSTALLED = "_guardrails_redacting"  # on our record factory and our addHandler
_WITHHELD = "[log message withheld: redaction failed]"
_formatter = logging.Formatter()
_busy = threading.local()  # set while this thread redacts: a record logged meanwhile is ours


def _state(record: logging.LogRecord) -> tuple:
    return record.msg, record.args, record.exc_info, record.exc_text, record.stack_info


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """Redact `record` in place, once; never raises."""
    # Redacted already, and not changed since (makeLogRecord fills a factory-made record in after).
    done = record.__dict__.get(_MARK)
    if done is not None and all(a is b for a, b in zip(done, _state(record))):
        return record
    if getattr(_busy, "on", False):
        record.msg, record.args, record.exc_info, record.exc_text, record.stack_info = (
            "[log message withheld: logged during redaction]", None, None, None, None)
        return record
    _busy.on = True
    try:
        try:
            message = record.getMessage()
        except Exception:  # "%d" with a str argument: keep both halves, redacted, rather than lose them
            message = f"{record.msg!r} % {record.args!r}"
        record.msg, record.args = redact_text(message), None
        if record.exc_info and record.exc_info[0] is not None:
            if not record.exc_text:
                record.exc_text = _formatter.formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
    except Exception:
        record.msg, record.args, record.exc_info, record.exc_text, record.stack_info = (
            _WITHHELD, None, None, None, None)
    finally:
        _busy.on = False
    record.__dict__[_MARK] = _state(record)
    return record


class RedactingFilter(logging.Filter):
    """A handler filter that redacts each record passing through it and never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


def _ensure_filter(handler: logging.Handler) -> None:
    if not any(isinstance(f, RedactingFilter) for f in handler.filters):
        handler.addFilter(RedactingFilter())


_plain_add_handler = logging.Logger.addHandler


def _add_handler(self: logging.Logger, handler: logging.Handler) -> None:
    _ensure_filter(handler)
    _plain_add_handler(self, handler)


setattr(_add_handler, _INSTALLED, True)


def _handlers() -> list[logging.Handler]:
    loggers = [logging.getLogger()] + [lg for lg in logging.Logger.manager.loggerDict.values()
                                       if isinstance(lg, logging.Logger)]
    return [h for lg in loggers for h in lg.handlers]


def install_log_redaction() -> None:
    factory = logging.getLogRecordFactory()
    if not getattr(factory, _INSTALLED, False):
        def redacting_factory(*args, **kwargs):
            return redact_record(factory(*args, **kwargs))
        setattr(redacting_factory, _INSTALLED, True)
        redacting_factory.wrapped = factory
        logging.setLogRecordFactory(redacting_factory)
    if not getattr(logging.Logger.addHandler, _INSTALLED, False):
        logging.Logger.addHandler = _add_handler
    for handler in _handlers():
        _ensure_filter(handler)


def uninstall_log_redaction() -> None:
    """Undo install_log_redaction (tests; a process that wants raw logs back)."""
    factory = logging.getLogRecordFactory()
    if getattr(factory, _INSTALLED, False):
        logging.setLogRecordFactory(factory.wrapped)
    if logging.Logger.addHandler is _add_handler:
        logging.Logger.addHandler = _plain_add_handler
    for handler in _handlers():
        for f in [f for f in handler.filters if isinstance(f, RedactingFilter)]:
            handler.removeFilter(f)
