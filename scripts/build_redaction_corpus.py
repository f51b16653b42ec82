#!/usr/bin/env python3
"""Build the team's redaction corpora: bench/data/redaction_train.jsonl (to train the token
tagger) and bench/data/redaction_dev2.jsonl (to choose between rules and tagger).

    .venv/bin/python scripts/build_redaction_corpus.py [--sources DIR]

Messages come from hand-written templates (scripts/redaction_corpus/<lang>.txt, one a
line) whose slots are filled with fictitious values (scripts/redaction_corpus/fillers.py;
given names and surnames from Faker's locale lists, read from the pinned wheel as
build_name_gazetteer.py does). Offsets are computed here, never by hand.

Template syntax: {SLOT} is filled (see Filler.fill; {STREET} {HOOD} {CROSS} {RURAL} {UNIT}
{MAP} {PLACE} are places as typed on a phone, fillers.place_typed; {LODGE} a motel with its room,
{BLDG} a building or estate by its name with its unit, {WORK} a named workplace on its street, {BARE}
a street without its street word ("juarez 45"),
{DESC} a house told by its look; {KIN} a kinship or role word, {DIM} a diminutive, {NICKA} a
nickname with its article, {SIGN} a name signing a message, {WNAME} a given name that is also an everyday
word, {NICKW} an everyday word as a nickname with its article, {INIT} a name with an initial); [[kind:text]] is a literal identifying span;
{{text}} is a literal word that must survive. A line may start with "@XX " to set the
region (MX, GT, HN, CO, BR, HT, QC, US, ...); otherwise the region is drawn for the
language. Lines starting with # are comments.

Honest split: a template goes to dev2 or to train by a hash of its text (one in four to
dev2), and so do the values of every list a filler draws from (given names, surnames,
streets, neighbourhoods): dev2 measures sentences and names the tagger never saw.
Then each message may be lower-cased, stripped of accents or capitalised (people type
all three), keeping offsets. A share of full names is made long (particles, a second surname,
a hyphenated given name: LONG_PATTERNS) by a generator of its own, so the other draws stay.

Identifier-free messages of the project's screening corpus (data/screening/training/) are
added as negatives, and the messages of the training writers (scripts/redaction_corpus/
handwritten/) as they wrote them, each split by a hash of their text in the same proportion.

Row format (as the blind sets): {"id", "lang", "text", "spans": [{"start", "end", "kind"}],
"keep": [...], "writer": "team-generated", "template": n}.
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "redaction_corpus"))

import fillers as F  # noqa: E402
from build_name_gazetteer import archive_files, one  # noqa: E402

TEMPLATES = ROOT / "scripts" / "redaction_corpus"
OUT_TRAIN = ROOT / "bench" / "data" / "redaction_train.jsonl"
OUT_DEV = ROOT / "bench" / "data" / "redaction_dev2.jsonl"
HANDWRITTEN = TEMPLATES / "handwritten"
HANDWRITTEN_COPIES = 2
LANGS = ("es", "en", "pt", "fr", "ht")
FAKER = ("faker", "40.54.0")
SEED = 18
TRAIN_PER_TEMPLATE = 14
DEV_PER_TEMPLATE = 8

# Faker locales per name origin. "other" are origins the gazetteer doesn't hold (West
# and East African, Maghreb, South Asian, Vietnamese, Turkish, Indonesian): the tagger
# must learn names from context, not from the list.
ORIGINS = {
    "hisp": ("es_MX", "es_CO", "es_AR", "es_CL", "es_ES"),
    "br": ("pt_BR",),
    "fr": ("fr_FR", "fr_CA"),
    "en": ("en_US",),
    "other": ("yo_NG", "ig_NG", "ha_NG", "tw_GH", "sw", "zu_ZA", "en_IN", "fr_DZ", "vi_VN", "en_PK", "tr_TR", "id_ID"),
}
# Given names of Venezuela, the Caribbean and Central America that spell their own way;
# written for this project.
CREATIVE_GIVEN = """
Yorgelis Yusmary Dayerlin Dayerlis Keiner Yeferson Brayner Maikel Yohandry Wuilmer Yulimar Yoselin Yeison
Deiby Yordy Keyla Darwin Jhonatan Jhon Jeyson Brayan Bryan Kevin Dilan Maykol Naiber Yosmar Eudys Yuleidy
Yarelis Neymar Yeremi Jeremy Yaneisy Daneisy Yurisleidy Yanisleidy Osmany Yoandri Yunior Yosvany Leidy
Arelis Yamileth Yesenia Yadira Marbella Wendy Heidy Keyli Genesis Génesis Yeimi Yordin Edwin Elvin Melvin
Wilmer Nelson Elmer Selvin Erlin Kenia Lesly Dany Maynor Walter Ervin Fredy Cindy Yosselin Dayana Madelyn
Jhoselyn Anyelo Yorman Deivis Eduin Leiner Jhosmar Yulianny Rosmery Mileidy Adriannys Nairobi Yilmer
Widmark Kenold Bertho Mackenzy Ritchy Jhonson Woodley Stanley Samuelson Ketiah Dieunette Mirlaine Lovely
""".split()
# Haitian given names coined from other names or words (Wilguens, Mackenson): written for this project;
# drawn with the curated list's.
HAITIAN_MORE = """
Wilguens Wilkens Wilson Wisly Wiscard Mackenson Makenson Mackendy Jamesley Jameson Jhonley Kervens Kerline Kenley
Rozlin Roselène Roseline Dieudonné Dieunel Dieuseul Dieujuste Mondésir Fritznel Fritzner Rosemila Bernadin Fednel
Jovenel Wisline Loubens Lovensky Tchelly Ketly Guerline Nerlande Fabiola Mirlande Djenane Widlene Youvens Stevenson
Islande Michelove Roodly Ricardo Mikerlange Dorlus Ferlande Jesula Sherlie Natacha Woodly Jeanty Fénel Lesly
""".split()
NICKS = {
    "es": "el Chino|la Güera|el Flaco|Chepe|Toño|Lupita|el Negro|la Flaca|el Gordo|Chuy|Nacho|Paco|Pancho|Beto|Lalo|"
          "Memo|el Güero|el Compa Lalo|la Chaparra|el Tigre|el Pelón|el Cholo|el Catracho|Chayo|Chela|Tito|Pepe|"
          "el Chapo Ruiz|la Morena|el Cuervo|el Zurdo|la Tía Chayo|el Kike|Neto|Juancho|el Moreno",
    "en": "Big Mike|Junior|Tiny|Smoke|Red|Lil Dre|Boss Man|Chucky|Pops|Slim|Ms. Pat|Mama Lo|Dre|JT|Biggie",
    "pt": "Zé|Tião|Chico|Juca|Neguinho|Baixinho|Dona Preta|Zezinho|Bia|Nando|Galego|o Gordo|Tonho|Cabeça",
    "fr": "Ti-Jean|Coco|Momo|Fifi|Titi|le Grand|Ti-Paul|Jojo|Dédé|Bébé",
    "ht": "Ti Jan|Ti Pyè|Ti Mari|Bòs Jak|Manman Lis|Ti Zo|Gwo Nèg|Ti Chal|Boss Wilo|Ti Dyo|Sò Rose|Frè Toto",
}
TITLES = {
    "es": [("don", "given"), ("doña", "given"), ("señor", "surname"), ("señora", "surname"), ("Sr.", "surname"),
           ("Sra.", "surname"), ("el licenciado", "surname"), ("el ingeniero", "surname"), ("la licenciada", "full"),
           ("el señor", "full"), ("la señora", "given"), ("don", "full"), ("el doctor", "surname"), ("la seño", "given")],
    "en": [("Mr.", "surname"), ("Mrs.", "surname"), ("Ms.", "surname"), ("Miss", "given"), ("Mr", "full"),
           ("Mister", "surname"), ("Dr.", "surname"), ("Pastor", "given"), ("Auntie", "given")],
    "pt": [("seu", "given"), ("dona", "given"), ("senhor", "surname"), ("senhora", "full"), ("o senhor", "given"),
           ("Sr.", "surname"), ("Sra.", "full"), ("doutor", "given"), ("tia", "given")],
    "fr": [("Monsieur", "surname"), ("Madame", "surname"), ("M.", "surname"), ("Mme", "surname"), ("monsieur", "full"),
           ("Mlle", "given"), ("le docteur", "surname"), ("tonton", "given")],
    "ht": [("msye", "surname"), ("madan", "given"), ("Madan", "surname"), ("Msye", "full"), ("manzè", "given"),
           ("tonton", "given"), ("Pastè", "given"), ("sè", "given")],
}
DOC_SEP = {
    "es": [" ", ": ", " es ", " es el ", " número ", " #", " no. ", " nro "],
    "en": [" ", ": ", " is ", " number ", " # ", " no. "],
    "pt": [" ", ": ", " é ", " nº ", " número ", " n° "],
    "fr": [" ", " : ", " est ", " n° ", " numéro ", " c'est le "],
    "ht": [" ", ": ", " se ", " mwen se ", " nimewo ", " li se "],
}
ORIGIN_BY_REGION = {
    "US": {"en": 45, "hisp": 35, "other": 10, "creative": 5, "ht": 5},
    "CA": {"en": 50, "fr": 20, "other": 20, "hisp": 10},
    "JM": {"en": 80, "other": 20},
    "QC": {"fr": 45, "ht": 25, "other": 20, "hisp": 10},
    "FR": {"fr": 50, "other": 40, "ht": 10},
    "GF": {"fr": 30, "ht": 30, "br": 20, "other": 20},
    "HT": {"ht": 80, "fr": 20},
    "BR": {"br": 85, "hisp": 8, "creative": 3, "ht": 4},
    "PT": {"br": 60, "other": 40},
}
INDIGENOUS_HEAVY = {"GT": 30, "PE": 30, "BO": 35, "EC": 20, "MX": 14}


def _in_dev(key: str) -> bool:
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % 4 == 0


def split_pool(values, salt: str) -> tuple[list, list]:
    values = sorted(set(values))
    dev = [v for v in values if _in_dev(salt + v)]
    train = [v for v in values if not _in_dev(salt + v)]
    return train, dev


def faker_names(files: dict[str, bytes], locale: str) -> tuple[list[str], list[str]]:
    tree = ast.parse(one(files, f"faker/providers/person/{locale}/__init__.py"))
    first, last = [], []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name):
            continue
        target = node.targets[0].id
        bucket = first if target.startswith("first_name") else last if target.startswith("last_name") else None
        if bucket is None:
            continue
        for const in ast.walk(node.value):
            if isinstance(const, ast.Constant) and isinstance(const.value, str) and re.fullmatch(r"[^\W\d_][\w'’ -]*", const.value):
                bucket.append(const.value)
    return first, last


def curated_names(path: Path) -> tuple[list[str], list[str]]:
    given, surnames, section = [], [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line in ("[given]", "[surname]", "[common]", "[not common]"):
            section = line
            continue
        if section == "[given]":
            given += line.split()
        elif section == "[surname]":
            surnames += line.split()
    return given, surnames


def load_pools(sources: Path) -> tuple[dict, dict]:
    """Name and place pools, split into (train, dev) by value."""
    wheel = next(sources.glob("faker-40.54.0*"), None)
    if wheel is None:
        import subprocess
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(sources),
                        f"{FAKER[0]}=={FAKER[1]}"], check=True)
        wheel = next(sources.glob("faker-40.54.0*"))
    files = archive_files(wheel)
    raw: dict[str, list[str]] = {}
    for origin, locales in ORIGINS.items():
        g, s = [], []
        for loc in locales:
            a, b = faker_names(files, loc)
            g += a
            s += b
        raw[f"given_{origin}"], raw[f"surname_{origin}"] = g, s
    hg, hs = curated_names(ROOT / "scripts" / "name_lists" / "haitian.txt")
    raw["given_ht"], raw["surname_ht"] = hg + HAITIAN_MORE, hs
    ig, isur = curated_names(ROOT / "scripts" / "name_lists" / "indigenous_americas.txt")
    raw["given_indig"], raw["surname_indig"] = ig, isur
    # the eighth round's list: invented and respelled given names, nicknames, Afro-descendant and Indigenous surnames
    ng, ns = curated_names(ROOT / "scripts" / "name_lists" / "nicknames_and_new_names.txt")
    raw["surname_indig"] = isur + ns
    raw["given_creative"] = CREATIVE_GIVEN + ng
    # the ninth round's list: everyday-word names, Caribbean, Latin American, African-American, West African names
    wg, _ = curated_names(ROOT / "scripts" / "name_lists" / "word_names_and_caribbean_african.txt")
    raw["given_creative"] += wg
    for lang in LANGS:
        raw[f"word_names_{lang}"] = F.WORD_NAMES[lang].split("|")
    raw["streets_es"], raw["colonias"], raw["bairros"] = F.STREETS_ES, F.COLONIAS, F.BAIRROS
    raw["ruas"], raw["rues"], raw["ri"], raw["streets_en"] = F.RUAS, F.RUES_FR, F.RI_HT, F.STREETS_EN
    raw["streets_open"], raw["hoods_es"], raw["bairros_more"] = F.STREET_NAMES_OPEN, F.HOODS_ES, F.BAIRROS_MORE
    raw["quartiers"], raw["katye"], raw["streets_en_more"] = F.QUARTIERS, F.KATYE, F.STREETS_EN_MORE
    raw["building_names"] = F.BUILDING_NAMES
    train, dev = {}, {}
    for key, values in raw.items():
        train[key], dev[key] = split_pool(values, key)
    train["given_es"], dev["given_es"] = train["given_hisp"], dev["given_hisp"]
    return train, dev


# --------------------------------------------------------------------------- filling
# Long names (issue #18: three or four words with particles were cut mid-way, leaving a surname
# readable): a share of full names gets particles, a second surname or a hyphenated given name.
# Drawn from a generator of their own, so every other draw of the corpus stays as it was.
LONG_NAME_SHARE = 0.15
LONG_PATTERNS = {
    "hisp": ["{g} {s} de {s2}", "{g} de la {s} {s2}", "{g} {g2} del {s}", "{g} de los {s} {s2}", "{g} {g2} de {s} {s2}",
             "{g} del {s} {s2}"],
    "br": ["{g} {g2} dos {s}", "{g} da {s} {s2}", "{g} das {s} {s2}", "{g} {s} do {s2}", "{g} {g2} de {s} {s2}"],
    "fr": ["{h}-{g} {s}", "{g} {s}-{s2}", "{h}-{g} de {s}", "{g} Le {s}", "{g} du {s}", "{h} {g} {s}-{s2}"],
    "ht": ["{h}-{g} {s}", "{h}-{g} {s}-{s2}", "{g} {s}-{s2}", "{h} {g} {s}"],
    "en": ["{g} Van der {s}", "{g} De La {s}", "{g} {g2} {s}-{s2}", "{g} Del {s}"],
}
LONG_PATTERNS["indig"] = LONG_PATTERNS["creative"] = LONG_PATTERNS["hisp"]
HYPHEN_HEADS = ["Jean", "Marie", "Anne", "Rose", "Pierre", "Louis"]


class Filler:
    def __init__(self, rng: random.Random, pools: dict, lang: str, region: str, long_rng: random.Random | None = None):
        self.rng, self.pools, self.lang, self.region = rng, pools, lang, region
        self.long_rng = long_rng

    def long_name(self, origin: str) -> str | None:
        """A long name of this origin ("María de la Cruz Quispe", "Jean-Robert Pierre-Louis"), or None."""
        r = self.long_rng
        if r is None or origin not in LONG_PATTERNS or r.random() >= LONG_NAME_SHARE:
            return None
        key = "hisp" if origin in ("indig", "creative") else origin
        given = self.pools.get(f"given_{key}") or self.pools["given_hisp"]
        surnames = self.pools.get(f"surname_{key}") or self.pools["surname_hisp"]
        return r.choice(LONG_PATTERNS[origin]).format(g=r.choice(given), g2=r.choice(given), s=r.choice(surnames),
                                                       s2=r.choice(surnames), h=r.choice(HYPHEN_HEADS))

    def _origin(self) -> str:
        weights = dict(ORIGIN_BY_REGION.get(self.region, {"hisp": 75, "creative": 8, "other": 5}))
        if self.region in INDIGENOUS_HEAVY:
            weights["indig"] = INDIGENOUS_HEAVY[self.region]
        elif "hisp" in weights:
            weights.setdefault("indig", 4)
        keys = list(weights)
        return self.rng.choices(keys, [weights[k] for k in keys])[0]

    def given(self, origin: str | None = None) -> str:
        origin = origin or self._origin()
        pool = self.pools.get(f"given_{origin}") or self.pools["given_hisp"]
        name = self.rng.choice(pool)
        if origin in ("hisp", "br") and self.rng.random() < 0.12:
            name += " " + self.rng.choice(pool)
        if origin == "hisp" and self.rng.random() < 0.03:
            name = self.rng.choice(["María del Carmen", "José de Jesús", "María de los Ángeles", "Juan de Dios", "María de la Luz"])
        return name

    def surname(self, origin: str) -> str:
        if origin == "creative":
            origin = "hisp"
        if origin == "indig" and self.rng.random() < 0.5:
            origin = "hisp"
        pool = self.pools.get(f"surname_{origin}") or self.pools["surname_hisp"]
        s = self.rng.choice(pool)
        if origin == "hisp" and self.rng.random() < 0.04:
            s = self.rng.choice(["de la Cruz", "de León", "del Valle", "de los Santos"])
        if origin == "br" and self.rng.random() < 0.1:
            s = self.rng.choice(["da Silva", "dos Santos", "de Souza", "da Costa", "de Oliveira"])
        return s

    def person(self) -> tuple[str, str, str]:
        origin = self._origin()
        return self.given(origin), self.surname(origin), origin

    def full_name(self) -> str:
        g, s, origin = self.person()
        r = self.rng.random()
        if origin in ("hisp", "indig", "creative") and r < 0.35:
            name = f"{g} {s} {self.surname(origin)}"
        elif origin == "br" and r < 0.3:
            name = f"{g} {self.surname(origin)} {s}"
        else:
            name = f"{g} {s}"
        return self.long_name(origin) or name  # after the usual draws, which stay as they were

    def case(self, name: str) -> str:
        r = self.rng.random()
        if r < 0.18:
            return name.lower()
        if r < 0.2:
            return name.upper()
        return name

    def fill(self, slot: str, arg: str | None) -> list[tuple[str, str | None]]:
        rng, lang, region = self.rng, self.lang, self.region
        if slot == "NAME":
            return [(self.case(self.full_name()), "name")]
        if slot == "GIVEN":
            return [(self.case(self.given(arg)), "name")]
        if slot == "SURNAME":
            return [(self.case(self.surname(arg or self._origin())), "name")]
        if slot == "TNAME":
            title, part = rng.choice(TITLES[lang])
            g, s, _ = self.person()
            value = {"given": g, "surname": s, "full": f"{g} {s}"}[part]
            article, _, bare = title.rpartition(" ")  # "el licenciado": the article is no part of the name
            return [(article + " ", None), (f"{bare} {self.case(value)}", "name")] if article else \
                [(f"{title} {self.case(value)}", "name")]
        if slot == "NICK":
            return [(F.choose(rng, NICKS[lang]), "name")]
        if slot == "INIT":  # a name with an initial: "J. Pierre", "maria g."
            g, s, _ = self.person()
            letter = F.initial(rng).rstrip(".") + "."
            return [(self.case(f"{letter} {s if rng.random() < 0.5 else g}" if rng.random() < 0.5 else f"{g} {letter}"),
                     "name")]
        if slot == "WNAME":  # a given name that is also an everyday word ("Lovely", "Milagros", "Fidèle")
            return [(self.case(rng.choice(self.pools[f"word_names_{lang}"])), "name")]
        if slot == "NICKW":  # an everyday word as a nickname, its article kept out ("la [flaca]", "[gwo nèg] la")
            words = F.choose(rng, F.NICKNAME_WORDS[lang]).split()
            if lang == "ht":
                return [(" ".join(words[:-1]), "name"), (" " + words[-1], None)]
            if words[0] in ("el", "la", "o", "a", "le", "the"):
                return [(words[0] + " ", None), (" ".join(words[1:]), "name")]
            return [(" ".join(words), "name")]
        if slot == "KIN":  # a kinship or role word before a name: not part of it
            return [(F.choose(rng, F.KIN[lang]), None)]
        if slot == "DIM":  # a diminutive as the name itself ("Chuy", "Zé", "Titi")
            return [(self.case(F.choose(rng, F.DIMINUTIVES[lang])), "name")]
        if slot == "NICKA":  # "el Flaco Ramírez", "la Chuy", "big mike", "ti Jan"; an article stays out, as with titles
            word = F.choose(rng, F.ARTICLED[lang])
            if lang in ("es", "pt") and rng.random() < 0.4:
                dim = F.choose(rng, F.DIMINUTIVES[lang])
                article = ("la " if lang == "es" else "a ") if dim.endswith(("a", "i")) else ("el " if lang == "es" else "o ")
                return [(article, None), (self.case(dim), "name")]
            g, s, _ = self.person()
            tail = (" " + s if rng.random() < 0.5 else "") if lang in ("es", "pt", "fr") else " " + g
            article, _, bare = word.rpartition(" ") if lang in ("es", "pt", "fr") else ("", "", word)
            value = self.case(bare + tail)
            return [(article + " ", None), (value, "name")] if article else [(value, "name")]
        if slot == "SIGN":  # a name signing a message: "maria l.", "Rosa M.", "Wilguens P."
            g, s, _ = self.person()
            r = rng.random()
            value = f"{g} {F.initial(rng)}" if r < 0.45 else g if r < 0.75 else f"{g} {s}"
            return [(self.case(value), "name")]
        if slot == "LODGE":
            return [(F.lodge_typed(rng, arg or lang), "address")]
        if slot == "BLDG":
            return [(F.building_typed(rng, arg or lang, self.pools), "address")]
        if slot == "WORK":
            return [(F.work_typed(rng, arg or lang, self.pools), "address")]
        if slot == "BARE":
            return [(F.bare_street_typed(rng, arg or lang, self.pools), "address")]
        if slot == "DESC":
            return [(F.house_described(rng, arg or lang, self.pools), "address")]
        if slot == "PHONE":
            return [(F.phone_digits(rng, arg or region), "phone")]
        if slot == "PHONEW":
            return [(F.phone_words(rng, arg or lang), "phone")]
        if slot == "EMAIL":
            g, s, _ = self.person()
            return [(F.email(rng, lang, g, s), "email")]
        if slot == "EMAILW":
            g, s, _ = self.person()
            return [(F.email_words(rng, lang, g, s), "email")]
        if slot == "USER":
            g, s, _ = self.person()
            return [(F.handle(rng, g, s), "handle")]
        if slot == "AT":
            g, s, _ = self.person()
            return [(F.at_handle(rng, g, s), "handle")]
        if slot == "URL":
            g, s, _ = self.person()
            return [(F.profile_url(rng, g, s, F.phone_digits(rng, region)), "handle")]
        if slot == "CASH":
            g, s, _ = self.person()
            return [(F.cashtag(rng, g, s), "handle")]
        if slot == "PIXR":
            return [(F.pix_random(rng), "handle")]
        if slot == "DOC":  # keyword + number; only the number is identifying
            docs = F.DOCS.get(arg or region) or F.DOCS["MX"]
            kind, words = rng.choice(docs)
            return [(F.choose(rng, words) + rng.choice(DOC_SEP[lang]), None), (F.document(rng, kind), "id_number")]
        if slot == "DOCNUM":
            docs = F.DOCS.get(region) or F.DOCS["MX"]
            return [(F.document(rng, arg or rng.choice(docs)[0]), "id_number")]
        if slot == "ID":
            return [(F.document(rng, arg), "id_number")]
        if slot == "ADDR":
            style = arg or F.ADDRESS_STYLES.get(region, "MX")
            text = F.address(rng, style, self.pools)
            return [(text.lower() if rng.random() < 0.2 else text, "address")]
        if slot in ("STREET", "HOOD", "CROSS", "RURAL", "UNIT", "MAP", "PLACE"):  # as typed on a phone
            return [(F.place_typed(rng, slot, arg or lang, self.pools), "address")]
        if slot == "LAND":
            return [(F.landmark(rng, arg or lang, self.pools), "address")]
        if slot == "CITY":
            return [(F.choose(rng, F.CITIES.get(arg or region, F.CITIES["MX"])), None)]
        if slot == "COUNTRY":
            return [(F.choose(rng, F.COUNTRIES[lang]), None)]
        if slot == "ORG":
            return [(F.choose(rng, F.ORGS[lang]), None)]
        if slot == "AMOUNT":
            return [(F.amount(rng, lang), None)]
        if slot == "DATE":
            return [(F.date(rng, lang), None)]
        if slot == "TIME":
            return [(F.time_of_day(rng, lang), None)]
        if slot == "AGE":
            return [(str(rng.randint(13, 60)), None)]
        if slot == "N":
            return [(str(rng.randint(2, 30)), None)]
        if slot == "HOTLINE":
            return [(F.choose(rng, F.HOTLINES[lang]), None)]
        if slot == "ORGURL":
            return [(F.choose(rng, F.ORG_URLS), None)]
        if slot == "HEX":
            return [(F.hex_token(rng), None)]
        if slot == "MONTH":
            return [(rng.choice(F.MONTHS[lang]), None)]
        raise ValueError(f"unknown slot {slot}")


_PART = re.compile(r"\{\{(?P<keep>.+?)\}\}|\[\[(?P<kind>\w+):(?P<lit>.+?)\]\]|\{(?P<slot>[A-Z]+)(?::(?P<arg>[\w]+))?\}")
KINDS = ("name", "handle", "address", "id_number", "phone", "email")
KEEP_SLOTS = {"CITY", "COUNTRY", "ORG", "HOTLINE", "ORGURL"}


def instantiate(template: str, filler: Filler) -> dict:
    text, spans, keep = [], [], []
    pos = last = 0
    for m in _PART.finditer(template):
        lit = template[last:m.start()]
        text.append(lit)
        pos += len(lit)
        if m.group("keep"):
            segs = [(m.group("keep"), None)]
            keep.append(m.group("keep"))
        elif m.group("kind"):
            assert m.group("kind") in KINDS, m.group("kind")
            segs = [(m.group("lit"), m.group("kind"))]
        else:
            segs = filler.fill(m.group("slot"), m.group("arg"))
            if m.group("slot") in KEEP_SLOTS:
                keep.append(segs[0][0])
        for seg, kind in segs:
            if kind:
                spans.append({"start": pos, "end": pos + len(seg), "kind": kind})
            text.append(seg)
            pos += len(seg)
        last = m.end()
    text.append(template[last:])
    return {"text": "".join(text), "spans": spans, "keep": keep}


def augment(row: dict, rng: random.Random) -> dict:
    """How people type: all lower case, no accents, all capitals (offsets unchanged)."""
    text = row["text"]
    r = rng.random()
    if r < 0.22:
        text = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    elif r < 0.25:
        text = "".join(c.upper() if len(c.upper()) == 1 else c for c in text)
    if rng.random() < 0.2:
        text = F.strip_accents_same_length(text)
    if rng.random() < 0.15 and all(sp["end"] <= len(text.rstrip(".")) for sp in row["spans"]):
        text = text.rstrip(".")  # not into a span ("maria l.")
    keep = [k for k in row["keep"] if k in text]
    return {**row, "text": text, "keep": keep}


def read_templates(lang: str) -> list[tuple[str | None, str]]:
    out = []
    for line in (TEMPLATES / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        region = None
        if line.startswith("@"):
            region, _, line = line[1:].partition(" ")
        out.append((region, line.replace("\\n", "\n")))
    return out


SCREENING = ROOT / "data" / "screening" / "training"


def _runs(text: str, n: int = 6) -> set:
    words = re.findall(r"\w+", text.casefold())
    runs = {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}
    return runs | {text.casefold().strip()} if len(words) < n else runs


def screening_negatives() -> list[dict]:
    """Messages of the project's screening corpus (written by the team's data writers, who
    invent no identifiers) as identifier-free rows: how people tell their situation, which
    the tagger must leave alone. Messages where the rules find anything are left out (they
    may hold a name or place that would then be learned as an ordinary word), and so are
    those sharing a six-word run with the project's NLU examples, on which bench/redaction.py
    counts false positives."""
    from bench.redaction import nlu_examples
    from bot.privacy.rules import rule_spans

    held_out = set()  # the NLU examples measure false positives: nothing of them is trained on
    for example in nlu_examples():
        held_out |= _runs(example)
    rows = []
    for lang in LANGS:
        path = SCREENING / f"{lang}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            if text.strip() and not rule_spans(text) and not _runs(text) & held_out \
                    and text.casefold().strip() not in held_out:
                rows.append({"text": text, "spans": [], "keep": [], "lang": lang, "writer": "screening-corpus",
                             "template": f"{path.relative_to(ROOT).as_posix()}"})
    return rows


def handwritten() -> list[dict]:
    """Messages written whole by the team's training writers (scripts/redaction_corpus/handwritten/,
    one file a writer; offsets computed by their scripts), not from templates: stories in which
    an identifier sits among other details, as people tell them. Split by a hash of their text."""
    rows = []
    for path in sorted(HANDWRITTEN.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows.append({"text": r["text"], "spans": r["spans"], "keep": r.get("keep", []), "lang": r["lang"],
                             "writer": r.get("writer", path.stem), "template": path.relative_to(ROOT).as_posix()})
    return rows


def build(sources: Path) -> None:
    pools_train, pools_dev = load_pools(sources)
    rng = random.Random(SEED)
    long_rng = random.Random(SEED + 1)
    train, dev = [], []
    counts = {"train": 0, "dev": 0}
    for lang in LANGS:
        regions = F.REGIONS[lang]
        for n, (region_hint, template) in enumerate(read_templates(lang)):
            is_dev = _in_dev(f"{lang}\t{template}")
            pools = pools_dev if is_dev else pools_train
            for _ in range(DEV_PER_TEMPLATE if is_dev else TRAIN_PER_TEMPLATE):
                region = region_hint or rng.choices(list(regions), list(regions.values()))[0]
                row = instantiate(template, Filler(rng, pools, lang, region, long_rng))
                row = augment(row, rng)
                row.update(lang=lang, writer="team-generated", template=f"{lang}:{n}")
                (dev if is_dev else train).append(row)
            counts["dev" if is_dev else "train"] += 1
    for row in screening_negatives():
        (dev if _in_dev(row["text"]) else train).append(row)
    for row in handwritten():
        if _in_dev(row["text"]):
            dev.append(row)
        else:  # fewer than the generated rows, and freer: each also in HANDWRITTEN_COPIES spellings
            train += [row] + [augment(dict(row), rng) for _ in range(HANDWRITTEN_COPIES)]
    for rows, path, name in ((train, OUT_TRAIN, "train"), (dev, OUT_DEV, "dev2")):
        seen, unique = set(), []
        for row in rows:
            if row["text"] not in seen:
                seen.add(row["text"])
                unique.append(row)
        with path.open("w", encoding="utf-8") as f:
            for i, row in enumerate(unique):
                row = {"id": f"{name}-{i}", "lang": row["lang"], "text": row["text"], "spans": row["spans"],
                       "keep": row["keep"], "writer": row["writer"], "template": row["template"]}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{path.relative_to(ROOT)}: {len(unique)} messages")
    print(f"templates: {counts['train']} train, {counts['dev']} dev2")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path, help="directory holding (or to receive) the faker wheel")
    args = ap.parse_args()
    if args.sources:
        args.sources.mkdir(parents=True, exist_ok=True)
        build(args.sources)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            build(Path(tmp))


if __name__ == "__main__":
    main()
