"""Structured JSON logging for the gateway, with redaction as the last line of defence.

Every record becomes one JSON object on one line::

    {"time": "2024-05-12T10:30:00.123Z", "level": "INFO", "logger": "hotline.gateway",
     "event": "message received", "conversation": "3f2a...", "channel": "whatsapp"}

Rules for callers: never log message text, sender addresses, names or profile data on
purpose; log the conversation pseudonym and counts instead. `RedactingFilter` is the
backstop for mistakes, not a licence:

- the rendered message (msg % args), exception text and stack text go through
  `redact()`, so a phone number, e-mail, document number, address or name that slips
  into a log line is written as ``[PHONE]``, ``[EMAIL]``, ... ;
- extra fields whose names look like message content or contact data (text, body,
  from, to, phone, profile_name, wa_id, address, ...; any case, camelCase or
  snake_case, also as part of a longer name such as ``sender_phone``) are dropped,
  at any depth; the remaining string values are redacted too;
- uvicorn's access lines lose the client's IP address and port and the query string.

Retention: `configure_logging(data_dir)` writes ``data_dir/logs/hotline.log``, rotated
at midnight UTC; the 7 most recent rotated files are kept (``hotline.log.YYYY-MM-DD``)
and older ones are deleted by the handler at rotation, so no log line lives more than
about 8 days. The folder is made private to the service user (0700, files 0600).

uvicorn: `configure_logging` hands uvicorn's loggers to these handlers; start uvicorn
with ``log_config=None`` afterwards, or uvicorn's own dictConfig replaces them.
"""
from __future__ import annotations

import json
import logging
import logging.handlers
import os
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bot.privacy.redaction import redact

LOG_FILE = Path("logs") / "hotline.log"
RETENTION_DAYS = 7
UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access")

# Name parts that mark a field as message content or contact data.
_FORBIDDEN_PARTS = frozenset(
    "text body from to phone phones number msisdn profile profilename name names wa waid id_wa address addr "
    "email mail sender recipient caller callee contact message msg content caption media url latitude "
    "longitude location ip".split()
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
_DONE = "_hotline_redacted"
_TRACEBACKS = logging.Formatter()


def is_forbidden_field(name: str) -> bool:
    """Whether an extra field named so may carry message text or contact data."""
    parts = _CAMEL.sub("_", name).lower().replace("-", "_").split("_")
    return any(part in _FORBIDDEN_PARTS for part in parts) or "".join(parts) in _FORBIDDEN_PARTS


def _extra_fields(record: logging.LogRecord) -> list[str]:
    return [k for k in vars(record) if k not in _STANDARD_ATTRS and not k.startswith("_")]


def _clean(value: Any, depth: int = 0) -> Any:
    """The value with strings redacted and forbidden keys dropped, nested structures included."""
    if isinstance(value, str):
        return redact(value)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if depth >= 4:
        return "[...]"
    if isinstance(value, dict):
        return {str(k): _clean(v, depth + 1) for k, v in value.items() if not is_forbidden_field(str(k))}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_clean(v, depth + 1) for v in value]
    return redact(str(value))


class RedactingFilter(logging.Filter):
    """Redacts a record in place (message, args, exception, extras); never rejects one."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, _DONE, False):
            return True  # already cleaned by another handler's filter
        if record.name == "uvicorn.access" and isinstance(record.args, tuple) and len(record.args) == 5:
            client, method, path, version, status = record.args
            path, query, _ = str(path).partition("?")
            record.args = ("-", method, path + ("?[QUERY]" if query else ""), version, status)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not leak its raw args either
            message = f"{record.msg} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = _TRACEBACKS.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        for key in _extra_fields(record):
            if is_forbidden_field(key):
                delattr(record, key)
            else:
                setattr(record, key, _clean(getattr(record, key)))
        setattr(record, _DONE, True)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, event, then the extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key in _extra_fields(record):
            entry.setdefault(key, getattr(record, key))
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exc"] = record.exc_text
        if record.stack_info:
            entry["stack"] = record.stack_info
        return json.dumps(entry, ensure_ascii=False, default=str)


class _PrivateTimedRotatingFileHandler(logging.handlers.TimedRotatingFileHandler):
    """Daily rotation; each new file is readable by the service user only."""

    def _open(self):  # type: ignore[override]
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def _ours(handler: logging.Handler) -> bool:
    return getattr(handler, "_hotline", False)


def configure_logging(data_dir: Path | None, level: str | int = "INFO") -> Path | None:
    """Installs JSON + redaction on the root logger and uvicorn's; returns the log file, if any.

    Calling it again replaces the handlers it installed before (and only those).
    """
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    log_path = None
    if data_dir is not None:
        log_path = Path(data_dir) / LOG_FILE
        log_path.parent.mkdir(parents=True, exist_ok=True)
        log_path.parent.chmod(0o700)
        handlers.append(
            _PrivateTimedRotatingFileHandler(
                log_path, when="midnight", backupCount=RETENTION_DAYS, encoding="utf-8", utc=True
            )
        )
    formatter, redactor = JsonFormatter(), RedactingFilter()
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(redactor)
        handler._hotline = True  # type: ignore[attr-defined]

    root = logging.getLogger()
    for old in [h for h in root.handlers if _ours(h)]:
        root.removeHandler(old)
        old.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for name in UVICORN_LOGGERS:
        logger = logging.getLogger(name)
        for old in list(logger.handlers):  # uvicorn's own plain-text handlers
            logger.removeHandler(old)
        logger.setLevel(level)
        logger.propagate = True
    # One INFO line per HTTP call to Rasa is noise on every message, and costs time.
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    return log_path
