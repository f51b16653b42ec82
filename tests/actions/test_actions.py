"""What the actions make of a message the NLU was unsure of (actions/actions.py; no Rasa needed)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasa_sdk import Tracker

from actions.actions import _about_procedure, _country, _first_turn, _likely_request, directory_need


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


def _tracker(metadata: dict, slots: dict, entity: str | None) -> Tracker:
    entities = [{"entity": "location", "value": entity}] if entity else []
    return Tracker("s", slots, {"metadata": metadata, "entities": entities}, [], False, None, None, None)


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
