"""Service directory tables: the HSDS 3.0 tables the referral search needs.

Column names are the HSDS field names, so a tabular data package maps onto
these tables one to one (`services.hsds`). Table names carry a `dir_` prefix.
A few columns are not HSDS: they are derived on import for search and are
never exported (listed in `DERIVED_COLUMNS`).

The `attribute` table links taxonomy terms to any row (`link_entity` names the
table, `link_id` the row), so it has no foreign key on `link_id`.
"""
from __future__ import annotations

from datetime import date, time

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.base import Base

ID = String(64)

# Columns filled on import for search; not HSDS fields, never exported.
DERIVED_COLUMNS = frozenset({"city_key", "region_key", "place_key", "country_code"})


def _fk(target: str) -> Mapped[str | None]:
    return mapped_column(ID, ForeignKey(target, ondelete="CASCADE"), index=True)


class Organization(Base):
    __tablename__ = "dir_organization"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    alternate_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    tax_status: Mapped[str | None] = mapped_column(Text)
    tax_id: Mapped[str | None] = mapped_column(Text)
    year_incorporated: Mapped[float | None] = mapped_column(Float)
    legal_status: Mapped[str | None] = mapped_column(Text)
    logo: Mapped[str | None] = mapped_column(Text)
    uri: Mapped[str | None] = mapped_column(Text)
    parent_organization_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("dir_organization.id", ondelete="SET NULL")
    )


class Service(Base):
    __tablename__ = "dir_service"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        ID, ForeignKey("dir_organization.id", ondelete="CASCADE"), index=True
    )
    program_id: Mapped[str | None] = mapped_column(ID)  # programs are not stored
    name: Mapped[str] = mapped_column(Text)
    alternate_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32), index=True)
    interpretation_services: Mapped[str | None] = mapped_column(Text)
    application_process: Mapped[str | None] = mapped_column(Text)
    fees_description: Mapped[str | None] = mapped_column(Text)
    wait_time: Mapped[str | None] = mapped_column(Text)
    fees: Mapped[str | None] = mapped_column(Text)
    accreditations: Mapped[str | None] = mapped_column(Text)
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    minimum_age: Mapped[float | None] = mapped_column(Float)
    maximum_age: Mapped[float | None] = mapped_column(Float)
    assured_date: Mapped[date | None] = mapped_column(Date)
    assurer_email: Mapped[str | None] = mapped_column(Text)
    licenses: Mapped[str | None] = mapped_column(Text)
    alert: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(40))  # ISO 8601, kept as given


class Location(Base):
    __tablename__ = "dir_location"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    location_type: Mapped[str] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(Text)
    organization_id: Mapped[str | None] = _fk("dir_organization.id")
    name: Mapped[str | None] = mapped_column(Text)
    alternate_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    transportation: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    external_identifier: Mapped[str | None] = mapped_column(Text)
    external_identifier_type: Mapped[str | None] = mapped_column(Text)


class ServiceAtLocation(Base):
    __tablename__ = "dir_service_at_location"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ID, ForeignKey("dir_service.id", ondelete="CASCADE"), index=True
    )
    location_id: Mapped[str] = mapped_column(
        ID, ForeignKey("dir_location.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str | None] = mapped_column(Text)


class Address(Base):
    __tablename__ = "dir_address"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    location_id: Mapped[str | None] = _fk("dir_location.id")
    attention: Mapped[str | None] = mapped_column(Text)
    address_1: Mapped[str] = mapped_column(Text)
    address_2: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(Text)
    state_province: Mapped[str] = mapped_column(Text)
    postal_code: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(String(64), index=True)
    address_type: Mapped[str] = mapped_column(String(16))
    # Derived: gazetteer keys ("mx/chiapas/tapachula", "mx/chiapas") or folded names.
    city_key: Mapped[str | None] = mapped_column(String(128), index=True)
    region_key: Mapped[str | None] = mapped_column(String(128))


class Phone(Base):
    __tablename__ = "dir_phone"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    location_id: Mapped[str | None] = _fk("dir_location.id")
    service_id: Mapped[str | None] = _fk("dir_service.id")
    organization_id: Mapped[str | None] = _fk("dir_organization.id")
    contact_id: Mapped[str | None] = mapped_column(ID)  # contacts are not stored
    service_at_location_id: Mapped[str | None] = _fk("dir_service_at_location.id")
    number: Mapped[str] = mapped_column(String(64))
    extension: Mapped[float | None] = mapped_column(Float)
    type: Mapped[str | None] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(Text)


class Schedule(Base):
    __tablename__ = "dir_schedule"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    service_id: Mapped[str | None] = _fk("dir_service.id")
    location_id: Mapped[str | None] = _fk("dir_location.id")
    service_at_location_id: Mapped[str | None] = _fk("dir_service_at_location.id")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    dtstart: Mapped[date | None] = mapped_column(Date)
    timezone: Mapped[float | None] = mapped_column(Float)  # HSDS: UTC offset in hours
    until: Mapped[date | None] = mapped_column(Date)
    count: Mapped[int | None] = mapped_column(Integer)
    wkst: Mapped[str | None] = mapped_column(String(2))
    freq: Mapped[str | None] = mapped_column(String(16))
    interval: Mapped[int | None] = mapped_column(Integer)
    byday: Mapped[str | None] = mapped_column(String(64))
    byweekno: Mapped[str | None] = mapped_column(String(256))
    bymonthday: Mapped[str | None] = mapped_column(String(256))
    byyearday: Mapped[str | None] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(Text)
    opens_at: Mapped[time | None] = mapped_column(Time)
    closes_at: Mapped[time | None] = mapped_column(Time)
    schedule_link: Mapped[str | None] = mapped_column(Text)
    attending_type: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Language(Base):
    __tablename__ = "dir_language"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    service_id: Mapped[str | None] = _fk("dir_service.id")
    location_id: Mapped[str | None] = _fk("dir_location.id")
    phone_id: Mapped[str | None] = _fk("dir_phone.id")
    name: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)


class ServiceArea(Base):
    __tablename__ = "dir_service_area"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    service_id: Mapped[str | None] = _fk("dir_service.id")
    name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    extent: Mapped[str | None] = mapped_column(Text)
    extent_type: Mapped[str | None] = mapped_column(Text)
    uri: Mapped[str | None] = mapped_column(Text)
    # Derived: the gazetteer place the area names ("mx", "gt/guatemala/guatemala-city").
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)
    place_key: Mapped[str | None] = mapped_column(String(128))


class Taxonomy(Base):
    __tablename__ = "dir_taxonomy"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    uri: Mapped[str | None] = mapped_column(Text)
    version: Mapped[str | None] = mapped_column(Text)


class TaxonomyTerm(Base):
    __tablename__ = "dir_taxonomy_term"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    code: Mapped[str | None] = mapped_column(String(128), unique=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    parent_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("dir_taxonomy_term.id", ondelete="SET NULL")
    )
    taxonomy: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    taxonomy_id: Mapped[str | None] = _fk("dir_taxonomy.id")
    term_uri: Mapped[str | None] = mapped_column(Text)


class Attribute(Base):
    __tablename__ = "dir_attribute"
    __table_args__ = (
        Index("ix_dir_attribute_link", "link_id", "link_entity"),
        Index("ix_dir_attribute_term_entity", "taxonomy_term_id", "link_entity"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    link_id: Mapped[str] = mapped_column(ID)
    taxonomy_term_id: Mapped[str] = mapped_column(
        ID, ForeignKey("dir_taxonomy_term.id", ondelete="CASCADE")
    )
    link_type: Mapped[str | None] = mapped_column(Text)
    link_entity: Mapped[str] = mapped_column(String(32))
    value: Mapped[str | None] = mapped_column(Text)


class SearchEntry(Base):
    """Not HSDS: one row per (service, need, location or service area), rebuilt
    by `services.directory.rebuild_search_index` on every import, so a search
    reads one indexed table instead of joining six."""

    __tablename__ = "dir_search_entry"
    __table_args__ = (Index("ix_dir_search_entry_need_country", "need", "country"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    need: Mapped[str] = mapped_column(String(128))
    service_id: Mapped[str] = mapped_column(ID, ForeignKey("dir_service.id", ondelete="CASCADE"), index=True)
    service_at_location_id: Mapped[str | None] = mapped_column(ID)
    location_id: Mapped[str | None] = mapped_column(ID)
    country: Mapped[str | None] = mapped_column(String(64))
    region_key: Mapped[str | None] = mapped_column(String(128))
    city_key: Mapped[str | None] = mapped_column(String(128))
    area_key: Mapped[str | None] = mapped_column(String(128))  # service area, for rows without location
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    minimum_age: Mapped[float | None] = mapped_column(Float)
    maximum_age: Mapped[float | None] = mapped_column(Float)


# HSDS table name -> model, in an order where every foreign key points backwards.
TABLES: dict[str, type[Base]] = {
    "organization": Organization,
    "taxonomy": Taxonomy,
    "taxonomy_term": TaxonomyTerm,
    "service": Service,
    "location": Location,
    "service_at_location": ServiceAtLocation,
    "address": Address,
    "phone": Phone,
    "schedule": Schedule,
    "language": Language,
    "service_area": ServiceArea,
    "attribute": Attribute,
}
