"""Emergency numbers by country. Plain module, shared by actions and gateway."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "emergency_numbers.yml"


@dataclass(frozen=True)
class EmergencyContact:
    country: str
    number: str


@lru_cache
def _table() -> dict[str, dict]:
    return yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))["countries"]


def emergency_contact(country: str | None) -> EmergencyContact | None:
    """The emergency number for an ISO2 country code, or None when the country is unknown."""
    entry = _table().get((country or "").upper())
    return EmergencyContact(country.upper(), str(entry["number"])) if entry else None


def countries() -> list[str]:
    return sorted(_table())
