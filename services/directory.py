"""Referral search over the HSDS service directory, and SMS-sized text.

    search(session, "shelter", near="Tapachula", lang="mam", age=16, open_now=True)

Safety: a location marked `confidential_location` never yields its address
(nor a distance, which would reveal it): the referral has the phone only and
`confidential=True`, so the conversation can offer a safe meeting instead.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import Float, String, and_, case, delete, exists, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from bot.db.directory import (
    Address, Attribute, Language, Location, Organization, Phone, Schedule, SearchEntry, Service,
    ServiceArea, ServiceAtLocation, TaxonomyTerm,
)
from bot.i18n import Catalogs
from bot.settings import CatalogSettings, settings_cache
from bot.text.paging import MAX_SEGMENTS, segment_count
from services.hours import OpeningHours, babel_locale, format_hours, is_open, offset_name, valid_zone
from services.places import (Place, country_place, haversine_km, nearest_place, places, resolve_location,
                             resolve_place)
from services.taxonomy import FLAGS, NEEDS, term_id

__all__ = [
    "Referral", "OpeningHours", "UnknownNeed", "UnknownPlace", "search", "resolve_place",
    "format_referrals", "format_sms", "sms_segments", "rebuild_search_index", "confidential_locations",
]

SAMPLE_MARKER = "[SAMPLE]"
_BYDAY = re.compile(r"^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")
MAX_RESULTS = 3
NEAREST = 300
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
@dataclass
class _Candidate:
    service_id: str
    sal_id: str | None
    location_id: str | None
    lat: float | None
    lon: float | None
    country: str | None
    city_key: str | None
    needs: set[str]
    tier: int = 0
    distance: float | None = None
    covered: bool = False  # a service area includes the place asked about


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
      raises UnknownPlace if the gazetteer does not know it. Only services in
      that country (by address or service area); same city, then same region,
      then the rest of the country.
    - lat/lon: nearest first (haversine), across borders, among the NEAREST
      located services (and phone-only ones serving the nearest known place).
    - lang: only services that speak it (ISO 639-1 or -3, "es", "mam", "ht").
    - age: under 18 adds child_protection services, preferred, and drops
      adult-only services; anyone outside a service's age limits is dropped.
    - open_now: only services open at `now` in their own time zone.
    """
    if need not in NEEDS:
        raise UnknownNeed(f"unknown need '{need}'; one of: {', '.join(NEEDS)}")
    place = None
    if near:
        place = resolve_location(near)
        if place is None:
            raise UnknownPlace(f"unknown place '{near}'")
    has_point = lat is not None and lon is not None
    if place is None and has_point:
        place = nearest_place(lat, lon)
    minor = age is not None and age < 18
    needs = {need} | ({"child_protection"} if minor else set())
    now = now or datetime.now(timezone.utc)

    point = (lat, lon) if has_point and not near else None
    candidates = _candidates(session, needs, place, bool(near), age, point)
    if near:
        candidates = [c for c in candidates if c.tier > 0]
    elif has_point:  # phone-only services count where their service area includes the point
        candidates = [c for c in candidates if c.lat is not None or c.covered]
    ref = (lat, lon) if has_point else (place.lat, place.lon) if place and place.kind != "country" else None
    for c in candidates:
        if ref and c.lat is not None and c.lon is not None:
            c.distance = haversine_km(ref[0], ref[1], c.lat, c.lon)

    def key(c: _Candidate) -> tuple:
        child_first = 0 if minor and "child_protection" in c.needs else 1
        far = c.distance if c.distance is not None else (0.0 if c.covered and not has_point else math.inf)
        return ((0 if has_point else -c.tier), child_first, far, c.service_id)

    want_child = minor and need != "child_protection"
    chosen = _filtered(session, sorted(candidates, key=key), lang, open_now, now, limit, want_child)
    return _details(session, chosen, now)


def _filtered(session: Session, ordered: list[_Candidate], lang: str | None, open_now: bool,
              now: datetime, limit: int, want_child: bool) -> list[_Candidate]:
    """The first `limit` candidates that speak `lang` and are open, in order.

    For a minor asking for something else, at least one child protection
    service is kept among them when there is one."""
    chosen: list[_Candidate] = []
    child: _Candidate | None = None
    start, step = 0, max(limit, 1) * (4 if lang or open_now else 1)
    while start < len(ordered):
        chunk = ordered[start:start + step]
        start, step = start + step, 200
        ok = set(range(len(chunk)))
        if lang:
            speaking = _speaking(session, chunk, lang)
            ok = {i for i in ok if i in speaking}
        if open_now:
            opened = _open(session, [chunk[i] for i in sorted(ok)], now)
            ok = {i for i in ok if chunk[i].service_id in opened}
        for i in sorted(ok):
            c = chunk[i]
            if len(chosen) < limit:
                chosen.append(c)
            if child is None and "child_protection" in c.needs:
                child = c
        if len(chosen) >= limit and (not want_child or child is not None):
            break
    if want_child and child is not None and child not in chosen and limit > 0:
        chosen = chosen[: limit - 1] + [child]
    return chosen


def _candidates(session: Session, needs: set[str], place: Place | None, strict: bool, age: int | None,
                point: tuple[float, float] | None = None) -> list[_Candidate]:
    """Index rows for the needs, one candidate per service: in the place's
    country when `strict`; the `NEAREST` located ones around `point` (plus
    phone-only services of the place's country) when given."""
    e = SearchEntry
    q = select(
        e.service_id, e.need, e.service_at_location_id, e.location_id, e.latitude, e.longitude,
        e.country, e.region_key, e.city_key, e.area_key,
    ).where(e.need.in_(sorted(needs)))
    if strict and place is not None:
        q = q.where(e.country == place.country)
    if age is not None:
        q = q.where(or_(e.minimum_age.is_(None), e.minimum_age <= age),
                    or_(e.maximum_age.is_(None), e.maximum_age >= age))
    if point is None:
        rows = list(session.execute(q))
    else:  # equirectangular distance is enough to pick the nearest; haversine ranks them
        scale = max(math.cos(math.radians(point[0])), 0.05) ** 2
        approx = (e.latitude - point[0]) * (e.latitude - point[0]) + \
            (e.longitude - point[1]) * (e.longitude - point[1]) * scale
        rows = list(session.execute(q.where(e.latitude.isnot(None), e.longitude.isnot(None))
                                    .order_by(approx).limit(NEAREST)))
        if place is not None:
            rows += session.execute(q.where(e.location_id.is_(None), e.country == place.country))
    best: dict[str, _Candidate] = {}
    needs_of: dict[str, set[str]] = defaultdict(set)
    for sid, code, sal, loc, lat, lon, country, region_key, city_key, area_key in rows:
        needs_of[sid].add(code)
        tier, covered = _tier(place, country, region_key, city_key, area_key, loc)
        c = best.get(sid)
        if area_key is not None or loc is None:  # a service area row: no location
            if c is None:
                c = best[sid] = _Candidate(sid, None, None, None, None, country, None, needs_of[sid])
            c.covered = c.covered or covered
            c.tier = max(c.tier, tier)
            continue
        if c is None or c.location_id is None or tier > c.tier:
            new = _Candidate(sid, sal, loc, lat, lon, country, city_key, needs_of[sid], tier)
            if c is not None:
                new.covered, new.tier = c.covered, max(tier, c.tier)
            best[sid] = new
    return list(best.values())


def _tier(place: Place | None, country: str | None, region_key: str | None, city_key: str | None,
          area_key: str | None, loc: str | None) -> tuple[int, bool]:
    """How well a row matches the place: 3 same city, 2 same region, 1 same country."""
    if place is None or country != place.country:
        return 0, False
    if area_key is not None or loc is None:
        area = places().get(area_key or "")
        if area is not None and area.covers(place.key):
            return area_key.count("/") + 1, True
        if area_key and place.covers(area_key):  # serves part of the place asked about
            return place.key.count("/") + 1, False
        return 1, False
    if place.kind == "city" and city_key == place.key:
        return 3, False
    if place.region_key and region_key == place.region_key:
        return 2, False
    return 1, False


def _speaking(session: Session, chunk: list[_Candidate], lang: str) -> set[int]:
    """Positions in `chunk` of services (or their locations or phones) that speak `lang`."""
    base = lang_base(lang)
    codes = {base} | {k for k, v in _ISO639_1.items() if v == base}
    sids = {c.service_id for c in chunk}
    lids = {c.location_id for c in chunk if c.location_id}
    phone_of = dict(session.execute(select(Phone.id, Phone.service_id).where(Phone.service_id.in_(sids))).all())
    rows = session.execute(
        select(Language.service_id, Language.location_id, Language.phone_id, Language.code)
        .where(or_(Language.service_id.in_(sids), Language.location_id.in_(lids), Language.phone_id.in_(phone_of)))
    )
    speaks: set[str] = set()
    for sid, lid, phone_id, code in rows:
        if lang_base(code) in codes:
            speaks.update(x for x in (sid, lid, phone_of.get(phone_id)) if x)
    return {i for i, c in enumerate(chunk) if c.service_id in speaks or (c.location_id and c.location_id in speaks)}


def _open(session: Session, chunk: list[_Candidate], now: datetime) -> set[str]:
    """Service ids in `chunk` whose schedule is open at `now`."""
    schedules = _schedules(session, chunk)
    flags = _flags(session, {s.id for rows in schedules.values() for s in rows} | {c.location_id for c in chunk if c.location_id})
    return {
        c.service_id for c in chunk
        if any(is_open(_hours(s, flags, _default_tz(c, flags)), now) for s in schedules.get(c.service_id, ()))
    }


def _schedules(session: Session, chunk: Sequence[_Candidate]) -> dict[str, list[Any]]:
    """Schedules per service, from its most specific link (service at location first)."""
    sids = {c.service_id for c in chunk}
    lids = {c.location_id for c in chunk if c.location_id}
    sals = {c.sal_id for c in chunk if c.sal_id}
    t = Schedule.__table__
    rows = session.execute(select(t).where(or_(
        t.c.service_id.in_(sids), t.c.service_at_location_id.in_(sals), t.c.location_id.in_(lids),
    ))).all()
    pick = _picker(rows, ("service_at_location_id", "service_id", "location_id"))
    return {c.service_id: pick(c) for c in chunk}


def _details(session: Session, chosen: Sequence[_Candidate], now: datetime) -> list[Referral]:
    if not chosen:
        return []
    sids = {c.service_id for c in chosen}
    lids = {c.location_id for c in chosen if c.location_id}
    sals = {c.sal_id for c in chosen if c.sal_id}
    services = {r.id: r for r in session.execute(
        select(Service.id, Service.name, Service.organization_id).where(Service.id.in_(sids)))}
    orgs = {r.organization_id for r in services.values()}
    org_names = dict(session.execute(select(Organization.id, Organization.name).where(Organization.id.in_(orgs))).all())
    pt = Phone.__table__
    phones = session.execute(select(pt).where(or_(
        pt.c.service_id.in_(sids), pt.c.service_at_location_id.in_(sals),
        pt.c.location_id.in_(lids), pt.c.organization_id.in_(orgs),
    ))).all()
    langs = session.execute(select(Language.service_id, Language.location_id, Language.phone_id, Language.code).where(or_(
        Language.service_id.in_(sids), Language.location_id.in_(lids), Language.phone_id.in_({p.id for p in phones}),
    ))).all()
    schedules = _schedules(session, chosen)
    at = Address.__table__
    addresses = session.execute(select(at).where(at.c.location_id.in_(lids)).order_by(at.c.id)).all()
    flags = _flags(session, sids | lids | orgs | {s.id for rows in schedules.values() for s in rows})

    pick_phones = _picker(phones, ("service_at_location_id", "service_id", "location_id", "organization_id"))
    out = []
    for c in chosen:
        svc = services[c.service_id]
        org = svc.organization_id
        my_phones = pick_phones(c, org)
        phone_set = {p.id for p in my_phones}
        codes = tuple(dict.fromkeys(
            code for s, loc, ph, code in langs
            if code and (s == c.service_id or (loc and loc == c.location_id) or ph in phone_set)
        ))
        default_tz = _default_tz(c, flags)
        hours = tuple(_hours(s, flags, default_tz) for s in schedules.get(c.service_id, ()))
        confidential = bool(c.location_id and "confidential_location" in flags.get(c.location_id, {}))
        mine = [a for a in addresses if a.location_id == c.location_id]
        address = next((a for a in mine if a.address_type == "physical"), mine[0] if mine else None)
        is_sample = (
            "sample_data" in flags.get(c.service_id, {}) or "sample_data" in flags.get(org, {})
            or svc.name.startswith(SAMPLE_MARKER) or (org_names.get(org) or "").startswith(SAMPLE_MARKER)
        )
        out.append(Referral(
            service_id=c.service_id,
            service_name=svc.name,
            organization=org_names.get(org, ""),
            phone=_phone_text(my_phones[0]) if my_phones else None,
            address=None if confidential or address is None else _address_text(address),
            confidential=confidential,
            city=address.city if address else None,
            country=address.country if address else c.country,
            distance_km=None if confidential or c.distance is None else round(c.distance, 1),
            languages=codes,
            hours=hours,
            timezone=hours[0].timezone if hours else default_tz,
            open_now=any(is_open(h, now) for h in hours) if hours else None,
            is_sample=is_sample,
            needs=tuple(sorted(c.needs)),
        ))
    return out


def _picker(rows: Iterable[Any], links: tuple[str, ...]) -> Callable[..., list[Any]]:
    """For a candidate, the rows of its most specific link (service at location first)."""
    index: dict[str, dict[str, list[Any]]] = {link: defaultdict(list) for link in links}
    for r in sorted(rows, key=lambda r: r.id):
        for link in links:
            value = getattr(r, link)
            if value:
                index[link][value].append(r)

    def pick(c: _Candidate, org: str | None = None) -> list[Any]:
        wanted = {"service_at_location_id": c.sal_id, "service_id": c.service_id,
                  "location_id": c.location_id, "organization_id": org}
        for link in links:
            hits = index[link].get(wanted[link] or "")
            if hits:
                return hits
        return []

    return pick


def _flags(session: Session, ids: set[str]) -> dict[str, dict[str, str | None]]:
    out: dict[str, dict[str, str | None]] = defaultdict(dict)
    if not ids:
        return out
    codes = {term_id(code): code for code in FLAGS}
    rows = session.execute(
        select(Attribute.link_id, Attribute.taxonomy_term_id, Attribute.value).where(Attribute.link_id.in_(ids))
    )
    for link_id, term, value in rows:
        code = codes.get(term)
        if code is None:
            continue
        if code == "confidential_location" and (value or "true").strip().lower() in ("false", "no", "0"):
            continue
        out[link_id][code] = value
    return out


def confidential_locations(session: Session, ids: set[str]) -> set[str]:
    """The locations among `ids` flagged `confidential_location`: their address is never given."""
    flags = _flags(session, set(ids))
    return {i for i in ids if "confidential_location" in flags.get(i, {})}


def _default_tz(c: _Candidate, flags: dict) -> str | None:
    if c.location_id and valid_zone(flags.get(c.location_id, {}).get("time_zone")):
        return flags[c.location_id]["time_zone"]
    place = places().get(c.city_key or "") or country_place(c.country)
    return place.tz if place else None


def _hours(s: Any, flags: dict, default_tz: str | None) -> OpeningHours:
    tz = flags.get(s.id, {}).get("time_zone")
    if not valid_zone(tz):
        tz = offset_name(s.timezone) if s.timezone is not None and -12 <= s.timezone <= 14 else default_tz or "UTC"
    # Values an import kept with a notice (an unknown day, a bad day of the month) are skipped.
    days = (d.strip() for d in (s.byday or "").split(","))
    month_days = (d.strip().lstrip("-").isdigit() and int(d) for d in (s.bymonthday or "").split(","))
    return OpeningHours(
        days=tuple(d for d in days if _BYDAY.match(d)),
        opens=s.opens_at, closes=s.closes_at, timezone=tz, freq=s.freq or "WEEKLY",
        interval=s.interval,
        month_days=tuple(d for d in month_days if d and -31 <= d <= 31),
        dtstart=s.dtstart, valid_from=s.valid_from, valid_to=s.valid_to or s.until,
        description=s.description,
    )


def _phone_text(p: Any) -> str:
    return f"{p.number} ext. {int(p.extension)}" if p.extension is not None else p.number


def _address_text(a: Any) -> str:
    return ", ".join(x for x in (a.address_1, a.address_2, a.city) if x)


def rebuild_search_index(session: Session) -> int:
    """Refills dir_search_entry from the HSDS tables (does not commit)."""
    session.execute(delete(SearchEntry))
    s, a, t = Service, Attribute, TaxonomyTerm
    needs = (
        select(s.id.label("service_id"), t.code.label("need"), s.minimum_age, s.maximum_age)
        .join(a, and_(a.link_id == s.id, a.link_entity == "service"))
        .join(t, t.id == a.taxonomy_term_id)
        .where(s.status == "active", t.code.in_(list(NEEDS)))
        .subquery()
    )
    cols = ["need", "service_id", "service_at_location_id", "location_id", "country", "region_key",
            "city_key", "area_key", "latitude", "longitude", "minimum_age", "maximum_age"]
    null = literal(None, String)
    nullf = literal(None, Float)
    # A coordinate out of range (kept by the import, with a notice) is no point on Earth: the
    # location is still found by its place, never by distance.
    on_earth = and_(Location.latitude.between(-90, 90), Location.longitude.between(-180, 180))
    at_locations = (
        select(needs.c.need, needs.c.service_id, ServiceAtLocation.id, Location.id, Address.country,
               Address.region_key, Address.city_key, null,
               case((on_earth, Location.latitude), else_=nullf), case((on_earth, Location.longitude), else_=nullf),
               needs.c.minimum_age, needs.c.maximum_age)
        .join(ServiceAtLocation, ServiceAtLocation.service_id == needs.c.service_id)
        .join(Location, Location.id == ServiceAtLocation.location_id)
        .outerjoin(Address, and_(Address.location_id == Location.id, Address.address_type == "physical"))
    )
    in_areas = (
        select(needs.c.need, needs.c.service_id, null, null, ServiceArea.country_code, null, null,
               ServiceArea.place_key, nullf, nullf, needs.c.minimum_age, needs.c.maximum_age)
        .join(ServiceArea, ServiceArea.service_id == needs.c.service_id)
    )
    nowhere = (
        select(needs.c.need, needs.c.service_id, null, null, null, null, null, null, nullf, nullf,
               needs.c.minimum_age, needs.c.maximum_age)
        .where(~exists().where(ServiceAtLocation.service_id == needs.c.service_id),
               ~exists().where(ServiceArea.service_id == needs.c.service_id))
    )
    for query in (at_locations, in_areas, nowhere):
        session.execute(insert(SearchEntry).from_select(cols, query))
    return session.scalar(select(func.count()).select_from(SearchEntry)) or 0


# --------------------------------------------------------------------------- SMS text



def sms_segments(text: str) -> int:
    """How many SMS a text takes (GSM-7: 160 / 153 per part; else UCS-2: 70 / 67)."""
    return segment_count(text)


@settings_cache(maxsize=1)
def _catalogs() -> Catalogs:
    return Catalogs(reviewed_only=CatalogSettings().reviewed_only)


@settings_cache(maxsize=64)
def _labels(lang: str | None) -> dict[str, str]:
    """The list's words in the person's language, from the bot's catalogs (locale/), as the
    gateway renders replies: a language without them, or a fuzzy draft when only reviewed
    strings may go out, gets the Spanish."""
    base = lang_base(lang) or None
    return {key: _catalogs().render(f"utter_directory_{key}", base).text for key in ("more", "phone", "confidential")}


def _block(i: int, r: Referral, lang: str | None, detail: int) -> str:
    labels = _labels(lang)
    name = r.service_name
    if r.is_sample and SAMPLE_MARKER not in name:
        name = f"{SAMPLE_MARKER} {name}"
    lines = [f"{i}. {name}"]
    if r.phone:
        lines.append(f"{labels['phone']} {r.phone}")
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
