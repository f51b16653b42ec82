"""Addresses and exact locations written the way people type them: lower case, without a
house number, as cross streets, neighbourhoods, landmarks, rooms, coordinates.

Complements the shaped addresses in redaction.py ("Calle 5 de Mayo 123"). A street or
neighbourhood word must be followed by a name ("calle hidalgo", "colonia las flores"):
"dormí en la calle 3 noches" and "vivo en la colonia" stay.
"""
from __future__ import annotations

import re

from bot.privacy.gazetteer import COMMON, GIVEN, SURNAME, WORD, fold, gazetteer
from bot.privacy.towns import is_town

_STREET = (
    r"calle|c/|cll?\.?|avenida|avda\.?|av\.?|ave\.?|boulevard|bulevar|blvd\.?|calzada|calz\.?|callej[oó]n|privada"
    r"|priv\.|carretera|carr\.|camino|paseo|pasaje|andador|cerrada|circuito|prolongaci[oó]n|diagonal|transversal"
    r"|carrera|cra\.?|rua|travessa|alameda|estrada|rodovia|pra[çc]a|beco|ladeira|viela|rue|avenue|chemin"
    r"|impasse|all[ée]e|ruelle|boul\.?|ri|avni|wout|street|road|drive|lane|avenida|rang|mont[ée]e|jir[oó]n|jr\."
    r"|prol\.?|priv\.?|psje\.?|pje\.?|cda\.?|blvr\.?|bulevard|tv\.|trav\.?|impas|koridò|korido|ch\.|ramal|bd\.|(?<=\d[ \t])bd"
    r"|kalle|boulva|bulva|sideroad"
)
_AREA = (
    r"colonia|col\.|barrio|bo\.|fraccionamiento|fracc?\.|residencial|unidad\s+habitacional|asentamiento\s+humano|asentamiento|aldea"
    r"|caser[ií]o|cant[oó]n|lotificaci[oó]n|reparto|vereda|ejido|bairro|vila|favela|comunidade|conjunto"
    r"|quartier|cit[ée]|katye|lokalite|neighbou?rhood|subdivision|urbanizaci[oó]n|urb\.|sector|manzana|lote"
    r"|comunidad|kartye|korid[oò]|lakou|lotissement|quadra|col|ranch[eé]r[ií]a|poblaci[oó]n|invasi[oó]n"
    r"|aa\.?\s?hh\.?|asentamiento\s+humano|res\.|ocupa[çc][ãa]o|invas[ãa]o|morro|assentamento|loteamento|jd\.?|conj\.?"
    r"|a?bitasyon|lokalite|seksyon\s+kominal|hlm|z[oò]n|kolonya|setor"
)
_LANDMARK = (
    r"iglesia|parroquia|templo|capilla|mercado|escuela|colegio|tienda|abarrotes|gasolinera|farmacia|h[oô]tel(?!\s+de\s+ville)|mot[eè]l"
    r"|ot[eè]l|pousada|pens[aã]o|auberge"
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
_ROOM = (r"cuarto|habitaci[oó]n|hab\.?|room|rm\.?|chambre|quarto|apto\.?|apt\.?|depto\.?|dpto\.?|departamento|apartamento"
         r"|piso|chanm|interior|int\.|appt\.?|app\.?|apatman|kitnet|logement|unit|suite|space|trailer|bldg\.?|etaj|qd\.?|lot")
_ART = r"(?:(?:el|la|los|las|del|al|the|le|les|l|du|des|o|a|os|as|da|do|das|dos|lo)\s+|l['’]\s*)?"
_NUM = r"(?:#\s*|n[º°o]\.?\s*|no\.\s*|(?i:n[uú]m(?:ero)?|number|nimewo)\.?\s*)?\d{1,5}(?:[A-Za-z]{1,3}(?!\w))?(?:\s*[-#]\s*\d{1,4})?"
_WORDS = r"[^\W\d_][\w'’.-]*"
# Units after a number that make it a count, not a house or street number.
_COMPASS = frozenset("n s e w ne nw se sw".split())
_COUNT_WORDS = frozenset(
    """noches noche dias dia horas hora anos meses mes semanas semana veces vez cuadras cuadra metros km minutos
    personas pesos dolares nights night days day hours hour years months weeks times blocks meters miles minutes
    people nuits jours heures ans mois semaines fois noites dias horas anos meses semanas vezes quarteiroes
    jou le ane mwa semen fwa pisos andares etages moun pessoas cuartos quartos habitaciones personnes gens filles
    femmes hommes enfants ninos hijos hombres mujeres muchachas chicas kids men women girls guys criancas mulheres
    homens meninas timoun fanm gason""".split()
)
_STOP = frozenset(
    """y e o u and or et ou ak que qui ki con com with avec por para pour for en in na no nan a al au to de del
    da do des du the el la los las le les o os as un una uno um uma y porque because parce pq porq mais pero but
    donde where ou onde kote cuando when quand quando me te se mi my mon ma meu minha mwen m li es is est e se
    estoy estaba vivo vive vivimos moro mora habite live lives rete esta esta ahi aqui alla there here ici la
    isit la""".split()
)

# Neighbourhood words that are seldom anything else: after "en la", "no", "nan", "dans le",
# the words that follow are its name, in any case ("vivo en el asentamiento nueva esperanza").
_AREA_STRONG = re.compile(
    r"(?i:colonia|col\.|fraccionamiento|fracc?\.|residencial|asentamiento|aldea|caser[ií]o|cant[oó]n|lotificaci[oó]n"
    r"|reparto|vereda|urbanizaci[oó]n|urb\.|bairro|vila|favela|lotissement|quartier|cit[ée]|katye|kartye|koridò|korido"
    r"|lakou|barrio|bo\.|col|ranch[eé]r[ií]a|poblaci[oó]n|invasi[oó]n|aa\.?\s?hh\.?|asentamiento\s+humano"
    r"|ocupa[çc][ãa]o|invas[ãa]o|morro|assentamento|loteamento|a?bitasyon|lokalite|hlm|z[oò]n)[ \t]*:?[ \t]*"
)
# Kreyòl neighbourhood words: their names are Kreyòl words the word list holds ("katye site milite").
_AREA_KREYOL = re.compile(r"(?i:katye|kartye|lakou|korid[oò]|a?bitasyon|lokalite|z[oò]n)[ \t]*:?[ \t]*")
_AREA_CONTEXT = re.compile(
    r"(?<!\w)(?i:en|in|no|na|nan|au|dans|à|em|num|numa|mi|my|meu|minha|nuestra|nuestro|ma|mon|notre"
    r"|habite|habitons|reste|restons|vis|vivo|vive|vivimos|moro|mora|moramos|rete|live|lives|stay|reside|resido)"
    r"[ \t]+(?:(?i:el|la|le|l['’]|o|a|the|mi|my|meu|minha|ma|mon)[ \t]*)?$"
)
_NOT_A_PLACE_NAME = frozenset(fold(w) for w in """
hay habia hubo tiene tienen tenia son era eran es esta estan estaba queda quedan quedaba vive viven vivia manda mandan
controla controlan sale salen venden vende dicen llaman llama hace hacen pasa paso ahi aqui alla ya todo toda todos
todas nadie siempre nunca solo sola tambien muy mucho mucha muchos muchas poco poca bien mal feo fea bonito bonita
tranquilo tranquila pobre pobres peligroso peligrosa peligrosos peligrosas grande grandes chico chica nuevo viejo vieja
ese esa este esta eso aquel aquella mismo misma otro otra otros otras cerca lejos hasta sin ni pues entonces
tem tinha fica ficava e foi sao mora moram muito muita perigoso perigosa perigosos ja la aí ali aqui tudo toda todos
ninguem sempre nunca so bem mal feio feia bonito bonita pobre grande pequeno pequena perto longe esse essa este
est sont etait ont il elle ils elles tres tres dangereux dangereuse pauvre loin pres tout toute tous rien jamais
toujours aussi ici la y
gen genyen te pa fe li yo se bon move danje anpil tout tre lwen pre isit la ke lan
has have had is are was were there here very dangerous poor bad good nice near far all every
hace desde hasta ahora ayer hoy manana noche noches dia dias semana semanas mes meses ano anos vez veces rato
uno una dos tres cuatro cinco seis siete ocho nueve diez varios varias algunos algunas
soy estoy estuve estamos vivo vivimos trabajo trabaje trabajaba duermo dormi dormimos vendo vendiendo pidiendo
buscando caminando esperando llegue llegamos sali salimos quede nos
faz fazia desde ate agora ontem hoje amanha noite noites dia dias semana semanas mes meses ano anos vez vezes
um uma dois duas tres quatro cinco seis sete oito nove dez
sou estou to tou fiquei ficamos moro moramos trabalho trabalhei durmo dormi vendendo pedindo procurando esperando
cheguei chegamos sai
depuis jusqu maintenant hier aujourd demain nuit nuits jour jours semaine semaines an ans fois
deux trois quatre cinq six sept huit neuf dix
suis etais sommes habite habitons travaille dors dormi vends attends arrive arrivee
depi jiska kounye yè jodi a demen nwit jou semen mwa ane fwa
de twa kat senk sis sèt uit nèf dis
mwen m nou rete travay dòmi dòm vann tann rive
since until now yesterday today tomorrow night nights day days week weeks month months year years time times ago
one two three four five six seven eight nine ten
am im sleep slept sleeping work working worked live living lived stay staying stayed sell selling waiting arrived
for with without because but last this that every late early alone again anymore tonight right outside inside
asking begging
em num numa pra pro pela pelo pelas pelos nas nos naquela naquele
lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre
octubre noviembre diciembre segunda terca quarta quinta sexta janeiro fevereiro marco maio junho julho setembro
outubro novembro dezembro lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin
juillet aout septembre octobre novembre decembre lendi madi mekredi jedi vandredi samdi dimanch monday tuesday
wednesday thursday friday saturday sunday
casa casas maison maisons house home kay lakay calle calles rue rues rua ruas street streets lari cuadra quadra block
esquina coin corner kwen barrio bairro quartier katye colonia lugar lado place endroit lugar sitio
""".split())
_STREET_RE = re.compile(rf"(?<![\w.])(?:{_STREET})(?!\w)[ \t]*", re.IGNORECASE)
_AREA_RE = re.compile(rf"(?<![\w.])(?:{_AREA})(?!\w)[ \t]*:?[ \t]*", re.IGNORECASE)
_LANDMARK_RE = re.compile(rf"(?<!\w)(?P<loc>(?:{_LOCATOR})\s+{_ART})?(?P<noun>{_LANDMARK})(?!\w)[ \t]*", re.IGNORECASE)
# Places where people are held or work: their names are kept as written, in any case.
_HELD_AT = re.compile(r"(?i:h[oô]tel|mot[eè]l|ot[eè]l|pousada|pens[aã]o|auberge|hostal|posada|pensi[oó]n|rancho|finca|hacienda|granja|bar|cantina|f[aá]brica"
                      r"|maquila|taller|bodega|ranch|farm|factory|warehouse|fazenda|usine|ferme)")
_CROSS_RE = re.compile(
    rf"(?<!\w)(?:esquina\s+(?:con|de|com)|esq\.?|en\s+la\s+esquina\s+de|cruce\s+(?:de|con)|entre\s+(?:la\s+)?(?:calles?\s+)?"
    rf"(?={_WORDS}[ \t]+(?:{_WORDS}[ \t]+){{0,3}}y\s)|corner\s+of|at\s+the\s+corner\s+of|coin\s+(?:de|du|des)"
    rf"|au\s+coin\s+de|coin(?=\s+\S+(?:\s+\S+)?\s+et\s)|[àa]\s+l['’]angle\s+(?:de|du|des)|kwen"
    rf"|kafou(?=\s+\S+(?:\s+\S+)?\s+ak\s)|ant(?=\s+ri\s))(?:(?<=\s)|\s+){_ART}",
    re.IGNORECASE,
)
# "on maple street", "at 5th and main": English street names come before the street word.
_STREET_AFTER_RE = re.compile(
    rf"(?<!\w)(?:(?:on|at|in|off|live\s+on|lives\s+on)\s+(?:the\s+)?|(?:the\s+)?\d{{1,6}}[A-Za-z]?\s+(?:block\s+of\s+)?)"
    rf"(?P<name>(?:(?:{_WORDS}|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,3}}?)(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|blvd|boulevard"
    rf"|way|court|ct|place|pl|parkway|pkwy|highway|hwy|terrace|circle|cir|trail|trl|pike|loop)\b\.?",
    re.IGNORECASE,
)
# "on maple and 3rd", "corner of elm and main", "at 5th & pine": two streets of a corner, in
# lower case; after on/at one of them must be numbered ("on 5th and main", not "at work and home").
_ORD = r"\d{1,3}(?:st|nd|rd|th)"
_LOWER_CORNER_RE = re.compile(
    rf"(?<!\w)(?:(?P<corner>(?:on\s+|at\s+)?(?:the\s+)?corner\s+of)|on|at|off)\s+"
    rf"(?P<a>{_ORD}|[a-z][a-z'-]+)(?:\s+(?:st|street|ave|avenue|rd|road|blvd))?\.?\s+(?:and|&|y|with)\s+"
    rf"(?P<b>{_ORD}|[a-z][a-z'-]+)(?:\s+(?:st|street|ave|avenue|rd|road|blvd)\b\.?)?",
    re.IGNORECASE,
)
_POSSESSIVES = frozenset("my your his her its our their mi tu su sus nuestro nuestra meu minha seu sua mon ma ton ta son sa".split())
_NAMED_HOUSING = re.compile(
    r"(?<![\w'’])(?P<name>(?:[^\W\d_][\w'’-]*[ \t]+){1,2})(?i:mobile[ \t]+home[ \t]+park|trailer[ \t]+park|rv[ \t]+park"
    r"|mobile[ \t]+homes|apartments|apts|estates|gardens|village|subdivision|townhomes|condos)(?!\w)"
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
_CHAIN_RE = re.compile(rf"(?<!\w)(?:{_LOCATOR})\s+{_ART}(?:(?:gasolinera|tienda|farmacia|station|store|posto|station-service"
                       rf"|gas\s+station|estaci[oó]n|ponp(?:\s+gaz)?|stasyon)\s+)?"
                       rf"(?:{_CHAIN})(?!\w)", re.IGNORECASE)
_CHAIN_TAIL = re.compile(rf"[ \t]+(?:on|in|de\s+la|del|de|da|do|sur|on\s+the|by\s+the)[ \t]+(?:(?:{_STREET})[ \t]+)?", re.IGNORECASE)
_ROOM_RE = re.compile(rf"(?<![\w.])(?:{_ROOM}|casa|kay|bloco|bloque|blòk|torre|edificio)\s*(?:#|n[º°o]\.?|no\.|number|n[uú]mero)?"
                      rf"\s*\d{{1,5}}[A-Za-z]?(?!\w)(?![ \t]+(?:{'|'.join(sorted(_COUNT_WORDS))}|a[ñn]os|anos|meses|mois|ans|an|mwa)(?!\w))",
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
    # typed in lower case ("hc8v+c2"): with a letter and a digit, so "2345+22" stays a sum
    r"|(?<![\w+])(?=[^+\s]*[cfghjmpqrvwx])(?=[^+\s]*\d)[23456789cfghjmpqrvwx]{4,8}\+[23456789cfghjmpqrvwx]{2,3}(?![\w+])"
)
_ROADS = re.compile(
    r"(?<!\w)(?:(?i:\d{1,6}[ \t]+)?(?i:county[ \t]+(?:road|rd)|farm[ \t]+(?:road|rd)|farm[ \t]+to[ \t]+market|state[ \t]+(?:road|route)"
    r"|rural[ \t]+route|highway|hwy|route|rte)[ \t]*#?[ \t]*\d{1,4}[A-Za-z]?(?:[ \t]+[NSEWnsew](?!\w))?"
    r"|(?i:\d{2,6})[ \t]+(?i:cr|fm|sr|us|rr)[ \t]*-?[ \t]*\d{1,4}|(?i:fm|sr|cr)[ \t]*-?[ \t]*\d{3,4}(?:[ \t]+[NSEWnsew](?!\w))?"
    r"|(?i:i|us|sr)-[ \t]?\d{1,3}(?:[ \t]+[NSEWnsew](?!\w))?"
    r"|(?i:mile[ \t]+marker|mm|exit)[ \t]+\d{1,4}(?:[ \t]+(?i:on|of|off)[ \t]+(?i:highway|hwy|route|i-?|interstate|us)[ \t-]*\d{1,4})?"
    r")(?!\w)"
)
# Port-au-Prince's neighbourhoods are numbered by the road they start from: "Delmas 33", "Tabarre 27".
_NUMBERED_HOOD = re.compile(r"(?<!\w)(?i:delmas|delma|d[eè]lma|dlm|tabarre|tabarr|p[eè]lerin|p[eè]lren|fontamara|laboule|laboul"
                            r"|kafou|carrefour|croix-des-bouquets|kwadebouke|petyonvil|clercine|klèsin|klesin|santo)[ \t]*\d{1,3}(?!\w)")
# "vivo en la hidalgo 230", "en morelos 45 esquina con juárez": in Mexico and Central America the
# street word is often left out; a person's name, a house number and no count after it.
_BARE_STREET = re.compile(rf"(?<!\w)(?i:en|por|sobre|na|no)[ \t]+(?:(?i:la|el|a|o)[ \t]+)?(?=[^\W\d_])")
_KM = re.compile(r"(?<!\w)(?i:km|kil[oó]metro|kilometer|kilom[eè]tre)\.?\s*\d{1,4}(?:[.,]\d{1,3})?(?!\w)")
# "km 14 de la carretera a masaya", "camino a tapachula km 43": the road a kilometre stone stands on,
# with the town it leads to (part of the road's name).
_ROAD = (r"(?i:carretera|autopista|camino|highway|hwy|rodovia|estrada|route|road|wout|chemin|v[ií]a)[ \t]+"
         r"(?i:a|al|to|para|pra|vers|pou|hacia|de)[ \t]+(?:(?i:la|el|las|los|o|os|as)[ \t]+)?[^\W\d_][\w'’-]*(?:[ \t]+(?:(?i:de|del)[ \t]+)?[A-ZÀ-Þ][\w'’-]*)?")
_KM_ROAD = re.compile(
    rf"(?<!\w)(?:{_ROAD}[ \t]*,?[ \t]*)?(?i:km|kil[oó]metro|kilometer|kilom[eè]tre)\.?\s*\d{{1,4}}(?:[.,]\d{{1,3}})?(?!\w)"
    rf"(?:[ \t]+(?i:de[ \t]+la|del|on[ \t]+the|on|da|do|sur[ \t]+la|sou)?[ \t]*{_ROAD})?"
)
_NEXT_WORD = re.compile(rf"[ \t]*(?:(?P<num>{_NUM})|(?P<word>{_WORDS}))")


def _name_word(word: str, linked: bool = False, capitals_only: bool = False, open_name: bool = False,
               any_word: bool = False) -> bool:
    """A word that can be part of a street, neighbourhood or landmark name: capitalised, or
    in lower case a known name that is no ordinary word ("calle hidalgo"), or an unknown
    word after a linking article ("rua das acácias"; not "moro na rua faz uma semana").
    With open_name (after "vivo en la colonia", "moro no bairro"), any lower-case word that
    is not a function word, a verb or an adjective of how a place is ("nueva esperanza")."""
    f = fold(word.rstrip("."))
    if f in _STOP:
        return False
    if word[:1].isupper():
        return True
    if f in _NOT_A_PLACE_NAME:
        return False
    if _hyphenated_name(f):
        return True  # "rue sainte-catherine", "av. jean-talon"
    if capitals_only:
        return False
    if open_name and f not in _NOT_A_PLACE_NAME and len(f) > 1 and (any_word or not gazetteer().flags(f) & WORD):
        return True
    flags = gazetteer().flags(f)
    if flags & (GIVEN | SURNAME) and not flags & COMMON:
        return True
    return linked and not flags & WORD


def _hyphenated_name(f: str) -> bool:
    """A hyphenated street name in lower case: a saint's ("sainte-catherine") or made of names."""
    parts = f.split("-")
    if len(parts) < 2 or not all(parts):
        return False
    if parts[0] in ("saint", "sainte", "st", "ste", "san", "santa", "sao", "santo", "sen", "sent"):
        return True
    flags = [gazetteer().flags(p) for p in parts]
    return all(fl & (GIVEN | SURNAME) for fl in flags) and not any(fl & COMMON for fl in flags)


def _name_after(text: str, pos: int, max_words: int = 4, capitals_only: bool = False,
                open_name: bool = False, any_word: bool = False) -> int | None:
    """End of the proper name (words, linking words, a number) starting at pos, or None."""
    end = None
    words = 0
    links = 0
    after_number = False
    while words < max_words + 2:
        m = _NEXT_WORD.match(text, pos)
        if not m:
            break
        if after_number and m.group("word") and _town_at(text, m.start("word")):
            break  # "ri Grégoire #27 Petyonvil": the town after the house number stays
        after_number = bool(m.group("num"))
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
                 "do", "dos", "le", "les") and end is None and links < 2:
            links += 1
            pos = m.end()
            continue
        dated = f in _MONTHS and _DAY_DE.search(text, max(0, m.start("word") - 16), m.start("word")) \
            or f in _DAY_WORDS and _DE_MONTH.match(text, m.end())  # "rua sete de setembro", "calle cinco de mayo"
        if not dated and not _name_word(word, linked=links > 0 or _number_follows(text, m.end()),
                                        capitals_only=capitals_only, open_name=open_name, any_word=any_word):
            break
        links = 0
        end = m.start("word") + len(word.rstrip(".")) if word.endswith(".") else m.end()
        pos = m.end()
        words += 1
    return end


_MONTHS = frozenset("""enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro""".split())
_DAY_DE = re.compile(r"(?<!\w)(?:\d{1,2}|(?i:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince"
                     r"|dieciseis|diecis[eé]is|veinte|um|dois|tr[eê]s|quatro|sete|oito|nove|dez|onze|doze|treze|quinze|vinte"
                     r"|primero|primeiro))[ \t]+(?i:de)[ \t]+$")
_DAY_WORDS = frozenset(fold(w) for w in """uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
dieciseis veinte um dois três quatro sete oito nove dez onze doze treze quinze vinte primero primeiro""".split())
_DE_MONTH = re.compile(r"[ \t]+(?i:de)[ \t]+(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
                       r"|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro)(?!\w)")


# "3737 bis rue monselet", "176, montée saint-laurent": after a house number the street's name is open.
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d{1,5}(?:[ \t]*(?i:bis|ter|[a-d]))?[ \t]*,?[ \t]*$")


# "calle primera num 943", "c/ central esq los fresnos": a house number or a corner word after the name.
_NUMBER_OR_CORNER_AFTER = re.compile(
    r"(?:[^\W\d_][\w'’.-]*[ \t]+){0,2}[^\W\d_][\w'’.-]*[ \t]*,?[ \t]+"
    r"(?:(?:#|n[º°o]\.?|no\.|(?i:num|n[uú]m[eé]ro)\.?)?[ \t]*\d{1,5}(?![\w.]|,\d)"
    r"|(?i:esq\.?|esquina|corner|coin|kwen)(?!\w))"
)


def _numbered_street(text: str, m: re.Match) -> bool:
    """A house number before the street word or after its name, or a corner word after it:
    then any word is the street's name ("calle primera num 943")."""
    return bool(_HOUSE_NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or _NUMBER_OR_CORNER_AFTER.match(text, m.end()))


def _open_area(text: str, m: re.Match) -> bool:
    return bool(_AREA_STRONG.fullmatch(text, m.start(), m.end())
                and _AREA_CONTEXT.search(text, max(0, m.start() - 16), m.start()))


_YEAR = re.compile(r"(?:19|20)\d\d")


def _bare_street_end(text: str, pos: int, article: bool = False, lived: bool = False) -> int | None:
    """End of 'hidalgo 230' (one to three words that name a person, then a house number) at pos.
    Most such names are towns too ("Hidalgo", "Juárez"): then an article before ("en la hidalgo
    230"), a corner after ("en morelos 45 esquina con juárez") or a verb of living before ("vivo
    en juarez 45": one lives at a number, not in a town's) must say it is the street."""
    start = pos
    words = 0
    while words < 3:
        m = _NEXT_WORD.match(text, pos)
        if not m or not m.group("word"):
            break
        word = m.group("word")
        f = fold(word.rstrip("."))
        if f in ("de", "del", "la", "los", "las") and words:
            pos = m.end()
            continue
        flags = gazetteer().flags(f)
        if f in _STOP or f in _NOT_A_PLACE_NAME or f in _MONTHS or not flags & (GIVEN | SURNAME) or flags & WORD:
            return None
        pos = m.end()
        words += 1
    if not words:
        return None
    name = text[start:pos].strip()
    if fold(name) in ("zona", "zone", "sector"):
        return None  # "la zona 10": a district of a city
    # "en la Paz 12" is the town La Paz; "en la hidalgo 230" is calle Hidalgo
    town = is_town(text[max(0, start - 3):pos].strip()) if article else is_town(name)
    m = _NEXT_WORD.match(text, pos)
    if not m or not m.group("num"):
        return None
    digits = re.match(r"[#\s]*(?:n[º°o]\.?\s*|no\.\s*|n[uú]m(?:ero)?\.?\s*)?(\d+)", m.group("num"), re.I)
    if not digits or _YEAR.fullmatch(digits.group(1)):
        return None
    if text[m.end():m.end() + 1] == "+" or not re.fullmatch(r"[#\s]*(?:\D*\s*)?\d{1,5}[A-Za-z]?(?:\s*[-#]\s*\d{1,4})?", m.group("num")):
        return None  # "7VXQ+4C" is a plus code
    after = _NEXT_WORD.match(text, m.end())
    follow = fold(after.group("word")) if after and after.group("word") else ""
    if follow in _COUNT_WORDS or follow in _NOT_A_PLACE_NAME and follow not in ("y", "e", "esquina", "coin", "corner"):
        return None
    if re.match(r"[ \t]*(?:[:h]\d|(?i:am|pm|hrs?|horas?)(?!\w)|%|[$€]|(?i:pesos|d[oó]lares|reais|mil|años|anos)(?!\w))", text[m.end():]):
        return None
    corner = _AND_STREET.match(text, m.end())
    if town and not (lived and not article) and not (corner and _CORNER_WORD.search(corner.group())):
        return None
    return m.end()


_LIVED_IN = re.compile(r"(?<!\w)(?i:vivo|vive|viven|vivimos|viviendo|moro|mora|moram|moramos|morando|rete|habite"
                       r"|habitons|reste|quedo|queda|me\s+quedo|live|lives|living|stay|staying)[ \t]+$")


_CAPS_RUN = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:(?:de|del|la|do|da)[ \t]+)?[A-ZÀ-Þ][\w'’-]*){0,2}")


def _town_at(text: str, pos: int) -> bool:
    m = _CAPS_RUN.match(text, pos)
    if not m:
        return False
    words = m.group().split()
    return any(is_town(" ".join(words[:n])) for n in range(len(words), 0, -1))


def _number_follows(text: str, pos: int) -> bool:
    m = _NEXT_WORD.match(text, pos)
    return bool(m and m.group("num"))


def location_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in (_STREET_RE, _AREA_RE):
        for m in pattern.finditer(text):
            if pattern is _AREA_RE:
                open_name = _open_area(text, m)
                any_word = bool(_AREA_KREYOL.fullmatch(text, m.start(), m.end()))
            else:
                any_word = _numbered_street(text, m)
                open_name = any_word or bool(_AREA_CONTEXT.search(text, max(0, m.start() - 16), m.start()))
            if pattern is _STREET_RE and _KREYOL_STREET.fullmatch(m.group().strip()):
                # Kreyòl street names are names respelled, in lower case ("sou avni jan pòl", "sou wout frè")
                end = _kreyol_name_after(text, m.end())
                if end:
                    spans.append((m.start(), _cross_tail(text, end)))
                continue
            end = _name_after(text, m.end(), open_name=open_name, any_word=any_word)
            if end:
                house = _HOUSE_NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()) if pattern is _STREET_RE else None
                spans.append((house.start() if house else m.start(), _cross_tail(text, end)))
    for m in _CROSS_RE.finditer(text):
        corner = not re.match(r"(?i:entre)", m.group())
        street = _STREET_RE.match(text, m.end())
        end = _name_after(text, street.end() if street else m.end(), open_name=corner)
        if not end:
            continue
        tail = _cross_tail(text, end, open_name=corner)
        if is_town(text[m.end():end]) and (tail == end or not _CORNER_WORD.search(m.group())
                                           and is_town(_AND_STREET.sub("", text[end:tail], count=1))):
            continue  # "entre Quito y Guayaquil": two towns; "la esquina de Juárez y Morelos": two streets
        spans.append((m.start(), tail))
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
        numbered = m.group()[:1].isdigit() or m.group()[:4].lower() == "the "
        # after a house number any word is the street's name ("2827 walnut cir"); after "on" only a name
        if all((fold(w) not in _STOP or fold(w) in _COMPASS if numbered else _name_word(w, linked=True)) or w[:1].isdigit()
               for w in words):
            spans.append((m.start() if numbered else m.start("name"), m.end()))
    for m in _LOWER_CORNER_RE.finditer(text):
        a, b = fold(m.group("a")), fold(m.group("b"))
        if a in _STOP or b in _STOP or a in _NOT_A_PLACE_NAME or b in _NOT_A_PLACE_NAME:
            continue
        if m.group("corner") or re.fullmatch(_ORD, a) or re.fullmatch(_ORD, b) \
                or _named_corner(m.group("a"), m.group("b")):
            spans.append((m.start("a") if not m.group("corner") else m.start(), m.end()))
    spans += _abbreviated_street_spans(text)
    for m in _NAMED_HOUSING.finditer(text):
        words = m.group("name").split()
        if all(fold(w) not in _STOP and fold(w) not in _NOT_A_PLACE_NAME and fold(w) not in _POSSESSIVES for w in words) \
                and any(w[:1].isupper() or not gazetteer().flags(fold(w)) & WORD for w in words):
            spans.append(m.span())
    spans += [m.span() for m in _ROOM_RE.finditer(text)]
    spans += [m.span() for m in _COORDS.finditer(text)]
    spans += [m.span() for m in _COORDS_OTHER.finditer(text)]
    spans += [m.span() for m in _KM.finditer(text)]
    spans += [m.span() for m in _KM_ROAD.finditer(text)]
    spans += [m.span() for m in _NUMBERED_HOOD.finditer(text)]
    for m in _BARE_STREET.finditer(text):
        end = _bare_street_end(text, m.end(), article=bool(re.search(r"(?i:la|el|a|o)[ \t]+$", m.group())),
                               lived=bool(_LIVED_IN.search(text, max(0, m.start() - 16), m.start())))
        if end:
            spans.append((m.end(), _cross_tail(text, end)))
    for m in _ROADS.finditer(text):
        # "exit 12", "route 9", "highway 10" alone are ways to go; "off exit 12", "on route 9" are places
        loose = re.match(r"(?i:exit|route|rte|highway|hwy)(?!\w)|(?i:i|us|sr)-", m.group())
        if not loose or re.search(r"(?i:off|at|past|on|along|by)[ \t]+(?:the[ \t]+)?$", text[max(0, m.start() - 10):m.start()]):
            spans.append(m.span())
    return spans


_KREYOL_STREET = re.compile(r"(?i:ri|avni|wout|impas|korid[oò])")
# Kreyòl words that end a street's name: tense and mood markers, pronouns, links.
_KREYOL_FUNCTION = frozenset(fold(w) for w in """ap pral prale konn ka dwe sa sila ki men epi pou avè avek avèk lè kote
kounye jodi a an lan nan la yo li m mwen nou ou w pa te gen se sou bò anba anwo kay""".split())


def _kreyol_name_after(text: str, pos: int) -> int | None:
    end = _name_after(text, pos, max_words=3, open_name=True, any_word=True)
    if end is None:
        return None
    stop = pos
    for w in re.finditer(r"[^\s,.;:!?]+", text[pos:end]):
        if fold(w.group()) in _KREYOL_FUNCTION:
            break
        stop = pos + w.end()
    return stop if stop > pos else None


# "at the end of oak hollow ct", "on pine ridge dr": after a preposition, a short name and an abbreviated
# street suffix, any words are the street's name (everyday words often name English streets).
_ABBREVIATED_STREET = re.compile(
    r"(?<!\w)(?:on|at|in|off|of|to|past|near|by)[ \t]+(?P<name>(?:[a-z][a-z'-]+[ \t]+){1,2}?)"
    r"(?:st|ave|rd|dr|ln|ct|blvd|pkwy|cir|trl|hwy|pl|ter)\.?(?=[ \t]*(?:$|[.,;:!?\n]|#|(?i:apt|unit|lot|ste|in|and|&)\b))")


def _abbreviated_street_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _ABBREVIATED_STREET.finditer(text):
        words = [fold(w) for w in m.group("name").split()]
        if all(w not in _STOP and w not in _NOT_A_PLACE_NAME and w not in _POSSESSIVES and w not in _COUNT_WORDS
               and w not in ("the", "a", "an", "my", "your", "this", "that") for w in words):
            spans.append((m.start("name"), m.end()))
    return spans


def _named_corner(a: str, b: str) -> bool:
    """'at Bellaire and Fondren': two capitalised names that are no everyday words, and not two towns
    ('in Houston and Dallas'), are two streets."""
    return all(w[:1].isupper() and not w.isupper() and not gazetteer().flags(fold(w)) & (WORD | COMMON)
               for w in (a, b)) and not (is_town(a) and is_town(b))


_CORNER_WORD = re.compile(r"(?i:esquina|casi\s+esquina|esq|corner|coin|kwen)(?!\w)")
_AND_STREET = re.compile(rf"[ \t]*(?:,[ \t]*)?(?:y|e|and|et|ak|esquina(?:\s+(?:con|de|com))?|casi\s+esquina\s+con|esq\.?|con|with"
                         rf"|corner(?:\s+of)?|coin|entre|between|kwen)[ \t]+{_ART}(?:(?:{_STREET})[ \t]+)?",
                         re.IGNORECASE)


_BETWEEN = re.compile(r"(?i:entre|between|ant)(?!\w)")


def _cross_tail(text: str, end: int, open_name: bool = False) -> int:
    """'calle X esquina con Y', 'entre X y Y': the second street belongs to the address. After a
    word that can only mean a corner ("esquina con", "coin", "kwen") any word is its name."""
    between = False
    for _ in range(2):  # "calle X entre Y y Z"
        m = _AND_STREET.match(text, end)
        if not m:
            break
        # the second street after "entre Y y" is a street even when a town bears its name ("entre allende y juarez")
        corner = open_name or between or bool(_CORNER_WORD.match(m.group().strip(" \t,")))
        between = bool(_BETWEEN.match(m.group().strip(" \t,")))
        tail = _name_after(text, m.end(), max_words=3, open_name=corner)
        if not tail:
            break
        end = tail
    return end
