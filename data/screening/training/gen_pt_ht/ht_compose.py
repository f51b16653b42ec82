"""Haitian Creole, part 4: messages joined from hand-written pieces (see pt_compose for the
method). Places in Haiti, the Dominican Republic, Chile, Brazil, Mexico and the US; the
pieces are written in Creole, some with Spanish/French/Portuguese words. Seeded.
NOT reviewed by a native speaker."""
from __future__ import annotations

import random

from pt_compose import distinct, strip_accents

PLACES_1P = {
    "kann": [("m ap koupe kann nan yon batey bò La Romana", "slab"), ("m travay nan yon plantasyon bannann nan Valverde", "slab"),
             ("m nan yon fèm rezen nan Chili", "slab"), ("m travay nan yon fazenda nan Mato Grosso", "slab"),
             ("m ap keyi kafe nan yon fèm nan mòn yo", "slab"), ("m travay nan yon abatwa poul nan Brezil", "slab")],
    "chantye": [("m travay nan yon konstriksyon nan Santo Domingo", "slab"), ("m se manèv nan yon chantye nan Santiago de Chile", "slab"),
                ("m ap travay nan yon obra nan São Paulo", "slab"), ("m travay sou yon chantye nan Punta Cana", "slab")],
    "kay": [("m travay kòm bòn lakay yon fanmi", "slab"), ("m gade timoun nan yon kay nan Miami", "slab"),
            ("m travay nan yon kay nan Pétion-Ville e m dòmi la", "slab"), ("m okipe yon granmoun nan yon kay nan Santiago", "slab"),
            ("m se bòn nan yon apatman nan Santo Domingo", "slab")],
    "komes": [("m travay nan yon restoran nan Tapachula", "slab"), ("m travay nan yon boulanjri nan Pòtoprens", "slab"),
              ("m lave machin nan yon carwash nan Santiago", "slab"), ("m travay nan yon faktori nan Kaskad", "slab")],
    "nwit": [("m travay nan yon ba kote fi yo okipe kliyan", "ssex"), ("m fè travay sèks nan yon kay nan Santo Domingo", "ssex"),
             ("m travay nan yon 'club' nan Tapachula kote fi yo soti ak kliyan", "ssex"), ("m nan yon kay masaj nan Boca Chica", "ssex")],
}
PLACES_3P = {
    "kann": ["ap koupe kann nan yon batey", "travay nan yon plantasyon bannann", "nan yon fèm rezen nan Chili", "travay nan yon fazenda nan Brezil"],
    "chantye": ["travay nan yon konstriksyon nan Santo Domingo", "se manèv nan yon chantye nan Chili", "travay sou yon chantye nan Punta Cana"],
    "kay": ["travay kòm bòn lakay yon fanmi", "gade timoun nan yon kay nan Miami", "travay nan yon kay e l dòmi la"],
    "komes": ["travay nan yon restoran nan Tapachula", "travay nan yon boulanjri", "travay nan yon faktori"],
    "nwit": ["travay nan yon ba kote fi yo okipe kliyan", "nan yon kay pwostitisyon nan Santo Domingo", "nan yon 'club' nan Tapachula"],
}
SECTOR = {"kann": "slab", "chantye": "slab", "kay": "slab", "komes": "slab", "nwit": "ssex"}

ADULTS = ["kouzin mwen", "sè m", "vwazen m", "yon zanmi m", "frè m", "yon fi nan legliz la", "bèlsè m",
          "yon kanmarad travay", "mari zanmi m", "yon jenn fi m konnen"]
MINORS = ["nyès mwen ki gen 14 an", "yon elèv mwen nan 7yèm ane", "pitit vwazin nan ki gen 13 an", "ti frè m ki gen 15 an",
          "yon ti fi ki gen anviwon 12 an", "kouzin mwen ki gen 16 an", "yon ti gason nan 8yèm ane", "pitit fi m ki gen 14 an"]
MINOR_1P = ["m gen 15 an e", "m gen 16 an e", "m se minè e", "m gen 14 an e", "m nan 9yèm ane e", "m gen 17 an e", "m nan 8yèm ane e"]

EVENTS_1P = [
    ("patwon an pran paspò m premye jou a", "doc", None),
    ("yo kenbe kat idantite m ak resi refij mwen", "doc", None),
    ("papye m yo nan men responsab la e li pa remèt yo", "doc", None),
    ("m mande paspò m, yo di se nan fen kontra a", "doc", None),
    ("kapatas la ranmase papye tout moun", "doc", {"kann", "chantye"}),
    ("madanm nan sere papye m nan yon tiwa ki fèmen", "doc", {"kay", "nwit"}),
    ("m dwe yo vwayaj la e dèt la ap monte", "bond tdebt", None),
    ("yo fè m peye manje ak kabann e m toujou dwe", "bond", None),
    ("yo di m p ap ka ale toutotan m pa fin peye", "bond restr", None),
    ("tout sa m touche ale nan yon dèt ki pa janm fini", "bond", None),
    ("yo retire lojman, zouti ak manje sou salè m", "bond", {"kann", "chantye", "komes"}),
    ("fòk m okipe kliyan jiskaske m fin peye vwayaj la", "bond tdebt fsex", {"nwit"}),
    ("m dwe moun ki jwenn travay sa a pou mwen kòb vwayaj la", "tdebt", None),
    ("m dwe ajans lan frè rekritman an", "tdebt", None),
    ("yo pa kite nou soti menm dimanch", "restr", None),
    ("pòtay la fèmen e se kapatas la ki gen kle", "restr", {"kann", "chantye", "nwit"}),
    ("m pa ka soti si youn nan moun yo pa avè m", "restr", None),
    ("gen yon nèg k ap veye nou tout tan", "restr", None),
    ("si yon moun eseye ale yo mennen l tounen", "restr", None),
    ("yo fèmen pòt chanm mwen pa deyò lannwit", "restr", {"kay", "nwit"}),
    ("yo pran telefòn mwen lè m rive", "iso", None),
    ("m pa gen dwa pale ak moun deyò", "iso", None),
    ("m pa konnen egzakteman ki kote m ye", "iso", None),
    ("fanmi m pa konn kote m ye", "iso", None),
    ("yo li tout mesaj mwen", "iso", None),
    ("bòs la bat moun ki plenyen", "viol", {"kann", "chantye", "komes"}),
    ("m deja pran kou de fwa", "viol", None),
    ("patwon an manyen m lè l poukont li avè m", "viol", {"kay", "komes"}),
    ("li fòse m kouche avè l", "viol", None),
    ("gad yo bat fi yo", "viol", {"nwit"}),
    ("li menase fanmi m ki Ayiti", "thr", None),
    ("yo di si m sove y ap al dèyè manman m", "thr", None),
    ("yo di moun ki pale ap regrèt sa", "thr", None),
    ("li di l konn kote pitit mwen yo rete", "thr", None),
    ("li di si m plenyen l ap rele migrasyon", "dep", None),
    ("madanm nan menase pou l denonse m bay imigrasyon", "dep", None),
    ("yo di san papye lapolis ap arete nou, pa yo", "dep vuln", None),
    ("sa fè 4 mwa m pa touche anyen", "wage", None),
    ("li di l ap sere salè m pou mwen", "wage", None),
    ("yo peye m pi piti anpil pase sa yo te pwomèt", "wage decep", None),
    ("se manje ak yon kote pou m dòmi sèlman yo ban m", "wage", {"kay", "komes"}),
    ("madanm nan kenbe tout kòb kliyan yo", "wage fsex", {"nwit"}),
    ("m travay 16 è pa jou", "hours", None),
    ("m pa janm gen yon jou konje", "hours", None),
    ("menm lè m malad m oblije travay", "hours", None),
    ("m kòmanse 4 è di maten e m fini apre minwi", "hours", None),
    ("yo te pwomèt mwen yon lòt travay ak kontra", "decep", None),
    ("yo te di m se nan kapital la, yo mennen m nan mitan bwa", "decep", {"kann"}),
    ("yo te di m se sèvez, se pa sa ditou", "decep fsex", {"nwit"}),
    ("anons lan te pale de otèl, pa de sa", "decep", None),
    ("m oblije okipe kliyan mèt la chwazi yo", "fsex", {"nwit"}),
    ("m pa ka refize okenn kliyan", "fsex", {"nwit"}),
    ("yo fè m soti ak gason ki peye madanm nan", "fsex", {"nwit"}),
    ("fòk m 'janti' ak zanmi patwon an", "fsex ssex", {"kay", "komes"}),
    ("m dòmi nan kizin nan e m pa janm gen konje", "dom hours", {"kay"}),
    ("m fè tout travay kay la e yo pa kite m soti menm pou legliz", "dom restr", {"kay"}),
    ("m travay pou fanmi an depi plizyè ane san salè", "dom wage", {"kay"}),
    ("m dòmi atè nan yon ti chanm san fenèt e m travay depi 4 è", "dom hours", {"kay"}),
    ("madanm nan fèmen m nan kay la lè l soti e m pa janm touche", "dom restr wage", {"kay"}),
    ("mèt la di l peye pou mwen e m se pou li", "sale", None),
    ("yo mennen m isit la pa fòs", "sale", None),
    ("li konnen m pa gen papye e l pwofite", "vuln", None),
    ("paske m pa pale panyòl byen yo fè sa yo vle", "vuln", None),
    ("yo konnen m pa gen kote pou m ale", "vuln", None),
]
EVENTS_3P = [
    ("patwon an pran paspò l", "doc", None), ("papye l yo nan men bòs la", "doc", None),
    ("yo pran kat idantite l e yo pa remèt li", "doc", None),
    ("li dwe vwayaj la e dèt la ap grandi", "bond tdebt", None),
    ("yo fè l peye tout bagay e li pa janm fin peye", "bond", None),
    ("li pa ka ale toutotan l pa peye", "bond restr", None),
    ("li pa ka soti pou kont li", "restr", None), ("yo fèmen l lannwit", "restr", None),
    ("gen yon moun k ap veye l tout tan", "restr", None),
    ("yo pran telefòn li", "iso", None), ("sa fè plizyè mwa li pa pale ak fanmi l", "iso", None),
    ("li pa konnen nan ki vil li ye", "iso", None),
    ("yo deja bat li plizyè fwa", "viol", None), ("li gen mak sou bra l", "viol", None),
    ("yo menase fanmi l", "thr", None), ("yo di si l sove y ap al dèyè l", "thr", None),
    ("bòs la di l ap livre l bay migrasyon si l plenyen", "dep", None),
    ("li pa touche anyen depi plizyè mwa", "wage", None), ("salè l 'sere' nan men mèt la", "wage", None),
    ("li travay plis pase 15 è pa jou", "hours", None), ("li pa janm gen konje", "hours", None),
    ("yo te pwomèt li yon lòt travay", "decep", None),
    ("yo fòse l fè biznis ak gason", "fsex", {"nwit"}), ("li oblije soti ak kliyan mèt la voye", "fsex", {"nwit"}),
    ("li dòmi nan lakou a e li pa gen konje", "dom hours", {"kay"}),
    ("li fè tout travay kay la e li pa ka soti", "dom restr", {"kay"}),
    ("yo pa peye l e l travay lajounen kou lannwit lakay yo", "dom wage hours", {"kay"}),
    ("li manje sa ki rete e li dòmi atè nan kizin nan", "dom", {"kay"}),
    ("yo pwofite paske l pa gen papye", "vuln", None),
    ("yo vann li bay mèt kote sa a", "sale", None), ("yo mennen l pa fòs soti Ayiti", "sale", None),
]
URGENT_1P = [
    ("kounye a y ap frape pòt la", "now"), ("m fèk sove e gen moun dèyè m", "now"),
    ("m kache e m tande y ap chèche m", "now"), ("li gen yon kouto nan salon an kounye a", "now"),
    ("yo fèmen m kounye a e yo di aswè a y ap mennen m yon lòt kote", "now restr"),
    ("m pa kapab ankò, m ap panse touye tèt mwen", "selfh"), ("jodi a m panse bwè tout grenn ki nan tiwa a", "selfh"),
    ("m ap senyen anpil e pèsonn pa rele anbilans", "med"), ("tèt mwen frape e m wè tout bagay nwa", "med"),
    ("y ap kenbe m e yo rele fanmi m pou mande kòb pou yo lage m", "ransom restr"),
]
URGENT_3P = [
    ("kounye a menm li voye mesaj pou di y ap bat li", "now viol"),
    ("li pa reponn ankò e gen mesye k ap vire bò kote l ye a", "now"),
    ("li rele m ap kriye, li di mèt la gen zam andedan an", "now"),
    ("li di aswè a y ap mennen l yon lòt peyi", "now"),
    ("yo pran l e yo mande 3000 dola pou yo lage l", "ransom"),
    ("y ap kenbe l e y ap rele nou pou mande kòb", "ransom"),
    ("li di l pa vle viv ankò", "selfh"),
    ("gang lan kenbe l e y ap mande ranson", "ransom"),
    ("yo voye yon videyo kote l mare e yo mande kòb", "ransom"),
    ("yo di yo p ap lage l si nou pa voye 2000 dola jodi a", "ransom"),
    ("li voye mesaj di l ap touye tèt li aswè a", "selfh"),
    ("li bwè yon pwodui e kounye a l ap toufe", "med selfh"),
    ("li tonbe e tèt li ap senyen, li pa pale", "med"),
    ("li endispoze e li pa reveye", "med"),
    ("l ap senyen e yo pa kite l al lopital", "med restr"),
]
OPENERS = ["", "", "", "alo", "bonswa.", "bonjou, m bezwen èd.", "eskize m ekri konsa,", "m pè ekri sa men",
           "yon zanmi ban m nimewo sa a.", "m se ayisyen nan Dominikani.", "bonjou, m se ayisyèn.",
           "m bezwen rakonte yon bagay.", "m ekri vit paske m pa gen tan.", "sak pase", "souple,", "hola, m se ayisyen"]
CLOSERS = ["", "", "", "kisa m dwe fè?", "nou ka ede m?", "èske sa nòmal?", "ede m souple", "m pa gen pèsonn pou m mande èd",
           "souple pa di pèsonn", "èske se yon krim?", "m pè anpil", "m pa konn sa pou m fè", "m vle soti la a",
           "mèsi paske w li m", "m pa vle pwoblèm ak lapolis", "èske m ka ale?"]
CLOSERS_3P = ["", "", "kijan m ka ede l?", "kisa m dwe fè?", "m enkyete", "li pa konnen m ap ekri w",
              "èske m ka denonse san m pa parèt?", "sa fè m mal anpil"]
FINE_1P = [("yo peye m alè chak mwa e m gen konje dimanch", ""), ("paspò m avè m, patwon an fè yon kopi sèlman", ""),
           ("m soti lè m vle, m lwe yon chanm toupre", ""), ("bòs la bon, m jis vle konnen si m gen dwa bonis", ""),
           ("m travay 8 è e m gen kontra", ""), ("m gen telefòn mwen e m pale ak fanmi m chak jou", ""),
           ("yo mete m deyò san yo pa peye vakans mwen", "disp"), ("salè a an reta mwa sa a, men m ka ale chèche yon lòt travay", "disp"),
           ("yo pa ban m kontra men yo peye alè", "disp"), ("bòs la pa peye lè siplemantè yo, m ap panse kite", "disp"),
           ("pèsonn pa pran papye m, m jis vle konnen kijan pou m renouvle yo", "")]
FINE_CLOSERS = ["", "", "mèsi", "èske sa nòmal?", "nou konnen?", "ki kote m ka mande sa?"]

STREET = [("m mande lajan nan kafou a nan Santo Domingo", "sbeg"), ("m vann bonbon nan machin yo nan limyè wouj la", "sbeg"),
          ("m mande charite devan legliz la", "sbeg"), ("m mande lajan ak pitit mwen nan lari Pòtoprens", "sbeg"),
          ("m vann dlo nan bis yo nan Santiago", "sbeg"), ("m mande lajan nan mache a nan Tapachula", "sbeg")]
STREET_EVENTS = [("yon nèg mennen nou ak yon kamyonèt le maten e l pran tout kòb la aswè", "fbeg"),
                 ("si m pa pote 1000 goud ba li chak jou m pran kou", "fbeg viol"),
                 ("m pa kenbe anyen, madanm kay la pran tout", "fbeg"),
                 ("li chwazi kote m kanpe e l ap gade m de lwen", "fbeg restr"),
                 ("yo di m dwe chanm nan e fòk m peye l nan mande", "fbeg bond"),
                 ("si m kanpe yo menase fanmi m", "fbeg thr")]
CRIME = [("yo mete m vann dwòg nan yon bout lari", "scrime fbeg"), ("fòk m pote pakè pou mesye yo sou moto", "scrime fbeg"),
         ("gang lan fòse m fè siveyans nan antre katye a", "scrime fbeg"), ("yo fè m pote sak dwòg nan bis pou yon lòt vil", "scrime fbeg"),
         ("yo voye m vòlè nan magazen yo", "scrime fbeg"), ("yo fòse m kache zam lakay mwen", "scrime fbeg")]
CRIME_EVENTS = [("si m di m vle kanpe yo di y ap touye m", "thr"), ("yo di m dwe yo e se konsa pou m peye", "bond"),
                ("yo pran papye m pou m pa disparèt", "doc"), ("yo pa kite m tounen lakay manman m", "restr"),
                ("yo deja bat mwen lè kòb la te manke", "viol"), ("", "")]
WHO = ["", "", "", "m se ayisyen, m fèk rive Santiago.", "m se ayisyèn, m rete Tapachula.", "m nan Dominikani depi 2 an.",
       "m rete nan Brezil.", "m se manman 3 pitit.", "m gen 35 an."]
REFER = [
    ("m peye yon gid pou travèse fwontyè a e l kite nou Dajabón", "smug"),
    ("m vini ak yon koyòt atravè Meksik, m te peye davans e l ale lè nou rive", "smug"),
    ("m travèse san m pa pase nan migrasyon, yon jenn gason te pran 100 dola pou l mennen m", "smug"),
    ("mari m te peye yon pasè pou nou rive Chili e kounye a nou Santiago, nou lib", "smug"),
    ("mari m bat mwen lè l bwè, yè se sa l te fè, jodi a l soti", "pv"),
    ("ansyen konpayon m menase m depi m kite kay la", "pv"),
    ("mennaj mwen joure m, li pran telefòn mwen e l deja ban m yon kalòt", "pv"),
    ("papa pitit mwen yo frape m semèn pase e m al lakay yon zanmi", "pv"),
    ("m pa gen kote pou m dòmi aswè a", "home"), ("m nan lari ak pitit mwen yo depi yè", "home"),
    ("abri a plen e m ap dòmi nan estasyon bis la", "home"), ("yo mete m deyò e m pa gen kote pou m ale", "home"),
    ("yon dam ofri m travay gadò nan Ewòp, li peye tout bagay e m ap remèt li nan travay", "offer"),
    ("yon nèg nan gwoup WhatsApp la ofri travay nan fèm e li mande pou n kite papye nou avè l", "offer"),
    ("yo ofri m travay dansè nan Panama, 5000 dola pa mwa, san eksperyans", "offer"),
    ("yon ajans mande 2000 dola davans pou yon travay nan Kanada", "offer"),
    ("yon moun vle mennen kouzin mwen travay kay moun nan Santo Domingo, li di l p ap bezwen telefòn", "offer"),
    ("yon nèg ofri m travay nan bato peche, li peye tout e l kenbe paspò m pandan vwayaj la", "offer"),
    ("sou Facebook yon dam chèche jenn fi pou 'akonpayatris' nan Pòtoprens, bon kòb san eksperyans", "offer"),
]
REFER_CLOSERS = ["", "", "ki kote m ka jwenn èd?", "nou ede ak sa?", "gen kote m ka ale?", "èske se serye?", "mèsi", "gen abri?"]


def phone_typed(text: str, rng: random.Random) -> tuple[str, str | None]:
    roll = rng.random()
    if roll < 0.45:
        out = strip_accents(text).lower()
        for full, short in [("kounye a", "kounya"), ("mwen ", "m "), (" ou ", " w "), ("paske", "pske"), ("avèk", "ak")]:
            if rng.random() < 0.5:
                out = out.replace(strip_accents(full), short)
        return out, "no_accents"
    return text, None


def join(parts: list[str], rng: random.Random) -> str:
    opener, body, closer = parts[0], parts[1:-1], parts[-1]
    out = body[0]
    for p in body[1:]:
        glue = rng.choice([". ", ", ", " e ", ". ", " epi "])
        if glue == ". ":
            p = p[0].upper() + p[1:]
        out += glue + p
    if opener:
        out = opener + (" " if opener.endswith((".", ",")) else ", ") + out
    if closer:
        out += rng.choice([". ", ", ", " "]) + closer
    return out[0].upper() + out[1:]


def fits(event, place):
    return event[2] is None or place in event[2]


def first_person(rng, minor):
    place = rng.choice(list(PLACES_1P))
    where, sector = rng.choice(PLACES_1P[place])
    chosen = distinct(rng, [e for e in EVENTS_1P if fits(e, place)], rng.choice([1, 1, 2, 2, 3]))
    codes = {sector} | {c for e in chosen for c in e[1].split()}
    if minor:
        where = f"{rng.choice(MINOR_1P)} {where}"
        codes.add("minor")
        if sector == "ssex":
            codes.add("fsex")
    return join([rng.choice(OPENERS), where] + [e[0] for e in chosen] + [rng.choice(CLOSERS)], rng), codes, \
        "plain" if len(chosen) < 3 else "run_on"


def third_person(rng, minor):
    who = rng.choice(MINORS if minor else ADULTS)
    place = rng.choice(list(PLACES_3P))
    chosen = distinct(rng, [e for e in EVENTS_3P if fits(e, place)], rng.choice([1, 2, 2]))
    codes = {SECTOR[place]} | {c for e in chosen for c in e[1].split()}
    if minor:
        codes.add("minor")
        if place == "nwit":
            codes.add("fsex")
    parts = [rng.choice(OPENERS[:11]), f"{who} {rng.choice(PLACES_3P[place])}"] + [e[0] for e in chosen]
    return join(parts + [rng.choice(CLOSERS_3P)], rng), codes, "third_party"


def urgent(rng):
    if rng.random() < 0.5:
        place = rng.choice(list(PLACES_1P))
        where, sector = rng.choice(PLACES_1P[place])
        ev = rng.choice([e for e in EVENTS_1P if fits(e, place)])
        now, ncodes = rng.choice(URGENT_1P)
        return join(["", where, ev[0], now, rng.choice(["anmwe", "vit souple", "ede m", ""])], rng), \
            {sector, *ev[1].split(), *ncodes.split()}, "plain"
    minor = rng.random() < 0.3
    who = rng.choice(MINORS if minor else ADULTS)
    place = rng.choice(list(PLACES_3P))
    now, ncodes = rng.choice(URGENT_3P)
    codes = {SECTOR[place], *ncodes.split()} | ({"minor"} if minor else set())
    if minor and place == "nwit":
        codes.add("fsex")
    return join([rng.choice(OPENERS[:11]), f"{who} {rng.choice(PLACES_3P[place])}", now, ""], rng), codes, "third_party"


def street(rng):
    minor = rng.random() < 0.25
    if rng.random() < 0.5:
        where, sector = rng.choice(STREET)
        ev, codes = rng.choice(STREET_EVENTS)
        codes = f"{sector} {codes}"
    else:
        where, codes = rng.choice(CRIME)
        ev, extra = rng.choice(CRIME_EVENTS)
        codes = f"{codes} {extra}"
    if minor:
        where = f"{rng.choice(MINOR_1P)} {where}"
        codes += " minor"
    body = [where, ev] if ev else [where]
    return join([rng.choice(OPENERS)] + body + [rng.choice(CLOSERS)], rng), set(codes.split()), "plain"


def refer(rng):
    first = rng.choice(REFER)
    parts = [first]
    if rng.random() < 0.25:
        parts.append(rng.choice([r for r in REFER if r[1] != first[1]]))
    return join([rng.choice(WHO)] + [p[0] for p in parts] + [rng.choice(REFER_CLOSERS)], rng), \
        {c for p in parts for c in p[1].split()}, "plain"


def fine(rng):
    place = rng.choice([p for p in PLACES_1P if p != "nwit"])
    where, sector = rng.choice(PLACES_1P[place])
    text, codes = rng.choice(FINE_1P)
    return join([rng.choice(OPENERS[:8]), where, text, rng.choice(FINE_CLOSERS)], rng), {sector, *codes.split()}, "plain"


def compose(n: int, seed: int = 13) -> list[tuple]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.28:
            text, codes, style = first_person(rng, minor=rng.random() < 0.15)
        elif roll < 0.48:
            text, codes, style = third_person(rng, minor=rng.random() < 0.3)
        elif roll < 0.61:
            text, codes, style = urgent(rng)
        elif roll < 0.69:
            text, codes, style = street(rng)
        elif roll < 0.84:
            text, codes, style = refer(rng)
        else:
            text, codes, style = fine(rng)
        typed, typed_style = phone_typed(text, rng)
        out.append((typed, " ".join(sorted(codes)), typed_style or style, "composed from hand-written pieces"))
    return out


M = compose(1300)
