"""Helpers for the labelled conversations (transcripts_<lang>.jsonl).

Hand-written ones are blocks:
    == <level> | <plain words why; ...> [| <note>]
    > first message
    > second message
Composed ones reuse the clause pools of <lang>_combo.py, one clause per message, and get
their level from the label rules (/work/shared/data/realistic/README.md, "Label rules").
"""
from __future__ import annotations

import random

from combo import compose, fill, fitting

LEVELS = ("immediate", "priority", "refer", "info")
IMMEDIATE = {"danger_now", "ransom", "self_harm", "medical_emergency"}
# indicators that a child in them makes immediate (minor rule)
CHILD_EXPLOITATION = {"forced_commercial_sex", "forced_begging_crime", "domestic_servitude",
                      "withheld_wages", "excessive_hours", "debt_bondage",
                      "sector_commercial_sex", "sector_labour", "sector_begging", "sector_crime"}
# one of these alone is enough for priority (strong, coercive; threats are coercion too)
PRIORITY = {"document_confiscation", "debt_bondage", "restriction_of_movement", "isolation",
            "physical_sexual_violence", "abduction_or_sale", "forced_commercial_sex",
            "forced_begging_crime", "domestic_servitude", "threats_person_family",
            "threat_police_deportation"}
NEEDS = {"smuggling", "labour_dispute", "partner_violence", "homelessness",
         "suspicious_job_offer"}
WEAK = {"travel_debt", "deception_job", "excessive_hours", "withheld_wages",
        "vulnerability_exploited"}


ALARM = ("scared", "police", "help", "know what to do", "idea what to do", "tell anybody", "peur", "aidez",
         "personne que", "plus quoi", "s'en mêle", "empirer", "make it worse")


def level_of(labels: set[str]) -> str:
    if labels & IMMEDIATE:
        return "immediate"
    if "minor" in labels and labels & CHILD_EXPLOITATION:
        return "immediate"
    if labels & PRIORITY or len(labels & WEAK) >= 2:
        return "priority"
    if labels & (NEEDS | WEAK):
        return "refer"
    return "info"


def parse_transcripts(block: str, lang: str, writer: str) -> list[dict]:
    out, cur = [], None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            parts = [p.strip() for p in line[2:].split("|")]
            level, why = parts[0], parts[1]
            if level not in LEVELS:
                raise ValueError(f"bad level {level!r}: {line}")
            cur = {"lang": lang, "messages": [], "expected": level,
                   "indicators": [w.strip() for w in why.split(";") if w.strip()],
                   "writer": writer}
            if len(parts) > 2 and parts[2]:
                cur["note"] = parts[2]
            out.append(cur)
        elif line.startswith(">"):
            cur["messages"].append(line[1:].strip())
        else:
            raise ValueError(f"bad transcript line: {line}")
    for t in out:
        if not 2 <= len(t["messages"]) <= 6:
            raise ValueError(f"transcript needs 2-6 messages: {t['messages']}")
    return out


def compose_transcripts(P, lang: str, writer: str, why: dict, targets: dict, seed: int,
                        taken: set[str]) -> list[dict]:
    """One clause per message. `why` maps a label to plain words; `targets` = level -> count."""
    rng = random.Random(seed)
    out, counts = [], {lvl: 0 for lvl in LEVELS}
    tries = 0
    while any(counts[l] < targets.get(l, 0) for l in LEVELS) and tries < 20000:
        tries += 1
        want = rng.choice([l for l in LEVELS if counts[l] < targets.get(l, 0)])
        msgs, labels = _draft(P, rng, lang, want)
        if level_of(labels) != want or len(msgs) < 2:
            continue
        key = " | ".join(msgs).lower()
        if key in taken:
            continue
        taken.add(key)
        counts[want] += 1
        words = [why[l] for l in sorted(labels) if l in why] or ["information request"]
        out.append({"lang": lang, "messages": msgs, "expected": want, "indicators": words,
                    "writer": writer,
                    "note": f"composed from hand-written clauses (gen_en_fr/{lang}_combo.py)"})
    return out


def _msg(rng, lang, piece, gender) -> str:
    text = fill(piece["text"], lang, gender)
    text = text[:1].upper() + text[1:]
    if rng.random() < 0.3:
        text = text.lower()
    return text


def _draft(P, rng, lang, want):
    third = rng.random() < 0.3
    if want == "immediate" and rng.random() < 0.4:
        opener = rng.choice(P.OPEN3_MINOR)
        third = True
    else:
        opener = rng.choice(P.OPEN3 if third else P.OPEN1)
    cls, imm, neg, close = ((P.CL3, P.IMM3, P.NEG3, P.CLOSE3) if third
                            else (P.CL1, P.IMM1, P.NEG1, P.CLOSE1))
    g = opener["gender"]
    pieces = []
    if want == "info":
        if opener["labels"] & {"minor"}:
            return [], set()
        negs = fitting(opener, neg)
        if opener["tag"] == "sex":
            negs = [c for c in neg if c["tag"] == "sex"] if opener["labels"] else []
        if not negs:
            return [], set()
        pieces = rng.sample(negs, min(len(negs), rng.choice([1, 2])))
    elif want == "refer":
        if third:
            return [], set()
        opener = rng.choice([o for o in P.OPEN1 if o["tag"] == "any"])
        pieces = [rng.choice(P.NEED1)]
    else:
        cands = fitting(opener, cls)
        pieces = rng.sample(cands, rng.choice([1, 2, 2, 3]))
        if want == "immediate" and "minor" not in opener["labels"]:
            pieces.append(rng.choice(imm))
    msgs = [_msg(rng, lang, opener, g)] + [_msg(rng, lang, p, g) for p in pieces]
    if want == "info":  # an information request does not end in a plea for help
        close = [c for c in close if not any(w in c["text"].lower() for w in ALARM)]
    if rng.random() < 0.5 and close:
        msgs.append(_msg(rng, lang, rng.choice(close), g))
    labels = set(opener["labels"])
    for p in pieces:
        labels |= p["labels"]
    return msgs[:6], labels
