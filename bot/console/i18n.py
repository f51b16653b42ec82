"""The console's own UI strings: gettext domain `console`, locale/<tag>/LC_MESSAGES/console.po.

Loaded with Babel: each .po is read and compiled in memory (no .mo files to build), and
fuzzy entries are left out so an unreviewed draft falls back to the English msgid.
"""
from __future__ import annotations

import io
from functools import lru_cache

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from bot.settings import REPO_ROOT

LOCALE_DIR = REPO_ROOT / "locale"
DOMAIN = "console"
DEFAULT_UI = "es"
UI_LANGUAGES = {"es": "Español", "en": "English", "fr": "Français", "pt": "Português"}


@lru_cache
def translations(lang: str) -> NullTranslations:
    po = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po.exists():
        return NullTranslations()
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain=DOMAIN)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
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
