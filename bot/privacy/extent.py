"""How far an address or a document number reaches, once something found part of it.

People describe where they are as a chain: a street, a number, a cross street, a
neighbourhood, a landmark, directions from it ("Cll 45 # 23-18 sur, barrio El Tunal";
"de la pulpería La Esperanza 200 metros al sur, portón negro"; "next to the laundromat on
5th street, the blue house"). A detector that catches one link leaves the others readable,
so grow_address() walks from a found address over every following link up to the end of
the clause, and back over an article, an ordinal ("la 12 calle") or a landmark phrase
that leads to it ("arriba de la tortillería de la calle Allende"). It stops before a town,
state or country that closes the description after a comma or "en/in/à/em/nan" (the bot
needs it; towns.py), and at anything that is no link (a verb, a pronoun, a clause).

A document number takes every adjacent piece that belongs to it (grow_document): digit
groups after spaces, dots or dashes, a check letter, a short series in capitals before it
("UCI 5551-2093", "V 25.555.318").
"""
from __future__ import annotations

import re

from bot.privacy.gazetteer import COMMON, GIVEN, SURNAME, WORD, fold, gazetteer
from bot.privacy.locations import (_AREA_RE, _AREA_STRONG, _COUNT_WORDS, _KM, _NOT_A_PLACE_NAME, _POSSESSIVES, _STOP, _STREET,
                                    _STREET_RE, _cross_tail, _name_after)
from bot.privacy.towns import is_town

_SP = r"[ \t]"

# ------------------------------------------------------------------------- words of a place
# Landmarks and buildings: the head of "frente a la iglesia", "next to the laundromat".
_LANDMARKS = frozenset(fold(w) for w in """
iglesia parroquia templo capilla catedral mercado mercadito escuela colegio kinder kínder primaria secundaria
prepa universidad tienda tiendita abarrotes miscelánea pulpería bodega gasolinera farmacia hospital clínica
centro salud hotel motel hostal posada pensión restaurante restaurant comedor fonda taquería tortillería
panadería carnicería ferretería lavandería cantina bar discoteca antro rancho finca hacienda granja fábrica
maquila taller edificio torre plaza parque cancha estadio terminal central camionera estación parada puente
río kiosko kiosco glorieta rotonda monumento cine teatro banco cajero super supermercado mall cementerio
panteón aeropuerto muelle playa depósito tortillería cafetería billar gimnasio gym llantera vulcanizadora
lavadero car wash autolavado maquiladora invernadero empacadora bloquera ladrillera mina cervecería
church school store shop station market supermarket mall plaza park bridge river bank hospital clinic motel
hotel inn restaurant diner bar club factory farm ranch warehouse building apartments complex laundromat
laundry pharmacy drugstore library courthouse stop lot parking trailer tracks railroad overpass exit
mission gas taqueria bodega deli pawn liquor barbershop salon nail spa carwash dealership junkyard yard
shed barn plant mill orchard field fields dairy packing cannery
barber tire tires feed nail nails beauty repair auto body donut taco bakery grocery hardware thrift cleaners
église eglise école ecole magasin dépanneur depanneur épicerie epicerie marché marche pharmacie hôpital
clinique hôtel usine ferme entrepôt immeuble parc pont gare arrêt garage centre commercial boulangerie
salon dépôt serre verger érablière
igreja escola loja mercadinho padaria farmácia posto lanchonete fábrica fazenda galpão prédio praça ponte
rodoviária ponto shopping oficina borracharia boteco pousada sítio chácara lava-jato açougue feira pensão cortiço
vecindad cuartería condominio condomínio edificio edifício residencial
matriz
legliz lekòl lekol mache boutik famasi lopital otèl restoran faktori depo pon estasyon ponp kay lakou
biwo tonèl ri bank gaz
mosquée mosquee mezquita mesquita mosque stade terrain station-service rond-point estad kan
galera galerón galpón campamento carpa bocamina socavón obra bomba colmado banca peluquería estética cancha capilla
tanque pozo bloquera lancha barco
canteiro boate capela alojamento barracão passarela porteira igrejinha campinho
barracks container shed elevator storage strip lounge spa
chantier camp carbet cabanon grange silo case triplex duplex
poultry vineyard nursery greenhouse packinghouse sawmill quarry hatchery feedlot seafood produce
botica oxxo palapa marina ladeira cimetière cimetiere camping caisse métro metro tank teminal tèminal larivye rivyè
alley tower cemetery graveyard arbolito cruce quebrada cerro loma laguna assembleia assemblée cantera
kantin chantye batey konstriksyon
camino caminho ramal trilha brecha sendero vereda chemin sentier path terracería terraceria
""".split())
# What a house is, and what it looks like: "la casa verde", "the blue house with the fence".
_HOUSES = frozenset(fold(w) for w in """
casa casita cuarto cuartos portón porton puerta reja barda techo vecindad cuartería apartamento departamento
house home apartment trailer duplex door gate fence porch yard roof basement
maison appartement porte clôture toit sous-sol
casa portão porta muro cerca barraco kitnet cortiço sobrado quintal apartamento
kay lakay pòt baryè miray
case logement chalet cabane cabin bungalow shack choza rancho
""".split())
_ADJECTIVES = frozenset(fold(w) for w in """
verde azul blanca blanco negra negro roja rojo amarilla amarillo rosa rosada gris café morada naranja
grande grandes pequeña pequeño chica chico vieja viejo nueva nuevo abandonada abandonado primer primera
segundo segunda tercer tercera esquinera de dos pisos
green blue white black red yellow pink grey gray brown purple orange big small little old new abandoned
first second third two-story corner
vert verte bleu bleue blanc blanche noir noire rouge jaune rose gris brune grand grande petit petite vieux
vieille nouveau nouvelle premier première deuxième
verde azul branca branco preta preto vermelha vermelho amarela amarelo cinza marrom grande pequena pequeno
velha velho nova novo primeira segunda
vèt ble blan nwa wouj rouj jòn gri gwo ti vye nèf
""".split())
_DIRECTIONS = frozenset(fold(w) for w in """
norte sur oriente poniente este oeste north south east west nord sud est ouest leste sul nò sid lès lwès
""".split())
# Linking words inside a landmark phrase: kept only if a place word follows.
_LINKS = frozenset(fold(w) for w in """
el la los las lo al del de the a an of on in at by off le les l du des d au aux da do das dos o os as no na
nos nas ao em sou nan yon un una une um uma con with avec com ak y and et e sur
""".split())
# A house with nothing that tells it apart ("la casa", "the house"); "portón", "porta 6", "sous-sol" are parts of one.
_PLAIN_HOUSES = frozenset(fold(w) for w in "casa casita house home maison kay lakay".split())
_LOCATIVE_LINKS = frozenset("en in a à au aux em nan no na at near cerca".split())

# "frente a", "next to the", "a dos cuadras de", "bò legliz la": what leads to a landmark.
LOCATOR = re.compile(
    r"(?<![\w'’])(?i:frente\s+(?:a|al|de)|enfrente\s+(?:a|al|de|del)|al\s+lado\s+(?:de|del)|a\s+un\s+lado\s+(?:de|del)"
    r"|junto\s+(?:a|al)|a\s+la\s+par\s+(?:de|del)|detr[aá]s\s+(?:de|del)|atr[aá]s\s+(?:de|del|da|do)|cerca\s+(?:de|del)|arriba\s+(?:de|del)"
    r"|abajo\s+(?:de|del)|encima\s+(?:de|del)|debajo\s+(?:de|del)|despu[eé]s\s+(?:de|del)|antes\s+(?:de|del)"
    r"|pasando\s+(?:el|la)|a\s+espaldas\s+(?:de|del)|(?:a\s+)?(?:media|una|dos|tres|\d{1,2})\s+cuadras?\s+(?:de|del)"
    r"|(?:a\s+|[àa]\s+)?(?:meia|uma|duas|tr[eê]s|une|deux|trois|\d{1,2})\s+(?:quadras?|quarteir[õo]es|rues?)\s+(?:de|da|do|du|des)"
    r"|(?:two|three|four|a\s+few|few|couple(?:\s+of)?|\d{1,2})\s+blocks?\s+(?:from|of|past)"
    r"|(?:a\s+)?\d{1,4}\s+(?:metros|mts?|varas)\s+(?:de|del)|por\s+(?:el|la)|en\s+la\s+esquina\s+(?:de|del)"
    r"|(?:a\s+|[àa]\s+)?(?:\d{1,3}|un|una|uma|one|two|three|dos|tres|duas|deux|trois|half\s+a)\s*(?:km|kms|kil[oó]metros?|kilom[eè]tres?"
    r"|millas?|miles?|mi|metros|m[eè]tres|mts?|blocks?|cuadras?|quadras?)"
    r"\s+(?:depois\s+(?:de|da|do)|despu[eé]s\s+(?:de|del)|antes\s+(?:de|del|da|do)|past|after|before|from|apr[eè]s|pasando"
    r"|passando|(?:north|south|east|west)\s+of|al\s+(?:norte|sur|este|oeste)\s+(?:de|del))"
    r"|across\s+(?:the\s+street\s+)?from|next\s+(?:door\s+)?to|behind|in\s+front\s+of|near|nearby|close\s+to|by"
    r"|above|over|under|past|around\s+the\s+corner\s+from|down\s+the\s+street\s+from|up\s+the\s+street\s+from"
    r"|(?:a\s+)?(?:block|\d\s+blocks?|two\s+blocks|few\s+blocks)\s+from|behind|on\s+the\s+corner\s+of|off"
    r"|[àa]\s+c[ôo]t[ée]\s+(?:de|du|des)|en\s+face\s+(?:de|du|des)|derri[èe]re|pr[èe]s\s+(?:de|du|des)"
    r"|proche\s+(?:de|du|des)|au-dessus\s+(?:de|du|des)|au\s+coin\s+(?:de|du|des)|au\s+bout\s+(?:de|du|des)"
    r"|devant|apr[èe]s|perto\s+(?:de|da|do|dos|das)|ao\s+lado\s+(?:de|da|do)|em\s+frente\s+(?:a|ao|à|da|do)"
    r"|na\s+frente\s+(?:de|da|do)|em\s+cima\s+(?:de|da|do)|embaixo\s+(?:de|da|do)|depois\s+(?:de|da|do)"
    r"|na\s+rua\s+de\s+tr[aá]s\s+(?:de|da|do)|b[oò]\s+kote|b[oò]|kote|toupre|pr[eè]|d[eè]y[eè]|devan|anfas|apre"
    r"|anba|anwo|akote|do\s+lado\s+(?:de|da|do)|a\s+la\s+vuelta\s+(?:de|del)|pegado\s+(?:a|al)"
    # issue #18, fourteenth round: more locators in five languages
    r"|al\s+costado\s+(?:de|del)|a\s+un\s+costado\s+(?:de|del)|x\s+(?:el|la)|al\s+fondo\s+(?:de|del)"
    r"|al\s+final\s+(?:de|del)|a\s+la\s+(?:salida|entrada)\s+(?:de|del|a|al)|contiguo\s+(?:a|al)|diagonal\s+(?:a|al)"
    r"|(?:north|south|east|west)\s+of|between|beside|opposite"
    r"|down\s+the\s+(?:alley|road|lane)\s+(?:by|from)|up\s+the\s+road\s+from|down\s+the\s+road\s+from"
    r"|pass[ée]e?\s+(?:le|la|les|l['’])|en\s+partant\s+(?:de|du)|au\s+fond\s+(?:de|du)|le\s+long\s+(?:de|du)"
    r"|vis-[àa]-vis\s+(?:de|du)|face\s+[àa]|en\s+arri[èe]re\s+(?:de|du)|[àa]\s+la\s+sortie\s+(?:de|du)"
    r"|vizavi|an\s+fas|nan\s+fon|sou\s+b[oò]"
    r"|no\s+final\s+(?:da|do)|na\s+entrada\s+(?:da|do)|na\s+esquina\s+(?:da|do|de)|colad[oa]\s+(?:a|ao|na|no)"
    r"|pr[oó]ximo\s+(?:a|ao|à|da|do|de))(?!\w)[ \t]*"
)
# Directions from a landmark (Costa Rica, Nicaragua, Honduras...): "200 metros al sur",
# "2 cuadras al lago, 1 arriba", "media cuadra al norte", "3 blocks north".
_DIR_WORDS = (r"(?i:norte|sur|este|oeste|oriente|poniente|lago|arriba|abajo|monta[ñn]a|north|south|east|west|nord"
              r"|sud|est|ouest|leste|sul)")
_STEP_UNIT = (r"(?i:metros|mts?\.?|m|varas|vrs\.?|cuadras?|c\.?|blocks?|quadras?|quarteir[õo]es|km|kil[oó]metros?"
              r"|m[eè]t|bl[oò]k)")
_STEPS = (rf"(?:\d{{1,4}}[ \t]*{_STEP_UNIT}?|(?i:media|medio|una|un|dos|tres|cuatro|cinco|cien|doscientos|trescientos"
          rf"|one|two|three|a)[ \t]+{_STEP_UNIT})")
_DIRECTIONS_RE = re.compile(
    rf"{_STEPS}[ \t]+(?:(?i:al|hacia\s+el|hacia\s+la|a\s+la|rumbo\s+al|para\s+el|to\s+the|au|vers\s+le|pro|para\s+o"
    rf"|ao|en\s+direcci[oó]n\s+al?|para|pa|pra)[ \t]+)?(?:{_DIR_WORDS}|(?i:adentro|afuera|dentro|pa\s+dentro|para\s+dentro"
    rf"|pra\s+dentro|up|down|in|inside))(?!\w)"
)
# Units of a building: "casa 17", "apto 302", "bloco B", "int. 3", "room 214", "kay #9", "4e étage".
_UNIT_RE = re.compile(
    r"(?<![\w'’])(?i:cuartos|habitaciones|rooms|quartos|chambres|apartments|apartamentos|departamentos|units|trailers|lots)"
    r"[ \t]*(?:#[ \t]*)?\d{1,5}(?:[ \t]*(?:,|(?i:y|and|e|et|ak|&))[ \t]*(?:#[ \t]*)?\d{1,5})+(?!\w)|"
    r"(?<![\w'’])(?i:casa|cs\.|apto\.?|apt\.?|ap\.?(?=[ \t]*\d)|apartment|apartamento|app\.?|appartement|suite|ste\.?|unit|int\.?|interior"
    r"|depto\.?|dpto\.?|departamento|piso|andar|bloco|bloque|block|blk\.?|bl[oò]k|torre|tower|edificio|edif\.?"
    r"|nave|local|lote|lt\.?|manzana|mz\.?|quadra|qd\.?|qda\.?|lot|kay|room|rm\.?|cuarto|habitaci[oó]n|hab\.?"
    r"|quarto|chambre|chanm|b[âa]timent|b[âa]t\.?|bldg\.?|building|floor|fl\.?|puerta|pta\.?|sala|etapa|fase"
    r"|sector|m[oó]dulo|galp[aã]o|conjunto|conj\.?|porte|door|space|espacio|trailer|lot|bloc|maison|pavillon|escalier|villa|sq[nsb]?|qnm|qi|qs|cj|tant"
    r"|container|contenedor|terrain|case|apatman|linha|solar|lp|trlr|parcela|parcelle|stall|puesto|box)"
    r"[ \t]*(?:#|n[º°o]\.?|no\.)?[ \t]*(?:[A-Za-z]?\d{1,5}[A-Za-z]?|[A-Za-z](?![\w'’]))(?!\w)"
    r"|(?<![\w'’])\d{1,2}(?i:e|er|ère|ème|eme|o|º|ª|er|ro|do|to|vo|mo|no|a|nd|rd|th|st)\.?[ \t]+(?i:piso|[ée]tage|floor|andar)(?!\w)"
    r"|(?<![\w'’])(?i:first|second|third|fourth|fifth|top|primer|segundo|tercer|cuarto|primeiro|terceiro|quarto|premier"
    r"|deuxi[eè]me|troisi[eè]me|dezy[eè]m|twazy[eè]m)[ \t]+(?i:floor|piso|andar|[ée]tage|etaj)(?!\w)"
    r"|(?<![\w'’])(?i:fundos|sobrado|bis|ter|altos|bajos|planta\s+alta|planta\s+baja|upstairs|downstairs|rez-de-chauss[ée]e"
    r"|s/n|sin\s+n[uú]mero|sem\s+n[uú]mero)(?!\w)"
)
_ZONE_RE = re.compile(r"(?i:(?:de[ \t]+la[ \t]+)?(?:zona|zone|z\.))[ \t]*\d{1,2}(?!\w)")
# Housing estates and buildings with a name: "résidence Les Acacias", "condominio Las Flores".
_ESTATE_RE = re.compile(r"(?i:r[ée]sidence|residencia|residencial|condominio|condom[ií]nio|lotissement|villa|vila"
                        r"|cit[ée]|conjunto|jardim|housing|projects|edificio|edif[ií]cio|torre|parque\s+industrial"
                        r"|industrial\s+park|jir[oó]n|jr\.|pasaje|psje\.)[ \t]+(?:(?i:les|la|el|los|las|le|o|os|as)[ \t]+)?")
# "carretera a Escuintla", "highway to Laredo": the road's name holds a town, and it stays in.
# Also a dirt road after a link: ", por el camino a Tuxtla", ", along the road to Immokalee".
_ROAD_TO = re.compile(r"(?:(?i:por|pela|pelo|along|by|on)[ \t]+(?:(?i:el|la|o|a|the)[ \t]+)?)?"
                      r"(?i:carretera|autopista|highway|hwy|rodovia|estrada|route|wout|camino|caminho|brecha|vereda"
                      r"|road|dirt[ \t]+road)[ \t]+(?i:a|al|para|pra|to|vers"
                      r"|de|hacia|pou)[ \t]+")
# "sur la 2e avenue", "on 5th ave", "en la 3a calle": a numbered street after a landmark.
_ON_ORDINAL_STREET = re.compile(
    r"(?i:on|off|sur|na|no|en|in|at|dans)[ \t]+(?:(?i:la|le|the|el|a|o)[ \t]+)?\d{1,3}(?i:e|er|ère|ème|eme|st|nd|rd|th|a|o|ra|da|ta)?"
    r"\.?[ \t]+(?i:avenue|av|ave|avenida|rue|street|st|calle|rang|road|rd|rua)\.?(?!\w)")
# "on Broadway", "off Westheimer", "sur Jean-Talon": a street named after a landmark.
_ON_STREET = re.compile(r"(?i:on|off|sur)[ \t]+(?:the[ \t]+)?(?=[A-ZÀ-Þ\d])")
# A house number or a number of a street: "45", "#14", "nº 122", "5-33", "3-45".
_NUMBER_RE = re.compile(
    r"(?:#|(?i:n[º°o]\.?|no\.|nro\.?|num\.?|n[uú]m[eé]ro|nimewo))?[ \t]*\d{1,5}[A-Za-z]?(?:[ \t]*[-/][ \t]*\d{1,4}[A-Za-z]?)?(?!\w)"
)
_DIRECTION_SUFFIX = re.compile(r"(?:Norte|Sur|Oriente|Poniente|Este|Oeste|North|South|East|West|Nord|Sud|Est|Ouest"
                               r"|Leste|Sul|N|S|E|W|NE|NW|SE|SW|norte|sur|oriente|poniente|north|south|east|west"
                               r"|sul|leste|ouest|nord|sud)\.?(?!\w)")
_LOWER_SUFFIX = re.compile(r"(?:(est|ouest|oeste|sul|norte)|[nsewo])\.?(?!\w)")
_CROSS_RE = re.compile(
    r"(?i:y|e|and|&|et|ak|con|com|with|esquina(?:[ \t]+(?:con|de|com))?|corner(?:[ \t]+of)?|coin|kwen|entre)"
    r"[ \t]+(?=\S)"
)
_CAPS_RE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:(?:de|del|la|las|los|el|da|do|das|dos|du|des)[ \t]+)?[A-ZÀ-Þ][\w'’.-]*){0,3}")
_AND = re.compile(r"(?i:y|and|e|et|ak)[ \t]+")
_SEP = re.compile(r"[ \t]*(?:[,\-–/][ \t]*)?")
_WORD = re.compile(r"[ \t]*(?:(?P<num>\d{1,5}(?:[A-Za-z]{1,3})?(?!\w))|(?P<word>[^\W\d_][\w'’-]*\.?|l['’]|d['’]))")
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[.;:!?\n)(]|,)")
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?i:la|el|los|las|the|le|les|l['’]|o|os|as|yon|une|un|una|um|uma)[ \t]*$")
_ORDINAL_BEFORE = re.compile(
    r"(?<!\w)(?:(?i:la|el|the|la)[ \t]+)?\d{1,2}(?i:a|o|ra|da|ta|va|ma|na|º|ª|er|e|ème|eme|nd|rd|th|st)?\.?[ \t]+$"
)
_STREET_START = re.compile(r"(?i:calle|avenida|av\.?|avda\.?|carrera|cra\.?|cll?\.?|diagonal|transversal|rue|avenue"
                           r"|street|st\.?|ave\.?|rua|ri|avni)(?!\w)")
# What may stand between a landmark phrase and the address it leads to: "de la", "on", "na".
_JOIN_AFTER_LANDMARK = re.compile(
    r"(?i:de[ \t]+la|del|de|de[ \t]+los|de[ \t]+las|on[ \t]+the|on|in|at|off|sur[ \t]+la|sur|na|no|da|do|nan|sou"
    r"|en[ \t]+la|en[ \t]+el|en)[ \t]+$"
)
_MAX_LINKS = 12
# The tail of rural directions: "entrando por la gasolinera", "passing the bridge on the left",
# "passando a ponte à direita"; the side alone after a link: ", a mano izquierda".
_MOVING = re.compile(
    r"(?i:entrando|saliendo|pasando|cruzando|subiendo|bajando|doblando|siguiendo|volteando|passing|crossing|turning"
    r"|passando|atravessando|virando|en[ \t]+passant|apr[eè]s|pase|travèse|subindo|descendo|going[ \t]+(?:up|down)"
    r"|monte|desann)"
    r"(?:[ \t]+(?i:por|x|pela|pelo|by|at|par|pa))?[ \t]+"
)
_SIDE_RE = re.compile(
    r"(?i:on[ \t]+(?:the|your)[ \t]+(?:left|right)|to[ \t]+the[ \t]+(?:left|right)"
    r"|a[ \t]+(?:mano[ \t]+)?(?:la[ \t]+)?(?:izquierda|derecha)|[àa][ \t]+(?:gauche|droite|esquerda|direita)"
    r"|(?:sou|a)[ \t]+(?:men[ \t]+)?(?:g[oò]ch|dwat))(?!\w)"
)
# A district after the house number: "Jr. Huallaga 512, cercado", "Calle 5 #3, centro".
_DISTRICT_RE = re.compile(r"(?i:cercado|centro|downtown|centre-ville|sant[eè]vil)(?!\w)")
# The part of a neighbourhood after its ordinal: "2a sección", "3ra etapa".
_SECTION_RE = re.compile(r"(?i:secci[oó]n|section|etapa|fase|sector)(?!\w)")
# A numbered district that bears a town's name: "Delmas 33", "Carrefour 2".
_NUMBERED_DISTRICT = re.compile(r"[ \t]+\d{1,3}(?![\w/:.-])")


def _word_class(word: str) -> str:
    """'l' linking word, 'c' content word of a place phrase, '' neither."""
    f = fold(word.rstrip("."))
    if f[:2] in ("l'", "d'") and len(f) > 2:
        f = f[2:]  # "l'épicerie"
    if f in _LINKS:
        return "l"
    if f in _LANDMARKS or f in _HOUSES or f in _ADJECTIVES or f in _DIRECTIONS:
        return "c"
    if word[:1].isupper() and f not in ("i", "yo", "he", "she", "they", "we"):
        return "c"
    return ""


def _phrase(text: str, pos: int, max_words: int = 7, need_house: bool = False) -> int | None:
    """End of a landmark phrase starting at pos ("la tortillería de la calle Allende", "the
    Dollar General", "legliz Batis la"), or None. A capitalised run that names a town ends it."""
    end = None
    words = 0
    house = landmark = False
    unknown = 0
    last = None  # end of the last word read, a word of the landmark's own name included
    while words < max_words:
        m = _WORD.match(text, pos)
        if not m:
            break
        if m.group("num"):
            if end is None or end != pos:
                break  # "junto al kiosko a las 6": a number after a linking word is a time or a count
            end = pos = m.end()
            words += 1
            continue
        word = m.group("word")
        kind = _word_class(word)
        if kind == "l":
            if fold(word) in _LOCATIVE_LINKS:
                town = _CAPS_RE.match(text, m.end() + len(text[m.end():]) - len(text[m.end():].lstrip(" \t")))
                if town and is_town(town.group()):
                    break
            pos = m.end()
            words += 1
            continue
        if not kind:
            # "the baptist church", "la bomba terpel", "la padaria pão quente": a word of the landmark's own name,
            # kept only if a place word follows it or the name runs to the end of the clause
            if unknown < 2 and _name_of_landmark(word):
                if end is not None and end == last and pos > end and text[end:m.start("word")].strip():
                    break  # "la oficina [do aldair]": an owner after a linking word is the owner's rule's
                unknown += 1
                last = pos = m.end()
                words += 1
                continue
            break
        if word[:1].isupper() and end is None and is_town(_CAPS_RE.match(text, m.start("word")).group()):
            break
        bare = fold(word.rstrip("."))
        bare = bare[2:] if bare[:2] in ("l'", "d'") and len(bare) > 2 else bare  # "l'église"
        house = house or bare in _HOUSES
        landmark = landmark or bare in _LANDMARKS
        unknown = 0
        end = last = pos = m.end()
        words += 1
    if landmark and end is not None and last is not None and last > end and _CLAUSE_END.match(text, last):
        end = last
    if end is None or (need_house and not house):
        return None
    # Kreyòl puts the article after the noun: "legliz Batis la", "kay ble a" keep theirs.
    m = _POSTPOSED.match(text, end)
    return m.end() if m else end


_SHEDS = frozenset(fold(w) for w in "bodega depo galpão galpon galpón barracks bunkhouse shed warehouse entrepôt dépôt".split())
_HOUSE_JOIN_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?i:the|la|el|a|o|le|une|un|una|uma|um|yon|her|his|my|mi|su|sa|son|their|our|nuestra|minha|meu)[ \t]+)?"
    r"(?P<words>(?:[^\W\d_][\w'’-]*[ \t]+){1,3}?)(?:(?:a|la|an)[ \t]+)?"
    r"(?P<join>(?i:on|at|in|en|em|no|na|nan|sou|sur|au|off))[ \t]+(?:(?i:the|la|el|le)[ \t]+)?$")
_DISTRICT_COMMA_BEFORE = re.compile(
    r"(?<![\w'’])(?i:en|in|no|na|nan|au|dans|em|at)[ \t]+(?P<name>(?:(?i:el|la|los|las|o|a|os|as|le|les|the)[ \t]+)?"
    r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?),[ \t]*$")


_WORKPLACES = frozenset(fold(w) for w in """camp mall salon farm plant factory warehouse shop store deli restaurant
taqueria bar club motel hotel yard mill orchard dairy cannery maquila taller fábrica galera""".split())
_AREA_COMMA_BEFORE = re.compile(
    r"(?<![\w'’])(?i:village|crique|section|seksyon|quartier|secteur|lokalite|katye|barrio|bairro|colonia|vereda|aldea"
    r"|caser[ií]o|comunidad|comunidade|vila|sitio|sítio|batey|asentamiento|assentamento|kolonya|setor)[ \t]+"
    r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?),[ \t]*$")
_BUILDING_WORDS = frozenset(fold(w) for w in "predio prédio edificio edifício building immeuble bilding".split())


def _district_word(word: str) -> bool:
    f = fold(word)
    return len(f) > 2 and f not in _STOP and f not in _NOT_A_PLACE_NAME and f not in _POSSESSIVES \
        and f not in _COUNT_WORDS and f not in _PLEASE and f not in _NOT_OWNER and f not in _DESCRIPTION_STOP \
        and f not in _LANDMARKS and f not in _HOUSES and f not in _BUILDING_WORDS


def _name_of_landmark(word: str) -> bool:
    """A word in lower case that may name a landmark ('terpel', 'baptist', 'quente'), not a function word,
    a verb of the story, a time or a count."""
    f = fold(word)
    return word[:1].islower() and len(f) > 2 and f not in _STOP and f not in _NOT_A_PLACE_NAME \
        and f not in _POSSESSIVES and f not in _COUNT_WORDS and f not in _DESCRIPTION_STOP and f not in _PLEASE \
        and f not in _NOT_OWNER and f not in _TITLES


_TITLES = frozenset(fold(w) for w in """don doña dona seu sr sra señor señora senor senora tio tia tío tía madan msye mr mrs ms miss mme
monsieur madame tonton tant se frè fre manmi papi mister mama papa ti""".split())
_POSTPOSED_END = re.compile(r"[ \t]+(?:la|a|an|lan|nan)[ \t]*$")
_POSTPOSED = re.compile(r"[ \t]+(?:la|a|an|yo)(?=[ \t]*(?:$|[.,;:!?\n]))")


def _town_next(text: str, pos: int) -> bool:
    m = _CAPS_RE.match(text, pos)
    return bool(m) and is_town(m.group())


def _link(text: str, pos: int, after_comma: bool) -> int | None:
    """End of the link of an address chain starting at pos, or None."""
    m = _NUMBER_IN_WORDS.match(text, pos) or _TOWN_STATE_ZIP.match(text, pos)
    if m:
        return m.end()  # "numero mil doscientos", "los angeles ca 90057"
    m = _WHICH_IS.match(text, pos) if after_comma else None
    if m and LOCATOR.match(text, m.end()):
        end = _link(text, m.end(), False)  # ", la q esta [despues del muelle]", ", sa ki [toupre teminal la]"
        if end:
            return end
    end = _description(text, pos, after_comma)
    if end:
        return end  # ", la de las lonas verdes", "with the broken fence", ", the one with the couch on the porch"
    for pattern in (_DIRECTIONS_RE, _UNIT_RE, _ZONE_RE, _KM):
        m = pattern.match(text, pos)
        if m:
            return m.end()
    m = _AND.match(text, pos)
    if m:
        d = _DIRECTIONS_RE.match(text, m.end())
        if d:
            return d.end()  # "200 metros al sur y 50 al oeste"
    for pattern in (_STREET_RE, _AREA_RE):
        m = pattern.match(text, pos)
        if m:
            # inside an address a neighbourhood word's name may be any words ("col. ampliacion lopez portillo")
            strong = pattern is _AREA_RE and bool(_AREA_STRONG.fullmatch(text, m.start(), m.end()))
            end = _name_after(text, m.end(), open_name=strong, any_word=strong)
            if end:
                return _cross_tail(text, end)
    m = _ON_ORDINAL_STREET.match(text, pos)
    if m:
        return _cross_tail(text, m.end())  # "... du dépanneur [sur la 2e avenue]", "the laundromat [on 5th ave]"
    m = _ROAD_TO.match(text, pos)
    if m:
        end = _name_after(text, m.end(), max_words=3, capitals_only=True)
        if end:
            return end
    for pattern in (_ESTATE_RE, _ON_STREET):
        m = pattern.match(text, pos)
        if m and (pattern is _ESTATE_RE or not _town_next(text, m.end())):
            estate = pattern is _ESTATE_RE  # ", condominio parque das arvores": its name in any words
            end = _name_after(text, m.end(), max_words=4, capitals_only=not estate, open_name=estate, any_word=estate)
            if end:
                return _cross_tail(text, end)
    m = LOCATOR.match(text, pos) or _MOVING.match(text, pos)
    if m:
        end = _phrase(text, m.end())
        if end:
            side = _SIDE_RE.match(text, _SEP.match(text, end).end())
            return side.end() if side else end
        street = _LOWER_DISTRICT.match(text, m.end())  # "... sur la rue saint-hubert près de beaubien": a name, a street
        if street and _CLAUSE_END.match(text, street.end()) and _district_words(street.group()) \
                and all(gazetteer().flags(fold(w)) & (GIVEN | SURNAME) for w in street.group().split()):
            return street.end()
    m = _SIDE_RE.match(text, pos)
    if m:
        return m.end()
    m = _SECTION_RE.match(text, pos)
    if m and _ORDINAL_BEFORE.search(text, max(0, pos - 8), pos):
        return m.end()  # "Col. Guerrero 2a sección"
    m = _NUMBER_RE.match(text, pos)
    if m and (_CLAUSE_END.match(text, m.end()) or _starts_link(text, m.end()) or _town_follows(text, m.end())):
        return m.end()  # ", numéro 870 à Saint-Hyacinthe"
    m = _AT_THE_BUILDING.match(text, pos)
    if m and _name_words(m.group("name")):
        return m.end()  # "unit 14 of the riverbend condos", "room 23 at the motel"
    m = _DIRECTION_SUFFIX.match(text, pos)
    if m and not after_comma and _CLAUSE_END.match(text, m.end()) or m and _starts_link(text, m.end()):
        return m.end()
    m = _LOWER_SUFFIX.match(text, pos)  # "3456 rue beaubien est", "1200 boul. charest o, app 8"
    if m and not after_comma and (_CLAUSE_END.match(text, m.end()) and m.group(1) or _starts_link(text, m.end())):
        return m.end()
    if after_comma:
        m = _DISTRICT_RE.match(text, pos)
        if m and _CLAUSE_END.match(text, m.end()):
            return m.end()
        if _town_next(text, pos):
            town = _CAPS_RE.match(text, pos)
            m = _NUMBERED_DISTRICT.match(text, town.end())
            return m.end() if m and _CLAUSE_END.match(text, m.end()) else None
        m = _CAPS_RE.match(text, pos)
        if m and _CLAUSE_END.match(text, m.end()):
            return m.end()  # ", Bonsucesso": a neighbourhood after the street
        end = _house_tail(text, pos)  # ", the white one", ", la de rejas blancas", ", the one with the chain link fence"
        if end:
            return end
        m = _LOWER_DISTRICT.match(text, pos)  # "ri dezil #14, lasalin": a neighbourhood after the house number
        if m and text[:pos].rstrip(" \t,")[-1:].isdigit() and _CLAUSE_END.match(text, m.end()) \
                and _district_words(m.group()):
            return m.end()
        end = _phrase(text, pos, max_words=6, need_house=True)  # ", portón negro", ", the blue house"
        words = [fold(w) for w in text[pos:end].split()] if end else []
        if end and (any(w in _DISTINCT | _ORDINALS or w[:1].isdigit() for w in words)
                    or any(w in _HOUSES and w not in _PLAIN_HOUSES for w in words)):
            return end
        return None  # "cerca de la iglesia, la casa es grande": a house no one could tell apart
    m = _CROSS_RE.match(text, pos)
    if m:
        street = _STREET_RE.match(text, m.end())
        start = street.end() if street else m.end()
        if not _town_next(text, start):
            end = _name_after(text, start, max_words=3, capitals_only=not street)
            if end:
                return _cross_tail(text, end)
    return None


# "la q esta", "the one that is", "celle qui est", "sa ki", "a que fica": a house told by where it stands.
_WHICH_IS = re.compile(r"(?i:la|el|lo|a|o|the[ \t]+one|celle|celui|sa|kay|aquela|aquella)[ \t]+(?i:q|que|ki|qui|that|which)"
                       r"(?:[ \t]+(?i:esta|está|queda|fica|is|est|ye|se[ \t]+trouve|sits))?[ \t]+")
_WHICH_IS_END = re.compile(r",[ \t]*(?:" + _WHICH_IS.pattern + r")$")
# A house number in words after its keyword: "numero ochenta y dos", "número mil e duzentos", "nimewo douz".
_NUMBER_WORDS = (r"(?:un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|veinti\w+"
                 r"|dieci\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\w+cientos|\w+centos"
                 r"|quinientos|mil|um|dois|duas|três|tres|quatro|sete|oito|nove|dez|onze|doze|treze|quatorze|catorze|quinze"
                 r"|dezesseis|dezessete|dezoito|dezenove|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem"
                 r"|cento|duzentos|trezentos|quinhentos|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                 r"|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|deux|trois|quatre|cinq"
                 r"|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante"
                 r"|cent|mille|en|de|twa|kat|senk|sis|sèt|uit|nèf|dis|douz|ven|trant|karant|senkant|swasant|san)")
_NUMBER_IN_WORDS = re.compile(
    rf"(?i:n[uú]mero|num\.?|no\.|n[º°]\.?|#|number|num[ée]ro|nimewo)[ \t]*(?i:{_NUMBER_WORDS})"
    rf"(?:[ \t]+(?:(?i:y|e|et|and|ak)[ \t]+)?(?i:{_NUMBER_WORDS}))*(?!\w)")
# A town, its state and its ZIP code closing a US address: "..., miami fl 33127", "los angeles ca 90057".
_TOWN_STATE_ZIP = re.compile(r"(?:[^\W\d_][\w'’.-]*[ \t]+){1,3}[A-Za-z]{2}\.?,?[ \t]+\d{5}(?:-\d{4})?(?!\w)"
                             r"|[A-Za-z]{2}\.?[ \t]+\d{5}(?:-\d{4})?(?!\w)")

# How a house is told apart once its address is given: ", la que tiene la tienda abajo", ", la de las lonas
# verdes", ", aquela q tem grade preta", "with the broken fence", ", celle avec le cabanon", "ak pòtay wouj la".
_DESCRIPTION_OPEN = re.compile(
    r"(?i:the[ \t]+ones?|la|el|a|o|aquela|aquele|aquella|aquel|celle|celui|sa|kay)[ \t]+"
    r"(?i:que|q|qui|ki|that|with|de|del|da|do|con|com|avec|ak|gen|w/|w(?=[ \t]+(?:the|a)[ \t]))(?![\w'’])")
_MOVABLE = frozenset(fold(w) for w in "car cars truck van carro camioneta caminhonete machin dog dogs perro perros cachorro chen chien".split())
_HOUSE_OPEN = re.compile(r"(?i:the|la|el|a|o|le|les|une|un|una|uma|um|yon)[ \t]+(?=(?P<w>[^\W\d_][\w'’-]*))")
_MADE_OPEN = re.compile(r"(?i:de|do|da|en|em|an)(?![\w'’])")
_WITH_OPEN = re.compile(r"(?i:with|w/|w(?=[ \t]+(?:the|a)[ \t])|con|com|avec|ak|gen)(?![\w'’])")
# What a house has that tells it apart from its neighbours.
_PARTS = frozenset(fold(w) for w in """
fence gate door doors roof porch awning tarp entrance window windows sheets couch mailbox flag balcony stairs steps
garage yard tree trees car truck van dog dogs sign bars wall walls shutters lights side paint mural
techo portón porton puerta puertas reja rejas barda lona lonas bandera árbol arbol palo perro perros carro camioneta
ventana ventanas balcón balcon escalera escaleras muro barandal letrero toldo pared virgen placa lamina
lámina adobe block pintar macetas buganvilia
muro portão portao grade porta janela janelas telhado cachorro árvore arvore bananeira caminhonete carro placa escada
varanda toldo chapiscado laje taipa ferro madeira tijolo chapa palafita
portail clôture cloture toit porte fenêtre fenetre fenêtres escaliers escalier balcon cabanon silo grange volets chien
auvent galerie
pòtay potay pòt pot baryè barye miray pye mango fenèt fenet machin chen galri tòl tol
persiana sticker boat pilotis reboco andares pisos plantas barrière barriere grillage pay balcony balcón
trees palms palmeras palmas tanque tank lona tarp silos silo chimney chimenea
""".split())
_DESCRIPTION_STOP = frozenset(fold(w) for w in """
onde donde where ou où kote cuando when quand quando pero but mais mas men porque because parce pq
me te nos se lo li yo nou mwen m i im he she they we you it them him us il elle ils elles je tu eu ele ela eles voce vc
es está esta son era eran estan están is are was were est sont é fica ficam tem? vive vivem mora moram lives live
dice dicen diz says said dit di
""".replace("tem?", "").split())
# Words of a description that _STOP or _NOT_A_PLACE_NAME hold: 'and', and what a house has ('la que tiene la tienda abajo').
_DESCRIPTION_GO = frozenset("y e and et pis ak tiene tienen tem has have gen genyen ki que q qui that".split())
_TAIL_WORD = re.compile(r"[ \t]*(?P<w>[^\W_][\w'’-]*)")
_STOREYS = re.compile(r"[ \t]+(?i:pisos|plantas|andares|stories|storeys|floors|[ée]tages|etaj)(?!\w)")


def _description(text: str, pos: int, after_comma: bool) -> int | None:
    """End of the words that tell the house apart, starting at pos, or None."""
    m = _DESCRIPTION_OPEN.match(text, pos) if after_comma else None
    m = m or _WITH_OPEN.match(text, pos)
    if not m and after_comma:
        # ", a porta de ferro cinza", ", le triplex avec les escaliers verts", ", the silver one by the wheel"
        m = _HOUSE_OPEN.match(text, pos)
        head = fold(m.group("w")) if m else ""
        definite = m and fold(text[m.start():m.start("w")].strip()) in ("the", "la", "el", "le", "o", "a")
        if m and (head in _MOVABLE or not (head in _HOUSES | _PARTS | _FARMS | _DISTINCT | _ORDINALS
                                           or head.rstrip("s") in _PARTS
                                           or definite and head in _SHEDS | _BUILDING_WORDS)):
            m = None  # ", a van picks them up": a vehicle or an animal opens a new clause, not a description
    if not m and after_comma:
        # ", casa de dos pisos con balcón", ", side door", ", pòt nwa", ", barrière rouge": a house or its part
        # with no article
        b = _TAIL_WORD.match(text, pos)
        head = fold(b.group("w")) if b else ""
        if b and head not in _MOVABLE and not LOCATOR.match(text, pos) \
                and (head in _HOUSES | _PARTS | _SHEDS or head in _DISTINCT and head != "corner"):
            m = re.compile("").match(text, pos)
    if not m and not after_comma:
        # "la puerta [de chapa gris]", "casa [de taipa]": what the house or its part is made of
        m = _MADE_OPEN.match(text, pos)
        w = list(_WORD_START.finditer(text, max(0, pos - 20), pos))
        if m and not (w and fold(w[-1].group()) in _HOUSES | _PARTS and not text[w[-1].end():pos].strip()):
            m = None
    if not m:
        return None
    end, told, words = None, False, 0
    p = m.end()
    while words < 10:
        w = _TAIL_WORD.match(text, p)
        if not w or end is not None and LOCATOR.match(text, w.start("w")):
            break  # "kay ki gen pòt gri a [dèyè famasi a]": the landmark is the chain's next link
        f = fold(w.group("w"))
        storeys = _STOREYS.match(text, w.end()) or _STOREYS.fullmatch(" " + f)  # "de dos pisos", "of two stories"
        if f not in _LINKS and f not in _PARTS | _DISTINCT | _ADJECTIVES | _HOUSES | _LANDMARKS | _FARMS \
                and (f in _STOP or f in _NOT_A_PLACE_NAME) \
                and f not in _DESCRIPTION_GO and not storeys:
            break  # "con un tanque azul [ahi me tienen]"
        if f in _DESCRIPTION_STOP or f in _COUNT_WORDS and f not in _LINKS and not storeys or f in _PLEASE or w.group("w")[:1].isupper() and _town_next(text, w.start("w")):
            break  # "kay ak pòtay vèt la Okap": the town after the description stays
        told = told or f in _PARTS or f.rstrip("s") in _PARTS or f in _DISTINCT or f.rstrip("s") in _DISTINCT \
            or f in _LANDMARKS or f in _HOUSES and f not in _PLAIN_HOUSES
        p = w.end()
        words += 1
        if f not in _LINKS:
            end = p
    if not told or end is None:
        return None
    m = _POSTPOSED.match(text, end)
    return m.end() if m else end


# What is left of a house told apart after its address: ", the white one", ", la bleue", ", a de muro verde".
_HOUSE_TAIL = re.compile(r"(?i:the|la|el|a|o|le|una|uma|une)[ \t]+(?P<rest>(?:[^\W\d_][\w'’-]*[ \t]*){1,6}?)(?=[ \t]*(?:$|[.;:!?\n,]))")
_TAIL_WORDS = frozenset(fold(w) for w in """one ones una uno celle celui with con com avec de du au à the a an la el los las o os as
le les un une um uma chain link wood wooden metal tin madera lámina rejas reja portón porton muro portão portail clôture
cloture grille fence gate door roof porch tarp fachada techo""".split())


def _house_tail(text: str, pos: int) -> int | None:
    m = _HOUSE_TAIL.match(text, pos)
    if not m:
        return None
    words = [fold(w) for w in m.group("rest").split()]
    told = any(w in _DISTINCT or w in _HOUSES for w in words)
    ok = all(w in _TAIL_WORDS or w in _DISTINCT or w in _HOUSES or w in _ADJECTIVES for w in words)
    return m.end() if told and ok else None


_LOWER_DISTRICT = re.compile(r"[a-zß-ÿ][\w'’-]*(?:[ \t]+[a-zß-ÿ][\w'’-]*)?")
# Words that close a message, not a place: ", porfa", ", pls", ", mesi".
_PLEASE = frozenset("""porfa porfavor xfa pf plis pls plz please thanks thx gracias grasias obrigado obrigada vlw merci mesi
urgente urgent ayuda help ajuda ed sos rapido rapide vit""".split())


def _district_words(chunk: str) -> bool:
    words = [fold(w) for w in chunk.split()]
    return not is_town(chunk) and all(
        len(w) > 2 and w not in _STOP and w not in _NOT_A_PLACE_NAME and w not in _LINKS and w not in _PLEASE
        and w not in _COUNT_WORDS and not gazetteer().flags(w) & (WORD | COMMON) for w in words)


_AT_THE_BUILDING = re.compile(
    r"(?i:at|of|in)[ \t]+(?i:the)[ \t]+(?P<name>(?:[^\W\d_][\w'’-]*[ \t]+){0,3})(?i:apartments|apts|condos|motel|inn|lodge"
    r"|hotel|trailer[ \t]+park|mobile[ \t]+home[ \t]+park|park|estates|complex|building|tower|village|motor[ \t]+inn)(?!\w)")
_TOWN_LINK = re.compile(r"[ \t]*,?[ \t]*(?i:en|in|à|a|em|nan|de)[ \t]+")


def _town_follows(text: str, pos: int) -> bool:
    m = _TOWN_LINK.match(text, pos)
    return bool(m) and _town_next(text, m.end())


def _starts_link(text: str, pos: int) -> bool:
    """Whether what follows pos (after a separator) is another link of the address."""
    p = _SEP.match(text, pos).end()
    return any(pat.match(text, p) for pat in (_DIRECTIONS_RE, _UNIT_RE, _ZONE_RE, _STREET_RE, _AREA_RE, LOCATOR))


def grow_address(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The address span [start, end) grown over its whole locating description, within [lo, hi)."""
    hi = len(text) if hi is None else hi
    for _ in range(_MAX_LINKS):
        sep = _SEP.match(text, end)
        # "Rua Sete de Setembro, 88 - Centro": a dash after the number stands for a comma
        dash = "-" in sep.group() and text[end - 1:end].isdigit() and sep.group() != "-"
        nxt = _link(text, sep.end(), after_comma="," in sep.group() or dash)
        if nxt is None or nxt > hi or nxt <= end:
            break
        end = nxt
    return _grow_back(text, start, lo), end


# The building or lodging a unit is in: "hotel Estrela [quarto 15]", "otel bon repo [chanm 7]",
# "condominio los arcos [torre b depto 401]", "the oak tree [motel]".
_BUILDING = (r"(?i:h[oô]tel|ot[eè]l|mot[eè]l|pousada|pens[aã]o|pensi[oó]n|hostal|posada|auberge|inn|lodge|condominio|torres"
             r"|condom[ií]nio|edificio|edif[ií]cio|pr[eé]dio|building|apartments|apts|residencial|r[ée]sidence|conjunto"
             r"|conjunto\s+habitacional|immeuble|casa\s+de\s+hu[eé]spedes|vecindad|cuarter[ií]a|parque\s+industrial"
             r"|industrial\s+park|centro\s+comercial|plaza\s+comercial)")
_BUILDING_BEFORE = re.compile(
    rf"(?<![\w'’])(?:(?i:l)['’][ \t]*)?{_BUILDING}(?P<name>(?:[ \t]+[^\W\d_][\w'’-]*){{0,4}})[ \t]*,?[ \t]*$")
_NUMBERED_STREET_BEFORE = re.compile(
    r"(?<![\w.,$€])\d{1,5}[ \t]+(?P<name>(?:(?i:n|s|e|w|north|south|east|west)[ \t]+)?[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)"
    r"[ \t]*,[ \t]*$")
_UNIT_BEFORE = re.compile(rf"(?:{_UNIT_RE.pattern})[ \t]*,?[ \t]*$")
_NAMED_BEFORE = re.compile(r"(?<![\w'’])(?i:the)[ \t]+(?P<name>(?:[^\W\d_][\w'’-]*[ \t]+){1,3})$")
# Everyday adjectives that open a lodging's name ("otel Bon Repo", "hotel Buen Descanso").
_NAME_ADJECTIVES = frozenset("bon bonne bel belle bueno buen buena bom boa good royal grand gran grande".split())


def _name_words(chunk: str) -> bool:
    """Words that can name a building: no function word, verb or word of time ("hotel las palmas",
    "hôtel du parc"; not "el hotel donde trabajo")."""
    words = [fold(w) for w in chunk.replace(",", " ").split()]
    return any(w not in _NAME_LINKS for w in words) and all(
        w in _NAME_ADJECTIVES or w in _NAME_LINKS or i and words[i - 1] in _NAME_ADJECTIVES  # "pensão Boa Noite"
        or w not in _STOP and w not in _NOT_A_PLACE_NAME and w not in _POSSESSIVES
        for i, w in enumerate(words))


_NAME_LINKS = frozenset("de del la las los el du des do da das dos le les of the".split())


def _building_before(text: str, start: int, lo: int) -> int:
    """Start of the units and the building before a unit or a lodging that starts the span."""
    for _ in range(4):
        before = text[max(lo, start - 60):start]
        base = start - len(before)
        if _UNIT_RE.match(text, start) or re.match(_BUILDING, text[start:]):
            m = _UNIT_BEFORE.search(before)
            if m:
                start = base + m.start()
                continue
            m = _BUILDING_BEFORE.search(before)
            if m and m.group("name").strip() and _name_words(_POSTPOSED_END.sub("", m.group("name"))):  # "otèl plaza a, chanm 2"
                start = base + m.start()
                continue
            m = _NUMBERED_STREET_BEFORE.search(before)  # "77 west elm, [apartment 9]"
            if m and _name_words(m.group("name")) and not set(map(fold, m.group("name").split())) & _COUNT_WORDS:
                start = base + m.start()
                continue
        first = _WORD_START.match(text, start)
        if first and fold(first.group()) in _LANDMARKS:
            m = _NAMED_BEFORE.search(before)
            if m and _name_words(m.group("name")):
                start = base + m.start("name")
        break
    return start


_HOUSE_NOUN_BEFORE = re.compile(r"(?<![\w'’])(?:(?i:la|el|the|a|o|le|yon)[ \t]+)?(?P<noun>[^\W\d_]+)[ \t]+$")
_CORNER_START = re.compile(r"(?i:esquina|corner|coin|kwen|esq\.?)(?!\w)")


def _grow_back(text: str, start: int, lo: int) -> int:
    start = _building_before(text, start, lo)
    start = _road_or_workplace_before(text, start, lo)
    before = text[max(lo, start - 90):start]
    base = start - len(before)
    first = _WORD_START.match(text, start)
    if first and first.group()[:1].isupper() and fold(first.group()) in _LANDMARKS:
        m = _CAPS_BEFORE.search(before)  # "the Sunrise [Motel on Main Street]": English names come first
        if m:
            start = base + m.start()
            before = before[:m.start()]
    first = _WORD_START.match(text, start)
    if first and fold(first.group()) in _ADJECTIVES:
        m = _HOUSE_NOUN_BEFORE.search(before)  # "la casa [rosada esquina con la 3a calle]"
        if m and fold(m.group("noun")) in _HOUSES | _FARMS:
            start = base + m.start()
            before = before[:m.start()]
    if LOCATOR.match(text, start) or _CORNER_START.match(text, start):
        start = base + _house_before(before, len(before))
        before = text[max(lo, start - 90):start]
        base = start - len(before)
    m = _ORDINAL_BEFORE.search(before)
    if m and _STREET_START.match(text, start):
        start = base + m.start()
        before = text[max(lo, start - 90):start]
        base = start - len(before)
    # "arriba de la tortillería de la [calle Allende]", "au bout de la [rue Papineau]",
    # "yon depo sou [wout Nasyonal 2]": the landmark phrase that leads to it.
    join = _JOIN_AFTER_LANDMARK.search(before)
    cut = join.start() if join else len(before)
    for loc in LOCATOR.finditer(before, max(0, len(before) - 70)):
        end = _phrase(before, loc.end())
        rest = before[loc.end() if end is None else end:]
        # "anfas lekol sen jozef la, [ri 8]": the landmark's own name before the street
        if _only_links(rest) or end is not None and len(rest.split()) <= 4 and _name_words(rest):
            return base + _house_before(before, loc.start())
    if join:
        for w in _WORD_START.finditer(before, max(0, cut - 40), cut):
            # "la casa azul de la [calle Zaragoza 118]": a house told apart by its colour is a landmark too
            told = fold(w.group()) in _HOUSES and any(fold(x) in _DISTINCT for x in before[w.end():cut].split())
            if fold(w.group()) in _LANDMARKS or told:
                end = _phrase(before, w.start())
                # "la taqueria el guero de la [calle madero]": the landmark's own name before the join
                if end is not None and (before[end:cut].strip(" \t,") == "" or len(before[end:cut].split()) <= 4
                                        and _name_words(before[end:cut])):
                    a = _ARTICLE_BEFORE.search(before, 0, w.start())
                    return base + (a.start() if a else w.start())
    # "the yellow house on [3rd and walnut]", "her house at [506 magnolia ave]", "una casa en [la colonia X]",
    # "nan bodega a [dèyè fundo ...]": the house the address is of, told by its words just before it.
    m = _HOUSE_JOIN_BEFORE.search(before, max(0, len(before) - 50))
    while m and len(m.group("words").split()) > 1 and fold(m.group("words").split()[0]) not in _ADJECTIVES | _DISTINCT:
        m = _HOUSE_JOIN_BEFORE.search(before, m.start("words") + len(m.group("words").split()[0]))  # the nearest words
    if m:
        words = [fold(w) for w in m.group("words").split()]
        # only a house told apart by how it looks: "his house on [4th ave]", "un appartement au [...]",
        # "kay la nan [ri X]" ('the house is in') stay, as the team sets have them
        told = any(w in _DISTINCT for w in words[:-1])
        if words and words[-1] in _HOUSES | _FARMS | _SHEDS and all(w in _ADJECTIVES | _DISTINCT for w in words[:-1]) \
                and told:
            return base + m.start()
    # "to no bom retiro, [rua jose paulino 400]", "in los mina, [calle 7 casa 19]": a neighbourhood in lower case
    # after 'in' and before the street, if no town.
    m = _DISTRICT_COMMA_BEFORE.search(before)
    if m and any(p.match(text, start) for p in (_STREET_RE, _AREA_RE, _UNIT_RE)) and not is_town(m.group("name")) \
            and all(_district_word(w) for w in m.group("name").split()[-2:] if fold(w) not in _LINKS):
        return base + m.start("name")
    # "au village chinois, [à côté de l'église ...]", "nan lokalite dofine, [seksyon 3 ...]": a neighbourhood word
    # and its name in lower case before the first link
    m = _AREA_COMMA_BEFORE.search(before)
    if m and not is_town(m.group("name")) and all(_district_word(w) for w in m.group("name").split()):
        return base + m.start()
    # "Kanaran, [blòk 5, kay 118]": a capitalised name before the first link, if no town.
    m = _NAME_COMMA_BEFORE.search(before)
    if m and not is_town(m.group("name")) and before[:m.start()].strip()[-1:].islower():
        return base + m.start()
    m = _ARTICLE_BEFORE.search(before)
    if m:
        return base + m.start()
    return start


# "carretera panamericana [km 8]", "wout [nasyonal 1]": the road or street word the span leaves behind.
_ROAD_NAME_BEFORE = re.compile(r"(?<![\w'’])(?i:carretera|autopista|ruta|rodovia|estrada|wout|route|highway|hwy|v[ií]a)"
                               r"(?:[ \t]+[^\W\d_][\w'’-]*){0,2}[ \t]*,?[ \t]*$")
_STREET_WORD_BEFORE = re.compile(rf"(?<![\w.])(?:{_STREET})[ \t]+$", re.IGNORECASE)
# A workplace's own name before a comma and its address: "restaurante sabor mineiro, [rua tupis 88]",
# "sunrise dairy, [3300 county rd 40]"; and a landmark word just before its name: "restaurant [le palmier, 45 bd ...]".
_COMMA_END = re.compile(r",[ \t]*$")
_ARTICLE_AT_END = re.compile(r"(?<![\w'’])(?i:el|la|los|las|le|les|l['’]|o|os|as|a)[ \t]*$")


def _road_or_workplace_before(text: str, start: int, lo: int) -> int:
    """Start of the road, street word, count of blocks or named workplace the span leaves behind."""
    before = text[max(lo, start - 60):start]
    base = start - len(before)
    if _KM.match(text, start) or _NUMBER_RE.match(text, start):
        m = _ROAD_NAME_BEFORE.search(before)
        if m and all(_name_words(w) for w in before[m.start():].replace(",", " ").split()[1:]):
            return base + m.start()
    m = _STREET_WORD_BEFORE.search(before)
    if m:
        return base + m.start()
    m = _COUNT_BEFORE.search(before)
    if m and _COUNTED.match(text, start):
        return base + m.start()  # "two [blocks from the walmart]"
    comma = _COMMA_END.search(before)
    words = list(_WORD_START.finditer(before[:comma.start()] if comma else before))
    if comma and words and words[-1].end() == comma.start():
        for k in (1, 2, 3, 4):  # "restaurante sabor mineiro, [rua tupis 88]", "ferme laitière gagnon et fils, [...]"
            if len(words) > k and _place_noun(words[-k - 1].group()) \
                    and _name_words(" ".join(w.group() for w in words[-k:])):
                return base + words[-k - 1].start()
        for k in (1, 2):  # "at sunrise dairy, [3300 county rd 40]"
            if len(words) > k + 1 and _place_noun(words[-1].group()) and fold(words[-k - 2].group()) in _AT_FOR \
                    and _name_words(" ".join(w.group() for w in words[-k - 1:-1])):
                return base + words[-k - 1].start()
    elif len(words) > 1 and _ARTICLE_AT_END.search(before) and fold(words[-2].group()) in _LANDMARKS:
        return base + words[-2].start()  # "restaurant [le palmier, 45 bd saint-laurent]": the landmark before its name
    return start


_AT_FOR = frozenset("at for in from en em nan à au dans".split())
_COUNT_BEFORE = re.compile(r"(?<![\w'’])(?i:two|three|four|five|a[ \t]+few|few|couple[ \t]+of|\d{1,2}|dos|tres|duas|deux|trois"
                           r"|media|meia|una|uma|une)[ \t]+$")
_COUNTED = re.compile(r"(?i:blocks?|cuadras?|quadras?|rues?)(?!\w)")


def _place_noun(word: str) -> bool:
    """A landmark, or a neighbourhood or estate word ("cité soleil, [bloc 3 porte 12]")."""
    f = fold(word)
    return f in _LANDMARKS or f[-1:] == "s" and f[:-1] in _LANDMARKS \
        or bool(_AREA_STRONG.fullmatch(word) or _ESTATE_RE.fullmatch(word + " "))


_CAPS_BEFORE = re.compile(r"(?<=[a-z][ \t])(?:[A-Z][\w'’&-]*[ \t]+){1,3}$")
_WORD_START = re.compile(r"(?<![\w'’])[^\W\d_][\w'’-]*")
_NAME_COMMA_BEFORE = re.compile(r"(?<![\w'’])(?P<name>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2}),[ \t]*$")


# "the brown duplex across from", "la casa verde frente a", "juste derrière": the house the
# directions describe, and the adverb that sharpens them, go with them.
_HOUSE_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?i:the|la|el|a|an|une|un|una|o|yon|le)[ \t]+)?(?:[^\W\d_][\w'’-]*[ \t]+){0,3}$"
)
_ADVERB_BEFORE = re.compile(r"(?<![\w'’])(?i:juste|just|right|justo|justamente|bem|jis|exactement)[ \t]+$")


def _house_before(before: str, pos: int) -> int:
    m = _ADVERB_BEFORE.search(before, 0, pos)
    if m:
        return m.start()
    m = _WHICH_IS_END.search(before, max(0, pos - 120), pos)
    if m:
        # "su casa de la playa, la q esta [despues del muelle]", "kay manman chofe a, sa ki [toupre teminal la]"
        for w in reversed(list(_WORD_START.finditer(before, max(0, m.start() - 40), m.start()))):
            if fold(w.group()) in _HOUSES and len(before[w.end():m.start()].split()) <= 4:
                return w.start()
    m = _HOUSE_BEFORE.search(before, max(0, pos - 50), pos)
    if not m:
        return pos
    words = before[m.start():pos].split()
    heads = [i for i, w in enumerate(words) if fold(w) in _HOUSES]
    if heads and all(_word_class(w) in ("c", "l") and not w[:1].isupper() and w.lower() not in ("é", "è") for w in words):
        return m.start() + before[m.start():pos].index(words[0])
    # "the onion farm [off fm 1015]", "the labor camp [on sr 715]": a farm, a shed or a workplace with one word of
    # its kind before it
    if len(words) >= 2 and fold(words[-1]) in _FARMS | _SHEDS | _WORKPLACES and _name_of_landmark(words[-2]) \
            and fold(words[-2]) not in _LINKS and all(not w[:1].isupper() for w in words[-2:]):
        return m.start() + before[m.start():pos].rindex(words[-2], 0, len(before[m.start():pos]) - len(words[-1]))
    return pos


def _only_links(chunk: str) -> bool:
    words = chunk.replace(",", " ").split()  # "a duas quadras da rodoviária, na [rua das palmeiras]"
    return bool(words) and all(_word_class(w) == "l" for w in words) or not chunk.strip()


def without_town(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The address span without a town, state or country that closes it after a comma or
    'en/in/à/em' ("..., Apt 4C, Knoxville TN 37917" -> the street and the ZIP code, apart),
    or after a number or a name in lower case ("#210 Austin", "barrio la esperanza Bogota")."""
    for cap in _CAPITAL_AFTER_SPACE.finditer(text, start, end):
        m = _TRAILING_TOWN.match(text, cap.start(), end)
        if m and m.end() == end and is_town(m.group("town")) and _ends_a_place(text[start:cap.start()]):
            return without_town(text, start, cap.start()) + ([m.span("zip")] if m.group("zip") else [])
    for m in _BEFORE_TOWN.finditer(text, start, end):
        if m.start() == start or _ROAD_BEFORE.search(text, start, m.start()):
            continue  # "carretera a Escuintla": the road's name
        last = _LAST_WORD.search(text, start, m.start())
        if m.group().strip().lower() in _OF and not (last and fold(last.group()) in _LANDMARKS):
            continue  # "calle 5 de Mayo", "mercado de San Felipe"; not "una fábrica de Corea"
        words = _TOWN_WORDS.match(text, m.end())  # may reach past the span: "..., Santo| Domingo"
        if not words or _word_class(words.group().split()[0]) in ("c", "l") and not words.group()[:1].isupper():
            continue  # ", casa verde": a house, not the town Casa Verde
        if any(p.match(text, m.end()) for p in (_ESTATE_RE, _AREA_RE, _STREET_RE)):
            continue  # ", Jardim Primavera": a neighbourhood, not the town Jardim
        for w in reversed(list(_WORD_END.finditer(words.group()))):
            name = words.group()[:w.end()]
            if len(name) <= 3 and not name.isupper():
                continue  # "la", "in": state codes are written in capitals ("TN", "QC")
            # ", huancayo" closing the span is the town; ", cercado, Lima": a district before its town
            closes = _TOWN_TAIL.match(text, m.end() + w.end()).end() >= end \
                and not _town_after_comma(text, m.end() + w.end()) and not _DISTRICT_RE.fullmatch(name)
            if (name[:1].isupper() or "," not in m.group() or closes) and is_town(name) \
                    and not _NUMBERED_DISTRICT.match(text, m.end() + w.end()):  # "Delmas 33" is a district
                rest = _TOWN_TAIL.match(text, m.end() + w.end()).end()
                if m.group().strip().lower() in _OF and rest < end and any(c.isalnum() for c in text[rest:end]):
                    break  # "el mercado de San Felipe, atrás de la parroquia": the market's name
                out = [(start, m.start())] if not _bare(text[start:m.start()]) else []
                if rest < end and any(c.isalnum() for c in text[rest:end]) and not _town_of(text[rest:end]):
                    out.append((rest, end))
                return out
    return [(start, end)]


_STREET_SUFFIX = re.compile(r"(?i:st|ave|rd|dr|ln|ct|blvd|pkwy|hwy|cir|way|street|avenue|road|drive|lane|court|boulevard)\.?")
_WORD_END = re.compile(r"[^\W\d_][\w'’.-]*")
_CAPITAL_AFTER_SPACE = re.compile(r"[ \t]+(?=[A-ZÀ-Þ])")
_TRAILING_TOWN = re.compile(r"[ \t]+(?P<town>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2}?)(?:[ \t]+[A-Z]{2})?"
                            r"(?:[ \t]+(?P<zip>\d{5}(?:-\d{4})?))?")
_LAST_TOKEN = re.compile(r"(?P<tok>\S+)$")


def _ends_a_place(chunk: str) -> bool:
    """What stands before a trailing town closes an address: a number ("#210"), a unit's letter
    ("ri B"), a name in lower case ("barrio la esperanza"); not a street word, a landmark or a link
    ("calle Juárez", "rua Augusta", "5 de Mayo", "posto Ipiranga", "pon Gwomòn")."""
    m = _LAST_TOKEN.search(chunk)
    if not m:
        return False
    tok = m.group("tok")
    if any(c.isdigit() for c in tok) or len(tok) == 1 and tok.isupper():
        return True
    if _STREET_SUFFIX.fullmatch(tok):
        return True  # "1502 e cesar chavez st Austin": an English street ends with its suffix
    f = fold(tok.rstrip("."))
    f = f[2:] if f[:2] in ("l'", "d'") else f  # "l'eglise Altamira": the church's name
    return tok.islower() and len(f) > 2 and f not in _LINKS and f not in _STOP and f not in _LANDMARKS | _HOUSES \
        and not any(p.fullmatch(tok) or p.fullmatch(tok + " ") for p in (_STREET_RE, _AREA_RE, _ESTATE_RE))


_TOWN_WORDS = re.compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,4}")
_TOWN_TAIL = re.compile(r"[ \t,]*(?:[A-Z]{2}(?!\w)[ \t,]*)?")
_ROAD_BEFORE = re.compile(r"(?i:carretera|autopista|highway|hwy|rodovia|estrada|route|wout|camino|road|v[ií]a)[ \t]*$")
_BEFORE_TOWN = re.compile(r"(?:,[ \t]*|[ \t]+(?i:en|in|à|a|em|nan|near|cerca\s+de|perto\s+de|pr[èe]s\s+de|toupre|close\s+to"
                          r"|outside(?:\s+of)?|de|da|do|del)[ \t]+)(?=[A-ZÀ-Þa-zà-þ])")
_OF = frozenset("de da do del".split())
_NEXT_TOWN = re.compile(r"[ \t]*,[ \t]*(?P<t>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}?)[ \t]*(?:$|[.,;:!?\n])")
_LAST_WORD = re.compile(r"[^\W\d_]+(?=[ \t]*$)")


def _town_after_comma(text: str, pos: int) -> bool:
    m = _NEXT_TOWN.match(text, pos)
    return bool(m) and is_town(m.group("t"))


def _town_of(chunk: str) -> bool:
    """' de Lima' left after the town 'Cercado': another town, with its linking word."""
    words = chunk.split()
    while words and fold(words[0]) in _OF:
        words.pop(0)
    return bool(words) and is_town(" ".join(words))


def _bare(chunk: str) -> bool:
    """Nothing that points at one place is left: 'una fábrica', 'o posto'."""
    words = chunk.split()
    return all(_word_class(w) in ("l", "c") and not w[:1].isupper() for w in words)


# ------------------------------------------------------------------------- documents
_DOC_NEXT = re.compile(r"(?:[ \t]?[-./][ \t]?|[ \t])(?:\d{1,8}(?![\w])|[A-Za-z](?![\w'’]))")
# The issuer after a Brazilian RG ("SSP/PA", "SDS-PE") and a work card's series ("série 0012-RR").
_DOC_SUFFIX = re.compile(r"[ \t]+(?:(?:SSP|SDS|SESP|SSPDS|PC|IFP|DETRAN|DGPC|IGP|SJS|SEJUSP)[ \t]*[/-]?[ \t]*[A-Z]{2}(?![\w])"
                         r"|(?i:s[ée]rie|series)[ \t]*:?[ \t]*[\dA-Z]{1,6}(?:-[\dA-Z]{1,4})?(?![\w-]))")
_DOC_PREFIX = re.compile(r"(?<![\w-])(?P<p>[A-Z]{1,4})(?:[ \t]?-[ \t]?|[ \t])$"
                         r"|(?<![\w'’-])(?P<low>[vea])(?:-|[ \t])$")  # "v-24.567.891", "a-087-...", "a 215 678 432"


def grow_document(text: str, start: int, end: int, keywords: re.Pattern[str]) -> tuple[int, int]:
    """A document span with its other digit groups and check letter, and a short series in
    capitals just before it that is no document word ("UCI 5551-2093"; not "RG 1234")."""
    while True:
        m = _DOC_NEXT.match(text, end)
        if not m or (m.group()[-1].isalpha() and text[end - 1].isalpha()):
            break
        if m.group()[-1].isalpha() and "-" not in m.group():
            break  # "5551234 y": a letter alone is a check letter only after a dash
        end = m.end()
    m = _DOC_SUFFIX.match(text, end)  # "1.234.567 SSP/PA", "1234567 serie 0012-RR"
    if m:
        end = m.end()
    m = _DOC_PREFIX.search(text, max(0, start - 8), start)
    if m and m.group("low") and (m.group().endswith("-") or sum(c.isdigit() for c in text[start:end]) == 9):
        start = m.start("low")  # a Venezuelan cédula's letter, an A-number's 'a', in lower case, glued by a dash
    elif m and m.group("p") and not keywords.fullmatch(m.group("p")):
        start = m.start("p")
    return start, end


_FROM = re.compile(r"(?<!\w)(?i:de|del|desde)[ \t]+(?:(?i:donde[ \t]+(?:fue|era|estaba|queda|quedaba|est[aá])|lo\s+que\s+fue)[ \t]+)?")


# Guatemalan and Salvadoran streets are numbered before the street word: "la 12 calle 5-33",
# "4a avenida", "6a calle poniente"; English landmarks put the name first: "the Budget Inn".
_ORDINAL_STREET = re.compile(
    r"(?<![\w.,])\d{1,2}(?i:a|o|ra|da|ta|va|ma|na|º|ª)?\.?[ \t]+(?i:calle|avenida|av\.|ave\.?|avenue)(?!\w)"
    r"(?:[ \t]+(?i:poniente|oriente|norte|sur|[AB])(?!\w))?(?:[ \t]+\d{1,3}[ \t]*-[ \t]*\d{1,3}(?!\w))?"
)
_NAMED_FIRST = re.compile(
    r"(?<![\w'’])(?i:at|to|in|from|by|near|behind|of)[ \t]+the[ \t]+(?P<name>(?:[A-Z0-9][\w'’&-]*[ \t]+){1,3}"
    r"(?:Inn|Motel|Hotel|Lodge|Suites|Apartments|Apts|Mall|Plaza|Market|Church|Chapel|School|Farms?|Ranch|Factory"
    r"|Store|Station|Laundromat|Diner|Cafe|Café|Bar|Club|Salon|Spa|Nails|Warehouse|Dairy|Orchards?|Village|Estates"
    r"|Manor|Courts|Towers|Trailer[ \t]+Park|Mobile[ \t]+Home[ \t]+Park))(?!\w)"
)
# English streets with a capitalised suffix, wherever they stand: "a sign that says Pine Hollow Rd".
_SUFFIXED_STREET = re.compile(
    r"(?<![\w'’])(?:\d{1,6}[ \t]+)?[A-Z][a-z]+[ \t]+(?:(?:to|of|de|la|the)[ \t]+)?(?:[A-Z][a-z]+[ \t]+){0,2}(?:Rd|Road|St|Street|Ave|Avenue|Blvd|Boulevard|Ln|Lane|Hwy|Highway|Pkwy"
    r"|Parkway|Trail|Trl|Pike|Way)\.?(?!\w)"
)
# Two or more links of a building in a row: "bloque 14 casa 2210", "blòk 5, kay 118".
_UNITS_RUN = re.compile(rf"(?=[^\n]{{0,12}}\d)(?:{_UNIT_RE.pattern})(?:[ \t]*,?[ \t]*(?:{_UNIT_RE.pattern}))+")


def address_spans(text: str) -> list[tuple[int, int]]:
    """Addresses the shapes of rules.py and locations.py don't see: directions from a landmark,
    numbered streets, English landmarks named first, runs of building units."""
    spans = directions_spans(text)
    for pattern in (_ORDINAL_STREET, _SUFFIXED_STREET, _UNITS_RUN):
        spans += [m.span() for m in pattern.finditer(text)]
    spans += [m.span("name") for m in _NAMED_FIRST.finditer(text)]
    for m in _UNIT_RE.finditer(text):  # "hotel Estrela quarto 15", "parque industrial El Florido, nave 7"
        start = _building_before(text, m.start(), 0) if any(c.isdigit() for c in m.group()) else m.start()
        if start < m.start() and re.search(_BUILDING, text[start:m.start()]):
            spans.append((start, m.end()))
    spans += _landmark_spans(text)
    spans += _described_house_spans(text)
    spans += [m.span() for m in _CORNER.finditer(text)]
    for m in _LANDMARK_ON.finditer(text):
        if fold(m.group("noun")) in _LANDMARKS and m.group("street").split()[0] not in _NOT_STREETS:
            spans.append(m.span())
    for m in _LANDMARK_ON_CORNER.finditer(text):  # "the carwash on bissonnet and fondren"
        if fold(m.group("noun")) in _LANDMARKS and all(_unknown_word(m.group(g)) for g in ("a", "b")):
            spans.append(m.span())
    return spans


# "5th and Poplar", "Main & 3rd": a corner named by its two streets.
_CORNER = re.compile(r"(?<![\w'’])(?:\d{1,3}(?i:st|nd|rd|th)|[A-Z][a-z]+)[ \t]+(?:and|&)[ \t]+(?:\d{1,3}(?i:st|nd|rd|th)(?!\w)"
                     r"|[A-Z][a-z]+(?=[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Blvd)\b))"
                     r"|(?<![\w'’])\d{1,3}(?i:st|nd|rd|th)[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+")
# "the gas station on Airline and Tidwell", "the store on Main": a landmark on a named street.
_LANDMARK_ON = re.compile(
    r"(?<![\w'’])(?i:the)[ \t]+(?:[a-z]+[ \t]+)?(?P<noun>[a-z]+)[ \t]+(?:on|off)[ \t]+"
    r"(?P<street>[A-Z][a-z]+(?:[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+)?)"
)
_LANDMARK_ON_CORNER = re.compile(
    r"(?<![\w'’])(?i:the)[ \t]+(?:[a-z]+[ \t]+)?(?P<noun>[a-z]+)[ \t]+(?:on|off|at)[ \t]+"
    r"(?P<a>[a-z][a-z'-]+)[ \t]+(?:and|&)[ \t]+(?P<b>[a-z][a-z'-]+)")


def _unknown_word(word: str) -> bool:
    """A word in lower case that is no everyday word nor a common name: a street's own name."""
    f = fold(word)
    return len(f) > 2 and f not in _STOP and f not in _NOT_A_PLACE_NAME and not gazetteer().flags(f) & (WORD | COMMON)


_NOT_STREETS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
                         "June July August September October November December Facebook Instagram WhatsApp TikTok "
                         "Snapchat Telegram Google Craigslist".split())


def _landmark_spans(text: str) -> list[tuple[int, int]]:
    """'au-dessus du dépanneur coin Jarry', 'cerca del Paiz', 'next to the laundromat on 5th
    street': a locator and a landmark, with a name, a number or another link after it (a
    bare 'cerca de la iglesia' points at no one place)."""
    spans = []
    for loc in LOCATOR.finditer(text):
        start = loc.end()
        owner = _OWNER_BEFORE.match(text, start)  # "across from sol's barber shop": any word before 's is a name
        owner = owner if owner and fold(owner.group("w")) not in _NOT_OWNER | _LINKS else None
        end = _phrase(text, owner.end() if owner else start)
        if end is None:
            continue
        words = text[loc.end():end].split()
        named = any(w[:1].isupper() or w[:1].isdigit() for w in words) or owner is not None
        if _names_landmark(words):
            after = _OWNER_AFTER.match(text, end)  # "em frente à padaria do ze", "la tienda de don pancho"
            if after and _owner_name(after.group("w")):
                end, named = after.end(), True
            elif not named:
                after = _LOWER_NAME_AFTER.match(text, end)  # "después de la tienda el chino", "la cantina la gloria"
                if after and _lower_landmark_name(after.group("w")):
                    end, named = after.end(), True
            sep = _SEP.match(text, end)
            start = _house_before(text, loc.start())
            # "la casa del monte, la q esta [detras de la capilla]": the house the landmark tells apart
            which = start < loc.start() and _WHICH_IS_END.search(text, max(0, loc.start() - 120), loc.start())
            if named or which or _link(text, sep.end(), "," in sep.group()) is not None:
                spans.append((start, end))
    return spans


# A shop's or a bar's own name in lower case after its article: "la tienda el chino", "o bar do baiano".
_LOWER_NAME_AFTER = re.compile(r"[ \t]+(?i:el|la|los|las|o|a|os|as|le|les)[ \t]+(?P<w>[^\W\d_][\w'’-]+)(?=[ \t]*(?:$|[.,;:!?\n]))")


def _lower_landmark_name(word: str) -> bool:
    """A word that can name a shop after its article, not a time or a count ('la tienda el lunes')."""
    f = fold(word)
    return len(f) > 2 and f not in _STOP and f not in _NOT_A_PLACE_NAME and f not in _COUNT_WORDS \
        and f.rstrip("s") not in _NOT_A_PLACE_NAME and f not in _LANDMARKS | _HOUSES | _LINKS | _DIRECTIONS


def _names_landmark(words: list[str]) -> bool:
    """Whether one of the words after a locator is a landmark ("la iglesia", "l'église")."""
    return any(fold(w.strip(".,")).split("'")[-1] in _LANDMARKS for w in words)


# Whose shop it is pinpoints it: "the barber shop of Sol", "la tienda de doña Chayo", "boutik Ti Jan".
_OWNER_TITLE = r"(?:(?i:don|do[ñn]a|seu|sr\.?|sra\.?|t[ií]o|t[ií]a|madan|msye|mr\.?|mrs\.?|ms\.?|miss|mme|m\.)[ \t]+)"
_OWNER_AFTER = re.compile(rf"[ \t]+(?:(?i:de|do|da|del|of|lan)[ \t]+{_OWNER_TITLE}?|{_OWNER_TITLE})(?P<w>[^\W\d_][\w'’-]*)")
_OWNER_BEFORE = re.compile(r"(?P<w>[^\W\d_][\w-]*)['’]s[ \t]+")


def _owner_name(word: str) -> bool:
    """A person's name (capitalised, or a known given name or surname, or an unknown word),
    not an ordinary word ('la tienda de la esquina', 'the store of my friend')."""
    f = fold(word)
    if f in _LINKS or f in _LANDMARKS or f in _HOUSES or f in _NOT_OWNER:
        return False
    if word[:1].isupper():
        return True
    flags = gazetteer().flags(f)
    return bool(flags & (GIVEN | SURNAME)) and not flags & COMMON or not flags & WORD and len(f) > 1


_NOT_OWNER = _POSSESSIVES | frozenset(fold(w) for w in """
mis mes mwen m li yo nou
ese esa este esta that this aquel aquella esse essa ce cette
barrio colonia pueblo ciudad centro esquina calle frontera bairro cidade rua quartier ville rue coin katye vil lari
town city street corner neighborhood village""".split())


# "la casa azul al lado de la iglesia", "the second house after the tracks", "la finca pasando el
# puente", "kay ble a bò legliz la": a house told apart by how it looks or by its order, and a
# landmark next to it, is one place (a bare "cerca de la iglesia" is not).
_FARMS = frozenset(fold(w) for w in "finca rancho granja galera sitio sítio chácara chacara fazenda farm ranch ferme jaden".split())
_ORDINALS = frozenset(fold(w) for w in """primera primer segunda segundo tercera tercer cuarta quinta última ultima ultimo
first second third fourth fifth last premier première deuxième troisième quatrième dernière primeira segunda terceira
quarta dezyèm twazyèm katriyèm dènye""".split())
_MADE_OF = re.compile(r"(?i:de[ \t]+(?:dos|tres|2|3)[ \t]+(?:pisos|plantas|andares)|de[ \t]+(?:madera|l[áa]mina|block|bloque|adobe"
                      r"|tabla|tablas|tejas)|con[ \t]+(?:port[óo]n|reja|rejas|techo|barda)[ \t]+[^\W\d_]+|com[ \t]+(?:port[ãa]o|muro)"
                      r"[ \t]+[^\W\d_]+|with[ \t]+(?:the|a)[ \t]+[^\W\d_]+[ \t]+(?:fence|gate|door|roof|tarp)|de[ \t]+(?:madeira|tábua)"
                      r"|an[ \t]+t[oò]l|an[ \t]+bwa|tòl|two-story|2-story"
                      r"|(?:au|à|avec[ \t]+(?:un|une|le|la))[ \t]+(?:portail|toit|mur|cl[ôo]ture|porte|grille)[ \t]+[^\W\d_]+)(?!\w)")
# What tells one house from its neighbours: its colour, "abandoned", "on the corner" (not "big" or "small").
_DISTINCT = frozenset(fold(w) for w in """
verde azul blanca blanco negra negro roja rojo amarilla amarillo rosa rosada gris café morada naranja abandonada
abandonado esquinera green blue white black red yellow pink grey gray brown purple orange abandoned corner two-story
vert verte bleu bleue blanc blanche noir noire rouge jaune rose gris brune abandonnée branca branco preta preto vermelha
vermelho amarela amarelo cinza marrom abandonada vèt ble blan nwa wouj rouj jòn gri
color colour cor couleur koulè terracota brisé brisée broken quebrada rota side lateral""".split())
_SIDE_AT_END = re.compile(r"[ \t,]+(?:(?i:on|to)[ \t]+the[ \t]+(?i:left|right)|(?i:a|à)[ \t]+(?:(?i:mano|la)[ \t]+)?"
                          r"(?i:izquierda|derecha|esquerda|direita|gauche|droite))$")
_RELATIVE_AT_END = re.compile(r"[ \t]+(?i:ki|que|qui|that|which)(?:[ \t]+(?i:est[aá]|fica|is|est|ye))?$")
_PASSING = re.compile(r"(?i:pasando|despu[eé]s\s+de(?:l)?|after|past|depois\s+d[aoe]|apr[eè]s|apre|saliendo\s+de(?:l)?)[ \t]+")


def _described_house_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for loc in list(LOCATOR.finditer(text)) + list(_PASSING.finditer(text)):
        end = _phrase(text, loc.end())
        if end is None or not _names_landmark(text[loc.end():end].split()):
            continue
        start = _described_house_before(text, loc.start())
        if start is not None:
            spans.append((start, end))
            continue
        sep = _SEP.match(text, end)  # "derrière l'église du quartier, la maison jaune": the house after its landmark
        after = _house_tail(text, sep.end()) if "," in sep.group() else None
        if after and any(fold(w) in _HOUSES for w in text[sep.end():after].split()):
            spans.append((_house_before(text, loc.start()), after))
    return spans


def _described_house_before(text: str, pos: int) -> int | None:
    """Start of 'la casa azul', 'the second house', 'la finca', 'kay ble a' ending at pos, or None."""
    before = text[max(0, pos - 60):pos]
    base = pos - len(before)
    tail = _RELATIVE_AT_END.sub("", before.rstrip(" \t,"))  # "kay vèt [ki] dèyè legliz la", "la casa azul [que] está"
    side = _SIDE_AT_END.search(tail)  # "the third trailer on the left [past the feed store]"
    if side:
        tail = tail[:side.start()]
    made = None
    for m in _MADE_OF.finditer(tail):
        if m.end() == len(tail):
            made = m
    if made:
        tail = tail[:made.start()].rstrip(" \t,")
    words = list(_WORD_START.finditer(tail))
    described = made is not None
    i = len(words) - 1
    while i >= 0 and (fold(words[i].group()) in _ADJECTIVES or fold(words[i].group()) in ("a", "la", "lan")
                      and i > 0 and fold(words[i - 1].group()) in _ADJECTIVES | _HOUSES):
        described = described or fold(words[i].group()) in _DISTINCT
        i -= 1  # "azul", "blue", "ble a"
    if i < 0 or fold(words[i].group()) not in _HOUSES | _FARMS:
        return None
    noun = words[i]
    if i < len(words) - 1 and text[base + noun.end():base + words[i + 1].start()].strip(" \t") not in ("",):
        return None
    j = i - 1
    while j >= 0 and fold(words[j].group()) in _ADJECTIVES:
        described, j = described or fold(words[j].group()) in _DISTINCT | _ORDINALS, j - 1  # "the blue trailer", "la tercera casa"
    if j >= 0 and fold(words[j].group()) in _ORDINALS:
        described, j = True, j - 1
    if not described and fold(noun.group()) not in _FARMS:
        return None
    start = words[j + 1].start()
    if j >= 0 and _ARTICLE_BEFORE.search(tail, 0, words[j].end()) and words[j].end() + 1 >= words[j + 1].start():
        start = words[j].start()
    return base + start


def directions_spans(text: str) -> list[tuple[int, int]]:
    """Addresses given as directions from a landmark, as in Costa Rica and Nicaragua: "de la
    pulpería La Esperanza 200 metros al sur", "de donde fue el cine Cabrera 2 cuadras al lago"."""
    spans = []
    for d in _DIRECTIONS_RE.finditer(text):
        lo = max(0, d.start() - 80)
        for m in _FROM.finditer(text, lo, d.start()):
            end = _phrase(text, m.end())
            gap = text[end:d.start()].strip(" \t,") if end is not None else ""
            # "del puente [de fierro] 3 km para arriba": the landmark's own name before the distance
            if end is not None and (gap == "" or len(gap.split()) <= 3 and _name_words(gap)
                                    and not any(c.isdigit() for c in gap)):
                spans.append((m.start(), d.end()))
                break
    return spans


# ------------------------------------------------------------------------- a place told by whose it is
# "la tiendita de don Eusebio en la esquina de la 5", "lakay madan Jozèf dèyè legliz la", "chez madame
# Solange derrière le marché", "the nail salon of miss tina next to the laundromat": whose shop or home
# it is, and where, is one place; the owner's name alone left "la tiendita de [NAME] [ADDRESS]" readable
# around it. Without a where ("trabajo en la panadería de doña Lupe") it stays a name.
_HOME_OF = re.compile(r"(?<![\w'’])(?i:lakay|chez|casa[ \t]+de|maison[ \t]+de|home[ \t]+of|house[ \t]+of|place[ \t]+of"
                      r"|kay)[ \t]+")
_OWNER_OF = re.compile(r"[ \t]+(?i:de|do|da|del|of|du|lan|d['’])[ \t]*(?<=[ \t'’])")
_OWNER_WORD_TITLE = re.compile(
    r"(?i:don|do[ñn]a|seu|dona|sr|sra|se[ñn]or(?:a)?|t[ií]o|t[ií]a|madan|msye|mr|mrs|ms|miss|mme|m|monsieur|madame|tonton"
    r"|tant|s[eè]|fr[eè]|manmi|papi|granmoun|mister)\.?[ \t]+")
_AFTER_OWNER = re.compile(r"[ \t]*,?[ \t]*(?:(?i:en|na|no|in|on|at|nan|sou|à|a|ali|aqui|bem|right|just|jis|juste)[ \t]+){0,2}")
_BEFORE_PLACE_NOUN = _LANDMARKS | frozenset(fold(w) for w in "la el the le o a yon un una une um uma ti petite petit little small pequeña pequeno "
                               "pequena pequeño vieja old vye".split())


def owned_places(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(start, end) of each shop or home told by its owner's name with where it is."""
    names = {s: e for s, e, label in spans if label == "NAME"}
    addresses = {s: e for s, e, label in spans if label == "ADDRESS"}
    heads = {(m.start(), m.end()) for m in _HOME_OF.finditer(text)}  # (start of the place words, start of the owner)
    # a shop's word stands a few words before a name, or before the address that says where, or inside them
    windows = [(max(0, s - 40), e) for s, e in names.items()] + [(max(0, s - 80), e) for s, e in addresses.items()]
    for lo, hi in windows:
        for w in _WORD_START.finditer(text, lo, hi):
            if fold(w.group()) in _LANDMARKS and fold(w.group()) != "kay":
                of = _OWNER_OF.match(text, w.end())
                title = _OWNER_WORD_TITLE.match(text, of.end() if of else _SEP.match(text, w.end()).end())
                if of or title and w.end() < title.start():
                    heads.add((w.start(), of.end() if of else _SEP.match(text, w.end()).end()))
    out = []
    for start, pos in sorted(heads):
        title = _OWNER_WORD_TITLE.match(text, pos)
        if title and pos not in names:
            pos = title.end()
        end = None
        for _ in range(3):  # the owner: one to three words, or a name found there
            if pos in names:
                end = pos = names[pos]
                break
            w = _WORD_START.match(text, pos)
            if not w or not _owner_name(w.group()) or fold(w.group()) in _LANDMARKS:
                break
            end = w.end()
            nxt = re.match(r"[ \t]+", text[end:])
            pos = end + (nxt.end() if nxt else 0)
        if end is None:
            continue
        after = _AFTER_OWNER.match(text, end)
        found = [addresses[p] for p in (end + len(_SEP.match(text, end).group()), after.end()) if p in addresses]
        loc = LOCATOR.match(text, after.end())
        phrase = _phrase(text, loc.end()) if loc else None
        if phrase is not None and _names_landmark(text[loc.end():phrase].split()):
            found.append(phrase)
        corner = _CORNER_START.match(text, after.end())  # "nan kwen an", "en la esquina"
        if corner:
            found.append(_POSTPOSED.match(text, corner.end()).end() if _POSTPOSED.match(text, corner.end()) else corner.end())
        if not found:
            continue
        where = max(found)
        words = list(_WORD_START.finditer(text, max(0, start - 30), start))
        for w in reversed(words):  # "la tiendita", "the little bodega", "ti boutik"
            if fold(w.group()) in _BEFORE_PLACE_NOUN | _ADJECTIVES and not text[w.end():start].strip():
                start = w.start()
            else:
                break
        out.append((start, where))
    return out
