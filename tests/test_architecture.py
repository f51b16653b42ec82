"""The direction of dependencies ([tool.importlinter] in pyproject.toml), checked by lint-imports."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint(*args: str) -> subprocess.CompletedProcess:
    assert LINT_IMPORTS.exists(), "import-linter is missing: pip install -e '.[dev]'"
    # This tree's packages, not an installed copy; no cache file left in the tree.
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo", *args], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_every_import_contract_is_kept() -> None:
    result = _lint()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_broken_contract_fails(tmp_path: Path) -> None:
    """The check can fail: a contract the code does not keep (the gateway uses bot.db) is reported."""
    config = tmp_path / "broken.toml"
    config.write_text('[tool.importlinter]\nroot_packages = ["bot"]\n\n'
                      '[[tool.importlinter.contracts]]\nname = "gateway without a database"\n'
                      'type = "forbidden"\nsource_modules = ["bot.gateway"]\nforbidden_modules = ["bot.db"]\n')
    result = _lint("--config", str(config))
    assert result.returncode == 1 and "BROKEN" in result.stdout, result.stdout + result.stderr
