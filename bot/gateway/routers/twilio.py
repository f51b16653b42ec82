"""Twilio SMS and WhatsApp webhooks.

`POST /channels/twilio` takes inbound messages (both channels), `POST /channels/twilio/status`
takes delivery status callbacks. Every request must carry a valid `X-Twilio-Signature` for
`PUBLIC_BASE_URL` + path, or it gets 403.

Twilio waits up to 15 s for a webhook; people should not. The dialogue gets
`TWILIO_REPLY_BUDGET` (1 s): a reply ready by then goes back as TwiML, a later one goes
out through the REST API and the webhook is acknowledged with empty TwiML.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import time
from functools import partial
from urllib.parse import parse_qsl

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.channels import outbound as outbound_mod
from bot.channels import twilio as tw
from bot.channels.models import TwilioConversation, TwilioInbound
from bot.channels.twilio_settings import TwilioSettings, get_twilio_settings
from bot.gateway import store
from bot.gateway.deps import DialogueDep, State
from bot.gateway.dialogue import Dialogue, InboundResult
from bot.gateway.state import GatewayState
from bot.privacy import handles
from bot.privacy.pseudonym import pseudonym
from bot.privacy.redaction import redact
from bot.safety import is_safety_word

try:  # the service directory's gazetteer names the place near a shared location
    from services.places import nearest_place
except ImportError:  # pragma: no cover - directory not installed
    nearest_place = None

log = logging.getLogger("hotline.twilio")
router = APIRouter(tags=["twilio"])

MEDIA_NOTE = "[MEDIA]"  # what the operator sees when the person sent a file during a handoff
_background: set[asyncio.Task] = set()  # slow dialogue turns still running after the ack


def twiml(bodies: list[str] | None = None) -> Response:
    resp = MessagingResponse()
    for body in bodies or ():
        resp.message(body)
    return Response(content=str(resp), media_type="application/xml")


async def _signed_form(request: Request, state: GatewayState, settings: TwilioSettings) -> dict[str, str]:
    """The form parameters, once the signature over URL + parameters checks out (else 403)."""
    raw = await request.body()
    try:
        params = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        params = None
    signature = request.headers.get("X-Twilio-Signature", "")
    url = settings.public_url(request.url.path) + (f"?{request.url.query}" if request.url.query else "")
    if not (params is not None and signature and settings.can_validate
            and RequestValidator(settings.auth_token).validate(url, params, signature)):
        state.metrics.inc("twilio_signature_rejected")
        log.warning("twilio request rejected", extra={"reason": "signature",
                                                       "configured": settings.can_validate})
        raise HTTPException(status.HTTP_403_FORBIDDEN, "invalid signature")
    return params


def _first_time(state: GatewayState, message_sid: str) -> bool:
    digest = hmac.new((state.settings.secret_key or "").encode(), b"twilio-inbound:" + message_sid.encode(),
                      hashlib.sha256).hexdigest()
    with state.sessions() as db:
        db.add(TwilioInbound(sid_hash=digest))
        try:
            db.commit()
        except IntegrityError:
            return False
    return True


class TwilioTurn:
    """One inbound Twilio message through to the bodies to send back."""

    def __init__(self, state: GatewayState, dialogue: Dialogue, msg: tw.Inbound) -> None:
        self.state, self.dialogue, self.msg = state, dialogue, msg
        self.key = pseudonym(state.settings.secret_key or "", msg.sender)
        self.outbound = outbound_mod.for_state(state)

    def _flags(self, db: Session, create: bool = False) -> TwilioConversation | None:
        flags = db.get(TwilioConversation, self.key)
        if flags is None and create:
            store.get_or_create_conversation(db, self.key, self.msg.channel)
            flags = TwilioConversation(conversation_key=self.key, opted_out=False)
            db.add(flags)
            db.flush()
        return flags

    async def run(self) -> list[str]:
        # Database work runs in worker threads: the event loop stays free to send acks on time.
        verdict, bodies = await run_in_threadpool(self._gate)
        msg = self.msg
        if verdict == "done":
            return bodies
        if verdict == "erase_silently":  # opted out, but erasure still works, without a reply
            await self.dialogue.handle(self.key, msg.channel, msg.text)
            return []
        if msg.media_only:
            return await run_in_threadpool(self._media_only)
        notes = ["utter_media_unsupported"] if msg.num_media else []
        text, metadata = msg.text, {}
        if msg.has_location:
            metadata["location"] = {"lat": msg.latitude, "lon": msg.longitude}
            text = text or self._place_text()
        text, cut = tw.truncate(text)
        if cut:
            notes.append("utter_message_truncated")
        # What reaches Rasa's tracker store is redacted, like everything else that is stored.
        result = await self.dialogue.handle(self.key, msg.channel, redact(text) or text, metadata=metadata)
        return await run_in_threadpool(self._finish, result, notes)

    def _gate(self) -> tuple[str, list[str]]:
        """Opt-out keywords and state, and "more": ("done", bodies), or what to do next."""
        msg, inc = self.msg, self.state.metrics.inc
        kw = tw.keyword(msg.text, msg.opt_out_type)
        with self.state.sessions() as db:
            if kw is tw.Keyword.OPT_OUT:
                flags = self._flags(db, create=True)
                flags.opted_out, flags.more_text = True, None
                handles.forget(db, self.key)
                db.commit()
                inc("twilio_opt_out")
                return "done", []  # Twilio confirms the opt-out itself; the bot stays silent
            flags = self._flags(db)
            if flags is not None and flags.opted_out:
                if kw is tw.Keyword.OPT_IN:
                    flags.opted_out = False
                    db.commit()
                    inc("twilio_opt_in")
                    return "done", []
                if is_safety_word(msg.text):
                    return "erase_silently", []
                inc("twilio_opted_out_ignored")
                return "done", []
            if msg.text == tw.MORE_NUMBER and flags is not None and flags.more_text:
                return "done", self._more(db, flags)
        return "dialogue", []

    def _finish(self, result: InboundResult, notes: list[str]) -> list[str]:
        if result.erased:
            return self._format(result.replies, result.language, store_rest=False)
        with self.state.sessions() as db:
            outbox = [self.state.outbox_text.pop(m.id, m.text) for m in store.take_outbox(db, self.key)]
            self._remember(db)
            db.commit()
        replies = outbox + [self.dialogue.render(n, result.language) for n in notes] + result.replies
        return self._format(replies, result.language)

    def _place_text(self) -> str:
        place = nearest_place(self.msg.latitude, self.msg.longitude) if nearest_place else None
        return place.name if place else f"{self.msg.latitude}, {self.msg.longitude}"

    def _remember(self, db: Session) -> None:
        if db.get(store.Conversation, self.key) is not None:
            handles.remember(db, self.outbound.fernet, self.key, self.msg.sender)

    def _media_only(self) -> list[str]:
        """Files are never downloaded: say what the line can read, and offer a person."""
        with self.state.sessions() as db:
            conv = store.get_or_create_conversation(db, self.key, self.msg.channel)
            lang = conv.language
            if handoff := store.open_handoff(db, self.key):
                store.add_message(db, self.key, "in", "person", MEDIA_NOTE, handoff.id)
            else:
                conv.pending_menu = "main"  # "1" then reaches a person, "0" is an emergency
            outbox = [self.state.outbox_text.pop(m.id, m.text) for m in store.take_outbox(db, self.key)]
            self._remember(db)
            db.commit()
        self.state.metrics.inc("twilio_media_only")
        return self._format(outbox + [self.dialogue.render("utter_media_unsupported", lang)], lang)

    def _more(self, db: Session, flags: TwilioConversation) -> list[str]:
        conv = db.get(store.Conversation, self.key)
        lang = conv.language if conv else None
        page, rest = tw.paginate(flags.more_text or "", self._more_note(lang))
        flags.more_text = rest or None
        self._remember(db)
        db.commit()
        return [page]

    def _more_note(self, lang: str | None) -> str:
        return self.dialogue.render("utter_more", lang, number=tw.MORE_NUMBER)

    def _format(self, replies: list[str], lang: str | None, store_rest: bool = True) -> list[str]:
        replies = [r for r in replies if r and r.strip()]
        if not replies:
            return []
        if self.msg.channel == "whatsapp":
            return [chunk for r in replies for chunk in tw.whatsapp_chunks(r)]
        page, rest = tw.paginate("\n\n".join(replies), self._more_note(lang))
        if store_rest:
            with self.state.sessions() as db:
                if rest or db.get(TwilioConversation, self.key) is not None:
                    flags = self._flags(db, create=True)
                    flags.more_text = rest or None
                    db.commit()
        return [page]


def _send_later(state: GatewayState, key: str, address: str, task: asyncio.Task) -> None:
    _background.discard(task)
    if task.cancelled():
        return
    if (exc := task.exception()) is not None:
        state.metrics.inc("twilio_turn_failed")
        log.error("twilio turn failed", extra={"error_type": type(exc).__name__})
        return
    if bodies := task.result():
        outbound_mod.for_state(state).submit_replies(key, address, bodies)


@router.post("/channels/twilio", include_in_schema=False)
async def twilio_inbound(request: Request, state: State, dialogue: DialogueDep) -> Response:
    started = time.monotonic()
    settings = get_twilio_settings()
    params = await _signed_form(request, state, settings)
    msg = tw.parse_webhook(params)
    del params  # the dropped fields (ProfileName, WaId, FromCity, ...) go no further
    if not msg.sender or not msg.message_sid:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "missing From or MessageSid")
    if not await run_in_threadpool(_first_time, state, msg.message_sid):
        state.metrics.inc("twilio_duplicate")
        return twiml()
    state.metrics.inc(f"twilio_inbound_{msg.channel}")
    turn = TwilioTurn(state, dialogue, msg)
    task = asyncio.create_task(turn.run())
    budget = max(0.05, settings.reply_budget - (time.monotonic() - started))
    done, _ = await asyncio.wait({task}, timeout=budget)
    if task in done:
        try:
            return twiml(task.result())
        except Exception as exc:  # noqa: BLE001 - the person must never get a Twilio error
            state.metrics.inc("twilio_turn_failed")
            log.error("twilio turn failed", extra={"error_type": type(exc).__name__})
            return twiml()
    state.metrics.inc("twilio_delayed")
    _background.add(task)
    task.add_done_callback(partial(_send_later, state, turn.key, msg.sender))
    return twiml()


@router.post("/channels/twilio/status", include_in_schema=False)
async def twilio_status(request: Request, state: State) -> Response:
    settings = get_twilio_settings()
    params = await _signed_form(request, state, settings)
    sid = params.get("MessageSid") or params.get("SmsSid") or ""
    new_status = params.get("MessageStatus") or params.get("SmsStatus") or ""
    if sid and new_status:
        found = outbound_mod.for_state(state).update_status(sid, new_status, params.get("ErrorCode"))
        if not found:
            state.metrics.inc("twilio_status_unknown")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
