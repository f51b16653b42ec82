"""Operators' canned responses: short texts per language that supervisors write and edit in the
console, found by a short code and put into the reply box for the operator to adapt. They are
the team's own words, separate from the bot's responses (domain.yml and the catalogs)."""
from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import languages
from bot.console.auth import AccountError
from bot.db.console import CannedResponse, Operator

CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,23}$")
MAX_TEXT = 1600


class CannedError(AccountError):
    """A canned response that cannot be saved; the message is a short code the UI translates."""


def for_language(db: Session, language: str | None) -> list[CannedResponse]:
    return list(db.scalars(select(CannedResponse).where(CannedResponse.language == (language or "es"))
                           .order_by(CannedResponse.code)))


def all_responses(db: Session, language: str | None = None) -> list[CannedResponse]:
    stmt = select(CannedResponse).order_by(CannedResponse.language, CannedResponse.code)
    if language:
        stmt = stmt.where(CannedResponse.language == language)
    return list(db.scalars(stmt))


def _clean(language: str, code: str, text: str) -> tuple[str, str, str]:
    language, code, text = language.strip().lower(), code.strip().lower(), text.strip()
    if languages.get(language) is None:
        raise CannedError("bad_language")
    if not CODE.match(code):
        raise CannedError("bad_code")
    if not text or len(text) > MAX_TEXT:
        raise CannedError("bad_text")
    return language, code, text


def save(db: Session, me: Operator, language: str, code: str, text: str,
         response_id: int | None = None) -> CannedResponse:
    """Adds a response, or edits one (`response_id`). A code is unique within its language."""
    language, code, text = _clean(language, code, text)
    clash = db.scalars(select(CannedResponse).where(CannedResponse.language == language,
                                                    CannedResponse.code == code)).first()
    if clash is not None and clash.id != response_id:
        raise CannedError("code_taken")
    if response_id is None:
        row = CannedResponse(language=language, code=code, text=text, updated_by=me.id)
        db.add(row)
    else:
        row = db.get(CannedResponse, response_id)
        if row is None:
            raise CannedError("not_found")
        row.language, row.code, row.text, row.updated_by = language, code, text, me.id
    db.flush()
    return row


def remove(db: Session, response_id: int) -> CannedResponse:
    row = db.get(CannedResponse, response_id)
    if row is None:
        raise CannedError("not_found")
    db.delete(row)
    db.flush()
    return row
