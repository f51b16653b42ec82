"""A long text in parts of at most `limit` characters, broken at lines or spaces (pure)."""
from __future__ import annotations


def split_at_breaks(text: str, limit: int) -> list[str]:
    """Each part ends at the last line break or space before `limit` (a hard cut when none is
    in the second half); whitespace at the breaks is dropped, nothing else."""
    chunks = []
    text = text.strip()
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        cut = cut if cut > limit // 2 else limit
        chunks.append(text[:cut].rstrip())
        text = text[cut:].strip()
    return chunks + ([text] if text else [])
