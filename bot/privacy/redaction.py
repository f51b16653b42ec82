"""Redaction of identifying details in free text, before anything is stored or logged.

Pure module (standard library only, no Rasa, no FastAPI). Two detectors, joined:

- the rules (rules.py, names.py, locations.py, spelled.py): patterns, a gazetteer of
  names and context cues; they are the floor: whatever they find is always redacted;
- a learned token tagger (tagger.py, model data/tagger.json.gz trained on the team's
  corpus bench/data/redaction_train.jsonl): it adds what the rules miss (names without
  a cue or outside the gazetteer, addresses in regional styles, handles) and extends
  the rules' spans to the whole name or address; a second model of the same kind
  (data/tagger_address.json.gz, trained with more hand-written address-rich messages and
  features for the extent of an address) adds its ADDRESS spans only, and a third
  (data/tagger_name.json.gz, trained with more hand-written name-rich messages and features
  for names) adds its NAME spans only, above a margin that keeps the NLU examples as they were.

Where a tagger span overlaps or touches a rule span, the rule span grows to cover it and
keeps its label; two rule spans are never joined. Labels:
[NAME], [PHONE], [EMAIL], [ID], [ADDRESS], [URL], [HANDLE].

The taggers' models are loaded when this module is imported: a missing or corrupt model
raises tagger.ModelError, so nothing that redacts can start without it. The gazetteer is
loaded at the first call. bench/redaction.py measures recall, words kept and speed.

The ``lang`` argument is accepted for callers but every language's rules always run,
because people switch language mid-message and a message's detected language is often
wrong.
"""
from __future__ import annotations

import re

from bot.privacy import tagger as _tagger
from bot.privacy.gazetteer import COMMON, GIVEN, fold, gazetteer
from bot.privacy.extent import owned_places
from bot.privacy.names import FAITH, extend_names, repeated_names
from bot.privacy.towns import is_town
from bot.privacy.rules import Span, grow, phone_label, rule_spans

TAGGER = _tagger.load()
ADDRESS_TAGGER = _tagger.load_address()
NAME_TAGGER = _tagger.load_name()
# Labels the tagger may add to the rules' (chosen on bench/data/redaction_dev2.jsonl).
TAGGER_LABELS = frozenset({"NAME", "ADDRESS", "HANDLE", "ID", "PHONE", "EMAIL"})
# Words of faith that are no one's given name or title ("maria", "jesus", "señor" are).
_DIVINE = FAITH - {"maria", "jesus", "cristo", "senor", "senhor"}
# Two people, not one name: "[Ana] y [Luz]", "[Kevin], [Yuli]" stay two placeholders with the word between.
_BETWEEN_TWO = re.compile(r"[ \t]*(?:,|(?i:y|e|and|et|ak|ou|o|or))[ \t]*|[ \t]*,[ \t]*(?i:y|e|and|et|ak)[ \t]+")
_POSSESSIVE = re.compile(r"['’]s(?!\w)")
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?i:el|la|los|las|o|a|os|as|le|les|the)[ \t]+$")


def _union(text: str, rules: list[Span], extra: list[Span]) -> list[Span]:
    """The rules' spans, extended by the tagger's where they touch, plus the tagger's spans
    that touch none. Spans of different labels are never joined ("[PHONE] ([EMAIL])" keeps
    both); two of one label inside one tagger span become one. A piece of the tagger's span
    with no letter or digit is dropped."""
    spans = [list(span) for span in sorted(rules)]
    added: list[Span] = []
    for s, e, label in extra:
        for piece_s, piece_e in _outside(s, e, spans):
            if not any(c.isalnum() for c in text[piece_s:piece_e]):
                continue
            if label == "NAME" and _BETWEEN_TWO.fullmatch(text, piece_s, piece_e) \
                    and any(r[1] == piece_s for r in spans) and any(r[0] == piece_e for r in spans):
                continue  # "[Kevin] y [Yuli]": the word between two names found is no name
            if label == "NAME" and _POSSESSIVE.match(text, piece_s):
                continue  # "[jessica]'s boss": what the name owns is not the name
            touching = next((r for r in spans if r[0] == piece_e or r[1] == piece_s), None)
            if touching is None:
                added.append((piece_s, piece_e, label))
            else:
                touching[0], touching[1] = min(touching[0], piece_s), max(touching[1], piece_e)
    merged: list[Span] = []
    for span in sorted([tuple(span) for span in spans] + added):
        last = merged[-1] if merged else None
        if last and last[2] == span[2] and any(s <= last[1] and span[0] <= e for s, e, _ in extra) \
                and not (span[2] == "NAME" and _BETWEEN_TWO.fullmatch(text, last[1], span[0])):
            merged[-1] = (last[0], span[1], span[2])  # one address the tagger read as one: one placeholder
        else:
            merged.append(span)
    return merged


def _outside(s: int, e: int, spans: list[list]) -> list[tuple[int, int]]:
    """The parts of [s, e) that no span covers."""
    pieces = [(s, e)]
    for rs, re_, _ in spans:
        pieces = [p for ps, pe in pieces for p in ((ps, min(pe, rs)), (max(ps, re_), pe)) if p[0] < p[1]]
    return pieces


def _plausible(text: str, span: Span) -> bool:
    """What the tagger adds must have the shape of its kind: a name, an address or a handle
    has letters; a run of digits is left to the rules' judgement of numbers (help lines,
    amounts, dates and short numbers stay)."""
    s, e, label = span
    chunk = text[s:e]
    if label == "NAME" and fold(re.split(r"['’\s]", chunk, 1)[0]) in _DIVINE:
        return False  # "God's love", "Dios y la Virgen": words of faith are no one's name
    if label == "NAME" and sum(c.isalpha() for c in chunk) < 2:
        return False  # "la visa T": a letter alone is no one's name (an initial goes with the name the rules find)
    if label == "NAME" and is_town(chunk) and not any(gazetteer().flags(fold(w)) & GIVEN for w in chunk.split()):
        return False  # "Denver", "Nova Jersey": a town the tagger read as a name
    if label == "NAME" and chunk.islower() and chunk.isalpha() and gazetteer().flags(fold(chunk)) & COMMON \
            and _ARTICLE_BEFORE.search(text, max(0, s - 8), s):
        return False  # "la niña tiene 8 años", "el chico": an everyday word after an article, in lower case
    if label == "ADDRESS" and is_town(chunk):
        return False  # "im in sacramento": a town alone is no one's address
    if label in ("NAME", "ADDRESS") and "," in chunk and all(is_town(piece) for piece in chunk.split(",")):
        return False  # "Georgetown, Guyana": a town and its country
    if any(c.isalpha() for c in chunk):
        return True
    return label in ("PHONE", "ID") and phone_label(text, s, e) is not None


# A preposition and its article ('en la', 'in the'), not Kreyòl's article after the noun ('legliz batis la', 'kay jòn nan').
_DANGLING = re.compile(r"[ \t,]+(?i:en|de|del|in|of|na|no|em|à|au|on|at|du|des)(?:[ \t]+(?i:la|el|los|las|the|le|les|l['’]|o|a|os|as))?$")


def _without_dangling_links(text: str, span: Span) -> Span:
    """'... la cantina la gloria [en la] frontera': a tagger span does not end on linking words."""
    s, e, label = span
    m = _DANGLING.search(text, s, e)
    return (s, m.start(), label) if m and label == "ADDRESS" else span


def _tagged(text: str, rules: list[Span]) -> list[Span]:
    """The taggers' spans: ADDRESS where either the first or the address tagger reads one (the address
    tagger carries a long description further, the first one keeps what it was measured with), joined
    where they overlap; the first tagger's HANDLE, ID, PHONE and EMAIL outside them; NAME where either
    the first or the name tagger reads one, joined where they overlap, outside all of those. The
    message is read once for the three."""
    message = _tagger.read(text, rules)
    first = TAGGER.tag(text, rules, message)
    places: list[Span] = []
    for s, e, label in sorted([span for span in ADDRESS_TAGGER.tag(text, rules, message) if span[2] == "ADDRESS"]
                              + [span for span in first if span[2] == "ADDRESS"]):
        if places and s <= places[-1][1]:
            places[-1] = (places[-1][0], max(places[-1][1], e), label)
        else:
            places.append((s, e, label))
    out = list(places)
    names = [span for span in NAME_TAGGER.tag(text, rules, message) if span[2] == "NAME"]
    names += [span for span in first if span[2] == "NAME"]
    joined: list[Span] = []
    for s, e, label in sorted(names):
        if joined and s < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], e), label)
        else:
            joined.append((s, e, label))
    for s, e, label in [span for span in first if span[2] not in ("ADDRESS", "NAME")]:
        out += [(piece_s, piece_e, label) for piece_s, piece_e in _outside(s, e, places)]
    taken = [list(span) for span in out]
    for s, e, label in joined:
        out += [(piece_s, piece_e, label) for piece_s, piece_e in _outside(s, e, taken)]
    return sorted(out)


# Words between a place word and its name that name nothing themselves ("the [old] road", "gran wout").
_OF = frozenset("de del of do da dos das du des".split())
_ARTICLES = frozenset("la el los las the le les l' do da dos das del du des o a os as".split())
_SAINTS = frozenset("san santa santo sao saint sainte st ste sen sent".split())
# Words that are followed by a place's own name as a street or area word is ('villa bosques del sur', 'route
# de montabo', 'intersection masson et ...'), which tagger.place_kind does not count as street words.
_NAMED_BY_NEXT = frozenset("villa vila village section route intersection praca crique".split())
_AND = frozenset("y e and et ak".split())
_GENERIC = frozenset("gran grand grande big main principal old vieja viejo nueva nuevo new small little petit ti".split())


def _names_place(text: str, s: int, e: int) -> bool:
    """Whether the words of [s, e) name a place, not only describe one: a number ('88', '#3', 'km 14'), a
    capital not after a full stop ('behind the Shell'), a given name that is no everyday word ('borracharia
    do tião'), a town that is no everyday word, a saint's name ('santa rosa'), two streets ('fondren and
    pine'), a street or area word next to a word of its own ('cedar lane', 'calle hidalgo', 'setor sol
    nascente', 'rua das palmeiras', 'colonia nueva esperanza'), a direction and a name ('s zarzamora'),
    'on' and a name closing it ('the church on elm'), or a place word with an article and its name
    ('rancho las palomas'). 'the storage room behind the restaurant', 'el
    cuarto de atrás del taller', 'le cabanon', 'anba pyebwa' describe where someone is and name nothing."""
    toks = _tagger.tokens(text)
    idx = [i for i, t in enumerate(toks) if s <= t.start and t.end <= e]
    if not idx:
        return False
    first, last = idx[0], idx[-1]
    folded = [fold(t.word) for t in toks]
    kinds = [_tagger.place_kind(f) if first - 1 <= i <= last + 1 else "" for i, f in enumerate(folded)]
    neutral = _tagger._neutral(toks)
    flags_of = gazetteer().flags

    def own_word(j: int) -> bool:  # a word that can be a place's own name
        return first <= j <= last and kinds[j] in ("", "T", "J") and toks[j].word.isalpha() \
            and folded[j] not in _ARTICLES and folded[j] not in _OF and folded[j] not in _GENERIC

    for i in idx:
        word, f = toks[i].word, folded[i]
        kind = "A" if f in _NAMED_BY_NEXT else kinds[i]
        if any(c.isdigit() for c in word) or "#" in word:
            return True
        if word[:1].isupper() and not neutral and i and not re.search(r"[.!?\n]", text[toks[i - 1].end:toks[i].start]):
            return True
        flags = flags_of(f) if word.isalpha() else 0
        if flags & GIVEN and not flags & COMMON:
            return True
        if kind == "T" and _uncommon_town(word, flags):
            return True
        if f in _SAINTS and i < last and own_word(i + 1):
            return True
        if own_word(i) and i + 2 <= last and folded[i + 1] in _AND and own_word(i + 2) \
                and not (flags & COMMON and flags_of(folded[i + 2]) & COMMON):
            return True  # two streets: 'fondren and pine'
        if kind in ("S", "A"):
            j = i
            while j + 1 < last and folded[j + 1] in _GENERIC:  # 'colonia nueva esperanza'
                j += 1
            if own_word(i - 1) or own_word(j + 1) \
                    or j + 2 <= last and folded[j + 1] in _OF and own_word(j + 2) \
                    or j + 3 <= last and folded[j + 1] in _OF and folded[j + 2] in _ARTICLES and own_word(j + 3):
                return True
        if (kind == "D" or f in ("n", "s", "w", "nw", "sw")) and own_word(i + 1):
            return True  # 's zarzamora', 'north bridger'
        if f in ("on", "sur") and i + 1 == last and own_word(last):
            return True  # 'the church on elm'
        if kind and kind in "SALHR" and i + 2 <= last and folded[i + 1] in _ARTICLES and folded[i + 1] not in _OF \
                and own_word(i + 2):
            return True  # 'rancho las palomas'
    return False


def _uncommon_town(word: str, flags: int) -> bool:
    """A town's name that is no everyday word (`flags`: the gazetteer's for the folded word)."""
    return len(fold(word)) > 3 and not flags & COMMON and is_town(word)


def _names_town(text: str) -> bool:
    """Whether the message names a town that is no everyday word ('..., la case en tôle bleue, cayenne')."""
    return any(_uncommon_town(tok.word, gazetteer().flags(fold(tok.word))) for tok in _tagger.tokens(text))


def _named_places(text: str, rules: list[Span], extra: list[Span]) -> list[Span]:
    """A taggers' address that only describes where someone is ('im in the storage room behind the
    restaurant', 'chui dans la réserve derrière le resto') is no address, unless the message names a
    place: the rules found an address, it names a town, or one of the taggers' addresses names it ('the trailer behind
    2210 walnut st' keeps its description). One touching a rule's span stays as the rules have it."""
    places = [span for span in extra if span[2] == "ADDRESS"]
    if not places or any(label == "ADDRESS" for _, _, label in rules):
        return extra
    if any(_names_place(text, s, e) for s, e, _ in places) or _names_town(text):
        return extra
    return [span for span in extra if span[2] != "ADDRESS"
            or any(rs <= span[1] and span[0] <= re_ for rs, re_, _ in rules)]


def redact_spans(text: str, lang: str | None = None) -> list[Span]:
    """Non-overlapping (start, end, label) spans of identifying details, in text order."""
    rules = rule_spans(text)
    if not text or text.isspace():
        return rules
    extra = [_without_dangling_links(text, span) for span in _tagged(text, rules) if span[2] in TAGGER_LABELS]
    extra = [span for span in extra if span[1] > span[0] and _plausible(text, span)]
    extra = _named_places(text, rules, extra)
    spans = grow(text, _union(text, rules, extra)) if extra else rules
    spans = extend_names(text, spans)
    again = repeated_names(text, spans)
    if again is not spans:
        spans = extend_names(text, again)  # "[Precious] ... [Precious] Adeyemi": the name said again, whole
    return _whole_codes(text, _without_town_after_address(text, _with_owned_places(text, spans)))


_CODE_LEFT = re.compile(r"(?:[A-Za-z0-9]+[-/])+$")
_CODE_RIGHT = re.compile(r"(?:[-/][A-Za-z0-9]+)+")


def _whole_codes(text: str, spans: list[Span]) -> list[Span]:
    """'V-[26.418.903]', '[19-000342]-TVRH', 'ETH-AD-[19-04471]': a number found inside a code joined by hyphens
    goes with the whole code, as an [ID] (a case number, a Venezuelan cédula, a humanitarian visitor's card)."""
    out = []
    for s, e, label in spans:
        if label in ("ID", "PHONE"):
            left = _CODE_LEFT.search(text, max(0, s - 24), s)
            right = _CODE_RIGHT.match(text, e)
            ns = left.start() if left and (left.start() == 0 or not text[left.start() - 1].isalnum()) else s
            ne = right.end() if right and (right.end() == len(text) or not text[right.end()].isalnum()) else e
            if (ns, ne) != (s, e) and not any(os < ne and ns < oe for os, oe, _ in out):
                s, e, label = ns, ne, "ID"
        out.append((s, e, label))
    return out


def _with_owned_places(text: str, spans: list[Span]) -> list[Span]:
    """'la tiendita de [NAME] en [ADDRESS]' -> one [ADDRESS] (extent.owned_places), over names and
    addresses only."""
    for ps, pe in owned_places(text, spans):
        inside = [sp for sp in spans if sp[0] < pe and sp[1] > ps]
        if any(sp[2] not in ("NAME", "ADDRESS") for sp in inside):
            continue
        s = min([ps] + [sp[0] for sp in inside])
        e = max([pe] + [sp[1] for sp in inside])
        spans = sorted([sp for sp in spans if sp not in inside] + [(s, e, "ADDRESS")])
    return spans


_TOWN_SEP = re.compile(r"[ \t]+")
_TOWN_END = re.compile(r"(?:[ \t]+[A-Z]{2})?(?:[ \t]+\d{5})?[ \t]*(?:$|[.,;:!?\n])")


def _without_town_after_address(text: str, spans: list[Span]) -> list[Span]:
    """'4567 s congress ave #210 Austin': a town right after an address, closing it, is where it
    is, not a person, though its name is a given name too ('..., Austin es mi hermano' stays a name)."""
    out: list[Span] = []
    for span in spans:
        s, e, label = span
        if label == "NAME" and out and out[-1][2] == "ADDRESS" and _TOWN_SEP.fullmatch(text, out[-1][1], s) \
                and _TOWN_END.match(text, e) and is_town(text[s:e]):
            continue
        out.append(span)
    return out


def redact(text: str, lang: str | None = None) -> str:
    """The text with every identifying detail replaced by its placeholder ([PHONE], [NAME], ...)."""
    if not text:
        return text
    out = []
    last = 0
    for start, end, label in redact_spans(text, lang):
        out.append(text[last:start])
        out.append(f"[{label}]")
        last = end
    out.append(text[last:])
    return "".join(out)


def contains_identifier(text: str, lang: str | None = None) -> bool:
    """Whether redact() would change anything."""
    return bool(text) and bool(redact_spans(text, lang))
