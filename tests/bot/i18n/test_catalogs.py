from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from bot.i18n import Catalogs, load_sources
from bot.i18n.catalogs import DOMAIN_FILE

MAJOR = ["en", "fr", "pt"]


def _write_catalog(tmp: Path, lang: str, entries: dict[str, tuple[str, bool]]) -> Path:
    sources = load_sources()
    cat = Catalog(locale=lang)
    for name, (text, fuzzy) in entries.items():
        cat.add(sources[name], text, context=name, flags=["fuzzy"] if fuzzy else [])
    path = tmp / lang / "LC_MESSAGES"
    path.mkdir(parents=True)
    with (path / "messages.po").open("wb") as fh:
        write_po(fh, cat)
    return tmp


def test_every_response_has_spanish_source_text() -> None:
    sources = load_sources()
    assert sources and all(text.strip() for text in sources.values())


@pytest.mark.parametrize("lang", MAJOR)
def test_major_languages_translate_every_response(lang: str) -> None:
    cats = Catalogs()
    missing = [name for name in cats.sources if cats.lookup(name, lang) is None]
    assert missing == []


@pytest.mark.parametrize("lang", MAJOR)
def test_translations_keep_placeholders(lang: str) -> None:
    cats = Catalogs()
    for name, source in cats.sources.items():
        found = cats.lookup(name, lang)
        assert found is not None
        assert set(re.findall(r"{\w+}", found[0])) == set(re.findall(r"{\w+}", source)), name


def test_missing_translation_falls_back_to_spanish_and_is_counted(tmp_path: Path) -> None:
    cats = Catalogs(locale_dir=_write_catalog(tmp_path, "fr", {"utter_greet": ("Bonjour.", False)}))
    assert cats.render("utter_greet", "fr").text == "Bonjour."
    out = cats.render("utter_goodbye", "fr")
    assert out.missing and out.language == "es"
    assert out.text == load_sources()["utter_goodbye"]
    assert cats.missing[("fr", "utter_goodbye")] == 1


def test_unknown_language_falls_back_to_spanish() -> None:
    out = Catalogs().render("utter_greet", "xx")
    assert out.text and out.language == "es" and out.missing


def test_reviewed_only_skips_fuzzy_drafts(tmp_path: Path) -> None:
    locale = _write_catalog(tmp_path, "qu", {"utter_greet": ("Napaykullayki.", True)})
    assert Catalogs(locale_dir=locale).render("utter_greet", "qu").text == "Napaykullayki."
    strict = Catalogs(locale_dir=locale, reviewed_only=True).render("utter_greet", "qu")
    assert strict.language == "es" and strict.missing


def test_arguments_fill_placeholders_and_missing_ones_stay_visible() -> None:
    cats = Catalogs()
    assert "911" in cats.render("utter_emergency_number", "es", {"number": "911"}).text
    assert "{number}" in cats.render("utter_emergency_number", "es", {}).text


def test_unknown_response_is_an_error() -> None:
    with pytest.raises(KeyError):
        Catalogs().render("utter_does_not_exist", "es")


def test_domain_file_is_the_source() -> None:
    assert DOMAIN_FILE.name == "domain.yml"
