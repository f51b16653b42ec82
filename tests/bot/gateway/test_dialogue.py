"""The Dialogue in process, against the fake Rasa (tests/fake_rasa.py) and a real SQLite
database: answered turns, the typed failure kinds and the fallback, control messages."""
from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import languages, menus, protocol
from bot.db.models import Handoff
from bot.gateway import store
from bot.gateway.dialogue import Answered, Dialogue, Failed
from bot.gateway.failures import Failure, FailureKind, FailureStep, Fallback
from bot.gateway.state import GatewayState
from bot.settings import Settings
from tests import fake_rasa
from tests.fake_rasa import FakeRasa, loop, rasa  # noqa: F401 (fixtures)

RASA_TIMEOUT = 1.0
_keys = itertools.count()


@pytest.fixture(scope="module")
def state(tmp_path_factory: pytest.TempPathFactory, rasa: FakeRasa,
          loop: asyncio.AbstractEventLoop) -> Iterator[GatewayState]:
    data: Path = tmp_path_factory.mktemp("dialogue")
    settings = Settings(data_dir=data, rasa_url=rasa.url, rasa_timeout=RASA_TIMEOUT).resolved()
    state = GatewayState.build(settings)
    yield state
    loop.run_until_complete(state.aclose())


@pytest.fixture
def key() -> str:
    return f"dialogue-test-{next(_keys)}"


def say(loop: asyncio.AbstractEventLoop, dialogue: Dialogue, key: str, text: str):  # noqa: ANN201
    return loop.run_until_complete(dialogue.handle(key, "sms", text))


def transcript(state: GatewayState, key: str) -> list[tuple[str, str]]:
    with state.sessions() as db:
        return [(line.author, line.text) for line in store.transcript(db, key)]


def asking(state: GatewayState, key: str, pending: str | None) -> None:
    """The conversation's last question (what the bot asked just before the next message)."""
    with state.sessions() as db:
        store.set_pending_menu(db, key, pending)
        db.commit()


def test_a_message_is_answered_and_stored(state: GatewayState, rasa: FakeRasa, loop, key: str) -> None:  # noqa: ANN001
    rasa.reply_next([{"text": "Hello, how can I help?"}])
    result = say(loop, Dialogue(state), key, "hello, I need some information")
    assert isinstance(result, Answered)
    assert result.replies == ["Hello, how can I help?"] and result.language == "en"
    assert transcript(state, key) == [("person", "hello, I need some information"), ("bot", "Hello, how can I help?")]
    assert rasa.messages(key) == ["hello, I need some information"]


FAULTS = [
    (fake_rasa.SLOW, Failure(FailureKind.TIMEOUT)),
    (fake_rasa.status(500), Failure(FailureKind.HTTP_ERROR, 500)),
    (fake_rasa.status(502), Failure(FailureKind.HTTP_ERROR, 502)),
    (fake_rasa.DROP, Failure(FailureKind.UNREACHABLE)),
    (fake_rasa.EMPTY, Failure(FailureKind.EMPTY_REPLY)),
    (fake_rasa.BAD_JSON, Failure(FailureKind.BAD_JSON)),
]


@pytest.mark.parametrize(("fault", "failure"), FAULTS, ids=lambda v: getattr(v, "label", None) or v.kind)
def test_a_rasa_failure_is_typed_and_answered_with_the_fallback(state: GatewayState, rasa: FakeRasa, loop,  # noqa: ANN001
                                                                 key: str, fault: fake_rasa.Fault,
                                                                 failure: Failure) -> None:
    rasa.fail_next(fault)
    before = state.metrics.snapshot().get(f"dialogue_failure_{failure.label}", 0)
    result = say(loop, Dialogue(state), key, "hola, necesito ayuda")
    assert isinstance(result, Failed)
    assert result.failure == failure and result.step == FailureStep(Fallback.FINAL, retry=False)
    fallback = Dialogue(state).fallback("es", None)
    assert result.replies == [fallback]  # the emergency line, in the person's language
    assert transcript(state, key)[-1] == ("bot", fallback)
    assert state.metrics.snapshot()[f"dialogue_failure_{failure.label}"] == before + 1


def test_a_refused_connection_is_unreachable(state: GatewayState, rasa: FakeRasa, loop, key: str) -> None:  # noqa: ANN001
    rasa.refuse()
    try:
        result = say(loop, Dialogue(state), key, "hola")
    finally:
        rasa.accept()
    assert isinstance(result, Failed) and result.failure == Failure(FailureKind.UNREACHABLE)
    assert result.replies == [Dialogue(state).fallback(None, None)]


class RetryLater:
    """A caller that retries (the inbound queue's shape): no fallback now."""

    def __init__(self, fallback: Fallback = Fallback.NONE) -> None:
        self.fallback, self.seen = fallback, []

    def on_failure(self, failure: Failure) -> FailureStep:
        self.seen.append(failure)
        return FailureStep(self.fallback, retry=True)


def test_the_callers_policy_decides_the_fallback(state: GatewayState, rasa: FakeRasa, loop, key: str) -> None:  # noqa: ANN001
    policy = RetryLater()
    rasa.fail_next(fake_rasa.status(503))
    result = say(loop, Dialogue(state, policy=policy), key, "hola")
    assert isinstance(result, Failed) and result.step.retry and result.replies == []
    assert policy.seen == [Failure(FailureKind.HTTP_ERROR, 503)]
    assert transcript(state, key) == [("person", "hola")]  # nothing said on the person's behalf

    rasa.fail_next(fake_rasa.SLOW)
    result = say(loop, Dialogue(state, policy=RetryLater(Fallback.DELAYED)), key, "¿hola?")
    assert result.delayed_fallback == Dialogue(state).fallback("es", None, delayed=True)
    assert transcript(state, key)[-1] == ("bot", result.delayed_fallback)


def test_controls_from_the_actions_are_applied_and_bad_ones_skipped(state: GatewayState, rasa: FakeRasa, loop,  # noqa: ANN001
                                                                    key: str) -> None:
    rasa.reply_next([{"text": "Te comunico con una persona."},
                     {"custom": protocol.message(protocol.Handoff("request_human", "priority"))},
                     {"custom": protocol.message(protocol.Country("PE"))},
                     {"custom": {"hotline": {"handoff": "now", "launch": True}}}])
    rejected = state.metrics.snapshot().get("control_rejected", 0)
    result = say(loop, Dialogue(state), key, "quiero hablar con una persona")
    assert isinstance(result, Answered) and result.replies == ["Te comunico con una persona."]
    with state.sessions() as db:
        handoff = db.get(Handoff, result.handoff_id)
        assert handoff.conversation_key == key and handoff.risk_level == "priority"
        assert db.get(store.Conversation, key).country == "PE"
    assert state.metrics.snapshot()["control_rejected"] == rejected + 2


def test_an_erase_control_leaves_nothing_of_the_conversation(state: GatewayState, rasa: FakeRasa, loop,  # noqa: ANN001
                                                            key: str) -> None:
    say(loop, Dialogue(state), key, "hola")
    rasa.reply_next([{"text": "Borrado."}, {"custom": protocol.message(protocol.Erase())}])
    result = say(loop, Dialogue(state), key, "borra mis datos")
    assert isinstance(result, Answered) and result.erased and result.replies == ["Borrado."]
    assert transcript(state, key) == []


# What the job-offer check asks about the offer, answered ("they keep the passport"), stays an
# answer to the check, whose assessment follows; the same words answering the screening's
# questions, anything else disclosed during the check, and danger end the form (issue #17).
@pytest.mark.parametrize(("pending", "answer", "sent"), [
    (menus.JOB_OFFER_QUESTION, "si, dicen que ellos me guardan el pasaporte", None),
    (menus.JOB_OFFER_QUESTION, "si, el pasaje lo pago despues trabajando y me lo descuentan", None),
    (menus.QUESTION, "si, la patrona me guarda el pasaporte", "/report_exploitation"),
    (menus.JOB_OFFER_QUESTION, "ya estoy alla y no me dejan salir de la casa", "/report_exploitation"),
    (menus.JOB_OFFER_QUESTION, "me estan golpeando ahora mismo ayuda", "/emergency"),
])
def test_an_answer_to_the_job_offer_check_is_not_a_disclosure(state: GatewayState, rasa: FakeRasa, loop,  # noqa: ANN001
                                                              key: str, pending: str, answer: str,
                                                              sent: str | None) -> None:
    dialogue = Dialogue(state)
    say(loop, dialogue, key, "me ofrecen un trabajo en otro pais, es seguro?")
    asking(state, key, pending)
    say(loop, dialogue, key, answer)
    assert rasa.messages(key)[-1] == (sent or answer)


@pytest.mark.parametrize("pending,answer,nlu,sent", [
    # "Where are you?" answered with a new need and the place: that need, there.
    ("location", "necesito un abogado, estoy en Lima", [("find_legal_aid", 0.99)], '/find_legal_aid{"location": "Lima"}'),
    ("location", "preciso de um médico, estou em Boa Vista", [("find_health_care", 0.9)],
     '/find_health_care{"location": "Boa Vista"}'),
    ("location", "we need a doctor, we are in houston", [("find_health_care", 0.42), ("inform_location", 0.3)],
     '/find_health_care{"location": "Houston"}'),
    # A place alone, or with words that ask nothing new, is the answer.
    ("location", "en lima", [("find_legal_aid", 0.99)], '/inform_location{"location": "Lima"}'),
    ("location", "estoy en Lima con mis hijos", [("inform_location", 0.6), ("find_shelter", 0.35)],
     '/inform_location{"location": "Lima"}'),
    ("location", "abogado? estoy en Lima", [("find_legal_aid", 0.2)], '/inform_location{"location": "Lima"}'),
    # A form's question answered with a need, even one the NLU is unsure of.
    (menus.QUESTION, "donde puedo reclamar", [("find_legal_aid", 0.47), ("find_shelter", 0.32)], "/find_legal_aid"),
    (menus.QUESTION, "e onde posso reclamar",
     [("nlu_fallback", 0.45), ("find_legal_aid", 0.4), ("find_health_care", 0.25)], "/find_legal_aid"),
    (menus.JOB_OFFER_QUESTION, "and where do i get a lawyer", [("find_legal_aid", 0.6)], "/find_legal_aid"),
    (menus.JOB_OFFER_QUESTION, "e onde tem um médico em Boa Vista", [("find_health_care", 0.45)],
     '/find_health_care{"location": "Boa Vista"}'),
    # Not a need, too unsure, or two needs too close to call: the form's answer.
    (menus.QUESTION, "donde puedo reclamar", [("find_legal_aid", 0.2)], None),
    (menus.QUESTION, "donde puedo reclamar", [("find_legal_aid", 0.4), ("find_shelter", 0.35)], None),
    (menus.QUESTION, "donde puedo reclamar", [("request_human", 0.6), ("find_legal_aid", 0.3)], None),
    (menus.QUESTION, "no conozco bien", [("ask_rights", 0.7)], None),
    # An information question in the middle of a form is that question (answered, the form goes on).
    (menus.QUESTION, "que derechos tengo si no tengo papeles", [("ask_rights", 0.93)], "/ask_rights"),
    (menus.JOB_OFFER_QUESTION, "how do i travel there safely?", [("ask_safe_migration", 0.88)],
     "/ask_safe_migration"),
    (menus.JOB_OFFER_QUESTION, "quem guarda as minhas mensagens?", [("ask_privacy", 0.9)], "/ask_privacy"),
    # Danger and disclosures win over a need the NLU is unsure of; stopping stays stopping.
    (menus.QUESTION, "me estan golpeando ahora mismo, donde hay un albergue", [("find_shelter", 0.99)], "/emergency"),
    (menus.QUESTION, "si, la patrona me guarda el pasaporte, donde reclamo", [("find_legal_aid", 0.5)],
     "/report_exploitation"),
    (menus.QUESTION, "parar", [("find_legal_aid", 0.99)], None),
    (menus.QUESTION, "me estan golpeando ahora mismo, que derechos tengo", [("ask_rights", 0.99)], "/emergency"),
])
def test_a_reply_that_asks_for_a_need_instead_is_that_request(state: GatewayState, rasa: FakeRasa, loop,  # noqa: ANN001
                                                              key: str, monkeypatch: pytest.MonkeyPatch,
                                                              pending: str, answer: str,
                                                              nlu: list[tuple[str, float]], sent: str | None) -> None:
    dialogue = Dialogue(state)
    say(loop, dialogue, key, "hola")
    asking(state, key, pending)
    monkeypatch.setattr(rasa, "nlu", nlu[0])
    monkeypatch.setattr(rasa, "nlu_ranking", nlu)
    say(loop, dialogue, key, answer)
    assert rasa.messages(key)[-1] == (sent or answer)


def test_the_nlu_reading_keeps_its_ranking(state: GatewayState, rasa: FakeRasa, loop,  # noqa: ANN001
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rasa, "nlu", ("nlu_fallback", 0.45))
    monkeypatch.setattr(rasa, "nlu_ranking", [("nlu_fallback", 0.45), ("find_legal_aid", 0.4)])
    reading = loop.run_until_complete(state.rasa.parse("e onde posso reclamar"))
    assert reading == ("nlu_fallback", 0.45, (("nlu_fallback", 0.45), ("find_legal_aid", 0.4)))
    assert (reading.intent, reading.confidence) == ("nlu_fallback", 0.45)


@pytest.mark.parametrize("answer,nlu,sent", [
    ("necesito un abogado, estoy en Lima", [("find_legal_aid", 0.99)], '/find_legal_aid{"location": "Lima"}'),
    ("estoy en Lima con mis hijos", [("inform_location", 0.7)], '/inform_location{"location": "Lima"}'),
    ("en lima", [("find_legal_aid", 0.99)], '/inform_location{"location": "Lima"}'),
])
def test_where_are_you_answered_while_the_operator_is_awaited(state: GatewayState, rasa: FakeRasa, loop,  # noqa: ANN001
                                                               key: str, monkeypatch: pytest.MonkeyPatch, answer: str,
                                                               nlu: list[tuple[str, float]], sent: str) -> None:
    dialogue = Dialogue(state)
    say(loop, dialogue, key, "hola")
    with state.sessions() as db:
        store.create_or_raise_handoff(db, db.get(store.Conversation, key), "request_human", "priority", {})
        store.set_pending_menu(db, key, "location")
        db.commit()
    monkeypatch.setattr(rasa, "nlu", nlu[0])
    monkeypatch.setattr(rasa, "nlu_ranking", nlu)
    say(loop, dialogue, key, answer)
    assert rasa.messages(key)[-1] == sent


@pytest.mark.parametrize("first,greeted", [
    ("🙏🙏", True),
    ("😢😢😢", True),
    ("...", True),
    ("2", False),  # a menu number: the numbered path, as from any state
    ("0", False),  # danger by number is never held up
    ("hola", False),  # words: their language answers
])
def test_a_first_message_without_words_gets_the_greeting_in_several_languages(
        state: GatewayState, rasa: FakeRasa, loop, key: str, first: str, greeted: bool) -> None:  # noqa: ANN001
    result = say(loop, Dialogue(state), key, first)
    assert isinstance(result, Answered)
    assert (result.replies == [languages.wordless_greeting()]) is greeted
    assert (rasa.messages(key) == []) is greeted
    if greeted:
        with state.sessions() as db:
            assert db.get(store.Conversation, key).pending_menu == "language"
        say(loop, Dialogue(state), key, "4")  # the menu's number picks the language
        assert rasa.messages(key) == ["/choose_language"]
        with state.sessions() as db:
            assert db.get(store.Conversation, key).language == "pt"


def test_danger_by_number_after_the_wordless_greeting(state: GatewayState, rasa: FakeRasa, loop, key: str) -> None:  # noqa: ANN001
    dialogue = Dialogue(state)
    say(loop, dialogue, key, "😢")
    say(loop, dialogue, key, "0")
    assert rasa.messages(key) == ["/emergency"]


@pytest.mark.parametrize("first", ["hello, I need some information", "Saqarik"])  # the second: no language told
def test_a_wordless_message_later_goes_to_rasa(state: GatewayState, rasa: FakeRasa, loop, key: str,  # noqa: ANN001
                                               first: str) -> None:
    dialogue = Dialogue(state)
    say(loop, dialogue, key, first)
    say(loop, dialogue, key, "?")
    assert rasa.messages(key)[-1] == "?"


@pytest.mark.parametrize("text,nlu,asked", [
    # A question after a story: the disclosure, and the question the NLU still reads first.
    ("el patrón me quitó el pasaporte y no me deja salir, ¿eso es legal?",
     [("report_exploitation", 0.5), ("ask_rights", 0.4)], "ask_rights"),
    ("patwon an kenbe paspò m, li pa kite m soti. kisa trafik moun ye",
     [("ask_trafficking_info", 0.6), ("report_exploitation", 0.3)], "ask_trafficking_info"),
    # A rights question in words is answered whatever the NLU reads first.
    ("el patrón me quitó el pasaporte y no me deja salir, ¿eso es legal?", [("report_exploitation", 0.9)],
     "ask_rights"),
    # A request that is not a question to answer here: the disclosure alone.
    ("el patrón me quitó el pasaporte y no me deja salir, ¿dónde duermo?",
     [("report_exploitation", 0.5), ("find_shelter", 0.4)], None),
    # A disclosure that asks about rights: the question goes with it, to be answered.
    ("does my boss have the right to keep my passport?", [("report_exploitation", 0.9)], "ask_rights"),
    ("mon patron a le droit de garder mon passeport?", [("report_exploitation", 0.9)], "ask_rights"),
    ("can the agency keep my passport and my pay?", [("report_exploitation", 0.55), ("ask_rights", 0.4)],
     "ask_rights"),
    # Told, not asked.
    ("my boss took my passport and keeps my pay", [("report_exploitation", 0.95), ("ask_rights", 0.03)], None),
])
def test_a_question_after_a_story_is_answered_with_the_disclosure(state: GatewayState, rasa: FakeRasa, loop,  # noqa: ANN001
                                                                  key: str, monkeypatch: pytest.MonkeyPatch, text: str,
                                                                  nlu: list[tuple[str, float]], asked: str | None) -> None:
    monkeypatch.setattr(rasa, "nlu", nlu[0])
    monkeypatch.setattr(rasa, "nlu_ranking", nlu)
    say(loop, Dialogue(state), key, text)
    turn = [r for r in rasa.received if r["sender"] == key][-1]
    assert (turn["message"], turn["metadata"].get("asked")) == ("/report_exploitation", asked)


def _loop_ended(rasa: FakeRasa, key: str) -> bool:
    return any(e.get("event") == "active_loop" and e.get("name") is None for e in rasa.trackers.get(key, []))


@pytest.mark.parametrize("nlu,sent,ended", [
    # Answered, then the form asks its question again: the form is not ended.
    ([("ask_trafficking_info", 0.95)], "/ask_trafficking_info", False),
    # A need instead of an answer still ends it.
    ([("find_shelter", 0.95)], "/find_shelter", True),
])
def test_an_information_question_in_a_form_does_not_end_it(state: GatewayState, rasa: FakeRasa, loop,  # noqa: ANN001
                                                            key: str, monkeypatch: pytest.MonkeyPatch,
                                                            nlu: list[tuple[str, float]], sent: str,
                                                            ended: bool) -> None:
    dialogue = Dialogue(state)
    say(loop, dialogue, key, "hola")
    asking(state, key, menus.QUESTION)
    monkeypatch.setattr(rasa, "nlu", nlu[0])
    monkeypatch.setattr(rasa, "nlu_ranking", nlu)
    say(loop, dialogue, key, "pero qué es la trata exactamente")
    assert rasa.messages(key)[-1] == sent
    assert _loop_ended(rasa, key) is ended


@pytest.mark.parametrize("pending,text,sent", [
    ("offer", "pas maintenant", "/deny"),
    ("main", "oke", "/affirm"),
    ("main", "tá bom", "/affirm"),
    (None, "d'accord", "/affirm"),
    ("location", "ok", "ok"),
])
def test_a_plain_yes_or_refusal_is_read_by_the_gateway(state: GatewayState, rasa: FakeRasa, loop,  # noqa: ANN001
                                                       key: str, pending: str | None, text: str, sent: str) -> None:
    dialogue = Dialogue(state)
    say(loop, dialogue, key, "hola")
    asking(state, key, pending)
    say(loop, dialogue, key, text)
    assert rasa.messages(key)[-1] == sent


PRIORITY_STORY = "el patrón le quitó el pasaporte a mi hermana y no la deja salir"
REFER_STORY = "me trajeron con promesa de trabajo en un restaurante y fue para un bar de chicas"


@pytest.mark.parametrize("story,text,sent", [
    # Said to be safe now, at priority: more told, whatever the NLU reads in the violence words.
    (PRIORITY_STORY, "ahora está tranquila, no le pegan", "/report_exploitation"),
    (PRIORITY_STORY, "m pa an danje kounye a", "/report_exploitation"),
    # With a "but", the NLU decides as ever.
    (PRIORITY_STORY, "está tranquila pero él dice que hoy viene", "está tranquila pero él dice que hoy viene"),
    # Past violence said to be over, at refer: more told, not an emergency.
    (REFER_STORY, "esa vez un hombre me golpeo muy feo y terminé en el hospital, eso ya paso", "/report_exploitation"),
    # danger now after it: the emergency
    (REFER_STORY, "esa vez me golpeo muy feo, ya paso, pero ahora esta afuera esperandome", "/emergency"),
])
def test_safe_now_is_no_emergency(state: GatewayState, rasa: FakeRasa, loop, key: str,  # noqa: ANN001
                                  monkeypatch: pytest.MonkeyPatch, story: str, text: str, sent: str) -> None:
    dialogue = Dialogue(state)
    say(loop, dialogue, key, story)
    monkeypatch.setattr(rasa, "nlu", ("emergency", 0.9))
    say(loop, dialogue, key, text)
    assert rasa.messages(key)[-1] == sent
