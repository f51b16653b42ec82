"""Compose multi-sentence messages from hand-written clause pools (shared by en and fr).

Every clause is written by hand with its own labels; a message is an opener (who/where),
one or two clauses and maybe a closer, labels = the union. Context tags keep the pieces
coherent (a brothel clause never follows a farm opener). Third-person pools use {he},
{him}, {his}, {He} placeholders filled from the opener's gender.
"""
from __future__ import annotations

import random
import re

from common import STYLES, labels_of

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
