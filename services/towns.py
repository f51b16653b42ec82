"""The towns of the Americas the hand-made gazetteer does not list: GeoNames' populated places
(CC BY 4.0) of every country with an emergency number, built into services/towns.tsv.gz by
scripts/build_town_gazetteer.py. Loaded once, on first use (about 30,000 places).

Only lookups live here; services/places.py decides when a name in a message is a place.
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from bot.text.folding import fold

DATA = Path(__file__).with_name("towns.tsv.gz")
# How much larger the largest town of a name must be than the largest one in another
# country for the name alone to say the country ("Moncton"; not "San Pedro").
DOMINANT = 5


class Town(NamedTuple):  # a tuple: 30,000 of them load fast
    id: int
    name: str
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # GeoNames' first-level region code
    population: int
    lat: float
    lon: float
    tz: str


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    lat: float
    lon: float
    tz: str


@dataclass(frozen=True)
class Gazetteer:
    towns: dict[str, tuple[Town, ...]]  # folded name -> towns, largest first
    regions: dict[str, tuple[tuple[str, str], ...]]  # folded name or code -> (country, admin1)
    countries: dict[str, Country]  # code -> the countries the hand-made gazetteer lacks
    country_names: dict[str, str]  # folded name -> code
    words: dict[str, int]  # folded name -> 1 (a word people also use as a place), 2 (an ordinary word)
    prefixes: frozenset[str]  # the first words of every name of several words ("san", "san pedro")


@lru_cache
def gazetteer() -> Gazetteer:
    towns: dict[str, list[Town]] = {}
    regions: dict[str, list[tuple[str, str]]] = {}
    countries: dict[str, Country] = {}
    country_names: dict[str, str] = {}
    words: dict[str, int] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            row = line.rstrip("\n").split("\t")
            if row[0] == "T":
                town = Town(int(row[1]), row[2], row[3], row[4], int(row[5]), float(row[6]), float(row[7]), row[8])
                for name in row[9].split("|"):  # folded at build time
                    towns.setdefault(name, []).append(town)  # rows come largest first
            elif row[0] == "R":
                regions.setdefault(row[1], []).append((row[2], row[3]))
            elif row[0] == "C":
                countries[row[1]] = Country(row[1], row[2], float(row[3]), float(row[4]), row[5])
                for name in [row[2], *row[6].split("|")]:
                    country_names[fold(name, words=True)] = row[1]
            elif row[0] == "W":
                words[row[1]] = int(row[2])
    prefixes = {" ".join(n.split()[:k]) for n in (*towns, *regions, *country_names) for k in range(1, n.count(" ") + 1)}
    return Gazetteer({k: tuple(v) for k, v in towns.items()}, {k: tuple(v) for k, v in regions.items()},
                     countries, country_names, words, frozenset(prefixes))


def towns_named(name: str) -> tuple[Town, ...]:
    """Every town of that folded name, largest first."""
    return gazetteer().towns.get(name, ())


def pick(candidates: tuple[Town, ...], beside: set[str] | None = None,
         regions: set[tuple[str, str]] | None = None, context: set[str] | None = None) -> Town | None:
    """The town a name means. With a country or region written beside it ("Victoria, Chile",
    "Moncton NB"), its town there or None (then the country or region is the reading). Else
    the largest in a country the message names elsewhere; else the largest, when it dwarfs
    every namesake in another country; else None (the name alone does not say where)."""
    if regions:
        return next((t for t in candidates if (t.country, t.admin1) in regions), None)
    if beside:
        return next((t for t in candidates if t.country in beside), None)
    if context and (inside := [t for t in candidates if t.country in context]):
        return inside[0]
    if not candidates:
        return None
    top = candidates[0]
    rival = next((t for t in candidates if t.country != top.country), None)
    return top if rival is None or top.population >= DOMINANT * rival.population else None
