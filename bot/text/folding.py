"""One accent-folding function for every module that compares text.

Always: case folded, accents and other combining marks off ("Pòtoprens" -> "potoprens").
Callers that need more say so with a keyword; each caller's settings are fixed by the data it
was built with (the name gazetteer's spellings, the screening detector's trained n-grams), so a
change here must keep their outputs (tests/bot/text/test_folding.py holds them).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# What people type for an apostrophe (the straight one included).
APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4\u02bb"
# Letters NFKD leaves whole, spelt in plain Latin letters ("œuvre" -> "oeuvre", "łódź" -> "lodz").
PLAIN_LETTERS = {"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ł": "l"}  # ß: casefold makes it "ss"
_PLAIN = str.maketrans(PLAIN_LETTERS)
_NOT_WORD = re.compile(r"[^\w]+")
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=16)
def _apostrophe_table(apostrophes: str, apostrophe: str) -> dict[int, str]:
    return str.maketrans(dict.fromkeys(apostrophes, apostrophe))


def fold(text: str, *, apostrophes: str = "", apostrophe: str = "'",
         plain_letters: bool = False, digits: str | None = None, words: bool = False) -> str:
    """`text` case folded and without accents.

    - `apostrophes`: these characters become `apostrophe` ("" deletes them), before the
      accents go (NFKD would turn "´" into a space and a mark);
    - `plain_letters`: œ æ ø đ ł written as Latin letters (PLAIN_LETTERS);
    - `digits`: every run of digits becomes this ("trabajo 16 horas" -> "trabajo 0 horas");
    - `words`: punctuation to spaces, one space between words, none at the ends.
    """
    text = text.casefold()
    if apostrophes:
        text = text.translate(_apostrophe_table(apostrophes, apostrophe))
    if plain_letters:
        text = text.translate(_PLAIN)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    if digits is not None:
        text = _DIGITS.sub(digits, text)
    if words:
        text = " ".join(_NOT_WORD.sub(" ", text).split())
    return text
