"""Short answers to the bot's questions, in any supported language (yes and no: bot/text/yesno.py).
Plain module."""
from __future__ import annotations

from bot.text.folding import fold
from bot.text.yesno import NO, YES

SKIP_PHRASES = frozenset(fold(p, words=True) for p in [
    "saltar", "salta", "paso", "pasar", "skip", "passer", "pular", "pula", "sote", "no se", "no sé",
    "prefiero no decir", "prefiero no responder", "i don't know", "idk", "je ne sais pas", "jsp",
    "não sei", "nao sei", "m pa konnen",
])
STOP_PHRASES = frozenset(fold(p, words=True) for p in [
    "parar", "para", "basta", "ya no", "no more", "enough", "stop", "arrêter", "arreter", "arrête",
    "chega", "kanpe", "sispann",
])


def classify(text: str | None) -> str:
    """'yes', 'no', 'skip', 'stop' or 'other' for a short reply."""
    folded = fold(text or "", words=True)
    if not folded:
        return "skip"
    if folded in STOP_PHRASES:
        return "stop"
    if folded in SKIP_PHRASES:
        return "skip"
    first = folded.split()[0]
    if folded in YES or first in YES:
        return "yes"
    if folded in NO or first in NO:
        return "no"
    return "other"
