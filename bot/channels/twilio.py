"""Twilio SMS and WhatsApp: pure helpers (no I/O, no FastAPI).

- `parse_webhook` turns the webhook form into an `Inbound`, keeping only what the bot
  needs. Twilio's geographic and profile fields (ProfileName, WaId, FromCity, ...) are
  dropped here, at the edge, and never reach storage or logs.
- `keyword` classifies Twilio's reserved opt-out / opt-in / help keywords.
SMS segments and paging are in bot/text/paging.py.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from bot.text.chunks import split_at_breaks

# Fields that identify or locate the person and that the bot does not need.
DROPPED_FIELDS = frozenset({
    "ProfileName", "WaId", "FromCity", "FromState", "FromZip", "FromCountry",
    "ToCity", "ToState", "ToZip", "ToCountry", "Address", "Label", "ReferralCtwaClid",
    "ReferralSourceUrl", "ReferralHeadline", "ReferralBody", "ReferralSourceId",
})

MAX_BODY = 1600  # what the dialogue reads; longer bodies are cut, with a note to the person
WHATSAPP_PREFIX = "whatsapp:"
WHATSAPP_MAX = 1600  # Twilio's limit for one message body


class Keyword(str, Enum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    HELP = "help"


# Twilio's default reserved keywords (exact single word, any case).
_KEYWORDS = {
    **dict.fromkeys(("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"),
                    Keyword.OPT_OUT),
    **dict.fromkeys(("START", "YES", "UNSTOP"), Keyword.OPT_IN),
    **dict.fromkeys(("HELP", "INFO"), Keyword.HELP),
}
# Advanced Opt-Out sends the keyword's type, which also covers localized keywords.
_OPT_OUT_TYPES = {"STOP": Keyword.OPT_OUT, "START": Keyword.OPT_IN, "HELP": Keyword.HELP}


@dataclass(frozen=True)
class Inbound:
    message_sid: str
    account_sid: str
    sender: str  # "+1555..." or "whatsapp:+1555..."; kept in memory only
    to: str
    body: str
    channel: str  # sms | whatsapp
    num_media: int = 0
    latitude: float | None = None  # rounded to about 10 km
    longitude: float | None = None
    button_payload: str | None = None
    list_id: str | None = None
    opt_out_type: str | None = None

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def text(self) -> str:
        """What the person said: an interactive reply's payload or ID, else the body."""
        return (self.button_payload or self.list_id or self.body or "").strip()

    @property
    def media_only(self) -> bool:
        return self.num_media > 0 and not self.text and not self.has_location


def is_whatsapp(address: str) -> bool:
    return address.strip().lower().startswith(WHATSAPP_PREFIX)


def round_coordinate(value: float) -> float:
    """One decimal (about 11 km of latitude): enough for a directory, not a house."""
    return round(float(value), 1)


def _coordinate(raw: str | None, limit: float) -> float | None:
    try:
        value = float(raw) if raw not in (None, "") else None
    except ValueError:
        return None
    if value is None or not -limit <= value <= limit:
        return None
    return round_coordinate(value)


MAX_MEDIA = 10  # Twilio sends at most 10 files per message


def _media_count(raw: str | None) -> int:
    # Capped: an absurd NumMedia must not overflow the queue's INTEGER column.
    try:
        return min(max(0, int(raw or 0)), MAX_MEDIA)
    except ValueError:
        return 0


def parse_webhook(form: Mapping[str, str]) -> Inbound:
    """The fields the bot uses; everything in DROPPED_FIELDS (and media URLs) is left behind."""
    sender = (form.get("From") or "").strip()
    lat = _coordinate(form.get("Latitude"), 90)
    lon = _coordinate(form.get("Longitude"), 180)
    if lat is None or lon is None:
        lat = lon = None
    return Inbound(
        message_sid=(form.get("MessageSid") or form.get("SmsMessageSid") or form.get("SmsSid") or "").strip(),
        account_sid=(form.get("AccountSid") or "").strip(),
        sender=sender,
        to=(form.get("To") or "").strip(),
        body=form.get("Body") or "",
        channel="whatsapp" if is_whatsapp(sender) else "sms",
        num_media=_media_count(form.get("NumMedia")),
        latitude=lat,
        longitude=lon,
        button_payload=(form.get("ButtonPayload") or "").strip() or None,
        list_id=(form.get("ListId") or "").strip() or None,
        opt_out_type=(form.get("OptOutType") or "").strip().upper() or None,
    )


def keyword(text: str, opt_out_type: str | None = None) -> Keyword | None:
    """Twilio's reserved keyword in a message, if it is one."""
    if opt_out_type in _OPT_OUT_TYPES:
        return _OPT_OUT_TYPES[opt_out_type]
    word = text.strip().strip(".!¡?¿").upper()
    return _KEYWORDS.get(word)


def truncate(text: str, limit: int = MAX_BODY) -> tuple[str, bool]:
    """The first `limit` characters (cut at a space when one is near), and whether it was cut."""
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    space = cut.rfind(" ", limit - 100)
    return (cut[:space] if space > 0 else cut).rstrip(), True


def whatsapp_chunks(text: str, limit: int = WHATSAPP_MAX) -> list[str]:
    """A WhatsApp reply in bodies Twilio accepts, broken at lines or spaces."""
    return split_at_breaks(text, limit)
