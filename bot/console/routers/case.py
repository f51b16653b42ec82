"""One case: its page, its live transcript, and what an operator does to it."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from bot.text import paging
from bot.channels import whatsapp
from bot.console import canned, cases
from bot.console.web import ConsoleGet, ConsolePoll, ConsolePost, ConsoleRoute
from bot.db.console import MIGRATION_CATEGORIES, OUTCOMES, SEX_CATEGORIES, TRANSFER_REASONS, Operator
from bot.gateway import handoff_service
from bot.gateway.notifier import notify_handoff
from bot.settings import get_twilio_settings

router = APIRouter(prefix="/console", include_in_schema=False, route_class=ConsoleRoute)

MAX_NOTE = 2000
ACTIONS = ("claim", "unclaim", "reply", "transfer", "note", "interpreter", "categories", "close")


def _error_text(_: Any, code: str) -> str:
    return {
        "claimed_by_other": _("Another operator has claimed this case. Ask them or a supervisor to transfer it."),
        "closed": _("This case is closed."),
        "no_such_operator": _("Choose an active operator."),
        "bad_outcome": _("Choose an outcome."),
        "bad_transfer_reason": _("Choose a reason for the transfer."),
        "empty": _("Write a message first."),
        "too_long": _("This reply is too long to send: shorten it to %(n)s characters or fewer. Nothing was sent.")
        % {"n": f"{handoff_service.MAX_REPLY:,}"},
        "bad_category": _("Choose a value from the list."),
    }.get(code, code)


def _raise_gone(exc: cases.CaseError) -> None:
    """A case that does not exist (any more) gets the error page, not the case page."""
    if exc.code in ("not_found", "erased"):
        raise HTTPException(exc.status, exc.code) from None


def _case_page(c: ConsoleGet | ConsolePost, handoff_id: int, error: str | None = None,
               status_code: int = 200, draft: str = "", confirm_close: str | None = None) -> HTMLResponse:
    handoff, case = cases.get_case(c.db, handoff_id)
    claimer = c.db.get(Operator, case.claimed_by) if case.claimed_by else None
    transferred_by = c.db.get(Operator, case.transferred_from) if case.transferred_from else None
    others = list(c.db.scalars(select(Operator).where(Operator.active.is_(True), Operator.id != c.operator.id)
                               .order_by(Operator.role.desc(), Operator.display_name)))
    readable = cases.may_read(c.operator, handoff, case)  # the person's words: only the case's operator
    notes = cases.notes(c.db, handoff) if readable else []
    lines = cases.transcript(c.db, handoff) if readable else []
    if lines:
        cases.mark_read(c.db, c.operator, handoff, case, lines[-1].id)
    c.db.commit()
    return c.render(
        "case.html", status_code=status_code, handoff=handoff, case=case, claimer=claimer,
        transferred_by=transferred_by, sealed=not readable, lines=lines,
        summary=cases.summary_view(handoff, c.db, quotes=readable),
        can_work=handoff.status == "open" and cases.may_reply(c.operator, case),
        reads=cases.reads(c.operator, handoff.language), language_name=cases.language_name(handoff.language),
        channel_label=cases.channel_label(handoff.channel), canned=canned.for_language(c.db, handoff.language),
        others=others, notes=notes, outcomes=OUTCOMES, sex_categories=SEX_CATEGORIES,
        migration_categories=MIGRATION_CATEGORIES, transfer_reasons=TRANSFER_REASONS, error=error, draft=draft,
        confirm_close=confirm_close, gsm7="".join(sorted(paging.GSM7)), gsm7_ext="".join(sorted(paging.GSM7_EXT)),
        message_limit=handoff_service.MESSAGE_LIMIT, max_reply=handoff_service.MAX_REPLY,
        whatsapp=_whatsapp_window(c, handoff),
    )


def _whatsapp_window(c: ConsoleGet | ConsolePost, handoff: Any) -> Any:
    """WhatsApp's 24-hour window for the composer (None on other channels): template mode after it."""
    if handoff.channel != "whatsapp" or handoff.status != "open":
        return None
    return whatsapp.status(c.db, handoff.conversation_key, handoff.language, get_twilio_settings())


@router.get("/cases/{handoff_id}", response_class=HTMLResponse)
def case_page(handoff_id: int, c: ConsoleGet) -> HTMLResponse:
    try:
        cases.get_case(c.db, handoff_id)
    except cases.CaseError as exc:
        _raise_gone(exc)
    c.audit("view", handoff_id)
    c.db.commit()
    return _case_page(c, handoff_id)


@router.get("/cases/{handoff_id}/transcript.json")
def case_transcript(handoff_id: int, c: ConsolePoll, seen: int = 0) -> Response:
    """The live transcript. `seen=1` (the page is in front of the operator): the claimer has
    now read everything returned."""
    try:
        handoff, case = cases.get_case(c.db, handoff_id)
    except cases.CaseError as exc:
        return c.json({"error": exc.code}, exc.status)
    msgs = cases.transcript(c.db, handoff) if cases.may_read(c.operator, handoff, case) else []
    lines = [{"id": m.id, "author": m.author, "direction": m.direction, "text": m.text,
              "at": m.created_at.isoformat(timespec="seconds") + "Z"} for m in msgs]
    if seen and msgs and case.claimed_by == c.operator.id:
        cases.mark_read(c.db, c.operator, handoff, case, msgs[-1].id)
        c.db.commit()
    else:
        c.db.rollback()  # get_case may have created the case row: nothing to keep from a poll
    return c.json({"status": handoff.status, "lines": lines})


def _reply(c: ConsolePost, handoff: Any, case: Any) -> None:
    text = c.form.get("text", "").strip()
    if not text:
        raise cases.CaseError("empty", 400)
    try:
        handoff_service.reply_parts(text)  # refused before anything is claimed or stored
    except handoff_service.ReplyTooLong:
        raise cases.CaseError("too_long", 400) from None
    if cases.before_work(c.db, c.operator, handoff, case):
        c.audit("claim", handoff.id, detail="reply")  # working on an unclaimed case claimed it
    c.audit("message", handoff.id)
    try:
        handoff_service.send_operator_message(c.db, c.state, handoff, text)
    except handoff_service.HandoffClosed:
        raise cases.CaseError("closed") from None


def _categories(c: ConsolePost, case: Any) -> None:
    values = {"sex": (c.form.get("sex") or None, SEX_CATEGORIES),
              "migration_situation": (c.form.get("migration_situation") or None, MIGRATION_CATEGORIES)}
    for attr, (value, allowed) in values.items():
        if value is not None and value not in allowed:
            raise cases.CaseError("bad_category", 400)
        setattr(case, attr, value)
    nat = (c.form.get("nationality") or "").strip().upper() or None
    if nat is not None and not (len(nat) == 2 and nat.isalpha() and nat.isascii()):
        raise cases.CaseError("bad_category", 400)
    case.nationality = nat


def _work(c: ConsolePost, handoff: Any, case: Any, action: str) -> None:
    """Note, categories, interpreter: the same checks as a reply (open, not someone else's)."""
    if action == "note":
        body = c.form.get("text", "").strip()[:MAX_NOTE]
        if not body:
            raise cases.CaseError("empty", 400)
    if cases.before_work(c.db, c.operator, handoff, case):
        c.audit("claim", handoff.id, detail=action)  # working on an unclaimed case claimed it
    if action == "note":
        cases.add_note(c.db, handoff, c.operator, body)
        c.audit("note", handoff.id)
    elif action == "interpreter":
        cases.request_interpreter(case, handoff)
        c.audit("interpreter", handoff.id, detail=handoff.language)
    else:
        _categories(c, case)
        c.audit("categories", handoff.id)


def _transfer(c: ConsolePost, handoff: Any, case: Any) -> None:
    try:
        target_id = int(c.form.get("to", ""))
    except ValueError:
        raise cases.CaseError("no_such_operator", 400) from None
    reason = c.form.get("reason", "")
    target = cases.transfer(c.db, c.operator, handoff, case, target_id, reason)
    c.audit("transfer", handoff.id, detail=f"to:{target.username} reason:{reason}")
    if note := c.form.get("note", "").strip()[:MAX_NOTE]:
        cases.add_note(c.db, handoff, c.operator, note)


def _act(c: ConsolePost, handoff_id: int, action: str) -> Response:
    """Runs one case action; on a refusal re-renders the case with the reason."""
    _ = c.gettext
    try:
        handoff, case = cases.get_case(c.db, handoff_id)
        if action == "claim":
            if cases.claim(c.db, c.operator, handoff, case):
                c.audit("claim", handoff.id)
        elif action == "unclaim":
            cases.unclaim(c.db, c.operator, handoff, case)
            c.audit("unclaim", handoff.id)
        elif action == "reply":
            _reply(c, handoff, case)
        elif action == "transfer":
            _transfer(c, handoff, case)
        elif action in ("note", "interpreter", "categories"):
            _work(c, handoff, case, action)
        elif action == "close":
            outcome = c.form.get("outcome", "")
            cases.before_close(c.operator, handoff, case, outcome)
            if c.form.get("confirm") != "yes":  # closing resumes the bot: asked once more
                c.db.rollback()
                return _case_page(c, handoff_id, confirm_close=outcome)
            c.audit("close", handoff.id, detail=outcome)
            handoff_service.close_handoff(c.db, c.state, handoff, outcome)
        c.db.commit()
    except cases.CaseError as exc:
        c.db.rollback()
        _raise_gone(exc)
        draft = c.form.get("text", "") if action == "reply" else ""
        return _case_page(c, handoff_id, _error_text(_, exc.code), exc.status, draft=draft)
    if action in ("claim", "unclaim", "transfer", "close", "reply", "note", "interpreter", "categories"):
        notify_handoff(c.state.notifier, handoff_id, action)
    return c.redirect(f"/console/cases/{handoff_id}#{'reply' if action == 'reply' else 'top'}")


@router.post("/cases/{handoff_id}/{action}")
def case_action(handoff_id: int, action: str, c: ConsolePost) -> Response:
    if action not in ACTIONS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "not_found")
    return _act(c, handoff_id, action)


@router.get("/cases", response_class=HTMLResponse)
def cases_redirect(c: ConsoleGet) -> Response:
    return c.redirect("/console/queue")
