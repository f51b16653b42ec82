"""Rasa custom actions. Kept thin: the logic lives in plain modules under bot/ and services/.

Actions talk to the gateway through custom JSON replies ({"hotline": {...}}, typed in
bot/protocol.py), which the gateway acts on after the turn: that keeps Rasa's tracker writes and the gateway's
handoff/erasure in a safe order, and needs no extra network path.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from sqlalchemy.orm import Session
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from bot import protocol
from bot.answers import classify
from bot.emergency import country_from_place, emergency_contact
from bot.languages import fully_supported
from bot.menus import refuses_offer
from bot.nlu_guess import likely_request
from bot.safety import asks_about_erasing
from bot.screening import assess_job_offer, jokes, needs_said, screen
from bot.settings import database_url
from bot.text.folding import fold
from bot.text.paging import MORE_ANSWER
from services.referrals import engine_for, find_referrals

DomainDict = dict[str, Any]

NEED_BY_INTENT = {
    "find_shelter": "shelter",
    "find_legal_aid": "legal_aid",
    "find_health_care": "health_care",
    "find_psychological_support": "psychological_support",
    "find_consulate": "consulate",
    "find_basic_needs": "food_basic_needs",
}


# A need the directory may not serve in a town, and the one to try there instead.
NEED_FALLBACK = {"labour_rights": "legal_aid", "migration_asylum": "legal_aid"}


def _metadata(tracker: Tracker) -> dict[str, Any]:
    return (tracker.latest_message or {}).get("metadata") or {}


def _location(tracker: Tracker) -> str | None:
    """Where the person is: the place the gateway read in this message (its gazetteer knows
    lower-case, accentless and abbreviated names), else what the NLU tagged, else what they
    said earlier."""
    metadata = _metadata(tracker)
    return (metadata.get("place") or _location_entity(tracker) or tracker.get_slot("location")
            or metadata.get("last_place"))


WHERE_QUESTIONS = ("utter_ask_location", "utter_place_unknown")


def _location_entity(tracker: Tracker) -> str | None:
    """The place the NLU tagged, unless the gateway saw it is where the person comes from, or
    the gateway read no place where the person is in a message that names one in passing ("on
    a dû quitter Carrefour-Feuilles") from someone whose town is known. Asked where they are,
    their answer counts."""
    metadata = _metadata(tracker)
    if metadata.get("origin_only"):
        return None
    entity = next(tracker.get_latest_entity_values("location"), None)
    known = tracker.get_slot("location") or metadata.get("last_place")
    if entity and known and not metadata.get("place") and _last_said(tracker) not in WHERE_QUESTIONS:
        return None
    return entity


def _country(tracker: Tracker) -> str | None:
    """Where the gateway read the person is, else the place slot's country, else the country
    of a place the NLU tagged in this message (a town in GeoNames' list too)."""
    return (_metadata(tracker).get("country") or tracker.get_slot("country")
            or country_from_place(tracker.get_slot("location") or "")
            or country_from_place(_location_entity(tracker) or ""))


def _control(dispatcher: CollectingDispatcher, control: protocol.Control) -> None:
    dispatcher.utter_message(json_message=protocol.message(control))


# SMS-sized answers; the rest is one numbered reply away (MORE_ANSWER). The gateway renders the rest in the
# person's language when they send the number (it is not a menu: any other reply moves on).
INFO_ANSWERS: dict[str, tuple[str, str | None]] = {
    "ask_privacy": ("utter_privacy", "utter_privacy_more"),
    "ask_safe_migration": ("utter_safe_migration_info", "utter_safe_migration_info_more"),
    "ask_trafficking_info": ("utter_trafficking_info", "utter_trafficking_info_more"),
    "ask_rights": ("utter_rights_info", None),
}


def _answer_asked(dispatcher: CollectingDispatcher, asked: str | None) -> None:
    """The short answer to a question a disclosure also asked ("... is that legal?"), without
    its "more": the operator offer comes next, and its reply is the one that matters."""
    if asked in INFO_ANSWERS:
        dispatcher.utter_message(response=INFO_ANSWERS[asked][0])


def _answer(dispatcher: CollectingDispatcher, response: str, more: str | None) -> None:
    dispatcher.utter_message(response=response)
    if more:
        dispatcher.utter_message(response="utter_more", number=MORE_ANSWER)
        _control(dispatcher, protocol.MoreResponse(MORE_ANSWER, more))


def _utter_emergency_number(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    # The gateway reads the country from any message that names a place, whatever its intent;
    # what the person says wins over the calling code of their number (a migrant keeps a home SIM).
    contact = emergency_contact(_country(tracker))
    if contact:
        dispatcher.utter_message(response="utter_emergency_number", number=contact.number)
    else:
        dispatcher.utter_message(response="utter_emergency_no_country")


def offer_operator(dispatcher: CollectingDispatcher) -> list[dict]:
    """Offers a person; the next yes or no answers this offer (action_answer_offer)."""
    dispatcher.utter_message(response="utter_offer_operator")
    return [SlotSet("offer_pending", True)]


def _offer_once(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict]:
    """The operator offer, unless it stands already (then a shorter reminder, never the same
    question twice in a row) or a handoff is already open."""
    if _metadata(tracker).get("handoff_open"):
        return []
    if _offer_just_made(tracker) == "utter_offer_operator":
        dispatcher.utter_message(response="utter_offer_reminder")
        return [SlotSet("offer_pending", True)]
    return offer_operator(dispatcher)  # also after a reminder: the two take turns


OFFERS = ("utter_offer_operator", "utter_offer_reminder")


def _last_said(tracker: Tracker) -> str | None:
    """The response the bot's last words before this message came from."""
    seen_user = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            if seen_user:
                return None
            seen_user = True
        elif event.get("event") == "bot" and seen_user:
            return (event.get("metadata") or {}).get("utter_action")
    return None


def _offer_just_made(tracker: Tracker) -> str | None:
    """The offer (or its reminder) when it was the bot's last words before this message."""
    said = _last_said(tracker)
    return said if said in OFFERS else None


def open_handoff(dispatcher: CollectingDispatcher, reason: str, risk_level: str,
                 summary: dict[str, Any] | None = None) -> list[dict]:
    dispatcher.utter_message(response="utter_handoff_started")
    _control(dispatcher, protocol.Handoff(reason, risk_level, summary or None))
    return [SlotSet("risk_level", risk_level)]


class ActionOfferOperator(Action):
    def name(self) -> str:
        return "action_offer_operator"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        return offer_operator(dispatcher)


class ActionAnswerOffer(Action):
    """Yes or no: to the operator offer if one is pending, else the menu."""

    def name(self) -> str:
        return "action_answer_offer"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        level = _metadata(tracker).get("risk_level") or tracker.get_slot("risk_level")
        if not tracker.get_slot("offer_pending"):
            if intent == "affirm" and _accepts_earlier_offer(tracker):
                return open_handoff(dispatcher, "request_human", "immediate" if level == "immediate" else "priority")
            dispatcher.utter_message(response="utter_menu")
            return []
        if intent == "affirm":
            return [SlotSet("offer_pending", None)] + open_handoff(
                dispatcher, "request_human", "immediate" if level == "immediate" else "priority")
        if told_more(tracker.latest_message.get("text")):
            # "nunca salgo sola": a new fact with a no in it, not a refusal. The gateway screened
            # and stored it; the offer stands, asked again briefly.
            return _offer_once(dispatcher, tracker)
        dispatcher.utter_message(response="utter_offer_declined")
        dispatcher.utter_message(response="utter_menu")
        return [SlotSet("offer_pending", None)]


def told_more(text: str | None) -> bool:
    """A reply to the offer the NLU read as a no that is words of the person's, not a refusal
    (the gateway sends a plain yes or no as /affirm or /deny)."""
    return bool(text) and not text.startswith("/") and not refuses_offer(text)


def _accepts_earlier_offer(tracker: Tracker) -> bool:
    """A plain yes with no offer pending, in a conversation at priority or above and with no
    other question open: the person takes up the offer they declined (or missed) before."""
    levels = {_metadata(tracker).get("risk_level"), tracker.get_slot("risk_level")}
    return (bool(levels & {"priority", "immediate"}) and not tracker.get_slot("requested_need")
            and not (tracker.active_loop or {}).get("name") and not _metadata(tracker).get("handoff_open"))


class ActionInfoAnswer(Action):
    def name(self) -> str:
        return "action_info_answer"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent not in INFO_ANSWERS:
            dispatcher.utter_message(response="utter_menu")
            return []
        if "child_protection" in _said(tracker):
            # "onde fica o conselho tutelar?": a question about a service, not about travel
            return _find_service(dispatcher, tracker, "child_protection")
        if intent == "ask_safe_migration" and _about_procedure(tracker.latest_message.get("text")):
            # Travel advice does not answer "how do I ask for asylum?" or "how do I get my
            # papers in order?": the services for those procedures do.
            return _find_service(dispatcher, tracker, "migration_asylum")
        _answer(dispatcher, *INFO_ANSWERS[intent])
        return []


# Asylum and refugee status, as people name them in the line's languages (and the agencies
# that handle them), and the other migration procedures: papers put in order, visas, residence
# and work permits. The NLU reads these questions as ask_safe_migration.
PROCEDURE_WORDS = frozenset(fold(w, words=True) for w in """asilo asylum asile refugio refugiado refugiada refugiados
    refuge refugee refugees réfugié réfugiée refúgio refugiada refijye azil comar acnur unhcr hcr conare
    regularizar regularizo regularizarme regularización regularização regularize regularise régulariser
    régularisation regilarize regilarizasyon visa visas visto vistos viza residencia residência residency
    residence résidence rezidans permiso permit permis pèmi séjour sejour""".split())


# Getting one's papers, said with a verb: "papers" alone may be about travelling with them.
PROCEDURE_PHRASES = tuple(f" {fold(p, words=True)} " for p in (
    "avoir mes papiers", "avoir des papiers", "faire mes papiers", "obtenir mes papiers", "obtenir des papiers",
    "fazer meus papeis", "tirar meus papeis", "tirar documentos", "conseguir documentos", "conseguir meus papeis",
    "sacar mis papeles", "arreglar mis papeles", "arreglar papeles", "conseguir papeles", "tramitar mis papeles",
    "get my papers", "get papers", "get my documents", "fix my papers", "my papers in order",
    "jwenn papye", "fè papye", "ranje papye",
))


def _about_procedure(text: str | None) -> bool:
    folded = fold(text or "", words=True)
    return bool(PROCEDURE_WORDS.intersection(folded.split())) or any(p in f" {folded} " for p in PROCEDURE_PHRASES)


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        _utter_emergency_number(dispatcher, tracker)
        if _screening(tracker).get("risk_level") != "immediate" and jokes(tracker.latest_message.get("text") or ""):
            # "vai me matar se eu errar a planilha kkkk": the NLU read the words, the screening
            # the joke. The number stays, in case; no operator is pulled from a crisis.
            return []
        return open_handoff(dispatcher, "emergency", _emergency_level(tracker))


# The classifier's own emergency reading, with no immediate reading by the screening engine (which
# shows the operator its evidence), opens the hand-off at priority unless it is this sure: quiet
# dangers still get the number and a person, without a benign health or rent question taking the
# top of the queue (issue #17: fresh conversations over-escalated 14 of 360 at immediate).
SURE_EMERGENCY = 0.8


def _emergency_level(tracker: Tracker) -> str:
    """immediate when the person chose it (a menu choice or the gateway's forced /emergency),
    the screening engine rates the conversation immediate, or the classifier is sure."""
    message = tracker.latest_message or {}
    if (message.get("text") or "").startswith("/") or _screening(tracker).get("risk_level") == "immediate":
        return "immediate"
    return "immediate" if (message.get("intent") or {}).get("confidence", 0.0) >= SURE_EMERGENCY else "priority"


class ActionRequestHuman(Action):
    def name(self) -> str:
        return "action_request_human"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        level = _metadata(tracker).get("risk_level") or tracker.get_slot("risk_level")
        return open_handoff(dispatcher, "request_human", "immediate" if level == "immediate" else "priority")


class ActionDeleteMyData(Action):
    def name(self) -> str:
        return "action_delete_my_data"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        if asks_about_erasing(tracker.latest_message.get("text") or ""):
            # "can I delete it later? I don't want to delete anything now": answered, nothing lost
            _answer(dispatcher, *INFO_ANSWERS["ask_privacy"])
            return []
        dispatcher.utter_message(response="utter_data_deleted")
        _control(dispatcher, protocol.Erase())
        return []


class ActionChooseLanguage(Action):
    def name(self) -> str:
        return "action_choose_language"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        # The gateway decides the language before the turn and says whether it changed.
        if _metadata(tracker).get("language_changed"):
            dispatcher.utter_message(response="utter_language_set")
            if _first_turn(tracker):
                # Chosen before anything was asked (from the greeting a wordless first message
                # gets): what the line offers, now in that language.
                dispatcher.utter_message(response="utter_menu")
        elif not fully_supported(_metadata(tracker).get("language") or "es"):
            # "I don't speak Spanish" in a language we cannot serve well: a person with an
            # interpreter (reply 1), rather than a list where 1 is Spanish.
            dispatcher.utter_message(response="utter_language_limited")
        else:
            dispatcher.utter_message(response="utter_language_menu")
        return []


def _first_turn(tracker: Tracker) -> bool:
    """No message of the person's before this one reached Rasa."""
    return sum(1 for e in tracker.events if e.get("event") == "user") <= 1


class ActionFindService(Action):
    def name(self) -> str:
        return "action_find_service"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        return _find_service(dispatcher, tracker, NEED_BY_INTENT.get(intent) or tracker.get_slot("requested_need"))


def directory_need(need: str | None, screening: dict[str, Any], said: frozenset[str] = frozenset()) -> str | None:
    """The directory's need for a request: legal help asked by someone whose pay is withheld
    ("who can help me get what they owe me?") is first the labour-rights service, which
    handles wage claims (legal aid where the town has none: NEED_FALLBACK). A request that
    names the protection of children (`said`: this message's own words) is for the
    child-protection service, whatever service the NLU read."""
    if "child_protection" in said:
        return "child_protection"
    if need == "legal_aid" and "labour_dispute" in (screening.get("needs") or ()):
        return "labour_rights"
    return need


def _said(tracker: Tracker) -> frozenset[str]:
    """The needs the latest message names itself."""
    text = (tracker.latest_message or {}).get("text") or ""
    return needs_said(text, _metadata(tracker).get("language") or "es") if text else frozenset()


def _find_service(dispatcher: CollectingDispatcher, tracker: Tracker, need: str | None) -> list[dict]:
    need = directory_need(need, _screening(tracker), _said(tracker))
    location = _location(tracker)
    if not location and not _metadata(tracker).get("location"):
        dispatcher.utter_message(response="utter_ask_location")
        return [SlotSet("requested_need", need)]
    return _refer(dispatcher, tracker, need, location)


def _age(tracker: Tracker) -> int | None:
    value = str(tracker.get_slot("age") or "")
    return int(value) if value.isdecimal() else None  # "1²" is isdigit(), and int() refuses it


def _refer(dispatcher: CollectingDispatcher, tracker: Tracker, need: str | None, location: str | None,
           offer: bool = True) -> list[dict]:
    """Referrals from the service directory; never a confidential address. `offer`: when none
    is found, offer a person (not when questions follow at once)."""
    point = _metadata(tracker).get("location") or {}
    lang = _metadata(tracker).get("language")
    need = need or "shelter"
    # Said once: a later screening of the same need does not repeat the list.
    events: list[dict] = [SlotSet("referred_need", need)]
    with Session(engine_for(database_url())) as session:
        outcome = find_referrals(session, need, place=location, lat=point.get("lat"),
                                 lon=point.get("lon"), lang=lang, age=_age(tracker))
        if outcome.status == "none" and need in NEED_FALLBACK:
            outcome = find_referrals(session, NEED_FALLBACK[need], place=location, lat=point.get("lat"),
                                     lon=point.get("lon"), lang=lang, age=_age(tracker))
    if location:
        events.append(SlotSet("location", location))
    if outcome.status == "unknown_place":
        dispatcher.utter_message(response="utter_place_unknown")
        return [SlotSet("requested_need", need), SlotSet("location", None)]
    if outcome.country:
        events.append(SlotSet("country", outcome.country))
        _control(dispatcher, protocol.Country(outcome.country))
    if outcome.status == "found":
        dispatcher.utter_message(response="utter_referrals_intro")
        dispatcher.utter_message(text="\n".join(outcome.blocks))
        if outcome.more:
            _control(dispatcher, protocol.MorePages(tuple((str(n), str(t)) for n, t in outcome.more)))
        if outcome.confidential:
            dispatcher.utter_message(response="utter_referral_confidential")
    else:
        dispatcher.utter_message(response="utter_no_referrals")
        contact = emergency_contact(outcome.country)
        if contact and contact.hotline:
            dispatcher.utter_message(response="utter_national_hotline", number=contact.hotline)
        elif contact:
            dispatcher.utter_message(response="utter_emergency_number", number=contact.number)
        else:
            dispatcher.utter_message(response="utter_emergency_no_country")
        if offer:
            events += _offer_once(dispatcher, tracker)
    return events + [SlotSet("requested_need", None)]


class ActionSetLocation(Action):
    def name(self) -> str:
        return "action_set_location"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        location = _metadata(tracker).get("place") or _location_entity(tracker)
        if not location:  # no place, or only where the person comes from: ask rather than pretend
            dispatcher.utter_message(response="utter_ask_location")
            return []
        events: list[dict] = [SlotSet("location", location)]
        need = tracker.get_slot("requested_need") or _unserved_need(tracker)
        if need:
            return events + _refer(dispatcher, tracker, need, location)
        country = country_from_place(location)
        if country:
            events.append(SlotSet("country", country))
            _control(dispatcher, protocol.Country(country))
        dispatcher.utter_message(response="utter_location_noted")
        return events


class ActionSetAge(Action):
    def name(self) -> str:
        return "action_set_age"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        dispatcher.utter_message(response="utter_age_noted")
        if tracker.get_slot("requested_need"):  # still waiting for a place: no dead end
            dispatcher.utter_message(response="utter_ask_location")
        return []


LONG_MESSAGE_WORDS = 8


def _likely_request(ranking: list[dict[str, Any]]) -> str | None:
    """A referral or information request the unsure NLU still ranks clearly first (bot/nlu_guess.py)."""
    pairs = [(str(r.get("name")), float(r.get("confidence") or 0.0)) for r in ranking]
    return likely_request(pairs, (*NEED_BY_INTENT, *INFO_ANSWERS))


class ActionFallbackMenu(Action):
    def name(self) -> str:
        return "action_fallback_menu"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        if _unserved_need(tracker):
            # Words the NLU could not place, in which screening found a need ("we sleep in
            # the street"): answered as the disclosure it is, with the referral.
            dispatcher.utter_message(response="utter_report_ack")
            return _follow_level(dispatcher, tracker, _screening(tracker), "disclosure")
        intent = _likely_request(tracker.latest_message.get("intent_ranking") or [])
        if intent in NEED_BY_INTENT:
            return _find_service(dispatcher, tracker, NEED_BY_INTENT[intent])
        if intent in INFO_ANSWERS:
            _answer(dispatcher, *INFO_ANSWERS[intent])
            return []
        if len((tracker.latest_message.get("text") or "").split()) >= LONG_MESSAGE_WORDS:
            # A long message we cannot place: a person can read it; the menu for everything else.
            events = _offer_once(dispatcher, tracker)
            dispatcher.utter_message(response="utter_menu")
            return events
        dispatcher.utter_message(response="utter_not_understood")
        dispatcher.utter_message(response="utter_menu")
        return []


# --- Screening -------------------------------------------------------------------------

SCREENING_SLOTS = ("q_free_to_leave", "q_documents", "q_debt", "q_age")
# Needs the screening found, as the directory's needs.
REFER_NEEDS = {"smuggling_only": "migration_asylum", "labour_dispute": "labour_rights",
               "partner_violence": "shelter", "homelessness": "shelter", "child_protection": "child_protection"}


def _screening(tracker: Tracker) -> dict[str, Any]:
    return _metadata(tracker).get("screening") or {}


def _follow_level(dispatcher: CollectingDispatcher, tracker: Tracker, screening: dict[str, Any],
                  reason: str, summary: dict[str, Any] | None = None) -> list[dict]:
    """What each risk level gets. Help never depends on police, documents or status.

    `summary` goes with a handoff only when this action screened anew (with answers); the
    gateway already holds the per-message screening."""
    level = screening.get("risk_level", "info")
    if level == "immediate":
        _utter_emergency_number(dispatcher, tracker)
        return open_handoff(dispatcher, reason, "immediate", summary)
    events: list[dict] = [SlotSet("risk_level", level)]
    need = _refer_need(screening) if level == "refer" else None
    if need == JOB_OFFER:
        dispatcher.utter_message(response="utter_job_offer_intro")
        return events + [FollowupAction("job_offer_form")]
    if need and need != tracker.get_slot("referred_need"):
        location = _location(tracker)
        if location or _metadata(tracker).get("location"):
            return events + _refer(dispatcher, tracker, need, location)
        dispatcher.utter_message(response="utter_ask_location")
        return events + [SlotSet("requested_need", need)]
    return events + _offer_once(dispatcher, tracker)


JOB_OFFER = "job_offer"


def _unserved_need(tracker: Tracker) -> str | None:
    """The directory need a `refer` screening found, when no referral was given for it yet."""
    screening = _screening(tracker)
    need = _refer_need(screening) if screening.get("risk_level") == "refer" else None
    return None if need in (None, JOB_OFFER) or need == tracker.get_slot("referred_need") else need


def _refer_need(screening: dict[str, Any]) -> str | None:
    """What a `refer` screening sends the person to: a directory need, or the job-offer check."""
    needs = screening.get("needs") or []
    if "suspicious_job_offer" in needs:
        return JOB_OFFER
    return next((REFER_NEEDS[n] for n in needs if n in REFER_NEEDS), None)


class ActionTriage(Action):
    """A disclosure: acknowledge without blame, then act on the screening result."""

    def name(self) -> str:
        return "action_triage"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        screening = _screening(tracker)
        level = screening.get("risk_level")
        # A form this disclosure cut short (the gateway ended it) must not resume with old answers.
        reset = [SlotSet(s, None) for s in (*SCREENING_SLOTS, *JOB_OFFER_SLOTS) if tracker.get_slot(s) is not None]
        asked = _metadata(tracker).get("asked")
        if level == "priority" and _offer_just_made(tracker):
            # More told while the offer stands: a short reminder, not the same words again.
            _answer_asked(dispatcher, asked)
            return reset + _offer_once(dispatcher, tracker)
        if level != "immediate":
            dispatcher.utter_message(response="utter_report_ack")
            _answer_asked(dispatcher, asked)
        questions = [q for q in screening.get("questions") or [] if q in SCREENING_SLOTS]
        if level in ("info", "refer") and questions and not tracker.get_slot("screening_questions"):
            events = reset + [SlotSet("screening_questions", questions)]
            need = _refer_need(screening) if level == "refer" else None
            location = _location(tracker)
            if need not in (None, JOB_OFFER) and location:
                # Help that needs no question goes first; the questions may take a while.
                events += _refer(dispatcher, tracker, need, location, offer=False)
            dispatcher.utter_message(response="utter_screening_intro")
            return events + [FollowupAction("screening_form")]
        return reset + _follow_level(dispatcher, tracker, screening, "disclosure")


def _answer_events(slot: str, value: Any, tracker: Tracker, slots: tuple[str, ...],
                   stopped_slot: str) -> dict[str, Any]:
    kind = classify(str(value) if value is not None else "")
    if kind == "stop":  # the person can stop at any time: every remaining question is skipped
        return {**{s: "skip" for s in slots if not tracker.get_slot(s)}, slot: "skip", stopped_slot: True}
    if kind == "skip":
        return {slot: "skip"}
    return {slot: str(value)}


class ValidateScreeningForm(FormValidationAction):
    def name(self) -> str:
        return "validate_screening_form"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> list[str]:
        chosen = tracker.get_slot("screening_questions") or list(domain_slots)
        return [s for s in domain_slots if s in chosen]


def _screening_validator(slot: str):  # noqa: ANN202
    def validate(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,  # noqa: ANN001
                 domain: DomainDict) -> dict[str, Any]:
        return _answer_events(slot, value, tracker, SCREENING_SLOTS, "screening_stopped")
    return validate


for _slot in SCREENING_SLOTS:
    setattr(ValidateScreeningForm, f"validate_{_slot}", _screening_validator(_slot))


def _answer_value(value: Any) -> bool | str | None:
    kind = classify(str(value) if value is not None else "")
    return {"yes": True, "no": False}.get(kind, None if kind == "skip" else str(value))


class ActionScreeningSubmit(Action):
    def name(self) -> str:
        return "action_screening_submit"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        reset = [SlotSet(s, None) for s in SCREENING_SLOTS] + [SlotSet("screening_stopped", None)]
        if tracker.get_slot("screening_stopped"):
            dispatcher.utter_message(response="utter_screening_stopped")
            return reset + offer_operator(dispatcher)
        answers = {s: v for s in SCREENING_SLOTS if (v := _answer_value(tracker.get_slot(s))) is not None}
        texts = [e.get("text") for e in tracker.events
                 if e.get("event") == "user" and e.get("text") and not e["text"].startswith("/")]
        lang = _metadata(tracker).get("language") or "es"
        result = screen(texts, lang, answers=answers)
        summary = {**result.to_dict(), "answers": sorted(answers)}
        if result.risk_level != "immediate":
            dispatcher.utter_message(response="utter_screening_thanks")
        return reset + _follow_level(dispatcher, tracker, summary, "screening", summary)


# --- Job-offer check (prevention) --------------------------------------------------------

JOB_OFFER_SLOTS = ("jo_fee", "jo_documents", "jo_contract", "jo_employer", "jo_pay", "jo_travel_debt")
# Each question's flag, and whether a "yes" is the red flag (else a "no" is).
JOB_OFFER_FLAGS = {
    "jo_fee": ("fee_charged_to_worker", True),
    "jo_documents": ("recruiter_keeps_documents", True),
    "jo_contract": ("no_contract_in_own_language", False),
    "jo_employer": ("employer_unverifiable", False),
    "jo_pay": ("pay_far_above_norm", True),
    "jo_travel_debt": ("travel_paid_as_debt", True),
}


class ValidateJobOfferForm(FormValidationAction):
    def name(self) -> str:
        return "validate_job_offer_form"


def _job_validator(slot: str):  # noqa: ANN202
    def validate(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,  # noqa: ANN001
                 domain: DomainDict) -> dict[str, Any]:
        return _answer_events(slot, value, tracker, JOB_OFFER_SLOTS, "screening_stopped")
    return validate


for _slot in JOB_OFFER_SLOTS:
    setattr(ValidateJobOfferForm, f"validate_{_slot}", _job_validator(_slot))


class ActionJobOfferAssess(Action):
    def name(self) -> str:
        return "action_job_offer_assess"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict]:
        reset = [SlotSet(s, None) for s in JOB_OFFER_SLOTS] + [SlotSet("screening_stopped", None)]
        if tracker.get_slot("screening_stopped"):
            dispatcher.utter_message(response="utter_screening_stopped")
            _answer(dispatcher, "utter_job_offer_steps", "utter_job_offer_steps_more")
            return reset
        flags: dict[str, bool | None] = {}
        for slot, (flag, yes_is_red) in JOB_OFFER_FLAGS.items():
            answer = _answer_value(tracker.get_slot(slot))
            flags[flag] = None if not isinstance(answer, bool) else answer == yes_is_red
        assessment = assess_job_offer(flags)
        dispatcher.utter_message(response=f"utter_job_offer_{assessment.level}")
        if assessment.level == "high":  # the operator offer is the one question left open
            dispatcher.utter_message(response="utter_job_offer_steps")
            return reset + offer_operator(dispatcher)
        _answer(dispatcher, "utter_job_offer_steps", "utter_job_offer_steps_more")
        return reset


# The place gazetteers load when the action server starts, not on a person's first message:
# GeoNames' towns take about a second, which an emergency's answer must not wait for.
country_from_place("en Caruaru")
