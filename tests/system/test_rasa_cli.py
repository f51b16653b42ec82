"""Rasa's own checks on the training data and the trained model (run in .venv-rasa)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from bot.settings import REPO_ROOT
from bot.supervisor import MODEL, RASA_BIN

pytestmark = pytest.mark.usefixtures("rasa_bin")  # every test here runs Rasa in .venv-rasa
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"}


def _rasa(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(RASA_BIN), *args], cwd=REPO_ROOT, env=ENV, capture_output=True,
                          text=True, timeout=900)


def test_rasa_data_validate() -> None:
    proc = _rasa("data", "validate")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]


def test_rasa_test_core_on_test_stories(tmp_path: Path) -> None:
    proc = _rasa("test", "core", "--stories", "tests/test_stories.yml", "--model", str(MODEL),
                 "--out", str(tmp_path), "--fail-on-prediction-errors")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    report = (tmp_path / "story_report.json")
    assert report.exists()
