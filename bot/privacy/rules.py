"""The rules of redaction (redaction.py joins them with the learned tagger of tagger.py).

Pure module (standard library only, no Rasa, no FastAPI). Every pattern is compiled once
at import; the name gazetteer (data/names.tsv.gz, 1.2 MB in memory) is loaded at the
first call.

What is replaced, by typed placeholders:

- ``[PHONE]``   phone numbers: international (+52 1 55 ..., 00 52 ...), local with
  spaces, dashes, dots or parentheses, WhatsApp style (whatsapp:+52...), digits
  written one group at a time ("5 5 1 2 3 4 ...").
- ``[EMAIL]``   e-mail addresses.
- ``[ID]``      identity documents, by their own shape (CURP, RFC, CPF, RUT, RG,
  SSN, NIE, Spanish DNI, Haitian NIF/CIN, passport-like "G12345678", USCIS receipts,
  16+ digit card/account numbers) and after a keyword ("mi pasaporte es ...",
  "passport number ...", "meu RG é ...", "numéro de passeport : ...").
- ``[URL]``     links that carry a token: query string, fragment, credentials, a
  long or token-like path, any path on a link shortener or chat-invite host.
  Bare domains and short plain paths ("www.gob.mx", "gob.mx/comar") stay.
- ``[ADDRESS]`` street addresses with a house number (type-first "Calle 5 de Mayo
  123", "Rua das Flores, 45", "rue Saint-Denis 1200"; number-first "123 Main St",
  "12 rue de la Paix"), "Manzana 5 Lote 12", P.O. boxes and postal codes. Place
  names alone ("Tapachula", "Guatemala") stay.
- ``[NAME]``    people's names, from a gazetteer of given names and surnames of the
  Americas, word shape and context cues (names.py; "me llamo ...", "soy juan", "Im Sarah
  Connor", "mi hermana Carmen Ruiz", a bare "Carlos Mendoza"). Places, organisations,
  "Rosa" as a colour and words that are names only sometimes ("will", "may") stay.
- ``[HANDLE]``  @handles and handles after ig / insta / face / tiktok / snap.
- Also written the way people type (locations.py, spelled.py): lower-case streets,
  cross streets, neighbourhoods, landmarks with a name, rooms and coordinates
  (``[ADDRESS]``); profile and map links (``[URL]``); phone numbers in words and
  digits ("cinco cinco cinco 12 34", ``[PHONE]``); e-mails in words ("arroba ...
  punto com", ``[EMAIL]``); a document number cut inside a word takes the whole word.

Left as written on purpose: ages, money (with a currency sign or word), times,
dates, years and year ranges, durations, numbers under seven digits (which covers
emergency numbers 911/190/123/105/114 and SMS short codes), and toll-free help-line
numbers (1-888-373-7888, 800 ..., 0800 ...), which belong to services, not people.

Bias: when a digit run could be a phone number or something harmless, it is
redacted; a lost amount costs less than a leaked number. The ``lang`` argument is
accepted for callers but every language's rules always run, because people switch
language mid-message and a message's detected language is often wrong.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot.privacy.extent import LOCATOR, address_spans, grow_address, grow_document, without_town
from bot.privacy.gazetteer import COMMON, WORD, fold, gazetteer
from bot.privacy.locations import location_spans
from bot.privacy.names import name_spans
from bot.privacy.spelled import BARE_PROVIDER_EMAIL, PROVIDER_THEN_USER, SPELLED_EMAIL, spelled_number_spans

Span = tuple[int, int, str]

PHONE, EMAIL, ID, URL, ADDRESS, NAME, HANDLE = "PHONE", "EMAIL", "ID", "URL", "ADDRESS", "NAME", "HANDLE"

_UP = "A-ZÀ-ÖØ-Þ"  # upper-case letters, Latin-1 range (enough for es/en/fr/pt/ht)
_SP = r"[ \t\u00a0]"  # horizontal space: a phone number or a name never spans lines


# --------------------------------------------------------------------------- e-mail
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")

# --------------------------------------------------------------------------- URL
_URL = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"']+"
    r"|(?<![\w@.\-/])(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/[^\s<>\"']*"
)
_URL_TRAILING = ".,;:!?)]}'\"¿¡"
_SHORTENERS = frozenset(
    "bit.ly t.co tinyurl.com goo.gl forms.gle wa.me t.me m.me chat.whatsapp.com "
    "cutt.ly ow.ly is.gd rb.gy shorturl.at tiny.cc maps.app.goo.gl".split()
)
# Any path on these hosts is a person's profile or an exact place.
_PROFILE_HOSTS = frozenset(
    "facebook.com m.facebook.com fb.com fb.me instagram.com instagr.am tiktok.com vm.tiktok.com twitter.com x.com "
    "linkedin.com youtube.com youtu.be snapchat.com threads.net vk.com telegram.me onlyfans.com kwai.com "
    "pinterest.com reddit.com discord.gg discord.com tumblr.com twitch.tv".split()
)
# Any path on these hosts is one exact place (a plus code, a shared location).
_PLACE_HOSTS = frozenset("plus.codes waze.com ul.waze.com maps.apple.com maps.app.goo.gl what3words.com w3w.co".split())
_COORDS_IN_URL = re.compile(r"-?\d{1,3}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}|[?&](?:q|ll|query|center|destination)=[^&#]+")
_TOKENISH = re.compile(r"\d{6,}|(?=[A-Za-z_-]*\d)(?=\d*[A-Za-z])[A-Za-z0-9_-]{10,}")


def _url_carries_token(url: str) -> bool:
    parts = urlsplit(url if "://" in url else "http://" + url)
    if parts.query or parts.fragment or "@" in parts.netloc:
        return True
    path = parts.path.strip("/")
    if not path:
        return False
    host = parts.netloc.lower().removeprefix("www.")
    if host in _PROFILE_HOSTS or host in _PLACE_HOSTS or "maps" in host.split(".") or path.startswith("maps") and _COORDS_IN_URL.search(url):
        return True
    return host in _SHORTENERS or len(path) > 40 or bool(_TOKENISH.search(path))


# --------------------------------------------------------------------------- documents by shape
_ID_SHAPES = re.compile(
    r"(?<![\w.-])(?:"
    r"(?i:[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d)"  # CURP
    r"|[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}"  # RFC (Mexico)
    r"|\d{3}\.\d{3}\.\d{3}-?\d{2}|\d{9}-\d{2}"  # CPF (Brazil)
    r"|\d{1,2}\.\d{3}\.\d{3}-[\dkKxX]|\d{7,8}-[\dkK]"  # RUT/RUN (Chile), RG (Brazil)
    r"|\d{3}-\d{2}-\d{4}"  # SSN (US)
    r"|\d{3}-\d{3}-\d{3}-\d"  # NIF (Haiti)
    r"|\d{2}-\d{2}-\d{2}-\d{4}-\d{2}-\d{5}"  # CIN (Haiti)
    r"|[XYZ]-?\d{7}-?[A-Z]|\d{8}-?[A-Z]"  # NIE, DNI (Spain)
    r"|[A-Z]{3}\d{10}"  # USCIS receipt number
    r"|[A-Z]{1,2}-?\d{6,9}"  # passports, A-numbers
    r")(?![\w-])"
)

# --------------------------------------------------------------------------- documents by keyword
# Short acronyms are matched in capitals only ("sin" is Spanish for "without").
_ID_WORDS = (
    r"(?i:pasaportes?|passports?|passeports?|passaportes?|paspò|paspo"
    r"|c[ée]dula(?:\s+de\s+(?:identidad|ciudadan[ií]a|extranjer[ií]a))?"
    r"|carn[eé]t?(?:\s+de\s+identidad)?|tarjeta\s+de\s+identidad|documento(?:\s+de\s+identidad)?"
    r"|documento\s+[uú]nico|credencial(?:\s+de\s+elector|\s+del?\s+INE)?|matr[ií]cula(?:\s+consular)?"
    r"|identidad|identidade|identit[ée]|carte\s+d['’]identit[ée]|carteira\s+de\s+identidade"
    r"|kat\s+idantite|kat\s+idantifikasyon|id\s+card|identity\s+card|national\s+id"
    r"|social\s+security(?:\s+number)?|social\s+insurance(?:\s+number)?"
    r"|num[ée]ro\s+d['’]assurance\s+sociale|seguro\s+social|t[ií]tulo\s+de\s+eleitor"
    r"|licencia(?:\s+de\s+conducir)?|driver['’]?s?\s+licen[cs]e|permis\s+de\s+conduire"
    r"|alien\s+(?:registration\s+)?number|n[uú]mero\s+de\s+extranjero|permiso\s+de\s+(?:trabajo|residencia))"
    r"|CURP|RFC|CPF|RG|DNI|DPI|DUI|CUI|INE|RUT|RUN|NIE|NIF|NIT|CIN|NIN|NAS|SSN|SIN|ITIN|CNH|CTPS"
    r"|RNE|RNM|CRNM|PEP|PPT|TVRF|TMF|CI|ID|C\.I\.?|I\.D\.?|A[- ]?(?i:number)|A-?#"
    # twelfth round: the acronyms no everyday word spells, in lower case as typed ("rg MG-14.562.873", "meu cpf é"),
    # and a refugee protocol's number ("meu protocolo de refúgio é 08505.045123/2023-77")
    r"|(?i:rg|cpf|curp|rfc|dpi|dni|nie|rut|ctps|cnh|rne|crnm|itin|ssn)"
    r"|(?i:protocolo(?:\s+de\s+(?:ref[úu]gio|refugio|solicita[çc][ãa]o))?|n[uú]mero\s+de\s+expediente|expediente"
    r"|case\s+number|receipt\s+number|num[ée]ro\s+de\s+dossier"
    # thirteenth round: a file's number in French and Kreyòl ("nimewo dosye m nan se 2024-HT-0073"), a work card's
    r"|dossier|dosye|carteira\s+de\s+trabalho|carteira\s+de\s+trabalho\s+e\s+previd[êe]ncia)"
)
_ID_JOIN = (
    r"(?i:n[º°o]\.?|nro\.?|num\.?|numbers?|n[uú]mero|num[ée]ro|nimewo|is|es|é|e|est|se|of|de|da|do"
    r"|del|la|el|mi|my|meu|minha|mon|ma|mwen|m|nan|it['’]s|c['’]est)"
)
_ID_KEYWORD = re.compile(
    rf"(?<!\w)(?:{_ID_WORDS})(?![\w])(?:{_SP}*(?:[:#=]|{_ID_JOIN}(?!\w)))*{_SP}*[:#=]?{_SP}*"
    rf"(?P<val>(?:[A-Za-z]{{1,6}}[ -]?)?\d[\dA-Za-z.-]*(?:{_SP}(?:(?i:s[ée]ries?){_SP}\d[\dA-Za-z.-]*|\d[\d.-]*)){{0,3}})"
)

# --------------------------------------------------------------------------- phones
_PHONE_SEP = rf"(?:{_SP}{{1,2}}[.\-–]?{_SP}?|[.\-–]{_SP}?|{_SP}?\){_SP}?|{_SP}?\()?"
_PHONE = re.compile(
    rf"(?<![\d_@/=&#$€£%])(?:\+{_SP}?)?\(?\+?\d(?:{_PHONE_SEP}\d)*(?:{_SP}?\))?"
)
_HEX_TOKEN = re.compile(r"(?=[\d-]*[A-Fa-f])[\dA-Fa-f-]{16,}")
_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}([./-])\d{1,2}\2\d{1,2}")
_YEARS = re.compile(r"(?:(?:19|20)\d\d[\s\-–]*)+")
_TOLL_FREE = re.compile(r"18(?:00|33|44|55|66|77|88)\d{7}|(?:52|01)?800\d{7}|0800\d{6,8}|(?:57)?0?18000\d{6}")
_CURRENCY_BEFORE = re.compile(
    r"(?:[$€£¢]|R\$|US\$|RD\$|S/\.?|Bs\.?|(?<![A-Za-z])(?:Q|L|G|C)\.?|(?i:usd|mxn|brl|htg|cad|cop|gtq|hnl))\s*$"
)
_CURRENCY_AFTER = re.compile(
    r"\s*(?:[$€£%]|(?i:(?:de\s+)?(?:pesos?|d[oó]lar(?:es)?|dollars?|bucks|reais|real|reales|quetzal(?:es)?"
    r"|lempiras?|colones|c[oó]rdobas|gourdes?|goud|dola|euros?|soles|bol[ií]vares|balboas|usd|mxn"
    r"|brl|htg|cad|cop|dls|mil|mille|millones|mill[oó]n|millions?|milh(?:ões|oes|ão|ao)|k))(?!\w))"
)


def _is_cpf(digits: str) -> bool:
    """Brazilian CPF check digits (so an unformatted CPF is labelled [ID], not [PHONE])."""
    if len(digits) != 11 or digits == digits[0] * 11:
        return False
    for n in (9, 10):
        total = sum(int(d) * w for d, w in zip(digits[:n], range(n + 1, 1, -1)))
        if (total * 10) % 11 % 10 != int(digits[n]):
            return False
    return True


def _is_amount(text: str, start: int, end: int) -> bool:
    return bool(_CURRENCY_BEFORE.search(text, max(0, start - 5), start) or _CURRENCY_AFTER.match(text, end))


def _in_hex_token(text: str, start: int, end: int) -> bool:
    """Whether the digits sit inside a hash, key or UUID (as in log lines), not a typed number."""
    while start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in "-_"):
        end += 1
    return bool(_HEX_TOKEN.fullmatch(text, start, end))


def phone_label(text: str, start: int, end: int) -> str | None:
    """PHONE, ID (long or CPF-checked numbers) or None (amounts, dates, help lines, short numbers)."""
    raw = text[start:end]
    digits = "".join(c for c in raw if c.isdigit())
    if len(digits) < 7 or _is_amount(text, start, end) or _in_hex_token(text, start, end):
        return None
    if all(_DATE.fullmatch(part) or _YEARS.fullmatch(part) for part in raw.split()):
        return None
    if len(digits) > 15:
        return ID  # card, account or case number
    if _TOLL_FREE.fullmatch(digits.removeprefix("00")):
        return None
    if _is_cpf(digits) and not raw.lstrip().startswith(("+", "(")):
        return ID
    return PHONE


# --------------------------------------------------------------------------- addresses
# Word shapes are disjoint (a linking word is lower case, a name word capitalised) and the
# loops over them possessive, so a long run of words can't make the regex backtrack.
_UPWORD = rf"[{_UP}][\w'’]*+\.?"
_CAPWORD = rf"(?:[dl]['’])?{_UPWORD}"
_CONN = r"(?:de|del|la|las|los|el|da|das|do|dos|des|du|le|les|y|e|of|the)(?!\w)"
_HOUSE = (
    rf"(?:(?:#|(?i:n[º°o]\.?|no\.|n[uú]m\.?|n[uú]mero|nro\.?|nimewo)){_SP}*)?"
    rf"\d{{1,5}}(?:[ -]?[A-Za-z](?!\w))?(?:{_SP}?-{_SP}?\d{{1,4}})?"
    r"|(?i:s/n|sin\s+n[uú]mero|sem\s+n[uú]mero)"
)
_UNIT = (
    rf"(?:,?{_SP}*(?i:int\.?|interior|depto\.?|dpto\.?|departamento|apto\.?|apt\.?|apartamento|apartment"
    rf"|unit|suite|ste\.?|casa|bloco|piso|andar|#){_SP}*[A-Za-z]?\d{{1,4}}[A-Za-z]?)?"
)
_STREET_FIRST = (
    r"(?i:calle|c/|cl\.|cll\.?|avenida|avda\.?|av\.?|ave\.?|boulevard|bulevar|blvd\.?|calzada|calz\.?"
    r"|callej[oó]n|privada|priv\.|carretera|carr\.|camino|paseo|pasaje|andador|cerrada|circuito"
    r"|prolongaci[oó]n|prol\.|diagonal|transversal|carrera|cra\.?|kr\.?|rua|r\.|travessa|tv\.|alameda"
    r"|estrada|rodovia|pra[çc]a|largo|beco|ladeira|viela|rue|avenue|bd\.?|chemin|impasse|all[ée]e"
    r"|place|route|ruelle|rang|quai|mont[ée]e|ri|avni|wout)"
)
_STREET_AFTER = (
    r"(?i:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|ter|terrace"
    r"|pkwy|parkway|hwy|highway|cir|circle|sq|square)"
)
_NUMBER_FIRST_FR = (
    r"(?i:rue|avenue|av\.|boulevard|bd|chemin|impasse|all[ée]e|place|route|ruelle|rang|quai"
    r"|mont[ée]e|ri|avni|wout)"
)
_ADDRESS = re.compile(
    rf"(?<![\w.])(?:"
    # Calle 5 de Mayo 123 / Rua das Flores, 45 / rue Saint-Denis 1200 / Av. Insurgentes Sur 1602
    rf"{_STREET_FIRST}{_SP}+(?:(?:{_CONN}|\d{{1,4}}){_SP}+)*+{_UPWORD}"
    rf"(?:[ \t-]+(?:{_CONN}|{_CAPWORD}))*+,?{_SP}*(?:{_HOUSE}){_UNIT}"
    # Carrera 7 # 45-10 / Calle 45 No. 12-34
    rf"|{_STREET_FIRST}{_SP}+\d{{1,4}}[A-Za-z]?{_SP}*(?:#|(?i:n[º°o]\.?|no\.|nro\.?)){_SP}*\d{{1,4}}(?:{_SP}?-{_SP}?\d{{1,4}})?"
    # 123 Main St / 45 Elm Street, Apt 3B
    rf"|\d{{1,6}}[A-Za-z]?{_SP}+(?:(?:{_UPWORD}|\d+(?i:st|nd|rd|th)){_SP}+){{1,4}}{_STREET_AFTER}(?!\w)\.?{_UNIT}"
    # 12 rue de la Paix / 1200, rue Saint-Denis
    rf"|\d{{1,5}}(?:{_SP}?(?i:bis|ter))?,?{_SP}+{_NUMBER_FIRST_FR}{_SP}+(?:{_CONN}{_SP}+)*+{_CAPWORD}"
    rf"(?:[ \t-]+(?:{_CONN}{_SP}+)*+{_CAPWORD})*+"
    # Brasília's sector codes: SQN 308 bloco C, QNM 12 conjunto B casa 5, SHCES quadra 1305, csb 3 lote 8
    # (a number after the code, or "quadra": "ESTA CASA" in capitals is no code)
    rf"|(?:[SQCE][A-Z]{{1,4}}|(?i:sq[nsbw]|sh[a-z]{{1,3}}|q[nrsleio][a-z]?|c[sln][a-z]{{0,2}}|eq[a-z]{{1,3}}))"
    rf"(?:{_SP}+\d{{1,4}}[A-Za-z]?(?={_SP}*,?{_SP}+(?i:quadra|qd\.?|bloco|bl\.?|conjunto|conj\.?|cj\.?|casa|lote|lt\.?"
    rf"|ap\.?|apto\.?|apartamento|loja)(?!\w))|(?={_SP}+(?i:quadra|qd\.?){_SP}*\d))"
    # Manzana 5 Lote 12
    rf"|(?i:manzana|mz\.?){_SP}*\d{{1,4}}[A-Za-z]?,?{_SP}*(?i:lote|lt\.?){_SP}*\d{{1,4}}"
    # P.O. Box 123 / Apartado postal 123 / Caixa postal 123
    rf"|(?i:p\.?\s?o\.?\s?box|apartado(?:\s+postal)?|caixa\s+postal|bo[iî]te\s+postale){_SP}*\d{{1,6}}"
    # postal codes: C.P. 06700, CEP 01310-100, ZIP 10001, H2X 1Y4
    rf"|(?i:c\.\s?p\.|cp|c[oó]digo\s+postal|cep|zip(?:\s+code)?|code\s+postal|postal\s+code){_SP}*:?{_SP}*\d{{4,5}}(?:-\d{{3,4}})?"
    rf"|[A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z]{_SP}?\d[A-CEGHJ-NPR-TV-Z]\d"
    rf")(?!\w)"
)

# --------------------------------------------------------------------------- assembly
def _url_spans(text: str) -> list[Span]:
    spans = []
    for m in _URL.finditer(text):
        url = m.group().rstrip(_URL_TRAILING)
        if _url_carries_token(url):
            spans.append((m.start(), m.start() + len(url), URL))
    return spans


def _regex_spans(pattern: re.Pattern[str], label: str):
    def find(text: str) -> list[Span]:
        return [(m.start(), m.end(), label) for m in pattern.finditer(text)]

    return find


def _keyword_id_spans(text: str) -> list[Span]:
    spans = []
    for m in _ID_KEYWORD.finditer(text):
        value = m.group("val").rstrip(".-")
        start = m.start("val")
        end = start + len(value)
        digits = sum(c.isdigit() for c in value)
        if digits >= 5 or (digits >= 4 and any(c.isalpha() for c in value)):
            if not _is_amount(text, start, end):
                spans.append((start, end, ID))
    return spans


# A vehicle's plate after its word: "placas KZT 284", "placa QPH-2J81", "a placa da caminhonete é RTX4F21",
# "la plaque du char c'est F42 KLM", "plak AA-45821". A plate names its owner as well as a document does.
_PLATE = re.compile(
    rf"(?<!\w)(?i:placas?|plates?|license{_SP}+plates?|licen[cs]e{_SP}+(?:plate{_SP}+)?(?:number|no\.?|#)"
    rf"|plaques?(?:{_SP}+d['’]immatriculation)?|immatriculation|plak|matr[ií]cula{_SP}+(?:do|del)?{_SP}*(?:carro|veh[ií]culo|ve[ií]culo))"
    rf"(?!\w)(?:{_SP}+(?:[^\W\d_]+{_SP}+){{0,3}}?(?:(?i:de|da|do|du|del|es|é|e|est|is|was|era|fue|foi|ye|c['’]est|se|number|n[º°o]\.?)(?!\w)))*"
    rf"{_SP}*[:#]?{_SP}*(?P<val>[A-Z0-9]{{1,4}}(?:[ -]?[A-Z0-9]{{1,4}}){{0,2}})(?![\w-])"
)


def _plate_spans(text: str) -> list[Span]:
    spans = []
    for m in _PLATE.finditer(text):
        value = m.group("val")
        alnum = [c for c in value if c.isalnum()]
        digits = sum(c.isdigit() for c in alnum)
        if 5 <= len(alnum) <= 8 and digits >= 2 and len(alnum) > digits:
            spans.append((m.start("val"), m.end("val"), ID))
    return spans


def _phone_spans(text: str) -> list[Span]:
    spans = []
    for m in _PHONE.finditer(text):
        start, end = m.span()
        if text[start] == "(" and ")" not in text[start:end]:
            start += 1
        if text[end - 1] == ")" and "(" not in text[start:end]:
            end -= 1
        label = phone_label(text, start, end)
        if label:
            spans.append((start, end, label))
    return spans


# Tokens mixing letters and digits, as documents are ("GMVLMR80070501M100"); not hex
# hashes or UUIDs of log lines.
_MIXED_ID = re.compile(r"(?<![\w-])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])(?=(?:[A-Za-z]*\d){4})(?=(?:\d*[A-Za-z]){2})[A-Za-z0-9]{8,24}(?![\w+-])")
_HEXISH = re.compile(r"[0-9a-f]+|[0-9A-F]+")
# Words glued before a phone number that are not part of it ("tel5551234567").
_PHONE_PREFIX = re.compile(r"(?i:tel|telf|tlf|cel|cell|movil|whatsapp|wa|wsp|zap|fone|num|no|nro|phone|ph)")

# Social handles: "@maria_lopez92", "ig: maria.lopez", "mi face es maria lopez".
_SOCIAL = (
    r"(?:instagram|insta|ig|facebook|face|fb|tiktok|tik\s+tok|tt|twitter|snapchat|snap|sc|telegram|tg|kwai|threads"
    r"|discord|onlyfans|username|user\s*name|usuario(?:\s+de\s+\w+)?|utilisateur|usu[aá]rio|itilizatè"
    r"|cash\s*app|venmo|zelle|paypal|nequi|yape|chave\s+pix|pix|signal|messenger)"
)
_HANDLE_AT = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])")
# "$DestinyR99": a dollar sign before letters is a Cash App tag, never an amount.
_CASHTAG = re.compile(r"(?<![\w$])\$[A-Za-z][A-Za-z0-9_-]{1,19}(?![\w$])")
_HANDLE_SAID = re.compile(
    rf"(?<!\w)(?i:{_SOCIAL})(?:\s*(?:[:=]|(?i:es|is|est|é|e|se|de|da|do|mi|my|mon|ma|meu|minha|mwen|m|como|as|comme|kom|k[oò]m"
    rf"|c['’]?est|it['’]?s|li|l|yo|nou|his|her|their|su|sa|son|dele|dela|o|a|eh|account|cuenta|conta|compte|kont|handle"
    rf"|sale\s+como|aparezco\s+como|me\s+encuentras\s+como|find\s+me\s+as|busca(?:me)?|search)(?!\w)))+\s*"
    rf"(?P<val>(?!(?i:{_SOCIAL})(?!\w))@?[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?![\w@])(?:\s+[A-ZÀ-Þa-zà-ÿ][\w.]*){{0,2}})"
)
# "add me on snap dezzy.rr": with no "is" or ":" between, only a value shaped like a handle.
_HANDLE_NEXT = re.compile(
    rf"(?<!\w)(?i:{_SOCIAL}|cash\s*app|venmo|zelle|paypal|nequi|yape|pix)\s+(?i:me\s+)?"
    r"(?P<val>@?(?=[A-Za-z0-9_.]*[\d_.])[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])"
)

# Letters only after a platform word, decorated as handles are: "snap xxdavidxx", "ig lunaxx".
_HANDLE_DECORATED = re.compile(rf"(?<!\w)(?i:{_SOCIAL})\s+(?P<val>(?i:xx[a-z]{{3,}}|[a-z]{{3,}}xx))(?![\w@.-])")


# A Pix key of the random kind (a UUID) after the word "pix"; other Pix keys are phones,
# e-mails or CPFs, which their own detectors take.
_PIX_KEY = re.compile(r"(?i:pix)(?![\w])[^\n]{0,30}?(?P<val>(?<![\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
                      r"-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-]))")


def _handle_spans(text: str) -> list[Span]:
    spans = [(m.start(), m.end(), HANDLE) for m in _HANDLE_AT.finditer(text)]
    spans += [(m.start("val"), m.end("val"), HANDLE) for m in _PIX_KEY.finditer(text)]
    spans += [(m.start(), m.end(), HANDLE) for m in _CASHTAG.finditer(text)]
    spans += [(m.start("val"), m.end("val"), HANDLE) for m in _HANDLE_NEXT.finditer(text)
              if not _HEXISH.fullmatch(m.group("val").lstrip("@"))]
    spans += [(m.start("val"), m.end("val"), HANDLE) for m in _HANDLE_DECORATED.finditer(text)]
    for m in _HANDLE_SAID.finditer(text):
        value = m.group("val")
        first = value.split()[0]
        handleish = any(c.isdigit() or c in "_.@-" for c in first)
        names = name_spans(text[m.start("val"):m.end("val")])
        if handleish:
            spans.append((m.start("val"), m.start("val") + len(first), HANDLE))
        elif names and names[0][0] == 0:
            spans.append((m.start("val"), m.start("val") + names[0][1], HANDLE))
        elif len(value.split()) == 1 and len(first) >= 4 and not first.isalpha() \
                or (first.islower() or first.isupper()) and len(first) >= 6 \
                and _looks_like_handle(first):
            spans.append((m.start("val"), m.start("val") + len(first), HANDLE))
    return spans


def _looks_like_handle(word: str) -> bool:
    """A lower-case run like 'marialopez' is a handle; an ordinary word ('ayuda') is not."""
    return not gazetteer().flags(fold(word)) & WORD and not re.fullmatch(r"(?i:[aeiou]|y|[^\W\d_]{1,5})", word)


# Spelled e-mails need an at-word or a provider's name: most messages have neither.
_EMAIL_HINT = re.compile(r"(?i:@|arrob|arob|\bat\b|gmail|hotmail|yahoo|outlook|live|icloud|aol|proton|ymail|msn|uol|bol"
                         r"|terra|gmx)")


def _spelled_email_spans(text: str) -> list[Span]:
    if not _EMAIL_HINT.search(text):
        return []
    spans = [(m.start(), m.end(), EMAIL) for m in SPELLED_EMAIL.finditer(text)]
    spans += [(m.start(), m.end(), EMAIL) for m in BARE_PROVIDER_EMAIL.finditer(text)]
    spans += [(m.start("user"), m.end("user"), EMAIL) for m in PROVIDER_THEN_USER.finditer(text)]
    return spans


def _in_handle(text: str, start: int, end: int) -> bool:
    """Whether a token is a piece of a handle, e-mail or link ('@yupanqui.uicab1977')."""
    return bool(start and text[start - 1] in "@._/" and start > 1 and text[start - 2].isalnum()
                or end < len(text) - 1 and text[end] in "@._/" and text[end + 1].isalnum())


def _mixed_id_spans(text: str) -> list[Span]:
    spans = []
    for m in _MIXED_ID.finditer(text):
        if _in_handle(text, m.start(), m.end()):
            continue
        glued = re.fullmatch(r"([A-Za-z]+)\d+", m.group())
        if glued and _PHONE_PREFIX.fullmatch(glued.group(1)):
            continue  # "tel5551234567": the phone detector leaves "tel"
        if not _HEXISH.fullmatch(m.group()) and not _in_hex_token(text, m.start(), m.end()):
            spans.append((m.start(), m.end(), ID))
    return spans


# Codes of letters and digits, whatever document they are (plates "KJX 5521", "YKT-55-12";
# series "UCI 5551-2093"; "F555128-3"): capitals and at least four digits, in one token or
# two joined by a space or a dash. Not amounts, years, postal codes, or a word before a number.
_CODE = re.compile(
    r"(?<![\w-])(?:[A-Z]{1,4}(?:[ -]|(?=\d))\d[\d-]*\d|\d[\d-]*\d-?[A-Z]{2,3}"
    r"|(?=[A-Za-z\d]*\d)(?=[A-Za-z\d]*[A-Za-z])[A-Za-z\d]+(?:-[A-Za-z\d]+)+)(?![\w-])"
)
_NOT_CODE = frozenset("cp cep zip km mm cm kg am pm no nro num tel cel fax wa usd mxn brl htg cad cop gtq hnl us rd "
                      "covid sars mp hd fm ip pin sms id".split())


def _code_spans(text: str) -> list[Span]:
    spans = []
    for m in _CODE.finditer(text):
        code = m.group()
        if _in_handle(text, m.start(), m.end()):
            continue
        if sum(c.isdigit() for c in code) < 4 or _HEXISH.fullmatch(code.replace("-", "")):
            continue
        letters = re.findall(r"[A-Za-z]+", code)
        if any(fold(w) in _NOT_CODE or len(w) > 1 and gazetteer().flags(fold(w)) & (WORD | COMMON)
               or len(w) == 4 and sum(c in "AEIOUaeiou" for c in w) > 1 for w in letters):
            continue  # "CP 06700", "PAGO 5000": a word before a number ("DUPM 8555" is a series)
        groups = re.findall(r"\d+", code)
        if all(_YEARS.fullmatch(g) for g in groups) or _is_amount(text, m.start(), m.end()):
            continue
        spans.append((m.start(), m.end(), ID))
    return spans


def _location_spans(text: str) -> list[Span]:
    return [(s, e, ADDRESS) for s, e in _merge(location_spans(text) + address_spans(text))]


def _spelled_phone_spans(text: str) -> list[Span]:
    spans = []
    for s, e in spelled_number_spans(text):
        before = text[max(0, s - 40):s]
        label = ID if _ID_BEFORE.search(before) else PHONE
        spans.append((s, e, label))
    return spans


_ID_BEFORE = re.compile(rf"(?<!\w)(?:{_ID_WORDS})(?!\w)[^.\n]{{0,25}}$")


# A title or form of address just before a name goes with it ("don Beto", "Mrs. Smith", "msye Jozèf"):
# with the name gone, "don" says nothing, and a reader may count it as part of the name.
_TITLE_BEFORE = re.compile(
    r"(?<!\w)(?i:don|do[ñn]a|se[ñn]or(?:a|ita)?|sr|sra|srta|lic|licenciad[oa]|ing|ingenier[oa]|dr|dra|doctor|doctora"
    r"|profe|profesor(?:a)?|mr|mrs|ms|miss|mister|monsieur|madame|mademoiselle|mme|mlle|seu|senhor(?:a)?|msye|madan"
    r"|manz[eè]|pastor|past[eè]|mesye)\.?[ \t]+$"
    r"|(?<!\w)(?:Brother|Sister|Hermano|Hermana|Irmão|Irmã|Father|Pasteur|Pastè|M\.|m\.)[ \t]+$"
)


def _names(text: str) -> list[Span]:
    spans = []
    for s, e in name_spans(text):
        title = _TITLE_BEFORE.search(text, max(0, s - 16), s)
        spans.append((title.start() if title else s, e, NAME))
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _whole_token(text: str, span: Span) -> Span:
    """A document or phone number cut inside a word takes the whole word: no letters left."""
    start, end, label = span
    s, e = start, end
    while s and text[s - 1].isalnum():
        s -= 1
    while e < len(text) and text[e].isalnum():
        e += 1
    if (s, e) == (start, end):
        return span
    if label == PHONE and e == end and _PHONE_PREFIX.fullmatch(text, s, start):
        return span
    return (s, e, ID if label in (ID, PHONE) else label)


# Earlier detectors win where spans overlap.
_DETECTORS = (
    _url_spans,
    _regex_spans(_EMAIL, EMAIL),
    _spelled_email_spans,
    _regex_spans(_ID_SHAPES, ID),
    _keyword_id_spans,
    _plate_spans,
    _mixed_id_spans,
    _code_spans,
    _regex_spans(_ADDRESS, ADDRESS),
    _location_spans,
    _phone_spans,
    _spelled_phone_spans,
    _handle_spans,
    _names,
)


def rule_spans(text: str) -> list[Span]:
    """Non-overlapping (start, end, label) spans the rules find, in text order."""
    taken: list[Span] = []
    for detect in _DETECTORS:
        for span in detect(text):
            if span[2] in (ID, PHONE):
                span = _whole_token(text, span)
            hit = [t for t in taken if not (span[1] <= t[0] or span[0] >= t[1])]
            if not hit:
                taken.append(span)
            elif span[2] == ADDRESS and all(t[2] == ADDRESS for t in hit):
                # "fraccionamiento los olivos [manzana 4 lote 12]": a longer reading of one
                # address takes in the shorter one an earlier detector found
                taken = [t for t in taken if t not in hit]
                taken.append((min(span[0], *(t[0] for t in hit)), max(span[1], *(t[1] for t in hit)), ADDRESS))
    return grow(text, taken)


_ID_ACRONYM = re.compile(_ID_WORDS)


def grow(text: str, spans: list[Span]) -> list[Span]:
    """Each address over its whole locating description and each document over all its
    pieces (extent.py), never into a neighbouring span; in text order."""
    spans = sorted(spans)
    out: list[Span] = []
    i = 0
    while i < len(spans):
        s, e, label = spans[i]
        i += 1
        lo = out[-1][1] if out else 0
        if label == ADDRESS:
            # Links of one address found apart ("hotel Estrela", "quarto 8") become one span.
            hi = next((sp[0] for sp in spans[i:] if sp[2] != ADDRESS), len(text))
            s, e = grow_address(text, s, e, lo, hi)
            while i < len(spans) and spans[i][2] == ADDRESS and spans[i][0] <= _SEP_END.match(text, e).end():
                s, e = grow_address(text, s, max(e, spans[i][1]), lo, hi)
                i += 1
            s = _without_leading_preposition(text, s, e)
            pieces = without_town(text, s, e)
            out += [(ps, pe, ADDRESS) for ps, pe in pieces[:-1]]
            if not pieces:
                continue  # "una fábrica de Corea": no place of one person's
            s, e = pieces[-1]
        elif label == ID or label == PHONE and (_ID_BEFORE.search(text, max(0, s - 40), s) or _a_number(text, s, e)):
            hi = spans[i][0] if i < len(spans) else len(text)
            s2, e2 = grow_document(text, s, e, _ID_ACRONYM)
            s, e, label = max(s2, lo), min(e2, hi), ID
        out.append((s, e, label))
    return out


_A_BEFORE = re.compile(r"(?<![\w'’-])[aA](?:-|[ \t])$")


def _a_number(text: str, s: int, e: int) -> bool:
    """'a-087-654-321', 'a 215 678 432': an alien registration number read as a phone (nine digits after an 'a')."""
    return bool(_A_BEFORE.search(text, max(0, s - 2), s)) and sum(c.isdigit() for c in text[s:e]) == 9


# What may stand between two links of one address: "hotel Estrela, quarto 8, na rua Guaicurus".
_SEP_END = re.compile(r"[ \t]*(?:[,\-–/][ \t]*)?(?:(?i:na|no|em|en|in|on|at|sur|nan|da|do|de|del)[ \t]+)?")
_LEADING_PREPOSITION = re.compile(r"(?i:nan|na|no|em|en|in|at|dans|à|au|aux)[ \t]+")


def _without_leading_preposition(text: str, s: int, e: int) -> int:
    """'nan katye Bèlè' -> 'katye Bèlè' (the tagger sometimes takes the preposition); a locator
    that begins with one ('en face de', 'en la esquina de') stays whole."""
    m = _LEADING_PREPOSITION.match(text, s, e)
    if m and not LOCATOR.match(text, s):
        return m.end()
    return s
