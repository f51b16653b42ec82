"""What a short reply answers: the numbered menus and the bot's last question. Plain module.

The gateway remembers which question the bot asked last (the conversation's pending menu, set
when a response below is rendered) so that a bare number or a yes answers that question, in
any language, whatever the NLU makes of it. Someone who cannot read the bot's language well
can go everywhere by numbers: the main menu's numbers work whenever no other numbered list
is open, and a number with nothing asked brings the menu itself.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from bot.text.folding import fold
from bot.text.yesno import NO, OFFER_NO, OFFER_YES, YES, YES_PHRASES

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "menus.yml"

# Which rendered response leaves which question pending for the next message.
MENU_RESPONSES = {
    "utter_menu": "main",
    "utter_language_menu": "language",
    "utter_language_limited": "interpreter",
    "utter_offer_operator": "offer",
    "utter_offer_reminder": "offer",
    "utter_ask_location": "location",
    "utter_place_unknown": "location",
}
# A form's questions: a number is an answer there ("how old?"), not a menu choice. The
# job-offer check's are apart: they ask about an offer, not about what is happening to the person.
QUESTION = "question"
JOB_OFFER_QUESTION = "job_offer_question"
_QUESTIONS = {"utter_ask_q_": QUESTION, "utter_ask_jo_": JOB_OFFER_QUESTION}
# Questions whose numbers are the main menu's when they have no meaning of their own: the
# person has just seen the menu, or is asked something a number cannot answer.
_MAIN_BEHIND = frozenset({"main", "language", "interpreter", "offer", "location"})
# Shows the numbered menu (a rule in data/rules.yml).
SHOW_MENU = "ask_help"
# "I'm in danger now" on every list the person has seen (the menu, the wordless greeting's 🆘):
# it keeps that meaning with nothing asked too; other numbers then bring the menu.
DANGER = "0"

_NUMBER = re.compile(r"^#?(\d{1,3})[.)]?$")
# Words around a number that still make it a bare choice: "opción 2", "el 3 por favor".
_NUMBER_WORDS = frozenset(fold(w, words=True) for w in """opcion option opção opcao numero number nimewo nimero
    el la o le the a por favor porfa please pls svp tanpri""".split())
_KEYCAP = str.maketrans("", "", "\ufe0f\u20e3")  # "2️⃣" is "2" followed by two marks
# What may go with a yes or a no and leave it a plain answer ("no gracias", "claro que sí").
_COURTESY = frozenset(fold(w, words=True) for w in """
    gracias porfa porfavor por favor please pls plz thanks thank you svp merci obrigado obrigada
    valeu tanpri mesi claro que ahora ahorita now agora maintenant kounye a ya ok okay dale sure
    quiero quero want i do bien sur of course ta bom pues
    pode podem pueden puede peux pouvez can chamar chama llama llamen pasame pase passe mettez
    eu yo je i m mwen moi me mi ahead y la then alors entao nan bien tres muy muito
    d ser to ta bom bem vle veux voudrais
    hablar falar parler pale talk speak con com avec with alguien alguem quelqu un une someone somebody
    persona pessoa personne moun yon a person una uma
    espero aguardo attends attend wait ll will tann map ap souple fa pls plz""".split())
_ANSWER_MAX_WORDS = 6
# Refusals that hold no bare no-word ("pas maintenant") or say more than one ("no quiero hablar
# con nadie"): the offer is declined. Anything else with a no in it tells something ("nao posso
# sair", "je ne sors jamais"): a new fact, not an answer (issue 17).
_REFUSALS = frozenset(fold(p, words=True) for p in (
    "not now", "not yet", "maybe later", "later", "no thanks", "pas maintenant", "pas pour l instant",
    "pas pour le moment", "pas encore", "plus tard", "ahora no", "todavia no", "mas tarde", "luego",
    "despues", "por ahora no", "agora nao", "ainda nao", "depois", "mais tarde", "agora não", "ainda não",
    "pa kounye a", "pita", "pa kounye a non", "pa jodi a"))
_REFUSAL_OPENERS = tuple(fold(p, words=True) + " " for p in (
    "no quiero", "no gracias", "i don t want", "i dont want", "i do not want", "no thanks", "je ne veux pas",
    "je veux pas", "non merci", "não quero", "nao quero", "não obrigado", "não obrigada", "m pa vle",
    "mwen pa vle"))
_NO_THEN_PAUSE = re.compile(r"^\W*(\w+)\s*[,.;!]")


def pending_after(response: str) -> str | None:
    """The question a response leaves open, if any."""
    for prefix, question in _QUESTIONS.items():
        if response.startswith(prefix):
            return question
    return MENU_RESPONSES.get(response)


def is_question(pending: str | None) -> bool:
    """A form's question is open (the screening's or the job-offer check's)."""
    return pending in (QUESTION, JOB_OFFER_QUESTION)


@lru_cache
def _menus() -> dict[str, dict[str, str]]:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    return {name: {str(k): v for k, v in items.items()} for name, items in raw.items() if name != "version"}


def bare_number(text: str) -> str | None:
    """"2", "2.", "#2", "2️⃣", "opción 2" -> "2"; anything else (words, a phone number's many
    digits, two numbers) -> None."""
    words = (text or "").translate(_KEYCAP).split()
    numbers = [m.group(1) for w in words if (m := _NUMBER.match(w))]
    others = [w for w in words if not _NUMBER.match(w)]
    if len(numbers) != 1 or not all(fold(w, words=True) in _NUMBER_WORDS or not fold(w, words=True) for w in others):
        return None
    return str(int(numbers[0]))


def intent_for(pending: str | None, text: str) -> str | None:
    """The intent a bare number picks: from the list just shown, else from the main menu; with
    nothing asked, the menu itself (0 is danger still). None when the message is not a bare
    number, or answers a form's question."""
    number = bare_number(text)
    if number is None or is_question(pending):
        return None
    if pending and (intent := _menus().get(pending, {}).get(number)):
        return intent
    if pending in _MAIN_BEHIND or number == DANGER:
        return _menus()["main"].get(number, SHOW_MENU)
    return SHOW_MENU


def offer_answer(text: str) -> str | None:
    """'affirm' or 'deny' when a short reply answers a yes/no question, in any language."""
    folded = fold(text, words=True)
    words = folded.split()
    if not words or len(words) > _ANSWER_MAX_WORDS:
        return None
    if folded in YES_PHRASES:
        return "affirm"
    if folded in _REFUSALS:
        return "deny"
    yes = any(w in YES or w in OFFER_YES for w in words)
    no = any(w in NO or w in OFFER_NO for w in words)
    # "não posso sair sozinha" holds a no but tells something: that is for the NLU.
    if yes == no or not all(w in YES or w in OFFER_YES or w in NO or w in OFFER_NO or w in _COURTESY
                            for w in words):
        return None
    return "affirm" if yes else "deny"


def leads_with_answer(text: str) -> bool:
    """The reply starts with a yes or a no ("sí, en español", "no, el pasaporte lo tengo yo")."""
    words = fold(text, words=True).split()
    return bool(words) and (words[0] in YES or words[0] in OFFER_YES or words[0] in NO or words[0] in OFFER_NO)


# A yes with these after it is a "yes, but": left to the NLU.
_NOT_YET = frozenset("but pero mais mas men not pas nao later luego despues depois plus tard pita".split())


def accepts_offer(text: str) -> bool:
    """A longer reply to the operator offer that opens with a yes and holds no no: "si porfa que
    alguien la ayude, yo le paso el mensaje", "yes please, she needs someone". Whatever else it
    tells is screened and stored as any message is."""
    words = fold(text, words=True).split()
    # not a one-letter yes: "y dice que le debo..." is Spanish "and"
    return len(words) > 1 and len(words[0]) > 1 and (words[0] in YES or words[0] in OFFER_YES) \
        and not any(w in NO or w in OFFER_NO or w in _NOT_YET for w in words)


# "... sí quiero hablar con alguien", "i do want to talk to someone": a person asked for, inside a
# message that also tells something (the NLU reads such a message as the telling). Folded text.
_WANTS_PERSON = re.compile(
    r"(?<!\bno )(?<!\bnao )(?<!\bdon t )(?<!\bdo not )(?<!\bpa )(?<!\bne )(?<!\bdoesn t )(?<!\bdont )"
    r"(?<!\bdoesnt )(?<!\bdidn t )(?<!\bnever )(?<!\bnunca )(?<!\bjamais )"
    r"\b(?:quiero|quisiera|queria|necesito|puedo|want|wanna|need|would like|d like|like|veux|voudrais|aimerais|"
    r"besoin de|peux|quero|preciso|gostaria de|posso|vle|bezwen|ta renmen|quiere|wants|needs|veut|quer)"
    r"(?: to)? (?:hablar|platicar|talk|speak|chat|parler|falar|conversar|pale)"
    r" (?:con|to|with|a|avec|com|ak|ave|avek) "
    r"(?:alguien|una persona|un humano|alguien del equipo|someone|somebody|a person|a human|a real person|"
    r"quelqu un|une personne|un humain|alguem|uma pessoa|um humano|yon moun|moun)\b")


def asks_for_person(text: str) -> bool:
    """The message asks for a person of the team, in so many words, whatever else it tells."""
    return bool(_WANTS_PERSON.search(fold(text, words=True)))


def refuses_offer(text: str) -> bool:
    """The reply turns the operator offer down: a short no ("no gracias", "pas maintenant"), a
    refusal said at more length ("no quiero hablar con nadie") or a no set apart ("no, ahora no
    puedo"). A no inside a sentence that tells something ("nunca salgo sola") is no refusal."""
    if offer_answer(text) == "deny":
        return True
    folded = fold(text, words=True)
    if folded.startswith(_REFUSAL_OPENERS):
        return True
    first = _NO_THEN_PAUSE.match(text or "")
    return bool(first) and fold(first.group(1), words=True) in NO
