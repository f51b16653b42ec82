"""Referrals as the bot gives them: search the directory, and say what to do when it finds
nothing. Plain module, used by the Rasa actions and the CLI."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.db.session import make_engine
from services.directory import Referral, UnknownPlace, format_referrals, search
from services.places import resolve_location


MAX_SHOWN = 9  # three SMS-sized pages at most


@dataclass(frozen=True)
class ReferralOutcome:
    status: str  # found | none | unknown_place | no_place
    blocks: list[str]  # the first page
    country: str | None
    confidential: bool = False
    # Later pages, each with the number that asks for it ("more"), in order.
    more: list[tuple[str, str]] = field(default_factory=list)


def paginate(referrals: list[Referral], lang: str | None) -> list[list[str]]:
    """SMS-sized pages; every page but the last ends with its numbered "more" option."""
    pages, rest = [], list(referrals)
    while rest:
        blocks = format_referrals(rest, lang)
        shown = sum(1 for b in blocks if "\n" in b) or 1
        pages.append(blocks)
        rest = rest[shown:]
    return pages


def find_referrals(session: Session, need: str, place: str | None = None, lat: float | None = None,
                   lon: float | None = None, lang: str | None = None, age: int | None = None) -> ReferralOutcome:
    """Up to 3 services for a need, formatted for SMS in the person's language.

    Services that speak the person's language come first; when none does, any service
    near them is better than no referral.
    """
    if not place and (lat is None or lon is None):
        return ReferralOutcome("no_place", [], None)
    resolved = resolve_location(place) if place else None
    if place and resolved is None:
        return ReferralOutcome("unknown_place", [], None)
    country = resolved.country if resolved else None
    try:
        found = search(session, need, near=place, lat=lat, lon=lon, lang=lang, age=age, limit=MAX_SHOWN) \
            if lang else []
        if not found:
            found = search(session, need, near=place, lat=lat, lon=lon, age=age, limit=MAX_SHOWN)
    except UnknownPlace:
        return ReferralOutcome("unknown_place", [], None)
    if not found:
        return ReferralOutcome("none", [], country)
    pages = paginate(found, lang)
    # The number that asks for page i+1 is the last line of page i ("4. Más opciones").
    more = [(page[-1].split(".", 1)[0], "\n".join(nxt)) for page, nxt in zip(pages, pages[1:])]
    return ReferralOutcome("found", pages[0], country or found[0].country,
                           confidential=any(r.confidential for r in found), more=more)


@lru_cache
def engine_for(url: str) -> Engine:
    return make_engine(url)
