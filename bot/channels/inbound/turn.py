"""One queued Twilio message through to the bodies to send back (the "process" verb).

Opt-out keywords and the rest of a long reply ("99") are answered here; everything else goes
through the Dialogue, composed with the queue's memory (bot/channels/inbound/store.py) and retry
policy (bot/channels/inbound/retry.py). A failure the queue will retry is raised as TurnFailed.
"""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from sqlalchemy.orm import Session

from bot.channels import outbound as outbound_mod
from bot.channels import twilio as tw
from bot.channels import whatsapp
from bot.channels.inbound import retry
from bot.channels.inbound.store import Job, QueueMemory
from bot.db.channels import TwilioConversation
from bot.emergency import country_from_number
from bot.gateway import store
from bot.gateway.dialogue import Answered, Dialogue, DialogueResult, Failed
from bot.gateway.failures import Failure, FailureStep
from bot.gateway.state import GatewayState
from bot.privacy import handles
from bot.privacy.redaction import redact
from bot.safety import is_safety_word
from bot.text import paging
from services.places import nearest_place  # the directory's gazetteer names a shared location's place

MEDIA_NOTE = "[MEDIA]"  # what the operator sees when the person sent a file during a handoff


class TurnFailed(Exception):
    """A try failed in a way a retry can mend (`failure.label`: no text, safe to log).
    `fallback`: a message to send the person now, while the retry waits."""

    def __init__(self, failure: Failure, fallback: str | None = None) -> None:
        super().__init__(failure.label)
        self.failure = failure
        self.fallback = fallback


class QueuePolicy:
    """The dialogue's FailurePolicy for one try of a queued message (see retry.on_failure)."""

    def __init__(self, job: Job, can_retry: bool, can_send: bool) -> None:
        self.job, self.can_retry, self.can_send = job, can_retry, can_send

    def on_failure(self, failure: Failure) -> FailureStep:
        return retry.on_failure(failure, can_retry=self.can_retry, can_send=self.can_send,
                                sent_before=self.job.fallback_sent)


def queue_dialogue(state: GatewayState, job: Job, can_retry: bool, can_send: bool) -> Dialogue:
    """The dialogue for one try of a queued message. `can_send`: REST credentials and an
    address, so that a fallback can go out apart from the TwiML."""
    return Dialogue(state, memory=QueueMemory(state.vault, job), policy=QueuePolicy(job, can_retry, can_send))


def answered(result: DialogueResult) -> DialogueResult:
    """The result, unless the queue is to try again (then TurnFailed, with the fallback to send now)."""
    if isinstance(result, Failed) and result.step.retry:
        raise TurnFailed(result.failure, fallback=result.delayed_fallback)
    return result


class TwilioTurn:
    """One queued inbound message through to the bodies to send back."""

    def __init__(self, state: GatewayState, dialogue: Dialogue, job: Job, outbound: outbound_mod.Outbound) -> None:
        self.state, self.dialogue, self.job = state, dialogue, job
        self.msg = job.message()
        self.key = job.key
        self.outbound = outbound

    def _flags(self, db: Session, create: bool = False) -> TwilioConversation | None:
        flags = db.get(TwilioConversation, self.key)
        if flags is None and create:
            store.get_or_create_conversation(db, self.key, self.msg.channel)
            flags = TwilioConversation(conversation_key=self.key, opted_out=False)
            db.add(flags)
            db.flush()
        return flags

    async def run(self) -> list[str]:
        # Database work runs in worker threads: the event loop stays free to send acks on time.
        verdict, bodies = await run_in_threadpool(self._gate)
        msg = self.msg
        if verdict == "done":
            return bodies
        if verdict == "erase_silently":  # opted out, but erasure still works, without a reply
            answered(await self.dialogue.handle(self.key, msg.channel, msg.text))
            return []
        if msg.media_only:
            return await run_in_threadpool(self._media_only)
        notes = ["utter_media_unsupported"] if msg.num_media else []
        if self.job.truncated:
            notes.append("utter_message_truncated")
        if self.job.retry and (recovered := await self._recover()) is not None:
            self.state.metrics.inc("twilio_inbound_recovered")
            # The try that timed out never stored Rasa's late answer: the transcript gets it now.
            return await run_in_threadpool(self._finish, recovered, notes, True)
        text, metadata = msg.text, {"inbound_id": self.job.inbound_id}
        if country := country_from_number(msg.sender):  # the number itself goes no further
            metadata["country"] = country
        if msg.has_location:
            metadata["location"] = {"lat": msg.latitude, "lon": msg.longitude}
            if not text:
                text = self._place_text()
                text = redact(text) or text
        result = answered(await self.dialogue.handle(self.key, msg.channel, text, metadata=metadata))
        return await run_in_threadpool(self._finish, result, notes)

    async def _recover(self) -> Answered | None:
        """If Rasa already processed this message (a worker died after sending it), the bot
        replies that followed it, from the tracker; None if Rasa never saw it. Raises when the
        tracker cannot be read: sending blindly could process the message twice."""
        rasa = self.state.rasa
        tracker = await rasa.tracker(self.key)
        events = tracker.get("events") or []
        start = next((i for i, e in enumerate(events) if e.get("event") == "user"
                      and (e.get("metadata") or {}).get("inbound_id") == self.job.inbound_id), None)
        if start is None:
            return None
        lang, country = await run_in_threadpool(self._language)
        texts, after = [], events[start + 1:]
        turn_lang = (events[start].get("metadata") or {}).get("language") or lang or "es"
        slots = tracker.get("slots") or {}
        for i, event in enumerate(after):
            kind = event.get("event")
            if kind == "user":
                break
            if kind == "bot" and event.get("text"):
                texts.append(event["text"])
            elif kind == "action" and str(event.get("name", "")).startswith("utter_") \
                    and (after[i + 1] if i + 1 < len(after) else {}).get("event") != "bot":
                # Rasa ran the response but lost its text (its NLG call failed, e.g. while the
                # database restarted): the gateway renders it as the NLG endpoint would have.
                self.state.metrics.inc("twilio_response_rerendered")
                texts.append(await run_in_threadpool(self.dialogue.response, event["name"], turn_lang, slots,
                                                     self.key))
        if not texts and not self.job.fallback_sent:
            texts = [self.dialogue.fallback(lang, country)]  # as the dialogue would have
        return Answered(texts, lang or "es")

    def _language(self) -> tuple[str | None, str | None]:
        with self.state.sessions() as db:
            conv = db.get(store.Conversation, self.key)
            return (conv.language, conv.country) if conv else (None, None)

    def _gate(self) -> tuple[str, list[str]]:
        """Opt-out keywords and state, and "more": ("done", bodies), or what to do next."""
        msg, inc = self.msg, self.state.metrics.inc
        kw = tw.keyword(msg.text, msg.opt_out_type)
        with self.state.sessions() as db:
            if kw is tw.Keyword.OPT_OUT:
                flags = self._flags(db, create=True)
                flags.opted_out, flags.more_text = True, None
                handles.forget(db, self.key)
                db.commit()
                inc("twilio_opt_out")
                return "done", []  # Twilio confirms the opt-out itself; the bot stays silent
            flags = self._flags(db)
            if flags is not None and flags.opted_out:
                if kw is tw.Keyword.OPT_IN:
                    flags.opted_out = False
                    db.commit()
                    inc("twilio_opt_in")
                    return "done", []
                if is_safety_word(msg.text):
                    return "erase_silently", []
                inc("twilio_opted_out_ignored")
                return "done", []
            if msg.text == paging.MORE_PAGES and flags is not None and flags.more_text:
                return "done", self._more(db, flags)
        return "dialogue", []

    def _finish(self, result: DialogueResult, notes: list[str], record: bool = False) -> list[str]:
        if result.erased:
            return self._format(result.replies, result.language, store_rest=False)
        with self.state.sessions() as db:
            if record and result.replies and db.get(store.Conversation, self.key) is not None:
                store.add_texts(db, self.key, "out", "bot", result.replies)
            outbox = self.state.outbox.take(db, self.key)
            self._remember(db)
            db.commit()
        replies = outbox + [self.dialogue.render(n, result.language) for n in notes] + result.replies
        return self._format(replies, result.language)

    def _place_text(self) -> str:
        place = nearest_place(self.msg.latitude, self.msg.longitude)
        return place.name if place else f"{self.msg.latitude}, {self.msg.longitude}"

    def _more_text(self, db: Session, flags: TwilioConversation) -> str:
        return self.state.vault.open(db, flags.key_id, flags.more_text) or ""

    def _keep_more(self, db: Session, flags: TwilioConversation, rest: str | None) -> None:
        """The rest of a long reply, sealed (it may carry an operator's unredacted words)."""
        if rest:
            flags.key_id, flags.more_text = self.state.vault.seal(db, self.key, rest)
        else:
            flags.key_id, flags.more_text = None, None

    def _remember(self, db: Session) -> None:
        if self.msg.sender and db.get(store.Conversation, self.key) is not None:
            ttl = handles.TTL
            if self.msg.channel == "whatsapp":
                whatsapp.opened(db, self.key)  # the person wrote: 24 hours of free replies again
                if store.open_handoff(db, self.key) is not None:  # an operator may answer after them
                    ttl = max(ttl, whatsapp.hold_for(self.outbound.settings))
            handles.remember(db, self.outbound.fernet, self.key, self.msg.sender, ttl)

    def _media_only(self) -> list[str]:
        """Files are never downloaded: say what the line can read, and offer a person."""
        with self.state.sessions() as db:
            conv = store.get_or_create_conversation(db, self.key, self.msg.channel)
            lang = conv.language
            if handoff := store.open_handoff(db, self.key):
                store.add_message(db, self.key, "in", "person", MEDIA_NOTE, handoff.id)
            else:
                conv.pending_menu = "main"  # "1" then reaches a person, "0" is an emergency
            outbox = self.state.outbox.take(db, self.key)
            self._remember(db)
            db.commit()
        self.state.metrics.inc("twilio_media_only")
        return self._format(outbox + [self.dialogue.render("utter_media_unsupported", lang)], lang)

    def _more(self, db: Session, flags: TwilioConversation) -> list[str]:
        conv = db.get(store.Conversation, self.key)
        lang = conv.language if conv else None
        page, rest = paging.paginate(self._more_text(db, flags), self._more_note(lang))
        self._keep_more(db, flags, rest)
        self._remember(db)
        db.commit()
        return [page]

    def _more_note(self, lang: str | None) -> str:
        return self.dialogue.render("utter_more", lang, number=paging.MORE_PAGES)

    def _format(self, replies: list[str], lang: str | None, store_rest: bool = True) -> list[str]:
        replies = [r for r in replies if r and r.strip()]
        if not replies:
            return []
        if self.msg.channel == "whatsapp":
            return [chunk for r in replies for chunk in tw.whatsapp_chunks(r)]
        page, rest = paging.paginate(replies, self._more_note(lang))  # pages break between replies
        if store_rest:
            with self.state.sessions() as db:
                if rest or db.get(TwilioConversation, self.key) is not None:
                    flags = self._flags(db, create=True)
                    self._keep_more(db, flags, rest)
                    db.commit()
        return [page]


