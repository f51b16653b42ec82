"""The gateway's OpenAPI document, with the Twilio webhooks and the request limits in it.

The Twilio routes are left out of FastAPI's generated schema (`include_in_schema=False`: their
bodies are read by hand, to check the signature over the exact parameters). This module adds
them as Twilio calls them — `application/x-www-form-urlencoded`, signed with
`X-Twilio-Signature` — and adds the error answers of `bot.gateway.limits` (400, 413, 415, 431)
to the channel routes, so a schema-driven fuzzer (schemathesis) covers and checks them all.

Fields: Twilio's incoming-message and status-callback webhook parameters
(https://www.twilio.com/docs/messaging/guides/webhook-request, .../outbound-message-status-in-status-callbacks).
Twilio adds parameters without notice, so every body allows more (string) fields.
"""
from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI

from bot.gateway.limits import CHANNEL_MAX_BODY, MAX_HEADER_BYTES

TWILIO_INBOUND = "/channels/twilio"
TWILIO_STATUS = "/channels/twilio/status"
SIMULATOR_PATHS = ("/channels/simulator", "/channels/simulator/poll")

FORM = "application/x-www-form-urlencoded"
ERROR_REF = {"$ref": "#/components/schemas/GatewayError"}

GATEWAY_ERROR = {
    "title": "GatewayError",
    "type": "object",
    "description": "A short error; never echoes what was submitted.",
    "properties": {"error": {"type": "string"}, "detail": {}},
    "required": ["error"],
}


def _s(description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "description": description, **extra}


# Constraints are lengths and formats, not `pattern`s: a regex per field makes schema-driven
# generation several times slower. Custom formats are named after what they hold.
SID = {"minLength": 34, "maxLength": 34, "format": "twilio-sid"}  # two letters + 32 hex digits
DECIMAL = {"maxLength": 16, "format": "decimal-degrees"}
ADDRESS = {"minLength": 3, "maxLength": 64, "format": "twilio-address"}  # E.164, or whatsapp: + E.164

INBOUND_FIELDS: dict[str, dict[str, Any]] = {
    "MessageSid": _s("34-character id of the message; the idempotency key (a repeat gets empty TwiML).", **SID),
    "SmsSid": _s("Same value as MessageSid (deprecated)."),
    "SmsMessageSid": _s("Same value as MessageSid (deprecated)."),
    "AccountSid": _s("The Twilio account the message belongs to.", **SID),
    "MessagingServiceSid": _s("The Messaging Service, when the number belongs to one."),
    "From": _s("Sender: E.164 number, or `whatsapp:` + E.164. Turned into a pseudonym at once, never stored.",
               **ADDRESS),
    "To": _s("The line's number or WhatsApp address."),
    "Body": _s("The text, up to 1,600 characters (longer is cut, with a note to the person).", maxLength=1600),
    "NumMedia": _s("Number of attached files (0-10). Files are never downloaded.", maxLength=2),
    "NumSegments": _s("SMS segments the message arrived in."),
    "MediaUrl0": _s("URL of the first attached file (never fetched)."),
    "MediaContentType0": _s("Content type of the first attached file."),
    "Latitude": _s("WhatsApp shared location, decimal degrees (rounded to ~10 km).", **DECIMAL),
    "Longitude": _s("WhatsApp shared location, decimal degrees (rounded to ~10 km).", **DECIMAL),
    "Address": _s("WhatsApp shared location's address (dropped at the edge)."),
    "Label": _s("WhatsApp shared location's label (dropped at the edge)."),
    "ProfileName": _s("WhatsApp profile name (dropped at the edge)."),
    "WaId": _s("WhatsApp id (dropped at the edge)."),
    "Forwarded": _s("WhatsApp: the message was forwarded.", enum=["true", "false"]),
    "FrequentlyForwarded": _s("WhatsApp: the message was forwarded many times.", enum=["true", "false"]),
    "ButtonText": _s("WhatsApp quick-reply button text."),
    "ButtonPayload": _s("WhatsApp quick-reply button payload (read as the text)."),
    "ListId": _s("WhatsApp list reply id (read as the text)."),
    "ListTitle": _s("WhatsApp list reply title."),
    "OptOutType": _s("Advanced Opt-Out keyword type.", enum=["STOP", "START", "HELP"]),
    "FromCity": _s("Geographic data (dropped at the edge)."),
    "FromState": _s("Geographic data (dropped at the edge)."),
    "FromZip": _s("Geographic data (dropped at the edge)."),
    "FromCountry": _s("Geographic data (dropped at the edge)."),
    "ToCity": _s("Geographic data."),
    "ToState": _s("Geographic data."),
    "ToZip": _s("Geographic data."),
    "ToCountry": _s("Geographic data."),
    "SmsStatus": _s("`received` for inbound messages."),
    "ApiVersion": _s("Twilio API version, `2010-04-01`."),
}
INBOUND_REQUIRED = ["MessageSid", "AccountSid", "From", "To", "Body"]

STATUS_FIELDS: dict[str, dict[str, Any]] = {
    "MessageSid": _s("The outbound message the status is about.", **SID),
    "SmsSid": _s("Same value as MessageSid (deprecated)."),
    "MessageStatus": _s("New delivery status.", enum=[
        "accepted", "scheduled", "queued", "sending", "sent", "delivered", "undelivered", "failed",
        "read", "receiving", "received", "canceled"]),
    "SmsStatus": _s("Same value as MessageStatus (deprecated)."),
    "ErrorCode": _s("Twilio error code (5 digits), for failed and undelivered messages.", maxLength=5),
    "ErrorMessage": _s("Twilio error text."),
    "AccountSid": _s("The Twilio account.", **SID),
    "From": _s("The line's number or WhatsApp address."),
    "To": _s("The recipient (never stored)."),
    "ApiVersion": _s("Twilio API version, `2010-04-01`."),
    "ChannelToAddress": _s("Recipient address on the channel."),
    "RawDlrDoneDate": _s("Carrier delivery-receipt time, YYMMDDhhmm."),
}
STATUS_REQUIRED = ["MessageSid", "MessageStatus", "AccountSid"]

SIGNATURE_HEADER = {
    "name": "X-Twilio-Signature",
    "in": "header",
    "required": True,
    "description": "Base64 HMAC-SHA1, with the auth token, of PUBLIC_BASE_URL + path followed by every "
                   "parameter name and value sorted by name. Missing or wrong: 403.",
    "schema": {"type": "string"},
}


def _error(description: str, media: str = "application/json") -> dict[str, Any]:
    return {"description": description, "content": {media: {"schema": ERROR_REF}}}


LIMIT_RESPONSES = {
    "400": _error("Malformed body: not UTF-8, bad percent-encoding, unparseable JSON, or a required field missing."),
    "413": _error(f"Body over {CHANNEL_MAX_BODY // 1024} KiB; refused before it is read."),
    "415": _error("Wrong Content-Type for this route."),
    "431": _error(f"Request headers over {MAX_HEADER_BYTES // 1024} KiB."),
}


def _form_body(title: str, fields: dict[str, dict[str, Any]], required: list[str]) -> dict[str, Any]:
    return {"required": True, "content": {FORM: {"schema": {
        "title": title, "type": "object", "properties": copy.deepcopy(fields), "required": required,
        "additionalProperties": {"type": "string"},
    }}}}


def _webhook_responses(success: str, answer: dict[str, Any]) -> dict[str, Any]:
    return {success: answer, **copy.deepcopy(LIMIT_RESPONSES),
            "403": _error("Missing or invalid X-Twilio-Signature."), "422": _error("Unprocessable parameters.")}


def twilio_paths() -> dict[str, Any]:
    """The two Twilio webhook operations."""
    inbound = {
        "tags": ["twilio"],
        "summary": "Twilio inbound message (SMS and WhatsApp)",
        "operationId": "twilio_inbound",
        "description": "Signed by Twilio. The reply comes back as TwiML when ready within the reply "
                       "budget (1 s); a later reply goes out by the REST API and this answers empty TwiML. "
                       "A repeated MessageSid gets empty TwiML and is not processed again.",
        "parameters": [copy.deepcopy(SIGNATURE_HEADER)],
        "requestBody": _form_body("TwilioInbound", INBOUND_FIELDS, INBOUND_REQUIRED),
        "responses": _webhook_responses("200", {
            "description": "TwiML: zero or more <Message> replies.",
            "content": {"application/xml": {"schema": {"type": "string"}}}}),
    }
    status = {
        "tags": ["twilio"],
        "summary": "Twilio delivery status callback",
        "operationId": "twilio_status",
        "description": "Signed by Twilio. Updates the delivery record of an outbound message; "
                       "an unknown MessageSid is counted and ignored.",
        "parameters": [copy.deepcopy(SIGNATURE_HEADER)],
        "requestBody": _form_body("TwilioStatusCallback", STATUS_FIELDS, STATUS_REQUIRED),
        "responses": _webhook_responses("204", {"description": "Recorded (or ignored)."}),
    }
    return {TWILIO_INBOUND: {"post": inbound}, TWILIO_STATUS: {"post": status}}


def extend(schema: dict[str, Any]) -> dict[str, Any]:
    """Adds the Twilio webhooks and the limit answers to a generated schema (in place)."""
    paths = schema.setdefault("paths", {})
    for path, item in twilio_paths().items():
        paths.setdefault(path, {}).update(item)
    for path in SIMULATOR_PATHS:
        post = paths.get(path, {}).get("post")
        if post is not None:
            for code, resp in LIMIT_RESPONSES.items():
                post.setdefault("responses", {}).setdefault(code, copy.deepcopy(resp))
    schema.setdefault("components", {}).setdefault("schemas", {}).setdefault("GatewayError", GATEWAY_ERROR)
    return schema


def install(app: FastAPI) -> None:
    """Serve the extended document at /openapi.json (built once, then cached by FastAPI)."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = extend(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
