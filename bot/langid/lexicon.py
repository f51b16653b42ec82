"""Whole-message lexicon: greetings and stock replies too short for any statistics.

Only an exact match of the whole normalised message counts ("hi", "oi tudo bem",
"bjr svp"). Words shared by several languages ("ok", "alo", "no", "si") are left
out on purpose: for those the honest answer is "und".
"""
from __future__ import annotations

from .features import normalise

_WORDS: dict[str, tuple[str, ...]] = {
    "es": (
        "hola", "holi", "holaa", "buenas", "wenas", "buen dia", "buenos dias", "buenas tardes",
        "buenas noches", "gracias", "muchas gracias", "ayuda", "ayudenme", "ayudame", "oye",
        "que tal", "q tal", "disculpe", "perdon", "adios", "chao", "hasta luego", "vale",
        "sí", "claro", "necesito ayuda", "hola buenas", "hola buenos dias", "jaja", "jajaja", "porfa", "xfa",
        # regional greetings (Mexico, Central America, Colombia, the Dominican Republic)
        "que onda", "q onda", "ke onda", "quiubo", "quiubole", "que hubo", "quihubo", "que lo que", "klk",
        "que mas pues", "que hay", "wepa", "buenas buenas",
    ),
    "en": (
        "hi", "hii", "hello", "hey", "hiya", "hey there", "hi there", "good morning",
        "good afternoon", "good evening", "thanks", "thank you", "thx", "ty", "help",
        "help me", "please help", "pls", "plz", "please", "yes", "yeah", "yep", "nope",
        "bye", "sorry", "excuse me", "i need help", "okay", "hey there", "sup", "wassup", "whats up",
    ),
    "fr": (
        "bonjour", "bjr", "bonsoir", "bsr", "salut", "slt", "coucou", "cc", "merci", "mrc",
        "merci beaucoup", "oui", "ouais", "svp", "bjr svp", "bonjour svp", "au revoir",
        "aidez moi", "aide moi", "d'accord", "pardon madame", "excusez moi", "allo", "allô",
    ),
    "pt": (
        "oi", "oii", "olá", "oi tudo bem", "tudo bem", "tudo bom", "bom dia", "boa tarde",
        "boa noite", "obrigado", "obrigada", "obg", "valeu", "vlw", "blz", "beleza", "tchau",
        "e aí", "e ai", "eae", "eai", "salve", "fala ai", "opa", "opa tudo bem", "não", "sim", "me ajuda", "socorro", "preciso de ajuda", "ajuda", "ajude",
        "me ajude", "ajudem", "ajuda pfv",
    ),
    "ht": (
        "bonjou", "bonswa", "mèsi", "mesi", "mèsi anpil", "mesi anpil", "sak pase",
        "sa k pase", "kijan ou ye", "kòman ou ye", "anmwe", "souple", "tanpri", "wi",
        "mwen bezwen èd", "mwen bezwen ed", "m bezwen èd", "m bezwen ed", "ede m", "ede mwen",
    ),
}

LEXICON: dict[str, str] = {normalise(w): tag for tag, ws in _WORDS.items() for w in ws}


def lookup(normalised: str) -> str | None:
    return LEXICON.get(normalised)
