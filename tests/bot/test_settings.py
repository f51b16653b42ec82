"""Every environment variable README documents still reaches its place in the one Settings."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import (PrivacySettings, RetentionSettings, Settings, clear_settings_cache, get_console_settings,
                          get_twilio_settings)
from services import directory

CASES = [  # (variable, value, path in Settings, expected)
    ("HOTLINE_DATA_DIR", "/tmp/hotline-x", "data_dir", Path("/tmp/hotline-x")),
    ("HOTLINE_RASA_TIMEOUT", "2.5", "rasa_timeout", 2.5),
    ("HOTLINE_REDIS_URL", "redis://127.0.0.1:1/0", "redis_url", "redis://127.0.0.1:1/0"),
    ("HOTLINE_RASA_BIN", "/opt/rasa/bin/rasa", "rasa_bin", Path("/opt/rasa/bin/rasa")),
    ("HOTLINE_REVIEWED_ONLY", "true", "catalogs.reviewed_only", True),
    ("HOTLINE_CONSOLE_MIN_CELL", "20", "console.min_cell", 20),
    ("HOTLINE_CONSOLE_TRUST_PROXY", "true", "console.trust_proxy", True),
    ("TWILIO_AUTH_TOKEN", "t0ken", "twilio.auth_token", "t0ken"),
    ("PUBLIC_BASE_URL", "https://hotline.example", "twilio.public_base_url", "https://hotline.example"),
    ("TICKET_LOCK_LIFETIME", "10", "twilio.rasa_lock_lifetime", 10.0),
    ("TWILIO_QUEUE_ATTEMPTS", "3", "twilio.queue_attempts", 3),
    ("HOTLINE_RETENTION_DAYS", "12", "retention.retention_days", 12),
    ("HOTLINE_REVIEW_DAYS", "3", "retention.review_days", 3),
    ("HOTLINE_REPLAY_DAYS", "500", "retention.replay_days", 500),
    ("HOTLINE_DATA_KEYS", "a,b", "privacy.data_keys", "a,b"),
    ("HOTLINE_HANDLE_KEYS", "c", "privacy.handle_keys", "c"),
    ("HOTLINE_TRACKER_KEY_FILE", "/k/tracker_keys", "privacy.tracker_key_file", Path("/k/tracker_keys")),
    ("HOTLINE_REDACTION_MODEL", "/m/tagger.json", "privacy.redaction_model", Path("/m/tagger.json")),
    ("HOTLINE_REDACTION_ADDRESS_MODEL", "/m/address.json", "privacy.redaction_address_model", Path("/m/address.json")),
    ("HOTLINE_REDACTION_NAME_MODEL", "/m/name.json", "privacy.redaction_name_model", Path("/m/name.json")),
    ("HOTLINE_SAFETY_WORDS", "PIÑA,MANGO", "privacy.safety_words", "PIÑA,MANGO"),
    ("HOTLINE_SCREENING_MODEL", "/m/detector.npz", "screening.screening_model", Path("/m/detector.npz")),
]


def _get(settings: Settings, path: str) -> object:
    value: object = settings
    for part in path.split("."):
        value = getattr(value, part)
    return value


@pytest.mark.parametrize(("variable", "value", "path", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_variable_sets_its_setting(monkeypatch: pytest.MonkeyPatch, variable: str, value: str,
                                        path: str, expected: object) -> None:
    default = _get(Settings(), path)
    monkeypatch.setenv(variable, value)
    assert default != expected and _get(Settings(), path) == expected


@pytest.mark.parametrize("variable", ["HOTLINE_RETENTION_DAYS", "HOTLINE_REVIEW_DAYS", "HOTLINE_REPLAY_DAYS"])
def test_a_period_under_a_day_is_refused_by_name(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    monkeypatch.setenv(variable, "0")
    with pytest.raises(ValidationError, match=f"{variable} must be at least 1"):
        RetentionSettings()
    assert PrivacySettings().safety_words == ""  # the keys and safety words do not depend on it


def test_an_empty_variable_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTLINE_RETENTION_DAYS", "")
    assert Settings().retention.retention_days == 30


def test_resolved_keeps_the_sections(tmp_path: Path) -> None:
    resolved = Settings(data_dir=tmp_path).resolved()
    assert resolved.console.min_cell == Settings().console.min_cell
    assert resolved.retention.retention_days == 30 and resolved.secret_key


@pytest.mark.parametrize(("variable", "value", "read"), [
    ("HOTLINE_CONSOLE_LOGIN_RATE_PER_MINUTE", "7", lambda: get_console_settings().login_rate_per_minute),
    ("TWILIO_QUEUE_ATTEMPTS", "4", lambda: get_twilio_settings().queue_attempts),
    ("HOTLINE_REVIEWED_ONLY", "true", lambda: directory._catalogs().reviewed_only),
])
def test_one_call_forgets_every_cached_setting(monkeypatch: pytest.MonkeyPatch, variable: str, value: str,
                                               read: Callable[[], object]) -> None:
    clear_settings_cache()
    before = read()
    monkeypatch.setenv(variable, value)
    assert read() == before  # read once per process...
    clear_settings_cache()
    assert str(read()).lower() == value  # ...until the reset
    monkeypatch.undo()
    clear_settings_cache()
    assert read() == before
