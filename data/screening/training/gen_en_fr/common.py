"""Shared helpers for the hand-written screening training data (en/fr writer).

Each data module holds hand-written lines `labels | style | text` (optional `|| note`),
labels as short aliases separated by commas, `-` for none. `parse` turns them into records.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

LABELS = [
    "document_confiscation", "debt_bondage", "travel_debt", "restriction_of_movement",
    "isolation", "physical_sexual_violence", "threats_person_family",
    "threat_police_deportation", "withheld_wages", "excessive_hours", "deception_job",
    "forced_commercial_sex", "forced_begging_crime", "domestic_servitude",
    "abduction_or_sale", "vulnerability_exploited",
    "danger_now", "ransom", "self_harm", "medical_emergency", "minor",
    "sector_commercial_sex", "sector_labour", "sector_begging", "sector_crime",
    "smuggling", "labour_dispute", "partner_violence", "homelessness",
    "suspicious_job_offer",
]
TRAFFICKING = set(LABELS[:16])
IMMEDIATE = {"danger_now", "ransom", "self_harm", "medical_emergency"}
SECTORS = {"sector_commercial_sex", "sector_labour", "sector_begging", "sector_crime"}
NEEDS = {"smuggling", "labour_dispute", "partner_violence", "homelessness", "suspicious_job_offer"}

STYLES = set(
    "plain short typo no_accents abbrev slang regional code_switch run_on indirect third_party "
    "hesitant formal caps emoji euphemism story past question".split()
)

ALIAS = {
    "doc": "document_confiscation", "debt": "debt_bondage", "tdebt": "travel_debt",
    "move": "restriction_of_movement", "iso": "isolation", "viol": "physical_sexual_violence",
    "threat": "threats_person_family", "police": "threat_police_deportation",
    "wages": "withheld_wages", "hours": "excessive_hours", "decep": "deception_job",
    "sex": "forced_commercial_sex", "beg": "forced_begging_crime", "dom": "domestic_servitude",
    "sale": "abduction_or_sale", "vuln": "vulnerability_exploited",
    "danger": "danger_now", "ransom": "ransom", "selfharm": "self_harm",
    "medical": "medical_emergency", "minor": "minor",
    "s_sex": "sector_commercial_sex", "s_lab": "sector_labour", "s_beg": "sector_begging",
    "s_crime": "sector_crime", "smug": "smuggling", "dispute": "labour_dispute",
    "pv": "partner_violence", "homeless": "homelessness", "offer": "suspicious_job_offer",
}
for _l in LABELS:
    ALIAS.setdefault(_l, _l)

# Implied labels: forced sex work is work in the sex sector; servitude is domestic labour.
IMPLIES = {
    "forced_commercial_sex": {"sector_commercial_sex"},
    "domestic_servitude": {"sector_labour"},
}


def labels_of(spec: str) -> list[str]:
    spec = spec.strip()
    if spec in ("-", ""):
        return []
    out: set[str] = set()
    for part in spec.split(","):
        part = part.strip()
        if part not in ALIAS:
            raise ValueError(f"unknown label alias {part!r}")
        out.add(ALIAS[part])
    for lab in list(out):
        out |= IMPLIES.get(lab, set())
    return [l for l in LABELS if l in out]


def parse(block: str, lang: str, writer: str) -> list[dict]:
    """Parse `labels | style | text [|| note]` lines; blank lines and `#` lines skipped."""
    recs = []
    for n, line in enumerate(block.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        note = None
        if "||" in line:
            line, note = line.split("||", 1)
            note = note.strip()
        parts = [p.strip() for p in line.split("|", 2)]
        if len(parts) != 3:
            raise ValueError(f"bad line {n}: {line!r}")
        spec, style, text = parts
        if style not in STYLES:
            raise ValueError(f"bad style {style!r} on line {n}")
        rec = {"text": text, "lang": lang, "labels": labels_of(spec), "style": style,
               "writer": writer}
        if note:
            rec["note"] = note
        recs.append(rec)
    return recs


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def dedup_key(text: str) -> str:
    s = strip_accents(text.lower())
    return re.sub(r"[^\w]+", " ", s).strip()


def dedup(recs: list[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for r in recs:
        k = dedup_key(r["text"])
        if k not in seen:
            seen[k] = r
    return list(seen.values())


def write_jsonl(path: Path, recs: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
