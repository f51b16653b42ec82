"""The durable Twilio queues on the real stack (Rasa, actions, gateway, fake Twilio REST).

Left-over rows ("a worker died") are written through the real schema and the gateway's own
handle keys, exactly as a gateway process would have left them.
"""
from __future__ import annotations

import threading
import time
import uuid
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.channels.inbound import inbound_digest
from bot.db.base import utcnow
from bot.db.channels import InboundQueueItem, OutboundQueueItem
from bot.db.session import make_engine
from bot.privacy import handles
from bot.privacy.pseudonym import pseudonym
from bot.rasa_auth import RasaAuth
from bot.supervisor import Stack
from tests.fake_twilio import FakeTwilio, webhook_params
from tests.system.helpers import rendered
from tests.system.test_twilio_webhooks import ACK_LIMIT, Phone, db_rows, open_handoff, twiml_bodies


MAX_ATTEMPTS = 5  # TWILIO_QUEUE_ATTEMPTS default


@pytest.fixture
def phone(gateway: httpx.Client, fake_twilio: FakeTwilio, stack: Stack) -> Phone:
    return Phone(gateway, fake_twilio, stack)


@pytest.fixture(scope="module")
def db(stack: Stack):  # noqa: ANN201
    engine = make_engine(stack.settings.database_url)
    with Session(engine, expire_on_commit=False) as session:  # rows outlive their deletion here
        yield session
    engine.dispose()


def left_over(db: Session, stack: Stack, address: str, text: str, attempts: int = 1) -> InboundQueueItem:
    """A row a gateway claimed and then died with: `working`, lease expired."""
    fernet = handles.keyring(stack.settings.data_dir)
    secret = stack.settings.secret_key
    row = InboundQueueItem(
        sid_hash=inbound_digest(secret, "SM" + uuid.uuid4().hex), conversation_key=pseudonym(secret, address),
        channel="whatsapp" if address.startswith("whatsapp:") else "sms", address_token=fernet.encrypt(address.encode()).decode(), text=text, truncated=False,
        num_media=0, status="working", attempts=attempts, lease_until=utcnow() - timedelta(seconds=1),
        created_at=utcnow() - timedelta(seconds=40))
    db.add(row)
    db.commit()
    return row


def queue_rows(stack: Stack, key: str) -> list[tuple]:
    return db_rows(stack, "SELECT status, attempts FROM twilio_inbound_queue WHERE conversation_key = ?", key)


def user_events(stack: Stack, key: str) -> list[dict]:
    resp = httpx.get(f"{stack.rasa_url}/conversations/{key}/tracker",
                     headers=RasaAuth(stack.settings.rasa_token).header(), timeout=30)
    assert resp.status_code == 200
    return [e for e in resp.json()["events"] if e["event"] == "user"]


def wait_gone(stack: Stack, key: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and queue_rows(stack, key):
        time.sleep(0.1)
    assert queue_rows(stack, key) == []


# --------------------------------------------------------------------------- idempotency
def test_a_message_sid_posted_twice_at_once_is_processed_once(phone: Phone, stack: Stack) -> None:
    params = webhook_params(phone.fake, phone.address, "hola, necesito ayuda")
    answers: list[httpx.Response] = []

    def post() -> None:
        answers.append(phone.post(params))

    threads = [threading.Thread(target=post) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert [r.status_code for r in answers] == [200, 200, 200]
    replied = [r for r in answers if twiml_bodies(r)]
    rest = phone.rest_replies(0, wait=3.0)
    assert len(replied) + (1 if rest else 0) == 1  # one turn, answered one way
    assert len(user_events(stack, phone.key)) == 1
    wait_gone(stack, phone.key)  # nothing lingers once done


# --------------------------------------------------------------------------- workers
def test_a_dead_workers_message_is_answered_once_by_the_sweeper(
    phone: Phone, fake_twilio: FakeTwilio, stack: Stack, db: Session
) -> None:
    row = left_over(db, stack, phone.address, "hola, buenas noches")
    (msg,) = fake_twilio.wait_for(phone.address, count=1, timeout=20)
    assert msg["From"] == "+15005550006" and msg["Body"]
    wait_gone(stack, phone.key)
    time.sleep(1.5)  # several sweeps later: still once
    assert len(fake_twilio.sent_to(phone.address)) == 1
    events = user_events(stack, phone.key)
    assert [e["metadata"]["inbound_id"] for e in events] == ["tw-" + row.sid_hash[:32]]


def test_a_message_rasa_already_processed_is_not_sent_to_rasa_again(
    gateway: httpx.Client, fake_twilio: FakeTwilio, stack: Stack, db: Session
) -> None:
    """The worker died after Rasa took the turn: the retry finds it in the tracker and sends
    the replies that followed it, without a second turn."""
    phone = Phone(gateway, fake_twilio, stack, "whatsapp")
    row = left_over(db, stack, phone.address, "hello good evening", attempts=1)
    row.lease_until = utcnow() + timedelta(seconds=30)  # still "working" while Rasa takes it
    db.commit()
    inbound_id = "tw-" + row.sid_hash[:32]
    direct = httpx.post(f"{stack.rasa_url}/webhooks/rest/webhook", timeout=30, json={
        "sender": phone.key, "message": "hello good evening",
        "metadata": {"inbound_id": inbound_id, "language": "en", "channel": "whatsapp"}}).json()
    expected = [r["text"] for r in direct if r.get("text")]
    assert expected
    row.lease_until = utcnow() - timedelta(seconds=1)  # ... and then the worker died
    db.commit()
    msgs = fake_twilio.wait_for(phone.address, count=1, timeout=20)
    wait_gone(stack, phone.key)
    time.sleep(0.5)
    assert [m["Body"] for m in fake_twilio.sent_to(phone.address)] == expected, msgs
    assert [e["metadata"]["inbound_id"] for e in user_events(stack, phone.key)] == [inbound_id]


def test_a_response_whose_text_rasa_lost_is_rendered_by_the_gateway_on_the_retry(
    gateway: httpx.Client, fake_twilio: FakeTwilio, stack: Stack, db: Session
) -> None:
    """Rasa ran utter_greet but its NLG call failed (a gateway died, the database restarted):
    the tracker has the person's message and the action, no bot text. The retry renders the
    response itself instead of sending the fallback, and Rasa does not see the message again."""
    phone = Phone(gateway, fake_twilio, stack)
    row = left_over(db, stack, phone.address, "hola", attempts=1)
    row.lease_until = utcnow() + timedelta(seconds=30)  # still "working" while Rasa takes it
    db.commit()
    inbound_id = "tw-" + row.sid_hash[:32]
    resp = httpx.post(f"{stack.rasa_url}/conversations/{phone.key}/tracker/events", timeout=30,
                      headers=RasaAuth(stack.settings.rasa_token).header(), json=[
                          {"event": "user", "text": "hola", "metadata": {"inbound_id": inbound_id, "language": "es"},
                           "parse_data": {"intent": {"name": "greet", "confidence": 1.0}, "entities": []}},
                          {"event": "action", "name": "utter_greet"},
                          {"event": "action", "name": "action_listen"}])
    assert resp.status_code == 200, resp.text
    row.lease_until = utcnow() - timedelta(seconds=1)  # ... and then the worker died
    db.commit()
    fake_twilio.wait_for(phone.address, count=1, timeout=20)
    wait_gone(stack, phone.key)
    time.sleep(0.5)
    assert [m["Body"] for m in fake_twilio.sent_to(phone.address)] == [rendered("utter_greet", "es")]
    assert [e["metadata"]["inbound_id"] for e in user_events(stack, phone.key)] == [inbound_id]


def test_concurrent_webhooks_of_one_person_are_processed_in_order(phone: Phone, stack: Stack) -> None:
    words = ["hola", "busco un albergue", "estoy en Tapachula", "gracias"]  # no handoff: all reach Rasa
    sids = ["SM" + uuid.uuid4().hex for _ in words]
    answers: dict[int, httpx.Response] = {}

    def post(i: int) -> None:
        answers[i] = phone.post(webhook_params(phone.fake, phone.address, words[i], MessageSid=sids[i],
                                               SmsMessageSid=sids[i]))

    threads = []
    for i in range(len(words)):  # each request starts while the earlier ones are still open
        threads.append(threading.Thread(target=post, args=(i,)))
        threads[-1].start()
        time.sleep(0.1)
    for t in threads:
        t.join(30)
    assert all(answers[i].status_code == 200 for i in range(len(words)))
    wait_gone(stack, phone.key, timeout=40)
    secret = stack.settings.secret_key
    expected = ["tw-" + inbound_digest(secret, sid)[:32] for sid in sids]
    assert [e["metadata"]["inbound_id"] for e in user_events(stack, phone.key)] == expected


def test_a_message_that_keeps_failing_becomes_a_dead_letter(
    phone: Phone, fake_twilio: FakeTwilio, stack: Stack, db: Session, operator: httpx.Client,
    gateway: httpx.Client
) -> None:
    before = operator.get("/api/inbound/dead").json()
    row = left_over(db, stack, phone.address, "hola", attempts=MAX_ATTEMPTS)  # its last worker died too
    (msg,) = fake_twilio.wait_for(phone.address, count=1, timeout=20)
    assert msg["Body"] == rendered("utter_service_unavailable_no_country", "es")  # fallback, never silence
    dead = operator.get("/api/inbound/dead").json()
    (mine,) = [d for d in dead["dead"] if d["id"] == row.id]
    assert mine["attempts"] == MAX_ATTEMPTS + 1 and mine["error"] == "worker_lost" and mine["channel"] == "sms"
    assert "text" not in mine and dead["queue"]["dead"] == before["queue"]["dead"] + 1
    assert db_rows(stack, "SELECT address_token FROM twilio_inbound_queue WHERE id = ?", row.id) == [(None,)]
    assert gateway.get("/api/inbound/dead").status_code == 401  # operators only
    health = gateway.get("/healthz").json()["components"]["inbound_queue"]
    assert health["dead"] >= 1 and {"depth", "oldest_age_s"} <= health.keys()
    assert operator.get("/api/metrics").json()["counters"]["twilio_inbound_dead"] >= 1
    assert not phone.rest_replies(1, wait=1.0)  # and only once


# --------------------------------------------------------------------------- outbound
def test_outbound_is_recorded_before_sending_and_retried_through_500s(
    phone: Phone, fake_twilio: FakeTwilio, operator: httpx.Client, stack: Stack
) -> None:
    text = "Hola, soy Ana. El albergue abre a las 8."
    phone.send("hola")
    phone.send("quiero hablar con una persona")
    handoff_id = open_handoff(stack, phone.key)
    before = fake_twilio.wait_quiet(phone.address)  # the turn's last replies must not take the failures
    fake_twilio.fail_next(500, 3)
    resp = operator.post(f"/api/handoffs/{handoff_id}/messages", json={"text": text})
    assert resp.status_code == 201
    seen = []
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and len(fake_twilio.sent_to(phone.address)) == before:
        seen += db_rows(stack, "SELECT status, attempts, body_token FROM twilio_outbound_queue "
                               "WHERE conversation_key = ?", phone.key)
        time.sleep(0.02)
    assert seen, "no outbound row while Twilio answered 500"
    assert {s for s, _, _ in seen} <= {"pending", "sending"} and max(a for _, a, _ in seen) >= 2
    assert all(text not in token and "Ana" not in token for _, _, token in seen)  # encrypted at rest
    time.sleep(1.0)
    sent = fake_twilio.sent_to(phone.address)[before:]
    assert [m["Body"] for m in sent] == [text]  # once, after the retries
    assert db_rows(stack, "SELECT count(*) FROM twilio_outbound_queue WHERE conversation_key = ?",
                   phone.key) == [(0,)]
    assert db_rows(stack, "SELECT attempts FROM twilio_deliveries WHERE message_id = ?",
                   resp.json()["id"]) == [(4,)]


def test_an_unsent_outbound_row_left_by_a_dead_process_is_sent_once(
    phone: Phone, fake_twilio: FakeTwilio, stack: Stack, db: Session
) -> None:
    fernet = handles.keyring(stack.settings.data_dir)
    db.add(OutboundQueueItem(conversation_key=phone.key, kind="reply", message_id=None,
                             address_token=fernet.encrypt(phone.address.encode()).decode(),
                             body_token=fernet.encrypt(b"respuesta pendiente").decode(), status="sending",
                             attempts=1, lease_until=utcnow() - timedelta(seconds=1)))
    db.commit()
    (msg,) = fake_twilio.wait_for(phone.address, count=1, timeout=20)
    assert msg["Body"] == "respuesta pendiente"
    time.sleep(1.5)
    assert len(fake_twilio.sent_to(phone.address)) == 1
    assert db.scalars(select(OutboundQueueItem).where(
        OutboundQueueItem.conversation_key == phone.key).execution_options(populate_existing=True)).all() == []


def test_fast_path_ack_stays_within_the_limit_and_leaves_no_row(phone: Phone, stack: Stack) -> None:
    assert phone.send("hola")
    assert phone.elapsed < ACK_LIMIT
    wait_gone(stack, phone.key)
