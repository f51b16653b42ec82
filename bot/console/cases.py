"""Case rules: who may claim, reply, transfer and close. Plain module (SQLAlchemy only)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import languages
from bot.console.models import CaseNote, HandoffCase, Operator
from bot.db.base import utcnow
from bot.db.models import Handoff
from bot.gateway import store
from bot.privacy.datakeys import vault_of
from bot.privacy.redaction import redact
from bot.screening import URGENCY

RISK_RANK = URGENCY
_RISK_SQL = sql_case(RISK_RANK, value=Handoff.risk_level, else_=9)
CHANNELS = {"sms": "SMS", "whatsapp": "WhatsApp", "simulator": "Simulator"}
CANNED = ("utter_handoff_started", "utter_report_ack", "utter_rights_info", "utter_job_offer_info",
          "utter_ask_location", "utter_emergency_no_country", "utter_privacy", "utter_goodbye")


class CaseError(Exception):
    """A refused action; `code` is a short key the UI translates."""

    def __init__(self, code: str, status: int = 409) -> None:
        super().__init__(code)
        self.code, self.status = code, status


def get_case(db: Session, handoff_id: int) -> tuple[Handoff, HandoffCase]:
    handoff = db.get(Handoff, handoff_id)
    if handoff is None:
        raise CaseError("not_found", 404)
    case = db.get(HandoffCase, handoff_id)
    if case is None:
        case = HandoffCase(handoff_id=handoff_id)
        db.add(case)
        db.flush()
    return handoff, case


def channel_label(channel: str) -> str:
    return CHANNELS.get(channel, channel)


def language_name(tag: str | None) -> str:
    lang = languages.get(tag)
    return f"{lang.endonym} ({tag})" if lang else (tag or "?")


def reads(op: Operator, tag: str | None) -> bool:
    return (tag or "es") in op.language_list


def queue(db: Session, me: Operator, now: datetime | None = None) -> list[dict[str, Any]]:
    """Open handoffs, `immediate` first, then longest waiting."""
    now = now or utcnow()
    rows = db.execute(
        select(Handoff, HandoffCase, Operator)
        .outerjoin(HandoffCase, HandoffCase.handoff_id == Handoff.id)
        .outerjoin(Operator, Operator.id == HandoffCase.claimed_by)
        .where(Handoff.status == "open").order_by(_RISK_SQL, Handoff.created_at, Handoff.id)
    ).all()
    return [{
        "id": h.id, "language": h.language, "language_name": language_name(h.language),
        "channel": h.channel, "channel_label": channel_label(h.channel), "risk_level": h.risk_level,
        "reason": h.reason, "created_at": h.created_at.isoformat(timespec="seconds") + "Z",
        "waiting_seconds": max(0, int((now - h.created_at).total_seconds())),
        "claimed_by": claimer.display_name if claimer else None, "mine": bool(c and c.claimed_by == me.id),
        "reads_language": reads(me, h.language), "interpreter_requested": bool(c and c.interpreter_requested_at),
    } for h, c, claimer in rows]


def may_read(me: Operator, handoff: Handoff, case: HandoffCase) -> bool:
    """Whether `me` reads the person's words (transcript, summary quotes, notes): the operator
    whose case it is (claimed, or claimed when it closed), and supervisors once it is closed
    (review, until HOTLINE_REVIEW_DAYS destroy the words). Anyone else, an unclaimed case
    included, sees the summary without quotes (level, rule, indicators, age band, needs,
    language): enough to decide to take it, and taking it is one click."""
    if case.claimed_by is not None and case.claimed_by == me.id:
        return True
    return handoff.status != "open" and me.is_supervisor


def transcript(db: Session, handoff: Handoff) -> list[store.Line]:
    return store.transcript(db, handoff.conversation_key)


@dataclass(frozen=True)
class Note:
    id: int
    text: str
    created_at: datetime


def notes(db: Session, handoff: Handoff) -> list[tuple[Note, Operator | None]]:
    rows = db.execute(select(CaseNote, Operator).outerjoin(Operator, Operator.id == CaseNote.operator_id)
                      .where(CaseNote.handoff_id == handoff.id).order_by(CaseNote.id)).all()
    texts = vault_of(db).open_rows(db, [n for n, _ in rows])
    return [(Note(n.id, t or "", n.created_at), author) for (n, author), t in zip(rows, texts)]


def add_note(db: Session, handoff: Handoff, me: Operator, body: str) -> None:
    """Redacted, then sealed with the conversation's key: it goes when the case's words go."""
    key_id, sealed = vault_of(db).seal(db, handoff.conversation_key, redact(body, handoff.language))
    db.add(CaseNote(handoff_id=handoff.id, operator_id=me.id, text=sealed, key_id=key_id))


def summary_view(handoff: Handoff, db: Session | None = None, quotes: bool = False) -> dict[str, Any]:
    """The screening summary as shown to the operator; quotes only when `quotes` (may_read), and
    redacted again on display."""
    s = store.handoff_summary(db, handoff, quotes=True) if quotes and db is not None else handoff.summary
    if not isinstance(s, dict) or not s or s.get("screened") is False:
        return {"screened": False, "risk_level": handoff.risk_level, "reason": handoff.reason,
                "language": handoff.language}
    indicators = []
    for ind in s.get("indicators") or []:
        if isinstance(ind, dict):
            name = ind.get("id") or ind.get("label") or ind.get("name") or "?"
            quote = str(ind.get("span") or ind.get("quote") or "")
            if quote.startswith("answer:"):  # evidence from a clarifying answer, not the person's words
                quote = ""
            indicators.append({"name": str(name), "quote": redact(quote, handoff.language) if quote else "",
                               "strength": str(ind.get("weight") or ind.get("strength") or ""),
                               "dimension": str(ind.get("dimension") or "")})
        elif isinstance(ind, str):
            indicators.append({"name": ind, "quote": "", "strength": ""})
    needs = s.get("needs") or []
    return {
        "screened": True, "risk_level": s.get("risk_level") or handoff.risk_level,
        "rule": s.get("rule") or s.get("reason") or handoff.reason, "indicators": indicators,
        "age_band": s.get("age_band"), "language": s.get("language") or handoff.language,
        "needs": [str(n) for n in needs] if isinstance(needs, list) else [str(needs)],
    }


def claim(db: Session, me: Operator, handoff: Handoff, case: HandoffCase) -> None:
    if handoff.status != "open":
        raise CaseError("closed")
    if case.claimed_by not in (None, me.id):
        raise CaseError("claimed_by_other")
    case.claimed_by, case.claimed_at = me.id, utcnow()


def unclaim(db: Session, me: Operator, handoff: Handoff, case: HandoffCase) -> None:
    if case.claimed_by is None:
        return
    if case.claimed_by != me.id and not me.is_supervisor:
        raise CaseError("claimed_by_other", 403)
    case.claimed_by, case.claimed_at = None, None


def may_reply(me: Operator, case: HandoffCase) -> bool:
    """Only the claiming operator replies to a claimed case (a transfer makes the target the claimer)."""
    return case.claimed_by in (None, me.id)


def before_reply(db: Session, me: Operator, handoff: Handoff, case: HandoffCase) -> None:
    if handoff.status != "open":
        raise CaseError("closed")
    if not may_reply(me, case):
        raise CaseError("claimed_by_other", 403)
    if case.claimed_by is None:  # replying takes the case
        case.claimed_by, case.claimed_at = me.id, utcnow()


def transfer(db: Session, me: Operator, handoff: Handoff, case: HandoffCase, target_id: int) -> Operator:
    if handoff.status != "open":
        raise CaseError("closed")
    if case.claimed_by not in (None, me.id) and not me.is_supervisor:
        raise CaseError("claimed_by_other", 403)
    target = db.get(Operator, target_id)
    if target is None or not target.active:
        raise CaseError("no_such_operator", 400)
    case.transferred_from, case.claimed_by, case.claimed_at = me.id, target.id, utcnow()
    return target


def before_close(me: Operator, handoff: Handoff, case: HandoffCase, outcome: str) -> None:
    from bot.console.models import OUTCOMES

    if outcome not in OUTCOMES:
        raise CaseError("bad_outcome", 400)
    if handoff.status != "open":
        raise CaseError("closed")
    if case.claimed_by not in (None, me.id) and not me.is_supervisor:
        raise CaseError("claimed_by_other", 403)


def request_interpreter(case: HandoffCase, handoff: Handoff) -> None:
    case.interpreter_requested_at = utcnow()
    case.interpreter_language = handoff.language


def canned(catalogs: Any, lang: str) -> list[tuple[str, str]]:
    out = []
    for name in CANNED:
        try:
            out.append((name, catalogs.render(name, lang).text))
        except KeyError:
            continue
    return out
