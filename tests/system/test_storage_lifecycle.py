"""The life of what a person wrote, on the real stack (Rasa, actions, gateway, fake Twilio):
sealed in Rasa's tracker, gone with an erasure (messages not yet sent included), gone when a
closed case's review period ends, and a replayed webhook refused long after Twilio's retries."""
from __future__ import annotations

import sqlite3
import time
from datetime import timedelta

import httpx
import pytest

from bot.db.base import utcnow
from bot.gateway.routers.simulator import conversation_key
from bot.privacy.purge import purge
from bot.rasa_auth import RasaAuth
from bot.supervisor import Stack
from tests.fake_twilio import FakeTwilio, webhook_params
from tests.system.helpers import new_sender, rendered, say, texts
from tests.system.test_twilio_webhooks import Phone, db_rows, open_handoff, twiml_bodies


# Words no redactor removes (checked below): distinctive, but no address (since issue #18 "la casa
# del portón azul detrás del molino" is one and is redacted).
WORDS = "me gusta el portón azul y el molino de los Zanahoriales de noche"
NEEDLES = (b"Zanahoriales", "portón azul".encode(), b"molino de los")


@pytest.fixture
def phone(gateway: httpx.Client, fake_twilio: FakeTwilio, stack: Stack) -> Phone:
    return Phone(gateway, fake_twilio, stack)


def tracker_events(stack: Stack, key: str) -> list[dict]:
    resp = httpx.get(f"{stack.rasa_url}/conversations/{key}/tracker",
                     headers=RasaAuth(stack.settings.rasa_token).header(), timeout=30)
    assert resp.status_code == 200
    return resp.json()["events"]


def tracker_files(stack: Stack) -> dict[str, bytes]:
    path = stack.settings.sqlite_tracker_path
    return {p.name: p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file()}


def test_rasa_keeps_the_words_it_needs_sealed(gateway: httpx.Client, stack: Stack) -> None:
    from bot.privacy.redaction import redact

    assert redact(WORDS, "es") == WORDS, "the redactor took the words: the test would prove nothing"
    sender = new_sender()
    say(gateway, sender, "hola")
    say(gateway, sender, WORDS)
    key = conversation_key(stack.settings.secret_key, sender, "whatsapp")
    # Rasa reads them back (its actions and the gateway's recovery need them)...
    assert any(e.get("text") == WORDS for e in tracker_events(stack, key) if e["event"] == "user")
    # ...and its database holds them sealed: every event of the conversation, in any file.
    with sqlite3.connect(stack.settings.sqlite_tracker_path) as conn:
        rows = conn.execute("SELECT type_name, data FROM events WHERE sender_id = ?", (key,)).fetchall()
        keys = conn.execute("SELECT count(*) FROM hotline_tracker_keys WHERE sender_id = ?", (key,)).fetchone()
    assert rows and all(data.startswith("hk1:") for _, data in rows) and keys == (1,)
    for name, blob in tracker_files(stack).items():
        for needle in NEEDLES:
            assert needle not in blob, f"{needle!r} in {name}"


def test_erasure_cancels_operator_messages_not_yet_sent(
    phone: Phone, fake_twilio: FakeTwilio, operator: httpx.Client, stack: Stack
) -> None:
    phone.send("hola")
    phone.send("quiero hablar con una persona")
    handoff_id = open_handoff(stack, phone.key)
    before = len(fake_twilio.sent_to(phone.address))
    fake_twilio.fail_next(500, 4)  # Twilio is down for a moment: the message waits to be retried
    try:
        resp = operator.post(f"/api/handoffs/{handoff_id}/messages",
                             json={"text": "Hola, soy Ana. Te llamo al 555 0100 en cinco minutos."})
        assert resp.status_code == 201
        deadline = time.monotonic() + 5
        while not db_rows(stack, "SELECT count(*) FROM twilio_outbound_queue WHERE conversation_key = ?",
                          phone.key)[0][0] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert phone.send("BORRAR") == [rendered("utter_data_deleted", "es")]
        assert db_rows(stack, "SELECT count(*) FROM twilio_outbound_queue WHERE conversation_key = ?",
                       phone.key) == [(0,)]
        time.sleep(3.0)  # past every retry the message had left
        sent = [m["Body"] for m in fake_twilio.sent_to(phone.address)[before:]]
        assert not any("Ana" in b for b in sent), sent
    finally:
        with fake_twilio._lock:
            fake_twilio._failures.clear()


def test_erasure_forgets_the_replies_kept_for_twilios_retries(phone: Phone, stack: Stack) -> None:
    first = webhook_params(phone.fake, phone.address, "hola, necesito un albergue")
    answered = twiml_bodies(phone.post(first))
    if not answered:
        pytest.skip("the turn outlived the reply budget on this machine: no TwiML reply was kept")
    assert twiml_bodies(phone.post(first)) == answered  # Twilio's retry gets the same answer...
    assert phone.send("BORRAR") == [rendered("utter_data_deleted", "es")]
    assert twiml_bodies(phone.post(first)) == []  # ...until the person erases the conversation


def test_a_webhook_replayed_after_the_dedupe_window_is_refused(phone: Phone, stack: Stack) -> None:
    """Twilio's signature has no timestamp: a captured request stays valid. Duplicates were
    remembered two days; a replay after that ran the turn again (here, three days on)."""
    params = webhook_params(phone.fake, phone.address, "hola, necesito un albergue")
    assert twiml_bodies(phone.post(params)) or phone.rest_replies(0)
    count = "SELECT count(*) FROM messages WHERE conversation_key = ? AND author = 'person'"
    assert db_rows(stack, count, phone.key) == [(1,)]
    purge(stack.settings, now=utcnow() + timedelta(days=3))  # the TwiML replies kept are gone too
    before = len(phone.fake.sent_to(phone.address))
    replayed = phone.post(params)
    assert replayed.status_code == 200 and twiml_bodies(replayed) == []
    assert phone.rest_replies(before, wait=1.5) == []
    assert db_rows(stack, count, phone.key) == [(1,)]


def test_a_closed_cases_words_are_destroyed_after_the_review_period(
    gateway: httpx.Client, operator: httpx.Client, stack: Stack
) -> None:
    sender = new_sender()
    say(gateway, sender, WORDS)
    say(gateway, sender, "quiero hablar con una persona")
    key = conversation_key(stack.settings.secret_key, sender, "whatsapp")
    (handoff_id,) = db_rows(stack, "SELECT id FROM handoffs WHERE conversation_key = ? AND status = 'open'", key)[0]
    operator.post(f"/api/handoffs/{handoff_id}/messages", json={"text": "Hola, aquí estoy"})
    operator.post(f"/api/handoffs/{handoff_id}/close", json={"outcome": "referral_given"})
    detail = operator.get(f"/api/handoffs/{handoff_id}").json()
    assert any(line["text"] == WORDS for line in detail["transcript"])  # readable during review
    say(gateway, sender, "gracias, una pregunta más")  # after the close: a new key
    # The review period (7 days) passes: a purge a day later.
    report = purge(stack.settings, now=utcnow() + timedelta(days=8))
    assert report.keys_destroyed >= 1 and report.tracker_keys_destroyed >= 1
    detail = operator.get(f"/api/handoffs/{handoff_id}").json()
    assert detail["status"] == "closed" and detail["risk_level"]  # kept for statistics
    kept = [line["text"] for line in detail["transcript"]]
    assert "gracias, una pregunta más" in kept  # written after the close: not the case's words
    assert WORDS not in kept and "Hola, aquí estoy" not in kept
    assert not any("span" in ind for ind in detail["summary"].get("indicators") or [])
    users = [e["text"] for e in tracker_events(stack, key) if e["event"] == "user"]
    assert WORDS not in users and "gracias, una pregunta más" in users
    # The conversation goes on.
    assert texts(say(gateway, sender, "hola"))
