"""`hotline i18n extract|status`: keep catalogs in step with domain.yml."""
from __future__ import annotations

import argparse
from datetime import datetime, timezone

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from bot.i18n.catalogs import DOMAIN, LOCALE_DIR, SOURCE_LANG, load_sources, read_catalog


def template() -> Catalog:
    cat = Catalog(project="hotline-triage", version="1", locale="es", fuzzy=False,
                  creation_date=datetime(2026, 1, 1, tzinfo=timezone.utc))
    for name, text in load_sources().items():
        flags = ["python-brace-format"] if "{" in text else []
        cat.add(text, context=name, flags=flags, locations=[("domain.yml", 0)])
    return cat


def extract(_args: argparse.Namespace) -> int:
    """Writes locale/messages.pot and merges it into every catalog (changed sources go fuzzy)."""
    pot = template()
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("wb") as fh:
        write_po(fh, pot, omit_header=False, width=100, include_lineno=False)
    for po in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        cat = read_catalog(po)
        cat.update(pot, update_header_comment=False)
        with po.open("wb") as fh:
            write_po(fh, cat, width=100, include_lineno=False, ignore_obsolete=True)
        print(f"updated {po.relative_to(LOCALE_DIR.parent)}")
    return 0


def status(_args: argparse.Namespace) -> int:
    names = load_sources()
    total = len(names)
    print(f"{'lang':<6} {'translated':>10} {'reviewed':>9}")
    print(f"{SOURCE_LANG:<6} {'100%':>10} {'100%':>9}  (source)")
    for po in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        lang = po.parent.parent.name
        translated = reviewed = 0
        for msg in read_catalog(po):
            if msg.id and msg.context in names and msg.string:
                translated += 1
                reviewed += 0 if msg.fuzzy else 1
        print(f"{lang:<6} {translated / total:>10.0%} {reviewed / total:>9.0%}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("i18n", help="translation catalogs")
    isub = p.add_subparsers(dest="i18n_command", required=True)
    isub.add_parser("extract", help="update locale/*.po from domain.yml").set_defaults(func=extract)
    isub.add_parser("status", help="share of strings translated and reviewed, per language").set_defaults(func=status)
