"""Twilio SMS and WhatsApp webhooks on the real stack, signed with Twilio's RequestValidator."""
from __future__ import annotations

import sqlite3
import time
import uuid
from datetime import datetime, timedelta
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.channels import queue
from bot.channels.twilio import MAX_BODY
from bot.text.paging import MORE_PAGES as MORE_NUMBER, sms_text
from bot.db.base import utcnow
from bot.db.channels import InboundQueueItem
from bot.db.session import make_engine
from bot.gateway.routers.simulator import conversation_key
from bot.privacy.pseudonym import pseudonym
from bot.rasa_auth import RasaAuth
from bot.settings import Settings
from bot.supervisor import Stack
from tests.conftest import free_port, twilio_env
from tests.fake_twilio import FakeTwilio, post_webhook, webhook_params
from tests.system.helpers import rendered, say, texts


ACK_LIMIT = 2.0


def new_number() -> str:
    return f"+1555{uuid.uuid4().int % 10**7:07d}"


def twiml_bodies(resp: httpx.Response) -> list[str]:
    assert resp.headers["content-type"].startswith("application/xml")
    return [m.text or "" for m in ET.fromstring(resp.text).iter("Message")]


class Phone:
    """One person writing to the line through Twilio."""

    def __init__(self, gateway: httpx.Client, fake: FakeTwilio, stack: Stack, channel: str = "sms",
                 number: str | None = None) -> None:
        self.gateway, self.fake, self.stack = gateway, fake, stack
        number = number or new_number()
        self.address = f"whatsapp:{number}" if channel == "whatsapp" else number
        self.key = pseudonym(stack.settings.secret_key, self.address)

    def post(self, params: dict[str, str], **kwargs) -> httpx.Response:  # noqa: ANN003
        started = time.monotonic()
        resp = post_webhook(self.gateway, self.fake, self.stack.gateway_url, params, **kwargs)
        self.elapsed = time.monotonic() - started
        return resp

    def send(self, body: str = "", **extra: str) -> list[str]:
        """The replies: in the TwiML, or, when the turn took longer than the reply budget (a
        busy machine), through the REST API a moment later."""
        before = len(self.fake.sent_to(self.address))
        resp = self.post(webhook_params(self.fake, self.address, body, **extra))
        assert resp.status_code == 200, resp.text
        assert self.elapsed < ACK_LIMIT, f"webhook answered in {self.elapsed:.2f}s"
        if bodies := twiml_bodies(resp):
            return bodies
        return [m["Body"] for m in self.rest_replies(before)]

    def rest_replies(self, before: int, wait: float = 12.0) -> list[dict[str, str]]:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and len(self.fake.sent_to(self.address)) == before:
            time.sleep(0.05)
        time.sleep(0.3)  # the rest of the same turn
        return self.fake.sent_to(self.address)[before:]

    def send_silent(self, body: str) -> None:
        """A message the bot must not answer, neither now nor later."""
        before = len(self.fake.sent_to(self.address))
        assert self.send_raw(body) == []
        assert self.rest_replies(before, wait=1.5) == []

    def send_raw(self, body: str) -> list[str]:
        resp = self.post(webhook_params(self.fake, self.address, body))
        assert resp.status_code == 200 and self.elapsed < ACK_LIMIT
        return twiml_bodies(resp)


def db_rows(stack: Stack, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(stack.settings.data_dir / "hotline.db") as conn:
        return conn.execute(sql, args).fetchall()


def transcript(stack: Stack, key: str, author: str | None = None, direction: str | None = None) -> list[str]:
    """The conversation's messages as the gateway opens them (they are sealed at rest)."""
    from bot.db.session import make_sessionmaker
    from bot.gateway import store
    from bot.privacy.datakeys import Vault

    engine = make_engine(stack.settings.database_url)
    try:
        with make_sessionmaker(engine, Vault(stack.settings.data_dir))() as db:
            return [line.text for line in store.transcript(db, key)
                    if author in (None, line.author) and direction in (None, line.direction)]
    finally:
        engine.dispose()


def open_handoff(stack: Stack, key: str) -> int:
    rows = db_rows(stack, "SELECT id FROM handoffs WHERE conversation_key = ? AND status = 'open'", key)
    assert rows, "no handoff opened"
    return rows[0][0]


def counters(client: httpx.Client, token: str | None = None) -> dict[str, int]:
    """The gateway's counters: `client` is an operator client, or any client with `token`."""
    headers = {"Authorization": f"Bearer {token}"} if token else None
    return client.get("/api/metrics", headers=headers).json()["counters"]


def shelter_answers(fake: FakeTwilio, phones: list[Phone], timeout: float) -> None:
    """Each phone got exactly one REST message: the real answer to "necesito un albergue"
    (it asks for the city), not a fallback."""
    for phone in phones:
        (msg,) = fake.wait_for(phone.address, timeout=timeout)
        assert "ciudad" in msg["Body"].lower(), msg["Body"]


@pytest.fixture
def phone(gateway: httpx.Client, fake_twilio: FakeTwilio, stack: Stack) -> Phone:
    return Phone(gateway, fake_twilio, stack)


@pytest.fixture
def whatsapp(gateway: httpx.Client, fake_twilio: FakeTwilio, stack: Stack) -> Phone:
    return Phone(gateway, fake_twilio, stack, "whatsapp")


# --------------------------------------------------------------------------- signatures
def test_unsigned_forged_and_tampered_requests_get_403(
    phone: Phone, fake_twilio: FakeTwilio, gateway: httpx.Client, operator: httpx.Client, stack: Stack
) -> None:
    before = counters(operator).get("twilio_signature_rejected", 0)
    params = webhook_params(fake_twilio, phone.address, "hola")
    base = stack.gateway_url
    unsigned = gateway.post("/channels/twilio", content=urlencode(params),
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    forged = FakeTwilio(account_sid=fake_twilio.account_sid)  # another auth token
    forged_resp = post_webhook(gateway, forged, base, params)
    tampered = phone.post(params, tamper=lambda p: {**p, "Body": "otra cosa"})
    added = phone.post(params, tamper=lambda p: {**p, "From": new_number()})
    wrong_url = post_webhook(gateway, fake_twilio, "https://elsewhere.example", params)
    status_unsigned = gateway.post("/channels/twilio/status", content=urlencode({"MessageSid": "SM1"}),
                                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    for resp in (unsigned, forged_resp, tampered, added, wrong_url, status_unsigned):
        assert resp.status_code == 403 and "otra cosa" not in resp.text
    assert counters(operator)["twilio_signature_rejected"] == before + 6
    assert db_rows(stack, "SELECT count(*) FROM conversations WHERE key = ?", phone.key) == [(0,)]


# --------------------------------------------------------------------------- replies
def test_sms_reply_is_twiml_in_pages_of_three_segments(phone: Phone, gateway: httpx.Client) -> None:
    expected = texts(say(gateway, new_number(), "hola", channel="sms"))  # same turn, by the simulator
    pages = phone.send("hola")
    assert len(pages) == 1 and phone.elapsed < ACK_LIMIT
    note = sms_text(rendered("utter_more", "es", number=MORE_NUMBER))  # a long turn is spelled in GSM-7
    got = [pages[0]]
    while got[-1].endswith(note):
        more = phone.send(MORE_NUMBER)
        assert len(more) == 1
        got.append(more[0])
    from bot.text.paging import MAX_SEGMENTS, segment_count
    assert all(segment_count(p) <= MAX_SEGMENTS for p in got)
    assert " ".join(p.removesuffix(note) for p in got).split() == sms_text(" ".join(expected)).split()


def test_whatsapp_replies_are_separate_messages(whatsapp: Phone, gateway: httpx.Client) -> None:
    expected = texts(say(gateway, new_number(), "hello good evening", channel="whatsapp"))
    assert whatsapp.send("hello good evening") == expected


def test_duplicate_message_sid_is_processed_once(phone: Phone, fake_twilio: FakeTwilio, stack: Stack) -> None:
    """Twilio posts a webhook again only when the first post got no answer; if that one was
    answered by TwiML, the retry gets the same replies (the first response may be what was lost),
    without a second turn; if it was answered through the REST API, nothing more is sent."""
    params = webhook_params(fake_twilio, phone.address, "hola, necesito un albergue")
    before = len(fake_twilio.sent_to(phone.address))
    first = phone.post(params)
    assert twiml_bodies(first) or phone.rest_replies(before)
    before = len(fake_twilio.sent_to(phone.address))
    second = phone.post(params)
    assert twiml_bodies(second) == twiml_bodies(first) and phone.rest_replies(before, wait=1.5) == []
    assert db_rows(stack, "SELECT count(*) FROM messages WHERE conversation_key = ? AND direction = 'in'",
                   phone.key) == [(1,)]
    if twiml_bodies(first):  # kept sealed, never in the clear
        (token,) = [t for (t,) in db_rows(stack, "SELECT bodies FROM twilio_replies ORDER BY created_at")][-1:]
        assert "albergue" not in token and twiml_bodies(first)[0][:20] not in token


def test_media_only_is_not_downloaded_and_offers_a_person(
    whatsapp: Phone, fake_twilio: FakeTwilio, stack: Stack
) -> None:
    whatsapp.send("hello good evening")
    gets = fake_twilio.media_requests
    body = whatsapp.send("", NumMedia="1", MediaUrl0=f"{fake_twilio.url}/media/ME1",
                         MediaContentType0="image/jpeg")
    assert body == [rendered("utter_media_unsupported", "en")]
    assert fake_twilio.media_requests == gets  # never fetched
    whatsapp.send("1")  # the offer: a person
    assert db_rows(stack, "SELECT count(*) FROM handoffs WHERE conversation_key = ?", whatsapp.key) == [(1,)]


def test_location_is_rounded_before_anything_is_stored(whatsapp: Phone, stack: Stack) -> None:
    body = whatsapp.send("", Latitude="14.905312", Longitude="-92.263871", Address="Calle 5 de Mayo 123",
                         Label="Mi casa")
    assert body
    resp = httpx.get(f"{stack.rasa_url}/conversations/{whatsapp.key}/tracker",
                     headers=RasaAuth(stack.settings.rasa_token).header(), timeout=30)
    data = [e for e in resp.json()["events"] if e["event"] == "user"]  # sealed at rest: read through Rasa
    assert data[-1]["metadata"]["location"] == {"lat": 14.9, "lon": -92.3}
    for path in stack.settings.data_dir.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            for exact in (b"14.905312", b"92.263871", b"14.9053", b"92.2638", b"Calle 5 de Mayo", b"Mi casa"):
                assert exact not in blob, f"{exact!r} in {path.name}"


def test_interactive_reply_payload_is_the_text(whatsapp: Phone, stack: Stack) -> None:
    whatsapp.send("hola")
    assert db_rows(stack, "SELECT count(*) FROM conversations WHERE key = ?", whatsapp.key) == [(1,)]
    body = whatsapp.send("Borrar mis datos, por favor", ButtonPayload="BORRAR", ButtonText="Borrar mis datos")
    assert body == [rendered("utter_data_deleted", "es")]
    assert db_rows(stack, "SELECT count(*) FROM conversations WHERE key = ?", whatsapp.key) == [(0,)]
    other = Phone(whatsapp.gateway, whatsapp.fake, stack, "whatsapp")
    other.send("hello good evening")
    assert other.send("Delete", ListId="delete", ListTitle="Delete my data") == [rendered("utter_data_deleted", "en")]


def test_safety_word_also_erases_the_reply_address_the_pending_page_and_dead_letters(
    phone: Phone, stack: Stack
) -> None:
    assert phone.send("hola")
    assert db_rows(stack, "SELECT count(*) FROM reply_handles WHERE conversation_key = ?", phone.key) == [(1,)]
    with sqlite3.connect(stack.settings.data_dir / "hotline.db") as conn:
        # A "more" page waiting to be asked for, and a dead letter, as a long answer and the
        # sweeper would leave them.
        conn.execute("INSERT INTO twilio_conversations (conversation_key, opted_out, more_text, updated_at) "
                     "VALUES (?, 0, ?, '2026-01-01') ON CONFLICT (conversation_key) DO UPDATE SET "
                     "more_text = excluded.more_text", (phone.key, "el resto de la respuesta"))
        conn.execute("INSERT INTO twilio_inbound_queue (sid_hash, conversation_key, channel, text, truncated, "
                     "num_media, status, attempts, lease_until, created_at, updated_at) VALUES "
                     "(?, ?, 'sms', 'me quitaron el pasaporte', 0, 0, 'dead', 5, '2026-01-01', '2026-01-01', "
                     "'2026-01-01')", ("dead-" + uuid.uuid4().hex, phone.key))
    assert phone.send("BORRAR") == [rendered("utter_data_deleted", "es")]
    for table in ("reply_handles", "twilio_inbound_queue", "twilio_conversations", "conversations", "messages"):
        column = "key" if table == "conversations" else "conversation_key"
        assert db_rows(stack, f"SELECT count(*) FROM {table} WHERE {column} = ?", phone.key) == [(0,)], table


def test_stop_silences_the_bot_until_start(phone: Phone, stack: Stack, operator: httpx.Client) -> None:
    assert phone.send("hola")
    phone.send_silent("STOP")
    assert db_rows(stack, "SELECT opted_out FROM twilio_conversations WHERE conversation_key = ?",
                   phone.key) == [(1,)]
    assert db_rows(stack, "SELECT count(*) FROM reply_handles WHERE conversation_key = ?", phone.key) == [(0,)]
    stored = db_rows(stack, "SELECT count(*) FROM messages WHERE conversation_key = ?", phone.key)
    phone.send_silent("hola, sigues ahí?")
    phone.send_silent("HELP")
    assert db_rows(stack, "SELECT count(*) FROM messages WHERE conversation_key = ?", phone.key) == stored
    phone.send_silent("start")
    assert db_rows(stack, "SELECT opted_out FROM twilio_conversations WHERE conversation_key = ?",
                   phone.key) == [(0,)]
    assert phone.send("hola")
    assert counters(operator)["twilio_opt_out"] >= 1


def test_long_body_is_cut_for_the_dialogue_with_a_note(phone: Phone, stack: Stack) -> None:
    body = phone.send("necesito ayuda con mi trabajo " * 100)  # 3,000 characters
    pages = [body[0]]
    note = sms_text(rendered("utter_more", "es", number=MORE_NUMBER))
    while pages[-1].endswith(note):
        pages.append(phone.send(MORE_NUMBER)[0])
    text = " ".join(p.removesuffix(note) for p in pages)
    assert " ".join(sms_text(rendered("utter_message_truncated", "es")).split()) in " ".join(text.split())
    stored = transcript(stack, phone.key, direction="in")
    assert stored and all(len(t) <= MAX_BODY for t in stored)


# --------------------------------------------------------------------------- REST API
def _wait_status(stack: Stack, sql: str, *args: object, want: str = "delivered") -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        rows = db_rows(stack, sql, *args)
        if rows and rows[0][0] == want:
            return
        time.sleep(0.1)
    raise AssertionError(f"delivery status is {rows}, expected {want}")


def operator_writes(person: Phone, operator: httpx.Client, text: str, failures: tuple[int, int]) -> int:
    """The person asks for a person; the operator answers while Twilio answers `failures`.
    Returns how many messages the fake had sent to the person before."""
    person.send("hola")
    person.send("quiero hablar con una persona")
    handoff_id = open_handoff(person.stack, person.key)
    before = person.fake.wait_quiet(person.address)  # the turn's last replies must not take the failures
    person.fake.fail_next(*failures)
    resp = operator.post(f"/api/handoffs/{handoff_id}/messages", json={"text": text})
    assert resp.status_code == 201
    person.operator_message_id = resp.json()["id"]
    return before


def test_operator_reply_goes_out_through_twilio_and_leaves_no_address(
    whatsapp: Phone, fake_twilio: FakeTwilio, operator: httpx.Client, stack: Stack
) -> None:
    text = "Hola, soy Ana del equipo. El albergue atiende al 55 1234 5678."
    before = operator_writes(whatsapp, operator, text, (429, 1))  # retried with backoff
    msg = fake_twilio.wait_for(whatsapp.address, count=before + 1)[before]
    assert msg["Body"] == text and msg["From"] == "whatsapp:+14155238886"
    assert msg["StatusCallback"] == f"{stack.gateway_url}/channels/twilio/status"
    _wait_status(stack, "SELECT status FROM twilio_deliveries WHERE message_id = ?", whatsapp.operator_message_id)
    whatsapp.send_silent("gracias")  # already delivered: not repeated from the outbox
    number = whatsapp.address.removeprefix("whatsapp:")
    for path in stack.settings.data_dir.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert number.encode() not in blob and number.lstrip("+").encode() not in blob, path.name


def test_after_whatsapps_24_hours_an_operator_reply_waits_behind_an_approved_template(
    whatsapp: Phone, fake_twilio: FakeTwilio, operator: httpx.Client, stack: Stack
) -> None:
    """Before: the reply stayed in the outbox for ever (the handle had expired and WhatsApp
    refuses free text after 24 hours). Now: the handle is kept while the handoff is open, one
    approved template (ContentSid, no Body) asks the person to reply, and the reply comes with
    their answer."""
    whatsapp.send("hola")
    whatsapp.send("quiero hablar con una persona")
    handoff_id = open_handoff(stack, whatsapp.key)
    ((expires,),) = db_rows(stack, "SELECT expires_at FROM reply_handles WHERE conversation_key = ?", whatsapp.key)
    assert datetime.fromisoformat(expires) > utcnow() + timedelta(hours=48)  # held for the handoff (72 h)
    # A day and more without a word from the person: the window has closed (ours and Twilio's).
    with sqlite3.connect(stack.settings.data_dir / "hotline.db") as conn:
        conn.execute("UPDATE twilio_conversations SET window_ends_at = ? WHERE conversation_key = ?",
                     ((utcnow() - timedelta(hours=2)).isoformat(sep=" "), whatsapp.key))
    fake_twilio.close_window(whatsapp.address)
    before = len(fake_twilio.sent_to(whatsapp.address))
    text = "Hola, soy Ana del equipo. Ya tengo la dirección del albergue para ti."
    resp = operator.post(f"/api/handoffs/{handoff_id}/messages", json={"text": text})
    assert resp.status_code == 201
    template = fake_twilio.wait_for(whatsapp.address, count=before + 1)[before]
    assert template["ContentSid"] == fake_twilio.templates["es"] and "Body" not in template
    assert template["From"] == "whatsapp:+14155238886"
    _wait_status(stack, "SELECT status FROM twilio_deliveries WHERE conversation_key = ? AND kind = 'template'",
                 whatsapp.key)
    assert db_rows(stack, "SELECT count(*) FROM reply_handles WHERE conversation_key = ?", whatsapp.key) == [(0,)]
    assert db_rows(stack, "SELECT delivered FROM messages WHERE id = ?", resp.json()["id"]) == [(0,)]
    # The person answers the template: the operator's words come with the answer, unredacted.
    assert text in whatsapp.send("hola, aquí estoy")
    assert sum("ContentSid" in m for m in fake_twilio.sent_to(whatsapp.address)) == 1  # one announcement
    ((window_ends,),) = db_rows(stack, "SELECT window_ends_at FROM twilio_conversations WHERE conversation_key = ?",
                                whatsapp.key)
    assert datetime.fromisoformat(window_ends) > utcnow() + timedelta(hours=23)  # open again
    operator.post(f"/api/handoffs/{handoff_id}/close", json={"outcome": "other"})


def test_operator_reply_twilio_refuses_goes_with_the_next_reply(
    phone: Phone, fake_twilio: FakeTwilio, operator: httpx.Client, stack: Stack
) -> None:
    text = "Hola, soy Ana. Llama al albergue: 55 1234 5678"
    before = operator_writes(phone, operator, text, (500, 5))  # every attempt fails
    _wait_status(stack, "SELECT status FROM twilio_deliveries WHERE message_id = ?", phone.operator_message_id,
                 want="failed")
    assert len(fake_twilio.sent_to(phone.address)) == before
    assert text in "\n".join(phone.send("sigo aquí"))  # unredacted, from memory


def test_simulator_conversations_keep_the_outbox(
    gateway: httpx.Client, operator: httpx.Client, fake_twilio: FakeTwilio, stack: Stack
) -> None:
    sender = new_number()
    say(gateway, sender, "hola")
    say(gateway, sender, "quiero hablar con una persona")
    key = conversation_key(stack.settings.secret_key, sender, "whatsapp")
    (handoff_id,) = db_rows(stack, "SELECT id FROM handoffs WHERE conversation_key = ?", key)[0]
    operator.post(f"/api/handoffs/{handoff_id}/messages", json={"text": "Hola, aquí estoy"})
    polled = gateway.post("/channels/simulator/poll", json={"from": sender, "channel": "whatsapp"}).json()
    assert [r["text"] for r in polled["replies"]] == ["Hola, aquí estoy"]
    assert fake_twilio.sent_to(f"whatsapp:{sender}") == []


@pytest.fixture
def slow_gateway(stack: Stack, fake_twilio: FakeTwilio, tmp_path):  # noqa: ANN001, ANN201
    """A second gateway whose Rasa accepts connections and never answers."""
    import socket

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(64)
    settings = Settings(data_dir=tmp_path).resolved()
    slow = Stack(settings, rasa_port=srv.getsockname()[1], actions_port=stack.actions_port,
                 gateway_port=free_port(), log_dir=tmp_path / "logs")
    slow.extra_env.update(twilio_env(fake_twilio, slow.gateway_url))
    slow.start("gateway")
    try:
        with httpx.Client(base_url=slow.gateway_url, timeout=30) as client:
            for _ in range(200):  # up (its health is 503: Rasa does not answer)
                try:
                    client.get("/healthz")
                    break
                except httpx.TransportError:
                    time.sleep(0.3)
            yield slow, client
    finally:
        slow.stop()
        srv.close()


def test_slow_reply_is_acknowledged_at_once_and_sent_through_the_rest_api(
    slow_gateway, fake_twilio: FakeTwilio  # noqa: ANN001
) -> None:
    slow, client = slow_gateway
    phone = Phone(client, fake_twilio, slow)
    fake_twilio.fail_next(503)  # the first send is retried
    assert phone.send_raw("hola, necesito ayuda") == []  # empty TwiML, within the 2 s limit
    ack = phone.elapsed
    (msg,) = fake_twilio.wait_for(phone.address, timeout=20)
    assert msg["Body"] == rendered("utter_reply_delayed_no_country", "es")  # retried: its answer will follow
    assert msg["From"] == "+15005550006"
    _wait_status(slow, "SELECT status FROM twilio_deliveries WHERE conversation_key = ?", phone.key)
    print(f"slow-path webhook ack {ack * 1000:.0f} ms")


@pytest.fixture
def stalled_gateway(stack: Stack, fake_twilio: FakeTwilio, tmp_path, request):  # noqa: ANN001, ANN201
    """A second gateway that reaches the real Rasa through a proxy that can hold its answers
    (indirect parameter: extra environment for it)."""
    from tests.stall_proxy import StallProxy

    proxy = StallProxy(stack.rasa_port)
    settings = Settings(data_dir=tmp_path, rasa_token=stack.settings.rasa_token, rasa_timeout=2.0).resolved()
    gw = Stack(settings, rasa_port=proxy.port, actions_port=stack.actions_port,
               gateway_port=free_port(), log_dir=tmp_path / "logs")
    gw.extra_env.update({**twilio_env(fake_twilio, gw.gateway_url), "HOTLINE_RASA_TIMEOUT": "2",
                         **getattr(request, "param", {})})
    gw.start("gateway")
    try:
        with httpx.Client(base_url=gw.gateway_url, timeout=30) as client:
            for _ in range(200):
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.3)
            yield gw, client, proxy
    finally:
        gw.stop()
        proxy.close()


def test_rasa_timeout_sends_the_fallback_at_once_and_the_real_answer_later(
    stalled_gateway, fake_twilio: FakeTwilio, stack: Stack  # noqa: ANN001
) -> None:
    gw, client, proxy = stalled_gateway
    phone = Phone(client, fake_twilio, gw)
    proxy.hold.set()  # Rasa runs the turn; its answer is late
    started = time.monotonic()
    assert phone.send_raw("necesito un albergue") == []
    (fallback,) = fake_twilio.wait_for(phone.address, timeout=15)
    assert fallback["Body"] == rendered("utter_reply_delayed_no_country", "es")
    assert time.monotonic() - started < 8  # the Rasa timeout (2 s) and a send: not the retries
    proxy.hold.clear()
    msgs = fake_twilio.wait_for(phone.address, count=2, timeout=30)
    assert "ciudad" in msgs[1]["Body"].lower(), msgs[1]["Body"]  # the answer Rasa gave, from its tracker
    time.sleep(3)
    assert len(fake_twilio.sent_to(phone.address)) == 2  # no second fallback, no second answer
    tracker = httpx.get(f"{stack.rasa_url}/conversations/{phone.key}/tracker",
                        headers=RasaAuth(stack.settings.rasa_token).header()).json()
    users = [e for e in tracker["events"] if e["event"] == "user"]
    assert [u["text"] for u in users] == ["necesito un albergue"]  # processed once
    assert db_rows(gw, "SELECT count(*) FROM twilio_inbound_queue")[0][0] == 0


def test_a_turn_rasa_never_saw_is_retried_as_first_prepared(
    stalled_gateway, fake_twilio: FakeTwilio, stack: Stack  # noqa: ANN001
) -> None:
    """A disclosure whose first try timed out before Rasa read it. The first try screened it
    (a rise to priority: Rasa gets the disclosure intent) and stored it; the retry sends what the
    first try prepared. Screening again would see the message in its own history: no rise."""
    gw, client, proxy = stalled_gateway
    phone = Phone(client, fake_twilio, gw)
    phone.send("hola")
    before = len(fake_twilio.sent_to(phone.address))
    proxy.swallow.set()  # the request never reaches Rasa; the gateway times out
    assert phone.send_raw("el patrón se quedó con mi pasaporte") == []
    (fallback,) = phone.rest_replies(before, wait=15)
    assert fallback["Body"] == rendered("utter_reply_delayed_no_country", "es")
    proxy.swallow.clear()
    msgs = fake_twilio.wait_for(phone.address, count=before + 2, timeout=30)
    assert msgs[-1]["Body"] != fallback["Body"]
    tracker = httpx.get(f"{stack.rasa_url}/conversations/{phone.key}/tracker",
                        headers=RasaAuth(stack.settings.rasa_token).header()).json()
    users = [e for e in tracker["events"] if e["event"] == "user"]
    assert [u["text"] for u in users] == ["hola", "/report_exploitation"]  # sent once, as prepared
    person = transcript(gw, phone.key, author="person")
    assert person == ["hola", "el patrón se quedó con mi pasaporte"]  # stored once, though tried twice
    bot = transcript(gw, phone.key, author="bot")
    after = bot[bot.index(fallback["Body"]) + 1:]  # then the answer, once
    assert after and msgs[-1]["Body"].startswith(after[0]) and fallback["Body"] not in after
    assert db_rows(gw, "SELECT count(*) FROM twilio_inbound_queue")[0][0] == 0


@pytest.mark.parametrize("stalled_gateway", [{"HOTLINE_RASA_CONCURRENCY": "1", "HOTLINE_RASA_TIMEOUT": "10"}],
                         indirect=True)
def test_with_every_slot_to_rasa_taken_the_webhook_only_stores_and_the_queue_runs_it(
    stalled_gateway, fake_twilio: FakeTwilio  # noqa: ANN001
) -> None:
    gw, client, proxy = stalled_gateway
    first, second = Phone(client, fake_twilio, gw), Phone(client, fake_twilio, gw)
    proxy.hold.set()  # the first turn holds the only slot
    assert first.send_raw("necesito un albergue") == []  # past the reply budget: REST later
    assert second.send_raw("necesito un albergue") == []  # no slot: stored, acknowledged, queued
    assert counters(client, gw.settings.operator_token).get("twilio_ack_saturated") == 1
    proxy.hold.clear()  # well within the Rasa timeout (10 s here)
    shelter_answers(fake_twilio, [first, second], timeout=30)
    assert db_rows(gw, "SELECT count(*) FROM twilio_inbound_queue")[0][0] == 0


@pytest.mark.parametrize("stalled_gateway", [{"HOTLINE_RASA_CONCURRENCY": "1", "HOTLINE_RASA_TIMEOUT": "10"}],
                         indirect=True)
def test_a_burst_runs_only_as_many_turns_as_there_are_slots_and_queues_the_rest(
    stalled_gateway, fake_twilio: FakeTwilio  # noqa: ANN001
) -> None:
    """Webhooks arriving together are admitted on arrival, before any turn has taken Rasa's
    slot: one slot, one turn run by its webhook; the others are stored and acknowledged."""
    gw, client, proxy = stalled_gateway
    before = counters(client, gw.settings.operator_token).get("twilio_ack_saturated", 0)
    phones = [Phone(client, fake_twilio, gw) for _ in range(5)]
    proxy.hold.set()
    with ThreadPoolExecutor(len(phones)) as pool:
        acks = list(pool.map(lambda ph: ph.send_raw("necesito un albergue"), phones))
    assert acks == [[]] * len(phones)  # none answered within the budget: Rasa is held
    saturated = counters(client, gw.settings.operator_token).get("twilio_ack_saturated", 0)
    assert saturated - before == len(phones) - 1
    proxy.hold.clear()
    shelter_answers(fake_twilio, phones, timeout=60)
    assert db_rows(gw, "SELECT count(*) FROM twilio_inbound_queue")[0][0] == 0


@pytest.mark.parametrize("stalled_gateway", [{"TWILIO_QUEUE_LEASE": "5", "HOTLINE_RASA_TIMEOUT": "12"}],
                         indirect=True)
def test_a_turn_that_outlives_its_lease_keeps_its_row_and_is_answered_once(
    stalled_gateway, fake_twilio: FakeTwilio  # noqa: ANN001
) -> None:
    """Rasa holds the answer past the row's 5 s lease: the gateway renews the lease while the
    turn runs, so another worker (this test, claiming as a sweeper does) cannot take the row
    and send the message to Rasa a second time."""
    gw, client, proxy = stalled_gateway
    phone = Phone(client, fake_twilio, gw)
    proxy.hold.set()
    assert phone.send_raw("necesito un albergue") == []  # past the reply budget: REST later
    time.sleep(8)  # past the first lease
    engine = make_engine(gw.settings.database_url)
    try:
        with Session(engine) as db:
            (row_id,) = db.scalars(select(InboundQueueItem.id).where(InboundQueueItem.status == "working")).all()
            assert queue.claim(db, queue.INBOUND, row_id, utcnow(), 5) is None
    finally:
        engine.dispose()
    proxy.hold.clear()
    shelter_answers(fake_twilio, [phone], timeout=30)
    assert db_rows(gw, "SELECT count(*) FROM twilio_inbound_queue")[0][0] == 0


# --------------------------------------------------------------------------- country from the calling code
def test_the_emergency_number_comes_in_the_first_reply_from_the_calling_code(
    gateway: httpx.Client, fake_twilio: FakeTwilio, stack: Stack, operator: httpx.Client
) -> None:
    """A Guatemalan number (fictitious: all-zero group after +502) in danger gets 110 at once,
    not "tell me your country"; only the country is stored. A +1 number whose area code no
    country has gets the question; a place the person names wins over the calling code."""
    number = f"+5020000{uuid.uuid4().int % 10**4:04d}"
    guatemala = Phone(gateway, fake_twilio, stack, "whatsapp", number=number)
    replies = guatemala.send("ayuda me estan golpeando ahora mismo")
    assert rendered("utter_emergency_number", "es", number="110") in replies, replies
    assert db_rows(stack, "SELECT country FROM conversations WHERE key = ?", guatemala.key) == [("GT",)]
    undecided = Phone(gateway, fake_twilio, stack, "whatsapp")  # +1 555: no country has that area code
    assert rendered("utter_emergency_no_country", "es") in undecided.send("ayuda me estan golpeando ahora mismo")
    mexican_sim = Phone(gateway, fake_twilio, stack, "whatsapp", number=f"+52000000{uuid.uuid4().int % 10**4:04d}")
    mexican_sim.send("hola")
    mexican_sim.send("estoy en Guatemala")
    assert rendered("utter_emergency_number", "es", number="110") in mexican_sim.send(
        "ayuda me estan golpeando ahora mismo")
    for person in (guatemala, undecided, mexican_sim):
        operator.post(f"/api/handoffs/{open_handoff(stack, person.key)}/close", json={"outcome": "other"})
    digits = number.lstrip("+").encode()
    for path in stack.settings.data_dir.rglob("*"):
        if path.is_file():
            assert digits not in path.read_bytes(), path.name
