"""bot.privacy.logging: JSON lines, redaction backstop, forbidden fields, retention."""
from __future__ import annotations

import json
import logging
import logging.handlers
import stat

import pytest

from bot.privacy.logging import (
    RETENTION_DAYS,
    JsonFormatter,
    RedactingFilter,
    configure_logging,
    is_forbidden_field,
)


@pytest.fixture
def log_file(tmp_path):
    """Logging configured into tmp_path; restores the root and uvicorn loggers afterwards."""
    names = ["", "uvicorn", "uvicorn.error", "uvicorn.access"]
    saved = {n: (logging.getLogger(n).handlers[:], logging.getLogger(n).level, logging.getLogger(n).propagate) for n in names}
    path = configure_logging(tmp_path, level="DEBUG")
    yield path
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_hotline", False):
            handler.close()
    for n, (handlers, level, propagate) in saved.items():
        logger = logging.getLogger(n)
        logger.handlers[:] = handlers
        logger.setLevel(level)
        logger.propagate = propagate


def _lines(path):
    for handler in logging.getLogger().handlers:
        handler.flush()
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_writes_one_json_object_per_line(log_file):
    log = logging.getLogger("hotline.test")
    log.info("first")
    log.warning("second\nwith a line break", extra={"conversation": "3f2a" * 16, "attempt": 2})
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert set(first) == {"time", "level", "logger", "event"}
    assert first["level"] == "INFO" and first["logger"] == "hotline.test" and first["event"] == "first"
    assert first["time"].endswith("Z")
    assert second["event"] == "second\nwith a line break"
    assert second["conversation"] == "3f2a" * 16 and second["attempt"] == 2


def test_log_file_is_under_data_dir_and_private(log_file, tmp_path):
    assert log_file == tmp_path / "logs" / "hotline.log"
    logging.getLogger("hotline.test").info("x")
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_retention_is_daily_keep_seven(log_file):
    [handler] = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.TimedRotatingFileHandler)]
    assert handler.when == "MIDNIGHT" and handler.backupCount == RETENTION_DAYS == 7


def test_phone_and_email_in_message_are_redacted(log_file):
    logging.getLogger("hotline.test").info("reply to +52 1 55 5555 0123 or ana@example.org failed")
    [line] = _lines(log_file)
    assert line["event"] == "reply to [PHONE] or [EMAIL] failed"


def test_phone_and_email_in_args_are_redacted(log_file):
    logging.getLogger("hotline.test").error("send to %s (%s): status %d", "whatsapp:+5215555550123", "ana@example.org", 400)
    [line] = _lines(log_file)
    assert line["event"] == "send to whatsapp:[PHONE] ([EMAIL]): status 400"
    assert "5555" not in json.dumps(line)


def test_forbidden_extra_fields_are_dropped(log_file):
    extra = {
        "text": "me llamo Ana",
        "Body": "hola",
        "from_": "+15555550123",
        "To": "whatsapp:+15555550100",
        "phone": "555 123 4567",
        "ProfileName": "Ana",
        "WaId": "15555550123",
        "sender_address": "Calle Hidalgo 12",
        "channel": "whatsapp",
        "details": {"status": "sent", "to": "+15555550123", "note": "call 555 123 4567"},
    }
    logging.getLogger("hotline.test").info("inbound", extra=extra)
    [line] = _lines(log_file)
    assert line["channel"] == "whatsapp"
    assert line["details"] == {"status": "sent", "note": "call [PHONE]"}
    for key in ("text", "Body", "from_", "To", "phone", "ProfileName", "WaId", "sender_address"):
        assert key not in line
    dumped = json.dumps(line, ensure_ascii=False)
    assert "Ana" not in dumped and "555" not in dumped and "Hidalgo" not in dumped


@pytest.mark.parametrize(
    ("name", "forbidden"),
    [
        ("text", True), ("body", True), ("from", True), ("to", True), ("phone", True),
        ("profile_name", True), ("profileName", True), ("wa_id", True), ("WaId", True),
        ("address", True), ("sender_phone", True), ("email", True),
        ("conversation", False), ("status", False), ("channel", False), ("attempt", False),
        ("latency_ms", False), ("intent", False), ("token_count", False),
    ],
)
def test_forbidden_field_names(name, forbidden):
    assert is_forbidden_field(name) is forbidden


def test_exception_text_is_redacted(log_file):
    try:
        raise ValueError("bad number +52 55 5555 0123")
    except ValueError:
        logging.getLogger("hotline.test").exception("delivery failed")
    [line] = _lines(log_file)
    assert "ValueError: bad number [PHONE]" in line["exc"]
    assert "5555" not in line["exc"]


def test_uvicorn_loggers_go_through_the_same_handlers(log_file):
    assert logging.getLogger("uvicorn.access").handlers == []
    logging.getLogger("uvicorn.access").info('%s - "%s %s HTTP/%s" %d', "203.0.113.9:51234", "POST", "/webhooks/twilio?From=%2B15555550123", "1.1", 200)
    logging.getLogger("uvicorn.error").info("Started server process")
    access, error = _lines(log_file)
    assert access["logger"] == "uvicorn.access"
    assert access["event"] == '- - "POST /webhooks/twilio?[QUERY] HTTP/1.1" 200'
    assert error["event"] == "Started server process"


def test_configure_twice_replaces_its_own_handlers_only(log_file, tmp_path):
    foreign = logging.NullHandler()
    root = logging.getLogger()
    root.addHandler(foreign)
    try:
        configure_logging(tmp_path, level="DEBUG")
        ours = [h for h in root.handlers if getattr(h, "_hotline", False)]
        assert len(ours) == 2 and foreign in root.handlers
        logging.getLogger("hotline.test").info("once")
        assert len(_lines(log_file)) == 1
    finally:
        root.removeHandler(foreign)


def test_without_data_dir_logs_to_stderr_only(capsys):
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        assert configure_logging(None) is None
        logging.getLogger("hotline.test").info("hello 555 123 4567")
        line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
        assert line["event"] == "hello [PHONE]"
    finally:
        for handler in root.handlers:
            if getattr(handler, "_hotline", False):
                handler.close()
        root.handlers[:], level = saved
        root.setLevel(level)


def test_filter_and_formatter_alone():
    record = logging.LogRecord("hotline.test", logging.INFO, __file__, 1, "from %s", ("555 123 4567",), None)
    record.profile_name = "Ana"
    assert RedactingFilter().filter(record) is True
    line = json.loads(JsonFormatter().format(record))
    assert line["event"] == "from [PHONE]" and "profile_name" not in line
