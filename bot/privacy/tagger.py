"""A learned token tagger for identifying details: it adds recall where the rules of
redaction.py, names.py and locations.py miss (names without a cue or outside the
gazetteer, addresses in regional styles, handles after any platform word).

An averaged perceptron over word tokens, decoded left to right: each token gets one of
LABELS from features of its own word (folded form, shape, affixes, gazetteer flags, case,
whether a rule already covers it), of the two words on each side (and whether one of the two
before it is a kinship or role word, or one of the two after it a verb a person does) and of the two labels
just given. Pure Python at run time: the weights are a dict from feature to its
(label, weight) pairs, loaded once from data/tagger.json.gz (built by
scripts/train_redaction_tagger.py from bench/data/redaction_train.jsonl).

redaction.py loads the model when it is imported. A missing, truncated or foreign model
file raises ModelError there, so a gateway without its model fails at start-up instead of
running with less redaction than it was measured with. HOTLINE_REDACTION_MODEL points at
another model file (tests, or a retrained model).

A second model of the same kind, data/tagger_address.json.gz (load_address), is trained on the
same corpus plus more hand-written messages rich in addresses (issue #18, round 16); redaction.py
takes only its ADDRESS spans, and the first model's other labels, so names stay as they were
measured. It is refused like the first (ModelError), and also when it was not trained for
ADDRESS ("used_for"); HOTLINE_REDACTION_ADDRESS_MODEL points at another one.

A third, data/tagger_name.json.gz (load_name), is trained on the corpus plus the hand-written
messages of training writers p, q, ya, yb, za, zb, zc and zd (za and zb name-heavy; zc and zd names
that are everyday words, saints or towns in lower case) with features for names (name_static,
name_history; issue #18, rounds 17 and 18); redaction.py takes only its NAME spans, joined with
the first model's, and only above a larger margin (recorded in the model) so that everyday words stay.
It is refused like the others, and when it was not trained for NAME alone;
HOTLINE_REDACTION_NAME_MODEL points at another one. Equal weights of the three models are held once
(_shared).
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.privacy.gazetteer import COMMON, FREQUENT, GIVEN, SURNAME, WORD, fold, gazetteer
from bot.privacy.names import DEEDS, ROLE_WORD
from bot.privacy.places import FIRST_WORDS, LONGEST, PHRASES
from bot.settings import PrivacySettings

DEFAULT_MODEL = Path(__file__).with_name("data") / "tagger.json.gz"
ADDRESS_MODEL = Path(__file__).with_name("data") / "tagger_address.json.gz"
NAME_MODEL = Path(__file__).with_name("data") / "tagger_name.json.gz"
FORMAT = "hotline-redaction-tagger"
# Bump when features() changes: a model trained on other features is refused.
FEATURES_VERSION = 4
LABELS = ("O", "NAME", "ADDRESS", "HANDLE", "ID", "PHONE", "EMAIL")
KIND_OF_LABEL = {"NAME": "name", "ADDRESS": "address", "HANDLE": "handle", "ID": "id_number", "PHONE": "phone",
                 "EMAIL": "email"}
LABEL_OF_KIND = {v: k for k, v in KIND_OF_LABEL.items()}
_ADDRESS = LABELS.index("ADDRESS")


class ModelError(RuntimeError):
    """The tagger's model file is missing or unusable: redaction must not run without it."""


# --------------------------------------------------------------------------- tokens
PLACEHOLDER = re.compile(r"\[(?:NAME|PHONE|EMAIL|ID|ADDRESS|URL|HANDLE)\]")
# A placeholder of an earlier redaction is a token of its own ("whatsapp:[PHONE]").
_RUN = re.compile(rf"{PLACEHOLDER.pattern}|(?:(?!{PLACEHOLDER.pattern})\S)+")
_LEAD = "\"'([{¿¡<*«“‘"
_TRAIL = ".,;:!?)]}\"'>*»”’…"


@dataclass(slots=True)
class Token:
    start: int
    end: int
    word: str


def tokens(text: str) -> list[Token]:
    """Whitespace runs without the punctuation around them ('Hidalgo,' -> 'Hidalgo');
    inner punctuation stays ('ana.perez@mail.com', '45-10', 'Jean-Baptiste')."""
    out = []
    for m in _RUN.finditer(text):
        s, e = m.span()
        while s < e and text[s] in _LEAD:
            s += 1
        while e > s and text[e - 1] in _TRAIL:
            e -= 1
        if s < e:
            out.append(Token(s, e, text[s:e]))
    return out


def _shape(word: str) -> str:
    out: list[str] = []
    for c in word:
        k = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if len(out) >= 2 and out[-1] == k and out[-2] == k:
            continue
        out.append(k)
    return "".join(out)[:12]


def _short(shape: str) -> str:
    out: list[str] = []
    for c in shape:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


_FLAG_CODES = ((GIVEN, "g"), (FREQUENT, "f"), (SURNAME, "s"), (COMMON, "c"), (WORD, "w"))


# Verbs of saying, meeting and reaching someone, folded ("dijo", "conocí", "talked", "rencontré",
# "falei", "rankontre"): a person is often named one or two words after them, in any case.
SAY_MEET = re.compile(
    r"dij[oe]|dice|dec[ií]a|cont[eo]|habl[eo]|conoc[ií]|conocio|vi|vio|encontre|llame|escribi|pregunte"
    r"|said|says|told|tell|talked|talk|spoke|met|meet|saw|texted|called|asked|heard"
    r"|dit|disait|parle|rencontre|vu|ecrit|appele|demande"
    r"|disse|diz|falei|falou|conheci|conheceu|encontrei|liguei|mandei|perguntei|contei"
    r"|di|pale|rankontre|we|ekri|mande")


@dataclass(frozen=True, slots=True)
class _Word:
    """What the tagger reads of one word, whatever its context, and its feature groups."""
    raw: str  # as written
    w: str  # folded word, or its shape in <> for long and digit tokens
    short: str
    flags: str
    case: str  # C capitalised, U all capitals, l lower, - no letters; "" when capitals say nothing
    own: tuple[str, ...]  # features of the word itself
    left1: tuple[str, ...]  # of the word as the previous word of another
    left2: tuple[str, ...]
    right1: tuple[str, ...]  # as the next word
    right2: tuple[str, ...]


@lru_cache(maxsize=32768)
def _word(word: str, neutral: bool) -> _Word:
    f = fold(word)
    shape = _shape(word)
    short = _short(shape)
    has_digit = any(c.isdigit() for c in word)
    w = f if len(f) <= 24 and not has_digit else "<" + short + ">"
    flags = ""
    if word.isalpha() or ("-" in word or "'" in word) and not has_digit:
        bits = gazetteer().flags(f)
        flags = "".join(code for bit, code in _FLAG_CODES if bits & bit)
    if neutral:
        case = ""
    elif not any(c.isalpha() for c in word):
        case = "-"
    elif word.isupper() and len(word) > 1:
        case = "U"
    elif word[0].isupper():
        case = "C"
    else:
        case = "l"
    # "x4", "p4": name-likeness from the longer ends of the word ("-inho", "-son", "Wil-", "Dieu-"),
    # "sl": the shape without case, so a name in lower case reads like one in capitals
    own = ("b", "w=" + w, "s=" + shape, "ss=" + short, "g=" + flags, "c=" + case, "x3=" + w[-3:], "x2=" + w[-2:],
           "p3=" + w[:3], "gc=" + flags + case, "x4=" + w[-4:], "p4=" + w[:4], "sl=" + short.lower() + flags)
    # A kinship or role word ("prima", "patrão", "manman", "coworker") one or two words before
    # a name: one feature for all of them, so a role word seldom seen in training still counts.
    role = ("k-1",) if ROLE_WORD.fullmatch(f) else ()
    said = ("v-1",) if SAY_MEET.fullmatch(f) else ()
    # a verb a person does right after a word ("milagros me dijo" has the pronoun between): "d+1"
    deed = ("d+1",) if f in DEEDS else ()
    return _Word(word, w, short, flags, case, own, ("w-1=" + w, "ss-1=" + short, "g-1=" + flags + case) + role + said,
                 ("w-2=" + w, "ss-2=" + short) + tuple("k-2" for _ in role) + tuple("v-2" for _ in said),
                 ("w+1=" + w, "ss+1=" + short, "g+1=" + flags + case) + deed, ("w+2=" + w,) + tuple("d+2" for _ in deed))


def _neutral(toks: list[Token]) -> bool:
    """In a message written all in capitals or Title Case, capitals say nothing."""
    letters = [t.word for t in toks if len(t.word) > 1 and any(c.isalpha() for c in t.word)]
    caps = sum(w[0].isupper() for w in letters)
    upper = sum(w.isupper() for w in letters)
    return len(letters) >= 4 and (caps >= 0.7 * len(letters) or upper >= 0.6 * len(letters))


def _places(folded: list[str]) -> list[bool]:
    marks = [False] * len(folded)
    bare = [f.strip(".,") for f in folded]
    i = 0
    while i < len(bare):
        if bare[i] not in FIRST_WORDS:
            i += 1
            continue
        for n in range(min(LONGEST, len(bare) - i), 0, -1):
            if tuple(bare[i:i + n]) in PHRASES:
                marks[i:i + n] = [True] * n
                i += n
                break
        else:
            i += 1
    return marks


def _layout(words: list[_Word], places: list[bool], rules: list[str], seps: list[str], i: int) -> tuple:
    """Where token i stands: the rules' labels around it, the punctuation before and after
    it, its shape, whether it is a known place. Few distinct values, so the tagger caches
    their weights by this tuple."""
    n = len(words)
    return (rules[i], words[i].short, seps[i], places[i], rules[i - 1] if i else None,
            rules[i + 1] if i + 1 < n else None, seps[i + 1] if i + 1 < n else None)


def _layout_features(layout: tuple) -> list[str]:
    rule, short, sep, place, rule_before, rule_after, sep_after = layout
    feats = ["r=" + rule, "rs=" + rule + short, "sep=" + sep]
    if place:
        feats.append("pl")
    feats.append("first" if rule_before is None else "r-1=" + rule_before)
    feats += ["last"] if rule_after is None else ["r+1=" + rule_after, "sep+1=" + sep_after]
    return feats


def _pairs(words: list[_Word], i: int) -> list[str]:
    """Features of token i with its neighbours together."""
    cur = words[i]
    w = cur.w
    feats = []
    if i > 0:
        p1 = words[i - 1]
        feats += ["w-1w=" + p1.w + "|" + w, "gg-1=" + p1.flags + p1.case + "|" + cur.flags + cur.case]
        if i > 1:
            feats.append("w-2w-1=" + words[i - 2].w + "|" + p1.w)
    if i + 1 < len(words):
        n1 = words[i + 1]
        feats.append("ww+1=" + w + "|" + n1.w)
        if i + 2 < len(words):
            feats.append("w+1w+2=" + n1.w + "|" + words[i + 2].w)
    return feats


def _grouped(words: list[_Word], i: int) -> list[str]:
    """The word groups of token i and its neighbours, as plain features (for training)."""
    feats = list(words[i].own)
    if i > 0:
        feats += words[i - 1].left1
    if i > 1:
        feats += words[i - 2].left2
    if i + 1 < len(words):
        feats += words[i + 1].right1
    if i + 2 < len(words):
        feats += words[i + 2].right2
    return feats


def _separators(text: str, toks: list[Token]) -> list[str]:
    """What stands between each token and the one before it: ' ', ',', '.', '\\n', ':'..."""
    out = []
    last = 0
    for t in toks:
        gap = text[last:t.start]
        if "\n" in gap:
            out.append("nl")
        else:
            out.append("".join(c for c in gap if not c.isspace())[:2] or " ")
        last = t.end
    return out


def rule_labels(toks: list[Token], spans) -> list[str]:
    """The rules' label for each token ('-' none), from (start, end, label) spans."""
    labels = ["-"] * len(toks)
    j = 0
    spans = sorted(spans)
    for i, t in enumerate(toks):
        while j < len(spans) and spans[j][1] <= t.start:
            j += 1
        if j < len(spans) and spans[j][0] < t.end:
            labels[i] = spans[j][2]
    return labels


@dataclass(slots=True)
class Message:
    toks: list[Token]
    words: list[_Word]
    layouts: list[tuple]
    neutral: bool


def read(text: str, rule_spans) -> Message:
    toks = tokens(text)
    neutral = _neutral(toks)
    words = [_word(t.word, neutral) for t in toks]
    places = _places([w.w for w in words])
    rules = rule_labels(toks, rule_spans)
    seps = _separators(text, toks)
    return Message(toks, words, [_layout(words, places, rules, seps, i) for i in range(len(toks))], neutral)


def static_features(text: str, rule_spans, extras: bool = False,
                    name_extras: bool = False) -> tuple[list[Token], list[list[str]]]:
    """Every label-independent feature of each token, as strings (for training). With extras (the
    address model's), each token's list ends with two more items: its place kind and the separator
    before it, for extra_history(). With name_extras (the name model's), then with two more: the
    separator before it and its folded word, for _NameState."""
    m = read(text, rule_spans)
    feats = [_grouped(m.words, i) + _layout_features(m.layouts[i]) + _pairs(m.words, i) for i in range(len(m.toks))]
    if extras:
        kinds, extra = extra_static(m)
        feats = [f + x + [k, lay[2]] for f, x, k, lay in zip(feats, extra, kinds, m.layouts)]
    if name_extras:
        named = name_static(m)
        if extras:  # the address items stay last but two
            feats = [f[:-2] + x + f[-2:] + [lay[2], w.w] for f, x, lay, w in zip(feats, named, m.layouts, m.words)]
        else:
            feats = [f + x + [lay[2], w.w] for f, x, lay, w in zip(feats, named, m.layouts, m.words)]
    return m.toks, feats


def history_features(prev1: str, prev2: str, w: str) -> list[str]:
    return _history(prev1, prev2) + ["y-1w=" + prev1 + "|" + w]


def _history(prev1: str, prev2: str) -> list[str]:
    return ["y-1=" + prev1, "y-2y-1=" + prev2 + "|" + prev1]


# --------------------------------------------------------------------------- address extent
# Features of the address model only (a model records "extras": EXTRAS_VERSION; the first model
# has none): what kind of place word each word is, how far the last and the next strong place
# word stand, and, decoding, the previous label with the punctuation between and the word's kind,
# and how far the last ADDRESS label given stands. They let the model carry a long locating
# description past its landmarks ("casa de block sin pintar con un arbol de mango enfrente, la
# ultima de la calle ...", "2 miles north on county road 40, left at the mailbox").
EXTRAS_VERSION = 1
_NUMBER_WORDS = frozenset(fold(w) for w in """
uno una un dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cien ciento mil
one two three four five six seven eight nine ten eleven twelve twenty thirty hundred
um uma duas três quatro cinco seis sete oito nove dez cem
une deux trois quatre cinq six sept huit neuf dix cent
youn de twa kat senk sis sèt uit nèf dis
primera primero segunda segundo tercera tercero first second third 1st 2nd 3rd
""".split())
# One word of a locating phrase ("frente", "lado", "near", "behind", "perto", "toupre", "entre", "esquina").
_LOCATOR_WORDS = frozenset(fold(w) for w in """
frente enfrente lado costado junto detrás detras atrás atras cerca arriba abajo encima debajo después despues
antes pasando espaldas par esquina esq entre vuelta fondo final salida entrada contiguo pegado subiendo bajando
saliendo llegando
across next behind front near nearby close above under past corner between beside opposite off end down up
côté cote face derrière derriere près pres proche coin bout devant après apres long vis-à-vis
perto lado frente atrás cima embaixo depois passando fundo final entrada saída saida esquina
bò bo kote toupre prè pre dèyè deye devan anfas apre anba anwo akote vizavi fon
""".split())
# Prepositions extent._LINKS has not ("en", "dans", "chez", "por", "pela").
_MORE_LINKS = frozenset(fold(w) for w in "en dans chez por pela pelo sobre para pra hasta até to from desde pou".split())
_STEP_WORDS = frozenset(fold(w) for w in """
metros mts m varas cuadra cuadras km kms kilómetros kilometros millas minutos
block blocks mile miles meters yards minutes
quadra quadras quarteirão quarteirões metros minutos mètres metres kilomètres
""".split())


@lru_cache(maxsize=32768)
def place_kind(folded: str) -> str:
    """The kind of place word a folded word is: S street, A area, L landmark, H house, R room, P locator,
    D direction, M a distance's unit, J adjective, N number, K linking word, T town, "" none."""
    from bot.privacy.extent import _ADJECTIVES, _DIRECTIONS, _HOUSES, _LANDMARKS, _LINKS
    from bot.privacy.locations import _AREA, _ROOM, _STREET
    from bot.privacy.towns import is_town

    bare = folded.strip(".,")
    if not bare:
        return ""
    if any(c.isdigit() for c in bare):
        return "N"
    if re.fullmatch(rf"(?:{_STREET})\.?", bare, re.IGNORECASE):
        return "S"
    if re.fullmatch(rf"(?:{_AREA})\.?", bare, re.IGNORECASE):
        return "A"
    if re.fullmatch(rf"(?:{_ROOM})\.?", bare, re.IGNORECASE):
        return "R"
    if bare in _HOUSES:
        return "H"
    if bare in _LANDMARKS:
        return "L"
    if bare in _LOCATOR_WORDS:
        return "P"
    if bare in _DIRECTIONS:
        return "D"
    if bare in _STEP_WORDS:
        return "M"
    if bare in _LINKS or bare in _MORE_LINKS:
        return "K"
    if bare in _NUMBER_WORDS:
        return "N"
    if bare in _ADJECTIVES:
        return "J"
    if len(bare) > 2 and is_town(bare):
        return "T"
    return ""


_STRONG = frozenset("SALHRP")


def _bucket(d: int | None) -> str:
    return "-" if d is None else str(d) if d <= 2 else "3" if d <= 4 else "5" if d <= 8 else "-"


def extra_static(m: Message) -> tuple[list[str], list[list[str]]]:
    """Each token's place kind and its label-independent extras."""
    kinds = ["N" if w.w.startswith("<") and any(c.isdigit() for c in w.raw) else place_kind(w.w) for w in m.words]
    n = len(kinds)
    out = []
    last = None
    for i, k in enumerate(kinds):
        nxt = next((d for d in range(1, 5) if i + d < n and kinds[i + d] in _STRONG), None)
        before = None if last is None else i - last
        k1 = kinds[i - 1] if i else "^"
        k_1 = kinds[i + 1] if i + 1 < n else "$"
        out.append(["pk=" + k, "pk-1=" + k1, "pk+1=" + k_1, "pk-1pk=" + k1 + k, "pkpk+1=" + k + k_1,
                    "pk-2=" + (kinds[i - 2] if i > 1 else "^"), "pk+2=" + (kinds[i + 2] if i + 2 < n else "$"),
                    "dl=" + _bucket(before) + k, "nl=" + _bucket(nxt) + k, "dlnl=" + _bucket(before) + _bucket(nxt),
                    "sepk=" + m.layouts[i][2] + k])
        if k in _STRONG:
            last = i
    return kinds, out


def extra_history(prev1: str, sep: str, kind: str, since: int | None) -> list[str]:
    """Extras that depend on the labels given: the previous one with the punctuation between and
    this word's kind, and how far back the last ADDRESS was."""
    return ["ysk=" + prev1 + sep + kind, "yk=" + prev1 + kind, "sa=" + _bucket(since) + kind]


# --------------------------------------------------------------------------- name features
# Features of the name model only (a model records "name_extras": NAME_EXTRAS_VERSION; the other
# two have none; issue #18, round 17): whether the word comes again in the message and how it is
# written there, the word across a conjunction or comma from it (names come in lists: "pancho, memo
# y el Chino", "Blanche et Céleste"), a small number soon after it ("socorro tem 16 anos"), a
# possessive ending ("marco's"), the start of a sentence, a kinship/role or saying word three words
# back and the words three away; decoding, the previous label with the punctuation between, the
# label of the last word before a conjunction or article, and whether the same word was read as a
# NAME earlier in the message.
NAME_EXTRAS_VERSION = 2
# Version 2 (round 18) reads names that are everyday words, saints or towns in lower case with no cue
# ("socorro tem 16 anos", "lima no vuelve", "luz y paz"): the word opening a clause with a verb or a
# word that follows a subject after it, a kinship/role word within three words after it ("victoria,
# mi sobrina"), how the rules read the word across a conjunction or comma and the same word elsewhere.
# Words that come between a subject and its verb, or are its verb, in the five languages: negation,
# clitics, auxiliaries and common verbs ("no vuelve", "tem 16", "se fueron", "ne répond", "pa vle").
_AFTER_SUBJECT = frozenset(fold(w) for w in """
no nunca siempre ya tambien también todavia todavía aun aún se me te nos le les lo los les
tiene tenia tenía es era esta está estaba fue va iba sigue vive vivia trabaja quiere puede dice dijo
no nao não nunca sempre ja já tambem também ainda se me te nos lhe tem tinha é e era ta tá esta está
estava foi vai ia fica ficou mora vive trabalha quer pode diz disse
not never always still also already is was has had does did can will would works lives wants says said
ne n' se me te nous lui leur a avait est etait était va allait reste vit travaille veut peut dit
pa p ap te t pral pral ka vle di gen se fin toujou deja
""".split()) | DEEDS
_CONJ = frozenset("y e and et ak ou o or & n plus".split())
_ARTICLES = frozenset("el la los las o a os as le les the l' ti".split())
_POSS = re.compile(r"(.+?)['’]s?$")


def _link(folded: str) -> str:
    return "c" if folded in _CONJ else "a" if folded in _ARTICLES else ""


def _small_number(word: _Word) -> bool:
    return word.raw.isdigit() and len(word.raw) <= 2


def _partner(words: list[_Word], seps: list[str], links: list[str], i: int, step: int) -> int | None:
    """The word across a conjunction (and article) or a comma from word i, step +1 or -1."""
    n = len(words)
    j = i + step
    edge = (lambda k: seps[k]) if step > 0 else (lambda k: seps[k + 1])
    if not 0 <= j < n:
        return None
    if edge(j) == ",":
        k = j
    elif links[j] == "c" and edge(j) == " ":
        k = j + step
    else:
        return None
    if 0 <= k < n and links[k] == "a":
        k += step
    return k if 0 <= k < n and not links[k] else None


def name_static(m: Message, version: int = NAME_EXTRAS_VERSION) -> list[list[str]]:
    """Each token's label-independent name features (those of a model of name_extras `version`)."""
    words = m.words
    n = len(words)
    seps = [lay[2] for lay in m.layouts]
    links = [_link(w.w) for w in words]
    bos = [i == 0 or seps[i] == "nl" or seps[i][:1] in ".!?" for i in range(n)]
    where: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        if w.w[:1] != "<":
            where.setdefault(w.w, []).append(i)
    out = []
    for i, w in enumerate(words):
        feats = ["nb=" + ("1" if bos[i] else "0") + w.case + w.flags]
        others = [j for j in where.get(w.w, ()) if j != i]
        if others:
            how = "".join(sorted({"l" if words[j].case in ("l", "") else "B" if bos[j] else "C" for j in others}))
            feats += ["rp=" + how, "rpg=" + how + w.flags]
        for step, tag in ((1, "+"), (-1, "-")):
            k = _partner(words, seps, links, i, step)
            if k is not None:
                p = words[k]
                feats += ["cj" + tag + "=" + p.flags + p.case, "cjs" + tag + "=" + p.short.lower(), "cjw" + tag + "=" + p.w]
        for d in (1, 2, 3):
            if i + d < n and _small_number(words[i + d]):
                feats += ["ag=" + str(d), "agg=" + str(d) + w.flags]
                break
        poss = _POSS.fullmatch(w.raw) if ("'" in w.raw or "’" in w.raw) else None
        if poss:
            stem = fold(poss.group(1))
            feats += ["ps", "psg=" + "".join(code for bit, code in _FLAG_CODES if gazetteer().flags(stem) & bit)]
        if i > 2:
            p3 = words[i - 3]
            feats.append("w-3=" + p3.w)
            if "k-1" in p3.left1:
                feats.append("k-3")
            if "v-1" in p3.left1:
                feats.append("v-3")
        if i + 3 < n:
            feats.append("w+3=" + words[i + 3].w)
        feats.append("ln=" + str(min(len(w.w), 9)) + w.case)
        if version < 2:
            out.append(feats)
            continue
        # version 2: the clause's subject, an apposition with a role word, how the rules read partners
        opens = bos[i] or seps[i] in (",", ";", ":") or (i > 0 and links[i - 1] == "c")
        if i + 1 < n and words[i + 1].w in _AFTER_SUBJECT and seps[i + 1] == " ":
            feats += ["sv=" + ("1" if opens else "0") + w.case + w.flags, "svw=" + ("1" if opens else "0") + words[i + 1].w]
        for d in (1, 2, 3):
            if i + d < n and "k-1" in words[i + d].left1:
                feats += ["k+" + str(d), "k+g=" + str(d) + w.flags + w.case]
                break
        for step, tag in ((1, "+"), (-1, "-")):
            k = _partner(words, seps, links, i, step)
            if k is not None:
                feats.append("cjr" + tag + "=" + m.layouts[k][0] + words[k].case)
        if others:
            ruled = "".join(sorted({m.layouts[j][0] for j in others}))
            feats += ["rpr=" + ruled, "rprc=" + ruled + w.case + ("1" if bos[i] else "0")]
        out.append(feats)
    return out


def name_history(prev1: str, sep: str, before_link: str, link: str, seen: str) -> list[str]:
    """Name extras that depend on the labels given: the previous label with the punctuation
    between, the label of the last word before the conjunctions/articles just passed (and which),
    and how the same word was read before in the message (N as a NAME, O otherwise, - not seen)."""
    feats = ["nys=" + prev1 + sep, "seen=" + seen]
    if link:
        feats.append("nyl=" + before_link + "|" + link)
    return feats


class _NameState:
    """What name_history reads of the labels given so far in a message."""
    __slots__ = ("labels", "links", "seen")

    def __init__(self) -> None:
        self.labels: list[str] = []
        self.links: list[str] = []
        self.seen: dict[str, str] = {}

    def history(self, folded: str, sep: str) -> tuple[str, str, str, str, str]:
        j = len(self.labels) - 1
        link = ""
        while j >= 0 and self.links[j] and len(link) < 3:
            link = self.links[j] + link
            j -= 1
        before = self.labels[j] if j >= 0 else "<s>"
        prev1 = self.labels[-1] if self.labels else "<s>"
        return prev1, sep, before if link else "", link, self.seen.get(folded, "-")

    def add(self, folded: str, label: str) -> None:
        self.labels.append(label)
        self.links.append(_link(folded))
        if folded[:1] != "<" and self.seen.get(folded) != "N":
            self.seen[folded] = "N" if label == "NAME" else "O"


# --------------------------------------------------------------------------- model
_PAIRS: dict[tuple[int, float], tuple[int, float]] = {}
_VECTORS: dict[tuple, tuple] = {}


def _shared(raw: dict) -> dict[str, tuple[tuple[int, float], ...]]:
    """The weights as tuples of (label, weight) pairs, each distinct pair and each distinct tuple of
    pairs held once (weights are rounded to 3 decimals, so most repeat), and each feature's name
    shared with the other models': three models in about half the memory of their plain dicts."""
    pairs_of, vectors = _PAIRS.setdefault, _VECTORS.setdefault
    out = {}
    while raw:  # emptied as it is read: the file's reading and the model are not both held whole
        feat, pairs = raw.popitem()
        vec = tuple(pairs_of(pair, pair) for pair in ((int(j), float(v)) for j, v in pairs))
        out[sys.intern(str(feat))] = vectors(vec, vec)
    return out


class Tagger:
    def __init__(self, weights: dict[str, tuple[tuple[int, float], ...]], thresholds: dict[str, float], meta: dict):
        self.weights = weights
        self.thresholds = thresholds
        self.meta = meta
        self.extras = meta.get("extras", 0)
        self.name_extras = meta.get("name_extras", 0)
        self._cache: dict[tuple, list[float]] = {}

    @classmethod
    def load(cls, path: Path) -> "Tagger":
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                data = json.load(f)
        except FileNotFoundError as exc:
            raise ModelError(f"redaction tagger model not found: {path} (run scripts/train_redaction_tagger.py)") from exc
        except (OSError, EOFError, ValueError, UnicodeDecodeError) as exc:
            raise ModelError(f"redaction tagger model unreadable: {path}: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ModelError(f"{path} is not a redaction tagger model")
        if data.get("features") != FEATURES_VERSION or tuple(data.get("labels", ())) != LABELS \
                or data.get("extras", 0) not in (0, EXTRAS_VERSION) \
                or data.get("name_extras", 0) not in range(NAME_EXTRAS_VERSION + 1):
            raise ModelError(f"{path} was trained for other features or labels; retrain it "
                             f"(scripts/train_redaction_tagger.py)")
        raw = data.get("weights")
        if not isinstance(raw, dict) or len(raw) < 1000:
            raise ModelError(f"{path} holds no usable weights")
        try:
            weights = _shared(raw)
            thresholds = {str(k): float(v) for k, v in data.get("thresholds", {}).items()}
        except (TypeError, ValueError) as exc:
            raise ModelError(f"{path}: malformed weights: {exc}") from exc
        meta = {k: v for k, v in data.items() if k != "weights"}
        return cls(weights, thresholds, meta)

    def scores(self, feats) -> list[float]:
        s = [0.0] * len(LABELS)
        get = self.weights.get
        for f in feats:
            pairs = get(f)
            if pairs:
                for j, v in pairs:
                    s[j] += v
        return s

    def _cached(self, key: tuple, features) -> list[float]:
        """Summed weights of a group of features, cached by what determines them."""
        vec = self._cache.get(key)
        if vec is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            vec = self._cache[key] = self.scores(features())
        return vec

    def tag(self, text: str, rule_spans, message: Message | None = None) -> list[tuple[int, int, str]]:
        """(start, end, label) spans the tagger finds, labels from LABELS. message: read(text, rule_spans)
        when the caller has it already (two models read a message once)."""
        m = message or read(text, rule_spans)
        words, n, neutral = m.words, len(m.toks), m.neutral
        zero = [0.0] * len(LABELS)
        cached = self._cached
        own = [cached((0, w.raw, neutral), lambda w=w: w.own) for w in words]
        left1 = [cached((1, w.raw, neutral), lambda w=w: w.left1) for w in words]
        left2 = [cached((2, w.raw, neutral), lambda w=w: w.left2) for w in words]
        right1 = [cached((3, w.raw, neutral), lambda w=w: w.right1) for w in words]
        right2 = [cached((4, w.raw, neutral), lambda w=w: w.right2) for w in words]
        layout = [cached((5, lay), lambda lay=lay: _layout_features(lay)) for lay in m.layouts]
        get = self.weights.get
        labels, margins = [], []
        prev1 = prev2 = "<s>"
        if self.extras:
            kinds, extra = extra_static(m)
            extra = [cached((7, *x), lambda x=x: x) for x in extra]  # summed once per distinct window
            since = None
        if self.name_extras:
            named = [self.scores(x) for x in name_static(m, self.name_extras)]  # seldom the same twice: not cached
            state = _NameState()
        for i in range(n):
            hist = cached((6, prev1, prev2), lambda: _history(prev1, prev2))  # noqa: B023 (called at once)
            s = [a + b + c + d + e + f + g for a, b, c, d, e, f, g in zip(
                own[i], left1[i - 1] if i > 0 else zero, left2[i - 2] if i > 1 else zero,
                right1[i + 1] if i + 1 < n else zero, right2[i + 2] if i + 2 < n else zero, layout[i], hist)]
            feats = _pairs(words, i) + ["y-1w=" + prev1 + "|" + words[i].w]
            if self.extras:
                since = None if since is None else since + 1
                sep, kind = m.layouts[i][2], kinds[i]
                dyn = cached((8, prev1, sep, kind, _bucket(since)),
                             lambda: extra_history(prev1, sep, kind, since))  # noqa: B023 (called at once)
                s = [a + b + c for a, b, c in zip(s, extra[i], dyn)]
            if self.name_extras:
                key = state.history(words[i].w, m.layouts[i][2])
                dyn = cached((10, *key), lambda: name_history(*key))  # noqa: B023 (called at once)
                s = [a + b + c for a, b, c in zip(s, named[i], dyn)]
            for feat in feats:
                pairs = get(feat)
                if pairs:
                    for j, v in pairs:
                        s[j] += v
            best = max(range(len(LABELS)), key=s.__getitem__)
            if best and PLACEHOLDER.fullmatch(text, m.toks[i].start - 1, m.toks[i].end + 1):
                best = 0  # a placeholder of an earlier redaction
            labels.append(LABELS[best])
            margins.append(s[best] - s[0])
            prev2, prev1 = prev1, LABELS[best]
            if self.extras and best == _ADDRESS:
                since = 0
            if self.name_extras:
                state.add(words[i].w, LABELS[best])
        return self._spans(m.toks, labels, margins, rule_spans, words)

    def _spans(self, toks: list[Token], labels: list[str], margins: list[float], rule_spans,
               words: list[_Word] | None = None) -> list[tuple[int, int, str]]:
        """Runs of one label whose largest margin over "O" reaches the label's threshold. A model may
        record two more per label (the name model does): LABEL_EDGE, the margin a word at either end
        of a run needs to stay in it ("[Ana] de Honduras", not "[Ana de] Honduras"), and LABEL_WORD,
        the threshold of a run of everyday words in lower case ("my boss is nice")."""
        spans = []
        i = 0
        while i < len(toks):
            label = labels[i]
            if label == "O":
                i += 1
                continue
            j = end = i
            while j + 1 < len(toks) and labels[j + 1] == label:
                j += 1
            end = j
            edge = self.thresholds.get(label + "_EDGE")
            if edge is not None:
                while i < j and margins[i] < edge:
                    i += 1
                while j > i and margins[j] < edge:
                    j -= 1
            threshold = self.thresholds.get(label, 0.0)
            everyday = self.thresholds.get(label + "_WORD")
            if everyday is not None and words is not None \
                    and all(words[k].case == "l" and "c" in words[k].flags for k in range(i, j + 1)):
                threshold = everyday
            if max(margins[i:j + 1]) >= threshold:
                spans.append((_edge(toks[i], rule_spans, True), _edge(toks[j], rule_spans, False), label))
            i = end + 1
        return spans


def _edge(tok: Token, rule_spans, start: bool) -> int:
    """Where a tagger span begins (or ends) in its first (last) token: at the token's edge,
    unless a rule span lies inside the token, whose edge is kept ('whatsapp:+52...' stays
    'whatsapp:[PHONE]', as the rules have it)."""
    for s, e, _ in rule_spans:
        if s < tok.end and tok.start < e:
            return max(s, tok.start) if start else min(e, tok.end)
    return tok.start if start else tok.end


def load(path: Path | None = None) -> Tagger:
    """The model at path, HOTLINE_REDACTION_MODEL or the shipped one; ModelError if unusable."""
    return Tagger.load(Path(path or PrivacySettings().redaction_model or DEFAULT_MODEL))


def load_name(path: Path | None = None) -> Tagger:
    """The name model at path, HOTLINE_REDACTION_NAME_MODEL or the shipped one; ModelError if
    unusable or not trained for NAME."""
    path = Path(path or PrivacySettings().redaction_name_model or NAME_MODEL)
    model = Tagger.load(path)
    if "NAME" not in (model.meta.get("used_for") or ()) or len(model.meta.get("used_for")) != 1:
        raise ModelError(f"{path} is not a name tagger model (used_for: {model.meta.get('used_for')})")
    return model


def load_address(path: Path | None = None) -> Tagger:
    """The address model at path, HOTLINE_REDACTION_ADDRESS_MODEL or the shipped one; ModelError if
    unusable or not trained for ADDRESS."""
    path = Path(path or PrivacySettings().redaction_address_model or ADDRESS_MODEL)
    model = Tagger.load(path)
    if "ADDRESS" not in (model.meta.get("used_for") or ()):
        raise ModelError(f"{path} is not an address tagger model (used_for: {model.meta.get('used_for')})")
    return model
