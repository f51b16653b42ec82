"""Slot fillers for scripts/build_redaction_corpus.py: fictitious names, numbers, documents,
addresses and handles of the Americas, and the harmless words that must survive.

Written for hotline-triage (Apache-2.0). Every person, number and place here is invented:
phone numbers carry 555 in their subscriber part, document numbers are random digits in
the document's shape (check digits computed where the shape has one, so a detector can't
tell them from real ones), streets are common street names of the region. Given names and
surnames are drawn from Faker's locale lists (MIT; read from the pinned wheel by
build_redaction_corpus.py) and from scripts/name_lists/.

Each filler returns (text, kind); kind is None for words that must survive (places,
organisations, amounts...), which the builder records in the row's "keep" list.
"""
from __future__ import annotations

import random
import string
import unicodedata

# --------------------------------------------------------------------------- regions
# Which region a message of each language is set in (drives names, phones, documents,
# address styles and cities).
REGIONS = {
    "es": {"MX": 30, "GT": 12, "HN": 10, "SV": 7, "NI": 4, "CR": 3, "PA": 2, "CO": 8, "VE": 8, "EC": 3, "PE": 5,
           "BO": 2, "CL": 2, "AR": 2, "DO": 2, "CU": 2, "US": 6},
    "en": {"US": 70, "CA": 15, "MX": 5, "GT": 3, "HN": 3, "JM": 4},
    "pt": {"BR": 92, "PT": 3, "US": 5},
    "fr": {"QC": 45, "FR": 15, "HT": 30, "GF": 10},
    "ht": {"HT": 60, "US": 12, "CL": 8, "BR": 6, "DO": 6, "MX": 5, "QC": 3},
}

CITIES = {
    "MX": "Tapachula|Ciudad de México|CDMX|Monterrey|Tijuana|Reynosa|Ciudad Juárez|Guadalajara|Puebla|Oaxaca|"
          "Villahermosa|Tenosique|Coatzacoalcos|Veracruz|San Luis Potosí|Querétaro|Saltillo|Piedras Negras|"
          "Nuevo Laredo|Matamoros|Mexicali|Hermosillo|Nogales|Cancún|Mérida|Tuxtla Gutiérrez|"
          "San Cristóbal de las Casas|Palenque|Acayucan|Irapuato|León|Celaya|Chihuahua|Culiacán|Ensenada|Toluca",
    "GT": "Guatemala|la capital|Quetzaltenango|Xela|Huehuetenango|Cobán|Escuintla|Mazatenango|Retalhuleu|"
          "Chiquimula|Puerto Barrios|Tecún Umán|Mixco|Villa Nueva|San Marcos|Totonicapán|Sololá|Chimaltenango|Antigua",
    "HN": "Tegucigalpa|San Pedro Sula|Choloma|La Ceiba|El Progreso|Comayagua|Choluteca|Danlí|Juticalpa|"
          "Puerto Cortés|Santa Rosa de Copán|Olanchito|Tela",
    "SV": "San Salvador|Santa Ana|San Miguel|Soyapango|Mejicanos|Apopa|Usulután|Sonsonate|La Libertad|Ahuachapán",
    "NI": "Managua|León|Masaya|Chinandega|Estelí|Matagalpa|Granada|Jinotega",
    "CR": "San José|Alajuela|Heredia|Cartago|Limón|Puntarenas|Upala|Los Chiles",
    "PA": "Panamá|Colón|David|Darién|Metetí|Lajas Blancas|Bajo Chiquito",
    "CO": "Bogotá|Medellín|Cali|Barranquilla|Cúcuta|Cartagena|Necoclí|Turbo|Pasto|Ipiales|Bucaramanga|"
          "Villa del Rosario|Pereira",
    "VE": "Caracas|Maracaibo|Valencia|Barquisimeto|San Cristóbal|Maturín|Puerto Ordaz|Mérida|Barcelona|"
          "Ciudad Bolívar|Táchira|Zulia",
    "EC": "Quito|Guayaquil|Cuenca|Huaquillas|Tulcán|Machala|Santo Domingo",
    "PE": "Lima|Tumbes|Tacna|Trujillo|Arequipa|Piura|Chiclayo|Callao|San Juan de Lurigancho|Cusco|Juliaca|Puno",
    "BO": "La Paz|El Alto|Santa Cruz|Cochabamba|Oruro|Desaguadero",
    "CL": "Santiago|Arica|Iquique|Antofagasta|Colchane|Calama|Valparaíso|Estación Central",
    "AR": "Buenos Aires|Córdoba|Rosario|Mendoza|La Matanza|Salta|Jujuy",
    "DO": "Santo Domingo|Santiago de los Caballeros|Dajabón|Higüey|Punta Cana|La Romana|San Pedro de Macorís",
    "CU": "La Habana|Santiago de Cuba|Camagüey|Holguín",
    "US": "Houston|Dallas|Los Angeles|Chicago|New York|Miami|Phoenix|San Antonio|Atlanta|Charlotte|Denver|El Paso|"
          "McAllen|Brownsville|Laredo|San Diego|Nashville|Orlando|Newark|Boston|Brockton|Springfield|Philadelphia|"
          "Omaha|Salt Lake City|Raleigh|Immokalee|Homestead|Seattle|Las Vegas|Tucson|Queens|the Bronx|Brooklyn",
    "CA": "Toronto|Montreal|Ottawa|Vancouver|Calgary|Winnipeg|Windsor|Niagara Falls|Mississauga|Brampton",
    "JM": "Kingston|Montego Bay|Spanish Town|Miami|Fort Lauderdale",
    "QC": "Montréal|Laval|Longueuil|Québec|Gatineau|Sherbrooke|Saint-Jérôme|Lacolle|Trois-Rivières|Terrebonne|"
          "Saint-Hyacinthe|Granby",
    "FR": "Paris|Lyon|Marseille|Calais|Lille|Toulouse|Bordeaux|Nantes|Saint-Denis|Montreuil|Nice",
    "GF": "Cayenne|Saint-Laurent-du-Maroni|Kourou|Matoury|Rémire-Montjoly",
    "HT": "Port-au-Prince|Pòtoprens|Cap-Haïtien|Okap|Gonaïves|Gonayiv|Les Cayes|Okay|Jacmel|Jérémie|Hinche|"
          "Saint-Marc|Ouanaminthe|Wanament|Pétion-Ville|Delmas|Carrefour|Croix-des-Bouquets|Léogâne|Port-de-Paix|"
          "Mirebalais|Belladère",
    "BR": "São Paulo|Manaus|Boa Vista|Pacaraima|Rio de Janeiro|Belo Horizonte|Curitiba|Porto Alegre|"
          "Florianópolis|Recife|Fortaleza|Belém|Cuiabá|Chapecó|Brasília|Campinas|Guarulhos|Foz do Iguaçu|Santos|"
          "Salvador|Caxias do Sul|Joinville",
    "PT": "Lisboa|Porto|Amadora|Braga|Faro",
}
COUNTRIES = {
    "es": "México|Guatemala|Honduras|El Salvador|Nicaragua|Costa Rica|Panamá|Colombia|Venezuela|Ecuador|Perú|"
          "Bolivia|Chile|Argentina|Cuba|Haití|República Dominicana|Estados Unidos|Canadá|Brasil|España|Inglaterra|Francia|"
          "Italia|Alemania|Japón|Portugal|Belice",
    "en": "Mexico|Guatemala|Honduras|El Salvador|Nicaragua|Colombia|Venezuela|Ecuador|Haiti|Cuba|Jamaica|"
          "the States|Canada|Brazil|Peru|Chile|England|Spain|Italy|France|Germany|the UK|Dubai",
    "pt": "Venezuela|Haiti|Bolívia|Paraguai|Colômbia|Peru|Cuba|Brasil|Estados Unidos|Guiana|Angola|Inglaterra|França|"
          "Portugal|Espanha|Itália|Japão|Suriname|México",
    "fr": "Haïti|le Canada|les États-Unis|la France|le Mexique|le Brésil|le Chili|la Guyane|le Congo|le Sénégal|"
          "le Cameroun|la Guinée|la Côte d'Ivoire|l'Angleterre|l'Espagne|la Belgique|la Suisse",
    "ht": "Ayiti|Chili|Brezil|Meksik|Etazini|Kanada|Dominikani|Panama|Kolonbi|Giyàn|Lafrans|Kiba|Bahamas|Pòtoriko",
}
# Organisations and services: they belong to nobody and must survive.
ORGS = {
    "es": "la OIM|ACNUR|la Cruz Roja|Médicos Sin Fronteras|la COMAR|el INM|el DIF|la Casa del Migrante|la 72|"
          "Cáritas|el albergue Hermanos en el Camino|la Fiscalía|el Ministerio Público|la Procuraduría|UNICEF|"
          "Migración Colombia|la PDI|Carabineros|la Defensoría del Pueblo|HIAS|Save the Children|World Vision|"
          "el Ejército de Salvación|la CNDH|Al Otro Lado|FM4 Paso Libre|la policía|la migra|Sin Fronteras",
    "en": "IOM|UNHCR|the Red Cross|Catholic Charities|RAICES|Polaris|KIND|ICE|CBP|USCIS|Border Patrol|the Salvation "
          "Army|the YMCA|legal aid|the police|the consulate|HIAS|Doctors Without Borders|the shelter|the church",
    "pt": "a OIM|o ACNUR|a Cruz Vermelha|a Polícia Federal|a Defensoria Pública|o Ministério Público|o CREAS|o CRAS|"
          "a Operação Acolhida|a Cáritas|o SUS|a Pastoral do Migrante|Médicos Sem Fronteiras|o Conselho Tutelar",
    "fr": "l'OIM|le HCR|la Croix-Rouge|Médecins du Monde|le CLSC|le PRAIDA|IRCC|la police|le consulat|l'UNICEF|"
          "Médecins Sans Frontières|la Cimade|France terre d'asile|le Welcome Collective|la Maison d'Haïti",
    "ht": "OIM|Kwa Wouj|lapolis|IBESR|Sant Ti Solèy|Zanmi Lasante|konsila a|legliz la|MSF|UNICEF|GARR",
}
HOTLINES = {
    "es": "911|800 5533 000|088|089|el 123|el 100|line 141|800 008 5400|1-888-373-7888|171|el 112",
    "en": "911|1-888-373-7888|233733|988|211|311|1-800-799-7233",
    "pt": "190|180|100|192|0800 555 0123|Disque 100",
    "fr": "911|811|112|17|15|115|1-888-373-7888",
    "ht": "114|116|188|911|133",
}


# Links of services and governments: they name no one and must survive.
ORG_URLS = (
    "www.gob.mx|gob.mx/comar|acnur.org/es|www.acnur.org|www.unhcr.org|iom.int|www.uscis.gov|polarisproject.org|"
    "www.canada.ca/immigration|gov.br/mj|refugies.info|humantraffickinghotline.org|www.migracioncolombia.gov.co|"
    "https://www.gob.mx/inm|https://help.unhcr.org/mexico|www.cruzroja.org|oim.org.co|www.icrc.org/es|"
    "https://www.ohchr.org|www.dol.gov/agencies/whd|https://www.ircc.canada.ca|www.diplomatie.gouv.fr|mj.gov.br"
)


def hex_token(rng: random.Random) -> str:
    """Machine identifiers of log lines (hashes, UUIDs): no one's."""
    h = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    return choose(rng, [h, h[:40], f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}", h[:32]])


def choose(rng: random.Random, spec: str | list[str]) -> str:
    items = spec.split("|") if isinstance(spec, str) else spec
    return rng.choice(items)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def strip_accents_same_length(text: str) -> str:
    out = []
    for c in text:
        base = unicodedata.normalize("NFD", c)[0]
        out.append(base if len(base) == 1 else c)
    return "".join(out)


# --------------------------------------------------------------------------- phones
def _sub(rng: random.Random, n: int) -> str:
    """A fictitious subscriber number of n digits starting with 555."""
    return "555" + digits(rng, n - 3)


def _group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(number[i:i + s])
        i += s
    if i < len(number):
        out.append(number[i:])
    return sep.join(p for p in out if p)


def phone_digits(rng: random.Random, region: str) -> str:
    r = rng.random
    s7, s8 = _sub(rng, 7), _sub(rng, 8)
    if region == "MX":
        area = choose(rng, "55|33|81|962|664|899|656|222|951|993|934|998|999")
        local = _sub(rng, 10 - len(area))
        return choose(rng, [
            f"+52 1 {area} {local[:4]} {local[4:]}", f"{area} {local[:4]} {local[4:]}", f"{area}-{local[:4]}-{local[4:]}",
            f"({area}) {local[:4]} {local[4:]}", f"{area}{local}", f"+52{area}{local}", f"044 {area} {local}",
            f"+52 ({area}) {local[:3]} {local[3:]}", f"521{area}{local}", f"{area} {local[:3]} {local[3:5]} {local[5:]}",
            f"+52 {area} {local}", f"0052 {area} {local[:4]} {local[4:]}",
        ])
    if region in ("GT", "HN", "SV", "NI", "CR", "PA"):
        code = {"GT": "502", "HN": "504", "SV": "503", "NI": "505", "CR": "506", "PA": "507"}[region]
        first = choose(rng, "3|4|5|7|8|9|6")
        n = first + "555" + digits(rng, 4)
        return choose(rng, [f"+{code} {n[:4]} {n[4:]}", f"{n[:4]}-{n[4:]}", f"{n}", f"({code}) {n[:4]}-{n[4:]}",
                            f"{code} {n}", f"+{code}{n}", f"{n[:4]} {n[4:]}", f"+{code} {n[:4]}-{n[4:]}"])
    if region == "CO":
        n = "3" + choose(rng, "00|01|10|12|15|20|04|14") + _sub(rng, 7)
        return choose(rng, [f"+57 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n, f"(+57) {n[:3]}-{n[3:6]}-{n[6:]}",
                            f"{n[:3]} {n[3:]}", f"57{n}"])
    if region == "VE":
        op = choose(rng, "414|424|412|416|426")
        n = _sub(rng, 7)
        return choose(rng, [f"+58 {op} {n[:3]} {n[3:]}", f"0{op}-{n}", f"0{op} {n[:3]} {n[3:5]} {n[5:]}", f"0{op}{n}",
                            f"+58{op}{n}", f"0{op}.{n[:3]}.{n[3:]}"])
    if region == "EC":
        n = "9" + _sub(rng, 8)
        return choose(rng, [f"+593 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}"])
    if region == "PE":
        n = "9" + _sub(rng, 8)
        return choose(rng, [f"+51 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n, f"51{n}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])
    if region == "BO":
        n = "7" + _sub(rng, 7)
        return choose(rng, [f"+591 {n}", f"{n[:4]} {n[4:]}", n])
    if region == "CL":
        n = _sub(rng, 8)
        return choose(rng, [f"+56 9 {n[:4]} {n[4:]}", f"9 {n[:4]} {n[4:]}", f"9{n}", f"+569{n}", f"(+56) 9 {n}"])
    if region == "AR":
        n = _sub(rng, 8)
        return choose(rng, [f"+54 9 11 {n[:4]}-{n[4:]}", f"11 15 {n[:4]} {n[4:]}", f"15-{n[:4]}-{n[4:]}", f"+54911{n}"])
    if region == "CU":
        n = _sub(rng, 7)
        return choose(rng, [f"+53 5 {n[:3]} {n[3:]}", f"5{n}", f"+535{n}"])
    if region in ("US", "CA", "JM", "DO"):
        area = {"DO": choose(rng, "809|829|849"), "JM": "876"}.get(region) or choose(rng, "713|832|214|312|305|786|646|"
                                                                                       "917|404|619|602|210|514|438|416|647")
        x = "555" + digits(rng, 4)
        return choose(rng, [f"({area}) {x[:3]}-{x[3:]}", f"{area}-{x[:3]}-{x[3:]}", f"{area}.{x[:3]}.{x[3:]}",
                            f"+1 {area} {x[:3]} {x[3:]}", f"1-{area}-{x[:3]}-{x[3:]}", f"{area}{x}", f"{area} {x[:3]} {x[3:]}",
                            f"+1 ({area}) {x[:3]}-{x[3:]}", f"+1{area}{x}", f"{area} {x}"])
    if region in ("QC",):
        area = choose(rng, "514|438|450|418|819|581")
        x = "555" + digits(rng, 4)
        return choose(rng, [f"{area}-{x[:3]}-{x[3:]}", f"({area}) {x[:3]}-{x[3:]}", f"{area} {x[:3]} {x[3:]}",
                            f"+1 {area} {x[:3]} {x[3:]}", f"1-{area}-{x[:3]}-{x[3:]}", f"{area}{x}"])
    if region in ("FR", "GF"):
        first = choose(rng, "06|07") if region == "FR" else "0694"
        n = first + "55" + digits(rng, 10 - len(first) - 2)
        pairs = " ".join(n[i:i + 2] for i in range(0, 10, 2))
        return choose(rng, [pairs, n, "+33 " + " ".join(n[1 + i:3 + i] for i in range(0, 9, 2)).strip(),
                            pairs.replace(" ", "."), "+594 " + n[1:] if region == "GF" else "+33" + n[1:]])
    if region == "HT":
        n = choose(rng, "3|4|3|4|2") + choose(rng, "1|2|3|4|5|6|7|8|9") + "55" + digits(rng, 4)
        return choose(rng, [f"+509 {n[:4]} {n[4:]}", f"{n[:4]}-{n[4:]}", f"509-{n[:4]}-{n[4:]}", f"{n}", f"+509{n}",
                            f"{n[:4]} {n[4:6]} {n[6:]}", f"(509) {n[:4]}-{n[4:]}", f"509 {n}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])
    if region == "BR":
        ddd = choose(rng, "11|21|92|95|31|41|51|61|71|81|85|47|49|48")
        n = "9" + choose(rng, "5|8|9|7|6") + "555" + digits(rng, 4)
        return choose(rng, [f"({ddd}) {n[:5]}-{n[5:]}", f"+55 {ddd} {n[:5]}-{n[5:]}", f"{ddd} {n[0]} {n[1:5]} {n[5:]}",
                            f"+55 ({ddd}) {n[0]} {n[1:5]}-{n[5:]}", f"{ddd}{n}", f"0{ddd} {n[:5]} {n[5:]}", f"{ddd} {n[:5]}-{n[5:]}",
                            f"+55{ddd}{n}", f"55 {ddd} {n}", f"({ddd}){n}"])
    if region == "PT":
        n = "9" + choose(rng, "1|2|3|6") + "555" + digits(rng, 4)
        return choose(rng, [f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n])
    return s7 if r() < 0.5 else s8


NUMBER_WORDS = {
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "en": "zero one two three four five six seven eight nine".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "ht": "zewo en de twa kat senk sis sèt uit nèf".split(),
}
TENS_ES = {2: "veinte", 3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}
TEENS_ES = "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve".split()
TENS_EN = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
TEENS_EN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()


def _pair_words(lang: str, pair: str) -> str:
    a, b = int(pair[0]), int(pair[1])
    units = NUMBER_WORDS[lang]
    if lang == "es" and a >= 1:
        if a == 1:
            return TEENS_ES[b]
        return TENS_ES[a] + ("" if b == 0 else (" y " + units[b] if a > 2 else "i" + units[b]))
    if lang == "en" and a >= 1:
        if a == 1:
            return TEENS_EN[b]
        return TENS_EN[a] + ("" if b == 0 else "-" + units[b])
    return f"{units[a]} {units[b]}"


def phone_words(rng: random.Random, lang: str, number: str | None = None) -> str:
    number = number or "555" + digits(rng, 7)
    units = NUMBER_WORDS[lang]
    if lang == "pt" and rng.random() < 0.5:
        units = units[:6] + ["meia"] + units[7:]
    style = rng.random()
    if style < 0.45:  # one word a digit, sometimes grouped with commas
        words = [units[int(d)] for d in number]
        if rng.random() < 0.5:
            groups = [words[:3], words[3:6], words[6:]]
            return ", ".join(" ".join(g) for g in groups)
        return " ".join(words)
    if style < 0.7 and lang in ("es", "en"):  # pairs: "cincuenta y cinco doce..."
        parts = [_pair_words(lang, number[i:i + 2]) for i in range(0, len(number) - 1, 2)]
        return " ".join(parts)
    # mixed digits and words
    out = []
    for i, d in enumerate(number):
        out.append(units[int(d)] if i < 3 or rng.random() < 0.3 else d)
    text, prev_digit = "", False
    for token in out:
        is_digit = token.isdigit()
        text += ("" if (is_digit and prev_digit) else " ") + token
        prev_digit = is_digit
    return text.strip()


# --------------------------------------------------------------------------- e-mail
PROVIDERS = {
    "es": "gmail.com|hotmail.com|yahoo.com.mx|outlook.es|outlook.com|yahoo.com|live.com.mx|icloud.com|hotmail.es",
    "en": "gmail.com|yahoo.com|outlook.com|icloud.com|aol.com|hotmail.com|protonmail.com|live.com",
    "pt": "gmail.com|hotmail.com|yahoo.com.br|outlook.com|uol.com.br|bol.com.br|icloud.com",
    "fr": "gmail.com|hotmail.fr|yahoo.fr|outlook.fr|videotron.ca|hotmail.com|live.ca|orange.fr",
    "ht": "gmail.com|yahoo.fr|hotmail.com|outlook.com|yahoo.com",
}
SPELL = {
    "es": ("arroba", "punto"), "en": ("at", "dot"), "pt": ("arroba", "ponto"), "fr": ("arobase", "point"),
    "ht": ("arobaz", "pwen"),
}


def username(rng: random.Random, given: str, surname: str, style: str = "any") -> str:
    g = strip_accents_same_length(given.lower()).replace(" ", "").replace("'", "")
    s = strip_accents_same_length(surname.lower()).replace(" ", "").replace("'", "")
    y = str(rng.randint(1, 99)) if rng.random() < 0.6 else str(rng.randint(1975, 2009))
    pieces = [
        f"{g}.{s}", f"{g}{s}{y}", f"{g}_{s}", f"{g[:1]}{s}{y}", f"{g}.{s[:1]}{y}", f"{g}{y}", f"{s}.{g}",
        f"{g}_{y}", f"xx{g}xx", f"{g}.{s}{y}", f"la.{g}{y}" if rng.random() < 0.5 else f"el_{g}{y}",
        f"{g}{s[:3]}", f"{g}_{s}_{y}", f"{g}-{s}", f"{g}{s}", f"{g[:4]}{s[:4]}{y}",
    ]
    return rng.choice(pieces).strip("-")


def email(rng: random.Random, lang: str, given: str, surname: str) -> str:
    user = username(rng, given, surname).replace("-", ".")
    if rng.random() < 0.1:
        user = user.capitalize()
    return f"{user}@{choose(rng, PROVIDERS[lang])}"


def email_words(rng: random.Random, lang: str, given: str, surname: str) -> str:
    at, dot = SPELL[lang]
    user = username(rng, given, surname).replace("-", ".")
    domain = choose(rng, PROVIDERS[lang])
    style = rng.random()
    if style < 0.5:
        u = user.replace(".", f" {dot} ") if rng.random() < 0.6 else user
        return f"{u} {at} {domain.replace('.', f' {dot} ')}"
    if style < 0.65:
        return f"{user}({at}){domain.replace('.', f'({dot})')}"
    if style < 0.8:
        return f"{user} @ {domain.replace('.', ' . ')}"
    if style < 0.9:
        return f"{user} [{at}] {domain}"
    return f"{user} {at} {domain.split('.')[0]}"


# --------------------------------------------------------------------------- handles
def handle(rng: random.Random, given: str, surname: str) -> str:
    """A bare username (the template says which platform)."""
    return username(rng, given, surname)


def at_handle(rng: random.Random, given: str, surname: str) -> str:
    return "@" + username(rng, given, surname).replace("-", "_")


def profile_url(rng: random.Random, given: str, surname: str, phone: str) -> str:
    user = username(rng, given, surname).replace("-", ".")
    plain = "".join(c for c in phone if c.isdigit())
    return choose(rng, [
        f"facebook.com/{user}", f"https://www.facebook.com/{user}", f"fb.com/{user}",
        f"https://m.facebook.com/profile.php?id=1000{digits(rng, 11)}", f"instagram.com/{user}",
        f"https://instagram.com/{user}", f"tiktok.com/@{user}", f"https://www.tiktok.com/@{user}", f"wa.me/{plain}",
        f"https://wa.me/{plain}", f"t.me/{user.replace('.', '_')}", f"paypal.me/{user.replace('.', '')}",
        f"snapchat.com/add/{user}", f"x.com/{user.replace('.', '_')}",
    ])


def cashtag(rng: random.Random, given: str, surname: str) -> str:
    user = strip_accents_same_length(given.replace(" ", "")) + rng.choice(["", surname[:1].upper(), str(rng.randint(1, 99))])
    return "$" + user.replace("'", "")


def pix_random(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --------------------------------------------------------------------------- documents
def _curp(rng: random.Random) -> str:
    vowels = "AEIOU"
    cons = "BCDFGHJKLMNPQRSTVWXYZ"
    state = choose(rng, "AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE")
    return (letters(rng, 1, cons) + letters(rng, 1, vowels) + letters(rng, 2) + f"{rng.randint(60, 99):02d}"
            + f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + rng.choice("HM") + state + letters(rng, 3, cons)
            + rng.choice("0A") + digits(rng, 1))


def _rfc(rng: random.Random) -> str:
    return letters(rng, 4) + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + letters(rng, 2) + digits(rng, 1)


def _ine_clave(rng: random.Random) -> str:
    return letters(rng, 6) + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + digits(rng, 2) \
        + rng.choice("HM") + digits(rng, 3)


def _cpf(rng: random.Random) -> str:
    base = [rng.randint(0, 9) for _ in range(9)]
    for n in (9, 10):
        total = sum(d * w for d, w in zip(base, range(n + 1, 1, -1)))
        base.append((total * 10) % 11 % 10)
    return "".join(map(str, base))


def _rut(rng: random.Random) -> str:
    body = rng.randint(5_000_000, 26_000_000)
    s, m = 0, 2
    for d in reversed(str(body)):
        s += int(d) * m
        m = 2 if m == 7 else m + 1
    dv = 11 - s % 11
    return str(body), {10: "K", 11: "0"}.get(dv, str(dv))


def _dots(number: str) -> str:
    return f"{int(number):,}".replace(",", ".")


def document(rng: random.Random, kind: str) -> str:
    """A fictitious document number in the shape of `kind` (its common written variants)."""
    if kind == "curp":
        c = _curp(rng)
        return c.lower() if rng.random() < 0.15 else c
    if kind == "rfc":
        return _rfc(rng)
    if kind == "ine":
        return choose(rng, [_ine_clave(rng), digits(rng, 13), "IDMEX" + digits(rng, 10), digits(rng, 9)])
    if kind == "dpi":
        n = digits(rng, 13)
        return choose(rng, [f"{n[:4]} {n[4:9]} {n[9:]}", n, f"{n[:4]}-{n[4:9]}-{n[9:]}"])
    if kind == "dui":
        n = digits(rng, 9)
        return choose(rng, [f"{n[:8]}-{n[8]}", n, f"0{n[1:8]}-{n[8]}"])
    if kind == "hn_dni":
        n = f"0{rng.randint(1, 9)}{rng.randint(1, 20):02d}{rng.randint(1965, 2008)}{digits(rng, 5)}"
        return choose(rng, [f"{n[:4]}-{n[4:8]}-{n[8:]}", n, f"{n[:4]} {n[4:8]} {n[8:]}"])
    if kind == "ni_cedula":
        return f"{digits(rng, 3)}-{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(60, 99)}-{digits(rng, 4)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXY')}"
    if kind == "cr_cedula":
        return choose(rng, [f"{rng.randint(1, 9)}-{digits(rng, 4)}-{digits(rng, 4)}", f"{rng.randint(1, 9)}0{digits(rng, 3)}0{digits(rng, 3)}"])
    if kind == "co_cedula":
        n = str(rng.randint(10_000_000, 1_199_999_999))
        return choose(rng, [_dots(n), n, f"{n[:-3]} {n[-3:]}"])
    if kind == "ve_cedula":
        n = str(rng.randint(8_000_000, 32_000_000))
        return choose(rng, [f"V-{_dots(n)}", f"V{n}", f"{_dots(n)}", f"V-{n}", f"E-{n}", f"v {n}", n])
    if kind == "ec_cedula":
        return choose(rng, [digits(rng, 10), f"{digits(rng, 9)}-{digits(rng, 1)}"])
    if kind == "pe_dni":
        return digits(rng, 8)
    if kind == "pe_ce":
        return digits(rng, 9) if rng.random() < 0.5 else "00" + digits(rng, 7)
    if kind == "bo_ci":
        return f"{digits(rng, 7)} {choose(rng, 'LP|SC|CB|OR|PT')}" if rng.random() < 0.4 else digits(rng, 7)
    if kind == "rut":
        body, dv = _rut(rng)
        return choose(rng, [f"{_dots(body)}-{dv}", f"{body}-{dv}", f"{body}{dv}"])
    if kind == "ar_dni":
        n = str(rng.randint(20_000_000, 48_000_000))
        return choose(rng, [_dots(n), n])
    if kind == "do_cedula":
        n = digits(rng, 11)
        return choose(rng, [f"{n[:3]}-{n[3:10]}-{n[10]}", n])
    if kind == "cu_ci":
        return f"{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 5)}"
    if kind == "cpf":
        n = _cpf(rng)
        return choose(rng, [f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}", n, f"{n[:3]}.{n[3:6]}.{n[6:9]}{n[9:]}", f"{n[:9]}-{n[9:]}"])
    if kind == "rg":
        n = digits(rng, 8)
        return choose(rng, [f"{n[:2]}.{n[2:5]}.{n[5:]}-{rng.choice('0123456789X')}", f"{n}{rng.randint(0, 9)}",
                            f"MG-{n[:2]}.{n[2:5]}.{n[5:]}", f"{n[:2]}.{n[2:5]}.{n[5:]}", f"SP {n}"])
    if kind == "cnh":
        return digits(rng, 11)
    if kind == "rnm":
        return choose(rng, [f"V{digits(rng, 6)}-{rng.choice('0123456789')}", f"F{digits(rng, 6)}{rng.choice('ABCDEFGHJKL')}",
                            f"G{digits(rng, 6)}-{rng.randint(0, 9)}"])
    if kind == "sus":
        n = digits(rng, 15)
        return choose(rng, [f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}", n])
    if kind == "passport":
        return choose(rng, [f"G{digits(rng, 8)}", f"N{digits(rng, 8)}", digits(rng, 9), f"{letters(rng, 2)}{digits(rng, 7)}",
                            f"{letters(rng, 1)}{digits(rng, 7)}", f"PE{digits(rng, 7)}", f"AB{digits(rng, 6)}",
                            f"{digits(rng, 2)}{letters(rng, 2)}{digits(rng, 5)}", f"HT{digits(rng, 7)}", f"RD{digits(rng, 7)}",
                            f"E{digits(rng, 8)}", f"{letters(rng, 1)} {digits(rng, 4)} {digits(rng, 4)}"])
    if kind == "anumber":
        n = "2" + digits(rng, 8)
        return choose(rng, [f"A{n}", f"A-{n}", f"A {n[:3]} {n[3:6]} {n[6:]}", f"A# {n[:3]}-{n[3:6]}-{n[6:]}",
                            f"{n[:3]}-{n[3:6]}-{n[6:]}", f"A{n[1:]}", f"a{n}", f"A {n}"])
    if kind == "receipt":
        return choose(rng, ["IOE", "EAC", "WAC", "LIN", "SRC", "MSC"]) + digits(rng, 10)
    if kind == "ssn":
        n = f"{rng.randint(100, 665)}{rng.randint(10, 99)}{digits(rng, 4)}"
        return choose(rng, [f"{n[:3]}-{n[3:5]}-{n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}", n])
    if kind == "itin":
        n = f"9{digits(rng, 2)}7{rng.randint(0, 8)}{digits(rng, 4)}"
        return choose(rng, [f"{n[:3]}-{n[3:5]}-{n[5:]}", n])
    if kind == "sin":
        n = digits(rng, 9)
        return choose(rng, [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])
    if kind == "uci":
        n = digits(rng, 8)
        return choose(rng, [f"{n[:4]}-{n[4:]}", n, "1" + digits(rng, 9)])
    if kind == "ramq":
        return f"{letters(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}" if rng.random() < 0.6 else f"{letters(rng, 4)}{digits(rng, 8)}"
    if kind == "nir":
        n = f"{rng.randint(1, 2)}{rng.randint(60, 99)}{rng.randint(1, 12):02d}{digits(rng, 2)}{digits(rng, 3)}{digits(rng, 3)}{digits(rng, 2)}"
        return choose(rng, [f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}", n])
    if kind == "ht_nif":
        n = digits(rng, 10)
        return choose(rng, [f"{n[:3]}-{n[3:6]}-{n[6:9]}-{n[9]}", n])
    if kind == "ht_cin":
        return f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}-{rng.randint(1965, 2008)}-{digits(rng, 2)}-{digits(rng, 5)}"
    if kind == "nie":
        return choose(rng, [f"{rng.choice('XYZ')}{digits(rng, 7)}{letters(rng, 1)}", f"{rng.choice('XYZ')}-{digits(rng, 7)}-{letters(rng, 1)}"])
    if kind == "es_dni":
        return f"{digits(rng, 8)}{letters(rng, 1)}"
    if kind == "fr_titre":
        return digits(rng, 10)
    if kind == "card":
        n = "4" + digits(rng, 15)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    raise ValueError(kind)


# Which documents people of a region mention, by keyword (the keyword is kept outside the span).
DOCS = {
    "MX": [("curp", "CURP|curp|la CURP"), ("ine", "INE|credencial del INE|credencial de elector|clave de elector|mi ine"),
           ("rfc", "RFC"), ("passport", "pasaporte"), ("curp", "curp")],
    "GT": [("dpi", "DPI|dpi|CUI|documento personal"), ("passport", "pasaporte")],
    "HN": [("hn_dni", "identidad|DNI|tarjeta de identidad|número de identidad"), ("passport", "pasaporte")],
    "SV": [("dui", "DUI|dui|documento único"), ("passport", "pasaporte")],
    "NI": [("ni_cedula", "cédula|cedula"), ("passport", "pasaporte")],
    "CR": [("cr_cedula", "cédula|cedula|DIMEX"), ("passport", "pasaporte")],
    "PA": [("cr_cedula", "cédula"), ("passport", "pasaporte")],
    "CO": [("co_cedula", "cédula|CC|cedula|c.c.|cédula de ciudadanía"), ("passport", "pasaporte"), ("uci", "PPT|PEP")],
    "VE": [("ve_cedula", "cédula|cedula|CI|C.I."), ("passport", "pasaporte")],
    "EC": [("ec_cedula", "cédula|cedula"), ("passport", "pasaporte")],
    "PE": [("pe_dni", "DNI|dni"), ("pe_ce", "carné de extranjería|CE|carnet de extranjería"), ("passport", "pasaporte")],
    "BO": [("bo_ci", "carnet|CI|carnet de identidad"), ("passport", "pasaporte")],
    "CL": [("rut", "RUT|rut|RUN|carnet")],
    "AR": [("ar_dni", "DNI|documento"), ("passport", "pasaporte")],
    "DO": [("do_cedula", "cédula|cedula"), ("passport", "pasaporte")],
    "CU": [("cu_ci", "carnet de identidad|carné|CI"), ("passport", "pasaporte")],
    "US": [("anumber", "A-number|A number|alien number|número A|A#|número de extranjero"), ("ssn", "social|SSN|seguro social"),
           ("receipt", "receipt number|número de recibo|case number"), ("itin", "ITIN"), ("passport", "passport|pasaporte")],
    "CA": [("sin", "SIN|social insurance number"), ("uci", "UCI|client ID|UCI number"), ("passport", "passport")],
    "JM": [("passport", "passport"), ("anumber", "A-number")],
    "QC": [("sin", "NAS|numéro d'assurance sociale"), ("uci", "IUC|UCI|numéro de client"), ("ramq", "carte soleil|RAMQ|assurance maladie"),
           ("passport", "passeport")],
    "FR": [("fr_titre", "titre de séjour|récépissé|numéro étranger|AGDREF"), ("nir", "sécu|numéro de sécurité sociale"),
           ("passport", "passeport")],
    "GF": [("fr_titre", "titre de séjour|récépissé"), ("passport", "passeport")],
    "HT": [("ht_nif", "NIF|nif"), ("ht_cin", "CIN|kat idantite|kat elektoral|CINU"), ("passport", "paspò|pasaporte|passeport")],
    "BR": [("cpf", "CPF|cpf"), ("rg", "RG|rg|identidade"), ("cnh", "CNH|carteira de motorista"), ("rnm", "RNM|CRNM|protocolo"),
           ("sus", "cartão do SUS|cartão SUS"), ("passport", "passaporte")],
    "PT": [("passport", "passaporte"), ("nie", "título de residência")],
}


# --------------------------------------------------------------------------- addresses
STREETS_ES = (
    "Hidalgo|Morelos|Juárez|Benito Juárez|Allende|Zaragoza|Madero|Guerrero|Independencia|Reforma|5 de Mayo|"
    "16 de Septiembre|20 de Noviembre|Revolución|Insurgentes|Constitución|Libertad|Emiliano Zapata|Pino Suárez|"
    "Obregón|Cuauhtémoc|Niños Héroes|Aldama|Matamoros|Galeana|Victoria|Abasolo|Bravo|Iturbide|Lerdo de Tejada|"
    "Venustiano Carranza|Francisco Villa|Lázaro Cárdenas|las Flores|los Pinos|las Rosas|los Álamos|el Roble|"
    "los Cedros|las Palmas|Jacarandas|Bugambilias|Tulipanes|Girasoles|Naranjos|Mangos|Framboyanes|Orquídeas|"
    "Bolívar|Simón Bolívar|Sucre|San Martín|Morazán|Francisco Morazán|Gerardo Barrios|José Martí|Martí|"
    "Sandino|Las Américas|del Ejército|de la Paz|del Río|del Mercado|Central|Principal|Real|del Campo|"
    "Los Próceres|La Esperanza|Santa Lucía|San Rafael|El Carmen|Tecún Umán|Vicente Guerrero|Ignacio Zaragoza|"
    "Miguel Alemán|Ruiz Cortines|Adolfo López Mateos|Prolongación Central|Eucaliptos|Cipreses|Olivos|Encinos|"
    "Roble|Caoba|Ceiba|Almendros|Laureles|Azucenas|Margaritas|Claveles|Gardenias|Amapolas|Dalias|Violetas"
).split("|")
COLONIAS = (
    "Centro|las Palmas|San Rafael|Lomas del Sol|El Mirador|Las Flores|La Esperanza|Santa Cecilia|Los Pinos|"
    "Buenos Aires|Guadalupe|El Paraíso|Las Américas|Obrera|Independencia|Revolución|Emiliano Zapata|Democracia|"
    "San Antonio|Bella Vista|Miramar|Los Laureles|Valle Verde|El Progreso|Nueva Esperanza|Primero de Mayo|"
    "San Juan de Dios|La Ceiba|Kennedy|Villa Nueva|El Limón|La Florida|Las Margaritas|Jardines del Valle|"
    "Loma Linda|Altamira|La Joya|El Bosque|San Miguelito|Santa Fe|Renacimiento|Solidaridad|Tierra y Libertad|"
    "Popular|Moderna|Del Valle|Hacienda Real|Los Olivos|Palmira|Campo Verde|Las Brisas|Brisas del Mar|"
    "Villa Olímpica|Ciudad Satélite|El Recreo|Los Robles|Cerro Verde|La Victoria|Santa Rita|Montecristo"
).split("|")
BAIRROS = (
    "Centro|Jardim América|Vila Nova|São Jorge|Cidade Nova|Jardim das Flores|Vila Esperança|Santa Luzia|"
    "Bela Vista|Boa Esperança|Jardim Primavera|Parque das Árvores|Liberdade|Aparecida|Nova Esperança|"
    "Jardim Paulista|Vila Maria|Conjunto Cidade Nova|Tancredo Neves|Alvorada|Cambará|Asa Branca|Caimbé|"
    "Pricumã|Mecejana|Jóquei Clube|Santa Tereza|São Vicente|Morada do Sol|Jardim Europa|Vila Mariana|Brás|"
    "Bom Retiro|Pari|Guaianases|Itaquera|Cidade Tiradentes|Compensa|Zumbi dos Palmares|Jorge Teixeira|"
    "Monte das Oliveiras|Novo Aleixo|Redenção|Petrópolis|Flores|Coroado|Glória|Restinga|Rubem Berta"
).split("|")
RUAS = (
    "das Flores|das Acácias|dos Ipês|Sete de Setembro|XV de Novembro|Tiradentes|Dom Pedro II|Santos Dumont|"
    "São José|Getúlio Vargas|Rui Barbosa|Marechal Deodoro|Duque de Caxias|Castro Alves|das Palmeiras|"
    "dos Girassóis|das Orquídeas|Bento Gonçalves|Amazonas|Paraná|Bahia|Pernambuco|Minas Gerais|Goiás|"
    "Independência|da Paz|da Liberdade|Boa Vista|Floriano Peixoto|Barão do Rio Branco|Benjamin Constant|"
    "Ceará|Pará|Jaguaribe|Tabatinga|Ajuricaba|Major Williams|Coronel Mota|Ataíde Teive|Glaycon de Paiva|"
    "Rio Negro|Solimões|dos Pinheiros|das Mangueiras|Oswaldo Cruz|Carlos Gomes|Ana Néri|Machado de Assis"
).split("|")
RUES_FR = (
    "Saint-Denis|Saint-Hubert|Jean-Talon|Sherbrooke|Ontario|de la Paix|des Érables|Papineau|Beaubien|Bélanger|"
    "Jarry|Saint-Laurent|Notre-Dame|Sainte-Catherine|Rachel|Mont-Royal|Masson|Fleury|Henri-Bourassa|Pie-IX|"
    "Lacordaire|Viau|Langelier|des Lilas|des Pins|Victor-Hugo|Jean-Jaurès|de la République|Pasteur|Voltaire|"
    "des Roses|du Moulin|de l'Église|Gambetta|Lamartine|Molière|des Peupliers|des Cerisiers|Christophe-Colomb|"
    "Saint-Michel|Léger|Monselet|Amos|Pascal|Lapierre|Dickson|Cartier|Champlain|Laurier"
).split("|")
RI_HT = (
    "Lamartinière|Capois|Grégoire|Pavée|Bonne Foi|Magny|Faustin|Lalue|Delmas 33|Delmas 75|Delmas 19|Carrefour Feuilles|"
    "Pèlerin|Tabarre 27|Bourdon|Frères|Clercine 12|Fleuriot|Métellus|Panamericaine|Kafou Aeropò|Jean-Jacques Dessalines|"
    "Monseigneur Guilloux|Charéron|Rivière|Saint-Martin|Nazon|Bois Verna|Christ-Roi|Poupelard|Cité Soleil|Simon Pelé|"
    "Solino|Fort National|Martissant|Bel Air|Canapé Vert|Turgeau|Debussy|Pacot|Ti Tou|Bizoton"
).split("|")
STREETS_EN = (
    "Main|Maple|Oak|Elm|Pine|Cedar|Washington|Lincoln|Jefferson|Park|Lake|Hill|Church|Broadway|Market|Grant|"
    "Madison|Franklin|Jackson|Highland|Sunset|River|Spring|Chestnut|Walnut|Willow|Magnolia|Dogwood|Pecan|Cypress|"
    "Bellaire|Westheimer|Harwin|Hillcroft|Gessner|Fondren|Airline|Irving|Fulton|Kedzie|Pulaski|Cermak|Ashland|"
    "Roosevelt|Kennedy|King|Martin Luther King|Palm|Flagler|Biscayne|Coral|Ocean|Atlantic|Pacific|Valley|Meadow|"
    "Ridge|Forest|Garden|Mill|School|Center|Union|Liberty|Adams|Monroe|Wilson|Holly|Laurel|Rose|Bay"
).split("|")
EN_SUFFIX = "St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Way|Ct|Court|Pl|Pkwy|Hwy|Terrace|Cir|st|ave|rd|street|avenue|road|dr".split("|")
STORES = {
    "es": "el Oxxo|la Bodega Aurrerá|el Walmart|la gasolinera Pemex|la farmacia Similares|la tienda Elektra|el Coppel|"
          "el Soriana|la Pollo Campero|el Súper Selectos|la Despensa Familiar|la Paiz|el Éxito|el D1|la Farmatodo|"
          "el Chedraui|la Comercial Mexicana|el Seven Eleven|la Farmacia Guadalajara|el mercado municipal|"
          "la cancha de fútbol|el parque central|la escuela primaria|el puente peatonal|la terminal de buses",
    "en": "the Walmart|the Dollar General|the Shell station|the Family Dollar|the Home Depot|the 7-Eleven|the Target|"
          "the Burger King|the McDonald's|the laundromat|the Kroger|the Circle K|the Walgreens|the CVS|the Waffle House|"
          "the Taco Bell|the Greyhound station|the Exxon|the Chevron|the Costco|the AutoZone|the H-E-B|the Piggly Wiggly",
    "pt": "o Assaí|o Atacadão|a padaria|o posto Ipiranga|o Carrefour|a Casas Bahia|o mercadinho|a igreja Universal|"
          "a rodoviária|o posto de saúde|a praça|a escola estadual|o Extra|o Pão de Açúcar|a lotérica",
    "fr": "le Tim Hortons|le dépanneur|le Jean Coutu|le Maxi|le IGA|le Metro|la Caisse Desjardins|le Dollarama|"
          "le Couche-Tard|la pharmacie Uniprix|la station Shell|le Provigo|le Carrefour|le Lidl|la boulangerie|la mairie",
    "ht": "mache a|ponp gaz la|legliz Batis la|lekòl nasyonal la|Caribbean Supermarket|Digicel la|bank lan|estasyon Total la|"
          "boutik Ti Jan|lopital la|biwo Natcom nan",
}


def _num(rng: random.Random, lo: int = 1, hi: int = 999) -> str:
    return str(rng.randint(lo, hi))


def address(rng: random.Random, style: str, pools: dict) -> str:
    """A fictitious street address, neighbourhood or landmark in a regional style."""
    st = lambda: rng.choice(pools["streets_es"] if rng.random() < 0.6 else pools.get("streets_open") or STREET_NAMES_OPEN)  # noqa: E731
    col = lambda: rng.choice(pools["colonias"] if rng.random() < 0.6 else pools.get("hoods_es") or HOODS_ES)  # noqa: E731
    given = lambda: rng.choice(pools["given_es"])  # noqa: E731
    if style == "MX":
        return choose(rng, [
            f"calle {st()} {_num(rng)}", f"Calle {st()} #{_num(rng)}, Col. {col()}", f"Av. {st()} {_num(rng, 100, 3000)} int. {_num(rng, 1, 20)}",
            f"colonia {col()}", f"col. {col()}, calle {st()} número {_num(rng)}", f"calle {st()} entre {st()} y {st()}",
            f"{st()} esquina con {st()}", f"calle {st()} s/n, colonia {col()}", f"Fracc. {col()}, manzana {_num(rng, 1, 40)} lote {_num(rng, 1, 60)}",
            f"colonia {col()} manzana {_num(rng, 1, 30)} lote {_num(rng, 1, 40)}", f"privada {st()} {_num(rng, 1, 99)}",
            f"callejón {st()} {_num(rng, 1, 99)}", f"Calz. {st()} {_num(rng, 100, 2000)}, C.P. {_num(rng, 10000, 99999)}",
            f"andador {st()} edificio {rng.choice('ABCDE')} depto {_num(rng, 101, 504)}", f"la {st()} #{_num(rng)}",
            f"unidad habitacional {col()} edificio {_num(rng, 1, 30)}", f"barrio de {col()}",
            f"{st()} {_num(rng)} colonia {col()}", f"calle {st()} número {_num(rng)} entre {st()} y {st()}",
        ])
    if style == "GT":
        return choose(rng, [
            f"{_num(rng, 1, 20)}a avenida {_num(rng, 1, 30)}-{_num(rng, 10, 99)} zona {_num(rng, 1, 21)}",
            f"{_num(rng, 1, 20)}a. calle {_num(rng, 1, 30)}-{_num(rng, 10, 99)}, zona {_num(rng, 1, 21)}",
            f"{_num(rng, 1, 20)} calle {_num(rng, 1, 30)}-{_num(rng, 10, 99)} zona {_num(rng, 1, 18)} colonia {col()}",
            f"colonia {col()}, zona {_num(rng, 1, 21)}", f"aldea {col()}", f"lote {_num(rng, 1, 60)} manzana {rng.choice('ABCDEFGH')} colonia {col()}",
            f"km {_num(rng, 5, 80)} carretera a {choose(rng, 'El Salvador|Chinautla|San Juan|Mazatenango|la costa')}",
            f"{_num(rng, 1, 12)}a avenida y {_num(rng, 1, 12)}a calle zona {_num(rng, 1, 12)}", f"cantón {col()}",
            f"sector {rng.choice('A|B|C|D|4|5'.split('|'))} colonia {col()} casa {_num(rng, 1, 99)}",
        ])
    if style in ("HN", "SV", "NI"):
        return choose(rng, [
            f"colonia {col()}, bloque {_num(rng, 1, 30)}, casa {_num(rng, 1, 60)}", f"barrio {col()}, {_num(rng, 1, 12)} calle, {_num(rng, 1, 12)} avenida",
            f"pasaje {st()} casa #{_num(rng, 1, 80)}", f"residencial {col()} polígono {rng.choice('ABCDEFGH')} casa {_num(rng, 1, 40)}",
            f"final {_num(rng, 1, 9)}a avenida norte", f"colonia {col()} sector {_num(rng, 1, 9)}", f"reparto {col()}",
            f"barrio {col()}", f"de la iglesia {col()} dos cuadras al sur", f"del parque central {_num(rng, 1, 5)} cuadras arriba",
            f"colonia {col()}, calle principal, casa {_num(rng, 1, 200)}", f"lotificación {col()} lote {_num(rng, 1, 90)}",
            f"caserío {col()}", f"cantón {col()}, caserío {col()}", f"Urbanización {col()} pasaje {_num(rng, 1, 12)} casa {_num(rng, 1, 40)}",
        ])
    if style in ("CR", "PA"):
        return choose(rng, [
            f"barrio {col()}, {_num(rng, 50, 400)} metros al norte de {choose(rng, 'la iglesia|la escuela|la plaza|el Más x Menos|la pulpería')}",
            f"de la pulpería {col()} 100 metros oeste", f"residencial {col()} casa {_num(rng, 1, 90)}", f"barrio {col()}",
        ])
    if style == "CO":
        return choose(rng, [
            f"carrera {_num(rng, 1, 120)} # {_num(rng, 1, 150)}-{_num(rng, 1, 99)}", f"Cra {_num(rng, 1, 120)} No. {_num(rng, 1, 150)}-{_num(rng, 1, 99)} apto {_num(rng, 101, 904)}",
            f"calle {_num(rng, 1, 200)} sur # {_num(rng, 1, 99)}-{_num(rng, 1, 99)} barrio {col()}", f"diagonal {_num(rng, 1, 90)} # {_num(rng, 1, 90)}-{_num(rng, 1, 99)}",
            f"transversal {_num(rng, 1, 90)} bis # {_num(rng, 1, 90)}-{_num(rng, 1, 99)}", f"Cl. {_num(rng, 1, 150)} #{_num(rng, 1, 99)}-{_num(rng, 1, 99)}",
            f"Kr {_num(rng, 1, 99)} {_num(rng, 1, 99)} {_num(rng, 1, 99)}", f"barrio {col()}", f"carrera {_num(rng, 1, 99)}a con calle {_num(rng, 1, 99)}",
            f"Av. {_num(rng, 1, 99)} # {_num(rng, 1, 99)}-{_num(rng, 1, 99)}, torre {_num(rng, 1, 8)} apto {_num(rng, 101, 1504)}",
            f"vereda {col()}", f"calle {_num(rng, 1, 99)} n° {_num(rng, 1, 99)}-{_num(rng, 1, 99)}",
        ])
    if style == "VE":
        return choose(rng, [
            f"Av. {st()}, edificio {col()}, piso {_num(rng, 1, 15)}, apto {_num(rng, 1, 15)}{rng.choice('ABCD')}",
            f"urbanización {col()}, calle {_num(rng, 1, 20)}, casa {_num(rng, 1, 90)}", f"sector {col()}, vereda {_num(rng, 1, 30)}",
            f"barrio {col()} calle {st()} casa #{_num(rng, 1, 200)}", f"urb. {col()}", f"parroquia {col()}, sector {col()}",
        ])
    if style in ("PE", "BO", "EC"):
        return choose(rng, [
            f"Jr. {st()} {_num(rng, 100, 1500)}", f"Av. {st()} Mz. {rng.choice('ABCDEFGHIJK')} Lt. {_num(rng, 1, 40)}",
            f"AA.HH. {col()} mz. {rng.choice('ABCDEFGH')} lote {_num(rng, 1, 30)}", f"asentamiento humano {col()}",
            f"urb. {col()} manzana {rng.choice('ABCDEF')} lote {_num(rng, 1, 30)}", f"jirón {st()} {_num(rng, 100, 999)}",
            f"pasaje {st()} {_num(rng, 100, 999)} dpto {_num(rng, 101, 404)}", f"calle {st()} {_num(rng, 100, 999)}, urbanización {col()}",
            f"zona {col()}, calle {_num(rng, 1, 30)}", f"Psje. {st()} {_num(rng, 1, 300)}",
        ])
    if style in ("CL", "AR"):
        return choose(rng, [
            f"pasaje {st()} {_num(rng, 100, 3000)}, población {col()}", f"Av. {st()} {_num(rng, 100, 5000)} depto {_num(rng, 1, 1500)}",
            f"villa {col()}", f"calle {st()} {_num(rng, 100, 3000)}", f"{st()} {_num(rng, 100, 5000)}, piso {_num(rng, 1, 12)} dpto {rng.choice('ABCD')}",
            f"barrio {col()}, manzana {_num(rng, 1, 30)}, casa {_num(rng, 1, 40)}", f"villa {_num(rng, 1, 31)}, manzana {_num(rng, 1, 30)}",
        ])
    if style in ("DO", "CU"):
        return choose(rng, [
            f"calle {st()} #{_num(rng, 1, 200)}, ensanche {col()}", f"reparto {col()}", f"calle {_num(rng, 1, 40)} #{_num(rng, 1, 99)}, sector {col()}",
            f"calle {st()} entre {st()} y {st()}", f"ensanche {col()}",
        ])
    if style in ("US", "JM"):
        s = rng.choice(pools["streets_en"])
        return choose(rng, [
            f"{_num(rng, 10, 9999)} {s} {rng.choice(EN_SUFFIX)}", f"{_num(rng, 10, 9999)} {s} {rng.choice(EN_SUFFIX)} apt {_num(rng, 1, 40)}{rng.choice(['', 'A', 'B', 'C'])}",
            f"apt {_num(rng, 1, 12)}{rng.choice('ABCD')} at {_num(rng, 10, 999)} {s.lower()} street", f"{_num(rng, 10, 9999)} {rng.choice('NSEW')} {s} {rng.choice(EN_SUFFIX)} #{_num(rng, 1, 30)}",
            f"{s.lower()} and {rng.choice(['1st', '2nd', '3rd', '5th', '8th', '12th', '21st', '34th', 'main', 'oak', 'pine'])}",
            f"corner of {s} and {rng.choice(['5th', 'Main', 'Elm', '3rd', 'Broadway', '14th'])}",
            f"{_num(rng, 10, 9999)} {s.lower()} {rng.choice(EN_SUFFIX).lower()}", f"trailer {_num(rng, 1, 60)} at {choose(rng, 'Sunny Acres|Palm Grove|Oak Hollow|Shady Pines|Evergreen')} park",
            f"room {_num(rng, 100, 330)} at the {choose(rng, 'Budget Inn|Motel 6|Super 8|Red Roof Inn|Days Inn|Economy Lodge')} on {s} {rng.choice(EN_SUFFIX)}",
            f"{_num(rng, 10, 9999)} {s} {rng.choice(EN_SUFFIX)}, unit {_num(rng, 1, 40)}", f"{s} {rng.choice(['St', 'Ave', 'Street', 'Avenue', 'Rd'])} near {_num(rng, 1, 99)}th",
            f"{_num(rng, 100, 9999)} {s} {rng.choice(EN_SUFFIX)} {choose(rng, 'Houston TX 77036|Chicago IL 60623|Miami FL 33125|Dallas TX 75211|Queens NY 11372')}",
        ])
    if style in ("QC", "CA"):
        r = rng.choice(pools["rues"])
        return choose(rng, [
            f"{_num(rng, 10, 9999)} rue {r} app. {_num(rng, 1, 20)}", f"rue {r}, app {_num(rng, 1, 20)}", f"{_num(rng, 100, 9999)}, boul. {r}",
            f"{_num(rng, 10, 9999)} boulevard {r}", f"coin {r} et {rng.choice(pools['rues'])}", f"{_num(rng, 1000, 9999)} {r} #{_num(rng, 1, 30)}",
            f"{_num(rng, 10, 9999)} chemin {r}", f"{_num(rng, 10, 9999)} rue {r}, H{_num(rng, 1, 9)}{rng.choice('ABCGHJKLMNPRSTVXY')} {_num(rng, 1, 9)}{rng.choice('ABCGHJKLMNPRSTVXY')}{_num(rng, 1, 9)}",
            f"{_num(rng, 10, 9999)} {rng.choice(pools['streets_en'])} St apt {_num(rng, 1, 20)}", f"au {_num(rng, 1000, 9999)} {r}, appartement {_num(rng, 1, 20)}",
        ])
    if style in ("FR", "GF"):
        r = rng.choice(pools["rues"])
        return choose(rng, [
            f"{_num(rng, 1, 200)} rue {r}", f"{_num(rng, 1, 200)} bis avenue {r}", f"bâtiment {rng.choice('ABCD')}, {_num(rng, 1, 90)} rue {r}",
            f"{_num(rng, 1, 90)} rue {r}, appartement {_num(rng, 1, 60)}", f"cité {col()}, escalier {_num(rng, 1, 6)}", f"{_num(rng, 1, 90)} allée {r}",
            f"résidence {col()} bât {rng.choice('ABCD')}", f"{_num(rng, 1, 200)}, impasse {r}",
        ])
    if style == "HT":
        r = rng.choice(pools["ri"])
        return choose(rng, [
            f"ri {r} #{_num(rng, 1, 99)}", f"ri {r} nan {choose(rng, 'Delmas|Kafou|Pétion-Ville|Tabarre|Okap|Gonayiv|Jakmèl|Bèlè')}",
            f"{r}, ri {rng.choice(pools['ri'])} #{_num(rng, 1, 80)}", f"nan katye {rng.choice(pools['ri'])}", f"lakou {rng.choice(pools['given_ht'])}",
            f"impasse {rng.choice(pools['given_ht'])} #{_num(rng, 1, 40)}", f"Delmas {_num(rng, 1, 105)}, ri {r}", f"Kafou {r}",
            f"rue {r} no {_num(rng, 1, 99)}", f"{_num(rng, 1, 99)} ri {r}", f"katye {r}, bò kote {choose(rng, STORES['ht'])}",
            f"Tabarre {_num(rng, 1, 60)}, ri {r} #{_num(rng, 1, 60)}",
        ])
    if style in ("BR", "PT"):
        rua = rng.choice(pools["ruas"])
        b = rng.choice(pools["bairros"])
        return choose(rng, [
            f"Rua {rua}, {_num(rng, 1, 3000)} - {b}", f"R. {rua}, nº {_num(rng, 1, 999)}, apto {_num(rng, 1, 400)}, bairro {b}",
            f"rua {rua.lower()} {_num(rng, 1, 999)}", f"Av. {rua}, {_num(rng, 100, 5000)}, bloco {rng.choice('ABCD')}",
            f"travessa {rua}, casa {_num(rng, 1, 30)}", f"bairro {b}", f"quadra {_num(rng, 1, 90)} lote {_num(rng, 1, 40)}, {b}",
            f"rua {rua} {_num(rng, 1, 999)} fundos", f"comunidade {b}", f"vila {b}", f"Rua {rua} {_num(rng, 1, 999)}, CEP {_num(rng, 10000, 99999)}-{_num(rng, 100, 999)}",
            f"rua {_num(rng, 1, 40)}, casa {_num(rng, 1, 200)}, {b}", f"conjunto {b}, bloco {_num(rng, 1, 20)} apto {_num(rng, 101, 404)}",
            f"Estrada {rua}, km {_num(rng, 1, 40)}", f"beco {rua} {_num(rng, 1, 99)}",
        ])
    raise ValueError(style)


def landmark(rng: random.Random, lang: str, pools: dict) -> str:
    """A landmark that points at one house: 'frente a la tienda de don Chepe', 'behind the walmart'."""
    g = rng.choice(pools["given_es"])
    if lang == "es":
        loc = choose(rng, "frente a|enfrente de|atrás de|detrás de|al lado de|a un lado de|junto a|cerca de|a media cuadra de|"
                          "a dos casas de|pegado a")
        thing = choose(rng, [f"la tienda de don {g}", f"la tienda de doña {g}", choose(rng, STORES["es"]), f"la iglesia {choose(rng, 'evangélica|de San Judas|del Nazareno|adventista|de la Merced')}",
                             f"la cantina {choose(rng, 'El Gallo|La Palma|Los Compadres|El Oasis')}", f"el taller de {g}", f"la casa de {g}",
                             f"el molino de nixtamal", f"la tortillería {choose(rng, 'La Guadalupana|Doña Mary|El Maizal')}"])
        loc_txt = loc.replace(" a la", " a la").replace(" a el", " al").replace(" de el", " del")
        text = f"{loc_txt} {thing}".replace(" a el ", " al ").replace(" de el ", " del ")
        return text
    if lang == "en":
        loc = choose(rng, "behind|next to|across from|in front of|by|right by|around the corner from|two doors down from|near")
        return f"{loc} {choose(rng, STORES['en'])}" + (f" on {rng.choice(pools['streets_en'])}" if rng.random() < 0.4 else "")
    if lang == "pt":
        loc = choose(rng, "atrás do|do lado do|em frente ao|perto do|ao lado do")
        thing = choose(rng, STORES["pt"])
        thing = thing.split(" ", 1)[1] if thing.startswith(("o ", "a ")) else thing
        return f"{loc} {thing}" + (f" da rua {rng.choice(pools['ruas'])}" if rng.random() < 0.4 else "")
    if lang == "fr":
        loc = choose(rng, "derrière|à côté de|en face de|près de|juste à côté de")
        text = f"{loc} {choose(rng, STORES['fr'])}".replace(" de le ", " du ").replace(" de la ", " de la ")
        return text + (f" sur {rng.choice(pools['rues'])}" if rng.random() < 0.4 else "")
    loc = choose(rng, "bò kote|devan|dèyè|toupre|anfas")
    return f"{loc} {choose(rng, STORES['ht'])}"


ADDRESS_STYLES = {
    "MX": "MX", "GT": "GT", "HN": "HN", "SV": "SV", "NI": "NI", "CR": "CR", "PA": "PA", "CO": "CO", "VE": "VE",
    "EC": "PE", "PE": "PE", "BO": "PE", "CL": "CL", "AR": "AR", "DO": "DO", "CU": "CU", "US": "US", "JM": "US",
    "CA": "CA", "QC": "QC", "FR": "FR", "GF": "GF", "HT": "HT", "BR": "BR", "PT": "PT",
}

# --------------------------------------------------------------------------- harmless
AMOUNTS = {
    "es": ["{n} pesos", "${n}", "{n} dólares", "{n} quetzales", "{n} lempiras", "{k} mil pesos", "{n} dlls", "Q{n}", "L. {n}",
           "{n} soles", "US$ {n}", "{n} bolívares", "{k} mil", "{n} colones"],
    "en": ["${n}", "{n} dollars", "${k},{c}", "{n} bucks", "{k}k", "{n} a week", "${n} a month"],
    "pt": ["R$ {n}", "{n} reais", "{k} mil reais", "R${k}.{c},00", "{n} conto"],
    "fr": ["{n} $", "{n} dollars", "{n} €", "{n} euros", "{k} {c} $", "{n} piasses"],
    "ht": ["{n} goud", "{n} dola", "{k} mil goud", "{n} dola ameriken", "${n}"],
}


def amount(rng: random.Random, lang: str) -> str:
    n = rng.choice([str(rng.randint(2, 99) * 50), str(rng.randint(100, 9000)), str(rng.randint(5, 60) * 100)])
    return choose(rng, AMOUNTS[lang]).format(n=n, k=rng.randint(2, 90), c=f"{rng.randint(0, 9)}00")


MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "en": "January February March April May June July August September October November December".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ht": "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm".split(),
}


def date(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2026)
    month = MONTHS[lang][m - 1]
    return choose(rng, [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
                        {"es": f"{d} de {month}", "en": f"{month} {d}", "pt": f"{d} de {month}", "fr": f"{d} {month}",
                         "ht": f"{d} {month}"}[lang], f"{d}/{m}", {"es": f"{month} de {y}", "en": f"{month} {y}",
                                                                    "pt": f"{month} de {y}", "fr": f"{month} {y}", "ht": f"{month} {y}"}[lang]])


def time_of_day(rng: random.Random, lang: str) -> str:
    h, mi = rng.randint(1, 12), rng.choice([0, 15, 30, 45])
    return choose(rng, [f"{h}:{mi:02d}", f"{h}pm", f"{h} am", f"{h + 10}:{mi:02d}" if h < 10 else f"{h}:{mi:02d}", f"{h}h{mi:02d}", f"{h}h"])


# --------------------------------------------------------------------------- places as typed on a phone (issue 18)
# Open inventories of street and neighbourhood names, written for this project from general
# knowledge of how streets are named in the Americas: saints, heroes, dates, trees and flowers,
# numbers. build_redaction_corpus.py splits each list by value between train and dev2.
STREET_NAMES_OPEN = (
    # saints
    "San Judas|San Antonio|Santa Teresa|San Francisco|San Pablo|Santa Clara|San Sebastián|San Cayetano|"
    "San Ramón|Santo Tomás|San Lucas|San Mateo|San Vicente|Santa Inés|San Agustín|San Bernardo|Santa Mónica|"
    "San Jerónimo|Santa Úrsula|San Nicolás|San Gabriel|San Rafael|Santa Rita|San Expedito|San Benito|"
    "Santa Cecilia|San Ignacio|San Joaquín|Santa Eduviges|San Blas|Santa Catalina|San Roque|"
    # heroes and writers
    "Miguel Hidalgo|Josefa Ortiz de Domínguez|Leona Vicario|Nicolás Bravo|Mariano Escobedo|Belisario Domínguez|"
    "Melchor Ocampo|Ignacio Allende|Guadalupe Victoria|Francisco I. Madero|Álvaro Obregón|Rubén Darío|"
    "José Cecilio del Valle|Justo Rufino Barrios|Manuel Belgrano|Antonio José de Sucre|Eloy Alfaro|"
    "Policarpa Salavarrieta|Antonio Nariño|Francisco de Paula Santander|Camilo Torres|José Matías Delgado|"
    "Manuel José Arce|Lempira|Cabañas|Dionisio de Herrera|Gabriela Mistral|Pablo Neruda|Sor Juana|"
    "Amado Nervo|Ramón López Velarde|General Anaya|Heriberto Jara|Mariano Matamoros|Hermenegildo Galeana|"
    "Juan Escutia|Vicente Suárez|Ricardo Flores Magón|Jesús García|Pedro Moreno|Xicoténcatl|Netzahualcóyotl|"
    # dates
    "5 de Mayo|16 de Septiembre|20 de Noviembre|1 de Mayo|24 de Febrero|15 de Septiembre|12 de Octubre|"
    "10 de Agosto|20 de Julio|7 de Agosto|9 de Julio|25 de Mayo|27 de Febrero|30 de Marzo|18 de Marzo|"
    "21 de Marzo|2 de Abril|3 de Mayo|28 de Junio|13 de Septiembre|"
    # trees and flowers
    "los Almendros|los Guayabos|las Ceibas|los Tamarindos|los Mangos|los Sauces|las Acacias|los Nogales|"
    "los Fresnos|las Palmeras|los Framboyanes|los Mezquites|los Huizaches|las Gardenias|los Lirios|los Nardos|"
    "las Azaleas|las Camelias|los Tulipanes|el Guanacaste|el Zapote|el Ocote|el Aguacate|los Limones|"
    # other common names
    "del Panteón|del Calvario|del Rastro|de la Estación|del Canal|del Puente|de la Loma|del Arenal|"
    "Ferrocarril|Nacional|Progreso|Porvenir|Esperanza|Juventud|Trabajo|Primavera|Las Torres|Los Arcos"
).split("|")
HOODS_ES = (
    "el Tanque|la Pradera|Villa Real|Nueva Esperanza|el Porvenir|San Martín de Porres|Lomas de la Paz|"
    "la Chacra|el Calvario|el Centenario|los Llanos|Tierra Blanca|Piedra Lisa|el Manantial|la Bolsa|"
    "Santa Rosita|Rivera Hernández|el Carrizal|Cofradía|Villa del Carmen|la Campanilla|el Ocotal|"
    "las Delicias|Jardines de la Paz|Bosques del Sur|Lomas de San Juan|el Naranjo|las Colinas|la Trinidad|"
    "los Cocos|el Milagro|las Quintas|Tres de Mayo|la Palmera|los Cerritos|el Pedregal|Valle Dorado|"
    "Infonavit|Las Granjas|el Edén|la Cañada|el Mezquital|Loma Bonita|Lázaro Cárdenas|Francisco Villa|"
    "Plan de Ayala|Ampliación Solidaridad|Héroes de Chapultepec|Los Sabinos|Paso Limón|Agua Caliente|"
    "El Chilillo|La Kennedy|Villa Nueva|El Sitio|Las Mercedes|La Carpio|Los Guido|Pavas|Ciudad Delgado|"
    "Altos del Cerro|Nuevo Amanecer|Monte Sinaí|Belén|El Paraíso|Santa Marta|Los Almendros|La Sabana|"
    "Ciudad Bolívar|Kennedy|Patio Bonito|Altos de Cazucá|Petare|La Vega|Catia|El Valle|Los Olivos|Villa El Salvador"
).split("|")
BAIRROS_MORE = (
    "Jardim Ângela|Vila Kennedy|Parque São Rafael|Jardim Elba|Cidade Ademar|Vila Prudente|Nova Cidade|"
    "Santo Agostinho|Conjunto Ceará|Pirambu|Bom Jardim|Sítio Cercado|Vila Nova Cachoeirinha|Paraisópolis|"
    "Heliópolis|Jacarezinho|Jardim São Luís|Parque Novo Mundo|Vila Medeiros|Jardim Iguatemi|Cidade Operária|"
    "Alto da Boa Vista|Senador Hélio Campos|Pintolândia|Silvio Leite|Raiar do Sol|Cauamé|Cinturão Verde|"
    "Nova Canaã|Monte Cristo|Bela Vista do Sul|Vila Sapo|Morro da Cruz|Morro do Papagaio|Jardim Catarina"
).split("|")
QUARTIERS = (
    "Saint-Michel|Montréal-Nord|Parc-Extension|Côte-des-Neiges|Hochelaga|Villeray|Rivière-des-Prairies|"
    "Pointe-aux-Trembles|Chomedey|Pont-Viau|Vieux-Longueuil|la Goutte-d'Or|Bellevue|les Minguettes|"
    "la Castellane|le Mirail|les Tarterêts|les Bosquets|la Grande Borne|les Courtillières|Cité des Fleurs|"
    "les Acacias|le Petit-Bois|les Glycines|Beau-Séjour|Bon Repos|Morne Calvaire|Fond-Verrettes"
).split("|")
KATYE = (
    "Bèlè|Fò Nasyonal|Lasalin|Bwa Vèna|Kafou Fèy|Solino|Kwadebouke|Sen Antwan|Matisan|Granri|Nazon|"
    "Kanape Vè|Teyo|Pèlren 5|Fontamara 27|Site Militè|Jalouzi|Bristou|Boudon|Laboul 12|Dèlma 33|Dèlma 75|"
    "Tabarr 27|Kafou Aewopò|Simon Pele|Bizoton|Pako|Tijo|Bèl Ai|Kan Lamè|Fò Dimanch|Nan Bannann|"
    "Do Pis|Ti Sous|Sodo|Nan Palmis|Grann Plenn|Ravin Pentad|Wòch Blan"
).split("|")
STREETS_EN_MORE = (
    "Magnolia|Sycamore|Hickory|Juniper|Mesquite|Bluebonnet|Palmetto|Alder|Birch|Aspen|Poplar|Linden|Mulberry|"
    "Peachtree|Cherry|Apple|Orchard|Prairie|Canyon|Mesa|Sierra|Vista|Hillside|Lakeview|Riverside|Bayou|Creek|"
    "Harbor|Shore|Bridge|Station|Depot|Factory|Commerce|Industrial|Airport|Fairview|Pleasant|Greenwood|Westwood|"
    "Eastside|Northgate|Southgate|Kingsley|Whitmore|Carver|Douglass|Tubman|Chavez|Cesar Chavez|Clemente"
).split("|")
COUNTY_ROADS = "county road|farm road|fm|state road|sr|route|rural route|cr|us|hwy|highway".split("|")


def _plain(rng: random.Random, text: str, lower: float = 0.55, accents: float = 0.5) -> str:
    """As typed on a phone: often all lower case, often without accents."""
    if rng.random() < lower:
        text = text.lower()
    if rng.random() < accents:
        text = strip_accents_same_length(text)
    return text


def _ord_es(rng: random.Random, n: int) -> str:
    return choose(rng, [f"{n}a", f"{n}a.", f"{n}ª", f"{n}", f"{n}ra" if n in (1, 3) else f"{n}a"])


def _ord_en(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _house_es(rng: random.Random) -> str:
    n = _num(rng, 1, 2500)
    return choose(rng, [n, f"#{n}", f"# {n}", f"no. {n}", f"n° {n}", f"nº {n}", f"num {n}", f"número {n}", "s/n", "sin número",
                        f"{n}-{rng.choice('ABCD')}", f"{n} int {_num(rng, 1, 12)}", f"{n} int. {rng.choice('ABCD')}",
                        f"{_num(rng, 1, 99)}-{_num(rng, 1, 99)}", f"#{_num(rng, 1, 99)}-{_num(rng, 1, 99)}"])


def _open_street_es(rng: random.Random, pools: dict) -> str:
    return rng.choice(pools.get("streets_open") or STREET_NAMES_OPEN)


def street_typed(rng: random.Random, lang: str, pools: dict) -> str:
    """A street and number as typed: 'c/ hidalgo 12', 'cll 45 # 23-18', 'avenida 3 norte', '1420 w 5th st apt 3'."""
    if lang == "es":
        name = choose(rng, [_open_street_es(rng, pools), rng.choice(pools["streets_es"])])
        kw = choose(rng, "calle|calle|c/|cll|cl|av|av.|avenida|avenida|avda|blvd|bulevar|calz|calzada|callejon|callejón|"
                         "privada|priv|pasaje|psje|andador|cerrada|prolongacion|prol|camino|diagonal|transversal|jr|jiron")
        d = rng.randint(1, 30)
        numbered = choose(rng, [
            f"calle {d}", f"{_ord_es(rng, rng.randint(1, 12))} calle", f"{_ord_es(rng, rng.randint(1, 12))} avenida",
            f"avenida {rng.randint(1, 20)} {choose(rng, 'norte|sur|oriente|poniente|nte|pte|ote')}",
            f"calle {d} {choose(rng, 'sur|norte|bis|a|b|oriente|poniente')}", f"cll {rng.randint(1, 150)} sur",
            f"{_ord_es(rng, rng.randint(1, 12))} calle {choose(rng, 'oriente|poniente|norte|sur|ote|pte')}",
            f"av {rng.randint(1, 40)}", f"cra {rng.randint(1, 120)}", f"carrera {rng.randint(1, 120)}{choose(rng, ['', 'a', 'b', ' bis'])}",
            f"{_ord_es(rng, rng.randint(1, 9))} av norte", f"calle {choose(rng, 'primera|segunda|tercera|cuarta|quinta|sexta')}",
        ])
        house = _house_es(rng)
        body = choose(rng, [
            f"{kw} {name} {house}", f"{kw} {name} {house}", f"{numbered} {house}", f"{numbered} #{_num(rng, 1, 99)}-{_num(rng, 1, 99)}",
            f"{numbered} y {_ord_es(rng, rng.randint(1, 12))} avenida", f"la {name} {house}", f"{kw} {name}",
            f"{kw} {name} {house}, {choose(rng, 'colonia|col|col.|barrio|bo.|fracc')} {rng.choice(pools.get('hoods_es') or HOODS_ES)}",
            f"{numbered} entre {_ord_es(rng, rng.randint(1, 9))} y {_ord_es(rng, rng.randint(10, 20))} avenida",
            f"{kw} {name} {house} {choose(rng, ['depto', 'dpto', 'apto', 'int', 'interior', 'cuarto', 'piso'])} {_num(rng, 1, 40)}",
            f"{kw} {name} mz {_num(rng, 1, 40)} lt {_num(rng, 1, 60)}", f"{numbered} casa {_num(rng, 1, 80)}",
        ])
        return _plain(rng, body)
    if lang == "en":
        name = choose(rng, [rng.choice(pools["streets_en"]), rng.choice(pools.get("streets_en_more") or STREETS_EN_MORE),
                            _ord_en(rng.randint(1, 120))])
        suffix = choose(rng, "st|st.|street|ave|ave.|avenue|rd|road|dr|drive|ln|lane|blvd|way|ct|pl|pkwy|hwy|trl|cir")
        d = choose(rng, ["", "", "w ", "e ", "n ", "s ", "west ", "east ", "nw ", "se "])
        unit = choose(rng, ["", "", f" apt {_num(rng, 1, 40)}", f" apt {_num(rng, 1, 9)}{rng.choice('abcd')}", f" #{_num(rng, 1, 30)}",
                            f" unit {_num(rng, 1, 20)}{rng.choice(['', 'r', 'f', 'b'])}", f" suite {_num(rng, 100, 400)}",
                            f", apt {_num(rng, 1, 40)}", f" lot {_num(rng, 1, 80)}", f" trailer {_num(rng, 1, 60)}",
                            f" room {_num(rng, 100, 330)}", f" basement", f" upstairs"])
        body = choose(rng, [f"{_num(rng, 10, 9999)} {d}{name} {suffix}{unit}", f"{_num(rng, 10, 9999)} {d}{name} {suffix}{unit}",
                            f"apt {_num(rng, 1, 40)} {_num(rng, 10, 9999)} {d}{name} {suffix}",
                            f"{name} {suffix} {_num(rng, 10, 9999)}", f"the {_num(rng, 100, 9000)} block of {d}{name} {suffix}",
                            f"{choose(rng, COUNTY_ROADS)} {_num(rng, 1, 3000)}{choose(rng, ['', ' n', ' s', ' e', ' w'])}",
                            f"{_num(rng, 100, 99999)} {choose(rng, COUNTY_ROADS)} {_num(rng, 1, 3000)}"])
        return _plain(rng, body, lower=0.7)
    if lang == "pt":
        name = choose(rng, [rng.choice(pools["ruas"]), rng.choice(pools.get("streets_open") or STREET_NAMES_OPEN).replace("los ", "dos ").replace("las ", "das ")])
        kw = choose(rng, "rua|rua|r.|r|av.|av|avenida|travessa|tv|tv.|estrada|beco|viela|alameda|rodovia|passagem|ramal")
        n = _num(rng, 1, 3000)
        unit = choose(rng, ["", "", f" ap {_num(rng, 1, 900)}", f" apto {_num(rng, 11, 904)}", f" bloco {rng.choice('abcd12')}",
                            f" bloco {rng.choice('ABCD')} ap {_num(rng, 11, 504)}", f" casa {_num(rng, 1, 30)}", " fundos",
                            f" casa {_num(rng, 1, 9)} fundos", f" qd {_num(rng, 1, 90)} lt {_num(rng, 1, 40)}", " sobrado"])
        hood = rng.choice(pools.get("bairros_more") or BAIRROS_MORE) if rng.random() < 0.5 else rng.choice(pools["bairros"])
        body = choose(rng, [f"{kw} {name}, {n}{unit}", f"{kw} {name} {n}{unit}", f"{kw} {name} nº {n}{unit}",
                            f"{kw} {name}, {n}, {choose(rng, 'bairro|b.|jd|jardim|vila|conj')} {hood}", f"{kw} {name} {n} - {hood}",
                            f"rua {_num(rng, 1, 40)}, casa {_num(rng, 1, 200)}", f"{kw} {name} s/n", f"estrada {name} km {_num(rng, 1, 60)}",
                            f"ramal {_num(rng, 1, 30)} km {_num(rng, 1, 40)}", f"{kw} {name}{unit}"])
        return _plain(rng, body)
    if lang == "fr":
        name = rng.choice(pools["rues"])
        kw = choose(rng, "rue|rue|av.|av|avenue|boul.|boul|bd|boulevard|chemin|ch.|impasse|allée|place|rang|montée|route")
        n = _num(rng, 1, 9999)
        unit = choose(rng, ["", "", f" app {_num(rng, 1, 20)}", f" app. {_num(rng, 1, 20)}", f" appt {_num(rng, 1, 60)}",
                            f" #{_num(rng, 1, 30)}", f", {_num(rng, 1, 9)}e étage", f" bât {rng.choice('abcd')}",
                            f" esc {_num(rng, 1, 6)}", f" logement {_num(rng, 1, 40)}", f" porte {_num(rng, 1, 30)}"])
        body = choose(rng, [f"{n} {kw} {name}{unit}", f"{n}, {kw} {name}{unit}", f"{kw} {name} {n}{unit}",
                            f"{n} bis {kw} {name}", f"app {_num(rng, 1, 20)}, {n} {kw} {name}", f"{kw} {name}{unit}",
                            f"{n} {kw} {name} {choose(rng, 'est|ouest|nord|sud')}{unit}"])
        return _plain(rng, body)
    # ht
    name = rng.choice(pools["ri"])
    n = _num(rng, 1, 120)
    body = choose(rng, [f"ri {name} #{n}", f"ri {name} nimewo {n}", f"{n} ri {name}", f"ri {name} no {n}",
                        f"{choose(rng, 'dèlma|delma|Delmas|dlm')} {_num(rng, 1, 105)}, ri {name} #{n}",
                        f"impas {name} #{n}", f"anndan koridò {name}", f"wout {name} #{n}", f"ri {name} kay #{n}",
                        f"{choose(rng, 'tabarr|tabarre|kafou|pèlren|petyonvil|kwadebouke')} {_num(rng, 1, 60)}, ri {name}",
                        f"avni {name} #{n}", f"ri {name}"])
    return _plain(rng, body)


def hood_typed(rng: random.Random, lang: str, pools: dict) -> str:
    """A neighbourhood with its name: 'col las brisas', 'bairro jardim elba', 'katye bèlè'."""
    if lang == "es":
        name = rng.choice(pools.get("hoods_es") or HOODS_ES) if rng.random() < 0.6 else rng.choice(pools["colonias"])
        kw = choose(rng, "colonia|colonia|col|col.|barrio|barrio|bo.|fraccionamiento|fracc|fracc.|residencial|res.|"
                         "asentamiento|asentamiento humano|aa.hh.|aldea|caserío|caserio|cantón|canton|vereda|comunidad|ejido|"
                         "lotificación|reparto|urbanización|urb|sector|población|unidad habitacional|ranchería|"
                         "invasión|villa")
        tail = choose(rng, ["", "", "", f" sector {_num(rng, 1, 9)}", f" etapa {_num(rng, 1, 4)}", f" manzana {_num(rng, 1, 40)}",
                            f" pasaje {_num(rng, 1, 12)} casa {_num(rng, 1, 40)}", f" casa {_num(rng, 1, 90)}",
                            f" bloque {rng.choice('ABCDE')}", f" lote {_num(rng, 1, 90)}", f" mz {rng.choice('ABCDEFG')} lt {_num(rng, 1, 30)}"])
        return _plain(rng, f"{kw} {name}{tail}")
    if lang == "pt":
        name = rng.choice(pools.get("bairros_more") or BAIRROS_MORE) if rng.random() < 0.6 else rng.choice(pools["bairros"])
        kw = choose(rng, "bairro|bairro|comunidade|vila|favela|conjunto|jardim|morro|loteamento|assentamento|residencial|"
                         "parque|núcleo|invasão|ocupação")
        tail = choose(rng, ["", "", f" quadra {_num(rng, 1, 90)}", f" qd {_num(rng, 1, 90)} lt {_num(rng, 1, 40)}",
                            f" rua {_num(rng, 1, 30)}", f" casa {_num(rng, 1, 200)}", f" bloco {rng.choice('ABCD')}"])
        return _plain(rng, f"{kw} {name}{tail}")
    if lang == "fr":
        name = rng.choice(pools.get("quartiers") or QUARTIERS)
        kw = choose(rng, "quartier|quartier|cité|cite|lotissement|résidence|HLM|secteur|le quartier|la cité|habitations")
        tail = choose(rng, ["", "", f" bâtiment {rng.choice('ABCD')}", f" bloc {_num(rng, 1, 9)}", f" app {_num(rng, 1, 60)}",
                            f" tour {_num(rng, 1, 6)}", f" escalier {_num(rng, 1, 5)}"])
        return _plain(rng, f"{kw} {name}{tail}")
    if lang == "ht":
        name = rng.choice(pools.get("katye") or KATYE)
        kw = choose(rng, "katye|katye|kartye|lakou|koridò|korido|site|bitasyon|lokalite|zòn|zon")
        tail = choose(rng, ["", "", f" kay #{_num(rng, 1, 90)}", f" blòk {_num(rng, 1, 9)}", f" ri {_num(rng, 1, 12)}"])
        return _plain(rng, f"{kw} {name}{tail}")
    name = rng.choice(pools.get("streets_en_more") or STREETS_EN_MORE)
    return _plain(rng, choose(rng, [f"{name} apartments", f"{name} trailer park lot {_num(rng, 1, 90)}",
                                    f"{name} mobile home park space {_num(rng, 1, 90)}", f"{name} Estates",
                                    f"{name} Village apts unit {_num(rng, 1, 300)}", f"{name} subdivision",
                                    f"{name} Gardens bldg {_num(rng, 1, 20)} apt {_num(rng, 1, 40)}",
                                    f"{name} Court apartments #{_num(rng, 1, 99)}"]), lower=0.6)


def cross_typed(rng: random.Random, lang: str, pools: dict) -> str:
    """Two streets of a corner: 'calle morelos esquina con allende', 'on maple and 3rd', 'kwen ri kapwa ak ri pave'."""
    if lang == "es":
        a, b, c = (choose(rng, [_open_street_es(rng, pools), rng.choice(pools["streets_es"])]) for _ in range(3))
        body = choose(rng, [f"calle {a} esquina con {b}", f"{a} esq. {b}", f"{a} esquina {b}", f"entre {a} y {b}",
                            f"en la esquina de {a} y {b}", f"{a} y {b}", f"cruce de {a} con {b}", f"calle {a} entre {b} y {c}",
                            f"av {a} casi esquina con {b}", f"{a} entre {b} y {c}", f"c/ {a} esq {b}",
                            f"{_ord_es(rng, rng.randint(1, 12))} calle y {_ord_es(rng, rng.randint(1, 12))} avenida",
                            f"calle {rng.randint(1, 40)} con carrera {rng.randint(1, 90)}"])
        return _plain(rng, body)
    if lang == "en":
        def st():
            return choose(rng, [rng.choice(pools["streets_en"]), rng.choice(pools.get("streets_en_more") or STREETS_EN_MORE),
                                _ord_en(rng.randint(1, 60))])
        a, b = st(), st()
        body = choose(rng, [f"{a} and {b}", f"corner of {a} and {b}", f"{a} & {b}", f"{a} st and {b}", f"the corner of {a} & {b}",
                            f"{a} ave and {b} st", f"{a} between {b} and {st()}", f"{a} off {b}", f"{a} near {b}"])
        return _plain(rng, body, lower=0.7)
    if lang == "pt":
        a, b = rng.choice(pools["ruas"]), rng.choice(pools["ruas"])
        body = choose(rng, [f"esquina da rua {a} com a {b}", f"rua {a} com {b}", f"entre a rua {a} e a {b}",
                            f"rua {a} esquina com {b}", f"cruzamento da {a} com a {b}", f"av {a} com rua {b}"])
        return _plain(rng, body)
    if lang == "fr":
        a, b = rng.choice(pools["rues"]), rng.choice(pools["rues"])
        body = choose(rng, [f"coin {a} et {b}", f"au coin de {a} et {b}", f"à l'angle de la rue {a} et {b}",
                            f"{a} coin {b}", f"entre {a} et {b}", f"{a}/{b}", f"intersection {a} et {b}"])
        return _plain(rng, body)
    a, b = rng.choice(pools["ri"]), rng.choice(pools["ri"])
    body = choose(rng, [f"kwen ri {a} ak ri {b}", f"ant ri {a} ak ri {b}", f"kafou {a} ak {b}", f"ri {a} kwen {b}",
                        f"kote ri {a} kwaze ak ri {b}"])
    return _plain(rng, body)


RURAL = {
    "es": [
        "km {n} carretera a {T}", "kilómetro {n} de la carretera a {T}", "la finca pasando el puente", "la finca {F} pasando el puente",
        "el rancho {F} saliendo de {T}", "la casa azul al lado de la iglesia", "detrás del mercado", "a {n} cuadras del parque",
        "de la pulpería {F} {m} metros al sur", "donde era el cine {F}", "subiendo por la calle de tierra, la tercera casa",
        "en la parcela {n} del ejido {F}", "la galera después de la gasolinera", "camino a {T} km {n}",
        "la segunda casa después del puente", "la casa de dos pisos frente a la cancha", "la casa verde detrás de la escuela",
        "el cuarto de atrás de la tortillería {F}", "la bodega al final de la calle de tierra", "pasando las vías del tren, la casa de lámina",
        "la finca de café de los {S}", "el rancho de los {S} por la brecha", "la casa con portón negro a la par de la pulpería",
        "frente a la tienda de don {G}", "al lado del taller de {G}", "enfrente de la casa de doña {G}",
        "a la vuelta de la farmacia {F}", "atrás de la iglesia evangélica {F}", "junto al molino de {G}",
    ],
    "en": [
        "mile marker {n} on highway {n2}", "the farm past the bridge on county road {n}", "the blue trailer behind the church",
        "the house next to the church on {E} road", "across from the Shell station on {E} road", "the last house on {E} road",
        "the white house behind the dollar general", "the trailer behind {G}'s tire shop", "right past the feed store on route {n}",
        "the second house after the railroad tracks on {E}", "across from {G}'s barber shop", "the green house by the water tower",
        "the apartment over the laundromat on {E}", "the room behind the taqueria on {E} st", "the big farm off exit {n}",
    ],
    "pt": [
        "a casa azul do lado da igreja", "o sítio depois da ponte", "a chácara na estrada {F} km {n}", "a fazenda {F} na vicinal {n}",
        "atrás do mercado", "em frente à padaria do {G}", "a casa depois do posto", "a casa amarela na frente da escola",
        "do lado do bar do {G}", "o barraco depois do campo de futebol", "a última casa da rua de terra", "em cima da loja do {G}",
        "a casa de muro verde perto da igreja {F}", "atrás da oficina do {G}", "no sítio do seu {G} depois da ponte",
    ],
    "fr": [
        "la maison bleue à côté de l'église", "la ferme après le pont sur le rang {F}", "derrière le marché",
        "en face de la boulangerie de {G}", "la troisième maison après le dépanneur", "au-dessus du salon de {G}",
        "la maison grise au bout du chemin {F}", "à côté du garage de {G}", "juste derrière l'église {F}",
        "le logement au sous-sol en face du parc {F}",
    ],
    "ht": [
        "kay ble a bò legliz la", "dèyè mache a", "anfas boutik {G} a", "apre pon an sou wout {T}", "kay la toupre ponp gaz la",
        "bò kote lekòl {F} la", "dèyè legliz batis la", "kay wouj la anfas ponp dlo a", "nan lakou {G} a dèyè mache a",
        "anwo boutik madan {G} a", "toupre bank lan sou wout {T}",
    ],
}
RURAL_TOWNS = {"es": "Masaya|Escuintla|Tapachula|San Pedro|Comalapa|Choluteca|Chinandega|la costa|Jutiapa|Metapán",
               "en": "", "pt": "", "fr": "",
               "ht": "Jakmèl|Okap|Leyogàn|Mibalè|Ench|Gonayiv"}


def rural_typed(rng: random.Random, lang: str, pools: dict) -> str:
    """Directions to a house or a farm, with landmarks: 'km 14 carretera a Masaya', 'the farm past the bridge'."""
    g = rng.choice(pools["given_es"]) if lang in ("es", "pt", "fr", "en") else rng.choice(pools.get("given_ht") or pools["given_es"])
    fancy = choose(rng, [rng.choice(pools.get("hoods_es") or HOODS_ES), rng.choice(pools["colonias"]), g])
    town = choose(rng, RURAL_TOWNS[lang]) if RURAL_TOWNS.get(lang) else "x"
    text = rng.choice(RURAL[lang]).format(n=_num(rng, 1, 120), n2=_num(rng, 1, 300), m=rng.choice(["50", "100", "150", "200", "300"]),
                                           T=town, F=fancy, G=g, S=rng.choice(pools.get("surname_hisp") or ["Pérez"]),
                                           E=rng.choice(pools["streets_en"]))
    return _plain(rng, text, lower=0.5, accents=0.5)


def unit_typed(rng: random.Random, lang: str) -> str:
    """An apartment, room or floor: 'depto 4b', 'cuarto 14', 'apt 3', 'bloco b ap 302', '4e étage app 12', 'chanm 3'."""
    n, f = _num(rng, 1, 40), _num(rng, 1, 12)
    units = {
        "es": [f"depto {n}", f"dpto {n}{rng.choice('ab')}", f"apto {_num(rng, 101, 904)}", f"int. {n}", f"interior {n}",
               f"cuarto {n}", f"habitación {n}", f"hab {n}", f"piso {f} depto {n}", f"edificio {rng.choice('ABCD')} depto {n}",
               f"torre {f} apto {_num(rng, 101, 1504)}", f"casa {n}", f"lote {n}", f"mz {n} lt {_num(rng, 1, 60)}", f"cuarto #{n}"],
        "en": [f"apt {n}", f"apt {f}{rng.choice('abcd')}", f"unit {n}", f"room {_num(rng, 100, 330)}", f"#{n}", f"suite {_num(rng, 100, 400)}",
               f"lot {n}", f"space {n}", f"bldg {f} apt {n}", f"{_ord_en(int(f))} floor apt {n}", f"trailer {n}"],
        "pt": [f"ap {_num(rng, 11, 904)}", f"apto {_num(rng, 11, 904)}", f"bloco {rng.choice('abcd')} ap {_num(rng, 11, 504)}",
               f"casa {n}", f"qd {n} lt {_num(rng, 1, 40)}", f"quarto {n}", f"kitnet {n}", f"andar {f} sala {n}", f"casa {n} fundos"],
        "fr": [f"app {n}", f"appt {n}", f"app. {n}", f"{f}e étage app {n}", f"chambre {n}", f"bât {rng.choice('ABCD')} app {n}",
               f"logement {n}", f"porte {n}"],
        "ht": [f"chanm {n}", f"kay #{n}", f"apatman {n}", f"blòk {f} kay {n}", f"chanm #{n}", f"etaj {f} chanm {n}"],
    }
    return _plain(rng, rng.choice(units[lang]), lower=0.6)


_PLUS = "23456789CFGHJMPQRVWX"


def map_typed(rng: random.Random) -> str:
    """A shared location: map links, 'lat, lon' pairs, plus codes."""
    lat = f"{rng.uniform(-34, 33):.{rng.choice([4, 5, 6, 7])}f}"
    lon = f"{rng.uniform(-118, -35):.{rng.choice([4, 5, 6, 7])}f}"
    tok = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.choice([8, 10, 12, 17])))
    plus8 = "".join(rng.choice(_PLUS) for _ in range(8))
    plus_short = "".join(rng.choice(_PLUS) for _ in range(4)) + "+" + "".join(rng.choice(_PLUS) for _ in range(2))
    return choose(rng, [
        f"https://maps.app.goo.gl/{tok}", f"maps.app.goo.gl/{tok}", f"https://goo.gl/maps/{tok}",
        f"https://www.google.com/maps?q={lat},{lon}", f"https://maps.google.com/?q={lat},{lon}",
        f"https://www.google.com/maps/@{lat},{lon},17z", f"https://www.google.com/maps/place/{lat},{lon}",
        f"https://waze.com/ul?ll={lat}%2C{lon}&navigate=yes", f"https://ul.waze.com/ul?ll={lat},{lon}",
        f"https://maps.apple.com/?ll={lat},{lon}", f"{lat}, {lon}", f"{lat},{lon}", f"{lat} {lon}",
        f"lat {lat} lon {lon}", f"{plus8[:4]}+{plus8[4:6]}", plus_short, f"{plus8}+{rng.choice(_PLUS)}{rng.choice(_PLUS)}",
        f"https://plus.codes/{plus8}+{rng.choice(_PLUS)}{rng.choice(_PLUS)}", f"({lat}, {lon})",
    ])


def place_typed(rng: random.Random, slot: str, lang: str, pools: dict) -> str:
    if slot == "STREET":
        return street_typed(rng, lang, pools)
    if slot == "HOOD":
        return hood_typed(rng, lang, pools)
    if slot == "CROSS":
        return cross_typed(rng, lang, pools)
    if slot == "RURAL":
        return rural_typed(rng, lang, pools)
    if slot == "UNIT":
        return unit_typed(rng, lang)
    if slot == "MAP":
        return map_typed(rng)
    # PLACE: any of them, sometimes chained as people write them ("c/ hidalgo 12, col centro, frente al oxxo")
    first = place_typed(rng, rng.choice(["STREET", "STREET", "HOOD", "CROSS", "RURAL"]), lang, pools)
    if rng.random() < 0.35:
        first += choose(rng, [", ", " ", " - "]) + place_typed(rng, rng.choice(["HOOD", "UNIT", "RURAL"]), lang, pools)
    return first


# --------------------------------------------------------------------------- fifth round (issue 18, names and addresses)
# Kinship and role words people put before a name, as typed on a phone ("mi prima", "o patrão",
# "manman m", "my coworker"); the word is not part of the name.
KIN = {
    "es": "mi prima|mi primo|mi tía|mi tio|mi tía|mi cuñada|mi cuñado|mi suegra|mi vecina|mi vecino|mi compa|mi comadre|"
          "mi compadre|mi amiga|mi novio|mi ex|mi hermanita|mi hermano|mi sobrina|mi nuera|mi yerno|mi madrina|mi padrino|"
          "el patrón|la patrona|el capataz|el mayordomo|el encargado|la encargada|el jefe|la jefa|el mero mero|el chofer|"
          "el del camión|el contratista|el enganchador|el coyote|el pollero|la dueña|el dueño|la señora de la casa|"
          "mi compañera de cuarto|mi compañero de trabajo|la muchacha|el muchacho|el chavo|la chava|un vato|el bato",
    "en": "my coworker|my cousin|my aunt|my uncle|my roommate|my ex|my bf|my gf|my boyfriend|my girlfriend|my stepdad|"
          "my stepmom|my sister in law|my brother in law|my homie|my friend|my neighbor|my landlord|my manager|the boss|"
          "the supervisor|the foreman|the driver|the recruiter|the lady who hired me|the guy|this guy|this girl|"
          "the owner|the crew leader|my sponsor|the madam|my pimp|our host|my host mom",
    "pt": "minha prima|meu primo|minha tia|meu tio|minha cunhada|meu cunhado|minha sogra|minha vizinha|meu vizinho|"
          "o patrão|a patroa|o gato|o empreiteiro|o encarregado|o gerente|o chefe|a dona da casa|o motorista|"
          "meu namorado|minha namorada|meu ex|minha amiga|meu parceiro|minha comadre|meu compadre|a moça|o moço|"
          "o cara|a mina|o dono|a dona|o aliciador|meu colega de quarto",
    "fr": "ma cousine|mon cousin|ma tante|mon oncle|ma belle-sœur|mon beau-frère|ma voisine|mon voisin|le patron|"
          "la patronne|le chef|le contremaître|le chauffeur|mon copain|ma copine|mon ex|mon coloc|ma coloc|"
          "le propriétaire|la propriétaire|le gars|la fille|le type|le recruteur|la dame|mon collègue|ma marraine",
    "ht": "manman m|papa m|kouzin mwen|kouzen m|tant mwen|tonton m|sè m|frè m|bèlsè m|bòpè m|vwazin mwen|vwazen m|"
          "bòs la|patwon an|chòfè a|mennaj mwen|zanmi m|madanm nan|nèg la|fi a|mesye a|komè m|konpè m|"
          "moun ki te rekrite m nan|fanm nan|granmoun nan",
}
# Diminutives, hypocoristics and nicknames as first names (no article): written for this project.
DIMINUTIVES = {
    "es": "Chucho|Chuy|Lupe|Lupita|Pepe|Pepa|Paco|Pancho|Nacho|Chepe|Chema|Toño|Tony|Memo|Beto|Lalo|Goyo|Chalo|Chava|"
          "Chente|Poncho|Quique|Kike|Rafa|Fito|Licha|Lencha|Chabela|Chayo|Chela|Coco|Nena|Nati|Vicky|Yoli|Mari|Maru|"
          "Cuca|Tere|Meche|Nico|Santi|Mayte|Yeni|Yesi|Dany|Javi|Fer|Guille|Pili|Rosi|Moni|Ale|Juanita|Pedrito|Carlitos",
    "en": "Jenny|Becky|Mikey|Danny|Jimmy|Katie|Tina|Benny|Ricky|Joey|Stevie|Manny|Rudy|Lupe|Tony|Frankie|Cindy|Sandy",
    "pt": "Zé|Tião|Chico|Juca|Zezinho|Bia|Nando|Tonho|Dudu|Guto|Malu|Lulu|Cacá|Fafá|Nina|Rafa|Gabi|Léo|Biel|Juju|Xandão|Nanda",
    "fr": "Titi|Fifi|Jojo|Momo|Dédé|Nanou|Lulu|Mimi|Loulou|Pépé|Ti-Jean|Ti-Paul|Manu|Seb|Nico|Domi",
    "ht": "Titi|Ti Jan|Ti Pyè|Ti Mari|Ti Zo|Ti Chal|Ti Dyo|Tidjo|Ti Nèg|Lolo|Nini|Wilo|Jojo|Bebe|Fanfan|Toto|Mimi|Dodo",
}
# Nicknames made of an article or a word before a name ("el Flaco Ramírez", "la Chuy", "big mike", "ti Jan").
ARTICLED = {
    "es": "el Flaco|la Flaca|el Gordo|la Gorda|el Güero|la Güera|el Chino|la China|el Negro|la Negra|el Pelón|el Chaparro|"
          "el Tuerto|el Mudo|el Viejo|el Compa|el Primo|el Tío|el Profe|el Inge|el Licen",
    "en": "big|lil|little|old man|miss|auntie|uncle|cousin|ms|papa",
    "pt": "o Gordo|o Baixinho|o Alemão|o Galego|o Nego|a Nega|a Loira|o Magrão|o Careca|o Tio|a Tia|o Véio",
    "fr": "le Grand|le Gros|le Vieux|la Grande|le Blond|tonton|tata|mémé|tantine",
    "ht": "gran|ti|bòs|sò|frè|tonton|matant|manman",
}
SIGN_OFF = {
    "es": "att:|att.|atte.|atentamente|saludos,|gracias,|bendiciones,|-|--|firma:|de:",
    "en": "thanks,|thank you,|regards,|sincerely,|-|--|from:|sent by|xoxo",
    "pt": "att,|att.|abraço,|obrigada,|obrigado,|-|--|ass:|assinado:|de:",
    "fr": "merci,|cordialement,|bisous,|-|--|signé|de la part de",
    "ht": "mesi,|-|--|siyen:|se|sa se",
}


def initial(rng: random.Random) -> str:
    return rng.choice(string.ascii_uppercase) + choose(rng, [".", ".", ""])


LODGES = {
    "es": "motel|hotel|hostal|pensión|posada|casa de huéspedes|hospedaje|auto hotel",
    "en": "motel|inn|hotel|lodge|motor inn|extended stay",
    "pt": "hotel|pousada|motel|pensão|hostel",
    "fr": "motel|hôtel|auberge|gîte",
    "ht": "otèl|motèl|gèshaous",
}
LODGE_NAMES = ("Las Palmas|El Paraíso|San Carlos|Del Valle|La Fuente|Los Arcos|Real|Plaza|Imperial|Sunrise|Budget|Super 8|"
               "Red Roof|Starlight|Blue Moon|Palm Court|Bela Vista|Estrela|Primavera|Le Relais|Bon Accueil|Kokoye|Flamboyan|"
               "Mi Ranchito|El Dorado|Oasis|Paradise|Econo|Travelers|Caribe|Continental|Bonne Nuit")
COLOURS = {
    "es": "verde|azul|amarilla|rosada|blanca|roja|café|naranja|gris|morada|sin pintar|de dos pisos|de lámina|de block",
    "en": "green|blue|yellow|pink|white|red|brown|gray|two story|brick|tan",
    "pt": "verde|azul|amarela|rosa|branca|vermelha|de dois andares|sem reboco|de muro alto",
    "fr": "verte|bleue|jaune|rose|blanche|rouge|grise|à deux étages|en briques",
    "ht": "vèt|ble|jòn|wòz|blan|wouj|gri|de etaj|an blòk",
}


def lodge_typed(rng: random.Random, lang: str) -> str:
    """A motel or hotel by its name with a room: 'el motel Las Palmas cuarto 12', 'the Sunrise Inn room 214'."""
    kind = choose(rng, LODGES[lang])
    name = choose(rng, LODGE_NAMES)
    n = _num(rng, 1, 330)
    room = {"es": f"{choose(rng, 'cuarto|habitación|hab|cuarto #|cto')} {n}", "en": f"{choose(rng, 'room|rm|room #|#')} {n}",
            "pt": f"{choose(rng, 'quarto|qto|apto|suíte')} {n}", "fr": f"{choose(rng, 'chambre|ch.|chambre n°')} {n}",
            "ht": f"{choose(rng, 'chanm|chanm #|pyès')} {n}"}[lang]
    body = choose(rng, [f"{kind} {name} {room}", f"{kind} {name}, {room}", f"{name} {kind} {room}" if lang == "en" else f"{kind} {name} {room}"])
    return _plain(rng, body, lower=0.5)


def house_described(rng: random.Random, lang: str, pools: dict) -> str:
    """A house told apart by its look and a corner or landmark: 'la casa verde de la esquina de la 5a y la 8a'."""
    colour = choose(rng, COLOURS[lang])
    if lang == "es":
        a, b = _ord_es(rng, rng.randint(1, 14)), _ord_es(rng, rng.randint(1, 14))
        tail = choose(rng, [f"de la esquina de la {a} y la {b}", f"en la {a} calle casa {_num(rng, 1, 80)}",
                            f"que está {landmark(rng, lang, pools)}", f"{landmark(rng, lang, pools)}",
                            f"de la cuadra de la {_open_street_es(rng, pools)}", f"lote {_num(rng, 1, 60)}",
                            f"en la {_open_street_es(rng, pools)} {_house_es(rng)}"])
        return _plain(rng, f"{choose(rng, 'la casa|el edificio|el cuarto|la bodega|el galerón|el departamento')} {colour} {tail}"
                      .replace("el edificio verde", "el edificio verde").replace("el cuarto rosada", "el cuarto rosado"))
    if lang == "en":
        tail = choose(rng, [f"on the corner of {_ord_en(rng.randint(1, 40))} and {rng.choice(pools['streets_en'])}",
                            f"{landmark(rng, lang, pools)}", f"at the end of {rng.choice(pools['streets_en'])} rd",
                            f"lot {_num(rng, 1, 80)}", f"{_num(rng, 100, 9999)} {rng.choice(pools['streets_en'])} st"])
        return _plain(rng, f"{choose(rng, 'the|that')} {colour} {choose(rng, 'house|trailer|building|duplex')} {tail}", lower=0.7)
    if lang == "pt":
        tail = choose(rng, [f"na esquina da rua {rng.choice(pools['ruas'])}", landmark(rng, lang, pools),
                            f"na rua {rng.choice(pools['ruas'])} nº {_num(rng, 1, 900)}", f"no fim da travessa {rng.choice(pools['ruas'])}"])
        return _plain(rng, f"a casa {colour} {tail}")
    if lang == "fr":
        tail = choose(rng, [f"au coin de {rng.choice(pools['rues'])}", landmark(rng, lang, pools),
                            f"au {_num(rng, 1, 900)} rue {rng.choice(pools['rues'])}"])
        return _plain(rng, f"la maison {colour} {tail}")
    tail = choose(rng, [f"nan kwen ri {rng.choice(pools['ri'])}", landmark(rng, lang, pools),
                        f"nan ri {rng.choice(pools['ri'])} #{_num(rng, 1, 120)}"])
    return _plain(rng, f"kay {colour} {tail}" if rng.random() < 0.5 else f"kay {colour} la {tail}")


# --------------------------------------------------------------------------- seventh round (issue 18, addresses whole)
# Names of condominiums, buildings, estates and workplaces, as people type them (written for this project).
BUILDING_NAMES = (
    "los cedros|las palmas|el mirador|villa del sol|los pinos|torres del parque|las gaviotas|san angel|el rosario|"
    "monte real|bosques del valle|jardines del sur|la ceiba|los almendros|vista hermosa|portal del sol|las brisas|"
    "parque dos ipes|vila rica|jardim das flores|morada do sol|recanto verde|bela vista|sao jorge|ipanema|"
    "les erables|les jardins|le boise|du ruisseau|les pins|bel repos|kokoye|lakay|bel air|soley|"
    "maple grove|sunset|elm court|pine ridge|willow creek|golden gate|casa grande|palm court|riverside|cedar park|"
    "el buen gusto|la fonda de lupe|el taquito|don pepe|mi tierra|la guadalupana|el porvenir|jade garden|"
    "lucky star|happy nails|blue sky|bom gosto|sabor mineiro|chez marcel|bon gou|la belle|tropical|el sol"
).split("|")
BUILDING_KINDS = {
    "es": "condominio|condominio|edificio|edificio|residencial|conjunto|unidad habitacional|torres|vecindad|cuartería|"
          "casa de huéspedes|hotel|motel|pensión|hostal",
    "en": "apartments|apts|apartment complex|condos|motel|inn|lodge|hotel|building|tower",
    "pt": "condomínio|condominio|edifício|edificio|prédio|conjunto habitacional|residencial|pousada|hotel|pensão|cortiço",
    "fr": "résidence|immeuble|édifice|habitations|hôtel|motel|auberge|HLM",
    "ht": "otèl|otel|motèl|lakou|bilding|rezidans|gèshaous",
}


def building_typed(rng: random.Random, lang: str, pools: dict) -> str:
    """A building, estate or lodging by its name with its tower, block or unit: 'condominio los arcos torre b
    depto 401', 'building c room 108 at the oak tree motel', 'torre 2 apto 71, condominio parque das arvores'."""
    name = rng.choice(pools.get("building_names") or BUILDING_NAMES)
    kind = choose(rng, BUILDING_KINDS[lang])
    n, f, letter = _num(rng, 1, 40), _num(rng, 1, 15), rng.choice("abcdefABCD")
    units = {
        "es": [f"torre {letter} depto {_num(rng, 101, 1204)}", f"edificio {letter} apto {_num(rng, 1, 40)}", f"cuarto {n}",
               f"piso {f} depto {n}", f"depto {n}", f"interior {n}", f"casa {n}", f"torre {f} apto {_num(rng, 101, 1504)}",
               f"habitación {n}", f"bloque {letter} depto {n}"],
        "en": [f"apt {n}", f"unit {f}{letter}", f"#{_num(rng, 100, 420)}", f"room {_num(rng, 100, 330)}", f"building {letter} apt {n}",
               f"bldg {f} unit {n}", f"room {n}"],
        "pt": [f"bloco {letter} apto {_num(rng, 11, 904)}", f"torre {f} ap {_num(rng, 11, 504)}", f"quarto {n}",
               f"ap {_num(rng, 11, 904)}", f"bloco {f} ap {_num(rng, 11, 504)}", f"casa {n}"],
        "fr": [f"app. {n}", f"app {n}", f"chambre {n}", f"bâtiment {letter} app {n}", f"{f}e étage app {n}", f"porte {n}"],
        "ht": [f"chanm {n}", f"chanm #{n}", f"apatman {n}", f"blòk {f} chanm {n}", f"kay #{n}"],
    }[lang]
    unit = rng.choice(units)
    en_first = lang == "en" and kind not in ("building", "tower")
    building = f"{name} {kind}" if en_first else f"{kind} {name}"
    body = choose(rng, [f"{building} {unit}", f"{building}, {unit}", f"{unit}, {building}", f"{unit} {'at the' if lang == 'en' else ''} {building}".replace("  ", " "),
                        f"{building} {unit}"])
    return _plain(rng, body, lower=0.6)


WORK_KINDS = {
    "es": "restaurante|taquería|fonda|cantina|bar|taller|lavado de carros|tortillería|panadería|salón de belleza|maquila|bodega",
    "en": "restaurant|diner|nail salon|car wash|bar|laundromat|massage parlor|bakery|warehouse|taqueria",
    "pt": "restaurante|lanchonete|bar|oficina|lava-jato|salão|padaria|posto|confecção|boate",
    "fr": "restaurant|garage|bar|salon|boulangerie|dépanneur|entrepôt|usine",
    "ht": "restoran|bar|garaj|boutik|faktori|salon|lavaj",
}


def work_typed(rng: random.Random, lang: str, pools: dict) -> str:
    """A named workplace with the street it is on: 'el restaurante el buen sabor de la avenida juarez', 'the golden
    dragon restaurant on bellaire blvd', 'o posto shell da avenida sete', 'restoran bon gou sou ri kapwa'."""
    name = rng.choice(pools.get("building_names") or BUILDING_NAMES)
    kind = choose(rng, WORK_KINDS[lang])
    if lang == "es":
        street = f"{choose(rng, 'calle|avenida|av.|calzada|bulevar')} {choose(rng, [_open_street_es(rng, pools), rng.choice(pools['streets_es'])])}"
        body = choose(rng, [f"{kind} {name} de la {street}", f"{kind} {name} en la {street}", f"{kind} {name} sobre la {street}",
                            f"{kind} {name} de la {street} {_num(rng, 1, 900)}", f"{kind} {name}, {street}"])
    elif lang == "en":
        street = f"{rng.choice(pools['streets_en'])} {choose(rng, 'st|street|ave|blvd|rd|road|dr')}"
        body = choose(rng, [f"{name} {kind} on {street}", f"{name} {kind} off {street}", f"{kind} {name} on {street}",
                            f"{name} {kind} at {_num(rng, 10, 9999)} {street}", f"{name} {kind} on {street} and {_ord_en(rng.randint(1, 40))}"])
    elif lang == "pt":
        street = f"{choose(rng, 'rua|avenida|av.|estrada|travessa')} {rng.choice(pools['ruas'])}"
        body = choose(rng, [f"{kind} {name} da {street}", f"{kind} {name} na {street}", f"{kind} {name}, {street} {_num(rng, 1, 2000)}",
                            f"{kind} {name} da {street} nº {_num(rng, 1, 2000)}"])
    elif lang == "fr":
        street = f"{choose(rng, 'rue|boul.|boulevard|avenue|chemin')} {rng.choice(pools['rues'])}"
        body = choose(rng, [f"{kind} {name} sur la {street}", f"{kind} {name} sur {street}", f"{kind} {name}, {_num(rng, 1, 9999)} {street}",
                            f"{kind} {name} au coin de la {street}"])
    else:
        street = f"ri {rng.choice(pools['ri'])}"
        body = choose(rng, [f"{kind} {name} sou {street}", f"{kind} {name} nan {street}", f"{kind} {name} {street} #{_num(rng, 1, 120)}",
                            f"{kind} {name} nan kwen {street}"])
    return _plain(rng, body, lower=0.65)


def bare_street_typed(rng: random.Random, lang: str, pools: dict) -> str:
    """A street without its street word, as written after 'vivo en' in Mexico and Central America: 'juarez 45',
    'hidalgo 230 col. centro', 'morelos 118 esquina con bravo'."""
    name = rng.choice(pools["streets_es"])
    body = choose(rng, [f"{name} {_num(rng, 1, 2500)}", f"{name} #{_num(rng, 1, 2500)}", f"{name} {_num(rng, 1, 900)} col. centro",
                        f"{name} {_num(rng, 1, 900)} esquina con {rng.choice(pools['streets_es'])}",
                        f"{name} {_num(rng, 1, 900)}, {choose(rng, 'colonia|col|barrio')} {rng.choice(pools.get('hoods_es') or HOODS_ES)}",
                        f"{name} {_num(rng, 1, 900)} int {_num(rng, 1, 12)}"])
    return _plain(rng, body, lower=0.8)


# Ninth round (issue #18): given names that are also everyday words, as people are named by them
# ("Lovely", "Blessing", "Milagros", "Fidèle"), and everyday words used alone, with an article, as a
# person's nickname ("la flaca", "o neguinho", "gwo nèg"). Written for this project.
WORD_NAMES = {
    "es": "Milagros|Dulce|Luz|Esperanza|Bienvenida|Consuelo|Soledad|Amparo|Paz|Rocío|Estrella|Perla|Cielo|Princesa|"
          "Divina|Junior|Lovely|Blessing|Caridad|Socorro|Remedios|Rosario|Alba|Aurora|Paloma|Fe|Nieves",
    "en": "Lovely|Blessing|Princess|Divine|Innocent|Precious|Mercy|Favour|Gift|Comfort|Patience|Junior|Destiny|Faith|"
          "Hope|Joy|Grace|Justice|Peace|Wisdom|Miracle|Goodness|Ebony|Honey|Sunday|Treasure",
    "pt": "Milagros|Dulce|Luz|Esperança|Vitória|Princesa|Divina|Júnior|Lovely|Blessing|Graça|Aparecida|Celeste|Paz|"
          "Estrela|Glória|Dores|Fé|Perla|Cândida",
    "fr": "Fidèle|Espérance|Innocent|Divine|Bienaimé|Princesse|Lovely|Blessing|Junior|Précieuse|Merveille|Patience|"
          "Gloire|Grâce|Victoire|Prudence|Constance|Honoré|Désiré|Félicité|Clémence",
    "ht": "Fidèl|Espérance|Innocent|Divine|Bienaimé|Mercidieu|Lovely|Blessing|Junior|Bèbè|Dieuseul|Merveille|Fortuné|"
          "Dieujuste|Mercilia|Bonheur|Chérie|Lamour|Solèy|Espwa",
}
NICKNAME_WORDS = {
    "es": "la flaca|el flaco|el chino|la china|el gordo|la gorda|el negro|la negra|el güero|la güera|el chaparro|"
          "el pelón|el tiguere|el cholo|el catracho|el zurdo|el moreno|la morena|el gringo|el chele|el mono",
    "en": "Shorty|Slim|Smoke|Tiny|Red|Big Man|Shorty Mac",
    "pt": "o neguinho|a neguinha|o baixinho|a baixinha|o galego|a galega|o mineiro|o baiano|a baiana|o magrinho|"
          "o gordinho|o careca|o nego|a nega",
    "fr": "le gros|le grand|le chinois|la petite|le blond|le boss",
    "ht": "gwo nèg la|ti nèg la|gwo zo a|ti mak la|gran nèg la",
}
