"""bot.privacy.pseudonym: one person, one key per channel; nothing raw in the key."""
from __future__ import annotations

import re

import pytest

from bot.privacy.pseudonym import normalise_address, pseudonym

SECRET = "test-secret-not-real"


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("+5215512345678", "+5215512345678"),
        ("+52 1 55 1234 5678", "+5215512345678"),
        ("+52-1-55-1234-5678", "+5215512345678"),
        ("+52 (1) 55.1234.5678", "+5215512345678"),
        (" 0052 1 55 1234 5678 ", "+5215512345678"),
        ("+５２１５５１２３４５６７８", "+5215512345678"),
        ("whatsapp:+5215512345678", "whatsapp:+5215512345678"),
        ("WhatsApp: +52 1 55 1234 5678", "whatsapp:+5215512345678"),
        ("whatsapp:+52-1-55-1234-5678", "whatsapp:+5215512345678"),
        ("Ana@Example.org", "ana@example.org"),
        ("messenger:ABC123", "messenger:abc123"),
    ],
)
def test_normalise_address(address, expected):
    assert normalise_address(address) == expected


def test_same_number_written_differently_is_one_person():
    keys = {pseudonym(SECRET, a) for a in ("+52 1 55 1234 5678", "+5215512345678", "+52-1-55-1234-5678")}
    assert len(keys) == 1
    wa = {pseudonym(SECRET, a) for a in ("whatsapp:+5215512345678", "WHATSAPP:+52 1 55 1234 5678")}
    assert len(wa) == 1


def test_channels_do_not_merge():
    assert pseudonym(SECRET, "whatsapp:+5215512345678") != pseudonym(SECRET, "+5215512345678")


def test_nothing_is_guessed():
    # Without "+" the number may be national: no country code is invented.
    assert normalise_address("55 1234 5678") == "5512345678"
    assert pseudonym(SECRET, "5512345678") != pseudonym(SECRET, "+5215512345678")
    # Mexico's mobile "1" is kept: WhatsApp sends it, and keys must not depend on numbering metadata.
    assert pseudonym(SECRET, "+525512345678") != pseudonym(SECRET, "+5215512345678")


def test_different_people_and_secrets_differ():
    assert pseudonym(SECRET, "+15555550123") != pseudonym(SECRET, "+15555550124")
    assert pseudonym(SECRET, "+15555550123") != pseudonym("another-secret", "+15555550123")


def test_key_is_hex_digest_and_holds_no_digits_of_the_number():
    key = pseudonym(SECRET, "whatsapp:+15555550123")
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    assert key == pseudonym(SECRET, "whatsapp:+15555550123")
    assert "5555550123" not in key
