"""Numbered menus shared by the NLG renderer and the inbound path. Plain module."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "menus.yml"

# Which rendered response leaves which menu pending for the next message.
MENU_RESPONSES = {"utter_menu": "main", "utter_language_menu": "language"}


@lru_cache
def _menus() -> dict[str, dict[str, str]]:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    return {name: {str(k): v for k, v in items.items()} for name, items in raw.items() if name != "version"}


def intent_for(menu: str | None, text: str) -> str | None:
    """The intent a bare number picks from a pending menu, if any."""
    if not menu:
        return None
    return _menus().get(menu, {}).get(text.strip().rstrip(".)"))
