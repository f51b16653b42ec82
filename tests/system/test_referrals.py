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
