"""Place names as people write them -> a gazetteer entry (services/places.yml).

`resolve_place("tapachula chiapas")`, `resolve_place("Guatemala City")`,
`resolve_place("Pòtoprens")` all work: matching folds case and accents and
looks for whole-word aliases anywhere in the text, preferring a city over a
region over a country.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.text.folding import fold

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
        pairs.extend((fold(n, words=True), by_key[key]) for n in names if fold(n, words=True))

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
    folded = f" {fold(text, words=True)} "
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
    parts = [fold(part, words=True) for part in (text or "").split(",")]
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


# -- where the person is, from what they write ------------------------------------------

# Words just before a place that make it where someone comes from (or whose consulate they
# want), not where they are: "soy de Honduras", "vine de Venezuela a Lima", "consulado de".
_ORIGIN = tuple(tuple(fold(p, words=True).split()) for p in (
    "soy de", "soy del", "somos de", "vengo de", "venimos de", "vine de", "vinimos de", "sali de",
    "salimos de", "originario de", "originaria de", "nacionalidad", "nacido en", "naci en",
    "i m from", "im from", "i am from", "we re from", "we are from", "came from", "come from",
    "born in", "je viens de", "je viens du", "on vient de", "originaire de", "ne au", "ne en",
    "sou de", "sou do", "sou da", "somos do", "vim de", "vim do", "vim da", "viemos de", "nasci em",
    "mwen soti", "m soti", "nou soti", "mwen fet", "m fet",
    "consulado de", "consulado del", "consulado da", "consulado do", "consulate of", "consulate for",
    "consulat de", "consulat du", "consulat d", "embajada de", "embassy of", "ambassade de",
))
# A bare "de"/"from" before a place marks an origin only when another place follows
# ("de Honduras a Tapachula"); alone ("llegamos desde Guatemala") it is the best we have.
_WEAK_ORIGIN = frozenset({"de", "desde", "from", "du", "do", "da"})
# Everything a short answer to "where are you?" may hold besides the place, in the
# languages the line serves: "aquí en Tapachula", "we're in El Paso", "tô em Manaus".
_ANSWER_WORDS = frozenset(fold(w, words=True) for w in """
    en el la los las de del al a y e et and ou o aqui aca alla ahi ahorita ahora ya estoy estamos
    esta estan ando andamos vivo vivimos me nos encuentro encontramos quedo quedamos ciudad cerca
    pues bueno hola yo nosotros capital centro zona norte sur estado departamento provincia pais
    in at near im i m am we re are were the city of now right currently here living live staying
    stuck around close to outside downtown area state country hi hello ok still
    au aux je suis chu on est nous sommes ici dans le les ville pres proche maintenant rendu rendus
    bonjour reste habite
    em no na nos nas to estou ta aqui perto cidade agora ja eu moro moramos fico ficamos oi
    mwen nou nan kounya kounye lavil bo kote rete bonjou
    por desde from tx fl ny nj qc ca on bc az il ga ma nc usa
""".split())
_ANSWER_MAX_WORDS = 10
# Names that are also everyday words or first names ("chile" the pepper, "Salvador" the
# man): a place only after a word that says where ("en Chile") or as the whole answer.
_COMMON_WORD_NAMES = frozenset(fold(n, words=True) for n in (
    "salvador", "chile", "florida", "valencia", "trujillo", "encarnacion", "merida", "santa ana",
    "la paz", "lima", "santa cruz",
))
_LOCATIVE = frozenset(fold(w, words=True) for w in "en in em a à at near nan no na au dans cerca pres perto".split())
# Saying one is somewhere right before the place ("estoy en", "tô em", "we're in", "m nan"):
# that place beats others the message passes through ("entramos por Pacaraima, ya estoy en
# Boa Vista") or mentions ("estoy en Tijuana, mi hermana en Houston").
_PRESENCE = frozenset(fold(w, words=True) for w in """estoy estamos ando andamos vivo vivimos quedo quedamos
    to tô estou moro moramos fico ficamos im i m am we re are suis chu est sommes habite m mwen nou
    """.split())
# A standalone capitalised "LA" is Los Angeles; lower-case "la" is an article.
_ABBREVIATIONS = {"LA": "us/california/los-angeles"}


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    place: Place
    origin: bool
    common_word: bool  # a name that is also an everyday word, with no "en" before it
    present: bool  # "estoy en …": where the person says they are


def _abbreviations(text: str) -> dict[int, Place]:
    """Folded-word positions of abbreviations written in capitals, unless the whole message
    is shouted (then "LA" is just "la"). The abbreviation alone ("LA", "LA?") is the place."""
    tokens = [token.strip(".,;:!?") for token in text.split()]
    rest = " ".join(t for t in tokens if t not in _ABBREVIATIONS)
    if not _ABBREVIATIONS.keys() & set(tokens) or sum(c.isupper() for c in rest) > sum(c.islower() for c in rest):
        return {}
    out, i = {}, 0
    for token in text.split():
        n = len(fold(token, words=True).split())
        if token.strip(".,;:!?") in _ABBREVIATIONS and n == 1:
            out[i] = places()[_ABBREVIATIONS[token.strip(".,;:!?")]]
        i += n
    return out


@lru_cache(maxsize=4096)  # the same message is read for several purposes, and again next turn
def _mentions(text: str) -> tuple[list[str], list[_Mention]]:
    """The folded words of `text`, and each gazetteer name in them (longest match first)."""
    words = fold(text, words=True).split()
    names = _alias_words()
    longest = _longest_alias()
    abbreviations = _abbreviations(text)
    found: list[tuple[int, int, Place]] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            place = names.get(tuple(words[i:i + n])) or (abbreviations.get(i) if n == 1 else None)
            if place is not None:
                found.append((i, i + n, place))
                i += n
                break
        else:
            i += 1
    marked = []
    for k, (start, end, place) in enumerate(found):
        gap = words[max(found[k - 1][1] if k else 0, start - 4):start]
        strong = any(tuple(gap[j:j + len(o)]) == o for o in _ORIGIN for j in range(len(gap) - len(o) + 1))
        weak = bool(gap) and gap[-1] in _WEAK_ORIGIN and k + 1 < len(found)
        located = bool(gap) and gap[-1] in _LOCATIVE
        common = " ".join(words[start:end]) in _COMMON_WORD_NAMES and not located
        present = located and bool(_PRESENCE.intersection(gap[-3:-1]))
        marked.append(_Mention(start, end, place, strong or weak, common, present))
    return words, marked


@lru_cache
def _alias_words() -> dict[tuple[str, ...], Place]:
    return {tuple(alias.split()): place for alias, place in _alias_map().items()}


@lru_cache
def _longest_alias() -> int:
    return max(len(k) for k in _alias_words())


def place_in(text: str | None) -> Place | None:
    """Where the person says they (or the people they write about) are, in a message of any
    length: the most specific place named that is not an origin ("soy de Honduras") or a
    consulate's country; the first when several are as specific. None when there is none."""
    if not text:
        return None
    _, mentions = _mentions(text)
    return _best([m for m in mentions if not m.origin and not m.common_word])


def _best(candidates: list[_Mention]) -> Place | None:
    if not candidates:
        return None
    best = max(candidates, key=lambda m: (m.present, _RANK[m.place.kind], -m.start)).place
    inside = [m.place for m in candidates if best.covers(m.place.key)]  # "en México, en Tapachula"
    return max(inside, key=lambda p: _RANK[p.kind])


def origin_only(text: str | None) -> bool:
    """True when the message names places, but only as where someone comes from (or whose
    consulate they want): "soy de Honduras" says nothing of where the person is."""
    if not text:
        return False
    _, mentions = _mentions(text)
    return bool(mentions) and all(m.origin for m in mentions)


def place_answer(text: str | None) -> Place | None:
    """The place when the message only says where the person is ("en lima", "aquí en
    Tapachula", "we're in El Paso", "Pòtoprens"), in any language; else None."""
    if not text:
        return None
    words, mentions = _mentions(text)
    if not mentions or len(words) > _ANSWER_MAX_WORDS:
        return None
    covered = {i for m in mentions for i in range(m.start, m.end)}
    if any(w not in _ANSWER_WORDS for i, w in enumerate(words) if i not in covered):
        return None
    return _best([m for m in mentions if not m.origin])  # "Lima" alone is the city


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


def without_places(text: str) -> str:
    """`text` without the words that name places ("onde fica o consulado da Venezuela?" ->
    "onde fica o consulado da"): place names are mostly Spanish and would pull a message
    towards Spanish whatever language it is written in."""
    words, mentions = _mentions(text)
    if not mentions:
        return text
    covered = {i for m in mentions for i in range(m.start, m.end)}
    kept, i = [], 0
    for token in text.split():
        n = len(fold(token, words=True).split())
        if not n or not covered.issuperset(range(i, i + n)):
            kept.append(token)
        i += n
    return " ".join(kept)


def answer_frame(text: str) -> list[str]:
    """The folded words of a message besides the places it names ("to em" of "tô em Manaus")."""
    words, mentions = _mentions(text)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [w for i, w in enumerate(words) if i not in covered]
