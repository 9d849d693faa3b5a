"""Log redaction through real loggers and handlers: messages, arguments, tracebacks, stacks."""
import io
import logging

import pytest

import guardrails.logfilter as logfilter
from guardrails.logfilter import RedactingFilter, install_log_redaction, uninstall_log_redaction

EMAIL, CARD, PHONE, TOKEN = "jane.roe@mailbox.org", "4111 1111 1111 1111", "+1 650 253 0000", "ghp_" + "aB3" * 12
PII = (EMAIL, CARD, PHONE, TOKEN, "4111", "jane.roe")


def _logger(name, stream, propagate=False):
    logger = logging.getLogger(name)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = propagate
    return logger, handler


@pytest.fixture
def redaction():
    loggers = []

    def make(name, propagate=False):
        stream = io.StringIO()
        logger, handler = _logger(name, stream, propagate)
        loggers.append((logger, handler))
        return logger, stream

    install_log_redaction()
    yield make
    uninstall_log_redaction()
    for logger, handler in loggers:
        logger.removeHandler(handler)


def _assert_clean(output):
    for value in PII:
        assert value not in output, output


def test_message_arguments_and_exceptions_are_redacted(redaction):
    log, out = redaction("tinylab.test.app")
    log.info("new user %s with card %s", EMAIL, CARD)
    log.warning(f"callback number {PHONE}")
    log.info("payload %r", {"token": TOKEN, "email": EMAIL})
    try:
        raise ValueError(f"charge failed for {EMAIL} on card {CARD}")
    except ValueError:
        log.exception("payment error for %s", EMAIL)
    text = out.getvalue()
    _assert_clean(text)
    assert "new user <EMAIL_1> with card <CREDIT_CARD_1>" in text
    assert "callback number <PHONE_1>" in text
    assert "Traceback (most recent call last)" in text
    assert "ValueError: charge failed for <EMAIL_1> on card <CREDIT_CARD_1>" in text


def test_chained_exception_and_stack_info_are_redacted(redaction):
    log, out = redaction("tinylab.test.chain")
    try:
        try:
            raise KeyError(EMAIL)
        except KeyError as exc:
            raise RuntimeError(f"lookup of {CARD} failed") from exc
    except RuntimeError:
        log.error("failed", exc_info=True, stack_info=True)
    text = out.getvalue()
    _assert_clean(text)
    assert "KeyError: '<EMAIL_1>'" in text and "Stack (most recent call last)" in text


def test_loggers_and_handlers_created_after_install_are_covered(redaction):
    outputs = []
    for name in ("celery.worker", "gunicorn.error", "gunicorn.access", "werkzeug", "tinylab.later"):
        log, out = redaction(name)  # created after install, propagate=False like gunicorn's
        assert any(isinstance(f, RedactingFilter) for f in log.handlers[-1].filters)
        log.warning("request from %s by %s", "8.8.4.4", EMAIL)
        outputs.append(out.getvalue())
    for text in outputs:
        _assert_clean(text)
        assert "request from <IP_ADDRESS_1> by <EMAIL_1>" in text


def test_handlers_present_at_install_get_the_filter_once():
    stream = io.StringIO()
    log, handler = _logger("tinylab.test.before", stream)
    try:
        install_log_redaction()
        install_log_redaction()
        assert sum(isinstance(f, RedactingFilter) for f in handler.filters) == 1
        # A record that never went through the factory is caught by the handler's filter.
        handler.handle(logging.makeLogRecord({"name": "remote", "msg": "from %s", "args": (EMAIL,),
                                              "levelno": logging.INFO, "levelname": "INFO"}))
        _assert_clean(stream.getvalue())
        assert "from <EMAIL_1>" in stream.getvalue()
    finally:
        uninstall_log_redaction()
        log.removeHandler(handler)
    assert not any(isinstance(f, RedactingFilter) for f in handler.filters)
    assert not getattr(logging.getLogRecordFactory(), "_guardrails_redacting", False)
    assert not getattr(logging.Logger.addHandler, "_guardrails_redacting", False)


def test_unformattable_message_is_kept_redacted_instead_of_raising(redaction):
    log, out = redaction("tinylab.test.bad")
    log.info("amount %d for %s", EMAIL)  # wrong arguments: logging would print a traceback with them
    text = out.getvalue()
    _assert_clean(text)
    assert "<EMAIL_1>" in text


def test_redaction_failure_withholds_the_message(redaction, monkeypatch):
    def broken(text):
        raise RuntimeError("bug")

    monkeypatch.setattr(logfilter, "redact_text", broken)
    log, out = redaction("tinylab.test.broken")
    log.error("user %s", EMAIL)
    assert out.getvalue() == f"ERROR tinylab.test.broken {logfilter._WITHHELD}\n"


def test_filter_never_drops_a_record():
    record = logging.makeLogRecord({"msg": "no pii here", "args": None})
    assert RedactingFilter().filter(record) is True
    assert record.getMessage() == "no pii here"


def test_job_ids_and_timings_survive_redaction(redaction):
    log, out = redaction("tinylab.test.ops")
    log.info("job %s done in %.1f ms on 127.0.0.1:8000", "3f2b8c1e9a7d4e6f8a1b2c3d4e5f6a7b", 1234.5)
    assert "job 3f2b8c1e9a7d4e6f8a1b2c3d4e5f6a7b done in 1234.5 ms on 127.0.0.1:8000" in out.getvalue()
