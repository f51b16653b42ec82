"""Short answers to the bot's questions, in any supported language. Plain module.

Quechua (ari/mana), Guaraní (héẽ/nahániri) and Aymara (jisa/janiwa) are included because the
fuzzy drafts keep the Spanish SÍ/NO prompts; people may answer in their own language."""
from __future__ import annotations

from services.places import fold

YES = frozenset(fold(w) for w in """sí si claro dale ok okay yes yeah yep sure oui ouais bien sur sim
    wi s y correcto exacto afirmativo cierto isso ari hee héẽ jisa""".split())
NO = frozenset(fold(w) for w in "no nope non não nao nan pa n nunca jamais never nah mana naháiri nahániri janiwa".split())
SKIP_PHRASES = frozenset(fold(p) for p in [
    "saltar", "salta", "paso", "pasar", "skip", "passer", "pular", "pula", "sote", "no se", "no sé",
    "prefiero no decir", "prefiero no responder", "i don't know", "idk", "je ne sais pas", "jsp",
    "não sei", "nao sei", "m pa konnen",
])
STOP_PHRASES = frozenset(fold(p) for p in [
    "parar", "para", "basta", "ya no", "no more", "enough", "stop", "arrêter", "arreter", "arrête",
    "chega", "kanpe", "sispann",
])


def classify(text: str | None) -> str:
    """'yes', 'no', 'skip', 'stop' or 'other' for a short reply."""
    folded = fold(text or "")
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
