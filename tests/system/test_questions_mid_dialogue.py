"""Questions and answers the dialogue must not take for something else (issue 17), through the
real Rasa, action server and gateway: an information question asked in the middle of a form, a
rights question that tells of an indicator, a reply to the operator offer that tells more, and a
basic need no other request names."""
from __future__ import annotations

import sqlite3

import httpx
import pytest

from bot.gateway.routers.simulator import conversation_key
from tests.system.helpers import new_sender, rendered, say, texts

SAMPLE = "[SAMPLE]"


def _levels(stack, sender: str) -> list[str]:  # noqa: ANN001
    key = conversation_key(stack.settings.secret_key, sender, "whatsapp")
    with sqlite3.connect(stack.settings.data_dir / "hotline.db") as conn:
        return [level for (level,) in conn.execute("SELECT risk_level FROM handoffs WHERE conversation_key = ?",
                                                   (key,))]


# -- 1. an information question asked during a form is answered; the form goes on -------------

SCREENING_OPENINGS = {
    "es": "pagué a un coyote para cruzar y ahora trabajo en una obra, creo que me están explotando",
    "en": "I paid a smuggler to cross and now I work on a building site, I think they are exploiting me",
    "pt": "paguei um coiote para atravessar e agora trabalho numa obra, acho que estão me explorando",
}
JOB_OFFERS = {
    "es": "me ofrecieron un trabajo en Canadá, será confiable?",
    "en": "I got a job offer in Canada, is it legit?",
    "pt": "me ofereceram um emprego no Canadá, é confiável?",
}


@pytest.mark.parametrize("lang,question,answer", [
    ("es", "¿qué derechos tengo si no tengo papeles?", "utter_rights_info"),
    ("en", "what are my rights if I have no papers?", "utter_rights_info"),
    ("pt", "quais são meus direitos sem documentos?", "utter_rights_info"),
])
def test_a_question_during_the_screening_questions_is_answered_and_the_question_asked_again(
    gateway: httpx.Client, lang: str, question: str, answer: str
) -> None:
    sender = new_sender()
    opened = texts(say(gateway, sender, SCREENING_OPENINGS[lang]))
    assert rendered("utter_screening_intro", lang) in opened
    asked = opened[-1]
    body = texts(say(gateway, sender, question))
    assert rendered(answer, lang) in body
    assert body[-1] == asked  # the form goes on with the question it had asked
    # The next answer answers that question: the form moves on, nothing lost.
    assert texts(say(gateway, sender, "sí" if lang == "es" else "yes" if lang == "en" else "sim"))[-1] != asked


@pytest.mark.parametrize("lang,question,answer", [
    ("es", "¿cómo puedo viajar de forma segura?", "utter_safe_migration_info"),
    ("en", "what is human trafficking exactly?", "utter_trafficking_info"),
    ("pt", "quem guarda as minhas mensagens?", "utter_privacy"),
])
def test_a_question_during_the_job_offer_check_is_answered_and_the_check_goes_on(
    gateway: httpx.Client, lang: str, question: str, answer: str
) -> None:
    sender = new_sender()
    assert texts(say(gateway, sender, JOB_OFFERS[lang]))[-1] == rendered("utter_ask_jo_fee", lang)
    body = texts(say(gateway, sender, question))
    assert rendered(answer, lang) in body
    assert body[-1] == rendered("utter_ask_jo_fee", lang)
    assert texts(say(gateway, sender, "no" if lang != "pt" else "não"))[-1] == rendered("utter_ask_jo_documents", lang)


def test_danger_during_a_form_still_wins_over_a_question(gateway: httpx.Client, stack) -> None:  # noqa: ANN001
    sender = new_sender()
    say(gateway, sender, JOB_OFFERS["es"])
    body = texts(say(gateway, sender, "me están golpeando ahora mismo, ¿qué derechos tengo?"))
    assert rendered("utter_rights_info", "es") not in body
    assert _levels(stack, sender) == ["immediate"]


# -- 2. a rights question that tells of an indicator gets the answer and the offer ------------

@pytest.mark.parametrize("lang,text", [
    ("es", "la agencia se quedó con mi pasaporte, ¿tiene derecho?"),
    ("en", "does my boss have the right to keep my passport?"),
    ("pt", "a agência ficou com meu passaporte, ela tem direito?"),
    ("fr", "mon patron a le droit de garder mon passeport?"),
])
def test_a_rights_question_with_an_indicator_gets_the_answer_and_the_offer(
    gateway: httpx.Client, lang: str, text: str
) -> None:
    body = texts(say(gateway, new_sender(), text))
    assert rendered("utter_rights_info", lang) in body
    assert rendered("utter_offer_operator", lang) in body


# -- 3. a reply to the offer that tells more is no refusal; a later yes takes it up -----------

DISCLOSURES = {
    "es": "mi patrón me quitó el pasaporte y no me deja salir de la casa",
    "en": "my boss took my passport and won't let me leave the house",
    "pt": "meu patrão pegou meu passaporte e não me deixa sair da casa",
    "fr": "mon patron a pris mon passeport et ne me laisse pas sortir de la maison",
}


@pytest.mark.parametrize("lang,more,refusal,later_yes", [
    ("es", "nunca salgo sola", "no gracias", "dale"),
    ("en", "I never go out alone", "not now", "ok"),
    ("pt", "nao posso sair", "nao obrigado", "tá bom"),
    ("fr", "je ne sors jamais", "pas maintenant", "d'accord"),
])
def test_a_disclosure_after_the_offer_is_recorded_and_a_later_yes_opens_the_handoff(
    gateway: httpx.Client, stack, lang: str, more: str, refusal: str, later_yes: str  # noqa: ANN001
) -> None:
    sender = new_sender()
    assert rendered("utter_offer_operator", lang) in texts(say(gateway, sender, DISCLOSURES[lang]))
    told = texts(say(gateway, sender, more))
    assert rendered("utter_offer_declined", lang) not in told
    assert rendered("utter_offer_reminder", lang) in told  # asked again briefly, not the same words
    declined = texts(say(gateway, sender, refusal))
    assert rendered("utter_offer_declined", lang) in declined
    assert _levels(stack, sender) == []
    accepted = texts(say(gateway, sender, later_yes))
    assert rendered("utter_handoff_started", lang) in accepted
    assert _levels(stack, sender) == ["priority"]


def test_a_plain_yes_at_info_level_still_brings_the_menu(gateway: httpx.Client, stack) -> None:  # noqa: ANN001
    sender = new_sender()
    say(gateway, sender, "hola")
    assert texts(say(gateway, sender, "ok")) == [rendered("utter_menu", "es")]
    assert _levels(stack, sender) == []


# -- 4. a basic need the directory serves: food, clothes, a shower, a phone charge -----------

@pytest.mark.parametrize("lang,first,place", [
    ("es", "necesito comida para mis hijos", "estoy en Lima"),
    ("en", "where can I get some clothes? it's cold", "Houston"),
    ("pt", "onde posso tomar banho?", "tô em são paulo"),
    ("fr", "où est-ce que je peux recharger mon téléphone?", "à Toronto"),
])
def test_a_basic_need_gets_the_directorys_basic_needs_service(
    gateway: httpx.Client, lang: str, first: str, place: str
) -> None:
    sender = new_sender()
    assert texts(say(gateway, sender, first))[-1] == rendered("utter_ask_location", lang)
    body = "\n".join(texts(say(gateway, sender, place)))
    assert SAMPLE in body and "Comedor y ropero" in body, body


@pytest.mark.parametrize("lang,yes_in_a_language,next_question", [
    ("es", "sí, en español", "utter_ask_jo_employer"),
    ("pt", "sim, em espanhol", "utter_ask_jo_employer"),
])
def test_a_yes_that_names_a_language_answers_the_contract_question(
    gateway: httpx.Client, lang: str, yes_in_a_language: str, next_question: str
) -> None:
    # "a written contract in a language you understand?" - "yes, in Spanish": the answer, not a
    # request to change the conversation's language
    sender = new_sender()
    say(gateway, sender, JOB_OFFERS[lang])
    say(gateway, sender, "no" if lang != "pt" else "não")
    assert texts(say(gateway, sender, "no" if lang != "pt" else "não"))[-1] == rendered("utter_ask_jo_contract", lang)
    body = texts(say(gateway, sender, yes_in_a_language))
    assert body[-1] == rendered(next_question, lang)
    assert not any(rendered("utter_language_set", other) in body for other in ("es", "pt"))
