"""Twilio settings, from the environment (names as in Twilio's own documentation)."""
from __future__ import annotations

import json
from functools import lru_cache

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TWILIO_API = "https://api.twilio.com"
CONTENT_API = "https://content.twilio.com"  # Content API: templates and their WhatsApp approval


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
    # Durable queues (bot/channels/inbound/, outbound.py).
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


@lru_cache
def get_twilio_settings() -> TwilioSettings:
    return TwilioSettings()
