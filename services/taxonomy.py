"""The line's need taxonomy and flag terms, stored as HSDS taxonomy rows.

Needs are linked to services with HSDS `attribute` rows
(link_entity="service", taxonomy_term_id=<need term>). Flags mark other rows:
`confidential_location` (on a location), `sample_data` (on an organization or
service) and `time_zone` (on a schedule or location; value = IANA zone name).
Ids are fixed UUIDs (uuid5 of the code) so every deployment and export agrees.
"""
from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from bot.db.directory import Taxonomy, TaxonomyTerm

_NS = uuid.UUID("5b0c3f0e-5f57-4c8e-9f0e-7a1c2b3d4e5f")

NEEDS: dict[str, str] = {
    "shelter": "Safe place to stay",
    "legal_aid": "Free or low-cost legal advice and representation",
    "health_care": "Medical care",
    "psychological_support": "Psychological and emotional support",
    "consulate": "Consular protection for nationals abroad",
    "migration_asylum": "Migration procedures, refugee status and asylum",
    "labour_rights": "Labour rights, unpaid wages, forced labour complaints",
    "child_protection": "Protection of children and adolescents",
    "emergency": "Emergency services",
    "food_basic_needs": "Food, clothing and other basic needs",
    "anti_trafficking_hotline": "Anti-trafficking hotlines",
    "interpretation": "Interpretation and translation",
}
FLAGS: dict[str, str] = {
    "confidential_location": "The location's address must never be disclosed",
    "sample_data": "Fictitious sample entry, not a real service",
    "time_zone": "IANA time zone of a schedule or location (attribute value)",
}
NEEDS_TAXONOMY = "hotline-triage-needs"
FLAGS_TAXONOMY = "hotline-triage-flags"


def uid(*parts: str) -> str:
    """A stable UUID for the given name parts."""
    return str(uuid.uuid5(_NS, "/".join(parts)))


def term_id(code: str) -> str:
    return uid("term", code)


TAXONOMIES = {
    NEEDS_TAXONOMY: ("Hotline needs", "Needs a help line refers people for", NEEDS),
    FLAGS_TAXONOMY: ("Hotline flags", "Flags the referral search reads", FLAGS),
}


def taxonomy_rows() -> tuple[list[dict], list[dict]]:
    """HSDS taxonomy and taxonomy_term rows (plain dicts, HSDS field names)."""
    taxonomies, terms = [], []
    for key, (name, description, codes) in TAXONOMIES.items():
        tax_id = uid("taxonomy", key)
        taxonomies.append({"id": tax_id, "name": name, "description": description, "version": "1"})
        for code, text in codes.items():
            terms.append({
                "id": term_id(code), "code": code, "name": code.replace("_", " "),
                "description": text, "taxonomy": key, "taxonomy_id": tax_id, "language": "en",
            })
    return taxonomies, terms


def ensure_taxonomy(session: Session) -> None:
    """Adds the need and flag terms if they are missing (does not commit)."""
    taxonomies, terms = taxonomy_rows()
    for model, rows in ((Taxonomy, taxonomies), (TaxonomyTerm, terms)):
        for row in rows:
            if session.get(model, row["id"]) is None:
                session.add(model(**row))
        session.flush()
