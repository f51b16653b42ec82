"""Emergency numbers by country. Plain module, shared by actions and gateway."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.text.folding import fold
from services.places import resolve_location

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "emergency_numbers.yml"


@dataclass(frozen=True)
class EmergencyContact:
    country: str
    number: str
    hotline: str | None = None  # national anti-trafficking line, where there is one


@lru_cache
def _table() -> dict[str, dict]:
    return yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))["countries"]


def emergency_contact(country: str | None) -> EmergencyContact | None:
    """The emergency number for an ISO2 country code, or None when the country is unknown."""
    entry = _table().get((country or "").upper())
    if not entry:
        return None
    hotline = (entry.get("also") or {}).get("trafficking_hotline")
    return EmergencyContact(country.upper(), str(entry["number"]), str(hotline) if hotline else None)


def country_from_number(address: str | None) -> str | None:
    """ISO2 country of a channel address's calling code ("+52 …", "whatsapp:+1 809 …"), parsed
    by Google's libphonenumber (the `phonenumbers` port), never a hand-made prefix table.

    A code shared by several countries (+1: US, CA, DO, PR, …; +7; +44) is resolved by the
    number's area code; when the library cannot decide (an unassigned area code), None: the
    bot then asks rather than guess. Only the country is kept; the number goes no further.
    """
    import phonenumbers

    raw = (address or "").strip()
    raw = raw[len("whatsapp:"):] if raw.lower().startswith("whatsapp:") else raw
    if not raw.startswith("+"):
        return None  # not an E.164 address (the simulator's ids, Messenger handles)
    try:
        number = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and len(region) == 2 and region.isalpha() else None  # "001": non-geographic


def countries() -> list[str]:
    return sorted(_table())


def country_from_place(text: str) -> str | None:
    """ISO2 country of a place as people write it: the directory's gazetteer first (its
    hand-made places, then GeoNames' towns), then the countries this file knows by name."""
    place = resolve_location(text)
    if place is not None:
        return place.country
    folded = fold(text, words=True)
    for code, entry in _table().items():
        if fold(entry["name"], words=True) == folded:
            return code
    return None
