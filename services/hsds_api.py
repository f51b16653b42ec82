"""The HSDS 3.0 read API, query side: the directory in the shapes Open Referral's API reference
serves (`services/hsds_schema/openapi.json`, CC BY-SA 4.0), so partner tools can read it.

Plain module (no FastAPI): the gateway's `/hsds` router calls these functions. Lists are pages
(`Page` of the OpenAPI document: total_items, total_pages, page_number, size, first_page,
last_page, empty, plus `contents`), ordered by id. Query parameters are cumulative (AND), as the
API reference requires. Fields the directory does not have are left out, never null (the HSDS
schemas do not allow null); `metadata` is optional and not served.

Confidential locations never appear: not in a service's `service_at_locations`, nor in an
organization's `locations`, and with them go their addresses, coordinates, and the phones,
schedules and languages recorded at them. A service's own phones stay, as in referrals (the
conversation can arrange a safe meeting by phone).
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from bot.db.directory import (
    Address, Attribute, Language, Location, Organization, Phone, Schedule, Service, ServiceArea,
    ServiceAtLocation, Taxonomy, TaxonomyTerm,
)
from services.directory import confidential_locations
from services.hsds import kept_fields

HSDS_VERSION = "3.0"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200  # a larger per_page is served as this many; `size` says how many came


class BadQuery(ValueError):
    """A query parameter the API cannot use (the message says which)."""


# --------------------------------------------------------------------------- records


def _json(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def record(table: str, obj: Any) -> dict[str, Any]:
    """One stored row as its HSDS object: HSDS fields in HSDS order, empty ones left out."""
    out = {}
    for name in kept_fields(table):
        value = getattr(obj, name)
        if value is not None and value != "":
            out[name] = _json(value)
    return out


def _by(rows: Iterable[Any], attr: str) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        if (key := getattr(row, attr)) is not None:
            grouped[key].append(row)
    return grouped


def _in(session: Session, model: type, column: str, ids: Iterable[str]) -> list[Any]:
    ids = sorted({i for i in ids if i})
    if not ids:
        return []
    col = getattr(model, column)
    return list(session.scalars(select(model).where(col.in_(ids)).order_by(model.id)))


class _Nest:
    """Loads the rows nested in a batch of services or organizations with one query per table,
    and builds the compiled shapes."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.terms: dict[str, dict] = {}

    def attributes(self, table: str, ids: Iterable[str]) -> dict[str, list[dict]]:
        ids = sorted(set(ids))
        if not ids:
            return {}
        rows = list(self.session.scalars(select(Attribute).where(
            Attribute.link_entity == table, Attribute.link_id.in_(ids)).order_by(Attribute.id)))
        wanted = {r.taxonomy_term_id for r in rows} - set(self.terms)
        for term in _in(self.session, TaxonomyTerm, "id", wanted):
            self.terms[term.id] = record("taxonomy_term", term)
        out: dict[str, list[dict]] = defaultdict(list)
        for row in rows:
            item = record("attribute", row)
            if row.taxonomy_term_id in self.terms:
                item["taxonomy_term"] = self.terms[row.taxonomy_term_id]
            out[row.link_id].append(item)
        return out

    def phones(self, rows: Sequence[Any]) -> list[dict]:
        langs = _by(_in(self.session, Language, "phone_id", (p.id for p in rows)), "phone_id")
        attrs = self.attributes("phone", (p.id for p in rows))
        return [self._with(record("phone", p), languages=[record("language", l) for l in langs.get(p.id, ())],
                           attributes=attrs.get(p.id)) for p in rows]

    def schedules(self, rows: Sequence[Any]) -> list[dict]:
        attrs = self.attributes("schedule", (s.id for s in rows))
        return [self._with(record("schedule", s), attributes=attrs.get(s.id)) for s in rows]

    @staticmethod
    def _with(item: dict, **children: list | None) -> dict:
        item.update({k: v for k, v in children.items() if v})
        return item

    def locations(self, rows: Sequence[Location]) -> dict[str, dict]:
        """Full locations by id; the caller has already left out the confidential ones."""
        ids = [loc.id for loc in rows]
        addresses = _by(_in(self.session, Address, "location_id", ids), "location_id")
        phones = _by(_in(self.session, Phone, "location_id", ids), "location_id")
        schedules = _by(_in(self.session, Schedule, "location_id", ids), "location_id")
        languages = _by(_in(self.session, Language, "location_id", ids), "location_id")
        attrs = self.attributes("location", ids)
        return {loc.id: self._with(
            record("location", loc),
            languages=[record("language", l) for l in languages.get(loc.id, ())],
            addresses=[record("address", a) for a in addresses.get(loc.id, ())],
            phones=self.phones(phones.get(loc.id, ())),
            schedules=self.schedules(schedules.get(loc.id, ())),
            attributes=attrs.get(loc.id),
        ) for loc in rows}

    def open_locations(self, ids: Iterable[str]) -> list[Location]:
        rows = _in(self.session, Location, "id", ids)
        hidden = confidential_locations(self.session, {r.id for r in rows})
        return [r for r in rows if r.id not in hidden]

    def services(self, services: Sequence[Service]) -> list[dict]:
        """Fully nested services (compiled/service.json), in the given order."""
        sids = [s.id for s in services]
        orgs = {o.id: record("organization", o) for o in _in(self.session, Organization, "id",
                                                                (s.organization_id for s in services))}
        phones = _by(_in(self.session, Phone, "service_id", sids), "service_id")
        schedules = _by(_in(self.session, Schedule, "service_id", sids), "service_id")
        areas = _by(_in(self.session, ServiceArea, "service_id", sids), "service_id")
        languages = _by(_in(self.session, Language, "service_id", sids), "service_id")
        sals = _in(self.session, ServiceAtLocation, "service_id", sids)
        locations = self.locations(self.open_locations(s.location_id for s in sals))
        sals = [s for s in sals if s.location_id in locations]  # confidential ones: not at all
        sal_ids = [s.id for s in sals]
        sal_phones = _by(_in(self.session, Phone, "service_at_location_id", sal_ids), "service_at_location_id")
        sal_schedules = _by(_in(self.session, Schedule, "service_at_location_id", sal_ids), "service_at_location_id")
        sal_attrs = self.attributes("service_at_location", sal_ids)
        at: dict[str, list[dict]] = defaultdict(list)
        for sal in sals:
            at[sal.service_id].append(self._with(
                record("service_at_location", sal),
                phones=self.phones(sal_phones.get(sal.id, ())),
                schedules=self.schedules(sal_schedules.get(sal.id, ())),
                attributes=sal_attrs.get(sal.id),
                location=locations[sal.location_id],  # type: ignore[arg-type]
            ))
        attrs = self.attributes("service", sids)
        area_attrs = self.attributes("service_area", (a.id for rows in areas.values() for a in rows))
        out = []
        for svc in services:
            item = record("service", svc)
            if svc.organization_id in orgs:
                item["organization"] = orgs[svc.organization_id]
            out.append(self._with(
                item,
                phones=self.phones(phones.get(svc.id, ())),
                schedules=self.schedules(schedules.get(svc.id, ())),
                service_areas=[self._with(record("service_area", a), attributes=area_attrs.get(a.id))
                               for a in areas.get(svc.id, ())],
                service_at_locations=at.get(svc.id),
                languages=[record("language", l) for l in languages.get(svc.id, ())],
                attributes=attrs.get(svc.id),
            ))
        return out

    def organizations(self, orgs: Sequence[Organization], full_service: bool) -> list[dict]:
        """Fully nested organizations (compiled/organization.json)."""
        oids = [o.id for o in orgs]
        phones = _by(_in(self.session, Phone, "organization_id", oids), "organization_id")
        located = self.open_locations(l.id for l in _in(self.session, Location, "organization_id", oids))
        locations = self.locations(located)
        by_org = _by(located, "organization_id")
        services = _in(self.session, Service, "organization_id", oids)
        shaped = self.services(services) if full_service else [record("service", s) for s in services]
        service_of = _by(services, "organization_id")
        shaped_by_id = {s["id"]: s for s in shaped}
        attrs = self.attributes("organization", oids)
        return [self._with(
            record("organization", o),
            phones=self.phones(phones.get(o.id, ())),
            locations=[locations[l.id] for l in by_org.get(o.id, ())],
            attributes=attrs.get(o.id),
            services=[shaped_by_id[s.id] for s in service_of.get(o.id, ())],
        ) for o in orgs]


# --------------------------------------------------------------------------- pages


def page_numbers(page: int, per_page: int) -> tuple[int, int]:
    if page < 1:
        raise BadQuery("page starts at 1")
    if per_page < 1:
        raise BadQuery("per_page must be at least 1")
    return page, min(per_page, MAX_PER_PAGE)


def _page(session: Session, query: Select, page: int, per_page: int) -> tuple[list[Any], dict[str, Any]]:
    page, per_page = page_numbers(page, per_page)
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    model = query.column_descriptions[0]["entity"]
    rows = list(session.scalars(query.order_by(model.id).offset((page - 1) * per_page).limit(per_page)))
    pages = math.ceil(total / per_page)
    return rows, {"total_items": total, "total_pages": pages, "page_number": page, "size": len(rows),
                  "first_page": page == 1, "last_page": page >= pages, "empty": not rows}


def _search(query: Select, text: str | None, *columns: Any) -> Select:
    if not text or not text.strip():
        return query
    needle = text.strip().lower()
    return query.where(or_(*(func.lower(c).contains(needle, autoescape=True) for c in columns)))


def _modified_after(value: str) -> str:
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise BadQuery("modified_after is not an ISO 8601 date-time") from None
    # last_modified is kept as given (ISO 8601 text): compared as text, in UTC's own form.
    return parsed.isoformat().replace("+00:00", "Z") if parsed.tzinfo else parsed.isoformat()


def list_services(session: Session, page: int = 1, per_page: int = DEFAULT_PER_PAGE, search: str | None = None,
                  taxonomy_term_id: str | None = None, taxonomy_id: str | None = None,
                  organization_id: str | None = None, modified_after: str | None = None,
                  minimal: bool = False, full: bool = False) -> dict[str, Any]:
    query = _search(select(Service), search, Service.name, Service.description)
    if taxonomy_term_id or taxonomy_id:
        linked = select(Attribute.link_id).where(Attribute.link_entity == "service")
        if taxonomy_term_id:
            linked = linked.where(Attribute.taxonomy_term_id == taxonomy_term_id)
        if taxonomy_id:
            linked = linked.join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id).where(
                TaxonomyTerm.taxonomy_id == taxonomy_id)
        query = query.where(Service.id.in_(linked))
    if organization_id:
        query = query.where(Service.organization_id == organization_id)
    if modified_after:
        query = query.where(Service.last_modified >= _modified_after(modified_after))
    services, head = _page(session, query, page, per_page)
    if full:
        contents = _Nest(session).services(services)
    elif minimal:  # "just id and modified date"; service_list.json also requires name and status
        contents = [{k: v for k, v in record("service", s).items() if k in ("id", "name", "status", "last_modified")}
                    for s in services]
    else:  # one-to-one fields, with the organization (compiled/service_list.json)
        orgs = {o.id: record("organization", o)
                for o in _in(session, Organization, "id", (s.organization_id for s in services))}
        contents = []
        for s in services:
            item = record("service", s)
            if s.organization_id in orgs:
                item["organization"] = orgs[s.organization_id]
            contents.append(item)
    return {**head, "contents": contents}


def get_service(session: Session, service_id: str) -> dict[str, Any] | None:
    svc = session.get(Service, service_id)
    return _Nest(session).services([svc])[0] if svc else None


def list_organizations(session: Session, page: int = 1, per_page: int = DEFAULT_PER_PAGE,
                       search: str | None = None, full: bool = False, full_service: bool = False) -> dict[str, Any]:
    query = _search(select(Organization), search, Organization.name, Organization.alternate_name,
                    Organization.description)
    orgs, head = _page(session, query, page, per_page)
    if full or full_service:
        contents = _Nest(session).organizations(orgs, full_service)
    else:
        contents = [record("organization", o) for o in orgs]
    return {**head, "contents": contents}


def get_organization(session: Session, organization_id: str, full_service: bool = False) -> dict[str, Any] | None:
    org = session.get(Organization, organization_id)
    return _Nest(session).organizations([org], full_service)[0] if org else None


def list_taxonomies(session: Session, page: int = 1, per_page: int = DEFAULT_PER_PAGE,
                    search: str | None = None) -> dict[str, Any]:
    rows, head = _page(session, _search(select(Taxonomy), search, Taxonomy.name, Taxonomy.description),
                       page, per_page)
    return {**head, "contents": [record("taxonomy", t) for t in rows]}


def get_taxonomy(session: Session, taxonomy_id: str) -> dict[str, Any] | None:
    row = session.get(Taxonomy, taxonomy_id)
    return record("taxonomy", row) if row else None


def list_taxonomy_terms(session: Session, page: int = 1, per_page: int = DEFAULT_PER_PAGE,
                        search: str | None = None, taxonomy_id: str | None = None,
                        parent_id: str | None = None, top_only: bool = False) -> dict[str, Any]:
    t = TaxonomyTerm
    query = _search(select(t), search, t.name, t.code, t.description)
    if taxonomy_id:
        query = query.where(t.taxonomy_id == taxonomy_id)
    if parent_id:
        query = query.where(t.parent_id == parent_id)
    if top_only:  # terms at the top of their taxonomy: no parent
        query = query.where(t.parent_id.is_(None))
    rows, head = _page(session, query, page, per_page)
    return {**head, "contents": [record("taxonomy_term", r) for r in rows]}


def get_taxonomy_term(session: Session, term_id: str) -> dict[str, Any] | None:
    row = session.get(TaxonomyTerm, term_id)
    return record("taxonomy_term", row) if row else None

