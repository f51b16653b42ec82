"""Language registry and the rules for a conversation's language.

Plain module: no FastAPI, no Rasa. The gateway and the CLI share it.

Rules (decide()):
- an explicit choice wins and sticks: a menu number (the gateway calls
  from_menu_number while the menu is pending), a language's name in any language
  as the whole message ("english", "runasimi", "kreyòl"), or a name asked for
  ("¿me puede escribir en inglés?", "I speak a little Spanish but prefer English");
- otherwise the first message is identified; "und" (an emoji, a number, "ok") falls back
  to DEFAULT for the reply but is provisional: the next message with words decides;
- later messages switch only on a confident identification of another language
  over at least SWITCH_MIN_WORDS words of three letters or more (a short "si por
  favor" is no switch), FULL_SWITCH_MIN_WORDS between two fully served languages (and
  the current one under FULL_SWITCH_KEEP), and never after an explicit choice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from bot.langid import identify, identify_with_confidence, scores
from bot.text.folding import APOSTROPHES, fold

REGISTRY_FILE = Path(__file__).resolve().parent.parent / "data" / "languages.yml"
DEFAULT = "es"
SWITCH_MIN_WORDS = 3
# Between two languages the bot serves fully (Spanish and Portuguese share many short words),
# a switch needs a longer message: one misread reply must not flip the conversation.
FULL_SWITCH_MIN_WORDS = 5
SWITCH_CONFIDENCE = 0.9
# ... and the conversation's language must be all but ruled out: the model is sure of itself
# on a Portuguese message whose place words were taken out ("ele diz que eu devo o aluguel").
FULL_SWITCH_KEEP = 0.01
STATUSES = ("full", "prompts", "detect-only")


@dataclass(frozen=True)
class Language:
    tag: str
    iso639_3: str
    name: str
    endonym: str
    script: str
    menu: int
    status: str
    names: tuple[str, ...] = field(default=())
    ambiguous_names: tuple[str, ...] = field(default=())
    hello: str = ""  # its greeting in the answer to a first message with no words


@lru_cache
def registry() -> dict[str, Language]:
    raw = yaml.safe_load(REGISTRY_FILE.read_text(encoding="utf-8"))
    langs = {}
    for item in raw["languages"]:
        item = dict(item)
        item["names"] = tuple(item.get("names", ()))
        item["ambiguous_names"] = tuple(item.get("ambiguous_names", ()))
        if item["status"] not in STATUSES:
            raise ValueError(f"{REGISTRY_FILE}: {item['tag']}: unknown status {item['status']!r}")
        langs[item["tag"]] = Language(**item)
    return langs


def get(tag: str | None) -> Language | None:
    return registry().get(tag or "")


def menu() -> list[Language]:
    return sorted((l for l in registry().values() if l.status != "detect-only"), key=lambda l: l.menu)


def menu_lines() -> str:
    """The language menu's numbered list, each language by its own name."""
    return "\n".join(f"{l.menu} {l.endonym}" for l in menu())


def wordless_greeting() -> str:
    """The answer to a first message with nothing to tell its language by (an emoji): a
    greeting in each language that has one, then the language menu, and 0 for danger as in
    the main menu. In no one language, so nobody is answered in a language they may not read."""
    return " · ".join(l.hello for l in menu() if l.hello) + "\n" + menu_lines() + "\n0 🆘"


def from_menu_number(text: str) -> str | None:
    text = text.strip().rstrip(".)")
    if text.isdecimal():  # not isdigit: "1²" is digits to it, and int() refuses it
        for lang in menu():
            if lang.menu == int(text):
                return lang.tag
    return None


# -- display names --------------------------------------------------------------


def language_name(tag: str, in_lang: str | None = None) -> str:
    """`tag`'s name for display in `in_lang` (default: its endonym). Never raises on a known tag.

    Babel (CLDR) when in_lang is a `full` language (CLDR's data for the others is thin
    or inherited: its "ht" names are French); otherwise the registry: its English
    name when in_lang is English, else the endonym (what a speaker recognises).
    """
    lang = get(tag)
    in_lang = in_lang or tag
    if lang and in_lang == tag:
        return lang.endonym
    target = get(in_lang)
    name = _babel_name(tag, in_lang) if target is None or target.status == "full" else None
    if name:
        return name[:1].upper() + name[1:]
    if lang:
        return lang.name if in_lang == "en" else lang.endonym
    return tag


@lru_cache(maxsize=256)
def _babel_name(tag: str, in_lang: str) -> str | None:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(in_lang.replace("-", "_")).languages.get(tag)
    except (UnknownLocaleError, ValueError):
        return None


# -- explicit choice --------------------------------------------------------------

def _fold(text: str) -> str:
    """Casefold, strip accents and apostrophes ("K'iche'" is "kiche"), punctuation to spaces."""
    return fold(text, apostrophes=APOSTROPHES, apostrophe="", words=True)


# Words (folded) just before a name that make it a request for that language.
_REQUEST = frozenset(
    "en in em an nan prefer prefiero prefiere prefiro prefere prefers prefere prefererais "
    "prefererai prefere prefe pito write escribir escriba escribe escribeme escribame escreve "
    "escrever escreva ekri ecrire ecrivez ecris switch cambiar cambia cambie mudar muda changer "
    "changez chanje idioma language langue lingua lang lengua".split()
)
# Weaker: speaking or wanting, which may be about something else ("quiero aprender inglés").
_SPEAK = frozenset(
    "hablo hablas habla hablar hablan speak speaks talk parle parler parlez parles falo fala "
    "falar pale quiero want quero veux voudrais vle entiendo understand comprends entendo".split()
)
_NEGATION = frozenset(
    "no not dont cant doesnt never nunca pas ne n pa nao nem ni jamais sin without".split()
)
_LITTLE = frozenset("poco poquito little bit peu pouco kras".split())
_FILLERS = frozenset(
    "en in em an nan please pls plz por favor porfa svp stp sil vous plait tanpri souple "
    "pfv idioma language langue lingua lang the el la le o a".split()
)
_WINDOW = 4


@lru_cache
def _names() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Folded name as a tuple of words -> (tag, ambiguous)."""
    out: dict[tuple[str, ...], tuple[str, bool]] = {}
    for lang in registry().values():
        for name in (lang.name, lang.endonym, *lang.names):
            out.setdefault(tuple(_fold(name).split()), (lang.tag, False))
        for name in lang.ambiguous_names:
            out.setdefault(tuple(_fold(name).split()), (lang.tag, True))
    return out


def _mentions(words: list[str]) -> list[tuple[int, int, str, bool]]:
    """(start, end, tag, ambiguous) for each name in `words`, longest match first."""
    names = _names()
    longest = max(len(k) for k in names)
    found = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            hit = names.get(tuple(words[i : i + n]))
            if hit:
                found.append((i, i + n, *hit))
                i += n
                break
        else:
            i += 1
    return found


def explicit_choice(text: str) -> str | None:
    """A language the person names or asks for, in any language; None if none or unclear.

    "english", "runasimi", "¿me puede escribir en inglés?" and "I speak a little Spanish
    but prefer English" choose; "soy de Guatemala", "trabajo para un inglés" and
    "no hablo bien inglés" do not.
    """
    words = _fold(text).split()
    mentions = _mentions(words)
    if not mentions:
        return None
    rest = [w for i, w in enumerate(words) if not any(s <= i < e for s, e, _, _ in mentions)]
    if not [w for w in rest if w not in _FILLERS]:
        tags = {tag for _, _, tag, _ in mentions}
        return tags.pop() if len(tags) == 1 else None
    scores: dict[str, int] = {}
    for start, _end, tag, ambiguous in mentions:
        before = words[max(0, start - _WINDOW) : start]
        score = 0 if ambiguous else 1
        if before and before[-1] in _REQUEST or _REQUEST.intersection(before[-2:]):
            score += 2
        elif _SPEAK.intersection(before):
            score += 1
        if _NEGATION.intersection(before):
            score -= 3
        if _LITTLE.intersection(before):
            score -= 1
        scores[tag] = max(scores.get(tag, score), score)
    best = max(scores.values())
    winners = [t for t, s in scores.items() if s == best]
    return winners[0] if best >= 2 and len(winners) == 1 else None


# -- identification -------------------------------------------------------------


def detect(text: str) -> str:
    """Best guess of the language of `text` (a registry tag), or 'und'."""
    tag = identify(text)
    return tag if tag in registry() else "und"


def detect_with_confidence(text: str) -> tuple[str, float]:
    tag, conf = identify_with_confidence(text)
    return (tag, conf) if tag in registry() else ("und", conf)


@dataclass(frozen=True)
class LanguageDecision:
    tag: str
    chosen: bool  # an explicit choice, which sticks for the conversation
    changed: bool
    provisional: bool = False  # nothing to identify yet: `tag` is the default, not a decision


def decide(current: str | None, chosen: bool, text: str, choice: bool = True) -> LanguageDecision:
    """Applies the conversation-language rules to one inbound message (`choice`: whether a
    language it names is a choice; not in an answer to a yes/no question)."""
    explicit = explicit_choice(text) if choice else None
    if explicit:
        return LanguageDecision(explicit, True, explicit != current)
    if current is None:
        guess = detect(text)
        if guess == "und":
            return LanguageDecision(DEFAULT, False, True, provisional=True)
        return LanguageDecision(guess, False, True)
    if chosen or _content_words(text) < SWITCH_MIN_WORDS:
        return LanguageDecision(current, chosen, False)
    guess, conf = detect_with_confidence(text)
    if guess in ("und", current) or conf < SWITCH_CONFIDENCE:
        return LanguageDecision(current, chosen, False)
    if fully_supported(current) and fully_supported(guess) and (
            _content_words(text) < FULL_SWITCH_MIN_WORDS or scores(text).get(current, 0.0) >= FULL_SWITCH_KEEP):
        return LanguageDecision(current, chosen, False)
    return LanguageDecision(guess, False, True)


# The words around a place that tell whose language an answer to "where are you?" is in ("tô em
# Manaus", "m nan Pòtoprens", "je suis à Montréal", "I'm in Houston"): words of one language only.
_PLACE_FRAMES = {tag: frozenset(_fold(words).split()) for tag, words in {
    "es": "estoy estamos ando andamos vivo vivimos encuentro encontramos quedo quedamos aca alla ahi ahorita ahora "
          "ciudad hola nosotros",
    "en": "i im am we re are in at near living live staying stuck city now right currently here around close "
          "outside downtown area still hello hi",
    "fr": "je suis chu on sommes nous ici dans ville pres proche maintenant rendu rendus habite au aux bonjour",
    "pt": "to estou em moro moramos fico ficamos cidade agora eu oi perto",
    "ht": "mwen nou nan kounya kounye lavil bo kote rete bonjou",
}.items()}


def place_frame_language(words: list[str]) -> str | None:
    """The language the words around a place are in, when only one has the most of them."""
    counts = {tag: sum(w in frame for w in words) for tag, frame in _PLACE_FRAMES.items()}
    best = max(counts.values())
    winners = [tag for tag, n in counts.items() if n == best]
    return winners[0] if best and len(winners) == 1 else None


def _content_words(text: str) -> int:
    return sum(1 for word in text.split() if sum(c.isalpha() for c in word) >= 3)


def fully_supported(tag: str | None) -> bool:
    """True when the bot understands and answers in this language with reviewed text."""
    lang = get(tag)
    return lang is not None and lang.status == "full"
