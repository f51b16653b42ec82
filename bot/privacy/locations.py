"""Addresses and exact locations written the way people type them: lower case, without a
house number, as cross streets, neighbourhoods, landmarks, rooms, coordinates.

Complements the shaped addresses in redaction.py ("Calle 5 de Mayo 123"). A street or
neighbourhood word must be followed by a name ("calle hidalgo", "colonia las flores"):
"dormí en la calle 3 noches" and "vivo en la colonia" stay.
"""
from __future__ import annotations

import re

from bot.privacy.gazetteer import COMMON, GIVEN, SURNAME, WORD, fold, gazetteer

_STREET = (
    r"calle|c/|cll?\.?|avenida|avda\.?|av\.?|ave\.?|boulevard|bulevar|blvd\.?|calzada|calz\.?|callej[oó]n|privada"
    r"|priv\.|carretera|carr\.|camino|paseo|pasaje|andador|cerrada|circuito|prolongaci[oó]n|diagonal|transversal"
    r"|carrera|cra\.?|rua|travessa|alameda|estrada|rodovia|pra[çc]a|beco|ladeira|viela|rue|avenue|chemin"
    r"|impasse|all[ée]e|ruelle|boul\.?|ri|avni|wout|street|road|drive|lane|avenida|rang|mont[ée]e|jir[oó]n|jr\."
)
_AREA = (
    r"colonia|col\.|barrio|bo\.|fraccionamiento|fracc?\.|residencial|unidad\s+habitacional|asentamiento|aldea"
    r"|caser[ií]o|cant[oó]n|lotificaci[oó]n|reparto|vereda|ejido|bairro|vila|favela|comunidade|conjunto"
    r"|quartier|cit[ée]|katye|lokalite|neighbou?rhood|subdivision|urbanizaci[oó]n|urb\.|sector|manzana|lote"
)
_LANDMARK = (
    r"iglesia|parroquia|templo|capilla|mercado|escuela|colegio|tienda|abarrotes|gasolinera|farmacia|hotel|motel"
    r"|hostal|posada|pensi[oó]n|restaurante?|bar|cantina|rancho|finca|hacienda|granja|f[aá]brica|maquila|taller"
    r"|bodega|edificio|torre|plaza|parque|panader[ií]a|tortiller[ií]a|oxxo|walmart|soriana|elektra|coppel"
    r"|church|school|store|shop|gas\s+station|market|mall|motel|restaurant|factory|farm|ranch|warehouse|building"
    r"|apartments?|complex|laundromat|car\s+wash|[ée]glise|[ée]cole|march[ée]|magasin|boutique|usine|ferme"
    r"|immeuble|igreja|escola|mercado|loja|posto|f[aá]brica|fazenda|pr[eé]dio|legliz|lekol|mache|boutik"
)
_LOCATOR = (
    r"frente\s+(?:a|al|de)|enfrente\s+(?:de|del)|al\s+lado\s+(?:de|del)|junto\s+(?:a|al)|detr[aá]s\s+(?:de|del)"
    r"|atr[aá]s\s+(?:de|del)|cerca\s+(?:de|del)|a\s+un\s+lado\s+(?:de|del)|a\s+espaldas\s+(?:de|del)"
    r"|across\s+from|next\s+to|behind|in\s+front\s+of|near|by\s+the|[àa]\s+c[ôo]t[ée]\s+(?:de|du|des)"
    r"|en\s+face\s+(?:de|du|des)|derri[èe]re|pr[èe]s\s+(?:de|du|des)|perto\s+(?:de|da|do)|em\s+frente\s+(?:a|ao|à|da|do)"
    r"|ao\s+lado\s+(?:de|da|do)|atr[aá]s\s+(?:de|da|do)|b[oò]\s+kote|devan|d[eè]y[eè]|toupre"
)
_ROOM = r"cuarto|habitaci[oó]n|hab\.|room|rm\.?|chambre|quarto|apto\.?|apt\.?|depto\.?|departamento|apartamento|piso|chanm"
_ART = r"(?:(?:el|la|los|las|del|al|the|le|les|l|du|des|o|a|os|as|da|do|das|dos|lo)\s+|l['’]\s*)?"
_NUM = r"(?:#\s*|n[º°o]\.?\s*|no\.\s*|(?i:n[uú]m(?:ero)?|number|nimewo)\.?\s*)?\d{1,5}(?:[A-Za-z]{1,3}(?!\w))?(?:\s*[-#]\s*\d{1,4})?"
_WORDS = r"[^\W\d_][\w'’.-]*"
# Units after a number that make it a count, not a house or street number.
_COUNT_WORDS = frozenset(
    """noches noche dias dia horas hora anos meses mes semanas semana veces vez cuadras cuadra metros km minutos
    personas pesos dolares nights night days day hours hour years months weeks times blocks meters miles minutes
    people nuits jours heures ans mois semaines fois noites dias horas anos meses semanas vezes quarteiroes
    jou le ane mwa semen fwa""".split()
)
_STOP = frozenset(
    """y e o u and or et ou ak que qui ki con com with avec por para pour for en in na no nan a al au to de del
    da do des du the el la los las le les o os as un una uno um uma y porque because parce pq porq mais pero but
    donde where ou onde kote cuando when quand quando me te se mi my mon ma meu minha mwen m li es is est e se
    estoy estaba vivo vive vivimos moro mora habite live lives rete esta esta ahi aqui alla there here ici la
    isit la""".split()
)

_STREET_RE = re.compile(rf"(?<![\w.])(?:{_STREET})(?!\w)[ \t]*", re.IGNORECASE)
_AREA_RE = re.compile(rf"(?<![\w.])(?:{_AREA})(?!\w)[ \t]*:?[ \t]*", re.IGNORECASE)
_LANDMARK_RE = re.compile(rf"(?<!\w)(?P<loc>(?:{_LOCATOR})\s+{_ART})?(?P<noun>{_LANDMARK})(?!\w)[ \t]*", re.IGNORECASE)
# Places where people are held or work: their names are kept as written, in any case.
_HELD_AT = re.compile(r"(?i:hotel|motel|hostal|posada|pensi[oó]n|rancho|finca|hacienda|granja|bar|cantina|f[aá]brica"
                      r"|maquila|taller|bodega|ranch|farm|factory|warehouse|fazenda|usine|ferme)")
_CROSS_RE = re.compile(
    rf"(?<!\w)(?:esquina\s+(?:con|de|com)|en\s+la\s+esquina\s+de|cruce\s+(?:de|con)|entre\s+(?:la\s+)?(?:calles?\s+)?"
    rf"(?={_WORDS}[ \t]+(?:{_WORDS}[ \t]+){{0,3}}y\s)|corner\s+of|at\s+the\s+corner\s+of|coin\s+(?:de|du|des)"
    rf"|au\s+coin\s+de|kwen)\s+{_ART}",
    re.IGNORECASE,
)
# "on maple street", "at 5th and main": English street names come before the street word.
_STREET_AFTER_RE = re.compile(
    rf"(?<!\w)(?:(?:on|at|in|off|live\s+on|lives\s+on)\s+(?:the\s+)?|\d{{1,6}}[A-Za-z]?\s+)"
    rf"(?P<name>(?:{_WORDS}\s+){{1,3}}?)(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|blvd|boulevard|way|court|ct"
    rf"|place|pl|parkway|pkwy|highway|hwy|terrace|circle)\b\.?",
    re.IGNORECASE,
)
# Chain stores and petrol stations: after a locator ("behind the walmart", "frente al
# oxxo") the store itself points at one place, with or without a name after it.
_CHAIN = (
    r"oxxo|walmart|wal-mart|soriana|elektra|coppel|aurrer[aá]|bodega\s+aurrer[aá]|chedraui|pemex|la\s+comer|pollo\s+campero"
    r"|dollar\s+general|family\s+dollar|dollar\s+tree|7-eleven|seven\s+eleven|7\s+eleven|mcdonald['’]?s|burger\s+king"
    r"|home\s+depot|target|walgreens|cvs|shell|chevron|exxon|circle\s+k|kroger|costco|autozone|waffle\s+house|taco\s+bell"
    r"|h-e-b|heb|piggly\s+wiggly|assa[ií]|atacad[aã]o|carrefour|tim\s+hortons|dollarama|couche-tard|provigo|iga|maxi"
    r"|jean\s+coutu|uniprix|subway|starbucks|popeyes|kfc|little\s+caesars|d1|[eé]xito|farmatodo|despensa\s+familiar"
)
_CHAIN_RE = re.compile(rf"(?<!\w)(?:{_LOCATOR})\s+{_ART}(?:(?:gasolinera|tienda|farmacia|station|store|posto)\s+)?"
                       rf"(?:{_CHAIN})(?!\w)", re.IGNORECASE)
_CHAIN_TAIL = re.compile(rf"[ \t]+(?:on|in|de\s+la|del|de|da|do|sur|on\s+the|by\s+the)[ \t]+(?:(?:{_STREET})[ \t]+)?", re.IGNORECASE)
_ROOM_RE = re.compile(rf"(?<![\w.])(?:{_ROOM})\s*(?:#|n[º°o]\.?|no\.|number|n[uú]mero)?\s*\d{{1,5}}[A-Za-z]?(?!\w)",
                      re.IGNORECASE)
_COORDS = re.compile(
    r"(?<![\w.])[-+]?\d{1,2}\.\d{3,}\s*°?\s*[NSns]?\s*[,;/ ]\s*[-+]?\d{1,3}\.\d{3,}\s*°?\s*[EWOewo]?(?![\w.])"
    r"|(?i:lat(?:itud|itude)?)\s*[:=]?\s*[-+]?\d{1,2}\.\d{3,}[\s,;]+(?i:lon(?:g|gitud|gitude)?|lng)\s*[:=]?\s*[-+]?\d{1,3}\.\d{3,}"
)
# Degrees, minutes and seconds ("14°54'26.5"N 92°15'47.1"W"), hemispheres before decimal degrees
# ("N 14.9071 W 92.2655") and plus codes ("76VV+Q9 Tapachula").
_DMS = r"\d{1,3}\s*°\s*\d{1,2}\s*['′’]\s*(?:\d{1,2}(?:[.,]\d+)?\s*(?:\"|″|”|''|’’)?)?\s*"
_COORDS_OTHER = re.compile(
    rf"(?<![\w.]){_DMS}[NSns][\s,;/]*{_DMS}[EWOewo](?!\w)"
    r"|(?<!\w)[NSns]\s*\d{1,2}\.\d{3,}\s*°?[\s,;/]*[EWOewo]\s*\d{1,3}\.\d{3,}\s*°?(?![\w.])"
    r"|(?<![\w+])[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3}(?![\w+])"
)
_KM = re.compile(r"(?<!\w)(?i:km|kil[oó]metro|kilometer|kilom[eè]tre)\.?\s*\d{1,4}(?:[.,]\d{1,3})?(?!\w)")
_NEXT_WORD = re.compile(rf"[ \t]*(?:(?P<num>{_NUM})|(?P<word>{_WORDS}))")


def _name_word(word: str, linked: bool = False, capitals_only: bool = False) -> bool:
    """A word that can be part of a street, neighbourhood or landmark name: capitalised, or
    in lower case a known name that is no ordinary word ("calle hidalgo"), or an unknown
    word after a linking article ("rua das acácias"; not "moro na rua faz uma semana")."""
    f = fold(word.rstrip("."))
    if f in _STOP:
        return False
    if word[:1].isupper():
        return True
    if capitals_only:
        return False
    flags = gazetteer().flags(f)
    if flags & (GIVEN | SURNAME) and not flags & COMMON:
        return True
    return linked and not flags & WORD


def _name_after(text: str, pos: int, max_words: int = 4, capitals_only: bool = False) -> int | None:
    """End of the proper name (words, linking words, a number) starting at pos, or None."""
    end = None
    words = 0
    links = 0
    while words < max_words + 2:
        m = _NEXT_WORD.match(text, pos)
        if not m:
            break
        if m.group("num"):
            after = _NEXT_WORD.match(text, m.end())
            if after and after.group("word") and fold(after.group("word")) in _COUNT_WORDS:
                break
            end = m.end()
            pos = m.end()
            words += 1
            continue
        word = m.group("word")
        f = fold(word.rstrip("."))
        if f in ("de", "del", "la", "las", "los", "el", "da", "das", "do", "dos", "des", "du", "of", "the") and links < 2 and end is not None:
            links += 1
            pos = m.end()
            continue
        if f in ("de", "del", "la", "las", "los", "el", "san", "santa", "santo", "sao", "saint", "sainte", "st", "des", "du", "d'", "l'", "da", "das",
                 "do", "dos") and end is None and links < 2:
            links += 1
            pos = m.end()
            continue
        if not _name_word(word, linked=links > 0 or _number_follows(text, m.end()), capitals_only=capitals_only):
            break
        links = 0
        end = m.start("word") + len(word.rstrip(".")) if word.endswith(".") else m.end()
        pos = m.end()
        words += 1
    return end


def _number_follows(text: str, pos: int) -> bool:
    m = _NEXT_WORD.match(text, pos)
    return bool(m and m.group("num"))


def location_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in (_STREET_RE, _AREA_RE):
        for m in pattern.finditer(text):
            end = _name_after(text, m.end())
            if end:
                spans.append((m.start(), _cross_tail(text, end)))
    for m in _CROSS_RE.finditer(text):
        end = _name_after(text, m.end())
        if end:
            spans.append((m.start(), _cross_tail(text, end)))
    for m in _LANDMARK_RE.finditer(text):
        lower_ok = bool(m.group("loc")) or bool(_HELD_AT.fullmatch(m.group("noun")))
        end = _name_after(text, m.end(), max_words=4, capitals_only=not lower_ok)
        if end:
            spans.append((m.start(), end))
    for m in _CHAIN_RE.finditer(text):
        end = m.end()
        tail = _CHAIN_TAIL.match(text, end)
        if tail:
            end = _name_after(text, tail.end(), max_words=3, capitals_only=True) or end
        spans.append((m.start(), end))
    for m in _STREET_AFTER_RE.finditer(text):
        words = m.group("name").split()
        if all(_name_word(w, linked=True) or w[:1].isdigit() for w in words):
            spans.append((m.start("name") if not m.group()[:1].isdigit() else m.start(), m.end()))
    spans += [m.span() for m in _ROOM_RE.finditer(text)]
    spans += [m.span() for m in _COORDS.finditer(text)]
    spans += [m.span() for m in _COORDS_OTHER.finditer(text)]
    spans += [m.span() for m in _KM.finditer(text)]
    return spans


_AND_STREET = re.compile(rf"[ \t]*(?:,[ \t]*)?(?:y|e|and|et|ak|esquina(?:\s+(?:con|de|com))?|con|with|corner(?:\s+of)?|coin)[ \t]+{_ART}(?:(?:{_STREET})[ \t]+)?",
                         re.IGNORECASE)


def _cross_tail(text: str, end: int) -> int:
    """'calle X esquina con Y', 'entre X y Y': the second street belongs to the address."""
    m = _AND_STREET.match(text, end)
    if m:
        tail = _name_after(text, m.end(), max_words=3)
        if tail:
            return tail
    return end
