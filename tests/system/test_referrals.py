"""Referrals from the service directory, through the simulator on the real stack."""
from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.directory import Address, Attribute
from bot.db.session import make_engine
from services.taxonomy import term_id
from tests.system.helpers import new_sender, rendered, say, texts


def _confidential_addresses(stack) -> list[str]:  # noqa: ANN001
    with Session(make_engine(stack.settings.database_url)) as db:
        hidden = db.scalars(select(Attribute.link_id).where(
            Attribute.taxonomy_term_id == term_id("confidential_location"), Attribute.link_entity == "location"))
        return [a.address_1 for a in db.scalars(select(Address).where(Address.location_id.in_(list(hidden))))]


def test_shelter_in_tapachula_in_spanish(gateway: httpx.Client, stack) -> None:  # noqa: ANN001
    sender = new_sender()
    say(gateway, sender, "hola buenas noches")
    asked = say(gateway, sender, "necesito un albergue para dormir esta noche")
    assert texts(asked) == [rendered("utter_ask_location", "es")]
    body = say(gateway, sender, "estoy en Tapachula")
    replies = texts(body)
    assert replies[0] == rendered("utter_referrals_intro", "es")
    assert "[SAMPLE]" in replies[1]
    assert rendered("utter_referral_confidential", "es") in replies
    joined = "\n".join(replies)
    secrets = _confidential_addresses(stack)
    assert secrets, "the sample directory should have confidential shelters"
    assert not any(secret in joined for secret in secrets)
    more = replies[1].splitlines()[-1]
    assert more.endswith(("Más opciones", "Más opciones")), more
    page = say(gateway, sender, more.split(".")[0])
    assert "[SAMPLE]" in texts(page)[0]
    assert not any(secret in texts(page)[0] for secret in secrets)


def test_shelter_in_guatemala_city_in_kiche_by_numbers(gateway: httpx.Client, stack) -> None:  # noqa: ANN001
    """A K'iche' speaker reaches a referral through the numbered menu."""
    sender = new_sender()
    first = say(gateway, sender, "Xa kinwaj jun k'olib'al chi kinwar wa' chaq'ab'")
    assert first["language"] == "quc"
    menu = say(gateway, sender, "jas")  # not understood: the numbered menu
    assert "2 " in "\n".join(texts(menu))
    asked = say(gateway, sender, "2")
    assert len(texts(asked)) == 1
    body = say(gateway, sender, "Ciudad de Guatemala")
    joined = "\n".join(texts(body))
    assert "[SAMPLE]" in joined
    assert not any(secret in joined for secret in _confidential_addresses(stack))


def test_unknown_place_is_asked_again(gateway: httpx.Client) -> None:
    sender = new_sender()
    say(gateway, sender, "hello")
    say(gateway, sender, "I need a lawyer")
    body = say(gateway, sender, "I'm in Atlantis")
    assert texts(body)[-1] in {rendered("utter_place_unknown", "en"), rendered("utter_ask_location", "en")}


# Violence that is over, told by someone now safe, is referred (issue #17): no emergency number
# and no operator handoff in its place; the service the person then asks for, where they are.
PAST_VIOLENCE = {
    "en": ("my boyfriend hit me in the spring, i left him and live with a roommate now",
           "i need a lawyer, i'm in New York"),
    "fr": ("mon mari me battait, je suis partie chez ma sœur il y a un mois",
           "je cherche un avocat à Montréal"),
    "es": ("mi ex me golpeaba pero hace un mes que me fui a casa de mi tía",
           "necesito un abogado en Bogotá"),
}


@pytest.mark.parametrize("lang", sorted(PAST_VIOLENCE))
def test_violence_that_is_over_gets_a_referral_not_a_handoff(gateway: httpx.Client, operator: httpx.Client,
                                                            lang: str) -> None:
    story, request = PAST_VIOLENCE[lang]
    sender = new_sender()
    open_before = {h["id"] for h in operator.get("/api/handoffs").json()}
    first = texts(say(gateway, sender, story))
    assert rendered("utter_handoff_started", lang) not in first
    assert rendered("utter_emergency_no_country", lang) not in first
    replies = texts(say(gateway, sender, request))
    assert rendered("utter_referrals_intro", lang) in replies
    assert "[SAMPLE]" in "\n".join(replies)
    assert {h["id"] for h in operator.get("/api/handoffs").json()} == open_before


# The city as people text it, in the message after "where are you?" (issue #17): abbreviations,
# no accents, the abbreviation alone in capitals. Each gets the service asked for, there.
CITY_AS_TYPED = [
    ("pt", "tem algum lugar pra eu dormir essa noite?", "sp", "Albergue - São Paulo"),
    ("pt", "preciso de um médico, tô passando mal", "Sao Paulo SP", "Clínica comunitaria - São Paulo"),
    ("es", "busco un psicólogo que me atienda gratis", "sampa", "Apoyo psicológico - São Paulo"),
    ("en", "i need a lawyer for my papers", "LA", "Asesoría jurídica gratuita - Los Angeles"),
    ("fr", "je cherche un hébergement pour ce soir", "mtl", "Albergue - Montréal"),
]


@pytest.mark.parametrize("lang,request_,city,service", CITY_AS_TYPED)
def test_the_city_as_people_type_it_gets_the_referral_there(gateway: httpx.Client, lang: str, request_: str,
                                                           city: str, service: str) -> None:
    sender = new_sender()
    assert texts(say(gateway, sender, request_)) == [rendered("utter_ask_location", lang)]
    replies = texts(say(gateway, sender, city))
    assert replies[0] == rendered("utter_referrals_intro", lang)
    assert service in replies[1]


# Asking where to claim unpaid wages gets the labour-rights service (a wage claim is what it
# handles), with the city in the same message or the next; legal aid only where there is none.
WAGE_CLAIMS = [
    ("pt", ["o patrão não me pagou os últimos dois meses, quem me ajuda a cobrar?", "tô em são paulo"],
     "Defensoría laboral - São Paulo"),
    ("es", ["trabajé tres semanas en la obra y no me pagaron, ¿quién me ayuda a cobrar? estoy en Houston"],
     "Defensoría laboral - Houston"),
    ("en", ["my boss owes me a month of pay and won't give it, who can help me get it?", "houston tx"],
     "Defensoría laboral - Houston"),
]


@pytest.mark.parametrize("lang,turns,service", WAGE_CLAIMS)
def test_a_wage_claim_gets_the_labour_rights_service(gateway: httpx.Client, operator: httpx.Client, lang: str,
                                                    turns: list[str], service: str) -> None:
    sender = new_sender()
    open_before = {h["id"] for h in operator.get("/api/handoffs").json()}
    replies = [r for turn in turns for r in texts(say(gateway, sender, turn))]
    assert rendered("utter_referrals_intro", lang) in replies
    assert service in "\n".join(replies)
    assert {h["id"] for h in operator.get("/api/handoffs").json()} == open_before


# Asking where children are protected is the child-protection service of that town, whoever asks
# and with no age told (issue #17: no intent said it; the screening's need does).
CHILD_PROTECTION = {
    "en": "is there a service to protect children in Tapachula?",
    "es": "donde hay proteccion de la infancia en Tapachula",
    "pt": "como falo com o conselho tutelar aqui em Tapachula?",
}


@pytest.mark.parametrize("lang", sorted(CHILD_PROTECTION))
def test_a_service_to_protect_children_is_the_child_protection_service(gateway: httpx.Client, lang: str) -> None:
    sender = new_sender()
    replies = texts(say(gateway, sender, CHILD_PROTECTION[lang]))
    if replies and replies[-1] == rendered("utter_ask_location", lang):
        replies = texts(say(gateway, sender, "Tapachula"))
    joined = "\n".join(replies)
    assert "[SAMPLE] Protección de niñas, niños y adolescentes" in joined, replies
