"""bot/text is the bottom layer: the standard library and itself, nothing else."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import bot.text

FILES = sorted(Path(bot.text.__file__).parent.glob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_imports_only_the_standard_library_and_bot_text(path: Path) -> None:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.append(node.module or "")
    outside = [n for n in names if n.split(".")[0] not in sys.stdlib_module_names and not n.startswith("bot.text")]
    assert outside == []
