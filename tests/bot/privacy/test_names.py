"""names.py alone (the rules' floor for names): sign-offs, initials, everyday words that are
also given names, and the kinship/role words the tagger reads as one feature."""
import pytest

from bot.privacy.names import ROLE_WORD, name_spans


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in name_spans(text)]


SIGNED = [
    ("att: maria l.", ["maria l"]),
    ("ok gracias\n- Rosa", ["Rosa"]),
    ("ok\n-- Rosa M.", ["Rosa M"]),
    ("saludos, Rosa", ["Rosa"]),
    ("atentamente, Yesenia", ["Yesenia"]),
    ("cordialement, Fabiola", ["Fabiola"]),
    ("abraço, Jussara", ["Jussara"]),
]
NOT_SIGNED = [
    ("compre una blusa rosa", []),
    ("la blusa - rosa - es bonita", []),
    ("saludos a todos", []),
    ("atentamente, la familia", []),
    ("me llamo Juan y. tu?", ["Juan"]),  # "y" is a word, not an initial
]


@pytest.mark.parametrize("text, expected", SIGNED)
def test_signatures_and_initials(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", NOT_SIGNED)
def test_no_signature_without_a_name(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "¿cuántas horas puedo trabajar como máximo?",
    "qual o máximo de horas por lei?",
    "neta ya no aguanto",
    "vecina mía, ayúdame",
    "des hommes sont venus hier",
])
def test_everyday_words_that_are_also_given_names_stay(text):
    assert _names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("se llama Neta", ["Neta"]),
    ("mi hermano Máximo no vino", ["Máximo"]),
])
def test_those_words_are_names_with_a_cue_or_a_capital(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("word, role", [
    ("prima", True), ("patrao", True), ("manman", True), ("coworker", True), ("seu", True), ("bos", True),
    ("chauffeur", True), ("compa", True), ("pedro", False), ("rosa", False), ("casa", False), ("mi", False),
])
def test_role_words(word, role):
    assert bool(ROLE_WORD.fullmatch(word)) is role


# Issue #18, sixth round: the classes the fifth round still missed.
@pytest.mark.parametrize("text, expected", [
    # a nickname's word goes with the name
    ("el que manda es big mike", ["big mike"]),
    ("la flaca Yesi me consiguió el trabajo", ["flaca Yesi"]),
    ("trabajo para el Chaparro Benítez", ["Chaparro Benítez"]),
    # families in the plural
    ("the Hendersons keep my passport", ["Hendersons"]),
    ("the Joneses took us", ["Joneses"]),
    ("vivo con los Ramírez en la finca", ["Ramírez"]),
    ("je travaille chez les Dorval", ["Dorval"]),
    ("moro com os Oliveira", ["Oliveira"]),
    # right after thanks and greetings
    ("merci Dieunette pour l'aide", ["Dieunette"]),
    ("thanks Kev, will call later", ["Kev"]),
    ("mèsi Wilguens", ["Wilguens"]),
    ("hola soy yesica", ["yesica"]),
    # animals named like people
    ("o gato Ronaldo ficou lá", ["Ronaldo"]),
    ("my dog Max is with them", ["Max"]),
])
def test_nicknames_families_greetings_and_pets(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "the Americans left", "the Mexicans and the Haitians", "the Chinese", "los mexicanos de la obra",
    "what's the score of the Yankees game", "los Angeles", "the Philippines",
    "gracias a Dios", "gracias Señor", "merci Seigneur", "mèsi Bondye", "thanks God",
    "thanks Officer", "gracias Profe", "merci Madame", "hola buenas tardes", "thanks for the help",
    "merci beaucoup", "obrigada pela ajuda", "mèsi anpil", "hello Team", "gracias amiga",
    "la niña tiene 8 años", "tengo un vestido rosa", "the big house", "el negro de la camioneta",
])
def test_peoples_faith_titles_and_everyday_words_stay(text):
    assert _names(text) == []


# After a self-introduction, a given name that is also a word goes with the given name after it.
@pytest.mark.parametrize("text, expected", [
    ("SOY ROSA ELVIA TZOC", ["ROSA ELVIA TZOC"]),
    ("soy rosa elvia", ["rosa elvia"]),
    ("soy flor maria", ["flor maria"]),
    ("soy rosa", []),
    ("soy rosa y tengo 15", []),
])
def test_a_word_name_after_soy_with_another_given_name(text, expected):
    assert _names(text) == expected


# Issue #18, eighth round: names the cues and templates did not know (surnames alone as the
# subject, rarer given names after kinship words or "com a", Indigenous, Afro-descendant,
# Haitian and Brazilian names and nicknames of the curated list).
@pytest.mark.parametrize("text, expected", [
    # a capitalised surname alone, as the subject or in mid-sentence
    ("Mamani me pagaba cada quince dias", ["Mamani"]),
    ("Quispe menace de nous dénoncer", ["Quispe"]),
    ("o Huanca controla tudo na oficina", ["Huanca"]),
    ("patwon an, Jolicoeur, kenbe paspò nou", ["Jolicoeur"]),
    ("cuando llegamos, Xiloj nos quito los celulares", ["Xiloj"]),
    # a rarer given name as the subject
    ("Juninho tem uma arma", ["Juninho"]),
    # after "o tal", and after "com a" / "con la"
    ("o tal Wellington pegou nossos documentos", ["Wellington"]),
    ("eu tava com a kethellyn quando eles chegaram", ["kethellyn"]),
    # a rarer given name in lower case after a kinship word
    ("eu, minha prima sayuri e a nenê", ["sayuri"]),
    # names of the curated list (scripts/name_lists/nicknames_and_new_names.txt)
    ("Wilguens travay avè m nan faktori a", ["Wilguens"]),
    ("Djenny est partie avec un homme", ["Djenny"]),
    ("Kayden and Bryce watch the door", ["Kayden", "Bryce"]),
    ("chayo me presto su telefono", ["chayo"]),
    ("el chepe nos cuida", ["chepe"]),
    ("Thiarlles me passou esse número", ["Thiarlles"]),
])
def test_names_without_a_cue_the_templates_did_not_know(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "¿cómo es el trámite con la COMAR para pedir refugio?",  # an acronym, not a surname
    "os dados são partilhados com a AIMA?",
    "le consulat du Burkina Faso est où",  # the second word of a country
    "estoy en Tijuana con mi hija",  # a town after a locative word
    "nos vemos cerca del Paiz",  # a shop after a locative word and an article
    "con la casa llena de gente",  # 'con la' before an everyday word
    "el chucho ladra toda la noche",  # a nickname that is also a word, in lower case
])
def test_acronyms_countries_and_words_after_those_cues_stay(text):
    assert _names(text) == []
