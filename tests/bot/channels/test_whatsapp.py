"""WhatsApp after its 24-hour window: an operator's reply is held and one approved template, sent
with ContentSid and ContentVariables, asks the person to reply; the reply handle lives only as
long as that needs. Against tests/fake_twilio.py, which answers in the shapes Twilio documents
(Messages API with ContentSid/ContentVariables, error codes 21654/21655/21656 and 63016, the
Content API's Content and ApprovalRequests resources), through the real twilio library."""
from __future__ import annotations

import itertools
import json
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.channels import whatsapp
from bot.channels.commands import load_texts, register_templates, template_report
from bot.channels.outbound import Outbound
from bot.db.base import utcnow
from bot.db.channels import ReplyHandle, TwilioConversation, TwilioDelivery
from bot.db.models import Message
from bot.gateway import store
from bot.privacy import handles
from bot.settings import TwilioSettings
from tests.fake_twilio import FakeTwilio
from tests.markers import starts

ADDRESS = "whatsapp:+15555550123"  # fictitious
KEY = "k" * 64
OPERATOR_TEXT = "Hola, soy Ana. Te puedo llamar mañana."
NUMBERS = itertools.count(100)


@pytest.fixture(scope="module")
@starts("twilio_fake")
def fake() -> FakeTwilio:
    fake = FakeTwilio().start()
    fake.seed_templates({"es": "Tienes un mensaje nuevo. Responde a este chat para leerlo.",
                         "en": "You have a new message. Reply to this chat to read it."})
    yield fake
    fake.stop()


def settings_for(fake: FakeTwilio, templates: bool = True) -> TwilioSettings:
    return TwilioSettings(
        account_sid=fake.account_sid, auth_token=fake.auth_token, api_base_url=fake.url,
        content_api_base_url=fake.url, whatsapp_from="whatsapp:+14155238886", sms_from="+15005550006",
        retry_base=0.01, whatsapp_templates=",".join(f"{l}:{s}" for l, s in fake.templates.items()) if templates else None,
        whatsapp_template_variables='{"1": "Línea de ayuda"}')


class Line:
    """One WhatsApp conversation with an open handoff, and the gateway's Outbound."""

    def __init__(self, fake: FakeTwilio, sessions: sessionmaker, data_dir: Path, language: str = "es",
                 templates: bool = True) -> None:
        self.fake, self.sessions = fake, sessions
        self.counters: Counter = Counter()
        self.fernet = handles.keyring(data_dir)
        self.outbound = Outbound(settings_for(fake, templates), sessions, "secret", lambda: self.fernet,
                                 lambda name: self.counters.update([name]))
        self.address = f"whatsapp:+1555555{next(NUMBERS):04d}"  # fictitious, one per conversation
        with sessions() as db:
            conv = store.get_or_create_conversation(db, KEY, "whatsapp")
            conv.language = language
            self.handoff_id = store.create_or_raise_handoff(db, conv, "request_human", "priority").id
            db.commit()
        self.person_writes()

    def person_writes(self, hours_ago: float = 0.0) -> None:
        """What the inbound channel does with each WhatsApp message while a handoff is open."""
        with self.sessions() as db:
            now = utcnow() - timedelta(hours=hours_ago)
            whatsapp.opened(db, KEY, now)
            handles.remember(db, self.fernet, KEY, self.address, whatsapp.hold_for(self.outbound.settings))
            db.get(ReplyHandle, KEY).expires_at -= timedelta(hours=hours_ago)
            db.commit()
        self.fake.signed("https://gateway.example/channels/twilio", {"From": self.address})
        if hours_ago >= 24:
            self.fake.close_window(self.address)

    def operator_writes(self, text: str = OPERATOR_TEXT, author: str = "operator") -> tuple[int, bool]:
        with self.sessions() as db:
            msg = store.add_message(db, KEY, "out", author, text, self.handoff_id, delivered=False)
            db.commit()
            message_id = msg.id
        return message_id, self.outbound.deliver_operator_message(KEY, message_id, text)

    def sent(self, count: int, wait: float = 10.0) -> list[dict]:
        return self.fake.wait_for(self.address, count=count, timeout=wait)

    def handle(self) -> ReplyHandle | None:
        with self.sessions() as db:
            return db.get(ReplyHandle, KEY)

    def close(self) -> None:
        self.outbound.close()


@pytest.fixture
def line(fake: FakeTwilio, sessions: sessionmaker, tmp_path: Path):  # noqa: ANN201
    made: list[Line] = []

    def make(**kwargs) -> Line:  # noqa: ANN003
        made.append(Line(fake, sessions, tmp_path, **kwargs))
        return made[-1]

    yield make
    for item in made:
        item.close()


def wait_until(check, timeout: float = 10.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_inside_the_window_an_operator_reply_goes_out_as_text(line) -> None:  # noqa: ANN001
    person = line()
    _, sent_now = person.operator_writes()
    assert sent_now
    (msg,) = person.sent(1)
    assert msg["Body"] == OPERATOR_TEXT and "ContentSid" not in msg


def test_after_the_window_the_reply_waits_and_one_template_asks_the_person_to_reply(
        line, fake: FakeTwilio, sessions: sessionmaker) -> None:  # noqa: ANN001
    person = line()
    person.person_writes(hours_ago=30)  # the last message was 30 hours ago: the window is closed
    assert person.handle() is not None  # kept: a handoff is open (72 hours)
    first, sent_now = person.operator_writes()
    assert not sent_now
    (template,) = person.sent(1)
    assert template["ContentSid"] == fake.templates["es"] and "Body" not in template
    assert json.loads(template["ContentVariables"]) == {"1": "Línea de ayuda"}
    assert template["From"] == "whatsapp:+14155238886"
    assert fake.rendered(template) == "Tienes un mensaje nuevo. Responde a este chat para leerlo."
    assert person.handle() is None  # its one use after the window
    second, _ = person.operator_writes("¿Sigues ahí?")
    time.sleep(0.5)
    assert len(fake.sent_to(person.address)) == 1  # one announcement, not one per message
    with sessions() as db:
        held = [line.text for line in store.transcript(db, KEY) if line.direction == "out"
                and db.get(Message, line.id).delivered is False]  # opened: they are sealed at rest
        assert held == [OPERATOR_TEXT, "¿Sigues ahí?"]  # they go out with the person's answer (the outbox)
        wait_until(lambda: db.scalar(select(TwilioDelivery.status).where(TwilioDelivery.kind == "template")) is not None)
        window = whatsapp.status(db, KEY, "es", person.outbound.settings)
    assert not window.open and window.template_sent_at is not None and not window.reachable
    assert person.counters["twilio_template_queued"] == 1


def test_the_template_follows_the_persons_language_or_falls_back_to_spanish(line, fake: FakeTwilio) -> None:  # noqa: ANN001
    english = line(language="en")
    english.person_writes(hours_ago=25)
    english.operator_writes()
    assert english.sent(1)[0]["ContentSid"] == fake.templates["en"]


def test_a_language_without_its_template_gets_the_spanish_one(line, fake: FakeTwilio) -> None:  # noqa: ANN001
    quechua = line(language="qu")
    quechua.person_writes(hours_ago=25)
    quechua.operator_writes()
    assert quechua.sent(1)[0]["ContentSid"] == fake.templates["es"]


def test_without_a_configured_template_the_reply_only_waits(line, fake: FakeTwilio) -> None:  # noqa: ANN001
    person = line(templates=False)
    person.person_writes(hours_ago=25)
    assert person.operator_writes()[1] is False
    time.sleep(0.5)
    assert fake.sent_to(person.address) == [] and person.counters["twilio_template_missing"] == 1


def test_closing_after_the_window_sends_no_template_and_ends_the_hold(line, fake: FakeTwilio,
                                                                      sessions: sessionmaker) -> None:  # noqa: ANN001
    person = line()
    person.person_writes(hours_ago=25)
    with sessions() as db:
        store.close_handoff(db, db.get(store.Handoff, person.handoff_id), "other")
        db.commit()
    person.operator_writes("La conversación con el equipo terminó.", author="bot")  # the closing note
    time.sleep(0.5)
    assert fake.sent_to(person.address) == [] and person.handle() is None


def test_closing_inside_the_window_cuts_the_hold_back_to_the_window(line, sessions: sessionmaker) -> None:  # noqa: ANN001
    person = line()
    held_until = person.handle().expires_at
    assert held_until > utcnow() + timedelta(hours=71)
    with sessions() as db:
        store.close_handoff(db, db.get(store.Handoff, person.handoff_id), "other")
        db.commit()
    assert person.operator_writes("La conversación con el equipo terminó.", author="bot")[1]
    with sessions() as db:
        window_end = db.get(TwilioConversation, KEY).window_ends_at
    assert person.handle().expires_at <= window_end + whatsapp.MARGIN < held_until


def test_twilio_63016_closes_the_window_and_the_reply_waits_behind_a_template(
        line, fake: FakeTwilio, sessions: sessionmaker) -> None:  # noqa: ANN001
    """Our clock said the window was open; Twilio's failed status callback (63016) says it was
    not. The reply goes back to the outbox and the template goes out."""
    person = line()
    fake.close_window(person.address)  # Twilio's view
    message_id, sent_now = person.operator_writes()
    assert sent_now
    (free_form,) = person.sent(1)
    with sessions() as db:
        wait_until(lambda: db.scalar(select(TwilioDelivery.id).where(TwilioDelivery.message_id == message_id)))
    assert person.outbound.update_status(free_form["Sid"], "failed", "63016")
    template = person.sent(2)[1]
    assert template["ContentSid"] == fake.templates["es"]
    with sessions() as db:
        assert whatsapp.closed(db.get(TwilioConversation, KEY))
        assert db.get(Message, message_id).delivered is False


def test_the_handle_is_kept_longer_only_while_it_may_be_needed(sessions: sessionmaker, tmp_path: Path) -> None:
    fernet = handles.keyring(tmp_path)
    with sessions() as db:
        store.get_or_create_conversation(db, KEY, "whatsapp")
        handles.remember(db, fernet, KEY, ADDRESS, timedelta(days=30))
        db.commit()
        assert db.get(ReplyHandle, KEY).expires_at <= utcnow() + handles.MAX_TTL
        handles.shorten(db, KEY, utcnow() + timedelta(hours=2))
        assert db.get(ReplyHandle, KEY).expires_at <= utcnow() + timedelta(hours=2)
        handles.shorten(db, KEY, utcnow() - timedelta(seconds=1))
        db.commit()
        assert db.get(ReplyHandle, KEY) is None


# --------------------------------------------------------------------------- the fake's Twilio shapes
def test_messages_api_refuses_bad_template_parameters_with_twilios_codes(fake: FakeTwilio) -> None:
    url = f"{fake.url}/2010-04-01/Accounts/{fake.account_sid}/Messages.json"
    auth = (fake.account_sid, fake.auth_token)
    base = {"To": ADDRESS, "From": "whatsapp:+14155238886"}
    cases = [({"Body": "x", "ContentVariables": '{"1": "a"}'}, 21654),
             ({"ContentSid": "HX" + "0" * 32}, 21655), ({"ContentSid": "HXnot-a-sid"}, 21655),
             ({"ContentSid": fake.templates["es"], "ContentVariables": "not json"}, 21656),
             ({"ContentSid": fake.templates["es"], "ContentVariables": '{"1": ""}'}, 21656)]
    for extra, code in cases:
        resp = httpx.post(url, data={**base, **extra}, auth=auth)
        assert resp.status_code == 400 and resp.json()["code"] == code, (extra, resp.text)
    ok = httpx.post(url, data={**base, "ContentSid": fake.templates["en"]}, auth=auth)
    assert ok.status_code == 201 and ok.json()["body"] == "You have a new message. Reply to this chat to read it."


def test_register_and_check_templates_through_the_content_api(fake: FakeTwilio) -> None:
    """`hotline whatsapp-templates register` and `status`, through the twilio library."""
    from bot.channels.outbound import client_for

    client = client_for(settings_for(fake))
    spec = load_texts()
    created = register_templates(client, spec, ["es", "pt"])
    assert set(created) == {"es", "pt"}
    content = fake.contents[created["pt"]]
    assert content["language"] == "pt" and content["types"]["twilio/text"]["body"] == spec["templates"]["pt"]
    assert fake.approvals[created["pt"]]["name"] == "hotline_new_message_pt"
    assert fake.approvals[created["pt"]]["category"] == "UTILITY"
    report = {r["language"]: r for r in template_report(client, created)}
    assert report["es"]["whatsapp"] == "received" and report["es"]["problems"] == ["WhatsApp review: received"]
    fake.approve(created["es"])
    fake.approve(created["pt"])
    assert all(not r["problems"] for r in template_report(client, created))
    mixed_up = template_report(client, {"en": created["es"], "fr": "HX" + "0" * 32})
    assert "configured for 'en'" in mixed_up[0]["problems"][0] and "404" in mixed_up[1]["problems"][0]


def test_the_cli_prints_the_setting_to_use(fake: FakeTwilio, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # noqa: ANN001
    from bot import cli

    for name, value in {"TWILIO_ACCOUNT_SID": fake.account_sid, "TWILIO_AUTH_TOKEN": fake.auth_token,
                        "TWILIO_API_BASE_URL": fake.url, "TWILIO_CONTENT_API_BASE_URL": fake.url}.items():
        monkeypatch.setenv(name, value)
    assert cli.main(["whatsapp-templates", "register", "--languages", "es,en"]) == 0
    line = [l for l in capsys.readouterr().out.splitlines() if l.startswith("TWILIO_WHATSAPP_TEMPLATES=")][0]
    monkeypatch.setenv("TWILIO_WHATSAPP_TEMPLATES", line.split("=", 1)[1])
    assert cli.main(["whatsapp-templates", "status"]) == 1  # not reviewed yet
    for item in line.split("=", 1)[1].split(","):
        fake.approve(item.split(":")[1])
    assert cli.main(["whatsapp-templates", "status"]) == 0
    assert "Tienes un mensaje nuevo" in capsys.readouterr().out
