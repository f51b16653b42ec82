"""bot.privacy.redaction: what must go, what must stay. All identifiers are made up."""
from __future__ import annotations

import time

import pytest

from bot.privacy.redaction import contains_identifier, redact, redact_spans
from bot.privacy.rules import rule_spans

# (lang, text, expected) -------------------------------------------------------------
PHONES = [
    ("es", "Mi número es +52 1 55 1234 5678", "Mi número es [PHONE]"),
    ("es", "márcame al 55-5123-4567 porfa", "márcame al [PHONE] porfa"),
    ("es", "mi whatsapp es whatsapp:+5215555550123", "mi whatsapp es whatsapp:[PHONE]"),
    ("es", "cel. (555) 010-0199", "cel. [PHONE]"),
    ("es", "el de mi hermana es 5 5 5 1 2 3 4 5 6 7", "el de mi hermana es [PHONE]"),
    ("es", "llámame al 5555.1234 en Guatemala", "llámame al [PHONE] en Guatemala"),
    ("es", "+502 5555 1234", "[PHONE]"),
    ("es", "0052 55 5555 0123", "[PHONE]"),
    ("es", "(+52) 55 5555 0123", "[PHONE]"),
    ("es", "tel5551234567", "tel[PHONE]"),
    ("en", "call me at (555) 123-4567", "call me at [PHONE]"),
    ("en", "my cell is 555.123.4567.", "my cell is [PHONE]."),
    ("en", "text +1 555 010 0199 tonight", "text [PHONE] tonight"),
    ("en", "number: 555 123 4567", "number: [PHONE]"),
    ("fr", "appelez-moi au +509 3755 0123", "appelez-moi au [PHONE]"),
    ("fr", "mon numéro : 06 55 55 01 23", "mon numéro : [PHONE]"),
    ("pt", "meu zap é (11) 95555-1234", "meu zap é [PHONE]"),
    ("pt", "liga pra +55 11 95555 1234", "liga pra [PHONE]"),
    ("ht", "rele m nan 3755-0123", "rele m nan [PHONE]"),
    ("ht", "nimewo mwen se +509 3755 0123", "nimewo mwen se [PHONE]"),
]

EMAILS = [
    ("es", "escríbeme a ana.perez@example.org", "escríbeme a [EMAIL]"),
    ("en", "email me: john_doe+help@example.com", "email me: [EMAIL]"),
    ("fr", "mon courriel est marie@example.fr.", "mon courriel est [EMAIL]."),
    ("pt", "meu e-mail: joao.silva@mail.example.com.br", "meu e-mail: [EMAIL]"),
    ("ht", "imel mwen se jan@example.org", "imel mwen se [EMAIL]"),
]

IDS = [
    ("es", "mi pasaporte es G12345678", "mi pasaporte es [ID]"),
    ("es", "mi CURP es PEPJ900101HDFRRN05", "mi CURP es [ID]"),
    ("es", "mi curp: pepj900101hdfrrn05", "mi curp: [ID]"),
    ("es", "DNI 12345678", "DNI [ID]"),
    ("es", "mi cédula es 1-2345-6789", "mi cédula es [ID]"),
    ("es", "RUT 12.345.678-5", "RUT [ID]"),
    ("es", "número de identidad 0801-1990-12345", "número de identidad [ID]"),
    ("es", "mi DPI es 1234 56789 0101", "mi DPI es [ID]"),
    ("es", "NIE X-1234567-L", "NIE [ID]"),
    ("es", "CI: 4.123.456-7", "CI: [ID]"),
    ("en", "passport number X1234567", "passport number [ID]"),
    ("en", "my SSN is 123-45-6789", "my SSN is [ID]"),
    ("en", "SIN 046 454 286", "SIN [ID]"),
    ("en", "my A-number is A123456789", "my A-number is [ID]"),
    ("en", "receipt IOE0912345678", "receipt [ID]"),
    ("en", "card 4111 1111 1111 1111", "card [ID]"),
    ("fr", "numéro de passeport : 12AB34567", "numéro de passeport : [ID]"),
    ("fr", "ma carte d'identité n° 123456789", "ma carte d'identité n° [ID]"),
    ("pt", "meu RG é 12.345.678-9", "meu RG é [ID]"),
    ("pt", "CPF 123.456.789-09", "CPF [ID]"),
    ("pt", "meu cpf 12345678909", "meu cpf [ID]"),
    ("pt", "meu passaporte é FZ123456", "meu passaporte é [ID]"),
    ("ht", "nimewo paspò mwen se HT1234567", "nimewo paspò mwen se [ID]"),
    ("ht", "NIF 123-456-789-0", "NIF [ID]"),
    ("ht", "kat idantite mwen: 01-02-03-1990-04-12345", "kat idantite mwen: [ID]"),
]

URLS = [
    ("es", "entra a https://example.org/reset?token=abc123 ya", "entra a [URL] ya"),
    ("es", "mira este link: bit.ly/3xYz9Ab", "mira este link: [URL]"),
    ("en", "see http://example.org/u/8f3a9c2e7b1d4e6f.", "see [URL]."),
    ("pt", "entra no grupo chat.whatsapp.com/AbCdEf123456", "entra no grupo [URL]"),
    ("fr", "https://example.org/page#access_token=xyz", "[URL]"),
    ("en", "https://user:secret@example.org/", "[URL]"),
]

ADDRESSES = [
    ("es", "vivo en Calle 5 de Mayo 123, Tapachula", "vivo en [ADDRESS], Tapachula"),
    ("es", "la casa está en Av. Insurgentes Sur 1602, piso 3", "la casa está en [ADDRESS]"),
    ("es", "Carrera 7 # 45-10, Bogotá", "[ADDRESS], Bogotá"),
    ("es", "Calle Hidalgo s/n, Tapachula", "[ADDRESS], Tapachula"),
    ("es", "Manzana 5 Lote 12", "[ADDRESS]"),
    ("es", "C.P. 06700", "[ADDRESS]"),
    ("en", "I live at 123 Main St in Houston", "I live at [ADDRESS] in Houston"),
    ("en", "45 Elm Street, Apt 3B", "[ADDRESS]"),
    ("en", "P.O. Box 1234", "[ADDRESS]"),
    ("fr", "j'habite rue Saint-Denis 1200 à Montréal", "j'habite [ADDRESS] à Montréal"),
    ("fr", "12 rue de la Paix", "[ADDRESS]"),
    ("fr", "1200, rue Saint-Denis, Montréal", "[ADDRESS], Montréal"),
    ("fr", "code postal H2X 1Y4", "code postal [ADDRESS]"),
    ("pt", "moro na Rua das Flores, 45", "moro na [ADDRESS]"),
    ("pt", "Av. Paulista, 1000, apto 12", "[ADDRESS]"),
    ("pt", "CEP 01310-100", "[ADDRESS]"),
    ("ht", "m rete Ri Kapwa 12", "m rete [ADDRESS]"),
    # issue #18: a neighbourhood is an address (this line used to be left alone); the article
    # before an address goes with it (third round: readers count "la colonia Centro" as one)
    ("es", "vivo en la colonia Centro", "vivo en [ADDRESS]"),
]

NAMES = [
    ("es", "me llamo María López y tengo 16 años", "me llamo [NAME] y tengo 16 años"),
    ("es", "Mi nombre es Juan Pérez", "Mi nombre es [NAME]"),
    ("es", "me llamo maria de la cruz y tengo 16 años", "me llamo [NAME] y tengo 16 años"),
    ("es", "Soy Juan Pérez, de Honduras", "Soy [NAME], de Honduras"),
    ("es", "mi hija se llama Ana", "mi hija se llama [NAME]"),
    ("es", "me llamo Ana de Honduras", "me llamo [NAME] de Honduras"),
    ("en", "my name is john smith and I need help", "my name is [NAME] and I need help"),
    ("en", "I'm called Mary", "I'm called [NAME]"),
    ("en", "her name is Rosa", "her name is [NAME]"),
    ("en", "I'm Maria and I need help", "I'm [NAME] and I need help"),
    ("fr", "je m'appelle Jean-Baptiste", "je m'appelle [NAME]"),
    ("fr", "mon nom est Marie Dupont", "mon nom est [NAME]"),
    ("fr", "Je suis Marie.", "Je suis [NAME]."),
    ("pt", "meu nome é Ana Paula", "meu nome é [NAME]"),
    ("pt", "me chamo João", "me chamo [NAME]"),
    ("pt", "Sou Ana", "Sou [NAME]"),
    ("ht", "mwen rele Jean Pierre", "mwen rele [NAME]"),
    ("ht", "non m se Marie", "non m se [NAME]"),
    ("ht", "M se Jan", "M se [NAME]"),
]

MIXED = [
    (
        "es",
        "Hola, me llamo Ana, mi número es 555 123 4567 y vivo en Calle Hidalgo 12",
        "Hola, me llamo [NAME], mi número es [PHONE] y vivo en [ADDRESS]",
    ),
    (
        "en",
        "I'm Rosa, my passport is X1234567, email rosa@example.org, they owe me $1,200",
        "I'm [NAME], my passport is [ID], email [EMAIL], they owe me $1,200",
    ),
]

POSITIVE = PHONES + EMAILS + IDS + URLS + ADDRESSES + NAMES + MIXED


def _ids(cases):
    return [f"{lang}:{text[:40]}" for lang, text, _ in cases]


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVE, ids=_ids(POSITIVE))
def test_redacts(lang, text, expected):
    assert redact(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVE, ids=_ids(POSITIVE))
def test_redacts_whatever_the_language_hint(lang, text, expected):
    assert redact(text) == expected
    assert redact(text, "xx") == expected


# Must come back exactly as written ----------------------------------------------------
UNCHANGED = [
    # ages
    "tengo 16 años",
    "she is 15",
    "I am 17 years old",
    "j'ai 14 ans",
    "tenho 13 anos",
    # money
    "me deben 3500 pesos",
    "they owe me $1,200",
    "me pagaram R$ 2.000,00",
    "me quitaron 5000 dólares",
    "debo 8 mil",
    "me deben 1.500.000 pesos",
    "me cobraron 3.500.000 de pesos colombianos",
    "yo pagué 12000000 pesos por el viaje",
    "US$ 12000000",
    "m dwe 1 500 000 goud",
    # times, dates, years, durations
    "a las 10:30",
    "at 7pm",
    "at 7:45 pm",
    "el 12/05/2024",
    "12-05-2024 y 2024-05-12",
    "12.05.2024",
    "el 3 de mayo",
    "trabajé de 2019-2023",
    "trabajo 14 horas",
    "6 meses sin pago",
    # short numbers, emergency numbers and help lines
    "llama al 911",
    "Ligue 190 ou 180",
    "marque 123, 105 o 114",
    "Línea contra la trata: 800 5533 000",
    "National Human Trafficking Hotline 1-888-373-7888",
    "text 233733",
    "ligue 0800 555 0123",
    "tengo 3 hijos de 5, 7 y 9 años",
    # descriptions after soy / je suis / sou / I'm / m se
    "soy de Honduras",
    "soy menor",
    "soy mujer",
    "Soy Hondureña",
    "I'm Guatemalan",
    "I'm scared",
    "I'm in Tapachula",
    "je suis haïtienne",
    "Je suis en danger",
    "sou brasileira",
    "mwen se ayisyen",
    "me llamo así porque",
    # places, plain links, document words without a number
    "estoy en Tapachula, Chiapas",
    "vivo en Guatemala",
    "dormí en la calle 3 noches",
    "moro em São Paulo",
    "Estoy en la Ciudad de México",
    "visita www.gob.mx",
    "https://www.gob.mx/comar",
    "visita acnur.org/es",
    "mi pasaporte lo tiene mi jefe",
    "el pasaporte es de 2019",
    "sin 5000 pesos no me dejan salir",
    # machine identifiers in log lines
    "conversation 3f2a1234567890abcdef3f2a1234567890abcdef3f2a1234567890abcdef1234",
    "request 550e8400-e29b-41d4-a716-446655440000",
    "",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_leaves_alone(text):
    assert redact(text) == text
    assert not contains_identifier(text)


def test_combined_false_positive_guards():
    text = "El 3 de mayo de 2024 a las 10:30 me quitaron 5000 dólares; trabajo 14 horas y tengo 16 años."
    assert redact(text, "es") == text


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVE, ids=_ids(POSITIVE))
def test_idempotent(lang, text, expected):
    assert redact(expected) == expected


def test_spans_are_ordered_typed_and_disjoint():
    text = "me llamo Ana, escríbeme a ana@example.org o al +52 55 5555 0123; pasaporte G12345678"
    spans = redact_spans(text)
    assert [label for _, _, label in spans] == ["NAME", "EMAIL", "PHONE", "ID"]
    assert [text[s:e] for s, e, _ in spans] == ["Ana", "ana@example.org", "+52 55 5555 0123", "G12345678"]
    assert all(e1 <= s2 for (_, e1, _), (s2, _, _) in zip(spans, spans[1:]))


def test_contains_identifier():
    assert contains_identifier("mi número es 555 123 4567")
    assert contains_identifier("me llamo Ana")
    assert not contains_identifier("necesito ayuda, estoy en Tapachula")


def test_long_messages_and_line_breaks():
    text = "Hola.\nMe llamo Ana\nMi número:\n555 123 4567\n"
    assert redact(text) == "Hola.\nMe llamo [NAME]\nMi número:\n[PHONE]\n"


def test_fast_enough_for_every_message():
    message = (
        "Hola, me llamo María López, tengo 16 años y soy de Honduras. Estoy en Tapachula, vivo en "
        "Calle 5 de Mayo 123. Mi número es +52 1 55 1234 5678, el patrón me debe 3500 pesos y me "
        "quitó el pasaporte G12345678. Trabajo 14 horas al día. Escríbeme a ana@example.org"
    )[:300]
    # Issue #18's budget is 3 ms a message (rules + two taggers; bench/redaction.py measures it:
    # about 6 ms for 300 characters). These bounds are no speed target: they leave room for a busy
    # CI machine and catch runaway backtracking, which costs hundreds of milliseconds.
    assert min(_time_per_call(message) for _ in range(3)) < 0.015
    adversarial = ["1 2 3 " * 50, "Calle " + "Saint-Denis-Jean " * 20, "+(" * 150, "me llamo " * 35]
    for text in adversarial:
        best = min(_time_per_call(text) for _ in range(3))
        assert best < 0.025, f"{best * 1000:.2f} ms for {text[:30]!r}"


def _time_per_call(text: str, n: int = 50) -> float:
    start = time.process_time()  # CPU time: other processes on the machine don't count
    for _ in range(n):
        redact(text)
    return (time.process_time() - start) / n


# Issue #18: what people actually type. Table per class, in es, en, fr, pt, ht; all made up.
NAMES_AS_TYPED = [
    ("fr", "je m appelle marie", "je m appelle [NAME]"),
    ("en", "Im Sarah Connor and I need help", "Im [NAME] and I need help"),
    ("es", "soy juan y necesito ayuda", "soy [NAME] y necesito ayuda"),
    ("es", "mi nombre completo es ana maria lopez", "mi nombre completo es [NAME]"),
    ("en", "call me Jessica", "call me [NAME]"),
    ("fr", "moi c'est Fabiola", "moi c'est [NAME]"),
    ("pt", "sou a Luana e preciso de ajuda", "sou a [NAME] e preciso de ajuda"),
    ("es", "Carlos Mendoza me quitó los papeles", "[NAME] me quitó los papeles"),
    ("es", "mi hermana Carmen Ruiz está encerrada", "mi hermana [NAME] está encerrada"),
    ("en", "my boss Michael Brown keeps our passports", "my boss [NAME] keeps our passports"),
    ("pt", "meu chefe Ricardo Alves pegou meus documentos", "meu chefe [NAME] pegou meus documentos"),
    ("ht", "mwen rele Jean Pierre Dorvil", "mwen rele [NAME]"),
    ("ht", "sè m Rosemita nan Tijuana", "sè m [NAME] nan Tijuana"),
    ("es", "me llamo Xóchitl Pech", "me llamo [NAME]"),
    ("es", "pregunten por Yupanqui Quispe Mamani", "pregunten por [NAME]"),
    ("es", "le dicen el Güero", "le dicen [NAME]"),
]
LOCATIONS_AS_TYPED = [
    ("es", "vivo en la calle hidalgo 45", "vivo en [ADDRESS]"),
    ("es", "estamos en calle morelos esquina con allende", "estamos en [ADDRESS]"),
    ("es", "me tienen en la colonia las palmas", "me tienen en [ADDRESS]"),
    ("es", "es la casa frente a la iglesia de san judas", "es la casa [ADDRESS]"),
    ("es", "estoy en el hotel el dorado cuarto 14", "estoy en [ADDRESS]"),
    ("en", "I live on maple street", "I live on [ADDRESS]"),
    ("fr", "j'habite rue des érables 12", "j'habite [ADDRESS]"),
    ("pt", "moro na rua das acácias 45", "moro na [ADDRESS]"),
    ("pt", "estou no bairro são jorge", "estou no [ADDRESS]"),
    ("ht", "m rete ri Lamartinière 22", "m rete [ADDRESS]"),
    ("es", "mi ubicación 14.9071, -92.2655", "mi ubicación [ADDRESS]"),
    ("en", "https://maps.google.com/?q=25.7617,-80.1918", "[URL]"),
    ("en", "www.google.com/maps/@25.7617,-80.1918,17z", "[URL]"),
]
NUMBERS_IN_WORDS = [
    ("es", "mi cel es cinco cinco cinco uno dos tres cuatro cinco seis siete", "mi cel es [PHONE]"),
    ("es", "llámame al cincuenta y cinco doce treinta y cuatro cincuenta y seis", "llámame al [PHONE]"),
    ("es", "mi whats 55 cinco cinco 12 34 56", "mi whats [PHONE]"),
    ("en", "my number is five five five, two one two, three four five six", "my number is [PHONE]"),
    ("fr", "mon numéro cinq un quatre cinq cinq cinq zéro un deux trois", "mon numéro [PHONE]"),
    ("pt", "meu zap cinco cinco cinco nove oito sete meia meia dois um", "meu zap [PHONE]"),
    ("ht", "nimewo m se senk senk senk de twa kat senk sis sèt uit", "nimewo m se [PHONE]"),
]
EMAILS_IN_WORDS = [
    ("es", "mi correo es mari.tzul arroba gmail punto com", "mi correo es [EMAIL]"),
    ("en", "email dana.w at gmail dot com", "email [EMAIL]"),
    ("fr", "mon courriel nadege.pierre arobase yahoo point fr", "mon courriel [EMAIL]"),
    ("pt", "meu email luana.s arroba hotmail ponto com", "meu email [EMAIL]"),
    ("ht", "imel mwen guerline.ex arobaz gmail pwen com", "imel mwen [EMAIL]"),
    ("es", "juanito_88 @ hotmail . com", "[EMAIL]"),
    # the provider, then the user name alone (a dot, an underscore or a digit in it)
    ("es", "mi gmail es pedrito.ramos", "mi gmail es [EMAIL]"),
    ("en", "my hotmail: dani_m94 thanks", "my hotmail: [EMAIL] thanks"),
    ("es", "lo busque en gmail y no aparece", "lo busque en gmail y no aparece"),
    ("en", "gmail is down today", "gmail is down today"),
]
HANDLES = [
    ("es", "búscame en insta como @yesi.caal22", "búscame en insta como [HANDLE]"),
    ("en", "my insta is @dana_w_99", "my insta is [HANDLE]"),
    ("fr", "mon insta @wideline.jl", "mon insta [HANDLE]"),
    ("pt", "meu insta é luana_silva55", "meu insta é [HANDLE]"),
    ("es", "mi face es Yesenia Caal", "mi face es [HANDLE]"),
    ("en", "facebook.com/dana.williams.5555", "[URL]"),
    ("ht", "tiktok mwen se @widlande509", "tiktok mwen se [HANDLE]"),
]
IDS_AS_TYPED = [
    ("es", "mi INE es GMVLRS85042307M800", "mi INE es [ID]"),
    ("es", "clave de elector GMVLRS85042307M800", "clave de elector [ID]"),
    ("es", "mi pasaporte es cinco cinco cinco uno dos tres cuatro", "mi pasaporte es [ID]"),
]
AS_TYPED = NAMES_AS_TYPED + LOCATIONS_AS_TYPED + NUMBERS_IN_WORDS + EMAILS_IN_WORDS + HANDLES + IDS_AS_TYPED


@pytest.mark.parametrize(("lang", "text", "expected"), AS_TYPED, ids=_ids(AS_TYPED))
def test_redacts_as_typed(lang, text, expected):
    assert redact(text, lang) == expected


# Must survive: cities, organisations, colours, holy names, hotline numbers, words that are names.
SURVIVES = [
    "vengo de El Salvador, tengo miedo",
    "la OIM y ACNUR me dijeron que llame al 911",
    "me compré una blusa rosa",
    "comprei uma blusa rosa ontem",
    "estoy en Santa Ana con mi hijo",
    "la Cruz Roja nos dio comida",
    "gracias a Dios estoy bien",
    "I will call you tomorrow, I hope you can help",
    "I may need a lawyer",
    "my boss must pay overtime",
    "o senhor pode me atender em espanhol?",
    "IOM told me to call 911",
    "l'OIM m'a aidé à Port-au-Prince",
    "m nan Chile, m pa gen papye",
    "estou em Boa Vista, sou de Venezuela",
    "dormí en la calle tres noches",
    "moro na rua faz uma semana",
    "estoy en San Juan, Puerto Rico",
    "se faz favor",
    "patwon an pa peye m",
    "en julio me trajeron",
]


@pytest.mark.parametrize("text", SURVIVES)
def test_survives(text):
    assert redact(text) == text


# Issue #18, second round: the learned tagger (bot/privacy/tagger.py) adds to the rules.
# Per class, in es, en, fr, pt, ht; every person, number and place made up.
NAMES_WITHOUT_CUE_OR_LIST = [
    ("es", "me escribió un tal brayan desde el penal", "me escribió un tal [NAME] desde el penal"),
    ("es", "mi compañera es Yurisbel y la tienen igual", "mi compañera es [NAME] y la tienen igual"),
    ("en", "my boss Oluwaseun Adeyemi took our papers", "my boss [NAME] took our papers"),
    ("fr", "ma cousine Roseline Pierre-Louis travaille sans salaire", "ma cousine [NAME] travaille sans salaire"),
    ("pt", "quem manda é o seu Valdomiro", "quem manda é o [NAME]"),
    ("ht", "sè m Nadia Joseph nan Santo Domingo", "sè m [NAME] nan Santo Domingo"),
]
ADDRESSES_REGIONAL = [
    ("es", "vivimos en la 4a avenida 3-45 zona 1", "vivimos en [ADDRESS]"),
    ("es", "estamos en carrera 7 # 45-10 barrio La Candelaria", "estamos en [ADDRESS]"),
    ("es", "la casa queda frente al oxxo de la calle Zaragoza", "la casa queda [ADDRESS]"),
    ("en", "we stay behind the walmart on Grant", "we stay [ADDRESS]"),
    ("en", "I rent a room at 4521 W Cermak Rd apt 2", "I rent a room at [ADDRESS]"),
    ("fr", "on habite au 4580 rue de Bordeaux app. 6", "on habite au [ADDRESS]"),
    ("fr", "c est juste derrière le Provigo sur Jean-Talon", "c est [ADDRESS]"),
    ("pt", "moro na Rua Sete de Setembro, 88 - Centro", "moro na [ADDRESS]"),
    ("pt", "fico na quadra 12 lote 5, Jardim Primavera", "fico na [ADDRESS]"),
    ("ht", "m rete ri Pave #14 nan Delmas", "m rete [ADDRESS] nan Delmas"),
    ("ht", "m rete nan katye Fontamara", "m rete nan [ADDRESS]"),
]
HANDLES_AND_PAYMENT_KEYS = [
    ("en", "my cashapp is $keishaB22", "my cashapp is [HANDLE]"),
    ("en", "add me on snap dezzy.rr", "add me on snap [HANDLE]"),
    ("pt", "chave pix 8b2e6c10-1f4a-4d5e-9a77-3c0d5e2f9b11", "chave pix [HANDLE]"),
    ("es", "me pagaron por cash app a $yesiC", "me pagaron por cash app a [HANDLE]"),
    ("fr", "snap wideline.jl", "snap [HANDLE]"),
    ("ht", "cashapp mwen se $Wisly509", "cashapp mwen se [HANDLE]"),
]
# Issue #18, fifth round: names after kinship and role words in lower case, signatures,
# lodgings with their room, decorated handles.
FIFTH_ROUND = [
    ("es", "mi prima yesenia no contesta", "mi prima [NAME] no contesta"),
    ("es", "ok gracias\n- Rosa", "ok gracias\n- [NAME]"),
    ("es", "att: maria l.", "att: [NAME]."),
    ("pt", "o patrão seu Ronaldo ficou com meu passaporte", "o patrão [NAME] ficou com meu passaporte"),
    ("en", "my coworker jenny is still there", "my coworker [NAME] is still there"),
    ("fr", "le patron m. Dubois garde nos papiers", "le patron [NAME] garde nos papiers"),
    ("ht", "manman m Rozlin pa konn kote m ye", "manman m [NAME] pa konn kote m ye"),
    ("ht", "m nan otèl Flamboyan chanm 5", "m nan [ADDRESS]"),
    ("en", "MY SNAP IS XXLUCIAXX", "MY SNAP IS [HANDLE]"),
    ("ht", "snap xxdavidxx", "snap [HANDLE]"),
]
TAGGED = NAMES_WITHOUT_CUE_OR_LIST + ADDRESSES_REGIONAL + HANDLES_AND_PAYMENT_KEYS + FIFTH_ROUND


@pytest.mark.parametrize(("lang", "text", "expected"), TAGGED, ids=_ids(TAGGED))
def test_rules_and_tagger_together(lang, text, expected):
    assert redact(text, lang) == expected


# What the tagger must not take: places, help lines, services' links, machine identifiers.
SURVIVES_THE_TAGGER = [
    "vivo en Santiago, Chile",
    "estou em Rio Branco, no Acre",
    "m nan Okap kounye a",
    "visita www.gob.mx y acnur.org/es",
    "Línea contra la trata: 800 5533 000",
    "llamé al 911 y a la Cruz Roja",
    'POST /webhooks/twilio HTTP/1.1" 200',
    "request 550e8400-e29b-41d4-a716-446655440000",
    "me cobran 1,500 pesos por semana y trabajo 12 horas",
    "j'ai appelé le 811 pour ma fille",
    # fifth round: forms of address alone, a town with its country, countries people are promised work in
    "sim senhor", "não senhor, obrigada", "Georgetown, Guyana", "moro em Luanda, Angola",
    "me ofereceram trabalho na Nova Zelândia", "on va à l'hôtel de ville demain",
    "¿cuántas horas puedo trabajar como máximo?", "la niña tiene 8 años", "el chico tiene 11",
]


@pytest.mark.parametrize("text", SURVIVES_THE_TAGGER)
def test_tagger_leaves_alone(text):
    assert redact(text) == text


# Issue #18, sixth round (rules and extent only, the tagger as trained in the fifth): what
# the rules now add to the tagger's reading, and what must still stay.
SIXTH_ROUND = [
    ("pt", "quem me trouxe foi o Zé Pequeno", "quem me trouxe foi o [NAME]"),
    ("es", "la flaca Yesi me consiguió el trabajo", "la [NAME] me consiguió el trabajo"),
    ("en", "the Hendersons keep my passport", "the [NAME] keep my passport"),
    ("fr", "merci Dieunette pour l'aide", "merci [NAME] pour l'aide"),
    ("es", "gracias doña Lupita por todo", "gracias [NAME] por todo"),
    ("pt", "obrigada Dona Rosângela", "obrigada [NAME]"),
    ("ht", "estoy en ri Kapwa #12, Delmas 33", "estoy en [ADDRESS]"),
    ("ht", "m rete rue Capois 12, Delmas", "m rete [ADDRESS], Delmas"),
    ("es", "vivo en Jr. Huallaga 512, cercado", "vivo en [ADDRESS]"),
    ("es", "vivo en la calle Hidalgo 45, entrando por la gasolinera", "vivo en [ADDRESS]"),
    ("en", "we live at Bellaire and Fondren, by the taqueria", "we live at [ADDRESS]"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SIXTH_ROUND, ids=_ids(SIXTH_ROUND))
def test_sixth_round(lang, text, expected):
    assert redact(text, lang) == expected


@pytest.mark.parametrize("text", [
    "gracias a Dios estoy bien", "me ayudó la OIM y ACNUR, también la Cruz Roja", "estoy en Houston, Texas",
    "the Americans left", "what's the score of the Yankees game", "thanks for the help", "mèsi anpil",
    "in Houston and Dallas",
])
def test_sixth_round_leaves_alone(text):
    assert redact(text) == text


# Issue #18, eighth round: names in a story without a cue, in lower case, surnames alone, lists.
EIGHTH_ROUND = [
    ("es", "y ahi fue cuando ramiro me dijo que ya no podia salir", "y ahi fue cuando [NAME] me dijo que ya no podia salir"),
    ("es", "yo, mi prima sayuri y la nena estamos en un cuarto", "yo, mi prima [NAME] y la nena estamos en un cuarto"),
    ("es", "Mamani me pagaba cada quince dias", "[NAME] me pagaba cada quince dias"),
    ("en", "talked to keisha yesterday and she said they took her passport",
     "talked to [NAME] yesterday and she said they took her passport"),
    ("fr", "Dieuseul nous ramasse chaque matin", "[NAME] nous ramasse chaque matin"),
    ("pt", "eu tava com a kethellyn quando eles chegaram", "eu tava com a [NAME] quando eles chegaram"),
    ("ht", "patwon an, Jolicoeur, kenbe paspò nou", "patwon an, [NAME], kenbe paspò nou"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EIGHTH_ROUND, ids=_ids(EIGHTH_ROUND))
def test_eighth_round(lang, text, expected):
    assert redact(text, lang) == expected


@pytest.mark.parametrize("text", [
    "¿cómo es el trámite con la COMAR para pedir refugio?", "le consulat du Burkina Faso est où",
    "os dados são partilhados com a AIMA?", "nos vemos cerca del Paiz",
])
def test_eighth_round_leaves_alone(text):
    assert redact(text) == text


def test_rules_are_a_floor():
    """Whatever the rules find is redacted, whatever the tagger says."""
    from bot.privacy.rules import rule_spans

    for _, text, _ in POSITIVE + AS_TYPED + TAGGED:
        covered = bytearray(len(text))
        for s, e, _ in redact_spans(text):
            covered[s:e] = b"\1" * (e - s)
        for s, e, _ in rule_spans(text):
            assert all(covered[s:e]), text


def test_spans_of_different_kinds_stay_apart():
    text = "send to whatsapp:+5215555550123 (ana@example.org): status 400"
    assert redact(text) == "send to whatsapp:[PHONE] ([EMAIL]): status 400"


# The tagger's model: a gateway must never run without it (test_tagger_models.py, over the three models).


# Issue #18, third round: an address span reaches the whole locating description (street,
# number, cross street, neighbourhood, landmark, directions) and stops before the town.
ADDRESS_EXTENT = [
    ("es", "nos tienen en la 7a calle 4-20 zona 6, cerca del mercado La Terminal, Mixco",
     "nos tienen en [ADDRESS], Mixco"),
    ("es", "vivo de la escuela Los Ángeles 100 metros al oeste, portón verde, en Heredia",
     "vivo [ADDRESS], en Heredia"),
    ("es", "estoy en la calle 13 # 45-20, barrio La Floresta, al lado de la panadería", "estoy en [ADDRESS]"),
    ("en", "it is the Sunrise Motel on Main Street room 9", "it is [ADDRESS]"),
    ("en", "we stay at 812 Pecan St, Apt 5, in Laredo", "we stay at [ADDRESS], in Laredo"),
    ("fr", "j'habite au 220, rue Ontario Est, app. 4, près du parc", "j'habite au [ADDRESS]"),
    ("pt", "moro na Rua das Palmeiras, 77, fundos, bairro Santa Rita, em Manaus", "moro na [ADDRESS], em Manaus"),
    ("ht", "m rete Delmas 75, ri Sicot #3, toupre legliz Sen Michèl la", "m rete [ADDRESS]"),
    # coordinates in other notations
    ("es", "ubicación 15°28'10\"N 88°01'33\"W", "ubicación [ADDRESS]"),
    # 'ponto' (the spot the code names) goes with its code since the address tagger (round 16); the landmark stays
    ("pt", "pegamos no ponto 7VXQ+4C perto da balsa", "pegamos no [ADDRESS] perto da balsa"),
]
# A town, a country or a bare landmark points at no one person's place.
ADDRESS_EXTENT_STAYS = [
    "ofrecen trabajo en una fábrica de Corea",
    "trabajo en una finca en Chiapas",
    "the shelter is near the bus station in Houston",
    "nos vemos en el parque a las 5",
    "je suis dans une ferme près de Saint-Rémi",
    "they are dragging my sister into a car right now",
]


@pytest.mark.parametrize(("lang", "text", "expected"), ADDRESS_EXTENT, ids=_ids(ADDRESS_EXTENT))
def test_address_reaches_its_whole_description(lang, text, expected):
    assert redact(text, lang) == expected


@pytest.mark.parametrize("text", ADDRESS_EXTENT_STAYS)
def test_towns_and_bare_landmarks_stay(text):
    assert redact(text) == text


# Documents by shape, whatever their keyword: capitals and four digits or more, in one token
# or two; the pieces around a number belong to it.
CODES = [
    ("es", "placas del carro: GHR-55-31", "placas del carro: [ID]"),
    ("en", "the truck plate is TXB 5573", "the truck plate is [ID]"),
    ("fr", "numéro de client UCI 5551-2093", "numéro de client [ID]"),
    ("pt", "meu RNM é F555128-3 e tá vencido", "meu RNM é [ID] e tá vencido"),
    ("ht", "paspò li: K 5550 1234", "paspò li: [ID]"),
    ("ht", "nimewo dosye m se DS-555-0192", "nimewo dosye m se [ID]"),
    ("en", "my A number is A 210-555-418", "my A number is [ID]"),
]
CODES_STAY = ["tengo COVID-19 desde 2021", "me deben 5000 USD", "PAGO 5000 POR MES", "el 2024-2025 fue duro",
              "I rent a room at 4521 W Cermak Rd"]


@pytest.mark.parametrize(("lang", "text", "expected"), CODES, ids=_ids(CODES))
def test_codes_by_shape(lang, text, expected):
    assert redact(text, lang) == expected


@pytest.mark.parametrize("text", CODES_STAY)
def test_words_and_amounts_before_numbers_stay(text):
    assert "[ID]" not in redact(text)


# Handles after any platform or payment word, with "c'est", "li", "su cuenta" between.
HANDLES_AFTER_PLATFORMS = [
    ("es", "en tiktok su usuario es ofertas.trabajo.mx", "en tiktok su usuario es [HANDLE]"),
    ("en", "my venmo is Dana-Wills-55", "my venmo is [HANDLE]"),
    ("fr", "mon snap c'est lulu.qc98", "mon snap c'est [HANDLE]"),
    ("pt", "o insta dele é rafa_mc22", "o insta dele é [HANDLE]"),
    ("ht", "tiktok li ti_jak_509", "tiktok li [HANDLE]"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HANDLES_AFTER_PLATFORMS, ids=_ids(HANDLES_AFTER_PLATFORMS))
def test_handles_after_platform_words(lang, text, expected):
    assert redact(text, lang) == expected


# Names, third round: a given name in lower case after "con/with/avec/com/ak", nicknames after
# "calls him / chama ele de / se fait appeler / alias", French "M." and Kreyòl "mesye", "pitit fi m".
NAMES_THIRD_ROUND = [
    ("es", "ando con yesenia en la central", "ando con [NAME] en la central"),
    ("es", "todos lo conocen como el Gallo", "todos lo conocen como [NAME]"),
    ("en", "everyone calls him Tiny", "everyone calls him [NAME]"),
    ("fr", "je travaille avec sandrine tous les jours", "je travaille avec [NAME] tous les jours"),
    ("fr", "mon employeur M. Gagnon garde mon passeport", "mon employeur [NAME] garde mon passeport"),
    ("fr", "il se fait appeler Le Boss", "il se fait appeler [NAME]"),
    ("pt", "todo mundo chama ele de Magrão", "todo mundo chama ele de [NAME]"),
    ("pt", "tô com a kauane na rodoviária", "tô com a [NAME] na rodoviária"),
    ("ht", "pitit fi m Daphnée gen 14 an", "pitit fi m [NAME] gen 14 an"),
    ("ht", "patwon an rele Mesye Duvalsaint", "patwon an rele [NAME]"),
]
NAMES_THIRD_ROUND_STAY = ["ici c'est Drummondville", "vivo con miedo",
                          "I work with people from Honduras", "je suis avec ma fille"]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMES_THIRD_ROUND, ids=_ids(NAMES_THIRD_ROUND))
def test_names_third_round(lang, text, expected):
    assert redact(text, lang) == expected


@pytest.mark.parametrize("text", NAMES_THIRD_ROUND_STAY)
def test_towns_and_words_after_name_cues_stay(text):
    assert redact(text) == text


# Issue #18, fourth round: addresses the way people type them on a phone. The rules alone
# catch these (the tagger learns the rest from scripts/redaction_corpus/).
ADDRESSES_ON_A_PHONE = [
    # a neighbourhood word after "en la", "no", "nan", "dans le": its name in lower case, any words
    ("es", "estamos en el fraccionamiento los olivos manzana 4 lote 12", "estamos en [ADDRESS]"),
    ("es", "vivo en el residencial villa real casa 3", "vivo en [ADDRESS]"),
    ("es", "vivo en el asentamiento nueva esperanza", "vivo en [ADDRESS]"),
    ("pt", "moro no bairro jardim america", "moro no [ADDRESS]"),
    ("fr", "j'habite dans le lotissement les palmiers", "j'habite dans [ADDRESS]"),
    ("ht", "m rete nan koridò sen antwan", "m rete nan [ADDRESS]"),
    ("ht", "m rete nan katye site milite", "m rete nan [ADDRESS]"),
    # units, numbered and country roads
    ("es", "vivo en la casa 3", "vivo en [ADDRESS]"),
    ("pt", "qd 5 conjunto 3 casa 12", "[ADDRESS]"),
    ("es", "estoy en hab 15 del hotel", "estoy en [ADDRESS] del hotel"),
    ("en", "the trailer is on county road 214", "the trailer is on [ADDRESS]"),
    ("en", "we stay off fm 1960 w", "we stay [ADDRESS]"),
    ("es", "estoy en calle primera num 943", "estoy en [ADDRESS]"),
    # after a house number any word is the street's name
    ("en", "they have me at 2827 walnut cir", "they have me at [ADDRESS]"),
    ("en", "the 3261 block of s riverside road", "[ADDRESS]"),
    ("fr", "venez me chercher au 7329 rue henri-bourassa app 18", "venez me chercher au [ADDRESS]"),
    ("fr", "j habite 3737 bis rue monselet", "j habite [ADDRESS]"),
    ("es", "la direccion es pasaje 20 de julio mz 23 lt 42", "la direccion es [ADDRESS]"),
    # cross streets
    ("en", "we are on maple and 3rd", "we are on [ADDRESS]"),
    ("en", "corner of elm and main", "[ADDRESS]"),
    ("es", "la casa esta en calle santa monica entre vicente guerrero y matamoros", "la casa esta en [ADDRESS]"),
    ("es", "c/ central esq los fresnos", "[ADDRESS]"),
    ("pt", "a gente mora na rua da paz esquina com rio negro", "a gente mora na [ADDRESS]"),
    ("fr", "on est au coin mont-royal et pasteur", "on est au [ADDRESS]"),
    ("ht", "nou rete kafou capois ak fleuriot", "nou rete [ADDRESS]"),
    # the street word left out (Mexico, Central America), a compass point, a numbered neighbourhood
    ("es", "estoy en la hidalgo 230 col centro", "estoy en [ADDRESS]"),
    ("es", "vivo en morelos 45 esquina con juarez", "vivo en [ADDRESS]"),
    ("en", "i live at 812 e houston st apt 4", "i live at [ADDRESS]"),
    ("ht", "m rete delma 33 ri kapwa #12", "m rete [ADDRESS]"),
    ("ht", "m rete ri kapwa #12 Okap", "m rete [ADDRESS] Okap"),
    # kilometre stones with their road, named parks and estates, "sin número"
    ("es", "la casa queda en kilometro 108 de la carretera a chinandega", "la casa queda en [ADDRESS]"),
    ("es", "el rancho queda camino a tapachula km 43", "el rancho queda [ADDRESS]"),
    ("en", "i stay at Riverside mobile home park space 48", "i stay at [ADDRESS]"),
    ("es", "vivo en calle 14 sin numero", "vivo en [ADDRESS]"),
    ("ht", "se nan kwen ri turgeau ak ri simon pele", "se nan [ADDRESS]"),
    # a landmark with its owner's name: the shop pinpoints the house
    ("pt", "moro em frente a padaria do ze", "moro [ADDRESS]"),
    ("en", "the house is across from sol's barber shop", "the house is [ADDRESS]"),
    ("ht", "nou rete anfas boutik madan jak", "nou rete [ADDRESS]"),
    ("fr", "on est en face de la boulangerie de marie", "on est [ADDRESS]"),
    # a house told apart by its colour, its order or what it is made of, and the landmark by it
    ("es", "vivo en la casa azul al lado de la iglesia", "vivo en [ADDRESS]"),
    ("es", "el rancho es la finca pasando el puente", "el rancho es [ADDRESS]"),
    ("es", "es la casa con porton negro a la par de la pulperia", "es [ADDRESS]"),
    ("en", "we stay in the blue trailer behind the church", "we stay in [ADDRESS]"),
    ("fr", "c'est la troisieme maison apres le depanneur", "c'est [ADDRESS]"),
    ("ht", "se kay ble a bò legliz la", "se [ADDRESS]"),
    # map links and plus codes
    ("en", "https://plus.codes/76VVQ9C8+2C", "[URL]"),
    ("es", "mi ubicacion waze.com/ul/h9g3qv0xyz", "mi ubicacion [URL]"),
    ("en", "my location 387QX33R+9R", "my location [ADDRESS]"),
]
# What the same words say when they point at no one place.
ADDRESSES_ON_A_PHONE_STAY = [
    "estuve en esa casa 3 meses",
    "en el barrio hay mucha violencia",
    "vivo en la colonia pero no sé el nombre",
    "en la colonia la gente es mala",
    "una muchacha del barrio dice que la vendieron",
    "perdí mi pasaporte en el bus entre Quito y Guayaquil",
    "to na rua faz 3 dias, com frio e fome",
    "ils me déposent à un coin de rue pour mendier",
    "esos tipos están en la esquina de la casa desde anoche",
    "on monday and tuesday",
    "at home and at work",
    "jai failli mourir qd la lumière a coupé",
    "https://www.google.com/maps/place/Tapachula",
    "cerca de la iglesia de mi barrio",
    "near my mom's house",
    "I have a small house near the school",
    "trabajo en una finca cerca de Tapachula",
    "vivo en la Paz 12",
    "vivo en Juárez 45 años",
    "estoy en Morelos desde 2019",
    "trabajo en García 8 horas al día",
    "we live in a trailer park",
    "I clean their rental apartments too",
    "I take route 9 to work",
    "quanto custa a passagem de Pacaraima a Boa Vista?",
]
# A town alone is no one's address, whatever the tagger reads into "in" or "na".
TOWNS_THE_TAGGER_MAY_TAKE = ["im in sacramento", "moro em manaus", "je suis à gatineau"]


@pytest.mark.parametrize("text", TOWNS_THE_TAGGER_MAY_TAKE)
def test_a_town_alone_is_no_address(text):
    assert "[ADDRESS]" not in redact(text)


@pytest.mark.parametrize(("lang", "text", "expected"), ADDRESSES_ON_A_PHONE, ids=_ids(ADDRESSES_ON_A_PHONE))
def test_addresses_as_typed_on_a_phone(lang, text, expected):
    assert redact(text, lang) == expected


@pytest.mark.parametrize("text", ADDRESSES_ON_A_PHONE_STAY)
def test_place_words_that_point_at_no_one_place_stay(text):
    assert not [span for span in rule_spans(text) if span[2] == "ADDRESS"]



# Issue #18, seventh round: a town that closes an address stays, though it is a given name too.
@pytest.mark.parametrize("text, expected", [
    ("i stay at 4567 s congress ave #210 Austin", "i stay at [ADDRESS] Austin"),
    ("my address is 9021 n broadway apt 2c Denver.", "my address is [ADDRESS] Denver."),
    ("vivo en calle 5 num 12, Austin es mi hermano", "vivo en [ADDRESS], [NAME] es mi hermano"),
])
def test_a_town_closing_an_address_stays(text, expected):
    assert redact(text) == expected


# Issue #18, ninth round: names without a cue read by their deed, word-names, sign-offs and initials,
# and handles without an @ (checked through redact(), with the tagger).
NINTH_ROUND = [
    ("es", "milagros me dijo que no le pagan desde marzo", "[NAME] me dijo que no le pagan desde marzo"),
    ("en", "princess is 15 and she cant leave the apartment", "[NAME] is 15 and she cant leave the apartment"),
    ("fr", "le patron s'appelle J. Pierre et il garde nos papiers", "le patron s'appelle [NAME] et il garde nos papiers"),
    ("pt", "oi aqui e a kethlen, preciso de ajuda", "oi aqui e a [NAME], preciso de ajuda"),
    ("ht", "bienaimé pa ka soti nan kay la", "[NAME] pa ka soti nan kay la"),
    ("es", "dios les pague. bendiciones, doña cata", "dios les pague. bendiciones, [NAME]"),
    ("es", "mi face es juanita.perez.77 por si me escriben", "mi face es [HANDLE] por si me escriben"),
    ("en", "insta: kethy_s", "insta: [HANDLE]"),
    ("pt", "o recrutador tem tiktok dayana__oficial", "o recrutador tem tiktok [HANDLE]"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NINTH_ROUND, ids=_ids(NINTH_ROUND))
def test_ninth_round(lang, text, expected):
    assert redact(text, lang) == expected


@pytest.mark.parametrize("text", [
    "no hay luz en el cuarto desde hace 3 dias", "ya no tengo esperanza de que me devuelvan los papeles",
    "i was in junior high when i first came here", "it was a blessing that the neighbor called",
    "je garde l'espérance de revoir mes enfants", "IOM told me to call 911",
    "¿hay alguna organización que ayude con la visa T?",  # a letter alone the tagger reads as a name
])
def test_ninth_round_leaves_alone(text):
    assert redact(text) == text


# Issue #18, tenth round: a tagger span does not end on a preposition and its article
# ("la cantina la gloria [en la] frontera"); Kreyòl's article after the noun stays in.
@pytest.mark.parametrize("text, span, kept", [
    ("la cantina la gloria en la frontera", "la cantina la gloria en la", "la cantina la gloria"),
    ("the motel on the corner in the", "the motel on the corner in the", "the motel on the corner"),
    ("kay ki bò legliz batis la", "kay ki bò legliz batis la", "kay ki bò legliz batis la"),
    ("ri pave kay jòn nan", "ri pave kay jòn nan", "ri pave kay jòn nan"),
])
def test_tagger_span_without_dangling_links(text, span, kept):
    from bot.privacy.redaction import _without_dangling_links

    s, e, _ = _without_dangling_links(text, (text.index(span), text.index(span) + len(span), "ADDRESS"))
    assert text[s:e] == kept


# Issue #18, twelfth round (writers p and q in the corpus): long names whole once part of one is found,
# a shop or home told by its owner with where it is, Brasília's sector codes (through redact(), with the tagger).
TWELFTH_ROUND = [
    ("es", "me llamo María de los Ángeles Quispe Huamán y necesito ayuda", "me llamo [NAME] y necesito ayuda"),
    ("es", "juan carlos de la cruz ramírez me quitó el pasaporte", "[NAME] me quitó el pasaporte"),
    ("en", "Jacqueline Le Blanc-Dupuis has our papers", "[NAME] has our papers"),
    ("fr", "la patronne c'est Madame Nathalie Van den Bossche", "la patronne c'est [NAME]"),
    ("pt", "minha patroa é dona Maria José de Souza Lima", "minha patroa é [NAME]"),
    ("es", "Luz trabaja en la tiendita de don Eusebio en la esquina de la 5 y la Morelos",
     "[NAME] trabaja en [ADDRESS]"),
    ("ht", "m rete lakay madan Jozèf dèyè legliz la", "m rete [ADDRESS]"),
    ("fr", "on habite chez madame Solange derrière le marché", "on habite [ADDRESS]"),
    ("pt", "moro na SQN 308 bloco C ap 204, em Brasília", "moro na [ADDRESS], em Brasília"),
    ("pt", "fico na QNM 12 conjunto B casa 5, Ceilândia", "fico na [ADDRESS], Ceilândia"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TWELFTH_ROUND, ids=_ids(TWELFTH_ROUND))
def test_twelfth_round(lang, text, expected):
    assert redact(text, lang) == expected


@pytest.mark.parametrize("text", [
    "I called the hotline and IOM gave me this number",
    "cerca de la iglesia, la casa es grande",
    "I'm near the church, the house is big",
    "estoy en el centro de Tijuana, cerca de la frontera, en el albergue",
    "llamé a la Cruz Roja y a ACNUR pero nadie contesta",
    "we are at the shelter in Houston, Texas",
    "estamos en el centro, cerca de la iglesia",
    "la OIM me dio este número, estoy en Chiapas",
])
def test_twelfth_round_leaves_alone(text):
    assert redact(text) == text


# Issue #18, twelfth round: a vehicle's plate after its word is identifying.
@pytest.mark.parametrize("text, expected", [
    ("se la llevaron en una troca de placas JKL 4471", "se la llevaron en una troca de placas [ID]"),
    ("o carro dele é um uno branco placa BRA2E19", "o carro dele é um uno branco placa [ID]"),
    ("the license plate was 7ABC123", "the license plate was [ID]"),
    ("la plaque c'est GHT 552, un camion blanc", "la plaque c'est [ID], un camion blanc"),
    ("machin nan gen plak AB-12345", "machin nan gen plak [ID]"),
])
def test_a_vehicle_plate_after_its_word(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize("text", [
    "una placa de metal con el numero 12", "la placa base tiene 2 GB", "my plates expired in 2023",
    "le dieron una placa de reconocimiento en 2019",
])
def test_no_plate_without_a_plate_shape(text):
    assert redact(text) == text


# Issue #18, twelfth round: a document's acronym in lower case, its issuer and series, a refugee protocol.
@pytest.mark.parametrize("text, expected", [
    ("o rg dela é SP-22.431.118", "o rg dela é [ID]"),
    ("rg 4.552.190 SSP/BA, pode ajudar?", "rg [ID], pode ajudar?"),
    ("a minha ctps é 7654321 série 0045-SP", "a minha ctps é [ID]"),
    ("meu protocolo de refúgio é 08505.112233/2025-41", "meu protocolo de refúgio é [ID]"),
    ("mi curp es GOMR920314HCSNRS07", "mi curp es [ID]"),
])
def test_document_pieces_and_lower_case_acronyms(text, expected):
    assert redact(text) == expected


# Issue #18, thirteenth round: a file's number in French and Kreyòl, a work card's number with its series.
@pytest.mark.parametrize("text, gone", [
    ("nimewo dosye m se 2025-MX-1184, avoka a di m tann", "2025-MX-1184"),
    ("mon dossier c'est le 2023-QC-55120", "2023-QC-55120"),
    ("minha carteira de trabalho é 7712045 série 0041, ficou com o patrão", "0041"),
    ("a ctps dele é 3345120 serie 0099-SP", "0099-SP"),
])
def test_file_and_work_card_numbers(text, gone):
    assert gone not in redact(text)


@pytest.mark.parametrize("text", [
    "mon dossier est chez l'avocat depuis 2023",
    "a série de tv que eu vejo tem 5 temporadas",
])
def test_file_words_without_a_number_stay(text):
    assert redact(text) == text


# Issue #18, fourteenth round: a document's letter in lower case glued by a dash, an A-number read as a phone.
@pytest.mark.parametrize("text, gone", [
    ("mi cedula venezolana es v-19.876.543, ayuda", "v-19.876.543"),
    ("my a# is a-076-543-210 and i need a lawyer", "a-076-543-210"),
    ("nimewo a m se a 204 333 918, m bezwen ed", "a 204 333 918"),
])
def test_a_document_letter_in_lower_case(text, gone):
    from bot.privacy.redaction import redact
    out = redact(text)
    assert "[ID]" in out and not any(part in out for part in gone.replace("-", " ").split() if len(part) > 1)
