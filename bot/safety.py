"""The safety word: one word that erases a conversation at once. Plain module."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from bot.settings import PrivacySettings
from bot.text.folding import fold

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "safety_words.yml"


@lru_cache
def safety_words() -> frozenset[str]:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))["words"]
    words = {fold(w, words=True) for ws in raw.values() for w in ws}
    words |= {fold(w, words=True) for w in PrivacySettings().safety_words.split(",") if w.strip()}
    return frozenset(words)


def is_safety_word(text: str) -> bool:
    return fold(text, words=True).strip(" .!¡?¿") in safety_words()
