"""Yes and no, in every language the line reads: one vocabulary for short answers
(bot/answers.py), the operator offer (bot/menus.py) and screening answers (bot/screening).

Quechua (ari/mana), Guaraní (héẽ/nahániri) and Aymara (jisa/janiwa) are here because the fuzzy
drafts keep the Spanish SÍ/NO prompts; people may answer in their own language. Everything is
folded as the callers fold a reply: fold(text, words=True).
"""
from __future__ import annotations

from bot.text.folding import fold

_YES_WORDS = {
    "es": "sí si s claro dale ok okay correcto exacto afirmativo cierto",
    "en": "yes y yeah yep sure ok okay",
    "fr": "oui ouais bien sur",
    "pt": "sim s isso",
    "ht": "wi oke",
    "qu": "ari",
    "gn": "hee héẽ",
    "ay": "jisa",
}
_NO_WORDS = {
    "es": "no n nunca",
    "en": "no n nope never nah",
    "fr": "non jamais",
    "pt": "não nao",
    "ht": "non nan pa",
    "qu": "mana",
    "gn": "naháiri nahániri",
    "ay": "janiwa",
}


def _words(by_language: dict[str, str]) -> frozenset[str]:
    return frozenset(fold(w, words=True) for words in by_language.values() for w in words.split())


YES = _words(_YES_WORDS)
NO = _words(_NO_WORDS)
# Yes to an offer ("do you want to talk to a person?") beyond the plain yes words.
YES_PHRASES = frozenset(fold(p, words=True) for p in (
    "por favor", "porfa", "porfavor", "please", "pls", "plz", "svp", "s il vous plait", "sil vous plait",
    "tanpri", "pode ser", "pode", "quero", "quiero", "i do", "i want", "je veux", "bien sur", "of course",
    "va", "vale", "bueno", "esta bien", "ta bom", "ta bem", "tudo bem", "d accord", "dacord", "oki",
    "si quiero", "yes i do", "mwen vle", "m vle",
    "pas de probleme", "pas de souci", "no problem", "sem problema", "pa gen pwoblem", "no hay problema",
    "why not", "por que no", "pourquoi pas", "por que nao",
))
# Words that accept an offer on their own ("allez-y", "dakò", "beleza", "go ahead") without
# being a yes to any question: the screening's questions and short answers keep YES alone.
OFFER_YES = frozenset(fold(w, words=True) for w in """
    allez vas go accord pode podem dako oke okey oki okok beleza blz bora fechado combinado parfait alright
    orale sale uhum aham simbora venga andale listo pronto ready""".split())
# Words that put an offer off ("pas maintenant", "later", "depois"): a no to the offer alone.
OFFER_NO = frozenset(fold(w, words=True) for w in "pas nah later depois despues luego pita apre".split())
# A whole answer stored by a form or given in a JSON line may also be a value ("true", "1").
YES_VALUES = YES | _words({"values": "true 1 vrai verdadero o"})
NO_VALUES = NO | _words({"values": "false 0 faux falso"})


def truth(value: str) -> bool | None:
    """True or False when the whole answer is a yes or a no ("Sí.", "non", "true"), else None."""
    folded = fold(value, words=True)
    if folded in YES_VALUES:
        return True
    if folded in NO_VALUES:
        return False
    return None
