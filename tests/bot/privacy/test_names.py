"""names.py alone (the rules' floor for names): sign-offs, initials, everyday words that are
also given names, and the kinship/role words the tagger reads as one feature."""
import pytest

from bot.privacy.names import ROLE_WORD, extend_names, name_spans


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


# Issue #18, ninth round: names read by what the sentence says the word does (a deed, an age, "y yo"),
# names that are everyday words, sign-offs, initials, apostrophes and nicknames with an article.
@pytest.mark.parametrize("text, expected", [
    # the subject of a deed, in lower case, with no cue
    ("despues de eso eliud nos llevo a otra casa", ["eliud"]),
    ("ontem o wandeclei levou a gente", ["wandeclei"]),
    ("so then tavion drove us to the other house", ["tavion"]),
    # everyday words that are names, doing what a person does or with an age
    ("milagros me dijo que no le pagan", ["milagros"]),
    ("luz y yo dormimos en el piso", ["luz"]),
    ("lovely told me the boss took her phone", ["lovely"]),
    ("princess is 15 and she cant leave", ["princess"]),
    ("innocent a perdu son passeport", ["innocent"]),
    ("bienaimé pa ka soti nan kay la", ["bienaimé"]),
    ("espérance gen 14 an", ["espérance"]),
    ("a esperança tem 15 anos e trabalha lá", ["esperança"]),
    ("mi amiga esperanza no puede salir", ["esperanza"]),
    # a name joined to one just found, a name opening a greeting with "here"
    ("estoy con anyeli y kendry en la terminal", ["anyeli", "kendry"]),
    ("hi, lovely here, i need help", ["lovely"]),
    ("oi aqui e a kethlen, preciso de ajuda", ["kethlen"]),
    # the kin of someone named
    ("la mamá de yarelis no sabe donde esta", ["yarelis"]),
    # sign-offs: the last words of the message, in any case, after a title too
    ("ok ya les mande todo. att. sandra m.", ["sandra m"]),
    ("bendiciones, doña cata", ["cata"]),
    ("bjs, lu", ["lu"]),
    ("ok i will wait. regards, keon w.", ["keon w"]),
    # initials before a name, particles glued by an apostrophe
    ("the manager is J. Pierre, he takes half", ["J. Pierre"]),
    ("D'Andre and O'Neil run the house", ["D'Andre", "O'Neil"]),
    # everyday words as nicknames, with an article and a deed, or named as someone
    ("la flaca nos vigila todo el dia", ["flaca"]),
    ("el encargado es el chino, el nos quita la mitad", ["chino"]),
    ("o neguinho fica na porta com uma arma", ["neguinho"]),
    ("gwo nèg la gen zam", ["gwo nèg"]),
])
def test_names_read_by_their_place_in_the_story(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "no hay luz en el cuarto desde hace 3 dias",
    "ya no tengo esperanza de que me devuelvan los papeles",
    "nao tenho mais esperança de sair daqui",
    "i was in junior high when i first came here",
    "what are my rights as a junior employee",
    "it was a blessing that the neighbor called",
    "he says he is innocent but he took our passports",
    "il faut rester fidèle à la parole donnée",
    "foi uma vitória sair de lá",
    "a luz sumiu de novo",  # the power, with an article and no age
    "comimos arroz chino y sopa",
    "estoy muy flaca porque casi no nos dan comida",
    "el negro de la camioneta",
    # words no list knows, and pronouns, doing things
    "IOM told me to call 911",
    "a man at the motel won't let me go and already hit me",
    "eles têm que pagar hora extra?",
    "une élève de 14 ans m'a dit qu'elle travaille la nuit",
    "on se marie quand toi et moi",
    # common words that are names too, after a kinship word, a greeting or a sign-off
    "if I report my boss will immigration come after me",
    "mi jefe dice que me van a deportar",
    "minha mãe mora em Cochabamba",
    "bueno me despido",
    "nem vem com isso",
    "bye bye",
    "ok i'm signing off, bye bye",
    "HELP THEYRE HERE",
])
def test_words_that_only_look_like_those_names_stay(text):
    assert _names(text) == []


# extend_names: a name a detector cut short goes on over its particles and surnames.
@pytest.mark.parametrize("text, found, expected", [
    ("me llamo María de los Ángeles Quispe Huamán y necesito ayuda", "María", "María de los Ángeles Quispe Huamán"),
    ("Jacqueline Le Blanc-Dupuis has our papers", "Jacqueline", "Jacqueline Le Blanc-Dupuis"),
    ("la patronne c'est Nathalie Van den Bossche", "Nathalie", "Nathalie Van den Bossche"),
    ("juan carlos de la cruz ramírez me quitó el pasaporte", "juan carlos", "juan carlos de la cruz ramírez"),
    ("mary ann dela cruz brought me here", "mary ann", "mary ann dela cruz"),
    ("mi prima Yesenia Lisbeth Paredes de León está encerrada", "Yesenia Lisbeth Paredes", "Yesenia Lisbeth Paredes de León"),
    ("minha patroa é Maria José de Souza Lima", "Maria José de Souza", "Maria José de Souza Lima"),
    ("j'étais avec Jean-Claude Anglade de Saint-Cyr", "Jean-Claude Anglade", "Jean-Claude Anglade de Saint-Cyr"),
    ('the one in charge is Armando "el Tigre" Salcedo', "Armando", 'Armando "el Tigre" Salcedo'),
    ("I work for Mr. Patrick de Villiers in his house", "Mr", "Mr. Patrick de Villiers"),
    ("francisca helena de lima é minha mãe", "francisca helena de", "francisca helena de lima"),
])
def test_a_long_name_goes_on_over_particles_and_surnames(text, found, expected):
    s = text.index(found)
    assert [text[a:b] for a, b, _ in extend_names(text, [(s, s + len(found), "NAME")])] == [expected]


@pytest.mark.parametrize("text, found, expected", [
    # two pieces of one name with particles between them become one
    ("escribí a Maricruz de la Paz Ocampo", ["Maricruz", "Paz Ocampo"], ["Maricruz de la Paz Ocampo"]),
    ("la señora Juana de Dios Pérez Quisbert me pega", ["señora Juana", "Pérez Quisbert"],
     ["señora Juana de Dios Pérez Quisbert"]),
    # an address the tagger read in a surname: capitalised words, no number
    ("José Luis de la Torre Benítez es el que cobra", ["José Luis", "la Torre Benítez"], ["José Luis de la Torre Benítez"]),
])
def test_pieces_of_one_name_are_joined(text, found, expected):
    spans = []
    for piece, label in zip(found, ("NAME", "ADDRESS" if "Torre" in found[1] else "NAME")):
        s = text.index(piece)
        spans.append((s, s + len(piece), label))
    assert [text[a:b] for a, b, _ in extend_names(text, spans)] == expected


@pytest.mark.parametrize("text, found, expected", [
    ("vengo con Juan de León", "Juan", "Juan"),  # one word and a town after "de": where he is from
    ("Rosa Martínez en Tijuana", "Rosa Martínez", "Rosa Martínez"),
    ("Pedro Gómez me dijo que no", "Pedro Gómez", "Pedro Gómez"),
    ("Carlos Cruz Roja me ayudó", "Carlos", "Carlos"),  # an organisation after a name stays
    ("Ana López, Monterrey", "Ana López", "Ana López"),
    ("vi a Pedro. Ayer llovió", "Pedro", "Pedro"),
    ("Pedro\nGonzález", "Pedro", "Pedro"),
    ("mary ann brought me here", "mary ann", "mary ann"),  # a lower-case word without a particle may be a verb
    ("vengo de parte de Juan de Dios", "Juan", "Juan"),  # "Dios" goes on a name only before a surname
])
def test_a_name_stops_at_towns_places_and_ordinary_words(text, found, expected):
    s = text.index(found)
    assert [text[a:b] for a, b, _ in extend_names(text, [(s, s + len(found), "NAME")])] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("I called the hotline and IOM gave me this number", []),
    ("I called the police", []),
    ("a guy called the Rat took us", ["the Rat"]),
])
def test_called_the_is_phoning_unless_a_capital_follows(text, expected):
    assert [text[s:e] for s, e in name_spans(text)] == expected


# Issue #18, twelfth round: naming verbs with an article or a title, unknown words after a strong cue.
@pytest.mark.parametrize("text, name", [
    ("el que manda se hace llamar el zurdo", "zurdo"),
    ("una mujer que dice llamarse licenciada karen", "karen"),
    ("le passeur s'appelle el flaco", "flaco"),
    ("os meninos chamam de tio beto", "beto"),
    ("yon nèg rele tigè", "tigè"),
    ("sè m wideline, li gen 15 an", "wideline"),
    ("la señora yesmira q me contrató", "yesmira"),
    ("mwen travay pou madan clérilia", "clérilia"),
])
def test_named_by_a_naming_verb_or_a_strong_cue(text, name):
    assert any(name in found for found in _names(text))


@pytest.mark.parametrize("text", [
    "my friend texted me yesterday",
    "her cousin arranges everything",
    "cuido de uma senhora idosa e moro com ela",
    "el que nos recoge es un señor chaparrito, no sé su nombre",
    "si j'appelle la police ils vont venir",
    "mon employeur sait que je suis ici",
    "une dette comme ça s'appelle comment?",
    "qu'est-ce qu'on appelle la traite",
    "ma mère me chama de bebê",
    "pitit mwen malad, ki kote m ka mennen l",
])
def test_no_name_from_a_verb_or_a_description_after_a_cue(text):
    assert _names(text) == []


# Issue #18, thirteenth round: a role word that is no kinship word ("el capitán", "kapitèn nan"), a title worn only
# by people before a word or a place ("doña flor", "seu Natal"), a place's name after a naming verb, "real name".
@pytest.mark.parametrize("text, name", [
    ("el capitán Eusebio no nos paga", "Eusebio"),
    ("the captain Marco keeps our passports", "Marco"),
    ("chèf la Wilfrid pa peye nou", "Wilfrid"),
    ("kapitèn nan Reinaldo fèmen nou", "Reinaldo"),
    ("la que manda es doña flor, ella cobra", "flor"),
    ("o gerente é o seu Natal, ele não paga", "Natal"),
    ("we stay with auntie Joy in her house", "Joy"),
    ("mi nombre es Florencia y tengo 20 años", "Florencia"),
    ("m rele Martinique Joseph, m nan Miami", "Martinique"),
    ("they call him Bigs, real name Tavion Hughes", "Tavion Hughes"),
    ("yo rele l Ti Blan, vre non l se Pierre-Louis Saintil", "Pierre-Louis Saintil"),
])
def test_named_after_a_role_a_title_or_a_naming_verb(text, name):
    assert any(name in found for found in _names(text))


@pytest.mark.parametrize("text", [
    "seu nome completo por favor",
    "ela é dona de casa e cuida dos filhos",
    "a dona do restaurante não paga",
    "el capitán del barco no nos deja bajar",
    "chèf la di nou pa gen lajan",
    "gracias a Dios ya estoy bien",
])
def test_roles_and_titles_before_ordinary_words_stay(text):
    assert _names(text) == []


# Issue #18, thirteenth round: lists of names with unknown words, a surname that is also a place after a given name,
# a name before "is my name", a given name that is also a place after a kinship word or opening with "here".
@pytest.mark.parametrize("text, name", [
    ("estamos yo, Wislande y Togo en el cuarto", "Togo"),
    ("m la ak Mackenson ak Zizou, nou pa ka soti", "Zizou"),
    ("hi its Tyrone Jackson, the boss took my pay", "Tyrone Jackson"),
    ("Yolet is my name and i need help", "Yolet"),
    ("Marisol es mi nombre, soy de Honduras", "Marisol"),
    ("my cousin Savannah is stuck in a motel", "Savannah"),
    ("Florence here. they took my papers", "Florence"),
    ("a turma toda chama de Zezinho, ele que recruta", "Zezinho"),
])
def test_names_in_lists_before_is_my_name_and_places_after_kin(text, name):
    assert any(name in found for found in _names(text))


@pytest.mark.parametrize("text", [
    "my sister lives in Washington now",
    "Honduras is my country and i miss it",
    "Paris is my favorite city",
    "ela me chama de querida",
    "la agencia está en Lima, y mi hermano también",
])
def test_places_and_words_in_those_positions_stay(text):
    assert _names(text) == []


# Issue #18, fourteenth round: a role at work with its article names the unknown word after it when a
# verb or a clitic follows ("the boss X takes", "o caseiro X vigia"), as a kinship word with its
# possessive does ("mi hermana X se fue").
@pytest.mark.parametrize("text, name", [
    ("mi prima yarisleidy se fue con el", "yarisleidy"),
    ("the crew leader tavito takes our pay", "tavito"),
    ("le boss jean-réal garde nos passeports", "jean-réal"),
    ("o caseiro zequinha vigia as meninas", "zequinha"),
    ("the boss hank threatens to call ice", "hank"),
])
def test_a_role_at_work_names_the_next_word(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "the boss takes our pay",
    "mi prima se fue con el",
    "pitit fi vwazin mwen an gen 14 an",
    "my cat is sick",
])
def test_a_role_alone_names_no_one(text):
    assert _names(text) == []
