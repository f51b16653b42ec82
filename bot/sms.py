"""SMS length: GSM-7 or UCS-2 segments, and paging long text. Plain module, shared by the
Twilio channel and the directory's referral formatting."""
from __future__ import annotations

MAX_SEGMENTS = 3

# GSM 03.38 default alphabet; the extension table's characters take two septets.
GSM7 = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXT = frozenset("^{}\\[~]|€\f")


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7 or ch in GSM7_EXT for ch in text)


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


def paginate(text: str, more_note: str, max_segments: int = MAX_SEGMENTS) -> tuple[str, str]:
    """(page, rest): the page fits in `max_segments` SMS, with `more_note` appended when
    there is a rest. Pages break at a line or a space when one is near."""
    text = text.strip()
    if segment_count(text) <= max_segments:
        return text, ""

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
