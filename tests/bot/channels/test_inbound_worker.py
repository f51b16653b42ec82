"""The inbound queue in process: the worker, its turns and its retry decisions against the fake
Rasa (tests/fake_rasa.py), the fake Twilio REST API and a real SQLite database. No message is
lost: each one is answered, or dies with the fallback; the fallback goes out once."""
from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.channels import twilio as tw
from bot.channels import twilio_channel
from bot.channels.inbound import InboundWorker
from bot.db.channels import InboundQueueItem
from bot.gateway.dialogue import Dialogue
from bot.gateway.state import GatewayState
from bot.settings import Settings, clear_settings_cache
from tests import fake_rasa
from tests.fake_rasa import FakeRasa, loop, rasa  # noqa: F401 (fixtures)
from tests.fake_twilio import FakeTwilio

ATTEMPTS = 3
_numbers = itertools.count(100)


@pytest.fixture(scope="module")
def twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio(callbacks=False).start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def state(tmp_path_factory: pytest.TempPathFactory, rasa: FakeRasa, twilio: FakeTwilio,
          loop: asyncio.AbstractEventLoop) -> Iterator[GatewayState]:
    env = {"TWILIO_AUTH_TOKEN": twilio.auth_token, "TWILIO_ACCOUNT_SID": twilio.account_sid,
           "TWILIO_SMS_FROM": "+15005550006", "TWILIO_API_BASE_URL": twilio.url, "TWILIO_RETRY_BASE": "0.1",
           "TWILIO_QUEUE_RETRY_BASE": "0", "TWILIO_QUEUE_ATTEMPTS": str(ATTEMPTS)}
    with pytest.MonkeyPatch.context() as mp:
        for name, value in env.items():
            mp.setenv(name, value)
        clear_settings_cache()
        data: Path = tmp_path_factory.mktemp("queue")
        state = GatewayState.build(Settings(data_dir=data, rasa_url=rasa.url, rasa_timeout=1.0).resolved())
        yield state
        loop.run_until_complete(state.aclose())
    clear_settings_cache()


@pytest.fixture(scope="module")
def worker(state: GatewayState, loop: asyncio.AbstractEventLoop) -> Iterator[InboundWorker]:
    worker = twilio_channel.of(state).inbound  # its sweeper is not started: the tests sweep
    yield worker
    loop.run_until_complete(worker.aclose())


@pytest.fixture
def sender() -> str:
    return f"+1555010{next(_numbers):04d}"  # fictitious


def send(worker: InboundWorker, sender: str, text: str) -> int:
    msg = tw.Inbound(message_sid=f"SM{time.monotonic_ns()}", account_sid="AC", sender=sender, to="+15005550006",
                     body=text, channel="sms")
    row_id = worker.enqueue(msg, due_now=True)
    assert row_id is not None
    return row_id


def open_rows(state: GatewayState) -> int:
    with state.sessions() as db:
        return db.scalar(select(func.count()).select_from(InboundQueueItem)
                         .where(InboundQueueItem.status.in_(("queued", "working"))))


def drain(loop: asyncio.AbstractEventLoop, worker: InboundWorker, state: GatewayState, timeout: float = 30.0) -> None:
    """Sweeps until no row is open (retries included), as the gateway's loop does."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        loop.run_until_complete(worker.sweep_once())
        if worker._tasks:
            loop.run_until_complete(asyncio.wait(set(worker._tasks)))
        if open_rows(state) == 0:
            return
        time.sleep(0.1)
    raise AssertionError(f"{open_rows(state)} rows still open after {timeout:.0f} s")


def bodies(twilio: FakeTwilio, sender: str, count: int) -> list[str]:
    twilio.wait_for(sender, count)
    assert twilio.wait_quiet(sender, quiet=0.5) == count
    return [m["Body"] for m in twilio.sent_to(sender)]


def dead(state: GatewayState, row_id: int) -> InboundQueueItem | None:
    with state.sessions() as db:
        row = db.get(InboundQueueItem, row_id)
        return row if row is not None and row.status == "dead" else None


def test_a_message_is_answered_and_its_row_deleted(state, worker, rasa, twilio, loop, sender) -> None:  # noqa: ANN001
    row_id = send(worker, sender, "hola, necesito ayuda")
    drain(loop, worker, state)
    assert bodies(twilio, sender, 1) == ["Rasa: hola, necesito ayuda"]
    with state.sessions() as db:
        assert db.get(InboundQueueItem, row_id) is None


def test_a_mendable_failure_is_retried_without_a_word_to_the_person(state, worker, rasa, twilio, loop,  # noqa: ANN001
                                                                   sender) -> None:
    rasa.fail_next(fake_rasa.status(503))
    send(worker, sender, "hola")
    drain(loop, worker, state)
    assert bodies(twilio, sender, 1) == ["Rasa: hola"]
    assert rasa.messages().count("hola") >= 2  # the failed try, then the answered one


def test_a_late_rasa_gets_the_fallback_once_then_the_answer(state, worker, rasa, twilio, loop, sender) -> None:  # noqa: ANN001
    rasa.fail_next(fake_rasa.Fault("slow", seconds=3.0))
    send(worker, sender, "hello, where can I sleep tonight")
    drain(loop, worker, state)
    delayed = Dialogue(state).fallback("en", None, delayed=True)
    assert bodies(twilio, sender, 2) == [delayed, "Rasa: hello, where can I sleep tonight"]


def test_a_turn_rasa_finished_is_not_sent_again(state, worker, rasa, twilio, loop, sender) -> None:  # noqa: ANN001
    """Rasa processed the message but its answer never came back: the retry reads the tracker
    and sends the replies that followed, without a second turn."""
    rasa.fail_next(fake_rasa.Fault("drop", processed=True))
    send(worker, sender, "hola otra vez")
    drain(loop, worker, state)
    assert bodies(twilio, sender, 1) == ["Rasa: hola otra vez"]
    assert rasa.messages().count("hola otra vez") == 1


def test_after_the_last_try_the_message_is_a_dead_letter_with_one_fallback(state, worker, rasa, twilio,  # noqa: ANN001
                                                                          loop, sender) -> None:
    rasa.refuse()  # Rasa is away for every try: no turn, and its tracker cannot be read either
    try:
        row_id = send(worker, sender, "hola")
        drain(loop, worker, state)
    finally:
        rasa.accept()
    row = dead(state, row_id)
    assert row is not None and row.attempts == ATTEMPTS and row.address_token is None and row.text == ""
    assert bodies(twilio, sender, 1) == [Dialogue(state).fallback(None, None)]


FAULTS = [fake_rasa.status(500), fake_rasa.status(502), fake_rasa.DROP, fake_rasa.EMPTY, fake_rasa.BAD_JSON,
          fake_rasa.Fault("slow", seconds=2.0), fake_rasa.Fault("drop", processed=True)]


def test_no_message_is_lost(state, worker, rasa, twilio, loop) -> None:  # noqa: ANN001
    """Eight people, three messages each, every fault kind among them: each message is answered
    once, or the person told once that the line failed; nothing is left in the queue."""
    senders = [f"+1555010{next(_numbers):04d}" for _ in range(8)]
    faults = itertools.cycle(FAULTS)
    for i in range(3):
        for sender in senders:
            if (i + senders.index(sender)) % 2:
                rasa.fail_next(next(faults))
            send(worker, sender, f"mensaje {i} de prueba")
            drain(loop, worker, state)  # one at a time: the script's faults go to the message meant
    assert open_rows(state) == 0
    delayed = Dialogue(state).fallback("es", None, delayed=True)
    final = Dialogue(state).fallback("es", None)
    for sender in senders:
        got = [b for b in bodies(twilio, sender, len(twilio.sent_to(sender))) if b != delayed]
        answered = [b for b in got if b.startswith("Rasa: ")]
        assert len(answered) + got.count(final) == 3, got  # each message: its answer, or the fallback
        assert [b for b in got if b not in (final, *answered)] == []


def test_the_channel_shares_the_gateways_outbox(state) -> None:  # noqa: ANN001
    """An operator message Twilio refused goes back to the one outbox the person's next turn
    takes (an empty outbox is still that outbox)."""
    assert not state.outbox
    assert twilio_channel.of(state).outbound.outbox is state.outbox
