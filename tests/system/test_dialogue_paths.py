"""People as they really write (issue #17), through the real Rasa, action server and gateway:
a place given in any form, short answers to the question just asked, numbers only from any
state, and help that goes on while a handoff waits."""
from __future__ import annotations

import sqlite3

import httpx
import pytest

from bot import languages
from bot.gateway.routers.simulator import conversation_key
from tests.system.helpers import handoffs, levels, new_sender, rendered, say, texts


SAMPLE = "[SAMPLE]"


def _joined(body: dict) -> str:
    return "\n".join(texts(body))


# -- the place where someone is, however they write it ---------------------------------------

CITY_ANSWERS = [
    ("es", "busco un albergue para esta noche", "aqui en tijuana"),
    ("es", "necesito un abogado", "ahorita ando en cdmx"),
    ("en", "I need a lawyer", "we are in houston now"),
    ("pt", "preciso de um médico", "tô em são paulo"),
    ("fr", "je cherche un hébergement pour ce soir", "je suis à montreal"),
]


@pytest.mark.parametrize("lang,request_text,answer", CITY_ANSWERS)
def test_a_city_answer_in_any_form_gets_the_referral_not_the_question_again(
    gateway: httpx.Client, lang: str, request_text: str, answer: str
) -> None:
    sender = new_sender()
    asked = say(gateway, sender, request_text)
    assert texts(asked)[-1] == rendered("utter_ask_location", lang)
    body = say(gateway, sender, answer)
    assert SAMPLE in _joined(body)
    assert rendered("utter_ask_location", lang) not in texts(body)
    assert body["language"] == lang


def test_a_request_that_names_the_city_is_answered_at_once(gateway: httpx.Client) -> None:
    body = say(gateway, new_sender(), "hay algun albergue en tijuana?")
    assert SAMPLE in _joined(body)


def test_where_someone_comes_from_is_not_where_they_are(gateway: httpx.Client) -> None:
    body = say(gateway, new_sender(), "soy de Honduras y necesito un abogado")
    assert texts(body)[-1] == rendered("utter_ask_location", "es")


# -- the operator offer ----------------------------------------------------------------------

DISCLOSURES = {
    "es": "mi patrón me quitó el pasaporte y no me deja salir de la casa",
    "en": "my boss took my passport and won't let me leave the house",
    "fr": "mon patron a pris mon passeport et ne me laisse pas sortir de la maison",
    "pt": "meu patrão pegou meu passaporte e não me deixa sair da casa",
}


@pytest.mark.parametrize("lang,accept", [
    ("es", "1"), ("es", "si porfa"), ("en", "ok"), ("en", "1"), ("fr", "oui svp"), ("pt", "pode ser"),
    # accepted in natural words (#17)
    ("pt", "sim pode ser"), ("pt", "pode chamar"), ("fr", "d'accord allez-y"), ("es", "dale pues"),
    ("en", "yeah ok go ahead"),
])
def test_the_operator_offer_is_accepted_with_a_number_or_a_short_yes(
    gateway: httpx.Client, stack, lang: str, accept: str  # noqa: ANN001
) -> None:
    sender = new_sender()
    offered = say(gateway, sender, DISCLOSURES[lang])
    assert rendered("utter_offer_operator", lang) in texts(offered)
    body = say(gateway, sender, accept)
    assert rendered("utter_handoff_started", lang) in texts(body)
    assert body["language"] == lang
    assert levels(stack, sender) == ["priority"]


def test_the_same_offer_is_not_repeated_when_the_person_tells_more(gateway: httpx.Client, stack) -> None:  # noqa: ANN001
    sender = new_sender()
    first = say(gateway, sender, DISCLOSURES["es"])
    assert rendered("utter_offer_operator", "es") in texts(first)
    more = say(gateway, sender, "y dice que le debo el viaje y cada mes le debo más")
    assert rendered("utter_offer_operator", "es") not in texts(more)
    assert rendered("utter_offer_reminder", "es") in texts(more)
    body = say(gateway, sender, "sí")
    assert rendered("utter_handoff_started", "es") in texts(body)
    assert levels(stack, sender) == ["priority"]


@pytest.mark.parametrize("lang,more", [
    ("es", "me da pena pero la señora también me guarda el sueldo, sí quiero hablar con alguien"),
    ("en", "i'm embarrassed but she also keeps my pay, i do want to talk to someone"),
])
def test_a_person_asked_for_while_telling_more_opens_the_handoff(
    gateway: httpx.Client, stack, lang: str, more: str  # noqa: ANN001
) -> None:
    sender = new_sender()
    say(gateway, sender, DISCLOSURES[lang])
    body = say(gateway, sender, more)  # told and asked in one: the person, not the offer again
    assert rendered("utter_handoff_started", lang) in texts(body)
    assert rendered("utter_offer_reminder", lang) not in texts(body)
    assert levels(stack, sender) == ["priority"]


def test_a_no_that_tells_something_is_not_a_refusal(gateway: httpx.Client) -> None:
    sender = new_sender()
    say(gateway, sender, DISCLOSURES["pt"])
    body = say(gateway, sender, "não posso sair sozinha")
    assert rendered("utter_offer_declined", "pt") not in texts(body)


def test_a_wage_claim_with_its_city_gets_a_referral(gateway: httpx.Client, stack) -> None:  # noqa: ANN001
    sender = new_sender()
    body = say(gateway, sender, "trabajé un mes en una bodega en Tijuana y no me pagaron nada, ya me salí de ahí")
    assert SAMPLE in _joined(body)
    assert levels(stack, sender) == []


# -- help goes on while a handoff waits --------------------------------------------------------

EMERGENCY_THEN_PLACE = [
    ("es", "ayuda me estan golpeando ahora mismo", "estoy en medellín", "123"),
    ("en", "help someone is hitting me right now", "we're in Toronto", "911"),
    ("pt", "socorro estão me batendo agora", "tô em Manaus", "190"),
    ("fr", "au secours on me frappe en ce moment", "je suis à Port-au-Prince", "114"),
    # towns only GeoNames knows (services/towns.py)
    ("es", "ayuda me estan golpeando ahora mismo", "estoy en Estelí", "118"),
    ("pt", "socorro estão me batendo agora", "moro em Juazeiro do Norte", "190"),
    ("fr", "au secours on me frappe en ce moment", "je suis à Pointe-à-Pitre", "17"),
]


@pytest.mark.parametrize("lang,emergency,place,number", EMERGENCY_THEN_PLACE)
def test_an_emergency_gets_the_countrys_number_once_the_place_is_known(
    gateway: httpx.Client, stack, lang: str, emergency: str, place: str, number: str  # noqa: ANN001
) -> None:
    sender = new_sender()
    first = say(gateway, sender, emergency)
    assert rendered("utter_emergency_no_country", lang) in texts(first)
    assert rendered("utter_handoff_started", lang) in texts(first)
    body = say(gateway, sender, place)
    assert texts(body) == [rendered("utter_emergency_number", lang, number=number),
                           rendered("utter_handoff_waiting", lang)]
    assert levels(stack, sender) == ["immediate"]


def test_a_referral_request_is_answered_while_the_operator_is_awaited(
    gateway: httpx.Client, operator: httpx.Client, stack  # noqa: ANN001
) -> None:
    sender = new_sender()
    say(gateway, sender, "hola")
    say(gateway, sender, "quiero hablar con una persona")
    say(gateway, sender, "estoy en Tijuana")
    body = say(gateway, sender, "necesito un albergue para esta noche")
    assert SAMPLE in _joined(body)
    assert texts(body)[-1] == rendered("utter_handoff_waiting", "es")
    by_number = say(gateway, sender, "4")  # health care, from the menu shown with the greeting
    assert SAMPLE in _joined(by_number)
    # The operator still sees everything the person wrote, and the handoff is unchanged.
    [(handoff_id, _)] = handoffs(stack, sender)
    transcript = [line["text"] for line in operator.get(f"/api/handoffs/{handoff_id}").json()["transcript"]]
    assert "necesito un albergue para esta noche" in transcript and "4" in transcript
    assert levels(stack, sender) == ["priority"]
    operator.post(f"/api/handoffs/{handoff_id}/close", json={"outcome": "referral_given"})


# -- numbers only, from any state -----------------------------------------------------------

def test_every_step_can_be_taken_by_numbers(gateway: httpx.Client, stack) -> None:  # noqa: ANN001
    sender = new_sender()
    first = say(gateway, sender, "1")  # nothing asked yet: the menu, not a guess
    assert texts(first) == [rendered("utter_menu", "es")]
    assert levels(stack, sender) == []
    assert texts(say(gateway, sender, "2")) == [rendered("utter_ask_location", "es")]
    # A number instead of the city picks from the menu again, and asks again.
    assert texts(say(gateway, sender, "4")) == [rendered("utter_ask_location", "es")]
    assert SAMPLE in _joined(say(gateway, sender, "Tijuana"))
    # Nothing asked after the referral: a number brings the menu back, then picks from it.
    assert texts(say(gateway, sender, "9")) == [rendered("utter_menu", "es")]
    assert texts(say(gateway, sender, "9")) == [rendered("utter_rights_info", "es")]
    # A second 9 with nothing to read on: the menu again, in the conversation's language.
    assert texts(say(gateway, sender, "9")) == [rendered("utter_menu", "es")]
    danger = say(gateway, sender, "0")
    assert rendered("utter_emergency_number", "es", number="911") in texts(danger)
    assert levels(stack, sender) == ["immediate"]


@pytest.mark.parametrize("lang,greeting", [("es", "hola"), ("en", "hi there"), ("fr", "bonjour"), ("pt", "oi")])
def test_the_greeting_brings_the_numbered_menu(gateway: httpx.Client, lang: str, greeting: str) -> None:
    sender = new_sender()
    assert texts(say(gateway, sender, greeting)) == [rendered("utter_greet", lang), rendered("utter_menu", lang)]
    assert texts(say(gateway, sender, "2")) == [rendered("utter_ask_location", lang)]


def test_an_emoji_first_does_not_decide_the_language(gateway: httpx.Client) -> None:
    sender = new_sender()
    # Greeted in several languages at once, with their menu: no language to answer in yet.
    assert texts(say(gateway, sender, "🙏🙏")) == [languages.wordless_greeting()]
    body = say(gateway, sender, "preciso de ajuda")
    assert body["language"] == "pt"
    assert rendered("utter_menu", "pt") in texts(body)


def test_a_short_yes_does_not_switch_the_language(gateway: httpx.Client) -> None:
    sender = new_sender()
    say(gateway, sender, DISCLOSURES["es"])
    body = say(gateway, sender, "si por favor")
    assert body["language"] == "es"
    assert rendered("utter_handoff_started", "es") in texts(body)


def test_in_a_language_we_cannot_serve_1_is_a_person_with_an_interpreter(
    gateway: httpx.Client, operator: httpx.Client, stack  # noqa: ANN001
) -> None:
    sender = new_sender()
    say(gateway, sender, "Mba'éichapa")
    named = say(gateway, sender, "guaraní")  # naming the language it already is
    assert rendered("utter_language_limited", "gn") in texts(named)
    body = say(gateway, sender, "1")
    assert rendered("utter_handoff_started", "gn") in texts(body)
    [(handoff_id, level)] = handoffs(stack, sender)
    assert level == "priority"
    assert operator.get(f"/api/handoffs/{handoff_id}").json()["summary"]["interpreter_needed"] is True
    operator.post(f"/api/handoffs/{handoff_id}/close", json={"outcome": "other"})


# -- context first, then the request --------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("es", "soy maestra de primaria y una mamá me pidió ayuda, ¿a dónde la mando para que le den un abogado?"),
    ("en", "I volunteer at a church and a family asked me where they can find a lawyer"),
    ("en", "I work at a school and a mother asked me where her family can sleep tonight"),
    ("fr", "je suis bénévole dans une paroisse et une famille me demande où trouver un avocat"),
])
def test_a_message_with_context_is_answered_on_its_request(gateway: httpx.Client, lang: str, text: str) -> None:
    body = say(gateway, new_sender(), text)
    assert rendered("utter_not_understood", lang) not in texts(body)
    assert texts(body)[-1] == rendered("utter_ask_location", lang)


@pytest.mark.parametrize("lang,text", [
    ("es", "¿cómo pido asilo? estoy en Tapachula"),
    ("pt", "como faço para pedir refúgio? estou em São Paulo"),
    # papers, visas and permits are the same services' procedures (#17)
    ("pt", "to em sao paulo, como regularizo meus papeis?"),
    ("en", "do i need a visa to work here? i'm in houston"),
])
def test_an_asylum_question_gets_the_services_that_handle_it(gateway: httpx.Client, lang: str, text: str) -> None:
    body = say(gateway, new_sender(), text)
    assert body["language"] == lang
    assert SAMPLE in _joined(body)
    assert rendered("utter_safe_migration_info", lang) not in texts(body)


def test_a_request_instead_of_an_answer_ends_the_form(gateway: httpx.Client) -> None:
    sender = new_sender()
    asked = say(gateway, sender, "quiero que revisen una oferta de trabajo que me hicieron")
    assert rendered("utter_ask_jo_fee", "es") in texts(asked)
    body = say(gateway, sender, "mejor díganme dónde hay un albergue en Tijuana para hoy")
    assert SAMPLE in _joined(body)
    assert rendered("utter_ask_jo_documents", "es") not in texts(body)
    # The form is over: a later yes is not taken as its next answer.
    assert rendered("utter_ask_jo_documents", "es") not in texts(say(gateway, sender, "sí"))


def test_offer_and_reminder_take_turns_never_the_same_twice(gateway: httpx.Client) -> None:
    sender = new_sender()
    said = [texts(say(gateway, sender, DISCLOSURES["en"]))]
    for more in ("he also says I owe him for the flight", "and he has not paid me anything in months",
                 "the debt keeps growing every week"):
        said.append(texts(say(gateway, sender, more)))
    offers = [[t for t in turn if t in {rendered("utter_offer_operator", "en"), rendered("utter_offer_reminder", "en")}]
              for turn in said]
    assert all(len(o) == 1 for o in offers), said
    assert all(a != b for a, b in zip(offers, offers[1:])), offers


# -- "where are you?" answered with the place, alone or with a new need (issue 17) -------------

@pytest.mark.parametrize("lang,first,answer,service,not_service", [
    ("es", "busco un albergue para hoy", "mejor necesito un abogado, estoy en Lima", "Asesoría jurídica", "Albergue"),
    ("en", "I need somewhere to sleep", "actually I need a lawyer, I'm in New York", "Asesoría jurídica", "Albergue"),
    ("pt", "preciso de abrigo", "preciso de um médico, estou em Boa Vista", "Clínica comunitaria", "Albergue"),
])
def test_a_new_need_with_the_place_gets_that_need_not_the_one_asked_about(
    gateway: httpx.Client, lang: str, first: str, answer: str, service: str, not_service: str
) -> None:
    sender = new_sender()
    assert texts(say(gateway, sender, first))[-1] == rendered("utter_ask_location", lang)
    body = _joined(say(gateway, sender, answer))
    assert service in body and not_service not in body, body


@pytest.mark.parametrize("lang,opening,request_text,answer", [
    ("es", None, "necesito un albergue", "en lima"),
    ("en", None, "I need a shelter", "im in houston tx"),
    ("fr", None, "je cherche un hébergement", "à Montréal"),
    ("pt", None, "preciso de abrigo", "boa vista"),
    ("ht", "bonjou", "mwen bezwen yon kote pou m dòmi", "nan Pòtoprens"),
])
def test_a_bare_place_answers_where_are_you_in_every_language(
    gateway: httpx.Client, lang: str, opening: str | None, request_text: str, answer: str
) -> None:
    sender = new_sender()
    if opening:
        say(gateway, sender, opening)
    assert texts(say(gateway, sender, request_text))[-1] == rendered("utter_ask_location", lang)
    body = say(gateway, sender, answer)
    assert SAMPLE in _joined(body)
    assert rendered("utter_ask_location", lang) not in texts(body)
    assert rendered("utter_ask_location", lang) not in texts(say(gateway, sender, "ok"))


@pytest.mark.parametrize("lang,check,request_text", [
    ("es", "quiero que revisen una oferta de trabajo que me hicieron", "donde puedo reclamar"),
    ("en", "can you check a job offer I got", "and where do i file a complaint"),
    ("pt", "podem verificar uma oferta de emprego que recebi", "onde eu vou pra receber meu salario"),
])
def test_a_need_the_nlu_is_unsure_of_ends_the_form_and_is_served(
    gateway: httpx.Client, lang: str, check: str, request_text: str
) -> None:
    sender = new_sender()
    assert rendered("utter_ask_jo_fee", lang) in texts(say(gateway, sender, check))
    body = say(gateway, sender, request_text)
    assert rendered("utter_ask_jo_documents", lang) not in texts(body)
    assert texts(body)[-1] == rendered("utter_ask_location", lang)
    served = _joined(say(gateway, sender, "Lima"))
    assert "Asesoría jurídica" in served or "Defensoría laboral" in served, served



# -- issue #17: whole conversations in Portuguese, Kreyòl and French -----------------------------

@pytest.mark.parametrize("lang,text", [
    ("pt", "tô em manaus"), ("ht", "m nan miami"), ("fr", "je suis à montréal"),
])
def test_a_first_message_that_says_where_one_is_sets_the_language(gateway: httpx.Client, lang: str,
                                                                   text: str) -> None:
    body = say(gateway, new_sender(), text)
    assert body["language"] == lang
    assert rendered("utter_location_noted", lang) in texts(body)


@pytest.mark.parametrize("lang,place,number", [("pt", "tô em manaus", "190"), ("fr", "je suis à montréal", "911")])
def test_0_after_the_place_is_the_emergency_with_that_countrys_number(
    gateway: httpx.Client, stack, lang: str, place: str, number: str  # noqa: ANN001
) -> None:
    sender = new_sender()
    say(gateway, sender, place)
    body = say(gateway, sender, "0")
    assert rendered("utter_emergency_number", lang, number=number) in texts(body)
    assert levels(stack, sender) == ["immediate"]


@pytest.mark.parametrize("lang,text", [("pt", "q horas vcs atendem"), ("pt", "vcs sao da policia?"),
                                       ("pt", "onde fica o consulado da venezuela?")])
def test_short_phone_typed_portuguese_is_answered_in_portuguese(gateway: httpx.Client, lang: str, text: str) -> None:
    assert say(gateway, new_sender(), text)["language"] == lang


@pytest.mark.parametrize("text,response", [
    ("sa trafik moun ye?", "utter_trafficking_info"),
    ("ki dwa m genyen kòm travayè?", "utter_rights_info"),
    ("kisa k pase lè m ekri nou?", "utter_privacy"),
])
def test_a_kreyol_information_question_gets_its_answer_in_kreyol(gateway: httpx.Client, text: str,
                                                                  response: str) -> None:
    body = say(gateway, new_sender(), text)
    assert rendered(response, "ht") in texts(body)


@pytest.mark.parametrize("lang,text", [
    ("fr", "mon patron garde mon passeport et dit que je lui dois le billet. il a le droit?"),
    ("ht", "patwon an kenbe paspò m epi li di m dwe l lajan avyon an. èske li gen dwa fè sa?"),
])
def test_a_question_after_a_story_is_answered_before_the_offer(gateway: httpx.Client, stack, lang: str,
                                                               text: str) -> None:  # noqa: ANN001
    sender = new_sender()
    replies = texts(say(gateway, sender, text))
    rights, offer = rendered("utter_rights_info", lang), rendered("utter_offer_operator", lang)
    assert rights in replies and offer in replies and replies.index(rights) < replies.index(offer)
    assert rendered("utter_handoff_started", lang) in texts(say(gateway, sender, "wi" if lang == "ht" else "oui"))
    assert levels(stack, sender) == ["priority"]
