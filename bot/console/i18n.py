"""The console's own UI strings: gettext domain `console`, locale/<tag>/LC_MESSAGES/console.po.

Loaded with Babel: each .po is read and compiled in memory (no .mo files to build). As for the
bot's own catalogs, entries no native speaker has reviewed (fuzzy) are used, since a draft in the
operator's language beats English they may not read; with HOTLINE_REVIEWED_ONLY=true they are
left out and the English msgid shows instead.
"""
from __future__ import annotations

import io
from functools import lru_cache

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from bot.settings import REPO_ROOT, CatalogSettings

LOCALE_DIR = REPO_ROOT / "locale"
DOMAIN = "console"
DEFAULT_UI = "es"
UI_LANGUAGES = {"es": "Español", "en": "English", "fr": "Français", "pt": "Português"}


def reviewed_only() -> bool:
    return CatalogSettings().reviewed_only  # read per call: a changed setting applies at once


def translations(lang: str) -> NullTranslations:
    return _translations(lang, reviewed_only())


@lru_cache
def _translations(lang: str, reviewed: bool) -> NullTranslations:
    po = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po.exists():
        return NullTranslations()
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain=DOMAIN)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=not reviewed)
    buf.seek(0)
    return Translations(buf, domain=DOMAIN)


def available() -> dict[str, str]:
    return {tag: name for tag, name in UI_LANGUAGES.items()
            if tag == "en" or (LOCALE_DIR / tag / "LC_MESSAGES" / f"{DOMAIN}.po").exists()}


def negotiate(cookie: str | None, accept_language: str | None) -> str:
    langs = available()
    if cookie in langs:
        return cookie
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower().split("-")[0]
        if tag in langs:
            return tag
    return DEFAULT_UI
