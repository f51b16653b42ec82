"""Place names as people write them -> a gazetteer entry (services/places.yml).

`resolve_place("tapachula chiapas")`, `resolve_place("Guatemala City")`,
`resolve_place("Pòtoprens")` all work: matching folds case and accents and
looks for whole-word aliases anywhere in the text, preferring a city over a
region over a country.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

GAZETTEER = Path(__file__).resolve().parent / "places.yml"
_RANK = {"country": 1, "region": 2, "city": 3}


@dataclass(frozen=True)
class Place:
    key: str  # "mx", "mx/chiapas", "mx/chiapas/tapachula"
    name: str
    kind: str  # country | region | city
    country: str  # ISO 3166-1 alpha-2
    region: str | None
    lat: float
    lon: float
    tz: str

    @property
    def region_key(self) -> str | None:
        parts = self.key.split("/")
        return "/".join(parts[:2]) if len(parts) >= 2 else None

    def covers(self, key: str | None) -> bool:
        """True when `key` is this place or lies inside it."""
        return bool(key) and (key == self.key or key.startswith(self.key + "/"))


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: 'Pòtoprens' -> 'potoprens'."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@lru_cache
def places() -> dict[str, Place]:
    raw = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))
    out: dict[str, Place] = {}
    for c in raw["countries"]:
        cc = c["code"]
        out[cc.lower()] = Place(cc.lower(), c["name"], "country", cc, None, c["lat"], c["lon"], c["tz"])
        for r in c.get("regions", ()):
            rkey = f"{cc.lower()}/{r['slug']}"
            rtz = r.get("tz", c["tz"])
            out[rkey] = Place(rkey, r["name"], "region", cc, r["name"], r["lat"], r["lon"], rtz)
            for city in r.get("cities", ()):
                key = f"{rkey}/{city['slug']}"
                out[key] = Place(
                    key, city["name"], "city", cc, r["name"], city["lat"], city["lon"],
                    city.get("tz", rtz),
                )
    return out


@lru_cache
def _aliases() -> list[tuple[str, Place]]:
    raw = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))
    by_key = places()
    pairs: list[tuple[str, Place]] = []

    def add(key: str, entry: dict) -> None:
        names = {entry["name"], *entry.get("aliases", ())}
        pairs.extend((fold(n), by_key[key]) for n in names if fold(n))

    for c in raw["countries"]:
        add(c["code"].lower(), c)
        for r in c.get("regions", ()):
            add(f"{c['code'].lower()}/{r['slug']}", r)
            for city in r.get("cities", ()):
                add(f"{c['code'].lower()}/{r['slug']}/{city['slug']}", city)
    return pairs


def resolve_place(text: str | None, country: str | None = None) -> Place | None:
    """The most specific gazetteer place named in `text` (optionally within `country`)."""
    if not text:
        return None
    folded = f" {fold(text)} "
    if folded.strip() in places():  # a key or an ISO code: "mx", "gt"
        return places()[folded.strip()]
    best: tuple[tuple[int, int, int], Place] | None = None
    for alias, place in _aliases():
        if country and place.country != country.upper():
            continue
        pos = folded.find(f" {alias} ")
        if pos < 0:
            continue
        score = (_RANK[place.kind], len(alias), -pos)
        if best is None or score > best[0]:
            best = (score, place)
    return best[1] if best else None


def place_named(text: str | None) -> Place | None:
    """The place when the whole message is a place's name ("Ciudad de Guatemala", "Lima, Perú"),
    else None. Names only, never ISO codes: "no" or "pe" is not a place."""
    parts = [fold(part) for part in (text or "").split(",")]
    if not parts or len(parts) > 2 or not all(len(part) >= 3 for part in parts):
        return None
    names = _alias_map()
    found = [names.get(part) for part in parts]
    if not all(found):
        return None
    return max(found, key=lambda place: _RANK[place.kind])


@lru_cache
def _alias_map() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for alias, place in _aliases():  # the most specific place wins a shared name
        if alias not in out or _RANK[place.kind] > _RANK[out[alias].kind]:
            out[alias] = place
    return out


def country_place(code: str | None) -> Place | None:
    return places().get((code or "").lower())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def nearest_place(lat: float, lon: float, max_km: float = 400.0) -> Place | None:
    """The nearest gazetteer city (or country centre) to a point, if close enough."""
    best = min(
        (p for p in places().values() if p.kind == "city"),
        key=lambda p: haversine_km(lat, lon, p.lat, p.lon),
        default=None,
    )
    if best and haversine_km(lat, lon, best.lat, best.lon) <= max_km:
        return best
    return None
