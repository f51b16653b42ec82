"""The referral list's own words come from the bot's catalogs (locale/), in the person's language."""
from __future__ import annotations

import pytest

from services.directory import Referral, format_referrals
from tests.conftest import SettingsEnv


def _referral(i: int, confidential: bool = False) -> Referral:
    return Referral(
        service_id=str(i), service_name=f"Albergue {i}", organization="[SAMPLE] Org", phone=f"+1 202 555 01{i:02d}",
        address=None if confidential else f"Calle Ficticia {i}", confidential=confidential, city="Tapachula",
        country="MX", distance_km=None, languages=("es",), hours=(), timezone=None, open_now=None, is_sample=True,
        needs=("shelter",),
    )


# (language tag, phone, confidential address, more options): what _LABELS in services/directory.py held.
@pytest.mark.parametrize("lang, phone, confidential, more", [
    ("es", "Tel", "Dirección confidencial: llame", "Más opciones"),
    ("en", "Tel", "Confidential address: call", "More options"),
    ("en-US", "Tel", "Confidential address: call", "More options"),
    ("fr", "Tél", "Adresse confidentielle : appelez", "Plus d'options"),
    ("pt_BR", "Tel", "Endereço confidencial: ligue", "Mais opções"),
    ("ht", "Tel", "Adrès konfidansyèl: rele", "Plis opsyon"),
    ("qu", "Tel", "Dirección confidencial: llame", "Más opciones"),  # untranslated: Spanish
    ("mam", "Tel", "Dirección confidencial: llame", "Más opciones"),
    (None, "Tel", "Dirección confidencial: llame", "Más opciones"),
])
def test_labels_in_the_persons_language(lang: str | None, phone: str, confidential: str, more: str) -> None:
    blocks = format_referrals([_referral(1, confidential=True), _referral(2), _referral(3), _referral(4)], lang)
    assert blocks[0].split("\n")[1:] == [f"{phone} +1 202 555 0101", confidential]
    assert blocks[-1] == f"{len(blocks)}. {more}"


def test_fuzzy_drafts_give_spanish_when_only_reviewed_strings_go_out(settings_env: SettingsEnv) -> None:
    settings_env.setenv("HOTLINE_REVIEWED_ONLY", "true")
    ht = format_referrals([_referral(1, confidential=True)], "ht")[0]
    fr = format_referrals([_referral(1, confidential=True)], "fr")[0]
    assert ht.endswith("Dirección confidencial: llame") and fr.endswith("Adresse confidentielle : appelez")
