"""The safety word: one word that erases a conversation at once. Plain module."""
from __future__ import annotations

import re
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


# A message about erasing that is not a request to erase now: a question ("can I delete it
# later?", "¿cuánto tiempo lo guardan?"), erasing negated ("i don't want to delete anything"), or
# put off ("más tarde"). Read on folded text, in the line's five main languages.
_ASKS = re.compile(r"\?|^(?:can|could|may|how|what|when|is|do|does|will|puedo|puede|pueden|se puede|como|cuanto|cuando|"
                   r"que pasa|posso|pode|podem|da pra|quanto|como|quando|est ce|est-ce|puis je|peut on|combien|quand|"
                   r"eske|eske m|kijan|konbyen|kile)(?![\w'])")
_NOT_NOW = re.compile(r"(?<![\w'])(?:(?:i )?(?:don'?t|do not|dont) (?:want to |wanna )?(?:\w+ ){0,1}(?:delete|erase)|"
                      r"not now|later|(?:no quiero|todavia no|aun no) (?:\w+ ){0,1}(?:borrar|borre|eliminar)|despues|mas tarde|"
                      r"nao quero (?:\w+ ){0,1}apagar|depois|mais tarde|je (?:ne )?veux pas (?:\w+ ){0,1}effacer|"
                      r"pas maintenant|plus tard|(?:m|mwen) pa vle (?:\w+ ){0,1}efase|pa kounye a|pita)(?![\w'])")


def asks_about_erasing(text: str) -> bool:
    """Whether a message the NLU read as "delete my data" asks about erasing rather than asks to
    erase now: it is answered (how long we keep it, and the safety word), and nothing is erased.
    The safety word alone always erases at once (is_safety_word)."""
    folded = fold(text).strip()
    return bool(_ASKS.search(folded) or _NOT_NOW.search(folded))
