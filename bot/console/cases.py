"""Case rules: who may claim, reply, transfer and close; queue state; follow-up search.
Plain module (SQLAlchemy only)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy import case as sql_case
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import languages
from bot.console.stats import exploitation_types
from bot.db.base import utcnow
from bot.db.console import OUTCOMES, TRANSFER_REASONS, AuditEvent, CaseNote, HandoffCase, Operator
from bot.db.models import Handoff, Message
from bot.gateway import store
from bot.privacy.datakeys import vault_of
from bot.privacy.redaction import redact
from bot.screening import URGENCY

RISK_RANK = URGENCY
_RISK_SQL = sql_case(RISK_RANK, value=Handoff.risk_level, else_=9)
CHANNELS = {"sms": "SMS", "whatsapp": "WhatsApp", "simulator": "Simulator"}


class CaseError(Exception):
    """A refused action; `code` is a short key the UI translates."""

    def __init__(self, code: str, status: int = 409) -> None:
        super().__init__(code)
        self.code, self.status = code, status


def was_erased(db: Session, handoff_id: int) -> bool:
    """The person erased the conversation this handoff belonged to (the audit log keeps that)."""
    return db.scalar(select(AuditEvent.id).where(AuditEvent.handoff_id == handoff_id,
                                                 AuditEvent.action == "erased").limit(1)) is not None


def get_case(db: Session, handoff_id: int) -> tuple[Handoff, HandoffCase]:
    handoff = db.get(Handoff, handoff_id)
    if handoff is None:
        raise CaseError("erased", 410) if was_erased(db, handoff_id) else CaseError("not_found", 404)
    case = db.get(HandoffCase, handoff_id)
    if case is None:
        case = HandoffCase(handoff_id=handoff_id)
        try:
            with db.begin_nested():
                db.add(case)
        except IntegrityError:  # created by another request at the same moment
            case = db.get(HandoffCase, handoff_id)
    return handoff, case


def channel_label(channel: str) -> str:
    return CHANNELS.get(channel, channel)


def language_name(tag: str | None) -> str:
    lang = languages.get(tag)
    return f"{lang.endonym} ({tag})" if lang else (tag or "?")


def reads(op: Operator, tag: str | None) -> bool:
    return (tag or "es") in op.language_list


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value else None


def _live_state(db: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Per handoff: last operator message id, last person message id, and when the person's
    oldest message since the last operator reply was written."""
    if not ids:
        return {}
    last = dict(db.execute(
        select(Message.handoff_id, func.max(Message.id)).where(Message.handoff_id.in_(ids),
                                                               Message.author == "operator")
        .group_by(Message.handoff_id)).all())
    out: dict[int, dict[str, Any]] = {i: {"last_operator": last.get(i), "last_person": None, "unanswered_since": None}
                                      for i in ids}
    rows = db.execute(
        select(Message.handoff_id, Message.id, Message.created_at).where(Message.handoff_id.in_(ids),
                                                                         Message.author == "person")
        .order_by(Message.id)).all()
    for hid, mid, at in rows:
        state = out[hid]
        state["last_person"] = mid
        if state["unanswered_since"] is None and (state["last_operator"] is None or mid > state["last_operator"]):
            state["unanswered_since"] = at
    return out


def queue(db: Session, me: Operator, now: datetime | None = None) -> list[dict[str, Any]]:
    """Open handoffs, `immediate` first, then longest waiting.

    "Waiting" runs from the person's oldest message that no operator has answered yet (from
    the handoff's opening while nobody has written to them); it is empty once answered.
    "Unread": the person wrote on a claimed case after its operator last looked at it.
    """
    now = now or utcnow()
    rows = db.execute(
        select(Handoff, HandoffCase, Operator)
        .outerjoin(HandoffCase, HandoffCase.handoff_id == Handoff.id)
        .outerjoin(Operator, Operator.id == HandoffCase.claimed_by)
        .where(Handoff.status == "open").order_by(_RISK_SQL, Handoff.created_at, Handoff.id)
    ).all()
    live = _live_state(db, [h.id for h, _, _ in rows])
    out = []
    for h, c, claimer in rows:
        state = live[h.id]
        since = h.created_at if state["last_operator"] is None else state["unanswered_since"]
        unread = bool(c and c.claimed_by and state["last_person"] and state["last_person"] > (c.read_up_to or 0))
        out.append({
            "id": h.id, "language": h.language, "language_name": language_name(h.language),
            "channel": h.channel, "channel_label": channel_label(h.channel), "risk_level": h.risk_level,
            "reason": h.reason, "created_at": _iso(h.created_at), "waiting_since": _iso(since),
            "waiting_seconds": max(0, int((now - since).total_seconds())) if since else None,
            "claimed_by": claimer.display_name if claimer else None, "mine": bool(c and c.claimed_by == me.id),
            "reads_language": reads(me, h.language), "interpreter_requested": bool(c and c.interpreter_requested_at),
            "unread": unread,
        })
    return out


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


# --------------------------------------------------------------------------- claiming

def _newest_message(db: Session, handoff: Handoff) -> int | None:
    return db.scalar(select(func.max(Message.id)).where(Message.conversation_key == handoff.conversation_key))


def _take(db: Session, me: Operator, handoff: Handoff, case: HandoffCase) -> bool:
    """Claims an unclaimed case in one conditional UPDATE, so two operators cannot both get it."""
    now = utcnow()
    done = db.execute(update(HandoffCase).where(HandoffCase.handoff_id == case.handoff_id,
                                                HandoffCase.claimed_by.is_(None))
                      .values(claimed_by=me.id, claimed_at=now, read_up_to=_newest_message(db, handoff))
                      .execution_options(synchronize_session=False)).rowcount
    db.refresh(case)
    return bool(done)


def claim(db: Session, me: Operator, handoff: Handoff, case: HandoffCase) -> bool:
    """Claims the case; True when it was not already mine."""
    if handoff.status != "open":
        raise CaseError("closed")
    if case.claimed_by == me.id:
        return False
    if case.claimed_by is not None or not _take(db, me, handoff, case):
        raise CaseError("claimed_by_other")
    return True


def unclaim(db: Session, me: Operator, handoff: Handoff, case: HandoffCase) -> None:
    if case.claimed_by is None:
        return
    if case.claimed_by != me.id and not me.is_supervisor:
        raise CaseError("claimed_by_other", 403)
    case.claimed_by, case.claimed_at = None, None


def may_reply(me: Operator, case: HandoffCase) -> bool:
    """Only the claiming operator replies to a claimed case (a transfer makes the target the claimer)."""
    return case.claimed_by in (None, me.id)


def before_work(db: Session, me: Operator, handoff: Handoff, case: HandoffCase) -> bool:
    """The checks for working on a case (reply, note, categories, interpreter): open, and not
    someone else's. An unclaimed case is claimed by working on it; returns True when it was."""
    if handoff.status != "open":
        raise CaseError("closed")
    if not may_reply(me, case):
        raise CaseError("claimed_by_other", 403)
    if case.claimed_by is None:
        if not _take(db, me, handoff, case):
            raise CaseError("claimed_by_other", 403)
        return True
    return False


def mark_read(db: Session, me: Operator, handoff: Handoff, case: HandoffCase, upto: int | None) -> None:
    """The claimer has seen the conversation up to message `upto`."""
    if upto and case.claimed_by == me.id and upto > (case.read_up_to or 0):
        case.read_up_to = upto


def transfer(db: Session, me: Operator, handoff: Handoff, case: HandoffCase, target_id: int,
             reason: str) -> Operator:
    if handoff.status != "open":
        raise CaseError("closed")
    if case.claimed_by not in (None, me.id) and not me.is_supervisor:
        raise CaseError("claimed_by_other", 403)
    if reason not in TRANSFER_REASONS:
        raise CaseError("bad_transfer_reason", 400)
    target = db.get(Operator, target_id)
    if target is None or not target.active or target.id == me.id:
        raise CaseError("no_such_operator", 400)
    case.transferred_from, case.claimed_by, case.claimed_at = me.id, target.id, utcnow()
    case.transfer_reason, case.read_up_to = reason, None  # everything is new to the target
    return target


def before_close(me: Operator, handoff: Handoff, case: HandoffCase, outcome: str) -> None:
    if outcome not in OUTCOMES:
        raise CaseError("bad_outcome", 400)
    if handoff.status != "open":
        raise CaseError("closed")
    if case.claimed_by not in (None, me.id) and not me.is_supervisor:
        raise CaseError("claimed_by_other", 403)


def request_interpreter(case: HandoffCase, handoff: Handoff) -> None:
    case.interpreter_requested_at = utcnow()
    case.interpreter_language = handoff.language


def next_case(db: Session, me: Operator) -> Handoff | None:
    """"Help next": claims the most urgent unclaimed case (longest waiting first within a risk
    level, a language the operator reads first among equals) and returns it."""
    candidates = db.execute(
        select(Handoff).outerjoin(HandoffCase, HandoffCase.handoff_id == Handoff.id)
        .where(Handoff.status == "open", HandoffCase.claimed_by.is_(None))
        .order_by(_RISK_SQL, Handoff.created_at, Handoff.id).limit(50)).scalars().all()
    ranked = sorted(candidates, key=lambda h: (RISK_RANK.get(h.risk_level, 9), not reads(me, h.language)))
    for handoff in ranked:
        _, case = get_case(db, handoff.id)
        if case.claimed_by is None and _take(db, me, handoff, case):
            return handoff
    return None


# --------------------------------------------------------------------------- follow-up

@dataclass
class ClosedFilter:
    """Search of closed cases. Nothing in it identifies anyone, so nothing identifying can be searched."""

    case_id: int | None = None
    start: date | None = None  # closed on or after
    end: date | None = None  # closed on or before
    level: str | None = None
    category: str | None = None  # a form of exploitation named by the screening
    language: str | None = None

    @classmethod
    def parse(cls, q: dict[str, str]) -> ClosedFilter:
        def day(v: str | None) -> date | None:
            try:
                return date.fromisoformat(v) if v else None
            except ValueError:
                return None

        raw_id = (q.get("id") or "").strip().lstrip("#")
        return cls(int(raw_id) if raw_id.isdigit() else None, day(q.get("start")), day(q.get("end")),
                   q.get("level") if q.get("level") in RISK_RANK else None,
                   (q.get("category") or "").strip()[:48] or None,
                   (q.get("language") or "").strip().lower()[:16] or None)


LIMIT_CLOSED = 200


def closed_cases(db: Session, f: ClosedFilter) -> list[dict[str, Any]]:
    """Closed cases, newest first, at most LIMIT_CLOSED."""
    conds = [Handoff.status == "closed"]
    if f.case_id is not None:
        conds.append(Handoff.id == f.case_id)
    if f.start:
        conds.append(Handoff.closed_at >= datetime.combine(f.start, datetime.min.time()))
    if f.end:
        conds.append(Handoff.closed_at < datetime.combine(f.end + timedelta(days=1), datetime.min.time()))
    if f.level:
        conds.append(Handoff.risk_level == f.level)
    if f.language:
        conds.append(Handoff.language == f.language)
    rows = db.execute(
        select(Handoff, HandoffCase, Operator).outerjoin(HandoffCase, HandoffCase.handoff_id == Handoff.id)
        .outerjoin(Operator, Operator.id == HandoffCase.claimed_by).where(and_(*conds))
        .order_by(Handoff.closed_at.desc(), Handoff.id.desc()).limit(LIMIT_CLOSED * 5)).all()
    out = []
    for h, c, op in rows:
        categories = sorted(exploitation_types(h.summary))
        if f.category and f.category not in categories:
            continue
        out.append({"id": h.id, "created_at": h.created_at, "closed_at": h.closed_at, "risk_level": h.risk_level,
                    "language": h.language, "language_name": language_name(h.language),
                    "channel_label": channel_label(h.channel), "outcome": h.outcome, "categories": categories,
                    "handled_by": op.display_name if op else None})
        if len(out) >= LIMIT_CLOSED:
            break
    return out
