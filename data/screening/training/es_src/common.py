"""Shared helpers for the hand-written Spanish screening data (writer es-1).

Each batch module calls `B(labels, style, block)` with a block of hand-written messages, one
per line, and `T(...)` for transcripts. A line may start with `[style]` to override the
block's style and end with `||label_a,label_b` to add labels to that line only. `build.py` imports every batch, removes duplicates and writes the JSONL files.
"""
import re
import unicodedata

WRITER = "es-1"
LANG = "es"

LABELS = {
    "document_confiscation", "debt_bondage", "travel_debt", "restriction_of_movement",
    "isolation", "physical_sexual_violence", "threats_person_family",
    "threat_police_deportation", "withheld_wages", "excessive_hours", "deception_job",
    "forced_commercial_sex", "forced_begging_crime", "domestic_servitude",
    "abduction_or_sale", "vulnerability_exploited",
    "danger_now", "ransom", "self_harm", "medical_emergency", "minor",
    "sector_commercial_sex", "sector_labour", "sector_begging", "sector_crime",
    "smuggling", "labour_dispute", "partner_violence", "homelessness", "suspicious_job_offer",
}
STYLES = {
    "plain", "short", "typo", "no_accents", "abbrev", "slang", "regional", "code_switch",
    "run_on", "indirect", "third_party", "hesitant", "formal", "caps", "emoji", "euphemism",
    "story", "past", "question",
}
LEVELS = ("immediate", "priority", "refer", "info")

MESSAGES = []     # dicts ready for JSON
TRANSCRIPTS = []  # dicts without id (assigned at build time)

# Short names usable after `||` in a line (full label names work too).
ALIASES = {
    "doc": "document_confiscation", "db": "debt_bondage", "td": "travel_debt",
    "rm": "restriction_of_movement", "iso": "isolation", "psv": "physical_sexual_violence",
    "th": "threats_person_family", "tp": "threat_police_deportation", "ww": "withheld_wages",
    "eh": "excessive_hours", "dj": "deception_job", "fcs": "forced_commercial_sex",
    "fbc": "forced_begging_crime", "ds": "domestic_servitude", "ab": "abduction_or_sale",
    "ve": "vulnerability_exploited", "dn": "danger_now", "rs": "ransom", "sh": "self_harm",
    "me": "medical_emergency", "mi": "minor", "scs": "sector_commercial_sex",
    "sl": "sector_labour", "sb": "sector_begging", "sc": "sector_crime", "sm": "smuggling",
    "ld": "labour_dispute", "pv": "partner_violence", "hl": "homelessness",
    "sj": "suspicious_job_offer",
}

_STYLE_PREFIX = re.compile(r"^\[(\w+)\]\s*")


def B(labels, style, block, note=None):
    """Register every non-empty line of `block` as one message with these labels."""
    labels = sorted(set(labels))
    for raw in block.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        st = style
        m = _STYLE_PREFIX.match(line)
        if m:
            st, line = m.group(1), line[m.end():]
        labs = labels
        if "||" in line:  # per-line extra labels: "text ||label_a,label_b"
            line, extra = line.split("||", 1)
            line = line.strip()
            extra = {x.strip() for x in extra.split(",") if x.strip()}
            labs = sorted(set(labels) | {ALIASES.get(x, x) for x in extra})
        rec = {"text": line, "lang": LANG, "labels": labs, "style": st, "writer": WRITER}
        if note:
            rec["note"] = note
        MESSAGES.append(rec)


def T(expected, messages, indicators, note=None):
    """Register one transcript: the person's messages in order and the expected level."""
    rec = {"lang": LANG, "messages": [m.strip() for m in messages], "expected": expected,
           "indicators": list(indicators), "writer": WRITER}
    if note:
        rec["note"] = note
    TRANSCRIPTS.append(rec)


def norm_key(text):
    """Key used to find duplicates: case, accents, punctuation and spacing ignored."""
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"[^\w ]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def L(style, block, note=None):
    """Lines carrying their own labels (`text ||doc,rm`); a line without `||` has none."""
    B([], style, block, note)


def TT(expected, messages, why="", note=None):
    """Compact transcript: messages separated by ' | ', reasons by ';'."""
    T(expected, [m for m in messages.split(" | ") if m.strip()],
      [w.strip() for w in why.split(";") if w.strip()], note)
