"""Compose multi-sentence messages from hand-written clause pools (shared by en and fr).

Every clause is written by hand with its own labels; a message is an opener (who/where),
one or two clauses and maybe a closer, labels = the union. Context tags keep the pieces
coherent (a brothel clause never follows a farm opener). Third-person pools use {he},
{him}, {his}, {He} placeholders filled from the opener's gender.
"""
from __future__ import annotations

import random
import re

from common import LABELS, STYLES, labels_of

CONTEXTS = {"lab", "sex", "dom", "any"}


def pool(block: str, with_style: bool = False) -> list[dict]:
    """Lines `tag | labels | text` (or `tag | labels | style | text`)."""
    out = []
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|", 3 if with_style else 2)]
        if with_style:
            tag, spec, style, text = parts
            if style not in STYLES:
                raise ValueError(f"bad style {style!r}: {line}")
        else:
            tag, spec, text = parts
            style = None
        gender = None
        if ":" in tag:
            tag, gender = tag.split(":")
        if tag not in CONTEXTS:
            raise ValueError(f"bad context {tag!r}: {line}")
        out.append({"tag": tag, "gender": gender, "labels": set(labels_of(spec)),
                    "text": text, "style": style})
    return out


PRONOUNS = {
    "en": {"f": {"he": "she", "him": "her", "his": "her", "He": "She", "His": "Her"},
           "m": {"he": "he", "him": "him", "his": "his", "He": "He", "His": "His"}},
    "fr": {"f": {"il": "elle", "le": "la", "lui": "lui", "Il": "Elle", "e": "e"},
           "m": {"il": "il", "le": "le", "lui": "lui", "Il": "Il", "e": ""}},
}


def fill(text: str, lang: str, gender: str | None) -> str:
    table = PRONOUNS[lang][gender or "f"]
    return re.sub(r"\{(\w+)\}", lambda m: table[m.group(1)], text)


def fits(opener: dict, clause: dict) -> bool:
    if clause["tag"] == "any" or opener["tag"] == clause["tag"]:
        return True
    # live-in domestic work is labour too
    return opener["tag"] == "dom" and clause["tag"] == "lab"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def join(parts: list[str], rng: random.Random, lang: str) -> tuple[str, bool]:
    """Join sentences; sometimes as one run-on line. Returns (text, run_on)."""
    if rng.random() < 0.18:
        glue = {"en": [" and ", " ", " and then ", ", "], "fr": [" et ", " ", " pis ", ", "]}[lang]
        text = parts[0].rstrip(".!?")
        for p in parts[1:]:
            text += rng.choice(glue) + p[:1].lower() + p[1:].rstrip(".!?")
        return text, True
    out = []
    for p in parts:
        p = cap(p.strip())
        if p[-1] not in ".!?":
            p += "."
        out.append(p)
    return " ".join(out), False


def compose(rng: random.Random, lang: str, opener: dict, clauses: list[dict],
            closer: dict | None) -> dict:
    g = opener["gender"]
    parts = [fill(opener["text"], lang, g)] + [fill(c["text"], lang, g) for c in clauses]
    if closer:
        parts.append(fill(closer["text"], lang, g))
    text, run_on = join(parts, rng, lang)
    labels = set(opener["labels"])
    for c in clauses:
        labels |= c["labels"]
    if closer:
        labels |= closer["labels"]
    styles = [x["style"] for x in [opener, *clauses] if x.get("style")]
    style = "run_on" if run_on else (rng.choice(styles) if styles else "plain")
    return {"text": text, "labels": labels, "style": style}


# ---- message assembly, parameterised by a module `P` holding the pools:
# OPEN1, CL1, IMM1, NEG1, NEED1, CLOSE1, OPEN3, OPEN3_MINOR, CL3, IMM3, NEG3, CLOSE3,
# CONFLICT (keyword -> label a reassuring clause contradicts), KINDS, phone_typed(text, rng).

def conflicts(P, text: str) -> set[str]:
    t = text.lower()
    out = {lab for kw, lab in P.CONFLICT.items() if re.search(r"\b" + kw + r"\b", t)}
    if out:  # a reassuring clause contradicts any coercion nearby
        out |= {"physical_sexual_violence", "threats_person_family", "domestic_servitude"}
    return out


def fitting(opener, cl_pool):
    return [c for c in cl_pool if fits(opener, c)]


def make(P, rng: random.Random, lang: str, kind: str) -> dict:
    third = kind.endswith("3")
    if kind.startswith("minor"):
        opener = rng.choice(P.OPEN3_MINOR)
    else:
        opener = rng.choice(P.OPEN3 if third else P.OPEN1)
    cls, imm, neg, close = ((P.CL3, P.IMM3, P.NEG3, P.CLOSE3) if third
                            else (P.CL1, P.IMM1, P.NEG1, P.CLOSE1))
    cands = fitting(opener, cls)
    if kind == "need1":
        opener = rng.choice([o for o in P.OPEN1 if o["tag"] == "any"])
        chosen = [rng.choice(P.NEED1)]
        if rng.random() < 0.3:
            chosen.append(rng.choice([c for c in P.NEED1 if c is not chosen[0]]))
    elif kind.startswith("neg"):
        negs = ([c for c in neg if c["tag"] == opener["tag"]] if opener["tag"] == "sex"
                else fitting(opener, neg))
        if opener["tag"] == "sex" and not opener["labels"] or not negs:
            return make(P, rng, lang, kind)
        chosen = rng.sample(negs, min(len(negs), 1 + (rng.random() < 0.4)))
    else:
        chosen = rng.sample(cands, 1 + (rng.random() < 0.55))
        if kind.startswith("imm"):
            chosen.append(rng.choice(imm))
        elif rng.random() < 0.15:
            labs = set().union(*(c["labels"] for c in chosen))
            ok = [c for c in fitting(opener, neg) if not (conflicts(P, c["text"]) & labs)]
            if ok and opener["tag"] != "sex":
                chosen.append(rng.choice(ok))
    closer = rng.choice(close) if rng.random() < 0.45 else None
    rec = compose(rng, lang, opener, chosen, closer)
    if rng.random() < 0.22:
        rec["text"], rec["style"] = P.phone_typed(rec["text"], rng)
    return rec


def build_messages(P, lang: str, writer: str, n: int, seed: int,
                   kinds: list[str] | None = None) -> list[dict]:
    rng = random.Random(seed)
    kinds = kinds or P.KINDS
    out, seen = [], set()
    tries = 0
    while len(out) < n and tries < n * 20:
        tries += 1
        rec = make(P, rng, lang, rng.choice(kinds))
        key = rec["text"].lower()
        if key in seen:
            continue
        seen.add(key)
        out.append({"text": rec["text"], "lang": lang,
                    "labels": [l for l in LABELS if l in rec["labels"]],
                    "style": rec["style"], "writer": writer,
                    "note": f"composed from hand-written clauses (gen_en_fr/{lang}_combo.py)"})
    return out
