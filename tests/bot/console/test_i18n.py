"""The console's own catalogs: every string the console shows has a Spanish entry with the same
placeholders; drafts nobody has reviewed are fuzzy and left out under HOTLINE_REVIEWED_ONLY."""
from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from bot.console import i18n
from bot.settings import REPO_ROOT

CONSOLE = REPO_ROOT / "bot" / "console"
LITERAL = re.compile(r'''\b_\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+|(?:'(?:[^'\\]|\\.)*'\s*)+)\)''')
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


def _msgids() -> set[str]:
    found = set()
    for path in [*CONSOLE.glob("templates/*.html"), *CONSOLE.rglob("*.py")]:
        for m in LITERAL.finditer(path.read_text()):
            parts = re.findall(r'''"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)\'''', m.group(1))
            found.add("".join(a or b for a, b in parts))
    return found


def _catalog(lang: str):  # noqa: ANN202
    with (REPO_ROOT / "locale" / lang / "LC_MESSAGES" / "console.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def test_every_console_string_has_a_spanish_entry_with_the_same_placeholders() -> None:
    catalog = _catalog("es")
    ids = _msgids()
    assert len(ids) > 150
    missing = sorted(i for i in ids if not (catalog.get(i) and catalog.get(i).string))
    assert not missing, missing
    for msgid in ids:
        assert sorted(PLACEHOLDER.findall(msgid)) == sorted(PLACEHOLDER.findall(catalog.get(msgid).string)), msgid


def test_unreviewed_drafts_are_fuzzy_and_can_be_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = _catalog("es")
    draft = catalog.get("Help next")
    assert draft.fuzzy and any("native speaker" in c for c in draft.auto_comments)
    assert i18n.translations("es").gettext("Help next") == "Atender siguiente"
    monkeypatch.setenv("HOTLINE_REVIEWED_ONLY", "true")
    assert i18n.translations("es").gettext("Help next") == "Help next"
    assert i18n.translations("es").gettext("Sign in") == "Iniciar sesión"  # reviewed entries stay
