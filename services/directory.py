"""Referral search over the HSDS service directory, and SMS-sized text.

    search(session, "shelter", near="Tapachula", lang="mam", age=16, open_now=True)

Safety: a location marked `confidential_location` never yields its address
(nor a distance, which would reveal it): the referral has the phone only and
`confidential=True`, so the conversation can offer a safe meeting instead.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from typing import Any, Iterable, Sequence

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from services.hours import OpeningHours, babel_locale, format_hours, is_open, offset_name
from services.models import (
    Address, Attribute, Language, Location, Organization, Phone, Schedule, Service,
    ServiceArea, ServiceAtLocation, TaxonomyTerm,
)
from services.places import Place, country_place, haversine_km, nearest_place, places, resolve_place
from services.taxonomy import NEEDS

__all__ = [
    "Referral", "OpeningHours", "UnknownNeed", "UnknownPlace", "search", "resolve_place",
    "format_referrals", "format_sms", "sms_segments",
]

SAMPLE_MARKER = "[SAMPLE]"
MAX_RESULTS = 3
MAX_SEGMENTS = 3
_CHUNK = 25
# ISO 639-3 (and a few 639-2/B) codes that have a 639-1 code, so "spa" matches "es".
_ISO639_1 = {
    "spa": "es", "eng": "en", "fra": "fr", "fre": "fr", "por": "pt", "hat": "ht", "que": "qu",
    "quz": "qu", "grn": "gn", "gug": "gn", "aym": "ay", "ayr": "ay",
}


class UnknownNeed(ValueError):
    pass


class UnknownPlace(ValueError):
    pass


@dataclass(frozen=True)
class Referral:
    service_id: str
    service_name: str
    organization: str
    phone: str | None
    address: str | None  # always None for a confidential location
    confidential: bool
    city: str | None
    country: str | None  # ISO 3166-1 alpha-2
    distance_km: float | None  # None when unknown or confidential
    languages: tuple[str, ...]
    hours: tuple[OpeningHours, ...]
    timezone: str | None
    open_now: bool | None  # None when the schedule is unknown
    is_sample: bool
    needs: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["hours"] = [h.to_dict() for h in self.hours]
        out["languages"] = list(self.languages)
        out["needs"] = list(self.needs)
        return out


@dataclass
class _Candidate:
    service_id: str
    name: str
    organization_id: str
    sal_id: str | None
    location_id: str | None
    lat: float | None
    lon: float | None
    country: str | None
    city_key: str | None
    region_key: str | None
    needs: set[str]
    tier: int = 0
    distance: float | None = None
    covered: bool = False


def lang_base(tag: str | None) -> str:
    base = (tag or "").replace("_", "-").split("-")[0].lower()
    return _ISO639_1.get(base, base)


def search(
    session: Session,
    need: str,
    near: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
    lang: str | None = None,
    age: int | None = None,
    open_now: bool = False,
    now: datetime | None = None,
    limit: int = MAX_RESULTS,
) -> list[Referral]:
    """Services for `need` near a place or point, best first.

    - near: a place as people write it ("tapachula chiapas", "Guatemala City");
      raises UnknownPlace if the gazetteer does not know it.
    - lat/lon: nearest first (haversine).
    - lang: only services that speak it (ISO 639-1 or -3, "es", "mam", "ht").
    - age: under 18 adds child_protection services, preferred, and drops
      adult-only services; anyone outside a service's age limits is dropped.
    - open_now: only services open at `now` in their own time zone.
    """
    if need not in NEEDS:
        raise UnknownNeed(f"unknown need '{need}'; one of: {', '.join(NEEDS)}")
    place = None
    if near:
        place = resolve_place(near)
        if place is None:
            raise UnknownPlace(f"unknown place '{near}'")
    has_point = lat is not None and lon is not None
    if place is None and has_point:
        place = nearest_place(lat, lon)
    minor = age is not None and age < 18
    needs = {need} | ({"child_protection"} if minor else set())
    now = now or datetime.now(timezone.utc)

    candidates = _candidates(session, needs, place if near else None, age)
    if near:
        _rank_by_place(session, candidates, place)
        candidates = [c for c in candidates if c.tier > 0]
    elif has_point:  # nearest first, across borders; phone-only services if they serve here
        if place is not None:
            _rank_by_place(session, candidates, place)
        candidates = [c for c in candidates if c.lat is not None or c.covered]
    ref = (lat, lon) if has_point else (place.lat, place.lon) if place and place.kind != "country" else None
    for c in candidates:
        if ref and c.lat is not None and c.lon is not None:
            c.distance = haversine_km(ref[0], ref[1], c.lat, c.lon)

    def key(c: _Candidate) -> tuple:
        child_first = 0 if minor and "child_protection" in c.needs else 1
        far = c.distance if c.distance is not None else (0.0 if c.covered and not has_point else math.inf)
        return ((0 if has_point else -c.tier), child_first, far, c.name, c.service_id)

    ordered = sorted(candidates, key=key)
    results: list[Referral] = []
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start:start + _CHUNK]
        for ref_ in _details(session, chunk, now):
            if lang and lang_base(lang) not in {lang_base(code) for code in ref_.languages}:
                continue
            if open_now and not ref_.open_now:
                continue
            results.append(ref_)
        if len(results) >= limit:
            break
    if minor and need != "child_protection":
        results = _keep_one_child_protection(results, limit)
    return results[:limit]


def _keep_one_child_protection(results: list[Referral], limit: int) -> list[Referral]:
    top = results[:limit]
    if any("child_protection" in r.needs for r in top):
        return top
    extra = next((r for r in results[limit:] if "child_protection" in r.needs), None)
    return top[:limit - 1] + [extra] if extra and limit > 0 else top


def _candidates(session: Session, needs: set[str], place: Place | None, age: int | None) -> list[_Candidate]:
    q = (
        select(
            Service.id, Service.name, Service.organization_id, TaxonomyTerm.code,
            ServiceAtLocation.id, Location.id, Location.latitude, Location.longitude,
            Address.country, Address.city_key, Address.region_key,
        )
        .join(Attribute, and_(Attribute.link_id == Service.id, Attribute.link_entity == "service"))
        .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
        .outerjoin(ServiceAtLocation, ServiceAtLocation.service_id == Service.id)
        .outerjoin(Location, Location.id == ServiceAtLocation.location_id)
        .outerjoin(Address, and_(Address.location_id == Location.id, Address.address_type == "physical"))
        .where(TaxonomyTerm.code.in_(sorted(needs)), Service.status == "active")
    )
    if age is not None:
        q = q.where(
            or_(Service.minimum_age.is_(None), Service.minimum_age <= age),
            or_(Service.maximum_age.is_(None), Service.maximum_age >= age),
        )
    if place is not None:
        in_area = select(ServiceArea.service_id).where(ServiceArea.country_code == place.country)
        q = q.where(or_(Address.country == place.country, Service.id.in_(in_area)))
    found: dict[tuple[str, str | None], _Candidate] = {}
    for sid, name, org, code, sal, loc, lat, lon, country, city_key, region_key in session.execute(q):
        c = found.get((sid, loc))
        if c is None:
            c = found[(sid, loc)] = _Candidate(
                sid, name, org, sal, loc, lat, lon, country, city_key, region_key, set()
            )
        c.needs.add(code)
    return list(found.values())


def _depth(key: str | None) -> int:
    return key.count("/") + 1 if key else 0


def _rank_by_place(session: Session, candidates: list[_Candidate], place: Place) -> None:
    areas: dict[str, list[str]] = defaultdict(list)
    rows = session.execute(
        select(ServiceArea.service_id, ServiceArea.place_key).where(
            ServiceArea.country_code == place.country,
            ServiceArea.service_id.in_({c.service_id for c in candidates}),
        )
    )
    for sid, key in rows:
        areas[sid].append(key)
    for c in candidates:
        tier = 0
        if c.country == place.country:
            tier = 1
            if place.region_key and c.region_key == place.region_key:
                tier = 2
            if place.kind == "city" and c.city_key == place.key:
                tier = 3
        for key in areas.get(c.service_id, ()):
            area = places().get(key)
            if area and area.covers(place.key):
                c.covered = True
                tier = max(tier, _depth(key))
            elif place.covers(key):  # serves part of the place asked about
                tier = max(tier, _depth(place.key))
            elif c.location_id is None:  # a phone line for elsewhere in the country
                tier = max(tier, 1)
        c.tier = tier


def _details(session: Session, chunk: Sequence[_Candidate], now: datetime) -> list[Referral]:
    sids = {c.service_id for c in chunk}
    lids = {c.location_id for c in chunk if c.location_id}
    sals = {c.sal_id for c in chunk if c.sal_id}
    orgs = {c.organization_id for c in chunk}
    org_names = dict(session.execute(select(Organization.id, Organization.name).where(Organization.id.in_(orgs))).tuples().all())

    phones = session.scalars(select(Phone).where(or_(
        Phone.service_id.in_(sids), Phone.service_at_location_id.in_(sals),
        Phone.location_id.in_(lids), Phone.organization_id.in_(orgs),
    ))).all()
    phone_ids = {p.id for p in phones}
    langs = session.execute(select(Language.service_id, Language.location_id, Language.phone_id, Language.code).where(or_(
        Language.service_id.in_(sids), Language.location_id.in_(lids), Language.phone_id.in_(phone_ids),
    ))).all()
    schedules = session.scalars(select(Schedule).where(or_(
        Schedule.service_id.in_(sids), Schedule.service_at_location_id.in_(sals), Schedule.location_id.in_(lids),
    ))).all()
    addresses = session.scalars(select(Address).where(Address.location_id.in_(lids))).all()
    flags = _flags(session, sids | lids | orgs | {s.id for s in schedules})

    out = []
    for c in chunk:
        my_phones = _pick(phones, c, ("service_at_location_id", "service_id", "location_id", "organization_id"))
        phone_set = {p.id for p in my_phones}
        codes = tuple(dict.fromkeys(
            code for s, loc, ph, code in langs
            if code and (s == c.service_id or (loc and loc == c.location_id) or ph in phone_set)
        ))
        my_schedules = _pick(schedules, c, ("service_at_location_id", "service_id", "location_id"))
        default_tz = _default_tz(c, flags)
        hours = tuple(_hours(s, flags, default_tz) for s in my_schedules)
        confidential = bool(c.location_id and "confidential_location" in flags.get(c.location_id, {}))
        address = next((a for a in addresses if a.location_id == c.location_id and a.address_type == "physical"),
                       next((a for a in addresses if a.location_id == c.location_id), None))
        is_sample = (
            "sample_data" in flags.get(c.service_id, {}) or "sample_data" in flags.get(c.organization_id, {})
            or c.name.startswith(SAMPLE_MARKER) or (org_names.get(c.organization_id) or "").startswith(SAMPLE_MARKER)
        )
        out.append(Referral(
            service_id=c.service_id,
            service_name=c.name,
            organization=org_names.get(c.organization_id, ""),
            phone=_phone_text(my_phones[0]) if my_phones else None,
            address=None if confidential or address is None else _address_text(address),
            confidential=confidential,
            city=address.city if address else None,
            country=(address.country if address else c.country),
            distance_km=None if confidential or c.distance is None else round(c.distance, 1),
            languages=codes,
            hours=hours,
            timezone=hours[0].timezone if hours else default_tz,
            open_now=any(is_open(h, now) for h in hours) if hours else None,
            is_sample=is_sample,
            needs=tuple(sorted(c.needs)),
        ))
    return out


def _pick(rows: Iterable[Any], c: _Candidate, links: tuple[str, ...]) -> list[Any]:
    """Rows for a candidate from its most specific link (service at location first)."""
    wanted = {"service_at_location_id": c.sal_id, "service_id": c.service_id,
              "location_id": c.location_id, "organization_id": c.organization_id}
    for link in links:
        value = wanted[link]
        hits = [r for r in rows if value and getattr(r, link) == value]
        if hits:
            return sorted(hits, key=lambda r: r.id)
    return []


def _flags(session: Session, ids: set[str]) -> dict[str, dict[str, str | None]]:
    out: dict[str, dict[str, str | None]] = defaultdict(dict)
    rows = session.execute(
        select(Attribute.link_id, TaxonomyTerm.code, Attribute.value)
        .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
        .where(Attribute.link_id.in_(ids),
               TaxonomyTerm.code.in_(("confidential_location", "sample_data", "time_zone")))
    )
    for link_id, code, value in rows:
        if code == "confidential_location" and (value or "true").strip().lower() in ("false", "no", "0"):
            continue
        out[link_id][code] = value
    return out


def _default_tz(c: _Candidate, flags: dict) -> str | None:
    if c.location_id and flags.get(c.location_id, {}).get("time_zone"):
        return flags[c.location_id]["time_zone"]
    place = places().get(c.city_key or "") or country_place(c.country)
    return place.tz if place else None


def _hours(s: Schedule, flags: dict, default_tz: str | None) -> OpeningHours:
    tz = flags.get(s.id, {}).get("time_zone")
    if not tz:
        tz = offset_name(s.timezone) if s.timezone is not None else default_tz or "UTC"
    return OpeningHours(
        days=tuple(d.strip() for d in (s.byday or "").split(",") if d.strip()),
        opens=s.opens_at, closes=s.closes_at, timezone=tz, freq=s.freq or "WEEKLY",
        interval=s.interval,
        month_days=tuple(int(d) for d in (s.bymonthday or "").split(",") if d.strip()),
        dtstart=s.dtstart, valid_from=s.valid_from, valid_to=s.valid_to or s.until,
        description=s.description,
    )


def _phone_text(p: Phone) -> str:
    return f"{p.number} ext. {int(p.extension)}" if p.extension is not None else p.number


def _address_text(a: Address) -> str:
    return ", ".join(x for x in (a.address_1, a.address_2, a.city) if x)


# --------------------------------------------------------------------------- SMS text

_GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXT = set("^{}\\[~]|€\f")
_LABELS = {
    "es": {"more": "Más opciones", "tel": "Tel", "confidential": "Dirección confidencial: llame"},
    "en": {"more": "More options", "tel": "Tel", "confidential": "Confidential address: call"},
    "fr": {"more": "Plus d'options", "tel": "Tél", "confidential": "Adresse confidentielle : appelez"},
    "pt": {"more": "Mais opções", "tel": "Tel", "confidential": "Endereço confidencial: ligue"},
    "ht": {"more": "Plis opsyon", "tel": "Tel", "confidential": "Adrès konfidansyèl: rele"},
}


def sms_segments(text: str) -> int:
    """How many SMS a text takes (GSM-7: 160 / 153 per part; else UCS-2: 70 / 67)."""
    if all(ch in _GSM7 or ch in _GSM7_EXT for ch in text):
        units = sum(2 if ch in _GSM7_EXT else 1 for ch in text)
        single, part = 160, 153
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, part = 70, 67
    return 1 if units <= single else math.ceil(units / part)


def _labels(lang: str | None) -> dict[str, str]:
    base = lang_base(lang)
    return _LABELS.get(base) or _LABELS["es"]


def _block(i: int, r: Referral, lang: str | None, detail: int) -> str:
    labels = _labels(lang)
    name = r.service_name
    if r.is_sample and SAMPLE_MARKER not in name:
        name = f"{SAMPLE_MARKER} {name}"
    lines = [f"{i}. {name}"]
    if r.phone:
        lines.append(f"{labels['tel']} {r.phone}")
    if detail >= 1:
        if r.confidential:
            lines.append(labels["confidential"])
        elif r.address:
            lines.append(r.address)
    if detail >= 2:
        hours = format_hours(r.hours, lang)
        if hours:
            lines.append(hours)
    return "\n".join(lines)


def format_referrals(referrals: Sequence[Referral], lang: str | None, max_segments: int = MAX_SEGMENTS) -> list[str]:
    """One text block per referral (at most 3), ready to join with newlines.

    The joined text fits in `max_segments` SMS. When it would not, whole
    results are dropped from the end and a last numbered "more" option is
    added ("3. Más opciones"); the same option is added when there were more
    referrals than shown. Sample entries always carry "[SAMPLE]"; a
    confidential location never shows an address. Hours use the person's
    language with Babel, or Spanish formatting for languages Babel lacks.
    """
    shown = list(referrals[:MAX_RESULTS])
    more = _labels(lang)["more"]
    for count in range(len(shown), 0, -1):
        cut = count < len(referrals)
        for detail in (2, 1, 0):
            blocks = [_block(i, r, lang, detail) for i, r in enumerate(shown[:count], 1)]
            if cut:
                blocks.append(f"{count + 1}. {more}")
            if sms_segments("\n".join(blocks)) <= max_segments:
                return blocks
            if count > 1 and detail == 2:
                break  # drop a whole result before dropping details
    if not shown:
        return []
    # A single result that is still too long: shorten its name, never its phone or marker.
    first = shown[0]
    tail = [f"2. {more}"] if len(referrals) > 1 else []
    name = first.service_name
    while True:
        block = _block(1, replace(first, service_name=name), lang, 0)
        if sms_segments("\n".join([block, *tail])) <= max_segments or len(name) <= 15:
            return [block, *tail]
        name = name[: max(12, len(name) - 10)].rstrip() + "..."


def format_sms(referrals: Sequence[Referral], lang: str | None, max_segments: int = MAX_SEGMENTS) -> str:
    return "\n".join(format_referrals(referrals, lang, max_segments))


def locale_for(lang: str | None) -> str:
    """The Babel locale used to show hours for a language ("mam" -> "es")."""
    return babel_locale(lang)
