"""Places, organisations and holy names that look like people's names and must survive.

Written for hotline-triage (Apache-2.0): countries and places of the migration routes of
the Americas whose names are also given names or surnames ("Santa Ana", "El Salvador",
"Victoria", "San Pedro Sula", "Lourdes"), organisations ("Cruz Roja", "Casa del
Migrante") and words of faith ("Virgen de Guadalupe"). Matched on folded words.
"""
from __future__ import annotations

_PHRASES = """
el salvador|san salvador|salvador|santa ana|san jose|san pedro sula|san pedro|san juan|san luis potosi
san luis|san miguel|san cristobal|san cristobal de las casas|santa rosa|santa cruz|santa marta|santa elena
santa lucia|santa fe|santa clara|santa catarina|santa barbara|santa monica|san antonio|san diego
san francisco|san marcos|san andres|san isidro|san martin|san fernando|san felipe|san lorenzo|san benito
santo domingo|santo andre|sao paulo|sao luis|sao jose|sao bernardo|sao goncalo|saint louis|saint marc
saint-marc|saint paul|port-au-prince|port au prince|puerto principe|cap-haitien|cap haitien|les cayes
jacmel|gonaives|jeremie|hinche|petion-ville|petionville|la paz|victoria|ciudad victoria|ciudad hidalgo
potoprens|petyonvil|okap|gonayiv|jakmel|jeremi|ench|mibale|wanament|sen mak|leyogan|kwadebouke|fo libete|okay
podepe|tigwav|miragwan|dezam|lenbe|lakayè|kenskòf|kenskof|tabarre|site soley|site solèy|kanperen|fondwa
ciudad juarez|juarez|hidalgo|morelos|guerrero|leon|lourdes|dolores|mercedes|guadalupe|trinidad|trinidad y tobago
trinidad and tobago|florencia|santiago|santiago de chile|santiago de cuba|isabela|concepcion|asuncion
israel|jordan|georgia|carolina|north carolina|south carolina|virginia|west virginia|florida|paris|lima
colon|panama|darien|necocli|tapachula|tecun uman|el ceibo|el paso|los angeles|las vegas|nuevo laredo
laredo|reynosa|matamoros|piedras negras|tijuana|mexicali|nogales|juarez|monterrey|guadalajara|puebla
oaxaca|chiapas|veracruz|tabasco|tenosique|villahermosa|queretaro|celaya|irapuato|saltillo|hermosillo
chihuahua|sonora|coahuila|tamaulipas|sinaloa|durango|zacatecas|michoacan|jalisco|nayarit|colima
yucatan|campeche|quintana roo|cancun|merida|acapulco|toluca|pachuca|tlaxcala|cuernavaca
honduras|guatemala|nicaragua|costa rica|mexico|haiti|ayiti|venezuela|colombia|ecuador|peru|bolivia
chile|argentina|uruguay|paraguay|brasil|brazil|cuba|jamaica|belice|belize|canada|estados unidos
tegucigalpa|san pedro|choluteca|comayagua|quetzaltenango|xela|huehuetenango|coban|escuintla|managua
esteli|granada|masaya|leon|bogota|medellin|cali|cucuta|barranquilla|cartagena|caracas|maracaibo
valencia|quito|guayaquil|cuenca|manaus|boa vista|pacaraima|roraima|brasilia|rio de janeiro|belem
houston|dallas|miami|chicago|phoenix|mcallen|brownsville|san antonio|new york|nueva york|boston
toronto|montreal|montreal|quebec|ottawa|vancouver|madrid|roma|rome
buenos aires|puerto rico|costa rica|nueva zelanda|corea|nova york|nova iorque|washington|fortaleza|arica|america|sao paulo|belo horizonte|recife|salvador
curitiba|porto alegre|florianopolis|campinas|italia|italy|espana|spain|francia|france|holanda|alemania|canada
policia federal|policia|migracion|guardia nacional|la migra
nova zelandia|nueva zelanda|nouvelle-zelande|new zealand|tailandia|thailande|thailand|angola|luanda|inglaterra|angleterre
england|franca|alemanha|allemagne|germany|japao|japon|japan|espanha|espagne|suica|suiza|suisse|switzerland|holanda
portugal|australia|rusia|russia|turquia|grecia|polonia|irlanda|dubai|catar|qatar|emirados arabes|arabia saudita
nova jersey|nueva jersey|new jersey|guiana|guyana|georgetown|suriname|surinam|paramaribo|guyane|cayenne|martinique
guadeloupe|senegal|cameroun|congo|belgique|belgica|lafrans|etazini|kanada|dominikani|meksik|brezil|kiba|bahamas
cidade do mexico|ciudad de mexico|mexico city|assis brasil|tabatinga
casa de acolhida|casa de acogida|casa de passagem|casa refugio|casa de refugio|abrigo municipal
cruz roja|cruz vermelha|croix-rouge|croix rouge|red cross|kwa wouj|medicos sin fronteras
medecins sans frontieres|medicos sem fronteiras|doctors without borders|casa del migrante
casa do migrante|fray matias|hermanos en el camino|al otro lado|kino border initiative|save the children
catholic charities|caritas|scalabrini|polaris|world vision|plan international|sin fronteras
asylum access|amnistia internacional|amnesty international|la 72|casa alianza|casa nicolas|jesuit refugee service
virgen de guadalupe|virgen maria|virgen|virgin mary|nossa senhora|notre dame|notre-dame|santa maria
sainte marie|maria santisima|dios|god|dieu|deus|bondye|cristo|christ|jesucristo|jesus cristo
"""
PHRASES: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split()) for line in _PHRASES.strip().splitlines() for p in line.split("|") if p.strip()
)
LONGEST = max(len(p) for p in PHRASES)
FIRST_WORDS = frozenset(p[0] for p in PHRASES)

# A word after one of these is a saint's or a place's name, not a person's ("San José").
SAINT = frozenset("san santa santo sao saint sainte st ste sen sent nuestra nossa notre virgen virgin vierge".split())
