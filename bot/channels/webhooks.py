"""Twilio SMS and WhatsApp webhooks.

`POST /channels/twilio` takes inbound messages (both channels), `POST /channels/twilio/status`
takes delivery status callbacks. Every request must carry a valid `X-Twilio-Signature` for
`PUBLIC_BASE_URL` + path, or it gets 403.

Every inbound message is stored in the durable queue (`bot/channels/inbound/`) before the
webhook is acknowledged. Twilio waits up to 15 s for a webhook; people should not. The
dialogue gets `TWILIO_REPLY_BUDGET` (1 s): a reply ready by then goes back as TwiML, a later
one goes out through the REST API and the webhook is acknowledged with empty TwiML. When every
slot towards Rasa is taken (a burst), the webhook stores the message and is acknowledged at once;
the queue's sweepers run it.
"""
from __future__ import annotations

import asyncio
import logging
import time
from urllib.parse import parse_qsl

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.channels import twilio as tw
from bot.channels import twilio_channel
from bot.gateway.deps import State
from bot.gateway.state import GatewayState
from bot.settings import TwilioSettings, get_twilio_settings

log = logging.getLogger("hotline.twilio")
router = APIRouter(tags=["twilio"])


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


@router.post("/channels/twilio", include_in_schema=False)
async def twilio_inbound(request: Request, state: State) -> Response:
    started = time.monotonic()
    settings = get_twilio_settings()
    params = await _signed_form(request, state, settings)
    msg = tw.parse_webhook(params)
    del params  # the dropped fields (ProfileName, WaId, FromCity, ...) go no further
    if not msg.sender or not msg.message_sid:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "missing From or MessageSid")
    worker = twilio_channel.of(state).inbound
    # Under a burst the turns already running take every slot towards Rasa and a new one cannot
    # make the budget: the webhook only stores the message and acknowledges it; the sweepers
    # run it from the queue as slots free up, oldest first (bench/load.py: acks within 2 s).
    admitted = worker.admit()
    try:
        # Durable before acknowledged: if this fails, Twilio gets an error, not an ack.
        row_id = await worker.on_ack_lane(worker.enqueue, msg, not admitted)
        if row_id is None:
            state.metrics.inc("twilio_duplicate")
            # Twilio posts again only when its first post got no answer: if that one was answered
            # by TwiML (the gateway closed the row, then died before the response left), resend it.
            return twiml(await worker.on_ack_lane(worker.replay, msg))
        state.metrics.inc(f"twilio_inbound_{msg.channel}")
        if not admitted:
            state.metrics.inc("twilio_delayed")
            state.metrics.inc("twilio_ack_saturated")
            return twiml()
        deadline = started + settings.reply_budget
        job = await worker.claim_fresh(row_id, deadline)
        if job is None:  # an earlier message of this person is still open: the sweeper follows up
            state.metrics.inc("twilio_delayed")
            return twiml()
        task = worker.start(job)
    finally:
        if admitted:
            worker.admitted_done()
    done, _ = await asyncio.wait({task}, timeout=max(0.05, deadline - time.monotonic()))
    if task in done:
        return twiml(await worker.complete.twiml(job, task))
    state.metrics.inc("twilio_delayed")
    worker.complete.later(job, task)
    return twiml()


@router.post("/channels/twilio/status", include_in_schema=False)
async def twilio_status(request: Request, state: State) -> Response:
    settings = get_twilio_settings()
    params = await _signed_form(request, state, settings)
    sid = params.get("MessageSid") or params.get("SmsSid") or ""
    new_status = params.get("MessageStatus") or params.get("SmsStatus") or ""
    if sid and new_status:
        found = await run_in_threadpool(twilio_channel.of(state).outbound.update_status, sid, new_status,
                                        params.get("ErrorCode"))  # off the event loop
        if not found:
            state.metrics.inc("twilio_status_unknown")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
