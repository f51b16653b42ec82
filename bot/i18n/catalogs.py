"""Localized bot responses from gettext catalogs (Babel). Plain module.

domain.yml holds each response's Spanish source text; the response name is the gettext
context (msgctxt). Catalogs live in locale/<tag>/LC_MESSAGES/messages.po, editable in
Poedit or Weblate. Strings not reviewed by a native speaker stay marked fuzzy.
"""
from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot.settings import REPO_ROOT

DOMAIN_FILE = REPO_ROOT / "domain.yml"
LOCALE_DIR = REPO_ROOT / "locale"
SOURCE_LANG = "es"
DOMAIN = "messages"


def load_sources(domain_file: Path = DOMAIN_FILE) -> dict[str, str]:
    """Response name -> Spanish source text."""
    domain = yaml.safe_load(domain_file.read_text(encoding="utf-8"))
    return {name: variants[0]["text"] for name, variants in domain["responses"].items()}


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh)


@dataclass(frozen=True)
class Rendered:
    text: str
    language: str  # the language the text is actually in
    missing: bool  # no usable translation; Spanish was sent


class _SafeArgs(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Catalogs:
    def __init__(self, locale_dir: Path = LOCALE_DIR, domain_file: Path = DOMAIN_FILE,
                 reviewed_only: bool = False) -> None:
        self.sources = load_sources(domain_file)
        self.reviewed_only = reviewed_only
        # (lang, name) -> (translation, fuzzy)
        self._strings: dict[tuple[str, str], tuple[str, bool]] = {}
        self.languages: set[str] = {SOURCE_LANG}
        for po in sorted(locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
            lang = po.parent.parent.name
            self.languages.add(lang)
            for msg in read_catalog(po):
                if msg.id and msg.context and msg.string:
                    self._strings[(lang, msg.context)] = (msg.string, msg.fuzzy)
        self._lock = threading.Lock()
        self.missing: Counter[tuple[str, str]] = Counter()

    def lookup(self, name: str, lang: str) -> tuple[str, bool] | None:
        """(text, reviewed) for a response in a language, or None if there is none."""
        if lang == SOURCE_LANG:
            text = self.sources.get(name)
            return (text, True) if text else None
        found = self._strings.get((lang, name))
        if not found:
            return None
        text, fuzzy = found
        if fuzzy and self.reviewed_only:
            return None
        return text, not fuzzy

    def render(self, name: str, lang: str | None, args: dict[str, Any] | None = None) -> Rendered:
        lang = lang or SOURCE_LANG
        found = self.lookup(name, lang)
        used = lang
        if found is None:
            with self._lock:
                self.missing[(lang, name)] += 1
            found = self.lookup(name, SOURCE_LANG)
            used = SOURCE_LANG
        if found is None:
            raise KeyError(f"unknown response {name!r}")
        text = found[0].format_map(_SafeArgs(args or {}))
        return Rendered(text=text, language=used, missing=used != lang)
