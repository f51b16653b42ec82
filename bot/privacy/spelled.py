"""Phone numbers and e-mail addresses written in words ("cinco cinco cinco uno dos...",
"cincuenta y cinco doce treinta y cuatro", "maria punto lopez arroba gmail punto com").

Number words of es, en, fr, pt and ht count as digits (a unit one, a ten two, a hundred
three); a run of number words and digits that adds up to seven digits or more is a phone
number, like a run of digits. Runs with "mil", "thousand", "mille" are amounts, not numbers.
"""
from __future__ import annotations

import re

from bot.privacy.gazetteer import fold

_UNITS = """
cero uno una dos tres cuatro cinco seis siete ocho nueve
zero one two three four five six seven eight nine oh
zéro deux trois quatre cinq sept huit neuf
um uma dois duas três quatro cinco meia sete oito nove
zewo youn twa kat senk sis sèt set uit wit nèf nef
""".split()
_TENS = """
diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos
veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve treinta cuarenta cincuenta
sesenta setenta ochenta noventa
ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
sixty seventy eighty ninety
dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt trente quarante cinquante
soixante soixante-dix quatre-vingt quatre-vingts quatre-vingt-dix
dez doze treze catorze dezesseis dezessete dezoito dezenove vinte trinta quarenta cinquenta sessenta
oitenta noventa
dis onz douz trez katoz kenz sez dizuit dizuit disnef diznef ven trant karant senkant swasant swasanndis
katreven katrevendis
""".split()
_HUNDREDS = """
cien ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos
hundred cent cents cem cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos
novecentos
""".split()
# Words that are numbers only between other numbers ("de" is two in Kreyòl, "un" is one).
_WEAK = {"un": 1, "une": 1, "en": 1, "de": 1, "o": 1, "san": 3, "six": 1, "set": 1}
_REPEAT = {"double": 2, "doble": 2, "triple": 3, "triplo": 3}
_AMOUNT = {"mil", "thousand", "mille", "milhao", "millon", "million", "millones", "milhoes", "milyon"}
_JOIN = {"y", "and", "e", "et", "ak"}
# Words for the dash inside a number said aloud ("cinco guion nueve", "traço zero dois", "tirè de"): no digit,
# but the run goes on when a number follows.
_DASH = {"guion", "traco", "tiret", "dash", "hyphen", "tire"}
_END = re.compile(r"[ \t]*(?:$|[,.;:!?\n)])")

_DIGITS: dict[str, int] = {}
for _w in _UNITS:
    _DIGITS[fold(_w)] = 1
for _w in _TENS:
    _DIGITS[fold(_w)] = 2
for _w in _HUNDREDS:
    _DIGITS[fold(_w)] = 3

_PIECE = re.compile(r"\d+|[^\W\d_]+(?:-[^\W\d_]+)*")
_GAP = re.compile(r"[ \t,.\-–/]*")


def _value(word: str) -> int:
    """How many digits a word or digit group stands for (0: not a number)."""
    if word.isdigit():
        return len(word)
    f = fold(word)
    if f in _DIGITS:
        return _DIGITS[f]
    if "-" in f and all(p in _DIGITS for p in f.split("-")):  # twenty-five, vingt-deux
        return 2
    return 0


def spelled_number_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of runs of number words (and digits) adding up to 7+ digits."""
    pieces = []
    pos = 0
    while True:
        m = _PIECE.search(text, pos)
        if not m:
            break
        pieces.append(m)
        pos = m.end()
    spans = []
    i = 0
    while i < len(pieces):
        run, j = _run(text, pieces, i)
        if run:
            spans.append(run)
        i = max(j, i + 1)  # a run is never re-read from its middle
    return spans


def _run(text: str, pieces, i: int):
    digits = words = 0
    last_tens = last_hundred = False
    first = last = None
    j = i
    while j < len(pieces):
        m = pieces[j]
        if j > i and not _GAP.fullmatch(text, pieces[j - 1].end(), m.start()):
            break
        w = m.group()
        f = fold(w)
        if f in _AMOUNT:
            return None, j + 1
        n = _value(w)
        if not n and f in _REPEAT and j + 1 < len(pieces):
            nxt = _value(pieces[j + 1].group())
            if nxt == 1:
                digits += _REPEAT[f] - 1  # "double five": the five counts once more
                j += 1
                continue
        if not n and f in _DASH and first is not None and j + 1 < len(pieces) and _value(pieces[j + 1].group()):
            j += 1  # "tres cinco guion nueve": the dash word joins the groups
            continue
        if not n and f in _JOIN and last_hundred and j + 1 < len(pieces) and _value(pieces[j + 1].group()) in (1, 2):
            j += 1  # "cento e vinte e três": a hundred and what follows it
            last_hundred = False
            continue
        if not n and f in _JOIN and last_tens and j + 1 < len(pieces) and _value(pieces[j + 1].group()) == 1:
            j += 2  # "treinta y cinco": still two digits
            last = pieces[j - 1]
            continue
        weak = False
        if not n and f in _WEAK and first is not None and (
                j + 1 < len(pieces) and (_value(pieces[j + 1].group()) or fold(pieces[j + 1].group()) in _WEAK)
                and _GAP.fullmatch(text, m.end(), pieces[j + 1].start())
                or digits >= 6 and last is not None and not last.group().isdigit() and _END.match(text, m.end())):
            n = _WEAK[f]  # "huit, trois trois un, moi": a weak word ends a number said digit by digit
            weak = True
        if not n:
            break
        if n == 3 and j + 1 < len(pieces) and _value(pieces[j + 1].group()) in (1, 2):
            pass  # "quinientos cincuenta": the hundred's three digits include what follows
        digits += n
        words += not w.isdigit() and not weak
        last_tens = n == 2
        last_hundred = n == 3 and not w.isdigit()
        if first is None:
            first = m
        last = m
        j += 1
    if first is None or digits < 7 or words == 0:
        return None, j
    return (first.start(), last.end()), j


# ------------------------------------------------------------------------------ e-mail
_DOT = r"(?:\s*\.\s*|\s*[\(\[\{]\s*(?:dot|punto|point|ponto|pwen)\s*[\)\]\}]\s*|\s+(?:dot|punto|point|ponto|pwen)\s+)"
_AT = (r"(?:\s*@\s*|\s*[\(\[\{]\s*(?:at|arroba|arobase|arobas|aroba|arobaz|arrobas)\s*[\)\]\}]\s*"
       r"|\s+(?:arroba|arobase|arobas|aroba|arobaz|arrobas)\s+|\s+at\s+(?=(?:gmail|hotmail|yahoo|outlook|live|icloud|aol|proton|protonmail|ymail|msn|uol|bol|terra|gmx)\b))")
_TLD = r"(?:com|net|org|edu|gov|info|io|me|mx|br|co|fr|ht|ca|us|es|hn|gt|sv|ni|cr|pa|ve|pe|ec|cl|ar|bo|py|uy|do|cu)"
_PROVIDER = r"(?:gmail|hotmail|yahoo|outlook|live|icloud|aol|proton|protonmail|ymail|msn|uol|bol|terra|gmx)"
_LOCAL = rf"[\w+\-]+(?:(?:{_DOT}|_)[\w+\-]+)*"
SPELLED_EMAIL = re.compile(
    rf"(?<![\w@]){_LOCAL}{_AT}(?:{_PROVIDER}(?:{_DOT}{_TLD})*|[\w\-]+(?:{_DOT}[\w\-]+)*?{_DOT}{_TLD})(?![\w])",
    re.IGNORECASE,
)
# "juanperez gmail punto com" (no at-word)
BARE_PROVIDER_EMAIL = re.compile(rf"(?<![\w@])[\w.+\-]*\d?[\w+\-]+\s+(?:en\s+|on\s+|no\s+)?{_PROVIDER}{_DOT}{_TLD}(?!\w)",
                                 re.IGNORECASE)
# "mi gmail es pedrito.ramos", "my hotmail: dani_m94": the provider named before the user name
# alone, which has a dot, an underscore or a digit (a user name, not a word)
PROVIDER_THEN_USER = re.compile(
    rf"(?<![\w@]){_PROVIDER}(?:\s+(?:es|is|e|é|c'?est|se|eh|:)|\s*:)?\s+(?P<user>[a-z][\w\-]*(?:[._][\w\-]+)+|[a-z]+\d+[\w\-]*|[a-z]+_[\w\-]+)(?![\w@])",
    re.IGNORECASE,
)
