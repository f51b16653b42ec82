"""The country of a sender's calling code, at the channel's edge: parsed by libphonenumber
(`phonenumbers`), shared codes resolved by area code, no guess when it cannot decide.
Every number here is fictitious: NANP 555-01xx, or an all-zero group after the country code."""
from __future__ import annotations

import pytest

from bot.emergency import country_from_number, emergency_contact


@pytest.mark.parametrize("address, country", [
    ("+52 000 000 0123", "MX"),
    ("whatsapp:+520000000123", "MX"),
    ("+502 0000 0123", "GT"),
    ("+509 0000 0123", "HT"),
    ("+55 00 0000-0123", "BR"),
    ("+57 000 000 0123", "CO"),
    ("+51 000 000 123", "PE"),
    # +1 is shared: the area code decides.
    ("+1 202 555 0100", "US"),
    ("whatsapp:+14165550199", "CA"),
    ("+1 809 555 0123", "DO"),
    ("+1 787 555 0100", "PR"),
])
def test_calling_code_gives_the_country(address: str, country: str) -> None:
    assert country_from_number(address) == country


@pytest.mark.parametrize("address", [
    "+1 555 555 0123",  # +1 with an area code no country has: shared code, no decision
    "+44 7700 900123",  # +44 (GB, GG, IM, JE) in a range none of them assigns
    "5215512345678",  # no leading +: not E.164
    "simulator:whatsapp:ana", "", None, "+", "+abc", "whatsapp:",
])
def test_no_country_when_the_library_cannot_decide(address: str | None) -> None:
    assert country_from_number(address) is None


def test_the_first_reply_can_carry_the_number() -> None:
    assert emergency_contact(country_from_number("+502 0000 0123")).number == "110"
    assert emergency_contact(country_from_number("+1 787 555 0100")).number == "911"
