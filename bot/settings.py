"""Runtime settings: the one place that reads the environment.

`Settings` holds the gateway's own HOTLINE_* variables and one section per part, each with the
variable names README documents: `console` (HOTLINE_CONSOLE_*), `twilio` (TWILIO_*, as in
Twilio's own documentation, and PUBLIC_BASE_URL), `retention` (periods), `privacy` (keys set
by environment, the redaction model, extra safety words), `catalogs` (reviewed strings only) and
`screening` (the detector's model).

Secrets that are not given are generated once and kept in the data dir, so a restart keeps
pseudonyms stable and operators keep their token.

A section that is read per call (`RetentionSettings()`, `PrivacySettings()`...) reads the
environment then, so a changed variable takes effect without a restart of the caller, as
before; `get_settings`, `get_console_settings` and `get_twilio_settings` are read once (as is
whatever else is cached with `settings_cache`), until `clear_settings_cache()`.
"""
from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from pydantic import Field, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent

TWILIO_API = "https://api.twilio.com"
CONTENT_API = "https://content.twilio.com"  # Content API: templates and their WhatsApp approval


class ConsoleSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HOTLINE_CONSOLE_", extra="ignore")

    # A session unused for this long is over; the operator signs in again.
    idle_minutes: float = Field(30.0, gt=0)
    # Consecutive wrong passwords before the account is locked, and for how long.
    max_failed_logins: int = Field(5, ge=1)
    lockout_minutes: float = Field(15.0, gt=0)
    # Login attempts allowed per client address per minute (all usernames together): against
    # spraying passwords over many usernames. Guessing one username is throttled per (username,
    # client) in bot/console/throttle.py; an office behind one address starts a shift together.
    login_rate_per_minute: int = Field(30, ge=1)
    # Trust X-Forwarded-Proto, and X-Forwarded-For for the client's address (sign-in throttle and
    # rate limit), from the reverse proxy. Only where the gateway is reachable through it alone.
    trust_proxy: bool = False
    # Dashboard and export: counts from 1 to min_cell - 1 are hidden (small-cell suppression).
    min_cell: int = Field(10, ge=5)
    # An unclaimed immediate case sounds again this often (seconds) until someone claims it.
    alert_repeat_seconds: float = Field(10.0, ge=2)


class TwilioSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TWILIO_", extra="ignore")

    auth_token: str | None = None  # validates X-Twilio-Signature and authenticates REST calls
    account_sid: str | None = None
    messaging_service_sid: str | None = None
    sms_from: str | None = None  # "+1..." (used before the Messaging Service when set)
    whatsapp_from: str | None = None  # "whatsapp:+1..."
    # Where Twilio reaches this gateway: signatures are computed over this URL + path.
    public_base_url: str | None = Field(None, validation_alias="PUBLIC_BASE_URL")
    api_base_url: str = TWILIO_API
    content_api_base_url: str = CONTENT_API
    # WhatsApp, outside its 24-hour window: the approved template per language,
    # "es:HX…,en:HX…" (ContentSids from `hotline whatsapp-templates register`), sent with
    # these ContentVariables (a JSON object, the same for everyone; never about the person).
    whatsapp_templates: str | None = None
    whatsapp_template_variables: str | None = None
    # How long a WhatsApp conversation with an open handoff keeps its reply handle after the
    # person's last message, so that one template can announce an operator's reply.
    template_hold_hours: float = Field(72.0, ge=0, le=168)
    # Twilio waits up to 15 s; people should not. A reply not ready this long after the
    # request arrived goes out by the REST API; the rest of the 2 s is headroom for a busy host.
    reply_budget: float = Field(1.0, gt=0, lt=10)
    send_attempts: int = Field(5, ge=1, le=10)
    retry_base: float = Field(0.5, ge=0)  # seconds; doubled on each retry
    # Durable queues (bot/channels/inbound.py, outbound.py).
    queue_lease: float = Field(30.0, ge=5)  # seconds a worker holds a message; > Rasa timeout
    queue_attempts: int = Field(5, ge=1, le=50)  # inbound tries before the dead-letter list
    queue_retry_base: float = Field(1.0, ge=0)  # seconds before an inbound retry; doubled each time
    sweep_interval: float = Field(0.5, gt=0, le=60)  # how often each gateway looks for left-over rows
    queue_stall: float = Field(120.0, gt=0)  # oldest waiting message older than this: /healthz degraded
    # Rasa's conversation lock lifetime (its own variable, read by Rasa too; 60 s is Rasa's
    # default). With the Redis lock store, a replica that died mid-turn leaves its ticket in
    # Redis: the conversation is locked until it expires, so that turn is retried after it.
    rasa_lock_lifetime: float = Field(60.0, gt=0, validation_alias="TICKET_LOCK_LIFETIME")

    @field_validator("whatsapp_template_variables")
    @classmethod
    def _variables_are_an_object(cls, value: str | None) -> str | None:
        if value and not isinstance(json.loads(value), dict):  # a JSON error is a ValueError too
            raise ValueError('TWILIO_WHATSAPP_TEMPLATE_VARIABLES must be a JSON object, e.g. {"1": "Línea"}')
        return value

    @property
    def can_validate(self) -> bool:
        return bool(self.auth_token and self.public_base_url)

    @property
    def can_send(self) -> bool:
        return bool(self.auth_token and self.account_sid
                    and (self.messaging_service_sid or self.sms_from or self.whatsapp_from))

    def public_url(self, path: str) -> str:
        return (self.public_base_url or "").rstrip("/") + path

    @property
    def templates(self) -> dict[str, str]:
        """Language tag -> ContentSid of its approved WhatsApp template."""
        pairs = (item.split(":", 1) for item in (self.whatsapp_templates or "").split(",") if ":" in item)
        return {lang.strip().lower(): sid.strip() for lang, sid in pairs if lang.strip() and sid.strip()}

    @property
    def template_variables(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in json.loads(self.whatsapp_template_variables or "{}").items()}


class RetentionSettings(BaseSettings):
    """How long records are kept (bot/privacy/retention.py). A section of its own: a wrong period
    stops the purge, never the keys or the safety words."""

    model_config = SettingsConfigDict(env_prefix="HOTLINE_", extra="ignore", env_ignore_empty=True)

    retention_days: int = 30
    review_days: int = 7
    replay_days: int = 400

    @field_validator("retention_days", "review_days", "replay_days")
    @classmethod
    def _at_least_a_day(cls, days: int, info: ValidationInfo) -> int:
        if days < 1:
            raise ValueError(f"HOTLINE_{info.field_name.upper()} must be at least 1")
        return days


class PrivacySettings(BaseSettings):
    """Keys set by environment instead of key files in the data dir (comma-separated, newest
    first), and the redaction and safety-word extras."""

    model_config = SettingsConfigDict(env_prefix="HOTLINE_", extra="ignore", env_ignore_empty=True)

    data_keys: str = ""  # master keys of the conversations' data keys (bot/privacy/datakeys.py)
    handle_keys: str = ""  # reply-handle keys (bot/privacy/handles.py)
    tracker_key_file: Path | None = None  # master key of Rasa's tracker store (default: data dir)
    redaction_model: Path | None = None  # another first tagger (bot/privacy/tagger.py, tagger.load)
    redaction_address_model: Path | None = None  # another address tagger (tagger.load_address)
    redaction_name_model: Path | None = None  # another name tagger for NAME only (tagger.load_name)
    safety_words: str = ""  # comma-separated, added to data/safety_words.yml


class CatalogSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HOTLINE_", extra="ignore", env_ignore_empty=True)

    # Send only strings a native speaker reviewed: the bot's fuzzy drafts fall back to Spanish,
    # the console's to English. HOTLINE_REVIEWED_ONLY.
    reviewed_only: bool = False


class ScreeningSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HOTLINE_", extra="ignore", env_ignore_empty=True)

    # Another detector model file (a deployment's own, or a test's): HOTLINE_SCREENING_MODEL.
    screening_model: Path | None = None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HOTLINE_", extra="ignore")

    data_dir: Path = Path("./var")
    database_url: str | None = None
    operator_token: str | None = None
    secret_key: str | None = None

    rasa_url: str = "http://127.0.0.1:5005"
    rasa_token: str | None = None
    # Bearer token Rasa sends with each NLG call (endpoints.yml): the NLG route stores numbered
    # menus per conversation, so only Rasa may call it, even where nginx exposes it.
    nlg_token: str | None = None
    actions_url: str = "http://127.0.0.1:5055"
    # Rasa's SQL tracker store; the gateway erases from it on request and on purge.
    tracker_db_url: str | None = None
    # Dialogue slower than this is treated as down and the person gets the fallback.
    rasa_timeout: float = Field(5.0, gt=0)
    # Turns each gateway process has in flight at Rasa at once; the rest wait their turn.
    rasa_concurrency: int = Field(8, ge=1)
    # Several gateway instances (make run-cluster): console live updates go through Redis
    # pub/sub (the notifier) and /healthz reports it.
    redis_url: str | None = None

    gateway_host: str = "127.0.0.1"
    gateway_port: int = 8000
    rasa_port: int = 5005
    actions_port: int = 5055
    rasa_bin: Path = REPO_ROOT / ".venv-rasa" / "bin" / "rasa"

    # An empty service directory gets the fictitious sample (marked [SAMPLE]) at start-up.
    load_sample_directory: bool = True

    # The web phone simulator (/simulator, /channels/simulator): off unless enabled. `hotline run`
    # (make run) enables it; a request that is not straight from loopback needs simulator_token.
    simulator: bool = False
    simulator_token: str | None = None

    # Sections, each reading its own variables (names above).
    console: ConsoleSettings = Field(default_factory=ConsoleSettings)
    twilio: TwilioSettings = Field(default_factory=TwilioSettings)
    retention: RetentionSettings = Field(default_factory=RetentionSettings)
    privacy: PrivacySettings = Field(default_factory=PrivacySettings)
    catalogs: CatalogSettings = Field(default_factory=CatalogSettings)
    screening: ScreeningSettings = Field(default_factory=ScreeningSettings)

    def resolved(self) -> "Settings":
        """Returns a copy with every path absolute and every secret present."""
        data_dir = self.data_dir.expanduser().resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(data_dir, 0o700)
        values = dict(self)  # shallow: the sections stay settings objects
        values["data_dir"] = data_dir
        values["database_url"] = database_url(self)
        values["tracker_db_url"] = self.tracker_db_url or f"sqlite:///{data_dir / 'rasa_tracker.db'}"
        values["secret_key"] = self.secret_key or _stored_secret(data_dir / "secret_key")
        values["operator_token"] = self.operator_token or _stored_secret(data_dir / "operator_token")
        values["rasa_token"] = self.rasa_token or _stored_secret(data_dir / "rasa_token")
        values["nlg_token"] = self.nlg_token or _stored_secret(data_dir / "nlg_token")
        values["simulator_token"] = self.simulator_token or _stored_secret(data_dir / "simulator_token")
        return Settings.model_construct(**values)

    @property
    def sqlite_tracker_path(self) -> Path | None:
        url = self.tracker_db_url or ""
        return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def database_url(settings: Settings | None = None) -> str:
    """The gateway database's URL, without reading or generating any secret: all the action
    server needs (the service directory)."""
    s = settings or Settings()
    return s.database_url or f"sqlite:///{s.data_dir.expanduser().resolve() / 'hotline.db'}"


def _stored_secret(path: Path) -> str:
    if path.exists():
        return path.read_text().strip()
    value = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(value)
    return value


T = TypeVar("T")
_SETTINGS_CACHES: list = []  # every settings_cache function: clear_settings_cache empties them


def settings_cache(maxsize: int | None = 128) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """`lru_cache` for what is built from the environment, so that one call resets them all."""
    def wrap(fn: Callable[..., T]) -> Callable[..., T]:
        cached = lru_cache(maxsize=maxsize)(fn)
        _SETTINGS_CACHES.append(cached)
        return cached
    return wrap


def clear_settings_cache() -> None:
    """Forgets every cached setting: the next read takes the environment as it is now (tests)."""
    for cached in _SETTINGS_CACHES:
        cached.cache_clear()


@settings_cache()
def get_settings() -> Settings:
    return Settings().resolved()


@settings_cache()
def get_console_settings() -> ConsoleSettings:
    return ConsoleSettings()


@settings_cache()
def get_twilio_settings() -> TwilioSettings:
    return TwilioSettings()
