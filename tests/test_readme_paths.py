"""Every path README.md names exists: a newcomer who follows it finds the file (a module that
moved, such as bot/places.py to services/places.py, fails here until the README follows)."""
from __future__ import annotations

import re

from bot.settings import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
TOP = ("bot", "services", "actions", "nlu_components", "rasa_addons", "scripts", "bench", "tests", "data",
       "deploy", "locale", "docs")
# A path from one of the project's folders, not the tail of a URL or of another path.
PATH = re.compile(rf"(?<![\w/.~-])((?:{'|'.join(TOP)})/[\w./-]*)")
# Made on the machine, never committed: the deployment's secrets, copied from deploy/env.example.
MADE_LOCALLY = {"deploy/.env"}
# The layout under "Where the code is": a line that starts with a folder names files in it.
LAYOUT = re.search(r"### Where the code is\n.*?```\n(.*?)```", README, re.S)
ENTRY = re.compile(r"^(\S+/)\s")
NAME = re.compile(r"(?<![\w/.*-])([\w-]+\.(?:py|sh)|[a-z_]+/)(?![\w/])")


def named_paths() -> list[str]:
    return sorted({m.group(1).rstrip(".") for m in PATH.finditer(README)} - MADE_LOCALLY)


def layout_paths() -> list[str]:
    """Bare names in the layout block, joined to the folder of the entry they are in."""
    assert LAYOUT, "README has no 'Where the code is' block"
    folder, out = "", set()
    for line in LAYOUT.group(1).splitlines():
        if entry := ENTRY.match(line):
            folder = entry.group(1)
        for name in NAME.findall(line):
            if not name.startswith(tuple(f"{top}/" for top in TOP)) and folder:
                out.add(folder + name)
    return sorted(out)


def test_every_path_the_readme_names_exists() -> None:
    paths = named_paths()
    assert len(paths) > 50  # the pattern still finds them
    assert [p for p in paths if not (REPO_ROOT / p).exists()] == []


def test_every_module_in_the_readmes_layout_exists() -> None:
    paths = layout_paths()
    assert "bot/gateway/routers/nlg.py" in paths and "actions/actions.py" in paths
    assert [p for p in paths if not (REPO_ROOT / p).exists()] == []


def test_the_layout_covers_every_package() -> None:
    """Each package of bot/ has its entry, so a new one is not left out."""
    packages = {f"bot/{p.name}/" for p in (REPO_ROOT / "bot").iterdir() if (p / "__init__.py").exists()}
    entries = {m.group(1) for line in LAYOUT.group(1).splitlines() if (m := ENTRY.match(line))}
    assert packages | {"services/", "actions/", "nlu_components/", "rasa_addons/"} <= entries
