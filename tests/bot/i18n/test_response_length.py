"""Every reply fits an SMS page (at most 3 segments), and no catalog loses a placeholder."""
from __future__ import annotations

import re

import pytest

from bot.i18n import Catalogs
from services.directory import sms_segments

LANGS = ["es", "en", "fr", "pt"]
EXEMPT = {"utter_menu"}  # a numbered list: paged like referrals, not a single answer
# The longest value a placeholder takes in practice (an international hotline number).
ARGS = {"number": "+1 888 373 7888"}
PLACEHOLDER = re.compile(r"{\w+}")

CATS = Catalogs()
NAMES = sorted(n for n in CATS.sources if n.startswith("utter_") and n not in EXEMPT)


@pytest.mark.parametrize("lang", LANGS)
def test_every_response_fits_three_sms_segments(lang: str) -> None:
    too_long = {}
    for name in NAMES:
        found = CATS.lookup(name, lang)
        if found is None:
            continue  # a missing translation is test_catalogs' business
        text = found[0].format_map(ARGS)
        if sms_segments(text) > 3:
            too_long[name] = sms_segments(text)
    assert too_long == {}


@pytest.mark.parametrize("lang", sorted(CATS.languages - {"es"}))
def test_every_catalog_keeps_placeholders(lang: str) -> None:
    wrong = []
    for name, source in CATS.sources.items():
        found = CATS.lookup(name, lang)  # fuzzy drafts included: they are sent by default
        if found and set(PLACEHOLDER.findall(found[0])) != set(PLACEHOLDER.findall(source)):
            wrong.append(name)
    assert wrong == []
