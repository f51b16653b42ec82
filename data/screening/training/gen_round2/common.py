"""Shared pieces of the round-2 hand-written screening data (writers es-2, en-2, pt-2, fr-2, ht-2).

Source files hold one whole, hand-written message per line; this module only parses them,
expands the short label codes and writes JSON lines. It never joins or fills text.

Message file `<lang>_<part>.txt`, one message a line:
    codes | style | text            (codes "-" = no label)
    codes | style | text || note    (optional note, e.g. why it is a hard negative)
Lines starting with '#' and blank lines are ignored.

Transcript file `tr_<lang>.txt`, blocks separated by a blank line:
    = level | plain-words indicators; separated; by semicolons | optional note
    > first message
    > second message ...
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRAINING_DIR = HERE.parent
LANGS = ("es", "en", "pt", "fr", "ht")
WRITER = {lang: f"{lang}-2" for lang in LANGS}

# short code -> label of /work/tools/SCREENING_DATA.md
CODES = {
    "doc": "document_confiscation", "bond": "debt_bondage", "tdebt": "travel_debt",
    "restr": "restriction_of_movement", "iso": "isolation", "viol": "physical_sexual_violence",
    "thr": "threats_person_family", "dep": "threat_police_deportation", "wage": "withheld_wages",
    "hours": "excessive_hours", "decep": "deception_job", "fsex": "forced_commercial_sex",
    "fbeg": "forced_begging_crime", "dom": "domestic_servitude", "sale": "abduction_or_sale",
    "vuln": "vulnerability_exploited", "now": "danger_now", "ransom": "ransom",
    "selfh": "self_harm", "med": "medical_emergency", "minor": "minor",
    "ssex": "sector_commercial_sex", "slab": "sector_labour", "sbeg": "sector_begging",
    "scrime": "sector_crime", "smug": "smuggling", "disp": "labour_dispute",
    "pv": "partner_violence", "home": "homelessness", "offer": "suspicious_job_offer",
}
LABELS = list(CODES.values())
ORDER = {label: i for i, label in enumerate(LABELS)}
SECTORS = {"sector_commercial_sex", "sector_labour", "sector_begging", "sector_crime"}
NEEDS = {"smuggling", "labour_dispute", "partner_violence", "homelessness", "suspicious_job_offer"}
IMMEDIATE = {"danger_now", "ransom", "self_harm", "medical_emergency"}
# indicators that stay below the threshold when alone (refer.indicators_below_threshold)
WEAK_ALONE = {"deception_job", "travel_debt", "withheld_wages", "excessive_hours", "vulnerability_exploited"}
EXPLOITATION = SECTORS | {"forced_commercial_sex", "forced_begging_crime", "domestic_servitude",
                          "withheld_wages", "excessive_hours", "debt_bondage", "abduction_or_sale"}
STYLES = set(
    "plain short typo no_accents abbrev slang regional code_switch run_on indirect third_party "
    "hesitant formal caps emoji euphemism story past question".split()
)
LEVELS = ("immediate", "priority", "refer", "info")


def labels_of(codes: str) -> list[str]:
    codes = "" if codes.strip() == "-" else codes
    unknown = [c for c in codes.split() if c not in CODES]
    if unknown:
        raise ValueError(f"unknown label codes {unknown} in {codes!r}")
    return sorted({CODES[c] for c in codes.split()}, key=ORDER.__getitem__)


def dedupe_key(text: str) -> str:
    """Two texts that differ only by case, accents or spacing count as one."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(plain.split())


def strict_negative(labels: list[str]) -> bool:
    """No label, or only refer-level needs and sectors (the brief's hard negative)."""
    return set(labels) <= NEEDS | SECTORS


def message_level(labels: list[str]) -> str:
    """Rough level a message alone should get (for the counts only; the engine decides)."""
    s = set(labels)
    if s & IMMEDIATE or ("minor" in s and s & EXPLOITATION):
        return "immediate"
    indicators = s - SECTORS - NEEDS - {"minor"}
    if indicators - WEAK_ALONE or len(indicators) >= 2:
        return "priority"
    if indicators or s & NEEDS:
        return "refer"
    return "info"


def parse_messages(path: Path, lang: str) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body, _, note = line.partition(" || ")
        parts = body.split(" | ", 2)
        if len(parts) != 3:
            raise ValueError(f"{path.name}:{number}: expected 'codes | style | text'")
        codes, style, text = (p.strip() for p in parts)
        if style not in STYLES:
            raise ValueError(f"{path.name}:{number}: unknown style {style!r}")
        row = {"text": " ".join(text.split()), "lang": lang, "labels": labels_of(codes),
               "style": style, "writer": WRITER[lang]}
        if note.strip():
            row["note"] = note.strip()
        rows.append(row)
    return rows


def parse_transcripts(path: Path, lang: str) -> list[dict]:
    rows, current = [], None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines() + [""], 1):
        if line.startswith("#"):
            continue
        if line.startswith("= "):
            level, indicators, *note = [p.strip() for p in line[2:].split(" | ")]
            if level not in LEVELS:
                raise ValueError(f"{path.name}:{number}: unknown level {level!r}")
            current = {"id": "", "lang": lang, "messages": [], "expected": level,
                       "indicators": [i.strip() for i in indicators.split(";") if i.strip()],
                       "writer": WRITER[lang]}
            if note and note[0]:
                current["note"] = note[0]
        elif line.startswith("> "):
            current["messages"].append(" ".join(line[2:].split()))
        elif not line.strip() and current:
            rows.append(current)
            current = None
    for i, row in enumerate(rows, 1):
        row["id"] = f"t-{lang}-2{i:03d}"
    return rows


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
