"""SMS length and paging: GSM-7 or UCS-2 segments, and the one "more" paginator. Pure.

A turn's replies go out as one SMS body of at most MAX_SEGMENTS segments; what does not fit
waits until the person replies MORE_PAGES. Pages break between replies before they break
inside one, and a numbered menu the person has to answer stays on the first page when it fits.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

MAX_SEGMENTS = 3
# Two "more" numbers for two decisions, both defined here and read by both sides:
MORE_ANSWER = "9"  # after an information answer: its second part (actions/actions.py, the gateway)
MORE_PAGES = "99"  # after an SMS page: the next page of a long reply (bot/channels)

# GSM 03.38 default alphabet; the extension table's characters take two septets.
GSM7 = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXT = frozenset("^{}\\[~]|€\f")
# A line that is a numbered option: "3 Ayuda legal", "2. Albergue", "4) Más opciones".
_OPTION = re.compile(r"^\s*\d{1,2}[.)]?\s+\S", re.MULTILINE)


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7 or ch in GSM7_EXT for ch in text)


# Typography with a plain GSM-7 spelling.
_PLAIN = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
          "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " ", "\u2022": "-"}


@lru_cache(maxsize=4096)
def _gsm7_char(ch: str) -> str:
    if ch in GSM7 or ch in GSM7_EXT:
        return ch
    if ch in _PLAIN:
        return _PLAIN[ch]
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if base and is_gsm7(base) else ch


def sms_text(text: str) -> str:
    """The text with letters outside GSM-7 spelled without their accent ("número" -> "numero",
    "não" -> "nao"), as people write SMS. One "ú" turns a whole message into UCS-2, which
    holds 70 characters a part instead of 160: the Spanish menu alone took four parts and
    could never be on the first page. Letters GSM-7 has (é, ñ, ü, à, è, ò) stay; emoji stay.
    Used only for turns that do not fit as written: a short reply keeps its accents."""
    return "".join(_gsm7_char(ch) for ch in text)


def _units(text: str) -> tuple[list[int], int, int]:
    """Per-character units, and the single- and multi-part segment sizes of the encoding."""
    if is_gsm7(text):
        return [2 if ch in GSM7_EXT else 1 for ch in text], 160, 153
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text], 70, 67  # UCS-2 (UTF-16 code units)


def segment_count(text: str) -> int:
    """How many SMS the text takes. A character is never split between two parts."""
    units, single, part = _units(text)
    if sum(units) <= single:
        return 1
    count, used = 1, 0
    for u in units:
        if used + u > part:
            count, used = count + 1, 0
        used += u
    return count


def encoding(text: str) -> str:
    return "GSM-7" if is_gsm7(text) else "UCS-2"


def is_menu(reply: str) -> bool:
    """A numbered list the person answers with a number (two options or more)."""
    return len(_OPTION.findall(reply)) >= 2


def paginate(replies: str | Sequence[str], more_note: str, max_segments: int = MAX_SEGMENTS) -> tuple[str, str]:
    """(page, rest) of a turn's replies (or of one text): the page fits in `max_segments` SMS,
    with `more_note` appended when there is a rest. Replies are joined by a blank line; a turn
    too long as written is spelled in GSM-7 where it can be (`sms_text`) before it is paged.

    Whole replies are kept together where they fit; the page takes the replies from the first
    on, as many as fit, except that the last numbered menu is always on it when it fits with
    the note (the replies before it that do not fit then wait in the rest, in their order).
    Only when not even one whole reply fits does the page break inside the text: at a
    paragraph, a line or a word near the end."""
    parts = [r.strip() for r in ([replies] if isinstance(replies, str) else replies) if r and r.strip()]
    text = "\n\n".join(parts)
    if segment_count(text) <= max_segments:
        return text, ""
    # Too long as written: spell it in GSM-7 where it can be, which may make it fit.
    more_note, parts = sms_text(more_note), [sms_text(r) for r in parts]
    text = "\n\n".join(parts)
    if segment_count(text) <= max_segments:
        return text, ""

    def fits(chosen: list[int]) -> bool:
        return segment_count("\n\n".join(parts[i] for i in chosen) + "\n" + more_note) <= max_segments

    menus = [i for i, r in enumerate(parts) if is_menu(r) and fits([i])]
    chosen = menus[-1:]
    for i in range(len(parts)):  # a prefix of the other replies, in order
        if i in chosen:
            continue
        if not fits(sorted(chosen + [i])):
            break
        chosen = sorted(chosen + [i])
    if not chosen:
        return _cut(text, more_note, max_segments)
    page = "\n\n".join(parts[i] for i in chosen)
    return page + "\n" + more_note, "\n\n".join(r for i, r in enumerate(parts) if i not in chosen)


def _cut(text: str, more_note: str, max_segments: int) -> tuple[str, str]:
    """A page cut inside the text: as much as fits, broken at a paragraph, a line or a word."""
    def fits(n: int) -> bool:
        return segment_count(text[:n].rstrip() + "\n" + more_note) <= max_segments

    lo, hi = 0, len(text)  # fits(lo) is true, fits(hi) false
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    cut = lo
    for sep in ("\n\n", "\n", " "):  # a paragraph, a line, a word: the first one near the end
        pos = text.rfind(sep, 0, lo + 1)
        if pos > lo // 2:
            cut = pos
            break
    if cut <= 0:
        cut = max(lo, 1)
    return text[:cut].rstrip() + "\n" + more_note, text[cut:].strip()
