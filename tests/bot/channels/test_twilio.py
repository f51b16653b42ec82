"""Twilio channel helpers: parsing, dropped fields, keywords, coordinates; and the
reply-handle crypto and outbound retries that sit beside them."""
from __future__ import annotations

import dataclasses

import pytest

from bot.channels import twilio as tw
from bot.channels.outbound import SendFailed, TwilioSender, sid_hash
from bot.settings import TwilioSettings

FORM = {
    "MessageSid": "SM" + "a" * 32, "AccountSid": "AC" + "b" * 32, "From": "whatsapp:+5215512345678",
    "To": "whatsapp:+14155238886", "Body": " hola ", "NumMedia": "0", "ProfileName": "Rosa Quispe",
    "WaId": "5215512345678", "FromCity": "TAPACHULA", "FromState": "CHIS", "FromZip": "30700",
    "FromCountry": "MX", "SmsStatus": "received", "ApiVersion": "2010-04-01",
}


def test_parse_keeps_only_what_the_bot_uses() -> None:
    msg = tw.parse_webhook(FORM)
    assert msg.channel == "whatsapp" and msg.sender == "whatsapp:+5215512345678"
    assert msg.text == "hola" and msg.num_media == 0 and not msg.media_only
    kept = " ".join(str(v) for v in dataclasses.asdict(msg).values())
    for field in ("Rosa Quispe", "TAPACHULA", "CHIS", "30700"):
        assert field not in kept
    assert {"ProfileName", "WaId", "FromCity", "FromState", "FromZip", "FromCountry"} <= tw.DROPPED_FIELDS
    assert not any(f.name in {"profile_name", "wa_id", "from_city", "from_zip"} for f in dataclasses.fields(msg))


def test_sms_and_whatsapp_by_prefix() -> None:
    assert tw.parse_webhook({**FORM, "From": "+15551234567"}).channel == "sms"
    assert tw.parse_webhook({**FORM, "From": "WhatsApp:+15551234567"}).channel == "whatsapp"
    assert tw.is_whatsapp("whatsapp:+1") and not tw.is_whatsapp("+1")


def test_interactive_payload_is_the_text() -> None:
    assert tw.parse_webhook({**FORM, "Body": "Albergue", "ButtonPayload": "2"}).text == "2"
    assert tw.parse_webhook({**FORM, "Body": "Ayuda legal", "ListId": "3"}).text == "3"


def test_location_is_rounded_to_one_decimal() -> None:
    msg = tw.parse_webhook({**FORM, "Body": "", "Latitude": "14.905312", "Longitude": "-92.263871"})
    assert (msg.latitude, msg.longitude) == (14.9, -92.3) and msg.has_location and not msg.media_only
    assert tw.round_coordinate(-0.04) == 0.0 and tw.round_coordinate(45.96) == 46.0
    assert not tw.parse_webhook({**FORM, "Latitude": "999", "Longitude": "1"}).has_location
    assert not tw.parse_webhook({**FORM, "Latitude": "abc", "Longitude": "1"}).has_location


def test_media_only() -> None:
    msg = tw.parse_webhook({**FORM, "Body": "", "NumMedia": "2", "MediaUrl0": "https://api.twilio.com/x"})
    assert msg.media_only and "MediaUrl0" not in str(msg)
    assert not tw.parse_webhook({**FORM, "Body": "mira", "NumMedia": "1"}).media_only


@pytest.mark.parametrize("text,kind", [
    ("STOP", tw.Keyword.OPT_OUT), ("stop", tw.Keyword.OPT_OUT), (" Stop. ", tw.Keyword.OPT_OUT),
    ("STOPALL", tw.Keyword.OPT_OUT), ("unsubscribe", tw.Keyword.OPT_OUT), ("CANCEL", tw.Keyword.OPT_OUT),
    ("end", tw.Keyword.OPT_OUT), ("quit", tw.Keyword.OPT_OUT), ("START", tw.Keyword.OPT_IN),
    ("yes", tw.Keyword.OPT_IN), ("UNSTOP", tw.Keyword.OPT_IN), ("help", tw.Keyword.HELP),
    ("INFO", tw.Keyword.HELP), ("stop it please", None), ("parar", None), ("hola", None),
])
def test_reserved_keywords(text: str, kind: tw.Keyword | None) -> None:
    assert tw.keyword(text) is kind


def test_advanced_opt_out_type_wins() -> None:
    assert tw.keyword("ALTO", "STOP") is tw.Keyword.OPT_OUT
    assert tw.keyword("COMENZAR", "START") is tw.Keyword.OPT_IN


def test_truncate_long_body() -> None:
    text = "palabra " * 400
    cut, was_cut = tw.truncate(text)
    assert was_cut and len(cut) <= tw.MAX_BODY and not cut.endswith(" ")
    assert tw.truncate("corto") == ("corto", False)


def test_whatsapp_chunks() -> None:
    chunks = tw.whatsapp_chunks("uno dos tres " * 300)
    assert all(len(c) <= tw.WHATSAPP_MAX for c in chunks) and len(chunks) == 3


# --------------------------------------------------------------------------- handles
def test_reply_handles_encrypt_expire_and_rotate(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from datetime import timedelta

    from bot.db.channels import ReplyHandle
    from bot.db.base import utcnow
    from bot.db.models import Conversation
    from bot.db.session import make_engine, make_sessionmaker, migrate
    from bot.privacy import handles

    monkeypatch.delenv(handles.ENV_KEYS, raising=False)
    url = f"sqlite:///{tmp_path / 'h.db'}"
    migrate(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    address = "whatsapp:+5215512345678"
    with sessions() as db:
        db.add(Conversation(key="k" * 64, channel="whatsapp"))
        handles.remember(db, handles.keyring(tmp_path), "k" * 64, address)
        db.commit()
    assert (tmp_path / handles.KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert address.encode() not in (tmp_path / "h.db").read_bytes()
    with sessions() as db:
        assert handles.recall(db, handles.keyring(tmp_path), "k" * 64) == address
        db.get(ReplyHandle, "k" * 64).expires_at = utcnow() - timedelta(seconds=1)
        db.commit()
        assert handles.recall(db, handles.keyring(tmp_path), "k" * 64) is None  # expired: gone
        handles.remember(db, handles.keyring(tmp_path), "k" * 64, address)
        db.commit()
    handles.rotate(tmp_path)
    with sessions() as db:
        assert handles.recall(db, handles.keyring(tmp_path), "k" * 64) is None  # old key: unreadable
        db.commit()
        assert db.get(ReplyHandle, "k" * 64) is None
        handles.remember(db, handles.keyring(tmp_path), "k" * 64, address)
        db.delete(db.get(Conversation, "k" * 64))  # erasure takes the handle with it
        db.commit()
        assert db.get(ReplyHandle, "k" * 64) is None
    engine.dispose()


# --------------------------------------------------------------------------- outbound retries
class _FakeMessages:
    def __init__(self, failures: list[int]) -> None:
        self.failures, self.calls = failures, []

    def create(self, **kwargs):  # noqa: ANN003, ANN201
        from twilio.base.exceptions import TwilioRestException

        self.calls.append(kwargs)
        if self.failures:
            raise TwilioRestException(self.failures.pop(0), "http://x", "boom", code=20429)
        return type("M", (), {"sid": "SM" + "c" * 32, "status": "queued"})()


def _sender(failures: list[int]) -> tuple[TwilioSender, _FakeMessages, list[float]]:
    settings = TwilioSettings(auth_token="t", account_sid="AC1", sms_from="+15005550006",
                              messaging_service_sid="MG1", retry_base=0.5, send_attempts=4)
    sleeps: list[float] = []
    sender = TwilioSender(settings, sleep=sleeps.append)
    fake = _FakeMessages(failures)
    sender._client = type("C", (), {"messages": fake})()
    return sender, fake, sleeps


def test_send_retries_429_and_5xx_with_exponential_backoff() -> None:
    sender, fake, sleeps = _sender([429, 503, 500])
    sent = sender.send("+15551234567", "hola")
    assert sent.attempts == 4 and len(fake.calls) == 4
    assert len(sleeps) == 3 and all(
        base <= s <= base * 1.25 for base, s in zip([0.5, 1.0, 2.0], sleeps))
    assert fake.calls[0]["from_"] == "+15005550006"


def test_send_gives_up_on_client_errors_and_after_the_last_attempt() -> None:
    sender, fake, _ = _sender([400])
    with pytest.raises(SendFailed) as err:
        sender.send("+15551234567", "hola")
    assert err.value.status == 400 and len(fake.calls) == 1
    sender, fake, _ = _sender([500] * 9)
    with pytest.raises(SendFailed):
        sender.send("+15551234567", "hola")
    assert len(fake.calls) == 4


def test_whatsapp_uses_the_messaging_service_without_a_whatsapp_number() -> None:
    sender, fake, _ = _sender([])
    sender.send("whatsapp:+15551234567", "hola")
    assert fake.calls[0]["messaging_service_sid"] == "MG1" and "from_" not in fake.calls[0]


def test_sid_hash_is_keyed() -> None:
    assert sid_hash("a", "SM1") != sid_hash("b", "SM1") and len(sid_hash("a", "SM1")) == 64


# --------------------------------------------------------------------------- retention
def test_purge_deletes_what_is_past_retention(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import sqlite3
    from datetime import datetime, timedelta

    from bot.db.channels import InboundQueueItem, ReplyHandle, TwilioInbound
    from bot.db.base import utcnow
    from bot.db.models import Conversation, Message
    from bot.db.session import make_engine, make_sessionmaker, migrate
    from bot.privacy import handles
    from bot.privacy.purge import purge, retention_days
    from bot.settings import Settings

    monkeypatch.delenv(handles.ENV_KEYS, raising=False)
    monkeypatch.setenv("HOTLINE_RETENTION_DAYS", "30")
    assert retention_days() == 30
    settings = Settings(data_dir=tmp_path).resolved()
    migrate(settings.database_url)
    now, old = utcnow(), utcnow() - timedelta(days=40)
    with sqlite3.connect(settings.sqlite_tracker_path) as conn:
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, type_name TEXT, "
                     "timestamp REAL, intent_name TEXT, action_name TEXT, data TEXT)")
        for sender, when in (("stale", old), ("live", old), ("live", now)):
            conn.execute("INSERT INTO events (sender_id, type_name, timestamp) VALUES (?, 'user', ?)",
                         (sender, (when - datetime(1970, 1, 1)).total_seconds()))
    engine = make_engine(settings.database_url)
    with make_sessionmaker(engine)() as db:
        db.add_all([Conversation(key="stale", channel="sms", created_at=old, updated_at=old),
                    Conversation(key="live", channel="sms", created_at=old, updated_at=old)])
        db.flush()
        db.add_all([Message(conversation_key="stale", direction="in", author="person", text="a", created_at=old),
                    Message(conversation_key="live", direction="in", author="person", text="b", created_at=old),
                    Message(conversation_key="live", direction="in", author="person", text="c", created_at=now),
                    # MessageSid hashes are kept HOTLINE_REPLAY_DAYS (400) against replays.
                    TwilioInbound(sid_hash="x" * 64, created_at=now - timedelta(days=401)),
                    TwilioInbound(sid_hash="z" * 64, created_at=now - timedelta(days=3)),
                    TwilioInbound(sid_hash="y" * 64, created_at=now)])
        for sid, when in (("dead-old", old), ("dead-new", now)):
            db.add(InboundQueueItem(sid_hash=sid, conversation_key="live", channel="sms", text="", truncated=False,
                                    num_media=0, status="dead", attempts=5, lease_until=when, created_at=when))
        handles.remember(db, handles.keyring(tmp_path), "live", "+15551234567")
        db.get(ReplyHandle, "live").expires_at = now - timedelta(minutes=1)
        db.commit()
    report = purge(settings, days=30)
    assert (report.conversations, report.messages, report.tracker_events, report.reply_handles,
            report.inbound_ids, report.dead_letters) == (1, 1, 2, 1, 1, 1)
    with make_sessionmaker(engine)() as db:
        assert db.get(Conversation, "stale") is None and db.get(Conversation, "live") is not None
        assert [m.text for m in db.query(Message).all()] == ["c"]
        assert sorted(t.sid_hash[0] for t in db.query(TwilioInbound).all()) == ["y", "z"]
    with sqlite3.connect(settings.sqlite_tracker_path) as conn:
        assert conn.execute("SELECT sender_id FROM events").fetchall() == [("live",)]
    engine.dispose()


@pytest.mark.parametrize("raw, count", [("3", 3), ("9" * 400, 10), ("-4", 0), ("x", 0), (None, 0), ("", 0)])
def test_media_count_is_capped_at_twilios_maximum(raw: str | None, count: int) -> None:
    form = {"MessageSid": "SM1", "From": "+15005550006", "Body": "hola"}
    if raw is not None:
        form["NumMedia"] = raw
    assert tw.parse_webhook(form).num_media == count


def test_concurrent_first_use_makes_one_handle_key_for_everyone(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from concurrent.futures import ThreadPoolExecutor

    from bot.privacy import handles

    monkeypatch.delenv(handles.ENV_KEYS, raising=False)
    with ThreadPoolExecutor(16) as pool:
        keys = list(pool.map(lambda _: tuple(handles.load_keys(tmp_path)), range(64)))
    assert len(set(keys)) == 1 and len(keys[0]) == 1  # every caller encrypts with the same key
    assert [p.name for p in tmp_path.iterdir()] == [handles.KEY_FILE]  # no temp file left behind
    assert (tmp_path / handles.KEY_FILE).stat().st_mode & 0o777 == 0o600
