"""Shared helpers for the pt/ht screening training data (writer ids pt-1, ht-1).

Messages are hand-written in the language modules as short tuples; labels are written with
short codes (CODES) so the lists stay readable. Nothing here invents text: it only expands
codes, checks labels and writes JSON lines.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

TRAINING_DIR = Path(__file__).resolve().parent.parent

# short code -> label of /work/tools/SCREENING_DATA.md
CODES = {
    "doc": "document_confiscation",
    "bond": "debt_bondage",
    "tdebt": "travel_debt",
    "restr": "restriction_of_movement",
    "iso": "isolation",
    "viol": "physical_sexual_violence",
    "thr": "threats_person_family",
    "dep": "threat_police_deportation",
    "wage": "withheld_wages",
    "hours": "excessive_hours",
    "decep": "deception_job",
    "fsex": "forced_commercial_sex",
    "fbeg": "forced_begging_crime",
    "dom": "domestic_servitude",
    "sale": "abduction_or_sale",
    "vuln": "vulnerability_exploited",
    "now": "danger_now",
    "ransom": "ransom",
    "selfh": "self_harm",
    "med": "medical_emergency",
    "minor": "minor",
    "ssex": "sector_commercial_sex",
    "slab": "sector_labour",
    "sbeg": "sector_begging",
    "scrime": "sector_crime",
    "smug": "smuggling",
    "disp": "labour_dispute",
    "pv": "partner_violence",
    "home": "homelessness",
    "offer": "suspicious_job_offer",
}
LABELS = list(CODES.values())
LABEL_ORDER = {label: i for i, label in enumerate(LABELS)}

STYLES = set(
    "plain short typo no_accents abbrev slang regional code_switch run_on indirect third_party "
    "hesitant formal caps emoji euphemism story past question".split()
)
LEVELS = ("immediate", "priority", "refer", "info")


def labels_of(codes: str) -> list[str]:
    """'doc restr' -> the full label names, in taxonomy order, without repeats."""
    unknown = [c for c in codes.split() if c not in CODES]
    if unknown:
        raise ValueError(f"unknown label codes {unknown} in {codes!r}")
    out = {CODES[c] for c in codes.split()}
    return sorted(out, key=LABEL_ORDER.__getitem__)


def message(text: str, codes: str, style: str, lang: str, writer: str, note: str | None = None) -> dict:
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r} for {text!r}")
    row = {"text": " ".join(text.split()), "lang": lang, "labels": labels_of(codes),
           "style": style, "writer": writer}
    if note:
        row["note"] = note
    return row


def dedupe_key(text: str) -> str:
    """Two messages that differ only by case, accents or spacing count as one."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(plain.split())


def dedupe(rows: list[dict], key=lambda r: dedupe_key(r["text"])) -> list[dict]:
    seen: dict[str, dict] = {}
    for row in rows:
        k = key(row)
        if k in seen:
            if seen[k].get("labels") != row.get("labels") or seen[k].get("expected") != row.get("expected"):
                raise ValueError(f"same text, different labels: {row['text']!r}")
            continue
        seen[k] = row
    return list(seen.values())


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def transcript(number: int, conv: tuple, lang: str, writer: str) -> dict:
    """conv = (expected level, [messages], [plain-words indicators][, note])."""
    expected, messages, indicators = conv[:3]
    if expected not in LEVELS:
        raise ValueError(f"unknown level {expected!r}")
    if not 1 <= len(messages) <= 6:
        raise ValueError(f"{len(messages)} messages in {messages!r}")
    row = {"id": f"t-{lang}-{number:04d}", "lang": lang, "messages": [" ".join(m.split()) for m in messages],
           "expected": expected, "indicators": list(indicators), "writer": writer}
    if len(conv) > 3 and conv[3]:
        row["note"] = conv[3]
    return row
