"""What the actions make of a message the NLU was unsure of (actions/actions.py; no Rasa needed)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import (ActionAnswerOffer, ActionEmergency, ActionFindService, ActionTriage, _about_procedure, _country,
                             _first_turn, _likely_request, _location, directory_need)


def _ranking(*pairs: tuple[str, float]) -> list[dict]:
    return [{"name": "nlu_fallback", "confidence": 0.45}] + [{"name": n, "confidence": c} for n, c in pairs]


@pytest.mark.parametrize("ranking,intent", [
    (_ranking(("find_shelter", 0.44), ("out_of_scope", 0.1)), "find_shelter"),
    # A report and a request too close to call: the request is answered, screening reads the rest.
    (_ranking(("report_exploitation", 0.5), ("find_legal_aid", 0.48)), "find_legal_aid"),
    (_ranking(("ask_safe_migration", 0.42), ("ask_job_offer", 0.16)), "ask_safe_migration"),
    # Two requests too close to call, or too weak, or danger among the best guesses: no guess.
    (_ranking(("find_shelter", 0.4), ("find_health_care", 0.35)), None),
    (_ranking(("find_shelter", 0.2), ("greet", 0.1)), None),
    (_ranking(("emergency", 0.4), ("find_shelter", 0.38)), None),
    (_ranking(("greet", 0.44), ("thank", 0.4), ("find_shelter", 0.3)), None),
    ([], None),
])
def test_a_request_the_nlu_still_ranks_first_is_answered(ranking: list[dict], intent: str | None) -> None:
    assert _likely_request(ranking) == intent


@pytest.mark.parametrize("text,expected", [
    ("¿cómo pido asilo?", True), ("how do I apply for asylum here", True), ("je veux demander l'asile", True),
    ("como faço para pedir refúgio", True), ("tengo cita en la COMAR", True),
    ("¿cómo viajo seguro al norte?", False), ("", False),
    # the other procedures: papers put in order, visas, permits (#17)
    ("como regularizo meus papeis?", True), ("kijan pou m regilarize sitiyasyon m", True),
    ("do I need a visa to work in Canada?", True), ("comment avoir un titre de séjour", True),
    ("èske m bezwen viza?", True), ("how can i travel safely to mexico?", False),
    ("c'est dangereux de traverser le désert?", False),
    ("comment je fais pour avoir mes papiers?", True), ("como faço pra tirar meus papéis", True),
    ("m bezwen jwenn papye", True), ("is it safe to travel without papers?", False),
])
def test_procedure_questions_are_told_from_travel_advice(text: str, expected: bool) -> None:
    assert _about_procedure(text) is expected


@pytest.mark.parametrize("need,needs,expected", [
    # Legal help asked by someone whose pay is withheld: the labour-rights service first.
    ("legal_aid", ["labour_dispute"], "labour_rights"),
    ("legal_aid", ["homelessness", "labour_dispute"], "labour_rights"),
    ("legal_aid", [], "legal_aid"),
    ("legal_aid", None, "legal_aid"),
    ("legal_aid", ["smuggling_only"], "legal_aid"),
    # Any other need stays what was asked for.
    ("shelter", ["labour_dispute"], "shelter"),
    ("health_care", ["labour_dispute"], "health_care"),
    (None, ["labour_dispute"], None),
])
def test_the_directory_need_of_a_request(need: str | None, needs: list[str] | None, expected: str | None) -> None:
    assert directory_need(need, {"risk_level": "refer", "needs": needs}) == expected


_USER, _BOT, _SESSION = {"event": "user"}, {"event": "bot"}, {"event": "session_started"}


@pytest.mark.parametrize("events,first", [
    ([_SESSION, _USER], True),  # a language chosen before anything else reached Rasa
    ([_USER], True),
    ([_USER, _BOT, _USER], False),
    ([_SESSION, _USER, _BOT, _SESSION, _USER], False),
])
def test_the_persons_first_turn(events: list[dict], first: bool) -> None:
    assert _first_turn(SimpleNamespace(events=events)) is first


def _tracker(metadata: dict, slots: dict, entity: str | None, events: list[dict] | None = None) -> Tracker:
    entities = [{"entity": "location", "value": entity}] if entity else []
    return Tracker("s", slots, {"metadata": metadata, "entities": entities}, events or [], False, None, None, None)


_ASKED_WHERE = [{"event": "user", "text": "..."}, {"event": "bot", "metadata": {"utter_action": "utter_ask_location"}},
                {"event": "user", "text": "..."}]


@pytest.mark.parametrize("metadata,slots,entity,events,location", [
    ({"place": "Tapachula"}, {"location": "Tijuana"}, "Tapachula", [], "Tapachula"),  # the gateway read it
    ({}, {}, "Carrefour-Feuilles", [], "Carrefour-Feuilles"),  # nothing known yet: the NLU's tag
    # a neighbourhood named in passing by someone whose town is known ("on a dû quitter ...")
    ({}, {"location": "Port-au-Prince"}, "Carrefour-Feuilles", [], "Port-au-Prince"),
    ({"last_place": "Port-au-Prince"}, {}, "Carrefour-Feuilles", [], "Port-au-Prince"),
    # the answer to "where are you?" counts, whatever the gazetteer knows
    ({}, {"location": "Port-au-Prince"}, "Carrefour-Feuilles", _ASKED_WHERE, "Carrefour-Feuilles"),
    ({"origin_only": True}, {"location": "Lima"}, "Caracas", [], "Lima"),
])
def test_the_place_the_referral_uses(metadata: dict, slots: dict, entity: str | None, events: list[dict],
                                     location: str | None) -> None:
    assert _location(_tracker(metadata, slots, entity, events)) == location


@pytest.mark.parametrize("metadata,slots,entity,country", [
    ({"country": "NI"}, {"location": "Montevideo"}, None, "NI"),  # what the gateway read wins
    ({}, {"location": "Caruaru, Brasil"}, None, "BR"),  # a GeoNames town in the slot
    ({}, {}, "Chinandega", "NI"),  # a town the NLU tagged in this message
    ({"origin_only": True}, {}, "Chinandega", None),  # where the person comes from says nothing
    ({}, {}, None, None),
])
def test_the_country_for_the_emergency_number(metadata: dict, slots: dict, entity: str | None,
                                               country: str | None) -> None:
    assert _country(_tracker(metadata, slots, entity)) == country


# -- the operator offer, its answers and the questions a disclosure asks (issue 17) -----------

_OFFERED = [{"event": "user", "text": "..."}, {"event": "bot", "metadata": {"utter_action": "utter_offer_operator"}}]


def _turn(intent: str, text: str, slots: dict | None = None, metadata: dict | None = None,
             events: list[dict] | None = None, active_loop: dict | None = None) -> Tracker:
    latest = {"intent": {"name": intent}, "text": text, "metadata": metadata or {}}
    return Tracker("test", slots or {}, latest, [*(events or []), {"event": "user", "text": text}], False, None,
                   active_loop or {}, "action_listen")


def _run(action, tracker: Tracker) -> tuple[list[str | None], list[dict]]:  # noqa: ANN001
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, tracker, {})
    return [m.get("response") for m in dispatcher.messages if m.get("response")], events


@pytest.mark.parametrize("intent,text,responses", [
    # A refusal, plain or said at length, declines.
    ("deny", "/deny", ["utter_offer_declined", "utter_menu"]),
    ("deny", "pas maintenant", ["utter_offer_declined", "utter_menu"]),
    ("deny", "no quiero hablar con nadie", ["utter_offer_declined", "utter_menu"]),
    # A new fact with a no in it: the offer stands, asked again briefly.
    ("deny", "nunca salgo sola", ["utter_offer_reminder"]),
    ("deny", "nao posso sair", ["utter_offer_reminder"]),
    ("deny", "je ne sors jamais", ["utter_offer_reminder"]),
    ("affirm", "/affirm", ["utter_handoff_started"]),
])
def test_a_reply_to_the_offer(intent: str, text: str, responses: list[str]) -> None:
    said, _ = _run(ActionAnswerOffer(), _turn(intent, text, {"offer_pending": True}, {"risk_level": "priority"},
                                                 _OFFERED))
    assert said == responses


@pytest.mark.parametrize("level,slots,active_loop,metadata,responses", [
    # Declined before, at priority, nothing else asked: a plain yes opens the handoff.
    ("priority", {}, None, {}, ["utter_handoff_started"]),
    ("immediate", {}, None, {}, ["utter_handoff_started"]),
    # Anything else: the menu, as before.
    ("refer", {}, None, {}, ["utter_menu"]),
    ("info", {}, None, {}, ["utter_menu"]),
    ("priority", {"requested_need": "shelter"}, None, {}, ["utter_menu"]),
    ("priority", {}, {"name": "screening_form"}, {}, ["utter_menu"]),
    ("priority", {}, None, {"handoff_open": True}, ["utter_menu"]),
])
def test_a_later_yes_takes_up_the_offer_at_priority(level: str, slots: dict, active_loop: dict | None,
                                                    metadata: dict, responses: list[str]) -> None:
    said, _ = _run(ActionAnswerOffer(), _turn("affirm", "/affirm", slots, {"risk_level": level, **metadata},
                                                 active_loop=active_loop))
    assert said == responses


@pytest.mark.parametrize("asked,offered,responses", [
    ("ask_rights", False, ["utter_report_ack", "utter_rights_info", "utter_offer_operator"]),
    ("ask_rights", True, ["utter_rights_info", "utter_offer_reminder"]),
    (None, False, ["utter_report_ack", "utter_offer_operator"]),
    ("greet", False, ["utter_report_ack", "utter_offer_operator"]),
])
def test_a_disclosure_that_asks_a_question_gets_its_answer_and_the_offer(asked: str | None, offered: bool,
                                                                          responses: list[str]) -> None:
    metadata = {"risk_level": "priority", "asked": asked, "screening": {"risk_level": "priority"}}
    said, _ = _run(ActionTriage(), _turn("report_exploitation", "/report_exploitation", {}, metadata,
                                            _OFFERED if offered else []))
    assert said == responses


def test_danger_is_not_delayed_by_the_question_it_asks() -> None:
    metadata = {"risk_level": "immediate", "asked": "ask_rights", "screening": {"risk_level": "immediate"}}
    said, _ = _run(ActionTriage(), _turn("report_exploitation", "/report_exploitation", {}, metadata))
    assert "utter_rights_info" not in said and "utter_handoff_started" in said


def test_a_basic_need_is_the_directorys_food_and_basic_needs() -> None:
    said, events = _run(ActionFindService(), _turn("find_basic_needs", "necesito comida"))
    assert said == ["utter_ask_location"]
    assert {"event": "slot", "timestamp": None, "name": "requested_need", "value": "food_basic_needs"} in events


# -- the emergency hand-off's level: the person's choice, the screening, or a sure classifier ----

@pytest.mark.parametrize("text,confidence,screened,level", [
    ("/emergency", 1.0, "info", "immediate"),  # the menu's "I am in danger now", or forced by the gateway
    ("mi hijo no despierta", 0.95, "info", "immediate"),  # the classifier is sure
    ("mi hijo no despierta", 0.55, "immediate", "immediate"),  # the screening engine rates it immediate
    ("se me corto la mano hace tres dias", 0.55, "refer", "priority"),  # an unsure reading alone
])
def test_the_emergency_handoff_level(text: str, confidence: float, screened: str, level: str) -> None:
    latest = {"intent": {"name": "emergency", "confidence": confidence}, "text": text,
              "metadata": {"screening": {"risk_level": screened}}}
    tracker = Tracker("test", {}, latest, [{"event": "user", "text": text}], False, None, {}, "action_listen")
    responses, events = _run(ActionEmergency(), tracker)
    assert responses[-1] == "utter_handoff_started"
    assert {"event": "slot", "timestamp": None, "name": "risk_level", "value": level} in events
