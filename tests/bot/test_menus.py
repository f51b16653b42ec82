"""Short replies answer the bot's last question (bot/menus.py)."""
from __future__ import annotations

import pytest

from bot import menus


@pytest.mark.parametrize("pending,text,intent", [
    (None, "1", menus.SHOW_MENU),  # nothing asked yet: the menu, not a guess
    (None, "9", menus.SHOW_MENU),
    (None, "0", "emergency"),  # 0 is danger on every list shown, with nothing asked too
    (None, "0️⃣", "emergency"),
    ("main", "2", "find_shelter"),
    ("main", " 3. ", "find_legal_aid"),
    ("main", "#8", "ask_safe_migration"),
    ("main", "40", menus.SHOW_MENU),  # no such option: the menu again
    ("location", "2", "find_shelter"),  # asked for a city, answered with a menu number
    ("location", "0", "emergency"),
    ("offer", "1", "affirm"),  # "do you want a person?" -> 1
    ("offer", "5", "find_psychological_support"),
    ("interpreter", "1", "request_human"),
    ("interpreter", "4", "find_health_care"),
    ("language", "0", "emergency"),
    (menus.QUESTION, "14", None),  # a form's question: the number is the answer
    (menus.JOB_OFFER_QUESTION, "3", None),  # the job-offer check's too ("how many months?")
    ("main", "9625550134", None),  # a phone number is not a choice
    ("main", "dos", None),
    ("main", "opción 3", "find_legal_aid"), ("main", "el 2 por favor", "find_shelter"), ("main", "2️⃣", "find_shelter"),
    ("main", "2 o 3", None), ("main", "tengo 2 hijos", None),
])
def test_a_bare_number_answers_the_question_just_asked(pending: str | None, text: str, intent: str | None) -> None:
    assert menus.intent_for(pending, text) == intent


@pytest.mark.parametrize("text,answer", [
    ("sí", "affirm"), ("si porfa", "affirm"), ("ok", "affirm"), ("dale", "affirm"), ("yes pls", "affirm"),
    ("pode ser", "affirm"), ("oui svp", "affirm"), ("wi tanpri", "affirm"), ("por favor", "affirm"),
    ("no", "deny"), ("no gracias", "deny"), ("non merci", "deny"), ("não", "deny"),
    ("no sé", None), ("sí, y además me quitaron el pasaporte y no me dejan salir", None), ("", None),
    ("não posso sair sozinha", None), ("no me deja salir", None),  # a no that tells something
    ("quero sim", "affirm"), ("claro que sí", "affirm"), ("no, ahora no", "deny"), ("sí... no", None),
])
def test_short_yes_and_no_in_any_language(text: str, answer: str | None) -> None:
    assert menus.offer_answer(text) == answer


# The operator offer accepted or put off in natural words (#17): a go-ahead word, a yes with
# "I want to talk to someone" or "I'll wait", a "not now".
@pytest.mark.parametrize("text,answer", [
    ("sim pode ser", "affirm"), ("pode chamar", "affirm"), ("beleza", "affirm"), ("tá bom pode", "affirm"),
    ("d'accord allez-y", "affirm"), ("oui je veux bien", "affirm"), ("vas-y", "affirm"), ("pas de souci", "affirm"),
    ("dale pues", "affirm"), ("órale", "affirm"), ("si quiero hablar con alguien", "affirm"),
    ("yeah ok", "affirm"), ("ok go ahead", "affirm"), ("yes i want to talk", "affirm"), ("ok i'll wait", "affirm"),
    ("dakò", "affirm"), ("oke map tann", "affirm"), ("wi mwen vle", "affirm"),
    ("pas maintenant", "deny"), ("mwen pa vle", "deny"), ("later", "deny"), ("agora não", "deny"),
    ("não pode", None), ("yes but later", None), ("i'm fine", None), ("maybe later", "deny"),
    ("pode ser que ele volte hoje", None), ("ok, but he took my passport", None),
])
def test_an_offer_accepted_or_put_off_in_natural_words(text: str, answer: str | None) -> None:
    assert menus.offer_answer(text) == answer


# Issue 17: a refusal declines the offer; a no inside something told is a new fact, not a no.
@pytest.mark.parametrize("text,refuses", [
    ("no", True), ("no gracias", True), ("pas maintenant", True), ("not now", True), ("non merci", True),
    ("non", True), ("nao obrigado", True), ("non mèsi", True), ("ahora no", True), ("agora não", True),
    ("no quiero hablar con nadie", True), ("I don't want to talk to anyone", True), ("no, ahora no puedo", True),
    ("Não, obrigada.", True), ("je veux pas parler", True),
    ("I never go out alone", False), ("nao posso sair", False), ("je ne sors jamais", False),
    ("nunca salgo sola", False), ("no me deja salir", False), ("mwen pa janm soti pou kont mwen", False),
    ("sí", False), ("", False),
])
def test_a_refusal_of_the_offer_is_told_from_a_no_that_tells_something(text: str, refuses: bool) -> None:
    assert menus.refuses_offer(text) is refuses


@pytest.mark.parametrize("response,pending", [
    ("utter_menu", "main"), ("utter_offer_operator", "offer"), ("utter_ask_location", "location"),
    ("utter_ask_q_documents", menus.QUESTION), ("utter_ask_jo_fee", menus.JOB_OFFER_QUESTION), ("utter_greet", None),
])
def test_which_responses_leave_a_question_open(response: str, pending: str | None) -> None:
    assert menus.pending_after(response) == pending


@pytest.mark.parametrize("text,accepts", [
    ("si porfa que alguien la ayude, yo le paso el mensaje", True), ("yes please she needs someone", True),
    ("wi tanpri ede l", True), ("oui svp quelqu'un", True),
    ("ok but not now", False), ("sim, mas não agora", False), ("si pero no ahora", False), ("no gracias", False),
    ("siempre me pega", False), ("sí", False), ("y dice que le debo 3000 dólares del viaje", False),
    ("s tb quero", False),
])
def test_a_longer_yes_to_the_offer(text: str, accepts: bool) -> None:
    assert menus.accepts_offer(text) is accepts


@pytest.mark.parametrize("text,asks", [
    ("me da pena pero la señora también me guarda el sueldo, sí quiero hablar con alguien", True),
    ("i'm embarrassed but she also keeps my pay, i do want to talk to someone", True),
    ("she wants to talk to someone about her case", True), ("je veux parler à quelqu'un", True),
    ("quero falar com alguém", True), ("mwen vle pale ak yon moun", True),
    ("no quiero hablar con nadie", False), ("i don't want to talk to someone", False),
    ("he doesn't want to talk to someone", False), ("je ne veux pas parler à quelqu'un", False),
    ("mi jefe habla con alguien del consulado", False),
])
def test_a_person_asked_for_in_so_many_words(text: str, asks: bool) -> None:
    assert menus.asks_for_person(text) is asks
