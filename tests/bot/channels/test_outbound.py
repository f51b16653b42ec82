"""A gateway killed while sending: the row it left `sending` is taken up by another gateway's
sweeper once its lease runs out, and that gateway first asks Twilio (the Message list resource)
whether the message already went out: recorded then, never sent twice; sent if it did not, or if
Twilio cannot be asked. Real SQLite database layer, tests/fake_twilio.py through the twilio library."""
from __future__ import annotations

import itertools
import json
import socket
import time
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import sessionmaker

from bot.channels import queue
from bot.channels.outbound import NO_ANSWER, Outbound, sid_hash
from bot.db.base import utcnow
from bot.db.channels import OutboundQueueItem, TwilioDelivery
from bot.gateway import store
from bot.privacy import handles
from bot.settings import TwilioSettings
from tests.fake_twilio import FakeTwilio
from tests.markers import starts

KEY = "o" * 64
BODY = "Hola. Estoy aquí para escucharte. Escribe 1 para hablar con una persona."
TEMPLATE_TEXT = "Tienes un mensaje nuevo. Responde a este chat para leerlo."
NUMBERS = itertools.count(200)


@pytest.fixture(scope="module")
@starts("twilio_fake")
def fake() -> FakeTwilio:
    fake = FakeTwilio(callbacks=False).start()
    fake.seed_templates({"es": TEMPLATE_TEXT})
    yield fake
    fake.stop()


@pytest.fixture(autouse=True)
def conversation(sessions: sessionmaker) -> None:
    with sessions() as db:
        store.get_or_create_conversation(db, KEY, "sms")
        db.commit()


def settings_for(fake: FakeTwilio, api: str | None = None) -> TwilioSettings:
    return TwilioSettings(account_sid=fake.account_sid, auth_token=fake.auth_token, api_base_url=api or fake.url,
                          content_api_base_url=fake.url, sms_from="+15005550006",
                          whatsapp_from="whatsapp:+14155238886", retry_base=0.01)


@dataclass
class Gateway:
    """One gateway's Outbound, on the shared database and keys."""

    outbound: Outbound
    counters: Counter


@pytest.fixture
def gateway(fake: FakeTwilio, sessions: sessionmaker, tmp_path: Path):  # noqa: ANN201
    keyring = handles.keyring(tmp_path)
    made: list[Gateway] = []

    def make(api: str | None = None) -> Gateway:
        counters: Counter = Counter()
        made.append(Gateway(Outbound(settings_for(fake, api), sessions, "secret", lambda: keyring,
                                     lambda name: counters.update([name])), counters))
        return made[-1]

    yield make
    for g in made:
        g.outbound.close()


def address() -> str:
    return f"+1555555{next(NUMBERS):04d}"  # fictitious, one per test


def queued(sessions: sessionmaker, gw: Gateway, to: str, body: str, kind: str = "reply") -> int:
    with sessions() as db:
        gw.outbound.enqueue(db, KEY, to, [body], kind=kind)
        db.commit()
        return db.scalar(select(OutboundQueueItem.id).order_by(OutboundQueueItem.id.desc()))


def died_sending(sessions: sessionmaker, gw: Gateway, row_id: int, to: str, body: str, reached: bool,
                 kind: str = "reply") -> str | None:
    """What a gateway SIGKILLed in `_attempt` leaves: the row claimed (`sending`), the message
    at Twilio or not, no outcome recorded; the lease then runs out. The SID Twilio gave, if any."""
    with sessions() as db:
        row = queue.claim(db, queue.OUTBOUND, row_id, utcnow(), 60)
        assert row is not None and row.status == "sending"
        token = row.attempts
    sid = None
    if reached:
        sender = gw.outbound.sender
        sid = (sender.send_template_once(to, json.loads(body), token) if kind == "template"
               else sender.send_once(to, body, token)).sid
    expire(sessions, row_id)
    return sid


def expire(sessions: sessionmaker, row_id: int) -> None:
    with sessions() as db:
        db.execute(update(OutboundQueueItem).where(OutboundQueueItem.id == row_id)
                   .values(lease_until=utcnow() - timedelta(seconds=1)))
        db.commit()


def swept(sessions: sessionmaker, gw: Gateway, timeout: float = 10.0) -> list[TwilioDelivery]:
    """Another gateway's sweeper takes the row up; its deliveries once the queue is empty."""
    assert gw.outbound.sweep() == 1
    deadline = time.monotonic() + timeout
    while True:
        with sessions() as db:
            if db.scalar(select(OutboundQueueItem.id)) is None:
                return list(db.scalars(select(TwilioDelivery).order_by(TwilioDelivery.id)))
        assert time.monotonic() < deadline, "the row was never settled"
        time.sleep(0.05)


@pytest.mark.parametrize("reached,lookup_fails,messages,counter", [
    (True, False, 1, "twilio_outbound_already_sent"),  # Twilio had it: recorded, not sent again
    (False, False, 1, None),  # it never got there: sent now
    (True, True, 2, "twilio_outbound_lookup_failed"),  # Twilio cannot be asked: twice rather than never
    (False, True, 1, "twilio_outbound_lookup_failed"),
], ids=["reached", "not-reached", "reached-lookup-fails", "not-reached-lookup-fails"])
def test_a_row_left_sending_is_sent_only_if_twilio_does_not_have_it(
        fake: FakeTwilio, sessions: sessionmaker, gateway, reached: bool, lookup_fails: bool,  # noqa: ANN001
        messages: int, counter: str | None) -> None:
    killed, sweeper, to = gateway(), gateway(), address()
    row_id = queued(sessions, killed, to, BODY)
    sid = died_sending(sessions, killed, row_id, to, BODY, reached)
    if lookup_fails:
        fake.fail_next(503)  # the list request is the sweeper's first
    (delivery,) = swept(sessions, sweeper)
    got = fake.sent_to(to)
    assert len(got) == messages and all(m["Body"] == BODY for m in got)
    if reached and not lookup_fails:
        assert delivery.sid_hash == sid_hash("secret", sid)  # the message the dead gateway sent
    else:
        assert delivery.sid_hash == sid_hash("secret", got[-1]["Sid"])
    assert delivery.status == "queued" and delivery.kind == "reply" and delivery.attempts == 2
    assert sweeper.counters["twilio_sent"] == 1
    assert set(sweeper.counters) - {"twilio_sent"} == ({counter} if counter else set())


def test_a_template_left_sending_is_found_by_its_rendered_text(
        fake: FakeTwilio, sessions: sessionmaker, gateway) -> None:  # noqa: ANN001
    killed, sweeper, to = gateway(), gateway(), "whatsapp:" + address()
    template = json.dumps({"content_sid": fake.templates["es"], "variables": {}, "language": "es"})
    row_id = queued(sessions, killed, to, template, kind="template")
    sid = died_sending(sessions, killed, row_id, to, template, reached=True, kind="template")
    (delivery,) = swept(sessions, sweeper)
    (msg,) = fake.sent_to(to)
    assert msg["ContentSid"] == fake.templates["es"] and delivery.sid_hash == sid_hash("secret", sid)
    assert sweeper.counters["twilio_outbound_already_sent"] == 1


@pytest.mark.parametrize("case", ["identical-before-the-row", "recorded-by-another-row", "other-text"])
def test_only_an_unrecorded_message_with_the_text_since_the_row_counts(
        fake: FakeTwilio, sessions: sessionmaker, gateway, case: str) -> None:  # noqa: ANN001
    """The person may have had the same text before (a greeting twice): that one is not this row's."""
    killed, sweeper, to = gateway(), gateway(), address()
    if case == "identical-before-the-row":
        fake.backdate(killed.outbound.sender.send_once(to, BODY).sid, 5)
    row_id = queued(sessions, killed, to, BODY)
    if case == "recorded-by-another-row":
        other = killed.outbound.sender.send_once(to, BODY).sid
        with sessions() as db:
            db.add(TwilioDelivery(conversation_key=KEY, kind="reply", sid_hash=sid_hash("secret", other),
                                  status="queued", attempts=1))
            db.commit()
    if case == "other-text":
        killed.outbound.sender.send_once(to, BODY + " 2")
    died_sending(sessions, killed, row_id, to, BODY, reached=False)
    deliveries = swept(sessions, sweeper)
    got = fake.sent_to(to)
    assert len(got) == 2 and got[-1]["Body"] == BODY  # sent: nothing of Twilio's was this row's
    assert deliveries[-1].sid_hash == sid_hash("secret", got[-1]["Sid"])
    assert "twilio_outbound_already_sent" not in sweeper.counters


def test_a_send_without_an_answer_is_looked_up_before_it_is_sent_again(
        fake: FakeTwilio, sessions: sessionmaker, gateway) -> None:  # noqa: ANN001
    """No HTTP answer (here: nothing listening) may mean Twilio has it: the retry looks first."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]  # nothing listens there once the socket is closed
    cut_off, to = gateway(api=f"http://127.0.0.1:{closed}"), address()
    row_id = queued(sessions, cut_off, to, BODY)
    cut_off.outbound._attempt(row_id)
    with sessions() as db:
        row = db.get(OutboundQueueItem, row_id)
        assert (row.status, row.last_error) == ("pending", NO_ANSWER)
    sweeper = gateway()
    expire(sessions, row_id)
    (delivery,) = swept(sessions, sweeper)
    (msg,) = fake.sent_to(to)
    assert delivery.sid_hash == sid_hash("secret", msg["Sid"]) and delivery.attempts == 2
    assert sweeper.counters["twilio_sent"] == 1 and "twilio_outbound_already_sent" not in sweeper.counters


def test_the_fake_lists_messages_like_twilio(fake: FakeTwilio, gateway) -> None:  # noqa: ANN001
    """Newest first, filtered by To, paged with next_page_uri, behind basic auth."""
    gw, to = gateway(), address()
    sids = [gw.outbound.sender.send_once(to, f"uno {i}").sid for i in range(3)]
    client = gw.outbound.sender.client()
    listed = client.messages.list(to=to, page_size=2)  # two pages
    assert [m.sid for m in listed] == sids[::-1] and {m.to for m in listed} == {to}
    assert all(m.direction == "outbound-api" and m.date_created is not None for m in listed)
    url = f"{fake.url}/2010-04-01/Accounts/{fake.account_sid}/Messages.json"
    page = httpx.get(url, params={"To": to, "PageSize": 2}, auth=(fake.account_sid, fake.auth_token)).json()
    assert [m["sid"] for m in page["messages"]] == sids[:0:-1] and page["next_page_uri"]
    assert page["messages"][0]["date_created"].endswith("GMT")  # RFC 2822
    assert httpx.get(url, params={"To": to}, auth=(fake.account_sid, "wrong")).status_code == 401


def test_a_send_that_reached_twilio_without_an_answer_is_not_sent_again(
        fake: FakeTwilio, sessions: sessionmaker, gateway) -> None:  # noqa: ANN001
    """The answer was lost on the way back (a timeout): Twilio has the message, the retry finds it."""
    first, to = gateway(), address()
    row_id = queued(sessions, first, to, BODY)
    with sessions() as db:
        token = queue.claim(db, queue.OUTBOUND, row_id, utcnow(), 60).attempts
    sid = first.outbound.sender.send_once(to, BODY, token).sid
    with sessions() as db:
        assert queue.release(db, queue.OUTBOUND, row_id, token, utcnow(), NO_ANSWER)
    (delivery,) = swept(sessions, first)
    assert len(fake.sent_to(to)) == 1 and delivery.sid_hash == sid_hash("secret", sid)
    assert first.counters["twilio_outbound_already_sent"] == 1


def test_the_handle_keyring_is_read_whole_by_concurrent_webhooks_and_reloaded_on_rotation(tmp_path: Path) -> None:
    """Webhooks on several threads read the keyring while one loads it; each gets a keyring
    (a reader once got the keyring without its stamp: KeyError, a 500 to Twilio)."""
    import threading

    from bot.channels.outbound import keyring_loader

    loads: list[object] = []

    def slow_load(data_dir: Path) -> object:
        time.sleep(0.02)
        ring = object()
        loads.append(ring)
        return ring

    fernet = keyring_loader(tmp_path, slow_load)  # type: ignore[arg-type]
    results: list[object] = []
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(20):
                results.append(fernet())
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 160 and set(map(id, results)) <= set(map(id, loads))
    key_file = tmp_path / handles.KEY_FILE
    key_file.write_text("rotated")
    before = len(loads)
    fernet()
    assert len(loads) == before + 1  # a new key file: loaded again, once
    fernet()
    assert len(loads) == before + 1
