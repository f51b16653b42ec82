"""One inbound message, from any channel, through to the person's replies.

Channel-agnostic and FastAPI-free: the simulator and Twilio channels both call
`Dialogue.handle` with a pseudonymous conversation key and the message text.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from bot import languages, menus, protocol
from bot.nlu_guess import asks_about_rights, best_guess, likely_request
from bot.answers import classify
from bot.emergency import emergency_contact
from bot.gateway import handoff_service, store, triage
from bot.screening import says_safe_now
from bot.gateway.failures import AnswerNow, Failure, FailureKind, FailurePolicy, FailureStep, Fallback
from bot.gateway.notifier import notify_handoff
from bot.gateway.rasa import DialogueUnavailable, Reading
from bot.gateway.state import GatewayState
from bot.privacy.redaction import redact
from bot.safety import is_safety_word
from bot.text.folding import fold
from services.places import Place, answer_frame, origin_only, place_answer, place_in, place_of_others, without_places

log = logging.getLogger("hotline.dialogue")

# Short replies that name a language are a request to switch, not a question for the NLU.
_CHOICE_MAX_WORDS = 4
# The directory's needs: asked for instead of an answer, they are served even when the NLU is
# unsure, if it still reads the need first (bot/nlu_guess.py, as for any message it cannot
# place). A form's answers are a yes, a no, a number or something told, which screening reads
# and which then wins; "I need a lawyer, I'm in Lima" answers "where are you?" with a new need,
# and that need is the one served.
NEED_REQUESTS = frozenset({"find_shelter", "find_legal_aid", "find_health_care", "find_psychological_support",
                           "find_consulate", "find_basic_needs"})
# While a person waits for an operator who has not written yet, the bot still answers a
# request for a referral or for information (the operator sees it in the transcript too);
# everything else goes to the operator alone.
INFO_REQUESTS = frozenset({"ask_rights", "ask_safe_migration", "ask_trafficking_info", "ask_privacy"})
ANSWERED_WHILE_WAITING = NEED_REQUESTS | INFO_REQUESTS
WAITING_CONFIDENCE = 0.5  # the NLU's, for a request read while waiting
# A form's question answered with a request instead ("¿y dónde puedo dormir hoy?"): the request
# ends the form. Kept to clear requests, read with high confidence, so answers stay answers.
INTERRUPTS_FORM = NEED_REQUESTS | {"request_human", "emergency", "delete_my_data"}
INTERRUPT_CONFIDENCE = 0.8
# An information question asked in the middle of a form ("what are my rights without papers?")
# is answered as anywhere else and the form asks its question again (data/rules.yml): it is
# no answer, and the form loses nothing. Confident readings only; screening's reading wins.
INFO_IN_FORM_CONFIDENCE = INTERRUPT_CONFIDENCE
# What an answer to the job-offer check may tell of the offer (a fee, the passport kept, the
# ticket paid off in work, pay that is too good): the check goes on to its assessment, which
# offers a person when the offer is high risk. Anything else disclosed still ends the check.
OFFER_ANSWERS = frozenset({"document_confiscation", "debt_bondage", "travel_debt", "deception_job",
                           "withheld_wages", "sector_labour"})
# A question asked after a story ("... he keeps my passport, is that legal?"): screening makes
# the message a disclosure, and the bot answers the question too when the words ask about rights
# or the NLU ranks one of these requests among its two best (_asked_info, bot/nlu_guess.py).
QUESTIONS_AFTER_A_STORY = frozenset({"ask_rights", "ask_trafficking_info", "ask_privacy"})


@dataclass
class Answered:
    """The turn's replies (the gateway's own answer, or Rasa's)."""

    replies: list[str]
    language: str
    handoff_id: int | None = None
    erased: bool = False


@dataclass
class Failed:
    """Rasa or the gateway failed. `replies`: the fallback, if `step` gave one now (else empty:
    a retry follows, or an earlier try sent it)."""

    replies: list[str]
    language: str
    failure: Failure
    step: FailureStep
    handoff_id: None = None
    erased: bool = False

    @property
    def delayed_fallback(self) -> str | None:
        """The "your answer is coming" message, for the caller to send while it retries."""
        return self.replies[0] if self.step.fallback is Fallback.DELAYED and self.replies else None


DialogueResult = Answered | Failed


@dataclass
class Prepared:
    """What the first transaction of a turn hands to the Rasa call."""
    message: str
    lang: str | None
    lang_changed: bool
    country: str | None
    limited: bool
    found: triage.Triage
    ends_form: bool = False  # a form was asking, and this message is something else
    place: str | None = None  # where the message says the person is (a gazetteer name)
    waiting: int | None = None  # the open handoff beside which the bot answers a request
    last_place: str | None = None  # the place the person named last, in this message or before
    asked: str | None = None  # an information question a disclosure also asks (answered with it)

    def dumps(self) -> str:
        f = self.found
        return json.dumps({"message": self.message, "lang": self.lang, "lang_changed": self.lang_changed,
                           "country": self.country, "limited": self.limited, "ends_form": self.ends_form,
                           "place": self.place, "waiting": self.waiting, "last_place": self.last_place,
                           "asked": self.asked, "found": {"level": f.level, "previous": f.previous, "summary": f.summary,
                                     "new_indicators": list(f.new_indicators)}}, ensure_ascii=False, default=str)

    @classmethod
    def loads(cls, raw: str) -> Prepared:
        d = json.loads(raw)
        f = d["found"]
        found = triage.Triage(f["level"], f["previous"], f["summary"], tuple(f["new_indicators"]))
        return cls(d["message"], d["lang"], d["lang_changed"], d["country"], d["limited"], found,
                   bool(d.get("ends_form")), d.get("place"), d.get("waiting"), d.get("last_place"), d.get("asked"))

    def metadata(self, channel: str) -> dict[str, Any]:
        """What Rasa and the actions learn with the message."""
        return {"language": self.lang, "language_changed": self.lang_changed, "channel": channel,
                "risk_level": self.found.level, "screening": self.found.for_dialogue(),
                "country": self.country, "place": self.place, "last_place": self.last_place,
                "handoff_open": self.waiting is not None, "asked": self.asked}


def _last_place(current: Place | None, history: list[str], look_back: int = 10) -> str | None:
    """The place the person named last: in this message, else in their recent messages
    (some of which Rasa never saw: those sent while a handoff was open)."""
    if current is not None:
        return current.name
    for text in reversed(history[-look_back:]):
        if place := place_answer(text) or place_in(text):
            return place.name
    return None


def _request_instead(pending: str | None, text: str, nlu: Reading | None, screened: bool) -> str | None:
    """The request a reply makes instead of answering the form's question or "where are you?"
    (the NLU's reading; None when it answers). A clear request of any kind; a need even when the
    NLU is unsure, unless screening read something told in it (that wins: it ends the form too)."""
    asking_place = pending == "location" and place_answer(text) is None
    if not nlu or not (menus.is_question(pending) or asking_place):
        return None
    if nlu.intent in INTERRUPTS_FORM and nlu.confidence >= INTERRUPT_CONFIDENCE:
        return nlu.intent
    if (menus.is_question(pending) and nlu.intent in INFO_REQUESTS and nlu.confidence >= INFO_IN_FORM_CONFIDENCE
            and not screened):
        return nlu.intent
    ranking = nlu.ranking or ((nlu.intent, nlu.confidence),)
    need = likely_request(ranking, ANSWERED_WHILE_WAITING)
    return need if need in NEED_REQUESTS and need == best_guess(ranking) and not screened else None


def _asked_info(text: str, nlu: Reading | None) -> str | None:
    """The information question a disclosure also asks ("does my boss have the right to keep my
    passport?"): a question about rights, or an information request the NLU still ranks among
    its two best guesses. Answered beside the acknowledgment and the offer."""
    if asks_about_rights(text):
        return "ask_rights"
    if not nlu:
        return None
    return likely_request(nlu.ranking or ((nlu.intent, nlu.confidence),), QUESTIONS_AFTER_A_STORY)


@dataclass(frozen=True)
class _NeedsNlu:
    """Ask the NLU first: the message may be a request the bot answers beside a waiting handoff,
    or one that ends the form that was asking."""
    text: str


@dataclass
class _Turn:
    texts: list[str] = field(default_factory=list)
    controls: list[protocol.Control] = field(default_factory=list)


class TurnMemory(Protocol):
    """What a caller that retries a message keeps of its first try (the inbound queue)."""

    def recall(self) -> Prepared | None:
        """What an earlier try of this same message prepared, if it is being retried."""

    def keep(self, db: Session, prepared: Prepared) -> None:
        """Called in the transaction that stores the person's message."""


class Forgetful:
    """A caller that never retries: nothing to remember."""

    def recall(self) -> Prepared | None:
        return None

    def keep(self, db: Session, prepared: Prepared) -> None:
        return None


class Dialogue:
    """`memory` and `policy` are the caller's: the inbound queue remembers a retried turn's
    preparation and decides, per failure, between a retry and the fallback."""

    def __init__(self, state: GatewayState, memory: TurnMemory | None = None,
                 policy: FailurePolicy | None = None) -> None:
        self.state = state
        self.memory: TurnMemory = memory if memory is not None else Forgetful()
        self.policy: FailurePolicy = policy if policy is not None else AnswerNow()

    def render(self, name: str, lang: str | None, **args: Any) -> str:
        rendered = self.state.catalogs.render(name, lang, args)
        if rendered.missing:
            self.state.metrics.inc("translation_missing")
        return rendered.text

    def response(self, name: str, lang: str, slots: dict[str, Any], sender: str | None) -> str:
        """One of Rasa's responses as the NLG endpoint renders it, in `lang`, with the tracker's
        slots; a numbered menu also becomes the conversation's pending menu."""
        try:
            rendered = self.state.catalogs.render(name, lang, slots)
        except KeyError:
            self.state.metrics.inc("nlg_unknown_response")
            rendered = self.state.catalogs.render("utter_not_understood", lang)
        if rendered.missing:
            self.state.metrics.inc("translation_missing")
        text = rendered.text
        if name == "utter_language_menu":
            text += "\n" + languages.menu_lines()
        if (menu := menus.pending_after(name)) and sender:
            try:
                with self.state.sessions() as db:
                    store.set_pending_menu(db, sender, menu)
                    db.commit()
            except Exception as exc:  # noqa: BLE001 - the answer matters more than the shortcut
                # Without the pending menu a bare number is read as words for one turn; failing
                # the render instead would lose the whole answer (Rasa drops a failed NLG call).
                log.warning("pending menu not stored", extra={"error_type": type(exc).__name__})
        return text

    def emergency_number(self, lang: str | None, country: str | None) -> str:
        """"If you are in danger now, call …": the country's number, or where you are."""
        contact = emergency_contact(country)
        if contact:
            return self.render("utter_emergency_number", lang, number=contact.number)
        return self.render("utter_emergency_no_country", lang)

    def fallback(self, lang: str | None, country: str | None, delayed: bool = False) -> str:
        """The emergency number where the person is; `delayed`: the message is being retried
        and its answer will follow (not "write again")."""
        name = "utter_reply_delayed" if delayed else "utter_service_unavailable"
        contact = emergency_contact(country)
        if contact:
            return self.render(name, lang, number=contact.number)
        return self.render(f"{name}_no_country", lang)

    async def handle(self, key: str, channel: str, text: str,
                     metadata: dict[str, Any] | None = None) -> DialogueResult:
        """`metadata` (optional) goes to Rasa with the message, e.g. a rounded shared location.
        Never raises: a failure is a `Failed` result (with the fallback, as the policy says)."""
        try:
            return await self._handle(key, channel, text, metadata)
        except Exception as exc:  # noqa: BLE001  (the person always gets an answer)
            failure = Failure(FailureKind.GATEWAY_ERROR)
            if not self.policy.on_failure(failure).retry:
                log.exception("inbound message failed", extra={"error_type": type(exc).__name__})
            return self._failed(key, None, None, failure)

    async def _db(self, fn: Any, *args: Any) -> Any:
        # On a server database a slow statement on the loop stalls every request of the
        # process, acks included (seen under bench/load.py).
        if self.state.inline_db:
            return fn(*args)
        return await run_in_threadpool(fn, *args)

    async def _handle(self, key: str, channel: str, text: str,
                      metadata: dict[str, Any] | None) -> DialogueResult:
        before = await self._db(self._before, key, channel, text, metadata)
        if isinstance(before, _NeedsNlu):
            # Only what the bot does depends on it (a waiting operator sees the message anyway).
            nlu = await self.state.rasa.parse(before.text)
            before = await self._db(self._before, key, channel, text, metadata, nlu or Reading("", 0.0))
        if isinstance(before, Answered):
            return before
        p: Prepared = before
        lang, country, found, message = p.lang, p.country, p.found, p.message
        # The conversation's country replaces the channel's guess: a place the person named wins.
        metadata = {**(metadata or {}), **p.metadata(channel), "origin_only": self._origin_only(text)}
        if message == "/emergency" or p.ends_form:
            # Danger, a rise in risk or another request ends any form in progress: the question
            # it was asking no longer fits.
            await self.state.rasa.end_active_loop(key)
        try:
            raw = await self.state.rasa.send(key, message, metadata)
        except DialogueUnavailable as exc:
            return await self._db(self._failed, key, lang, country, exc.failure)

        turn = _Turn()
        for item in raw:
            if not isinstance(item, dict):
                continue
            if item.get("text"):
                turn.texts.append(item["text"])
            controls, rejected = protocol.parse(item.get("custom"))
            turn.controls += controls
            for name in rejected:  # applied without it: the person still gets the answer
                self.state.metrics.inc("control_rejected")
                log.warning("control message not understood", extra={"control": name})
        if not turn.texts:
            # Rasa answered but said nothing: most often the action server is down.
            return await self._db(self._failed, key, lang, country, Failure(FailureKind.EMPTY_REPLY))
        return await self._db(self._apply, key, lang, turn, found, p.limited, p.waiting)

    def _before(self, key: str, channel: str, text: str,
                metadata: dict[str, Any] | None = None,
                nlu: Reading | None = None) -> Answered | Prepared | _NeedsNlu:
        """The first transaction: the person's message stored, screened and made ready for
        Rasa; or the whole answer when the gateway gives it itself (safety word, an open
        handoff, the next "more" page). `nlu`: the NLU's intent and confidence, when the
        answer depends on it before Rasa's turn (see _NeedsNlu)."""
        if (again := self.memory.recall()) is not None:
            return again  # a retry: the message is stored and its menus and screening applied
        with self.state.sessions() as db:
            conv = store.get_or_create_conversation(db, key, channel)
            if conv.country is None and (edge := (metadata or {}).get("country")):
                conv.country = str(edge)[:2].upper()  # the channel's guess (calling code); a place said wins

            if is_safety_word(text):
                lang = conv.language
                self._erase(db, key)
                db.commit()
                log.info("conversation erased by safety word")
                return Answered([self.render("utter_data_deleted", lang)], lang or languages.DEFAULT, erased=True)

            redacted = redact(text, conv.language)
            handoff = store.open_handoff(db, key)
            if handoff:
                waiting = not store.operator_has_replied(db, handoff.id)
                if waiting and nlu is None and menus.bare_number(text) is None and place_answer(text) is None:
                    return _NeedsNlu(redacted)  # nothing written yet: this transaction ends unused
                return self._while_handoff(db, conv, handoff, text, redacted, waiting, nlu)
            may_request = self._may_be_request(conv, text)
            if nlu is None and may_request:
                return _NeedsNlu(redacted)  # nothing written yet: this transaction ends unused
            history = store.person_texts(db, key)

            pages, conv.more_pages = conv.more_pages, None  # offered for the very next reply only
            if pages and menus.bare_number(text) == str(pages[0][0]):
                # "more": the next page of referrals or of an answer, straight from the gateway.
                body = str(pages[0][1])
                conv.more_pages = pages[1:] or None
                store.add_message(db, key, "in", "person", redact(text, conv.language))
                store.add_message(db, key, "out", "bot", body)
                db.commit()
                return Answered([body], conv.language or languages.DEFAULT)

            before_lang, pending = conv.language, conv.pending_menu
            message, lang_changed = self._prepare(conv, text)
            place = self._locate(conv, text, asked=pending == "location", history=history)
            lang, country = conv.language, conv.country
            # Said when the conversation moves into a language we cannot fully serve, or when
            # the person names such a language.
            limited = not languages.fully_supported(lang) and (lang != before_lang or message == "/choose_language")
            found = triage.assess(history, redacted, lang, self.state.screening_memo, key)
            forced = found.intent()
            if forced is None and found.level in ("priority", "refer") and says_safe_now(text):
                # "m pa an danje kounye a", "no one is hitting her, she is ok right now", "eso ya
                # pasó": more told, not an emergency, whatever the NLU makes of the violence words.
                forced = "report_exploitation"
            if forced == "report_exploitation" and pending == menus.JOB_OFFER_QUESTION \
                    and set(found.new_indicators) <= OFFER_ANSWERS:
                forced = None  # what the offer asks of them, answered: the check's assessment follows
            if not history and self._wordless_first(conv, text, message, found, forced):
                # Nothing to tell the language by yet: a greeting in several, and their menu.
                conv.pending_menu = "language"
                body = languages.wordless_greeting()
                store.add_texts(db, key, "in", "person", [redacted])
                store.add_message(db, key, "out", "bot", body)
                db.commit()
                return Answered([body], languages.DEFAULT)
            if request := _request_instead(pending, text, nlu if may_request else None, screened=forced is not None):
                message = f"/{request}"
                if place is not None:  # the need asked for, where the person says they are
                    message += json.dumps({"location": place.name}, ensure_ascii=False)
            if not message.startswith("/"):
                # Rasa and its tracker store only ever see redacted text.
                message = redact(message, lang)
            asked = None
            if forced == "report_exploitation" and not message.startswith("/"):
                if nlu is None and not asks_about_rights(text):
                    db.rollback()
                    return _NeedsNlu(redacted)  # the disclosure may also ask a question: nothing kept yet
                asked = _asked_info(text, nlu)
                if menus.asks_for_person(text) or (
                        nlu is not None and nlu.intent == "request_human" and nlu.confidence >= INTERRUPT_CONFIDENCE):
                    # "me da pena, pero sí quiero hablar con alguien": more told, and a person asked for
                    forced, asked = "request_human", None
            elif not message.startswith("/") and asks_about_rights(text):
                asked = "ask_rights"  # answered too if the NLU reads the question as a disclosure
            if forced == "emergency" or (forced and not message.startswith("/")):
                message = f"/{forced}"  # danger wins over any reading of the words
            store.add_texts(db, key, "in", "person", [redacted])
            # A form may be asking even when the last notice was the interpreter offer.
            form_asking = menus.is_question(pending) or pending == "interpreter"
            # An information question goes on with the form (answered, then asked again).
            info_in_form = request in INFO_REQUESTS and menus.is_question(pending)
            prepared = Prepared(message, lang, lang_changed, country, limited, found,
                                ends_form=message.startswith("/") and not info_in_form
                                and (form_asking or forced is not None),
                                place=place.name if place else None, last_place=_last_place(place, history),
                                asked=asked)
            self.memory.keep(db, prepared)
            db.commit()
        return prepared

    def _while_handoff(self, db: Session, conv: Any, handoff: Any, text: str, redacted: str,
                       waiting: bool, nlu: Reading | None) -> Answered | Prepared:
        """A message while a handoff is open goes to the operator. Danger disclosed meanwhile
        raises the handoff and gets the emergency number (the country's, once known); while
        no operator has written, a request for a referral or information is answered too."""
        key = conv.key
        history = store.person_texts(db, key)
        known_country = conv.country
        self._language(conv, text)
        place = self._locate(conv, text, asked=conv.pending_menu == "location", history=history)
        lang = conv.language
        store.add_message(db, key, "in", "person", redacted, handoff.id)
        found = triage.assess(history, redacted, lang, self.state.screening_memo, key)
        intent = self._waiting_intent(conv, text, nlu) if waiting else None
        danger = found.level == "immediate" or intent == "emergency"
        raised = danger and handoff.risk_level != "immediate"
        if raised:
            # Danger disclosed while waiting: the operator queue must show it first.
            reason = "screening" if found.level == "immediate" else "emergency"
            store.create_or_raise_handoff(db, conv, reason, "immediate",
                                          self._summary(found.summary, conv, reason, "immediate"))
            notify_handoff(self.state.notifier, handoff.id)
        newly_located = conv.country is not None and conv.country != known_country
        # Danger first: the emergency number where the person is, once we know where that is.
        urgent = raised or (handoff.risk_level == "immediate" and newly_located)
        if intent and intent != "emergency" and not urgent:
            message = f"/{intent}"
            if place and (intent == "inform_location" or intent in NEED_REQUESTS):
                message += json.dumps({"location": place.name}, ensure_ascii=False)
            prepared = Prepared(message, lang, False, conv.country, False, found, place=place.name if place else None,
                                waiting=handoff.id, last_place=_last_place(place, history))
            self.memory.keep(db, prepared)
            db.commit()
            notify_handoff(self.state.notifier, handoff.id, "person_message")  # the console marks it unread, at once
            return prepared
        replies = []
        if urgent:
            replies.append(self.emergency_number(lang, conv.country))
        if waiting:
            replies.append(self.render("utter_handoff_waiting", lang))
        store.add_texts(db, key, "out", "bot", replies, handoff.id)
        db.commit()
        notify_handoff(self.state.notifier, handoff.id, "person_message")  # the console marks it unread, at once
        if replies and raised:
            log.info("handoff raised while waiting", extra={"handoff_id": handoff.id})
        return Answered(replies, lang or languages.DEFAULT, handoff.id)

    @staticmethod
    def _wordless_first(conv: Any, text: str, message: str, found: triage.Triage, forced: str | None) -> bool:
        """No language yet and none to tell from this first message (an emoji, punctuation),
        which is no menu number and tells nothing that screening reads. Later in the
        conversation the person has seen numbered lists already: a wordless reply goes on as
        any other."""
        return (conv.language is None and not message.startswith("/") and forced is None
                and found.level in (None, "info") and not any(c.isalpha() for c in text))

    @staticmethod
    def _may_be_request(conv: Any, text: str) -> bool:
        """The reply to the question just asked may be a new request (_request_instead): a form
        is asking and the reply is words, not a yes, no, skip or stop; or "where are you?" is
        answered with a place and more words than a place."""
        if menus.bare_number(text) is not None or is_safety_word(text):
            return False
        if menus.is_question(conv.pending_menu):
            return classify(text) == "other"
        return conv.pending_menu == "location" and place_answer(text) is None and place_in(text) is not None

    @staticmethod
    def _waiting_intent(conv: Any, text: str, nlu: Reading | None) -> str | None:
        """What the bot answers of a message sent while waiting: a request from the menu or in
        words (the NLU's reading, confident enough), or the place it asked for. "emergency"
        when the person signals danger (0, or in words)."""
        pending = conv.pending_menu if not menus.is_question(conv.pending_menu) else None
        # A place: the one the bot asked for, maybe before the handoff opened (Rasa still holds
        # the need it was asked for).
        if place_answer(text, pending == "location"):
            return "inform_location"
        if pending == "location" and place_in(text, asked=True):
            # "I need a lawyer, I'm in Lima": that need there, not the one the place was asked for.
            need = _request_instead(pending, text, nlu, screened=False)
            return need if need in NEED_REQUESTS else "inform_location"
        intent = menus.intent_for(pending or "main", text)
        if intent is None and nlu and nlu[1] >= WAITING_CONFIDENCE:
            intent = nlu[0]
        return intent if intent in ANSWERED_WHILE_WAITING or intent == "emergency" else None

    def _prepare(self, conv: Any, text: str) -> tuple[str, bool]:
        """Applies menus, the question just asked and language rules; returns what to send
        to Rasa, and whether the language was chosen or changed."""
        pending, conv.pending_menu = conv.pending_menu, None
        # A typed "/intent" would bypass the NLU; people's text never does.
        message = text.lstrip("/") or text
        if pending == "language" and (tag := languages.from_menu_number(text)):
            conv.language, conv.language_chosen = tag, True
            return "/choose_language", True
        # "sí, en español" to "a contract in a language you understand?": the answer, not a
        # choice of language
        answering = menus.is_question(pending) and menus.leads_with_answer(text)
        explicit = self._language(conv, text, answering)
        if explicit and len(text.split()) <= _CHOICE_MAX_WORDS:
            return "/choose_language", True
        if intent := menus.intent_for(pending, text):
            return f"/{intent}", False
        asked = pending == "location"
        place = place_answer(text, asked) or (place_in(text, asked) if asked else None)
        if not explicit and place is not None:
            # Where the person is answers "where are you?" in any language, however weak the NLU.
            return "/inform_location" + json.dumps({"location": place.name}, ensure_ascii=False), False
        if pending == "offer" and (answer := menus.offer_answer(text) or ("affirm" if menus.accepts_offer(text) else None)):
            return f"/{answer}", False
        if pending in (None, "main") and menus.offer_answer(text) == "affirm":
            # "ok" with no question open: at priority, the offer declined before, taken up now.
            return "/affirm", False
        return message, explicit

    @staticmethod
    def _language(conv: Any, text: str, answering: bool = False) -> bool:
        """Applies the language rules to the conversation; True when the text names a language
        (never when `answering` a yes/no question: the language named is part of the answer)."""
        if place_answer(text) is not None:
            # A city's name says nothing of the person's language, nor does a place answer
            # switch it; the words around the place may tell it ("tô em", "m nan", "je suis à").
            if conv.language is None:
                conv.language = languages.place_frame_language(answer_frame(text))
            return False
        # Place names are mostly Spanish: the language is read from the other words.
        decision = languages.decide(conv.language, conv.language_chosen, without_places(text) or text,
                                    choice=not answering)
        # Nothing to identify (an emoji, a number): the reply uses the default for now.
        conv.language = None if decision.provisional else decision.tag
        conv.language_chosen = decision.chosen
        return not answering and languages.explicit_choice(text) is not None

    @staticmethod
    def _locate(conv: Any, text: str, asked: bool = False, history: list[str] | None = None) -> Place | None:
        """Where the message says the person is; the conversation's country follows it (for
        the emergency number and the fallback). `asked`: it answers "where are you?". Once the
        person has named where they are, a place in another country named in passing ("a mi
        hija la tienen en México", "meus filhos no Brasil": someone else's word before every place
        named) is where others are: the country stays, unless the message says the writer is there
        or only names the place."""
        if menus.bare_number(text) is not None:
            return None
        answer = place_answer(text, asked)
        place = answer or place_in(text, asked)
        if place is None:
            return None
        # place_of_others is False when the message says the writer is there ("estoy en ...")
        if (conv.country in (None, place.country) or asked or answer is not None or not place_of_others(text)
                or _last_place(None, history or []) is None):
            conv.country = place.country
        return place

    @staticmethod
    def _origin_only(text: str) -> bool:
        return menus.bare_number(text) is None and origin_only(text)

    @staticmethod
    def _summary(screening: dict[str, Any], conv: Any, reason: str, level: str | None = None) -> dict[str, Any]:
        summary = {**screening, "screened": True, "language": conv.language, "channel": conv.channel,
                   "reason": reason, "interpreter_needed": not languages.fully_supported(conv.language)}
        if level and level != screening.get("risk_level"):
            # Raised by the dialogue (a person asked, an emergency intent), not by indicators.
            summary.update(risk_level=level, rule=f"{level}.{reason}", screening_rule=screening.get("rule"))
        return summary

    def _apply(self, key: str, lang: str | None, turn: _Turn, found: triage.Triage,
               limited: bool = False, waiting: int | None = None) -> Answered:
        handoff_id = None
        erase = False
        if waiting is not None:
            # Answered beside an open handoff: the person is told the operator still comes.
            turn.texts.append(self.render("utter_handoff_waiting", lang))
        with self.state.sessions() as db:
            # Most turns carry no control: storing the replies is then the whole transaction.
            conv = db.get(store.Conversation, key) if turn.controls or limited else None
            for control in turn.controls:
                match control:
                    case protocol.Erase():
                        erase = True
                    case _ if conv is None:
                        pass
                    case protocol.MorePages(pages):
                        conv.more_pages = [[n, t] for n, t in pages]
                    case protocol.MoreResponse(number, response):
                        # Rendered now, in the language the answer itself went out in.
                        conv.more_pages = [[number, self.render(response, lang)]]
                    case protocol.Country(code):
                        conv.country = code
                    case protocol.Handoff(reason, risk_level, summary):
                        # An action that screened with the person's answers knows more than we do.
                        screening = summary if summary is not None else found.summary
                        level = triage.higher(risk_level, screening.get("risk_level"))
                        handoff = store.create_or_raise_handoff(db, conv, reason, level,
                                                                self._summary(screening, conv, reason, level))
                        handoff_id = handoff.id
                        self.state.metrics.inc(f"handoff_{handoff.risk_level}")
            if limited and not erase and handoff_id is None and conv is not None:
                if self.render("utter_language_limited", lang) not in turn.texts:
                    turn.texts.append(self.render("utter_language_limited", lang))
                if conv.pending_menu is None or menus.is_question(conv.pending_menu):  # the other lists' 1 is a person too
                    conv.pending_menu = "interpreter"
            if erase:
                self._erase(db, key)
            else:
                store.add_texts(db, key, "out", "bot", turn.texts, handoff_id or waiting)
            db.commit()
        if handoff_id:
            log.info("handoff opened", extra={"handoff_id": handoff_id})
            notify_handoff(self.state.notifier, handoff_id)  # operator console queue: live, within a second
        return Answered(turn.texts, lang or languages.DEFAULT, handoff_id, erase)

    def _failed(self, key: str, lang: str | None, country: str | None, failure: Failure) -> Failed:
        """The failure as the caller's policy takes it: the fallback now (recorded, and in the
        transcript), or nothing while a retry follows."""
        step = self.policy.on_failure(failure)
        kind = failure.label
        if step.retry:
            self.state.metrics.inc(f"dialogue_retry_{kind}")
        replies = []
        if step.fallback is not Fallback.NONE:
            replies = [self._fallback_recorded(key, lang, country, kind, step.fallback is Fallback.DELAYED)]
        elif not step.retry:  # the last try, and the person already has the fallback
            self.state.metrics.inc(f"dialogue_failure_{kind}")
        return Failed(replies, lang or languages.DEFAULT, failure, step)

    def _fallback_recorded(self, key: str, lang: str | None, country: str | None, kind: str,
                           delayed: bool) -> str:
        self.state.metrics.inc(f"dialogue_failure_{kind}")
        log.warning("dialogue unavailable", extra={"kind": kind})
        try:
            with self.state.sessions() as db:
                if lang is None and (conv := db.get(store.Conversation, key)) is not None:
                    lang, country = conv.language, conv.country
                body = self.fallback(lang, country, delayed)
                store.record_failure(db, "dialogue", kind)
                if db.get(store.Conversation, key) is not None:
                    store.add_message(db, key, "out", "bot", body)
                db.commit()
        except Exception:  # noqa: BLE001  (the database may be the failing part)
            log.exception("could not record a dialogue failure")
            body = self.fallback(lang, country, delayed)
        return body

    def _erase(self, db: Session, key: str) -> None:
        self.state.screening_memo.forget(key)
        handoff_service.conversation_erased(db, self.state, key)  # the operator is told, not left with a 404
        with Session(self.state.tracker_engine) as tracker_db:
            store.erase_conversation(db, tracker_db, key)
            tracker_db.commit()
