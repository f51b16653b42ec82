"""One inbound message, from any channel, through to the person's replies.

Channel-agnostic and FastAPI-free: the simulator and Twilio channels both call
`Dialogue.handle` with a pseudonymous conversation key and the message text.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from bot import languages, menus
from bot.emergency import emergency_contact
from bot.console.notifier import notify_handoff
from bot.gateway import store, triage
from bot.gateway.rasa import DialogueUnavailable
from bot.gateway.state import GatewayState
from bot.privacy.redaction import redact
from bot.safety import is_safety_word
from services.places import place_named

log = logging.getLogger("hotline.dialogue")

# Short replies that name a language are a request to switch, not a question for the NLU.
_CHOICE_MAX_WORDS = 4


@dataclass
class InboundResult:
    replies: list[str]
    language: str
    handoff_id: int | None = None
    erased: bool = False


@dataclass
class Prepared:
    """What the first transaction of a turn hands to the Rasa call."""
    message: str
    lang: str | None
    lang_changed: bool
    country: str | None
    limited: bool
    found: triage.Triage

    def dumps(self) -> str:
        f = self.found
        return json.dumps({"message": self.message, "lang": self.lang, "lang_changed": self.lang_changed,
                           "country": self.country, "limited": self.limited,
                           "found": {"level": f.level, "previous": f.previous, "summary": f.summary,
                                     "new_indicators": list(f.new_indicators)}}, ensure_ascii=False, default=str)

    @classmethod
    def loads(cls, raw: str) -> Prepared:
        d = json.loads(raw)
        f = d["found"]
        found = triage.Triage(f["level"], f["previous"], f["summary"], tuple(f["new_indicators"]))
        return cls(d["message"], d["lang"], d["lang_changed"], d["country"], d["limited"], found)


@dataclass
class _Turn:
    texts: list[str] = field(default_factory=list)
    controls: list[dict[str, Any]] = field(default_factory=list)


class Dialogue:
    def __init__(self, state: GatewayState) -> None:
        self.state = state

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
            text += "\n" + "\n".join(f"{l.menu} {l.endonym}" for l in languages.menu())
        if (menu := menus.MENU_RESPONSES.get(name)) and sender:
            try:
                with self.state.sessions() as db:
                    store.set_pending_menu(db, sender, menu)
                    db.commit()
            except Exception as exc:  # noqa: BLE001 - the answer matters more than the shortcut
                # Without the pending menu a bare number is read as words for one turn; failing
                # the render instead would lose the whole answer (Rasa drops a failed NLG call).
                log.warning("pending menu not stored", extra={"error_type": type(exc).__name__})
        return text

    def fallback(self, lang: str | None, country: str | None, delayed: bool = False) -> str:
        """The emergency number where the person is; `delayed`: the message is being retried
        and its answer will follow (not "write again")."""
        name = "utter_reply_delayed" if delayed else "utter_service_unavailable"
        contact = emergency_contact(country)
        if contact:
            return self.render(name, lang, number=contact.number)
        return self.render(f"{name}_no_country", lang)

    async def handle(self, key: str, channel: str, text: str,
                     metadata: dict[str, Any] | None = None) -> InboundResult:
        """`metadata` (optional) goes to Rasa with the message, e.g. a rounded shared location."""
        try:
            return await self._handle(key, channel, text, metadata)
        except Exception as exc:  # noqa: BLE001  (the person always gets an answer)
            log.exception("inbound message failed", extra={"error_type": type(exc).__name__})
            return self._failed(key, None, None, "gateway_error")

    async def _db(self, fn: Any, *args: Any) -> Any:
        # On a server database a slow statement on the loop stalls every request of the
        # process, acks included (seen under bench/load.py).
        if self.state.inline_db:
            return fn(*args)
        return await run_in_threadpool(fn, *args)

    async def _handle(self, key: str, channel: str, text: str,
                      metadata: dict[str, Any] | None) -> InboundResult:
        before = await self._db(self._before, key, channel, text, metadata)
        if isinstance(before, InboundResult):
            return before
        p: Prepared = before
        lang, country, found, message = p.lang, p.country, p.found, p.message
        metadata = {**(metadata or {}), "language": lang, "language_changed": p.lang_changed, "channel": channel,
                    "country": country, "risk_level": found.level, "screening": found.for_dialogue()}
        if message == "/emergency":
            # Danger ends any form in progress: the emergency path must run, not a question.
            await self.state.rasa.end_active_loop(key)
        try:
            raw = await self.state.rasa.send(key, message, metadata)
        except DialogueUnavailable as exc:
            return await self._db(self._failed, key, lang, country, exc.kind)

        turn = _Turn()
        for item in raw:
            if item.get("text"):
                turn.texts.append(item["text"])
            custom = item.get("custom")
            if isinstance(custom, dict) and isinstance(custom.get("hotline"), dict):
                turn.controls.append(custom["hotline"])
        if not turn.texts:
            # Rasa answered but said nothing: most often the action server is down.
            return await self._db(self._failed, key, lang, country, "empty_reply")
        return await self._db(self._apply, key, lang, turn, found, p.limited)

    def _before(self, key: str, channel: str, text: str,
                metadata: dict[str, Any] | None = None) -> InboundResult | Prepared:
        """The first transaction: the person's message stored, screened and made ready for
        Rasa; or the whole answer when the gateway gives it itself (safety word, an open
        handoff, the next "more" page)."""
        if (again := self._prepared_before()) is not None:
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
                return InboundResult([self.render("utter_data_deleted", lang)], lang or languages.DEFAULT, erased=True)

            redacted = redact(text, conv.language)
            history = store.person_texts(db, key)
            handoff = store.open_handoff(db, key)
            if handoff:
                store.add_message(db, key, "in", "person", redacted, handoff.id)
                found = triage.assess(history, redacted, conv.language, self.state.screening_memo, key)
                if found.level == "immediate" and handoff.risk_level != "immediate":
                    # Danger disclosed while waiting: the operator queue must show it first.
                    store.create_or_raise_handoff(db, conv, "screening", "immediate",
                                                  self._summary(found.summary, conv, "screening"))
                    notify_handoff(handoff.id)
                replies = []
                if not store.operator_has_replied(db, handoff.id):
                    replies.append(self.render("utter_handoff_waiting", conv.language))
                db.commit()
                return InboundResult(replies, conv.language or languages.DEFAULT, handoff.id)

            pages, conv.more_pages = conv.more_pages, None  # offered for the very next reply only
            if pages and text.strip().rstrip(".)") == str(pages[0][0]):
                # "more": the next page of referrals or of an answer, straight from the gateway.
                body = str(pages[0][1])
                conv.more_pages = pages[1:] or None
                store.add_message(db, key, "in", "person", redact(text, conv.language))
                store.add_message(db, key, "out", "bot", body)
                db.commit()
                return InboundResult([body], conv.language or languages.DEFAULT)

            before_lang = conv.language
            message, lang_changed = self._prepare(conv, text)
            lang, country = conv.language, conv.country
            # Said once, when the conversation moves into a language we cannot fully serve.
            limited = lang != before_lang and not languages.fully_supported(lang)
            found = triage.assess(history, redacted, lang, self.state.screening_memo, key)
            if not message.startswith("/"):
                # Rasa and its tracker store only ever see redacted text.
                message = redact(message, lang)
                if intent := found.intent():
                    message = f"/{intent}"
            store.add_texts(db, key, "in", "person", [redacted])
            prepared = Prepared(message, lang, lang_changed, country, limited, found)
            self._keep(db, prepared)
            db.commit()
        return prepared

    def _prepared_before(self) -> Prepared | None:
        """What an earlier try of this same message prepared, if it is being retried."""
        return None

    def _keep(self, db: Session, prepared: Prepared) -> None:
        """Hook in the transaction that stores the person's message (see QueueDialogue)."""

    def _prepare(self, conv: Any, text: str) -> tuple[str, bool]:
        """Applies menus and language rules; returns what to send to Rasa."""
        pending, conv.pending_menu = conv.pending_menu, None
        # A typed "/intent" would bypass the NLU; people's text never does.
        message = text.lstrip("/") or text
        if pending == "language" and (tag := languages.from_menu_number(text)):
            conv.language, conv.language_chosen = tag, True
            return "/choose_language", True
        explicit = languages.explicit_choice(text) is not None
        decision = languages.decide(conv.language, conv.language_chosen, text)
        conv.language, conv.language_chosen = decision.tag, decision.chosen
        if explicit and len(text.split()) <= _CHOICE_MAX_WORDS:
            return "/choose_language", True
        if intent := menus.intent_for(pending, text):
            return f"/{intent}", False
        if not explicit and place_named(text) is not None:
            # A bare place name answers "where are you?" in any language, however weak the NLU.
            return "/inform_location" + json.dumps({"location": text.strip()}, ensure_ascii=False), False
        return message, explicit

    @staticmethod
    def _summary(screening: dict[str, Any], conv: Any, reason: str, level: str | None = None) -> dict[str, Any]:
        summary = {**screening, "screened": True, "language": conv.language, "channel": conv.channel,
                   "reason": reason, "interpreter_needed": not languages.fully_supported(conv.language)}
        if level and level != screening.get("risk_level"):
            # Raised by the dialogue (a person asked, an emergency intent), not by indicators.
            summary.update(risk_level=level, rule=f"{level}.{reason}", screening_rule=screening.get("rule"))
        return summary

    def _apply(self, key: str, lang: str | None, turn: _Turn, found: triage.Triage,
               limited: bool = False) -> InboundResult:
        handoff_id = None
        erase = False
        with self.state.sessions() as db:
            # Most turns carry no control: storing the replies is then the whole transaction.
            conv = db.get(store.Conversation, key) if turn.controls or limited else None
            for control in turn.controls:
                if control.get("erase"):
                    erase = True
                if control.get("more") and conv is not None:
                    conv.more_pages = [[str(n), str(t)] for n, t in control["more"]]
                if (more := control.get("more_response")) and str(more[1]).startswith("utter_") \
                        and conv is not None:
                    # Rendered now, in the language the answer itself went out in.
                    conv.more_pages = [[str(more[0]), self.render(str(more[1]), lang)]]
                if (country := control.get("country")) and conv is not None:
                    conv.country = str(country)[:2].upper()
                if (ho := control.get("handoff")) and conv is not None:
                    reason = str(ho.get("reason", "request_human"))[:64]
                    # An action that screened with the person's answers knows more than we do.
                    screening = ho.get("summary") if isinstance(ho.get("summary"), dict) else found.summary
                    level = triage.higher(str(ho.get("risk_level", "priority")), screening.get("risk_level"))
                    handoff = store.create_or_raise_handoff(db, conv, reason, level,
                                                            self._summary(screening, conv, reason, level))
                    handoff_id = handoff.id
                    self.state.metrics.inc(f"handoff_{handoff.risk_level}")
            if limited and not erase and handoff_id is None and conv is not None:
                turn.texts.append(self.render("utter_language_limited", lang))
                if conv.pending_menu != "main":  # the main menu's 1 is a person too
                    conv.pending_menu = "interpreter"
            if erase:
                self._erase(db, key)
            else:
                store.add_texts(db, key, "out", "bot", turn.texts, handoff_id)
            db.commit()
        if handoff_id:
            log.info("handoff opened", extra={"handoff_id": handoff_id})
            notify_handoff(handoff_id)  # operator console queue: live, within a second
        return InboundResult(turn.texts, lang or languages.DEFAULT, handoff_id, erase)

    def _failed(self, key: str, lang: str | None, country: str | None, kind: str,
                delayed: bool = False) -> InboundResult:
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
        return InboundResult([body], lang or languages.DEFAULT)

    def _erase(self, db: Session, key: str) -> None:
        self.state.screening_memo.forget(key)
        with Session(self.state.tracker_engine) as tracker_db:
            store.erase_conversation(db, tracker_db, key)
            tracker_db.commit()
