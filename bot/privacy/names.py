"""Names of people in free text: a gazetteer of given names and surnames, word shape and
context cues.

How a word becomes part of a name (spans are then replaced by [NAME]):
- after a naming phrase ("me llamo", "my name is", "je m appelle", "meu nome é",
  "mwen rele", "call me", "moi c'est", "se llama", "named"): the next word, whatever its
  case, unless it is a function word, a description or an ordinary word of the project's
  vocabulary; then the words after it while they look like names;
- after a self-introduction ("soy", "I'm", "Im", "je suis", "sou a", "m se") or a relation
  or title ("mi hermana", "my boss", "mon frère", "minha mãe", "sè m", "don", "Mrs"): a
  word the gazetteer knows as a name, or an unknown capitalised word that is no place;
- with no cue: a frequent given name that is no ordinary word ("carlos", "Marie"), any
  known given name written with a capital inside a sentence ("vi a Yaretzi"), and a known
  given name followed by a surname ("juan perez", "Rosa Martínez");
- by its place in the story: the subject of a deed ("milagros me dijo", "eliud nos llevo", "lovely gen
  15 an"; a word that is a name too only from a short list of such names), a name joined to one found
  ("anyeli y kendry"), the last words after a sign-off ("bendiciones, doña cata"), an initial before a
  name ("J. Pierre"), an everyday word with an article used as a nickname ("la flaca nos vigila");
- then, from any of these, the following surnames, given names, linking words ("de la",
  "da") and capitalised unknown words.
Names that are also ordinary words ("Rosa", "Paz", "Will", "may") need a cue, a capital
inside a sentence or another name beside them. Places and organisations ("El Salvador",
"Santa Ana", "Cruz Roja"), saints and words of faith stay. In a message written all in
capitals or Title Case, capitals say nothing and are ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.privacy.gazetteer import COMMON, FREQUENT, GIVEN, SURNAME, WORD, fold, gazetteer
from bot.privacy.places import FIRST_WORDS, LONGEST, PHRASES, SAINT
from bot.privacy.towns import is_town

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_APOS = "['’`´]"
_GLUED = re.compile(r"[._@][^\W_]")
_GLUED_BEFORE = re.compile(r"[^\W_][._@]")

# ------------------------------------------------------------------------- cues
# Naming phrases: the next word is a name, whatever its case.
_SAID = (
    r"me\s+llamo|mi\s+nombre(?:\s+completo)?\s+(?:es|:)|mi\s+nombre\s+completo|mis?\s+apellidos?\s+(?:es|son)"
    r"|(?:mi\s+)?nombre(?:\s+completo)?\s*:|se\s+llama(?:ba|n)?|(?:me|le|les)\s+dicen|llamad[oa]|de\s+nombre"
    r"|(?:un|una)\s+tal|el\s+tal|la\s+tal|apodad[oa]|(?:o|a|um|uma)\s+tal"
    rf"|my\s+(?:full\s+|first\s+|last\s+|real\s+)?name\s+(?:is|was)|real\s+name(?:\s+(?:is|was))?|vrai\s+nom|nombre\s+(?:real|verdadero)|nome\s+verdadeiro|my\s+name{_APOS}?s|(?:full\s+)?name\s*:"
    r"|(?:his|her|their)\s+(?:full\s+|first\s+|last\s+)?name\s+(?:is|was)|i{_APOS}?m\s+called|i\s+am\s+called"
    r"|my\s+(?:surname|last\s+name)\s+is|they\s+call\s+me|(?:a\s+(?:guy|man|woman|lady|girl)\s+)?named|called"
    rf"|j(?:e)?\s*{_APOS}?\s*m\s*{_APOS}?\s*app?ell?e|je\s+m{_APOS}?\s*app?ell?e"
    rf"|mon\s+(?:nom|pr[ée]nom)(?:\s+complet)?\s+(?:est|c{_APOS}?est)|(?:il|elle)\s+s{_APOS}?\s*app?ell?e"
    r"|(?:nom|pr[ée]nom)\s*:|nomm[ée]e?|surnomm[ée]e?|on\s+m{_APOS}?\s*appelle"
    r"|(?:o\s+)?meu\s+nome(?:\s+completo)?\s+[ée]|me\s+chamo|(?:ele|ela)\s+se\s+chama|se\s+chama|chamad[oa]"
    r"|meu\s+sobrenome\s+[ée]|o\s+nome\s+d(?:ele|ela)\s+[ée]|nome\s*:"
    r"|(?:mwen|m|li|yo|nou)\s+rele|ki\s+rele|(?:vre\s+)?non\s+(?:mwen|m|li|l)\s+se|siyati\s+(?:mwen|m|li)\s+se|non\s*:"
    # nicknames and surnames said as such
    r"|(?:they\s+|we\s+|people\s+)?call\s+(?:him|her|them)|goes\s+by|go\s+by|(?:last|first|family)\s+name|surname"
    r"|(?:mi\s+)?apellido|(?:le|la|lo)\s+llaman|on\s+l{_APOS}?\s*appelle|nom\s+de\s+famille|yo\s+rele\s+(?:li|l)"
    r"|(?:o\s+)?sobrenome|chamam\s+(?:ele|ela)\s+de|apelido"
    # nicknames, third round: "everyone calls him", "chama ele de", "se fait appeler", "alias"
    r"|calls?\s+(?:him|her|them)|called\s+(?:him|her)|chama(?:m|va|vam)?\s+(?:ele|ela|eles|elas)\s+de"
    rf"|(?:se\s+)?fai(?:t|sait)\s+appeler|l{_APOS}?\s*appell?ent|alias|a\.?k\.?a\.?|apodo|conoc(?:id[oa]s?|en)\s+como"
    r"|known\s+as|vulgo|conhecid[oa]\s+como|yo\s+rele\s+(?:li|l|m|mwen)"
    # twelfth round: "se hace llamar el guero", "dice llamarse", "s'appelle el chino", "qu'on appelle le grand",
    # "chamam de tio chico", "yon nèg rele wòch", "chofè a rele ti pòl"
    rf"|(?:se\s+)?hac(?:e|en|ía)\s+llamar|llamarse|(?<!ça\s)(?<!ca\s)(?<!cela\s)(?<!ce\s)s{_APOS}\s*appelle|(?<!est-ce\s)qu{_APOS}\s*on\s+appelle"
    rf"|(?:type|gars|mec|homme|femme|fille|passeur|patron|patronne|dame|chauffeur|boss|proxénète)\s+s{_APOS}\s*app?ell?e"
    r"|chamam\s+de|chamavam\s+de|chama(?:va)?\s+de(?-i:(?=\s+[A-ZÀ-ÖØ-Þ]))|(?:n[eè]g|fi|fanm|mesye|nonm|moun|chof[eè]|b[oò]s|patwon)(?:\s+(?:a|la|an|lan))?\s+rele"
)
# Self-introductions: the next word is a name if it looks like one.
_SELF = (
    r"yo\s+soy|soy(?:\s+(?:la|el))?|aqu[ií]\s+(?:es|habla|te\s+escribe)|habla|te\s+escribe|les?\s+escribe"
    rf"|i{_APOS}?m|i\s+am|this\s+is|it{_APOS}?s|call\s+me|here\s+is"
    rf"|je\s+suis|moi\s+c{_APOS}?\s*est|c{_APOS}?\s*est\s+moi|c\s+moi|c{_APOS}?\s*est|ici"
    r"|(?:eu\s+)?sou(?:\s+(?:a|o))?|aqui\s+[ée](?:\s+(?:a|o))?|quem\s+fala\s+[ée](?:\s+(?:a|o))?|(?:mwen|m)\s+se|se\s+mwen|mwen\s+menm"
    # someone named to be found or worked for: the next word is a name if it looks like one
    r"|pregunt(?:en|e|a|o)\s+por|ask\s+for|demandez|mande\s+pou|perguntem?\s+pel[oa]"
    r"|(?:work|works|worked|working)\s+for|trabaj(?:o|a|amos|aba|é)\s+para|trabalh(?:o|a|amos|ava)\s+(?:pr[oa]|para\s+[oa])"
    r"|travaill(?:e|ons|ais)\s+pour|travay\s+pou"
    # signing off: "att: maria l.", "saludos, Rosa", "cordialement, Jean", a last line "- Rosa"
    r"|(?<=\n)[ \t]*-{1,2}(?=[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]\.?)?[ \t]*$)"
)
# Signing off: "att. sandra m.", "bendiciones, doña cata", "bjs, lu", "regards, keon w.": the words
# after it, to the end of the message or its line, are a name whatever their case.
_SIGN = (
    r"att|atte|atentamente|cordialmente|saludos|bendiciones|regards|sincerely|cordialement|abra[cç]os?|assinado"
    r"|firma|siyen|bjs|beijos?|besos|bisous|xoxo|kenbe\s+f[eè]m|[aà]\s+bient[oô]t|take\s+care|cu[ií]date|cuidense"
    r"|bye|chao|tchau|ciao|god\s+bless|dios\s+(?:te|les)\s+bendiga|que\s+dios\s+(?:te|les)\s+bendiga"
)
_RELATION_NOUNS = (
    r"herman[oa]s?|espos[oa]|marido|mujer|novi[oa]|hij[oa]s?|mam[aá]|pap[aá]|madre|padre|t[ií][oa]|prim[oa]"
    r"|abuel[oa]|amig[oa]|jef[ea]|patr[oó]n|patrona|vecin[oa]|cuñad[oa]|suegr[oa]|sobrin[oa]|compañer[oa]"
    r"|pareja|ex|encargad[oa]|due[ñn][oa]|contratista|coyote|pollero|enganchador[a]?"
    r"|sister|brother|husband|wife|boyfriend|girlfriend|son|daughter|mom|mum|mother|dad|father|aunt|uncle"
    r"|cousin|friend|boss|manager|supervisor|employer|neighbou?r|landlord|landlady|roommate|partner"
    r"|grandma|grandmother|grandpa|grandfather|niece|nephew|recruiter|owner|smuggler"
    r"|contractor|caseir[oa]|foreman|capataz|gerente|mayordomo|coloc|crew\s+leader|agency\s+guy|guy|gato|aliciador[a]?"
    r"|s(?:oe|œ)ur|fr[eè]re|mari|femme|copain|copine|fils|fille|m[eè]re|p[eè]re|tante|oncle|cousine?"
    r"|amie?|patronne|chef|voisine?|employeur|propri[ée]taire"
    r"|irm[aã]o?|namorad[oa]|filh[oa]|m[aã]e|pai|chefe|patr[aã]o|patroa|vizinh[oa]|dono|dona\s+da\s+casa"
    r"|capit[aá]n|capit[aã]o|captain|capitaine|kapit[eè]n|ch[eè]f|empreiteiro|auntie|aunty|manmi|tati"
    r"|(?:s[eè]|fr[eè]|tant|an)\s+(?:m|mwen|li)|pitit(?:\s+(?:fi|gason))?\s+(?:m|mwen|li)|madanm|mennaj|pitit|manman|tonton|kouzen|kouzin|zanmi|b[oò]s|patwon|vwazen|vwazin"
)
# Young people and pupils named by who they are to the writer ("un alumno Santiago", "la niña Rosa", "the girl
# Paris"): cues like kinship words, but not role words for the tagger (its features were trained without them).
_YOUNG = (
    r"alumn[oa]|estudiante|student|[ée]l[eè]ve|muchach[oa]|muchachit[oa]|ni[ñn][oa]|menin[oa]|gar[cç]on|boy|girl"
    r"|chamac[oa]|jovencit[oa]|gamin[e]?"
)
# Saying one's own name: "me llamo", "my name is", "je m'appelle", "me chamo", "m rele".
_MY_NAME = re.compile(rf"(?i:me\s+llamo|mi\s+nombre|my\s+name|j(?:e)?\s*{_APOS}?\s*m\s*{_APOS}?\s*app?ell?e|je\s+m|mon\s+(?:nom|pr[ée]nom)"
                      r"|me\s+chamo|(?:o\s+)?meu\s+nome|(?:mwen|m)\s+rele|non\s+(?:mwen|m)\s+se)")
_YOUNG_WORD = re.compile(rf"(?<!\w)(?i:{_YOUNG})(?!\w)")
_TITLES = (
    r"se[ñn]or(?:a|ita)?|sr|sra|srta|don|do[ñn]a|lic|licenciad[oa]|ing|ingenier[oa]|dr|dra|doctor|doctora"
    r"|profe|profesor(?:a)?|mr|mrs|ms|miss|mister|sir|monsieur|madame|mademoiselle|mme|mlle|senhor(?:a)?|seu"
    r"|dona|msye|mesye|madan|manzè|tonton|pastor|padre|hermano|hermana|officer|agente|oficial|m(?=\.)"
)
_TITLE_WORD = re.compile(_TITLES, re.IGNORECASE)
# A kinship word's possessive, before it or after it (Kreyòl): "mi amiga", "my aunt", "sè m".
_OWNED = re.compile(r"^(?i:mi|mis|my|mon|ma|mes|meu|minha|meus|minhas|nuestr[oa]|our|su|sus|his|her|their)\s"
                    r"|\s(?:mwen|m|li|nou|yo)$")
_OF = re.compile(r"de|da|do|of|d'|di")
# A role at work with its article: "the boss", "le boss", "o dono", "el encargado", "the contractor".
_AT_WORK = re.compile(r"^(?i:the|le|el|la|o|a)\s+(?i:boss|manager|supervisor|contractor|owner|foreman|crew\s+leader"
                      r"|agency\s+guy|guy|encargad[oa]|due[ñn][oa]|dono|dona|caseir[oa]|patr[oó]n|patr[aã]o|chef|capataz"
                      r"|gerente|contratista|empreiteiro|recruiter|reclutador[a]?|gato|aliciador[a]?|b[oò]s|patwon|coyote)$")
# Family, not work: "la mamá de yarelis" names her, "el jefe de obra" does not.
_KIN = re.compile(
    r"(?i:mam[aá]|madre|pap[aá]|padre|herman[oa]|hij[oa]|espos[oa]|novi[oa]|marido|t[ií][oa]|prim[oa]|abuel[oa]"
    r"|m[aã]e|pai|irm[aã]o?|filh[oa]|namorad[oa]|mother|father|mom|mum|dad|sister|brother|daughter|wife|husband"
    r"|m[eè]re|p[eè]re|s(?:oe|œ)ur|fr[eè]re|fils|fille|manman|papa|s[eè]|fr[eè])\b")
# One word of a relation or a title ("prima", "patrao", "coworker", "manman", "seu"), folded.
ROLE_WORD = re.compile(
    rf"(?:{_RELATION_NOUNS}|{_TITLES}|coworker|co-worker|roommate|cunad[oa]|compa|comadre|compadre|madrina|padrino"
    r"|capataz|mayordomo|chofer|chofe|foreman|driver|colega|coloc|contrema[iî]tre|chauffeur|kouzin|kouzen|konpe|kome|bos|ti)",
    re.IGNORECASE)
# Thanks and greetings: "merci Dieunette", "thanks Kev", "hola Yesi" (not "gracias Dios").
_GREET = (
    r"gracias|muchas\s+gracias|thanks|thank\s+you|thx|ty|merci|obrigad[oa]|valeu|m[eè]si|hola|hello|hi|hey"
    r"|ol[aá]|oi|bonjour|bonsoir|salut|bonswa|bonjou|buenas|buenos\s+d[ií]as|bom\s+dia|boa\s+tarde|boa\s+noite"
    r"|adi[oó]s|bye|chao|chau|tchau"
)
_SIGN_OR_GREET = re.compile(rf"{_SIGN}|{_GREET}", re.IGNORECASE)
# Animals named like people: "o gato Ronaldo", "my dog Max", "el perro Firulais".
_PETS = (
    r"(?:mi|my|mon|ma|meu|minha|el|la|le|o|a|the|su|his|her)\s+"
    r"(?:perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|dog|cat|puppy|kitten|chien(?:ne)?|cachorr[oa]|chen)"
)
# Words of faith after thanks stay ("gracias Dios", "merci Seigneur", "mèsi Bondye").
_FAITH = frozenset("dios dieu deus god bondye senor senhor seigneur lord jesus jesucristo cristo virgen maria".split())
FAITH = _FAITH
_CUE = re.compile(
    rf"(?<!\w)(?:(?P<said>{_SAID})|(?P<sign>(?:{_SIGN})\.?(?=[ \t]*[,:\-–]?[ \t]*(?:(?:{_TITLES})\.?[ \t]+)?[^\W\d_]+"
    rf"(?:[ \t]+[^\W\d_]+\.?)?[ \t]*[.!]*[ \t]*(?:$|\n)))|(?P<self>{_SELF})|(?P<greet>{_GREET})|(?P<pet>{_PETS})"
    rf"|(?P<with>(?:con|with|avec|com|ak|av[eè]k|junto\s+(?:a|con)|along\s+with|chez|kay)(?:\s+(?:el|la|o|a))?)"
    rf"|(?P<rel>(?:(?:mi|mis|my|mon|ma|mes|meu|minha|meus|minhas|nuestr[oa]|our|su|sus|his|her|their|la|el|le|o|a|the)\s+)?"
    rf"(?:{_RELATION_NOUNS}|{_YOUNG})(?-i:\s+(?:mwen|m|li|nou|yo)(?!\.)|\s+(?:la|a|an|lan|nan)(?=[ \t]+[A-ZÀ-ÖØ-Þ]))?)|(?P<title>(?:{_TITLES})\.?))(?!\w)[ \t]*[:,-]?[ \t]*",
    re.IGNORECASE,
)

# Words linking parts of a name: kept only if a name word follows.
_LINKS = frozenset("de del la las los da das do dos di du des van von der y e st".split())
# Titles worn only before a person's name: the next word is a name even when the lists know it as a word or a
# place ("doña rosa", "mr. rosario"); "seu", "dona" (your, owner), "auntie", "manmi" only before a capital.
_HONOR = frozenset("don doña dona sr sra mr mrs ms mme seu auntie aunty manmi tati".split())
_HONOR_CAP = frozenset("dona seu auntie aunty manmi tati".split())
# Words that are never part of a name: function words, verbs after a name, greetings.
NOT_NAME = frozenset(
    """
    y e o u and or et ou ak epi pero but mais mas men que qui ki what who tambien also aussi tambem
    yo tu el ella eu je i me mi my mon ma meu minha mwen m li nou tengo tiene tienen tenho tem have has
    j'ai ai gen soy es estoy esta sou estou suis am is are vivo vive moro habite habito live lives rete
    trabajo trabaja trabalho travaille work works travay necesito preciso need besoin bezwen quiero
    quero want veux vle busco looking cherche ando vengo venho come viens from desde de del en in na no
    nan a al à au to con com with avec por para pour for sin sem without san pa aqui aca here ici isit
    ayuda ayudenme help socorro aide ede please porfavor favor gracias thanks merci obrigado obrigada mesi
    hola hello hi bonjour oi ola bonswa bonjou ok okay si yes oui sim wi no non nao not pas ayer hoy
    manana today yesterday hier aujourd'hui hoje ontem jodi a asi like comme como the un una el la los
    las le les o os as um uma yon lo
    """.split()
)
# Capitalised words after "soy / je suis / sou / I'm / m se" that describe, not name.
NOT_SELF = NOT_NAME | frozenset(
    """
    menor mujer hombre nino nina chico chica joven madre padre mama papa hija hijo hermana hermano
    migrante migrant refugiado refugiada refugee refugie refugiee solicitante asilo trans gay lesbiana
    indigena cristiano cristiana catolico catolica evangelico evangelica victima victim victime vitim
    minor woman man girl boy mother father mere pere fille garcon femme homme mulher homem menina menino
    moun fanm gason timoun manman papa pitit sola solo alone seul seule sozinho sozinha pregnant embarazada
    gravida enceinte ansent scared afraid safe fine good bien bom bon here there new nuevo nueva sorry
    lost tired sick hurt hungry worried ready waiting trapped stuck perdido perdida cansado cansada
    enfermo enferma herido herida libre encerrado encerrada perdu perdue bloque bloquee preso presa
    mexicano mexicana mexican mexique mexico hondureno hondurena honduran honduras hondurien hondurienne
    guatemalteco guatemalteca guatemalan guatemala guatemalien guatemalienne salvadoreno salvadorena
    salvadoran salvador nicaraguense nicaraguan nicaragua costarricense panameno panamena colombiano
    colombiana colombian colombia colombien colombienne venezolano venezolana venezuelan venezuela
    venezuelien venezuelienne venezuelano venezuelana ecuatoriano ecuatoriana ecuadorian ecuador
    peruano peruana peruvian peru chileno chilena chilean chile argentino argentina argentinian
    boliviano boliviana bolivian bolivia paraguayo paraguaya uruguayo uruguaya cubano cubana cuban cuba
    dominicano dominicana dominican haitiano haitiana haitian haiti haitien haitienne ayisyen ayiti
    brasileno brasilena brasileiro brasileira brazilian brasil brazil bresilien bresilienne
    estadounidense american americano americana americain americaine canadian canadiense canadien
    canadienne africano africana african africain africaine venezuela jamaican jamaicano
    """.split()
)# Given names that are everyday words the name lists do not mark common ("como máximo", "neta",
# "vecina mía", "ils sont venus"): a name only with a cue, a capital or another name beside them.
_ALSO_WORDS = frozenset("maximo maxima neta mia venus".split())
# Cue-only given names: written alone they are mostly exclamations or months.
_CUE_ONLY = frozenset(
    "jesus dios enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
_MAX_WORDS = 5
# Words a nickname puts before a name ("big mike", "la flaca Yesi", "el negro Juan", "ti Jean"):
# with the name gone the word still points at the person, so it goes with the name.
_NICK_MODS = frozenset(
    """big lil little old young fat skinny crazy flaco flaca gordo gorda guero guera negro negra chino china
    chaparro chaparra chato chata viejo vieja loco loca chiquito chiquita pelon pelona gordinho gordinha
    magrinho magrinha neguinho neguinha baixinho baixinha petit petite gros grosse ti gwo""".split()
)
# Articles before a family named in the plural ("the Hendersons", "los Ramírez", "os Oliveira").
_FAMILY_ARTICLES = frozenset("the los las les os as".split())


# Particles glued to a name by an apostrophe ("D'Andre", "O'Neil", "Da'Quan").
_APOS_HEADS = frozenset("d o de da di".split())


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    word: str
    folded: str
    flags: int
    cap: bool  # written with a capital (informative only when the message is not all capitals or Title Case)
    sentence_start: bool
    joined: bool  # only spaces between this word and the previous one
    place: bool = False
    possessive: bool = False  # "jessica's boss": the word before an English possessive 's


@lru_cache(maxsize=16384)
def _flags(folded: str) -> int:
    return gazetteer().flags(folded)


def _tokens(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    last = 0
    for m in _TOKEN.finditer(text):
        word = m.group()
        if _GLUED.match(text, m.end()) or m.start() and _GLUED_BEFORE.match(text, m.start() - 2):
            continue  # a piece of "brayan.ofertas.usa" or "ana_lopez": a handle's, not a name
        gap = text[last:m.start()]
        stripped = gap.strip(" \t")
        j = m.start() - 1
        while j >= 0 and text[j] in " \t":
            j -= 1  # the last non-blank character before the word
        sentence_start = j < 0 or text[j] in ".!?\n:¡¿\"'(" or (not toks)
        folded = fold(word)
        possessive = False
        if folded.endswith("'s") and len(folded) > 4 and folded.count("'") == 1:
            stem_flags = _flags(folded[:-2])
            if stem_flags & (GIVEN | SURNAME) or not stem_flags and not _flags(folded):
                word, folded, possessive = word[:-2], folded[:-2], True  # "marco's phone": the name, not its 's
        flags = _flags(folded) | (COMMON if folded in _ALSO_WORDS else 0)
        if not flags and "-" in folded:  # "Jean-Baptiste": a name if each part is one
            parts = [_flags(p) for p in folded.split("-")]
            if all(p & (GIVEN | SURNAME) for p in parts):
                flags = parts[0] & ~COMMON
        if not flags and "'" in folded:  # "D'Andre", "O'Neil", "De'Andre": a name after its particle
            head, _, tail = folded.partition("'")
            if head in _APOS_HEADS and word[len(head) + 1:][:1].isupper():
                flags = _flags(tail) & (GIVEN | SURNAME | FREQUENT)
        toks.append(_Tok(m.start(), m.start() + len(word), word, folded, flags, word[:1].isupper(), sentence_start,
                         joined=bool(toks) and stripped == "", possessive=possessive))
        last = m.end()
    _mark_places(toks)
    _neutralise_case(toks)
    return toks


def _phrase_at(toks: list[_Tok], i: int) -> int:
    """Length of the place or organisation phrase starting at toks[i], or 0."""
    if toks[i].folded not in FIRST_WORDS:
        return 0
    for n in range(min(LONGEST, len(toks) - i), 0, -1):
        if tuple(t.folded for t in toks[i:i + n]) in PHRASES and all(t.joined for t in toks[i + 1:i + n]):
            return n
    return 0


def _mark_places(toks: list[_Tok]) -> None:
    i = 0
    while i < len(toks):
        n = _phrase_at(toks, i)
        if n:
            for t in toks[i:i + n]:
                t.place = True
            i += n
            continue
        if i and toks[i - 1].folded in SAINT and toks[i].joined or toks[i].folded.split("-", 1)[0] in SAINT:
            toks[i].place = True  # "San Judas", "Santa Rosa", "Saint-Rémi": a saint or a place
        i += 1


def _neutralise_case(toks: list[_Tok]) -> None:
    """In ALL CAPS or Title Case messages capitals carry no information."""
    words = [t for t in toks if len(t.word) > 1]
    if len(words) < 4:
        return
    caps = sum(t.cap for t in words)
    upper = sum(t.word.isupper() for t in words)
    if caps >= 0.7 * len(words) or upper >= 0.6 * len(words):
        for t in toks:
            t.cap = False


def _is_name(t: _Tok) -> bool:
    return bool(t.flags & (GIVEN | SURNAME))


def _ordinary(t: _Tok) -> bool:
    """An ordinary word: function word, description, or a lower-case word of the project's texts."""
    return t.folded in NOT_SELF or (bool(t.flags & WORD) and not _is_name(t))


def _nameish(t: _Tok) -> bool:
    """Looks like a name without any cue: a known name in its name shape, or an unknown capitalised word."""
    if t.place or t.folded in NOT_NAME or (t.word.isupper() and len(t.word) > 1 and t.cap and not _is_name(t)):
        return False
    if _is_name(t):
        return t.cap or not (t.flags & COMMON)
    return t.cap and not (t.flags & WORD)


def _continue(toks: list[_Tok], i: int, loose: bool) -> int:
    """Index after the last word of the name whose first word is toks[i]."""
    end = i + 1
    j = i + 1
    links = 0
    while j < len(toks) and end - i + links < _MAX_WORDS + 2 and toks[j].joined:
        t = toks[j]
        if t.folded in ("y", "e") and (j + 1 >= len(toks) or toks[j + 1].flags & GIVEN or not toks[j + 1].flags
                                       or toks[j + 1].folded in _ARTICLES):
            break  # "Kevin y Yuli" are two people; "Ortega y Gasset" one surname
        if t.folded in _LINKS and links < 2:
            links += 1
            j += 1
            continue
        surname_place = t.place and t.cap and t.flags & SURNAME and j == end and toks[j - 1].cap \
            and toks[j - 1].flags & GIVEN and not toks[j - 1].place
        if t.folded in NOT_NAME or t.place and not surname_place:
            break  # a place stops a name, not a surname after a given name ("Darnell Washington")
        # After "me llamo" in lower case, lower-case names and unknown words go on the name.
        ok = surname_place or _nameish(t) or (loose and not t.cap and not _ordinary(t) and (_is_name(t) or not t.flags & COMMON))
        if not ok:
            break
        links = 0
        j += 1
        end = j
        if end - i >= _MAX_WORDS:
            break
    return end


_ARTICLES = frozenset("el la the le o a".split())
_PHONED = re.compile(r"(?i:called|call)[ \t]*$")
_TEXTING = frozenset("q k xq pq porq ke qe xk tb tmb tbm ya pa pra pro vc vcs ta to tô eh ah oh se te lo les nos".split())
# After these a capitalised word is a place ("estoy en Arica", "moro em Bonfim"); people
# come after "a", "para", "con" ("vi a Carlos"), which are not here.
_LOCATIVE = frozenset("en em in na no nas nos à au aux at to from desde hacia dans vers nan lan near cerca".split())


# What may follow an unknown word in lower case that a kinship word or a title names: the end of the clause, a
# relative word, a Kreyòl marker of tense, a copula ("sè m yvenie, li...", "yon mesye maxo ki te di", "yon nèg
# wesner ap vann"); not a clitic ("my friend texted me") nor any other word ("una senhora idosa e").
_AFTER_UNKNOWN_NAME = re.compile(r"[ \t]*(?:$|[,.;:!?\n)]|(?i:ap|te|pa|pral|is|es|est|é|era|was|esta|está|estaba|se|nos|no"
                                 r"|tiene|takes|took|holds|keeps|kept|has|had|la|le|les|lo|ta|tá|tem|não|nao|ne|vigia|cobra"
                                 r"|barre|fe|gen|pran|kenbe|garde|fait|dice|dijo|diz|disse|says|said)(?!\w)"
                                 r"|(?P<rel>(?i:q|que|ki|qui|who|that)(?!\w)))")
# Endings of verbs in English and Portuguese, not of names: "her cousin arranges", "my friend texted".
_VERB_ENDING = re.compile(r"(?:es|ed|ing|ou|ava|iu)$")
_INDEFINITE_BEFORE = re.compile(r"(?<!\w)(?i:un|una|um|uma|une|an|a)[ \t]+$")


# How someone is, in words the word lists lack (Kreyòl mostly): "pitit mwen malad", "kouzin mwen grangou".
_STATE_WORDS = frozenset(fold(w) for w in """malad grangou fatige blese ansent mouri pèdi disparèt kache bouke swaf
sou fou nèv anfòm byen mal pòv rich lib prizonye arete
""".split())


def _unknown_named(text: str, toks: list[_Tok], k: int, cue_start: int, kind: str) -> bool:
    m = _AFTER_UNKNOWN_NAME.match(text, toks[k].end)
    return bool(m) and (kind == "title" or not m.group("rel")) and not _VERB_ENDING.search(toks[k].folded) \
        and not _INDEFINITE_BEFORE.search(text, 0, cue_start)


def _start_after_cue(t: _Tok, kind: str, nxt: _Tok | None, owned: bool = False, deed: bool = False,
                     unknown_ok: bool = False, honor: str = "") -> bool:
    """Whether toks[k] begins a name after a cue of this kind (owned: a kinship word with its possessive,
    "mi amiga", "my aunt", "sè m"; deed: the words after it tell what a person does)."""
    if len(t.word) < 2 or t.folded in _TEXTING:
        return False
    if kind == "said" and (t.folded in _ARTICLES or not t.cap and _TITLE_WORD.fullmatch(t.word)) and nxt is not None and nxt.joined:
        return nxt.folded not in NOT_SELF and not nxt.place  # a nickname: "me dicen la güera", "dice llamarse lic. paty"
    if kind in ("rel", "title") and (owned or kind == "title") and not t.cap and t.word.isalpha() and len(t.word) > 2 \
            and not t.flags and not t.place and t.folded not in NOT_SELF and t.folded not in _STATE_WORDS \
            and not is_town(t.word) and unknown_ok:
        return True  # "sè m yvenie, li...", "la señora yolimar q me...": after a strong cue an unknown word names
    if (kind == "said" or kind == "rel" and owned and t.flags & GIVEN) and t.cap and t.place and len(t.word) > 2 \
            and t.folded not in NOT_SELF:
        return True  # "m rele Guadeloupe", "me llamo Grecia": after a naming verb a place's name is a person's
    if kind == "said" and owned and (t.place or is_town(t.word)) and t.flags & GIVEN and len(t.word) > 2 \
            and t.folded not in NOT_SELF:
        return True  # "me llamo grecia": after one's own name is said, in lower case too
    if honor and t.folded not in NOT_SELF and t.folded not in _FAITH and len(t.word) > 1 and (
            t.cap and (_is_name(t) or not t.flags & WORD) if honor in _HONOR_CAP else _is_name(t) and (t.cap or t.flags & GIVEN)):
        return True  # "doña rosa", "seu Lima", "auntie Grace": a title only people carry names the next word
    if t.folded in NOT_SELF or t.place or kind == "greet" and (
            t.folded in _FAITH or t.folded.startswith(("dios", "virgen")) or ROLE_WORD.fullmatch(t.folded)):
        return False
    if kind != "said" and t.cap and not _is_name(t) and is_town(t.word):
        return False  # "ici c'est Drummondville": a town, not a person
    if kind == "said":
        return not (t.flags & WORD and not _is_name(t)) or t.cap
    if kind == "sign":  # the last words of a message after a sign-off: a name in any case ("bye bye" is none)
        return t.folded not in _FAITH and (_is_name(t) or not t.flags & WORD) and len(t.word) > 1 \
            and not _SIGN_OR_GREET.fullmatch(t.word)
    if kind == "with":
        # "estoy con leidy", "avec sandrine": a given name that is no ordinary word, in any case;
        # "com Kuarahy", "chez Tshibola": a capitalised word no list knows, no town
        return bool(t.flags & GIVEN) and not t.flags & (COMMON | WORD) and len(t.word) > 2 \
            and not (t.cap and is_town(t.word)) \
            or not t.flags and t.cap and len(t.word) > 2 and t.word[1:].islower() and not is_town(t.word)
    if kind == "rel" and owned and deed and t.flags & GIVEN and (t.folded in _WORD_NAMES or not t.flags & WORD and len(t.word) > 2
                                                               and t.folded not in _PRONOUNS and t.folded not in NOT_SELF):
        return True  # "mi amiga esperanza no puede", "my aunt precious told me", "the boss hank threatens": a kinship
        # or work word names her
    if t.folded in _CUE_ONLY and not t.cap:
        return False
    if _is_name(t):
        if t.cap:
            return not (t.word.isupper() and len(t.word) <= 4 and not (t.flags & GIVEN))
        if not t.flags & COMMON and t.flags & FREQUENT and len(t.word) > 2:
            return True  # "soy juan", "mi hermana carmen"; not "my boss must", "minha mãe mora"
        if kind in ("title", "pet") and not t.flags & (COMMON | WORD) and len(t.word) > 2:
            return True  # "la señora pacheco", "el licenciado camps": a title names someone
        if kind in ("rel", "self", "greet") and t.flags & GIVEN and not t.flags & (COMMON | WORD) and len(t.word) > 2:
            return True  # "mi prima sayuri", "vwazin mwen sumaq", "aqui é a kethlen": a rarer given name
        # "mi hermana rosa ruiz": an ordinary-word name counts when a surname follows; "soy rosa elvia":
        # after a self-introduction, another given name too
        return kind in ("rel", "title", "pet", "self") and bool(t.flags & GIVEN) and nxt is not None and nxt.joined \
            and bool(nxt.flags & (SURNAME if kind != "self" else SURNAME | GIVEN)) \
            and not nxt.flags & (COMMON if kind != "self" else COMMON | WORD)
    return t.cap and not (t.flags & WORD)


def _after_locative(toks: list[_Tok], i: int) -> bool:
    """'en Nueva Zelanda', 'em Porto Alegre': capitalised words after a locative word."""
    j = i
    while j and toks[j].joined and toks[j - 1].cap and not toks[j - 1].sentence_start:
        j -= 1
    return j > 0 and toks[j].joined and (toks[j - 1].word.lower() in _LOCATIVE or toks[j - 1].folded in _LOCATIVE)


def _start_bare(toks: list[_Tok], i: int) -> bool:
    t = toks[i]
    if not _is_name(t) or t.place or t.folded in NOT_NAME:
        return False
    if t.cap and _after_locative(toks, i):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].joined else None
    followed = nxt is not None and _is_name(nxt) and not nxt.place and nxt.folded not in NOT_NAME \
        and (nxt.cap or not (nxt.flags & COMMON)) and bool(nxt.flags & SURNAME or nxt.flags & GIVEN) \
        and nxt.cap == t.cap  # "vino Wilmer": a lower-case word before a capitalised name is no first name
    if t.folded in _CUE_ONLY:  # "julio hernandez" is a name, "en julio" a month
        return followed and bool(nxt.flags & SURNAME) and not nxt.flags & COMMON
    # the subject of a sentence: a capitalised name before a lower-case word ("Mamani me pagaba",
    # "Juninho tem uma arma", "Xiloj nous paie")
    subject = t.cap and nxt is not None and not nxt.cap and nxt.word.isalpha()
    if not (t.flags & GIVEN):
        # a surname alone, capitalised, as the subject or in mid-sentence ("el tal Huanca" has its cue)
        # (not an acronym, "la COMAR"; not the second word of a proper name, "Burkina Faso")
        after_capital = i > 0 and t.joined and toks[i - 1].cap and not toks[i - 1].sentence_start
        if any(toks[j].folded in _LOCATIVE for j in range(max(0, i - 2), i)):
            return False  # "cerca del Paiz", "near the Kroger": a shop or a place
        return bool(t.flags & SURNAME) and not t.flags & (COMMON | WORD) and len(t.word) > 3 \
            and not t.word.isupper() and not after_capital \
            and (subject or t.cap and not t.sentence_start) and not is_town(t.word)
    if t.flags & COMMON:
        return (t.cap and followed and (nxt.cap or not nxt.flags & COMMON))
    if t.flags & FREQUENT and len(t.word) > 2:
        return True
    return followed or (len(t.word) > 2 and (subject or t.cap and not t.sentence_start))


# ------------------------------------------------------------------------- a person's place in a story
# Issue #18, ninth round: names with no cue, in lower case or ordinary words ("milagros me dijo",
# "lovely gen 15 an", "a dulce sumiu", "eliud nos llevo"), read by what the sentence says the word does.
# Object pronouns before a verb: "X me dijo", "X nous amène", "X m'a dit".
_CLITICS = frozenset("me te nos le les lo la m nous lui l".split())
# Kreyòl marks of tense and negation before the verb: "bienaimé pa ka soti", "kettia te di m".
_MARKERS = frozenset("te ap pa pral va ka konn".split())
# Pronouns, which are no one's name ("elle a 17 ans", "ele disse").
_PRONOUNS = frozenset(
    "el ella ellos ellas ele ela eles elas elle il ils elles he she they him her li yo nou toi moi vous nous tu you "
    "usted ustedes voce voces vc ou yo".split())
_CLITIC_VERBS = frozenset("m'a l'a nous m'ont t'a".split())
# Verbs a person does, third person, folded: "X dijo", "X told", "X disse", "X kenbe".
DEEDS = frozenset(
    """
    dijo dice decia llevo lleva trajo trae cobra cobraba vigila vigilaba quito quita pidio pide mando manda
    trabaja trabajaba vino viene llego cuida contrata contrato amenaza amenazo pega golpea golpeo guarda
    guardaba vende vendio maneja recoge sabe quiere conoce ayudo escribio llamo dejo encerro
    sigue controla paso passou passed gave dio deu consiguio conseguiu got found encontro achou ofrecio ofereceu
    offered prometio prometeu promised recluta recruits picks
    said says told tells drives drove came comes took takes keeps kept runs ran picks picked watches brings
    brought left knows knew wants works worked lives lived called calls texted hits hit beats threatens
    threatened owns pays paid sells sold holds held locked locks were went
    disse diz falou levou leva pegou pega guarda guardou cobra manda mandou trabalha trabalhava veio vem
    chegou fica ficou sumiu fugiu bateu ameaca ameacou vende vendeu tirou tira trouxe sabe
    dit disait prend pris garde surveille menace conduit travaille vient venu venue amene ramasse vend frappe
    paie emmene vole
    di pran kenbe travay vin mennen frape peye vann soti konn voye rele
    """.split()
)
# Verbs of having or being, which tell of a person only with an age: "princess is 15", "a 14 ans".
_AGE_VERBS = frozenset("tiene tenia tem tinha is was has turned a gen est".split())
# French past participles after "a": "innocent a perdu son passeport", "il a une arme" is not one.
_PARTICIPLES = frozenset("dit pris perdu fait donne amene frappe menace vole garde emmene vendu appele parle pris "
                         "mis laisse oblige enferme recrute".split())
_AGE = re.compile(r"[ \t]+(?:(?i:only|just|solo|sólo|só|so|apenas|jis|sèlman|selman|seulement|como|like|about|around|almost"
                  r"|casi|quase|uns|umas|environ|presque|unos|maybe)[ \t]+)?\d{1,2}(?!\d)")
_AND = frozenset("y e and et ak".split())
_ME = frozenset("yo i me eu moi mwen m".split())
# Words after which a clause begins again: a name there may be its subject.
_OPENERS = frozenset(
    """y e and et ak epi pero but mais mas men entonces then luego despues depois apres puis ensuite alors donc
    so ayer hoy hoje ontem hier today yesterday anoche jodi ye cuando when quand quando porque because paske
    eso isso disso tambien also aussi tambem said says told dijo dice disse diz dit q que""".split()
)
# "here" after a name that opens a message: "hi, lovely here", "brenda aqui", "c'est moi fabiola ici"
_HERE = frozenset("here aqui ici isit".split())
# Nicknames that are everyday words, with an article and a deed: "la flaca nos vigila", "o neguinho fica".
_NICKNAMES = frozenset(
    """chino china flaco flaca gordo gorda negro negra guero guera chaparro chaparra pelon pelona tigre tiguere
    cholo catracho zurdo moreno morena gringo gringa chele mono neguinho neguinha baixinho baixinha galego
    galega mineiro mineira baiano baiana magrinho magrinha gordinho gordinha careca nego nega mona chata chato russo
    russa loira loiro grand""".split()
)
_NICK_PAIRS = frozenset({("gwo", "neg"), ("gros", "neg"), ("ti", "neg"), ("gwo", "zo"), ("ti", "mak")})
# Adjectives that are given names too, after a kinship word: "mi amiga linda" describes her.
# Given names that are everyday words and, doing what a person does, are names: "milagros me dijo",
# "lovely gen 15 an", "blessing came", "innocent a perdu" (not "so", "will", "nem", "bueno").
_WORD_NAMES = frozenset(
    """blessing princess princesa princesse divine divina innocent innocente precious mercy favour favor gift
    comfort goodness prosper patience peace wisdom miracle marvelous justice lovely junior milagros dulce luz
    esperanza esperanca esperance fidele fidel bienvenida bienvenido vitoria victoria fortune destiny happiness
    treasure honour rosa flor paz sol cruz angel angeles dolores mercedes consuelo amparo socorro soledad pilar
    rocio blanca clara gloria alegria caridad rosario remedios trinidad perla estrella luna marina cielo alba
    aurora iris nieves paloma grace hope joy faith ruby pearl crystal dawn lily daisy ivy holly amber sunny
    rose claire fleur ange noel celeste aparecida graca dores bebe nena victoire felicite blanche olive colombe
    fe chance charity mercedes modesta""".split()
)
_NEGATIONS = frozenset("no not nao never nunca jamais pa".split())


def _could_be_name(t: _Tok) -> bool:
    """A word that may name a person: a given name (an ordinary word too), or a word no list knows."""
    if t.place or t.folded in NOT_SELF or t.folded in _FAITH or t.folded in _CUE_ONLY or t.folded in _TEXTING \
            or t.folded in _PRONOUNS:
        return False
    if t.flags & GIVEN:
        return len(t.word) > 1 and (not t.flags & COMMON or t.folded in _WORD_NAMES or t.cap and not t.sentence_start)
    return not t.flags and len(t.word) > 2 and t.word.isalpha() and not t.folded.endswith(("ed", "ing")) \
        and not (t.word.isupper() and t.cap)  # "IOM told me": an acronym


def _deed_after(text: str, toks: list[_Tok], k: int, known: bool) -> bool:
    """Whether the words after toks[k] tell what a person does: an object pronoun and a verb ("me dijo";
    for a word no list knows, a verb of the table after it), a verb of the table, an age ("is 15"), "y yo"."""
    j = k + 1
    if j >= len(toks) or not toks[j].joined:
        return False
    w = toks[j].folded
    nxt = toks[j + 1] if j + 1 < len(toks) and toks[j + 1].joined else None
    if w in _CLITIC_VERBS or w in DEEDS:
        return True
    if w in _CLITICS and nxt is not None and nxt.folded in DEEDS:
        return True
    if _age_after(text, toks, k):
        return True
    if known and nxt is not None and (w in _MARKERS or w in _NEGATIONS and nxt.flags & WORD or w == "a"
                                      and nxt.folded in _PARTICIPLES):
        return True  # "bienaimé pa ka soti", "esperanza no puede", "innocent a perdu"
    return w in _AND and nxt is not None and nxt.folded in _ME


def _subject_position(text: str, toks: list[_Tok], k: int) -> bool:
    """At the start of a message, a sentence or a clause, or after the article a Portuguese name takes."""
    t = toks[k]
    if t.sentence_start or not t.joined:
        return t.sentence_start or not any(c.isdigit() for c in text[toks[k - 1].end:t.start])  # not "14 ans m'a"
    prev = toks[k - 1]
    if prev.folded in _OPENERS:
        # "and already hit me": a word no list knows opens no clause, unless capitalised ("e Leleco tem arma")
        return bool(t.flags) or t.cap and t.word[1:].islower() and not is_town(t.word)
    # "a kethellyn sumiu", "ontem o wandeclei levou": a known given name that is no word, or a capitalised one;
    # a word that is a name too with an age only ("a esperança tem 15 anos", not "a luz sumiu")
    named = t.flags & GIVEN and not t.flags & COMMON or t.cap or t.folded in _WORD_NAMES and _age_after(text, toks, k)
    return prev.word in ("o", "a", "O", "A") and bool(named) and (
        prev.sentence_start or not prev.joined or toks[k - 2].folded in _OPENERS)


def _age_after(text: str, toks: list[_Tok], k: int) -> bool:
    """'X tem 15 anos', 'X is 15', 'X gen 14 an'."""
    j = k + 1
    return j < len(toks) and toks[j].joined and toks[j].folded in _AGE_VERBS and bool(_AGE.match(text, toks[j].end))


# A name said before the words that say it is one: "Quisqueya is my name", "Yolet es mi nombre".
_NAME_AFTER = re.compile(r"[ \t]*,?[ \t]+(?i:is\s+my\s+(?:first\s+|real\s+)?name|es\s+mi\s+nombre|c'?\s*est\s+mon\s+(?:nom|pr[ée]nom)"
                         r"|[ée]\s+(?:o\s+)?meu\s+nome|se\s+non\s+(?:mwen|m))(?!\w)")


def _by_role(text: str, toks: list[_Tok], k: int, names_before: list[tuple[int, int]], greeted: bool) -> bool:
    """A word that names a person by its place: the subject of a deed, a name that opens a message with
    'here', a name joined to one just found ("anyeli y kendry"), a name after 'la mamá de'."""
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].joined else None
    if k == 0 and t.cap and t.flags & GIVEN and t.folded not in NOT_SELF and nxt is not None and nxt.folded in _HERE \
            and (k + 2 >= len(toks) or not toks[k + 2].joined):
        return True  # "Victoria here.": a given name opening the message, a place's name too
    if (t.cap or not t.flags) and t.folded not in NOT_SELF and not t.place and _NAME_AFTER.match(text, t.end):
        return True  # "Quisqueya is my name", "Wesline se non m"
    if not _could_be_name(t):
        return False
    known = bool(t.flags & GIVEN)
    if _subject_position(text, toks, k) and _deed_after(text, toks, k, known):
        return True
    if nxt is not None and nxt.folded in _HERE and (greeted or k == 0 and known) \
            and (k + 2 >= len(toks) or not toks[k + 2].joined):
        return True
    if k > 1 and t.joined and toks[k - 1].folded in _AND and toks[k - 1].joined and names_before \
            and names_before[-1][1] == toks[k - 2].end and (known or not t.cap or not t.flags
                                                            or t.flags & SURNAME and not t.flags & WORD):
        return True  # "con anyeli y kendry", "Ayo and Chidi"
    return False


def _nickname_at(text: str, toks: list[_Tok], k: int) -> int:
    """End index of an everyday word used as a person's nickname at toks[k], or 0: after an article, as
    the subject of a deed ("la flaca nos vigila") or named as someone ("el encargado es el chino")."""
    t = toks[k]
    if not (k and t.joined and toks[k - 1].folded in _ARTICLES | {"os", "as"}):
        pair = k + 1 < len(toks) and toks[k + 1].joined and (t.folded, toks[k + 1].folded) in _NICK_PAIRS
        if not pair:
            return 0
        end = k + 2  # "gwo nèg la gen zam", "se ti mak ki rekrite"
        if end < len(toks) and toks[end].joined and toks[end].folded in ("la", "a") and (
                _deed_after(text, toks, end, True) or end + 1 < len(toks) and toks[end + 1].folded in _AGE_VERBS):
            return end  # "gwo nèg la gen zam"
        after = toks[end] if end < len(toks) and toks[end].joined else None
        named = k and toks[k - 1].folded in ("se", "c'est", "cest")
        return end if _deed_after(text, toks, end - 1, True) or after is not None and (
            named and after.folded in ("ki", "qui") or after.folded in _AGE_VERBS) else 0  # "gros nèg a une arme"
    if t.folded not in _NICKNAMES or not _subject_position(text, toks, k - 1) and not (
            k > 1 and toks[k - 2].folded in ("es", "era", "e", "is", "est", "se")):
        return 0
    named = k > 1 and toks[k - 2].folded in ("es", "era", "e", "is", "est", "se") and (
        k + 1 >= len(toks) or not toks[k + 1].joined)
    return k + 1 if named or _deed_after(text, toks, k, True) else 0


# Words that say how someone is, given names too: "my boss is mean", "el patrón es franco".
_DESCRIBING = frozenset("""nice good sweet kind fine mean happy rich free frank young late early sunny joy bueno buena
franco franca justo justa amable bravo brava rico rica bom boa doux douce bon bonne honest""".split())
_APPELLE_BEFORE = re.compile(r"(?:(?<![\w'’])s['’]\s*|(?<!\w)qu['’]\s*on\s+|(?<![\w'’])on\s+)appelle[ \t]+$", re.IGNORECASE)
_COPULAS = frozenset("es era fue is was é e era foi est etait c'est se".split())


def _named_by_copula(toks: list[_Tok], k: int) -> bool:
    """'el encargado es el Chino', 'o dono do garimpo é o Russo', 'the boss is the Frenchman'? no: a capitalised word
    after a role word, a copula and an article names the person, even when it is a town's name too ('é o Lima')."""
    t = toks[k]
    if not t.cap and k >= 3 and t.joined and t.flags & GIVEN and t.flags & FREQUENT and len(t.word) > 2 \
            and not t.place and not is_town(t.word) and t.folded not in NOT_SELF and t.folded not in _DESCRIBING \
            and t.folded not in _FAITH and t.folded not in _CUE_ONLY and toks[k - 1].folded in _COPULAS \
            and toks[k - 1].joined and (k + 1 >= len(toks) or not toks[k + 1].joined) \
            and any(ROLE_WORD.fullmatch(toks[j].folded) and toks[j].folded not in NOT_SELF for j in range(max(0, k - 6), k - 1)):
        return True  # "my boss at the landscaping company is dale, he ...": a given name closing the clause
    if not t.cap or t.sentence_start or k < 3 or not t.joined or t.folded in NOT_SELF or t.folded in _FAITH \
            or t.word.isupper() or ROLE_WORD.fullmatch(t.folded) or t.flags & WORD and not _is_name(t):
        return False
    art, cop = toks[k - 1], toks[k - 2]
    if art.word.lower() not in _ARTICLES or not art.joined or cop.folded not in _COPULAS or not cop.joined:
        return False
    return any(ROLE_WORD.fullmatch(toks[j].folded) or toks[j].folded in _IN_CHARGE for j in range(max(0, k - 6), k - 2))


_IN_CHARGE = frozenset("encarregado encarregada gerente responsable responsavel jefa jefe cabecilla lider leader".split())


def _initial_before(text: str, toks: list[_Tok], k: int) -> bool:
    """'J. Pierre': a capital and its full stop before a name."""
    t = toks[k]
    if len(t.word) != 1 or not t.word.isupper() or text[t.end:t.end + 1] != "." or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.start - t.end <= 2 and nxt.cap and _is_name(nxt) and not nxt.place and nxt.folded not in NOT_NAME


def name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every name found, in text order, not overlapping."""
    toks = _tokens(text)
    if not toks:
        return []
    by_start = {t.start: k for k, t in enumerate(toks)}
    spans: list[tuple[int, int]] = []
    taken_until = -1
    cue_at: dict[int, str] = {}
    cue_start: dict[int, int] = {}
    owned: set[int] = set()
    young: set[int] = set()
    honor: dict[int, str] = {}
    for m in _CUE.finditer(text):
        k = by_start.get(m.end())
        if k is not None:
            kind = m.lastgroup or "said"
            if kind == "sign" and _TITLE_WORD.fullmatch(toks[k].word) and k + 1 < len(toks):
                k += 1  # "bendiciones, doña cata": the name after the title
            if cue_at.get(k) not in ("said", "sign"):
                cue_at[k] = kind
                cue_start[k] = m.start()
            if kind in ("title", "rel"):
                w = m.group().strip(" \t:,-.").split()[-1].lower()
                if w in _HONOR:
                    honor[k] = w
            if kind == "rel" and (_OWNED.search(m.group().strip(" \t:,-")) or _AT_WORK.search(m.group().strip(" \t:,-"))) \
                    or kind == "said" and _MY_NAME.match(m.group()):
                owned.add(k)  # "mi hija keyling", "the boss hank", "o caseiro pedrao": whose or which one
            if kind == "rel" and _YOUNG_WORD.search(m.group()):
                young.add(k)
            elif kind == "rel" and _KIN.search(m.group()) and _OF.fullmatch(toks[k].folded) and k + 1 < len(toks) \
                    and toks[k + 1].joined:
                cue_at[k + 1] = "with"  # "la mamá de yarelis": the kin of someone named
    for k, t in enumerate(toks):
        if k <= taken_until:
            continue
        kind = cue_at.get(k)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if k in young and t.cap and t.place and t.flags & GIVEN and t.folded not in NOT_SELF:
            end = _continue(toks, k, loose=False)  # "un alumno Santiago": a pupil's name, a city's too
        elif kind and _start_after_cue(t, kind, nxt, k in owned, kind == "rel" and _deed_after(text, toks, k, True),
                                     kind in ("rel", "title") and _unknown_named(text, toks, k, cue_start.get(k, t.start), kind),
                                     honor.get(k, "")):
            if kind == "said" and (t.folded in _ARTICLES or not t.cap and _TITLE_WORD.fullmatch(t.word)):
                if t.folded == "the" and _PHONED.search(text, 0, t.start) and not (nxt and nxt.cap):
                    continue  # "I called the hotline": phoned, not named
                end = _continue(toks, k + 1, loose=True)
                if t.folded in _ARTICLES and _APPELLE_BEFORE.search(text, max(0, t.start - 20), t.start):
                    t = toks[k + 1]  # "s'appelle el [chino]", "qu'on appelle le [grand]": the article stays
            else:
                end = _continue(toks, k, loose=(kind == "said" and not t.cap))
        elif _start_bare(toks, k) or _family(toks, k):
            end = _continue(toks, k, loose=False)
        elif t.folded in _NICK_MODS and nxt is not None and nxt.joined and _start_after_cue(nxt, "self", None):
            end = _continue(toks, k + 1, loose=False)
        elif _initial_before(text, toks, k):
            end = _continue(toks, k + 1, loose=False)
        elif _by_role(text, toks, k, spans, kind == "greet"):
            end = k + 1
        elif t.possessive and len(t.word) > 2 and t.folded not in NOT_SELF and t.folded not in _FAITH \
                and t.folded not in _CUE_ONLY and not t.place and not ROLE_WORD.fullmatch(t.folded) \
                and (t.flags & GIVEN and (t.cap or not t.flags & COMMON) or t.cap and not t.flags):
            end = k + 1  # "marco's phone", "jessica's boss": whose something is, in English, is someone
        elif nick := _nickname_at(text, toks, k):
            end = nick
        elif _named_by_copula(toks, k):
            end = _continue(toks, k, loose=False)
        else:
            continue
        if k and toks[k - 1].folded in _NICK_MODS and t.joined and k - 1 > taken_until:
            t = toks[k - 1]  # "big mike": the nickname's word before the name
        if end < len(toks) and (_initial(text, toks[end]) or _last_initial(text, toks[end])):
            end += 1  # "maria l.", "Rosa M.": the initial of a surname goes with the name
        spans.append((t.start, toks[end - 1].end))
        taken_until = end - 1
    return _joined_before(text, toks, spans) if spans else spans


def _coordinated(t: _Tok) -> bool:
    """A word joined by 'and' or a comma to a name found may be a name: a given name (an ordinary word too:
    "bill and [Ana]"), a capitalised surname or a capitalised word no list knows ("Lan, Mai and [Thuy]")."""
    if len(t.word) < 2 or t.place or t.folded in NOT_SELF or t.folded in _FAITH or t.folded in _CUE_ONLY \
            or t.folded in _PRONOUNS or t.folded in _TEXTING or ROLE_WORD.fullmatch(t.folded) \
            or t.word.isupper() and len(t.word) > 1 and t.cap:
        return False
    if t.flags & GIVEN:  # an everyday word in lower case only if it is a name as often ("hope and [Grace]")
        return (len(t.word) > 2 or t.cap) and (t.cap or not t.flags & COMMON or t.folded in _WORD_NAMES)
    if t.cap:
        return not t.flags & WORD and not (not t.flags and is_town(t.word))
    return False


def _joined_before(text: str, toks: list[_Tok], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names before a name found, joined to it by 'y / and / et / e / ak' and commas: "bill and [Ana]",
    "Lan, Mai and [Thuy]", "[Rosa] e Neves" (after it, _by_role)."""
    by_start = {t.start: k for k, t in enumerate(toks)}
    covered = set()
    for s, e in spans:
        covered.update(k for k, t in enumerate(toks) if s <= t.start < e)
    added = []
    for s, _ in spans:
        k = by_start.get(s)
        if k is None or k < 2 or not toks[k].joined or toks[k - 1].folded not in _AND or not toks[k - 1].joined:
            continue
        c = k - 2
        while c >= 0 and c not in covered and _coordinated(toks[c]) and text[toks[c].end:toks[c + 1].start].strip(" \t") in ("", ","):
            if c + 1 < k - 1 and text[toks[c].end:toks[c + 1].start].strip(" \t") != ",":
                break
            added.append((toks[c].start, toks[c].end))
            covered.add(c)
            if c and text[toks[c - 1].end:toks[c].start].strip(" \t") == "," and not toks[c - 1].joined:
                c -= 1  # "Lan, Mai and [Thuy]": the list goes on before a comma
                continue
            break
    return sorted(spans + added) if added else spans


def _family(toks: list[_Tok], k: int) -> bool:
    """'the Hendersons', 'los Ramírez': a capitalised surname, or one with a plural -s, after an article."""
    t = toks[k]
    if not (k and t.joined and t.cap and toks[k - 1].folded in _FAMILY_ARTICLES) or t.place or is_town(t.word):
        return False
    if k > 1 and toks[k - 1].joined and toks[k - 2].folded in _LOCATIVE:
        return False  # "en Los Olivos", "in the Heights": a place
    # English adds the plural to the name ("the Joneses"); Spanish, Portuguese and French do not
    english = toks[k - 1].folded == "the"
    if not english and t.folded.endswith("s"):
        return False  # "urb Los Olivos", "las Flores", "los Pinos": plural words name places
    plural = [t.folded[:-1]] if english and t.folded.endswith("s") else []
    if english and t.folded.endswith(("ses", "xes", "zes", "shes", "ches")):
        plural.append(t.folded[:-2])
    # "the Americans", "the Haitians", "the Chinese": peoples, not families
    plural = [w for w in plural if not w.endswith(("ian", "ean", "can", "ese")) and w not in NOT_SELF]
    return t.folded not in NOT_SELF and any(_flags(w) & SURNAME and not _flags(w) & (COMMON | WORD)
                                            for w in [t.folded] + plural)


def _last_initial(text: str, t: _Tok) -> bool:
    """'att. sandra m.': a letter and its full stop closing the message after a name, whatever letter."""
    return t.joined and len(t.word) == 1 and re.fullmatch(r"\.[ \t]*(?:\n.*)?", text[t.end:], re.S) is not None


def _initial(text: str, t: _Tok) -> bool:
    """A capital or a letter that is no word, with its full stop, right after a name."""
    return t.joined and len(t.word) == 1 and text[t.end:t.end + 1] == "." and (t.cap or t.folded not in NOT_NAME)


# ------------------------------------------------------------------------- extent of a name once found
# Particles inside a long name: "María [de los] Ángeles", "Jacqueline [Le] Blanc", "Van [der] Berg".
_PARTICLES = frozenset("de del la las los da das do dos di du des d' van von der den ter le dela delos della".split())
_ARTICLE_PARTICLES = frozenset("del la las los das dos du des der den le dela delos della".split())
_NAME_GAP = re.compile(r"[ \t]*[\"“”«»()]?[ \t]*")
_QUOTED_ARTICLE = frozenset("el la o a le the".split())
_NEXT_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# "Juana de Dios Pérez", "José de Jesús Ibarra": inside a name only when a surname follows them.
_DEVOTIONAL = frozenset("dios jesus".split())
_SAINT_SURNAME = re.compile(r"(?i:saint|sainte|st|san|santa)-[^\W\d_]")


def _surname_word(word: str, lower_name: bool, particles: list[str], words_before: int, placed: bool = False,
                  quoted: bool = False, after_particle: bool = False) -> bool:
    """Whether a word right after a name (or its particles) goes on it: a capitalised word that is
    no place, month or function word, or, in a name written in lower case, a name of the lists.
    A town that is a surname too ("Lima", "León") goes on a name of two words or more, or after
    "de la", "del" ("Paredes de León", "de Souza Lima"; not "Juan de León" alone)."""
    f = fold(word)
    if f in NOT_SELF or f in _CUE_ONLY or f in _PARTICLES:
        return False
    flags = _flags(f)
    if (is_town(word) or placed) and not quoted and not (flags & SURNAME and (words_before >= 2 or set(particles) & _ARTICLE_PARTICLES)):
        return False
    if word[:1].isupper() and not word.isupper() or word.isupper() and len(word) > 1 and flags & (GIVEN | SURNAME):
        return not (flags & WORD and not flags & (GIVEN | SURNAME)) or bool(particles)
    # in lower case only after a particle ("de la cruz"), or a rarer surname after that ("de la cruz ramírez"):
    # a bare lower-case word may be a verb ("brought")
    if not lower_name or flags & WORD or not flags & (GIVEN | SURNAME):
        return False
    return bool(particles) or after_particle and bool(flags & SURNAME) and not flags & COMMON


def extend_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each [NAME] over the rest of a long name a detector cut short: particles and the surnames
    after them ("María de los Ángeles [Quispe Huamán]", "Jacqueline [Le Blanc-Dupuis]",
    "juan carlos [de la cruz ramírez]"), and two pieces of one name with particles, quotes or a
    nickname's article between them ('Armando "el Tigre" Salcedo'). A town, a place or an
    ordinary word ends it; a span of another kind is never entered, except an address the
    tagger read in a surname ("de la Torre Benítez": capitalised words and particles, no number)."""
    if not any(label == "NAME" for _, _, label in spans):
        return spans
    place_at: set[int] | None = None  # where a place or organisation begins; tokenised only when needed
    out: list[list] = [list(span) for span in sorted(spans)]
    i = 0
    while i < len(out):
        s, e, label = out[i]
        if label != "NAME":
            i += 1
            continue
        lower_name = not any(c.isupper() for c in text[s:e])
        pos, particles, grown, quoted, took_particle = e, [], e, False, False
        last = text[s:e].split()[-1] if text[s:e].split() else ""
        if fold(last) in _PARTICLES and len(text[s:e].split()) > 1:
            particles = [fold(last)]  # "[francisca helena de] lima": the tagger stopped after the particle
        while grown - s < 80:
            gap = _NAME_GAP.match(text, pos)
            p = gap.end()
            if pos == grown and text[pos:pos + 1] == "." and _TITLE_WORD.fullmatch(text[s:e].split()[-1]):
                p = _NAME_GAP.match(text, pos + 1).end()  # "[Mr]. Patrick de Villiers"
            nxt = out[i + 1] if i + 1 < len(out) else None
            if nxt and nxt[0] == p and p > pos:
                words = text[nxt[0]:nxt[1]].split()
                if nxt[2] == "NAME" or nxt[2] == "ADDRESS" and particles and not any(c.isdigit() for w in words for c in w) \
                        and all(w[:1].isupper() or fold(w) in _PARTICLES for w in words):
                    grown = pos = nxt[1]
                    out.pop(i + 1)
                    particles = []
                    continue
                break
            m = _NEXT_WORD.match(text, p)
            if p == pos or not m or nxt and m.end() > nxt[0]:
                break
            word = m.group()
            f = fold(word)
            if place_at is None:
                place_at = {t.start for t in _tokens(text) if t.place}
            if p in place_at and not (particles and (_SAINT_SURNAME.match(word) or f in _DEVOTIONAL)) \
                    and not _flags(f) & SURNAME:
                break  # "de la Paz" goes on below only as a town that is a surname too
            article = bool(gap.group().strip()) and f in _QUOTED_ARTICLE
            quoted = quoted or article
            if (f in _PARTICLES or article or particles and f in _DEVOTIONAL) and len(particles) < 3:
                particles.append(f)
                pos = m.end()
                continue
            if not _surname_word(word, lower_name, particles, len(text[s:grown].split()),
                                 p in place_at and not _SAINT_SURNAME.match(word), quoted, took_particle):
                break
            grown = pos = m.end()
            took_particle = took_particle or bool(particles)
            particles, quoted = [], False
        out[i][1] = grown
        i += 1
    return [tuple(span) for span in out]


# ------------------------------------------------------------------------- a name said again
def repeated_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A word found as a name once is the same person's name wherever else the message says it ("[Fofão]
    trabalha no lava jato e Fofão bate nele", "[Santiago] ... santiago tiene 10"): every other occurrence of
    a one-word name, or of a word of a longer one that the lists know as a name or no list knows, goes too.
    Titles, kinship words, function words, places and words of faith are never carried over."""
    names = {}
    for s, e, label in spans:
        if label != "NAME":
            continue
        single = len(_TOKEN.findall(text, s, e)) == 1
        for m in _TOKEN.finditer(text, s, e):
            f = fold(m.group())
            if f.endswith("'s"):
                f = f[:-2]
            if len(f) < 3 or f in NOT_SELF or f in _FAITH or f in _CUE_ONLY or f in _LINKS or f in _PARTICLES \
                    or f in _NICK_MODS or _TITLE_WORD.fullmatch(f) or ROLE_WORD.fullmatch(f):
                continue
            flags, cap = _flags(f), m.group()[:1].isupper()
            if flags & (COMMON | WORD):
                if cap:  # an everyday word goes again only as written, capitalised ("me llamo Luz ... no hay luz")
                    names[f] = m.group()
            elif flags & (GIVEN | SURNAME) or single or cap:  # not a lower-case word a longer span took in
                names[f] = None
    if not names:
        return spans
    out = list(spans)
    taken = sorted((s, e) for s, e, _ in spans)
    toks = _tokens(text)
    for t in toks:
        if t.folded not in names or t.place or names[t.folded] is not None and names[t.folded] != t.word:
            continue
        if any(s < t.end and t.start < e for s, e in taken):
            continue
        out.append((t.start, t.end, "NAME"))
    out += _joined_to_names(text, toks, out)
    return sorted(out) if len(out) > len(spans) else spans


def _joined_to_names(text: str, toks: list[_Tok], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Over every name found, by rules or tagger: a word joined to one by 'y / and / et / e / ak' (an article
    between: "[Beto] y la Chata") is a name too when it could be one ("luz y [Yesi]", "[Ana] et félicité")."""
    names = [(s, e) for s, e, label in spans if label == "NAME"]
    if not names:
        return []
    starts = {s for s, _ in names}
    ends = {e for _, e in names}
    covered = lambda t: any(s < t.end and t.start < e for s, e, _ in spans)  # noqa: E731
    added = []
    for k, t in enumerate(toks):
        if t.folded not in _AND or not t.joined or k == 0 or k + 1 >= len(toks) or not toks[k + 1].joined:
            continue
        before, after = toks[k - 1], toks[k + 1]
        j = k + 1
        if after.folded in _ARTICLES | {"os", "as", "les", "los", "las"} and j + 1 < len(toks) and toks[j + 1].joined \
                and toks[j + 1].cap:
            j += 1  # "y la Chata", "e o Russo": a nickname after its article
            after = toks[j]
        if before.end in ends and not covered(after) and (_coordinated(after) or j == k + 1 and _lower_unknown(after)):
            added.append((after.start, after.end, "NAME"))
        elif toks[k + 1].start in starts and not covered(before) and _coordinated(before):
            added.append((before.start, before.end, "NAME"))
    return added


def _lower_unknown(t: _Tok) -> bool:
    """A lower-case word no list knows, long enough to be no texting word ("[Ana] et félicité")."""
    return not t.flags and not t.cap and len(t.word) > 3 and t.word.isalpha() and t.folded not in NOT_SELF \
        and t.folded not in _TEXTING and not _VERB_ENDING.search(t.folded) and not is_town(t.word)
