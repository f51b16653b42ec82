"""Place names as people write them -> a gazetteer entry (services/places.yml).

`resolve_place("tapachula chiapas")`, `resolve_place("Guatemala City")`,
`resolve_place("Pòtoprens")` all work: matching folds case and accents and
looks for whole-word aliases anywhere in the text, preferring a city over a
region over a country. Towns it does not list come from GeoNames (services/towns.py), as a
fallback: accepted only where the text says it is a place (`_usable`).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.text.folding import fold
from services import towns as gn

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
    "mwen soti", "m soti", "nou soti", "mwen fet", "m fet", "sot nan", "soti nan", "sot lan", "soti lan",
    "consulado de", "consulado del", "consulado da", "consulado do", "consulate of", "consulate for",
    "consulat de", "consulat du", "consulat d", "embajada de", "embassy of", "ambassade de",
))
# Someone else gone there is not where the writer is: "leur mère est partie au Chili", "mi hijo
# se fue a Chiapas", "my husband went to Houston" (the first person's "me fui a" is not here).
_GONE_TO = tuple(tuple(fold(p, words=True).split()) for p in (
    "se fue a", "se fue para", "se fue pa", "se fueron a", "se fueron para", "se la llevaron a",
    "se lo llevaron a", "se los llevaron a", "la llevaron a", "lo llevaron a", "los llevaron a",
    "he went to", "she went to", "they went to", "he moved to", "she moved to", "they moved to",
    "he left for", "she left for", "they left for", "took her to", "took him to", "took them to",
    "est partie au", "est partie en", "est partie a", "est parti au", "est parti en", "est parti a",
    "sont partis au", "sont partis en", "sont partis a", "l ont emmenee a", "l ont emmene a",
    "foi para", "foi pra", "foi pro", "foram para", "foram pra", "levaram ela para", "levaram ele para",
    "li ale", "li pati", "yo ale", "yo pati", "li al", "yo al",
))
# A bare "de"/"from" before a place marks an origin only when another place follows
# ("de Honduras a Tapachula"); alone ("llegamos desde Guatemala") it is the best we have.
_WEAK_ORIGIN = frozenset({"de", "desde", "from", "du", "do", "da"})
# Writing from a place is being there: "le escribo de Quetzaltenango, mi hijo se fue a Chiapas".
_WRITING_FROM = tuple(tuple(fold(p, words=True).split()) for p in (
    "escribo de", "escribo desde", "escribimos de", "escribimos desde", "hablo de", "hablo desde",
    "writing from", "texting from", "messaging from", "calling from", "write from", "writing you from",
    "ecris de", "ecris depuis", "ecrit de", "ecrit depuis", "escrevo de", "escrevo do", "escrevo da",
    "escrevendo de", "escrevendo do", "escrevendo da", "ekri w soti", "ekri ou soti", "ap ekri soti",
))
# Having just arrived is being there: "nou rive Tapachula yè, nou sot nan Darien".
# Said right before the place (the end of the words before it).
_ARRIVED = tuple(tuple(fold(p, words=True).split()) for p in (
    "rive", "rive nan", "llegamos a", "llegue a", "acabo de llegar a", "arrived in", "arrived at", "arrived to", "got to",
    "chegamos em", "chegamos a", "cheguei em", "cheguei a", "arrive a", "arrives a", "arrivee a", "arrivees a",
))
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
# "vers Iracoubo", "rumbo a", "entre X et Y": on the way, a place the person is near now.
_LOCATIVE = frozenset(fold(w, words=True) for w in
                      "en in em a à at near nan no na au dans cerca pres perto vers entre hacia between towards".split())
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
    # GeoNames' towns (None: the hand-made gazetteer): 0 a name, 1 also a word people use as a
    # place ("Esperanza"), 2 also an ordinary word ("Casa")
    level: int | None = None
    cue: int = 0  # 2: "en", "in", "nan", "cerca de" just before; 1: a weaker "a", "no", "na"
    capital: bool = False  # written with a capital, in a message that is not shouted
    amid: bool = False  # so written inside a sentence (its first word says nothing: "Mana kastilla …")
    attached: bool = False  # a country or region written right after it ("Victoria, Chile")


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
    """The folded words of `text`, and each gazetteer name in them (longest match first): the
    hand-made gazetteer's, then GeoNames' towns, countries and regions in the words left."""
    words = fold(text, words=True).split()
    names = _alias_words()
    longest = _longest_alias()
    abbreviations = _abbreviations(text)
    found: list[tuple[int, int, Place | None, tuple | None]] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            place = names.get(tuple(words[i:i + n])) or (abbreviations.get(i) if n == 1 else None)
            if place is not None:
                found.append((i, i + n, place, None))
                i += n
                break
        else:
            i += 1
    shape = _shape(text, words)
    found = sorted(found + _fallback_names(words, shape, {j for s, e, _, _ in found for j in range(s, e)}))
    return words, _marked(words, shape, found)


def _marked(words: list[str], shape: list[tuple[str, bool, bool, bool]] | None,
            found: list[tuple[int, int, Place | None, tuple | None]]) -> list[_Mention]:
    """Each name found, with what the words around it say of it."""
    after = {start: (k, place, extra) for k, (start, _, place, extra) in enumerate(found)}
    context = {p.country for _, _, p, _ in found if p is not None} | {
        cc for _, _, _, x in found if x is not None and x[0] != "town" for cc in _countries_of(x)}
    marked = []
    for k, (start, end, place, extra) in enumerate(found):
        gap = words[max(found[k - 1][1] if k else 0, start - 4):start]
        writing = _says(gap, _WRITING_FROM)
        # English "from" is where someone comes from even alone ("a boy from Guatemala"); Spanish
        # "de" is not ("el estado de Chiapas")
        strong = not writing and (_says(gap, _ORIGIN) or _says(gap, _GONE_TO) or gap[-1:] == ["from"])
        # "perto de Campos Gerais", "cerca de Tapachula": near, not from
        weak = (bool(gap) and gap[-1] in _WEAK_ORIGIN and k + 1 < len(found) and not writing
                and tuple(gap[-2:]) not in _CUE_PAIRS)
        located = bool(gap) and gap[-1] in _LOCATIVE
        arrived = any(tuple(gap[-len(a):]) == a for a in _ARRIVED)
        present = writing or arrived or (located and bool(_PRESENCE.intersection(gap[-3:-1])))
        capital = bool(shape) and all(shape[j][1] for j in range(start, end) if len(words[j]) > 2)
        amid = capital and not shape[start][3]
        # "Victoria, Chile", "Moncton NB": a country or region right after a name
        beside = after.get(end)
        attached = beside is not None and bool(shape) and (shape[end][2] or capital) and (
            beside[1].kind in ("country", "region") if beside[1] is not None else beside[2][0] != "town")
        prev = found[k - 1] if k else None
        follows = prev is not None and prev[1] == start and bool(shape) and shape[start][2]
        if place is None and extra[0] == "town":  # a GeoNames town name
            near = _beside(beside[1], beside[2]) if attached else (set(), set())
            town = gn.pick(gn.towns_named(extra[1]), near[0], near[1], context - near[0] or None)
            if town is None:
                continue
            place = _town_place(town)
        elif place is None:  # a GeoNames country or region
            place = _country_or_region(extra)
        common = " ".join(words[start:end]) in _COMMON_WORD_NAMES and not located and not follows
        level = gn.gazetteer().words.get(extra[1], 0) if extra is not None and extra[0] == "town" else None
        before = shape[start - 1][0] if shape and start else ""
        marked.append(_Mention(start, end, place, strong or weak, common, present, level,
                               _cue(gap, before), capital, amid, attached))
    return marked


def _says(gap: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `phrases` stands anywhere in the words before a place."""
    return any(tuple(gap[j:j + len(p)]) == p for p in phrases for j in range(len(gap) - len(p) + 1))


def _fallback_names(words: list[str], shape: list[tuple[str, bool, bool, bool]] | None,
                    covered: set[int]) -> list[tuple[int, int, None, tuple]]:
    """GeoNames' names in the words no hand-made name covers: a town (its folded name), a
    country (its code) or a region written after a town or a comma ((country, admin1) pairs)."""
    g = gn.gazetteer()
    out: list[tuple[int, int, None, tuple]] = []
    i = 0
    while i < len(words):
        best, name, n = None, words[i], 1
        while i + n <= len(words) and i + n - 1 not in covered:  # the longest name starting here
            if name in g.country_names:
                best = (i, i + n, None, ("country", g.country_names[name]))
            elif name in g.regions and _region_written(name, i, shape, out):
                best = (i, i + n, None, ("region", g.regions[name]))
            elif name in g.towns and len(name) >= 4:
                best = (i, i + n, None, ("town", name))
            if name not in g.prefixes or i + n == len(words):
                break
            name, n = f"{name} {words[i + n]}", n + 1
        if best is not None:
            out.append(best)
            i = best[1]
        else:
            i += 1
    return out


# Region codes that are also words ("OK", "IN", "ME"): a region only after a comma or a town.
_WORDLIKE_CODES = frozenset("ok in or me hi on de al pa la ma se es to am go mt ce ac ba pe ne".split())


def _region_written(name: str, i: int, shape: list[tuple[str, bool, bool, bool]] | None, before: list[tuple]) -> bool:
    """A region's name or code written as one writes it after a town: after a comma or a
    capitalised word, capitalised itself (a code in capitals), in a message not shouted."""
    if not shape or not i or not shape[i][1] or (len(name) <= 3 and not shape[i][0].isupper()):
        return False
    after_town = bool(before) and before[-1][1] == i and before[-1][3][0] == "town"
    if name in _WORDLIKE_CODES:  # after a town only when the town is in that region ("Tulsa OK")
        regions = set(gn.gazetteer().regions[name])
        return shape[i][2] or after_town and any(
            (t.country, t.admin1) in regions for t in gn.towns_named(before[-1][3][1]))
    return shape[i][2] or shape[i - 1][1]


def _countries_of(extra: tuple) -> set[str]:
    return {extra[1]} if extra[0] == "country" else {cc for cc, _ in extra[1]}


def _beside(place: Place | None, extra: tuple) -> tuple[set[str], set[tuple[str, str]]]:
    """The countries and regions a name written just after a town puts it in."""
    if place is not None:
        return {place.country}, set()
    return _countries_of(extra), set(extra[1]) if extra[0] == "region" else set()


_STRONG_CUES = frozenset(fold(w, words=True) for w in "en em in at near nan dans au aux à".split())
_CUE_PAIRS = frozenset(tuple(fold(p, words=True).split()) for p in (
    "cerca de", "pres de", "près du", "perto de", "perto do", "perto da", "close to", "outside of", "bo kote",
    # French "à" typed without its accent, after a verb of being or living somewhere ("je suis a kourou")
    "suis a", "sommes a", "est a", "sont a", "habite a", "habitons a", "vis a", "vit a", "reste a", "restons a",
    "travaille a", "arrive a", "arrivee a", "arrives a"))
_KREYOL_I = frozenset({"mwen", "nou"})  # "mwen Okap": I am in Cap-Haïtien


def _cue(gap: list[str], before: str) -> int:
    """How strongly the words before a name say it is a place (`before`: the word as written,
    for "à", which folds to the article "a")."""
    if not gap:
        return 0
    if (gap[-1] in _STRONG_CUES - {"a"} or before.lower() == "à" or tuple(gap[-2:]) in _CUE_PAIRS
            or gap[-1] in _KREYOL_I):
        return 2
    return 1 if gap[-1] in _LOCATIVE else 0


def _usable(m: _Mention, asked: bool, whole: bool) -> bool:
    """A GeoNames name counts when the text says it is a place: a word before it that says
    where, a country or region after it, the bot's question for the place, or (a name that is
    no word) a capital or a message that is only the place."""
    if m.level is None or m.place.kind != "city":
        return True
    placed = m.cue == 2 or m.attached or asked
    if m.level == 0:
        return placed or m.cue == 1 or m.amid or whole
    if m.level == 1:
        return placed
    return placed and m.capital


_TOKEN = re.compile(r"\w+")
_STOPS = frozenset(".!?¿¡\n")


def _shape(text: str, words: list[str]) -> list[tuple[str, bool, bool, bool]] | None:
    """For each folded word: the word as written, whether it is capitalised (never in a
    shouted message), whether a comma comes before it and whether it starts a sentence;
    None when the two do not align."""
    tokens = list(_TOKEN.finditer(text))
    if len(tokens) != len(words) or fold(" ".join(t.group() for t in tokens)) != " ".join(words):
        return None
    shouted = sum(c.isupper() for c in text) > sum(c.islower() for c in text)
    out, prev = [], 0
    for t in tokens:
        raw, between = t.group(), text[prev:t.start()]
        out.append((raw, raw[:1].isupper() and not shouted, "," in between, not prev or bool(_STOPS & set(between))))
        prev = t.end()
    return out


def _country_name(code: str) -> str:
    place = places().get(code.lower())
    return place.name if place else gn.gazetteer().countries[code].name if code in gn.gazetteer().countries \
        else code


def _town_place(town: gn.Town) -> Place:
    """A GeoNames town as a place: its name says its country, so reading it again finds it."""
    return Place(f"{town.country.lower()}/gn-{town.admin1}/{town.id}", f"{town.name}, {_country_name(town.country)}",
                 "city", town.country, town.admin1 or None, town.lat, town.lon, town.tz)


def _country_or_region(extra: tuple) -> Place:
    """A GeoNames country, or a region when its name is one country's only."""
    codes = _countries_of(extra)
    country = country_place(min(codes))
    if extra[0] == "country" or len(extra[1]) > 1:
        return country
    code, admin1 = extra[1][0]
    return Place(f"{code.lower()}/gn-{admin1}", country.name, "region", code, admin1, country.lat, country.lon,
                 country.tz)


@lru_cache
def _alias_words() -> dict[tuple[str, ...], Place]:
    return {tuple(alias.split()): place for alias, place in _alias_map().items()}


@lru_cache
def _longest_alias() -> int:
    return max(len(k) for k in _alias_words())


def place_in(text: str | None, asked: bool = False) -> Place | None:
    """Where the person says they (or the people they write about) are, in a message of any
    length: the most specific place named that is not an origin ("soy de Honduras") or a
    consulate's country; the first when several are as specific. None when there is none.
    `asked`: the message answers the bot's question for the place."""
    if not text:
        return None
    _, mentions = _mentions(text)
    return _best([m for m in mentions if not m.origin and not m.common_word and _usable(m, asked, False)])


def _best(candidates: list[_Mention]) -> Place | None:
    if not candidates:
        return None
    best = max(candidates, key=lambda m: (m.present, _RANK[m.place.kind], m.level is None, -m.start)).place
    inside = [m.place for m in candidates if best.covers(m.place.key)]  # "en México, en Tapachula"
    return max(inside, key=lambda p: _RANK[p.kind])


# Someone else's words right before a place: "a mi hija la tienen en México", "meus filhos no
# Brasil", "my brother is in Houston" (the place is theirs, not the writer's).
_OTHERS = frozenset(fold(w, words=True) for w in """hija hijo hijos hijas hermana hermano hermanas hermanos
    madre mama papa padre familia primo prima primos tio tia esposa esposo novia novio amiga amigo sobrina sobrino
    daughter son kids children sister brother mother mom dad father family cousin wife husband girlfriend
    boyfriend friend niece nephew fille fils enfants soeur frere mere pere famille cousine femme mari amie
    filha filho filhos filhas irma irmao mae pai prima primo marido sobrinha sobrinho pitit fi gason se fre
    manman fanmi kouzen kouzin madanm tonton matant tienen tiene llevaron mandaron""".split())


def place_of_others(text: str | None) -> bool:
    """Every place the message names has someone else's word right before it (within 8 words)
    and none is where the writer says they are ("estoy en", "moro em", "le escribo de"): where
    others are, not the writer."""
    if not text:
        return False
    words, mentions = _mentions(text)
    usable = [m for m in mentions if not m.origin and _usable(m, False, False)]
    return bool(usable) and all(_OTHERS.intersection(words[max(0, m.start - 8):m.start]) and not m.present
                                for m in usable)


def origin_only(text: str | None) -> bool:
    """True when the message names places, but only as where someone comes from (or whose
    consulate they want): "soy de Honduras" says nothing of where the person is."""
    if not text:
        return False
    _, mentions = _mentions(text)
    return bool(mentions) and all(m.origin for m in mentions)


def place_answer(text: str | None, asked: bool = False) -> Place | None:
    """The place when the message only says where the person is ("en lima", "aquí en
    Tapachula", "we're in El Paso", "Pòtoprens"), in any language; else None. `asked`: the
    message answers the bot's question for the place."""
    if not text:
        return None
    words, mentions = _mentions(text)
    mentions = [m for m in mentions if _usable(m, asked, True)]
    if not mentions or len(words) > _ANSWER_MAX_WORDS:
        return None
    covered = {i for m in mentions for i in range(m.start, m.end)}
    if any(w not in _ANSWER_WORDS for i, w in enumerate(words) if i not in covered):
        return None
    return _best([m for m in mentions if not m.origin])  # "Lima" alone is the city


def country_place(code: str | None) -> Place | None:
    """The country's place: the hand-made gazetteer's, else GeoNames' (services/towns.py)."""
    place = places().get((code or "").lower())
    if place is None and (country := gn.gazetteer().countries.get((code or "").upper())):
        place = Place(country.code.lower(), country.name, "country", country.code, None, country.lat, country.lon,
                      country.tz)
    return place


def resolve_location(text: str | None, country: str | None = None) -> Place | None:
    """A place people wrote where the bot wanted one (the NLU's location, the place slot,
    "Caruaru, Brasil"): the hand-made gazetteer's city, else a GeoNames town in it (within the
    country or region it also names, or within `country`), else the hand-made region or
    country, else GeoNames' region or country."""
    place = resolve_place(text, country)
    if not text or (place is not None and place.kind == "city"):
        return place
    _, mentions = _mentions(text)
    found = [m.place for m in mentions if m.level is not None and not m.origin
             and (country is None or m.place.country == country.upper())
             and (place is None or place.covers(m.place.key))]
    if country and not any(p.kind == "city" for p in found):
        town = gn.pick(gn.towns_named(fold(text, words=True)), context={country.upper()})
        found += [_town_place(town)] if town else []
    return max(found, key=lambda p: _RANK[p.kind], default=place)


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
