"""WhatsApp's 24-hour customer service window, and the approved template that reaches a person
after it (the way Turn.io, Chatwoot and RapidPro do it).

WhatsApp lets a business write freely for 24 hours after the person's last message; after
that, only an approved template goes through (Twilio: error 63016 for anything else, see
https://www.twilio.com/docs/api/errors/63016). So:

- every inbound WhatsApp message opens the window again (`opened`): `twilio_conversations.
  window_ends_at` = now + 24 h, less a margin for queue delays and clock skew;
- an operator's reply inside the window goes out as before; after it, the reply is held in
  the outbox and one template ("you have a new message; reply to read it", in the person's
  language) is sent with Twilio's Messages API: `ContentSid` and `ContentVariables` instead of
  `Body` (https://www.twilio.com/docs/content/send-templates-created-with-the-content-template-builder);
  when the person answers, the held messages go out with the answer (the outbox);
- the reply handle that template needs is kept, while a handoff is open, for
  `TWILIO_TEMPLATE_HOLD_HOURS` after the person's last message (bot/privacy/handles.py), and
  deleted as soon as the template is queued: one announcement, then the person's own answer
  brings a fresh handle. A closed handoff ends the hold.

The template text says nothing about the conversation or the line (a notification can show
on a locked or shared phone): data/whatsapp_templates.yml, registered with
`hotline whatsapp-templates register`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.db.channels import ReplyHandle, TwilioConversation, TwilioDelivery
from bot.settings import TwilioSettings

WINDOW = timedelta(hours=24)
MARGIN = timedelta(minutes=10)  # the window is taken to close this much early
DEFAULT_TEMPLATE_LANGUAGE = "es"  # as for responses: a missing translation falls back to Spanish
OUTSIDE_WINDOW = "63016"  # Twilio's error code for a free-form message after the window


def opened(db: Session, key: str, now: datetime | None = None) -> TwilioConversation:
    """The person wrote on WhatsApp: the window runs again from now (the conversation exists)."""
    flags = db.get(TwilioConversation, key)
    if flags is None:
        flags = TwilioConversation(conversation_key=key, opted_out=False)
        db.add(flags)
    flags.window_ends_at = (now or utcnow()) + WINDOW - MARGIN
    return flags


def closed(flags: TwilioConversation | None, now: datetime | None = None) -> bool:
    """Known to be past the window (a conversation from before window tracking is not)."""
    return bool(flags and flags.window_ends_at and flags.window_ends_at <= (now or utcnow()))


def close(db: Session, key: str) -> None:
    """Twilio said the window is closed (63016): believe it."""
    flags = db.get(TwilioConversation, key)
    if flags is not None and flags.window_ends_at is not None and flags.window_ends_at > utcnow():
        flags.window_ends_at = utcnow()


def hold_for(settings: TwilioSettings) -> timedelta:
    return timedelta(hours=settings.template_hold_hours)


@dataclass(frozen=True)
class Template:
    language: str
    content_sid: str
    variables: dict[str, str]

    def payload(self) -> dict[str, Any]:
        return {"content_sid": self.content_sid, "variables": self.variables, "language": self.language}


def template_for(settings: TwilioSettings, language: str | None) -> Template | None:
    """The approved template for the person's language, else the Spanish one, else None."""
    templates = settings.templates
    base = (language or "").replace("_", "-").split("-")[0].lower()
    for tag in (base, DEFAULT_TEMPLATE_LANGUAGE):
        if tag in templates:
            return Template(tag, templates[tag], settings.template_variables)
    return None


@dataclass(frozen=True)
class WindowStatus:
    """What the console's composer needs to know about a WhatsApp conversation."""

    open: bool
    ends_at: datetime | None  # None: no inbound message since window tracking began
    reachable: bool  # a reply handle is still kept (a template can be sent)
    template_language: str | None  # the template the person would get, None if none configured
    template_sent_at: datetime | None  # the last announcement since the window closed

    @property
    def seconds_left(self) -> int:
        return max(0, int((self.ends_at - utcnow()).total_seconds())) if self.ends_at and self.open else 0


def status(db: Session, key: str, language: str | None, settings: TwilioSettings) -> WindowStatus | None:
    """The window of a Twilio WhatsApp conversation, or None for any other conversation
    (SMS, the simulator, a conversation from before window tracking)."""
    flags = db.get(TwilioConversation, key)
    if flags is None or flags.window_ends_at is None:
        return None
    now = utcnow()
    handle = db.get(ReplyHandle, key)
    template = template_for(settings, language)
    sent = db.scalar(select(TwilioDelivery.created_at).where(
        TwilioDelivery.conversation_key == key, TwilioDelivery.kind == "template",
        TwilioDelivery.status != "failed", TwilioDelivery.created_at >= flags.window_ends_at)
        .order_by(TwilioDelivery.id.desc()).limit(1))
    return WindowStatus(open=flags.window_ends_at > now, ends_at=flags.window_ends_at,
                        reachable=handle is not None and handle.expires_at > now,
                        template_language=template.language if template else None, template_sent_at=sent)
