"""Country of a place name as people write it. Plain module."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from bot.emergency import _table

# Common ways to write countries beyond their own names; cities come with the directory.
ALIASES = {
    "MX": ["mexico", "méxico", "mejico", "mexique", "méxique"],
    "GT": ["guatemala", "guate", "ciudad de guatemala", "guatemala city"],
    "CO": ["colombia", "colombie", "colômbia"],
    "PE": ["peru", "perú", "pérou"],
    "BR": ["brasil", "brazil", "brésil"],
    "HT": ["haiti", "haïti", "ayiti"],
    "DO": ["república dominicana", "republica dominicana", "dominican republic", "rd"],
    "US": ["estados unidos", "usa", "united states", "eeuu", "ee.uu.", "états-unis", "estados unidos da américa"],
    "CA": ["canada", "canadá"],
    "HN": ["honduras"], "SV": ["el salvador"], "NI": ["nicaragua"], "CR": ["costa rica"],
    "PA": ["panama", "panamá"], "VE": ["venezuela"], "EC": ["ecuador", "équateur", "equador"],
    "BO": ["bolivia", "bolivie", "bolívia"], "CL": ["chile", "chili"], "AR": ["argentina", "argentine"],
    "PY": ["paraguay", "paraguai"], "UY": ["uruguay", "uruguai"], "CU": ["cuba"], "BZ": ["belize", "belice"],
}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold().strip())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


@lru_cache
def _index() -> dict[str, str]:
    index = {fold(v["name"]): code for code, v in _table().items()}
    for code, names in ALIASES.items():
        index.update({fold(n): code for n in names})
    return index


def resolve_country(place: str) -> str | None:
    folded = fold(place)
    if folded in _index():
        return _index()[folded]
    for name, code in _index().items():
        if len(name) > 3 and (folded.endswith(" " + name) or folded.startswith(name + " ")):
            return code
    return None
