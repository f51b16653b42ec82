"""Rasa custom actions. Kept thin: the logic lives in plain modules under bot/ and services/.

Actions talk to the gateway through custom JSON replies ({"hotline": {...}}), which the
gateway acts on after the turn: that keeps Rasa's tracker writes and the gateway's
handoff/erasure in a safe order, and needs no extra network path.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.emergency import emergency_contact
from bot.places import resolve_country

DomainDict = dict[str, Any]

NEED_BY_INTENT = {
    "find_shelter": "shelter",
    "find_legal_aid": "legal_aid",
    "find_health_care": "health_care",
    "find_psychological_support": "psychological_support",
    "find_consulate": "consulate",
}


def _metadata(tracker: Tracker) -> dict[str, Any]:
    return (tracker.latest_message or {}).get("metadata") or {}


def _control(dispatcher: CollectingDispatcher, **payload: Any) -> None:
    dispatcher.utter_message(json_message={"hotline": payload})


def _utter_emergency_number(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    contact = emergency_contact(tracker.get_slot("country"))
    if contact:
        dispatcher.utter_message(response="utter_emergency_number", number=contact.number)
    else:
        dispatcher.utter_message(response="utter_emergency_no_country")


def open_handoff(dispatcher: CollectingDispatcher, reason: str, risk_level: str) -> list[dict]:
    dispatcher.utter_message(response="utter_handoff_started")
    _control(dispatcher, handoff={"reason": reason, "risk_level": risk_level})
    return [SlotSet("risk_level", risk_level)]


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        _utter_emergency_number(dispatcher, tracker)
        return open_handoff(dispatcher, "emergency", "immediate")


class ActionRequestHuman(Action):
    def name(self) -> str:
        return "action_request_human"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        level = tracker.get_slot("risk_level")
        return open_handoff(dispatcher, "request_human", "immediate" if level == "immediate" else "priority")


class ActionDeleteMyData(Action):
    def name(self) -> str:
        return "action_delete_my_data"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        dispatcher.utter_message(response="utter_data_deleted")
        _control(dispatcher, erase=True)
        return []


class ActionChooseLanguage(Action):
    def name(self) -> str:
        return "action_choose_language"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        # The gateway decides the language before the turn and says whether it changed.
        if _metadata(tracker).get("language_changed"):
            dispatcher.utter_message(response="utter_language_set")
        else:
            dispatcher.utter_message(response="utter_language_menu")
        return []


class ActionFindService(Action):
    def name(self) -> str:
        return "action_find_service"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        need = NEED_BY_INTENT.get(intent) or tracker.get_slot("requested_need")
        events: list[dict] = [SlotSet("requested_need", need)]
        location = next(tracker.get_latest_entity_values("location"), None) or tracker.get_slot("location")
        if not location:
            dispatcher.utter_message(response="utter_ask_location")
            return events
        return events + _refer(dispatcher, tracker, need, location)


def _refer(dispatcher: CollectingDispatcher, tracker: Tracker, need: str | None, location: str) -> list[dict]:
    # Placeholder lookup until the service directory lands: an operator gives the referral.
    dispatcher.utter_message(response="utter_referral_pending")
    dispatcher.utter_message(response="utter_offer_operator")
    return [SlotSet("requested_need", None)]


class ActionSetLocation(Action):
    def name(self) -> str:
        return "action_set_location"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        location = next(tracker.get_latest_entity_values("location"), None)
        if not location:  # the model heard a place but found none: ask rather than pretend
            dispatcher.utter_message(response="utter_ask_location")
            return []
        events: list[dict] = [SlotSet("location", location)]
        country = resolve_country(location or "")
        if country:
            events.append(SlotSet("country", country))
            _control(dispatcher, country=country)
        need = tracker.get_slot("requested_need")
        if need and location:
            return events + _refer(dispatcher, tracker, need, location)
        dispatcher.utter_message(response="utter_location_noted")
        return events


class ActionSetAge(Action):
    def name(self) -> str:
        return "action_set_age"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        dispatcher.utter_message(response="utter_age_noted")
        return []


class ActionFallbackMenu(Action):
    def name(self) -> str:
        return "action_fallback_menu"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        dispatcher.utter_message(response="utter_not_understood")
        dispatcher.utter_message(response="utter_menu")
        return []
