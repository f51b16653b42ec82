from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest
import yaml
from sqlalchemy import inspect

from bot import menus
from bot.db.session import make_engine, migrate
from bot.emergency import countries, country_from_place, emergency_contact
from bot.safety import asks_about_erasing, is_safety_word
from bot.settings import REPO_ROOT, Settings


@pytest.mark.parametrize("country,number", [("MX", "911"), ("gt", "110"), ("CO", "123"), ("PE", "105"),
                                            ("BR", "190"), ("HT", "114"), ("US", "911"), ("CA", "911")])
def test_emergency_numbers(country: str, number: str) -> None:
    contact = emergency_contact(country)
    assert contact is not None and contact.number == number


def test_unknown_country_has_no_number() -> None:
    assert emergency_contact(None) is None
    assert emergency_contact("ZZ") is None
    assert len(countries()) >= 20


@pytest.mark.parametrize("place,code", [("México", "MX"), ("mexico", "MX"), ("Guatemala", "GT"),
                                        ("Ciudad de Guatemala", "GT"), ("Pérou", "PE"), ("brasil", "BR"),
                                        ("Haïti", "HT"), ("Estados Unidos", "US"), ("canadá", "CA"),
                                        ("Tapachula", "MX"), ("Honduras", "HN"), ("Chile", "CL")])
def test_country_from_place(place: str, code: str) -> None:
    assert country_from_place(place) == code


def test_unknown_place() -> None:
    assert country_from_place("Atlantis") is None


@pytest.mark.parametrize("text", ["BORRAR", "borrar", " Borrar. ", "DELETE", "effacer", "APAGAR", "efase"])
def test_safety_words(text: str) -> None:
    assert is_safety_word(text)


@pytest.mark.parametrize("text", ["quiero borrar mis datos", "delete?x", "borra", ""])
def test_not_safety_words(text: str) -> None:
    assert not is_safety_word(text)


def test_menu_numbers_match_the_menu_text() -> None:
    domain = yaml.safe_load((REPO_ROOT / "domain.yml").read_text())
    menu_text = domain["responses"]["utter_menu"][0]["text"]
    intents = set(domain["intents"])
    for number in [str(n) for n in range(12)]:
        assert f"\n{number} " in menu_text
        assert menus.intent_for("main", number) in intents
    assert menus.intent_for("main", "0") == "emergency"
    # A number that is no option, or sent when nothing was asked, brings the menu back.
    assert menus.intent_for("main", "12") == menus.SHOW_MENU
    assert menus.intent_for(None, "1") == menus.SHOW_MENU
    assert menus.intent_for("main", "hola") is None


def test_settings_generate_and_keep_secrets(tmp_path: Path) -> None:
    first = Settings(data_dir=tmp_path / "data").resolved()
    again = Settings(data_dir=tmp_path / "data").resolved()
    assert first.secret_key and first.secret_key == again.secret_key
    assert first.operator_token == again.operator_token and first.operator_token != first.secret_key
    mode = stat.S_IMODE(os.stat(tmp_path / "data" / "secret_key").st_mode)
    assert mode == 0o600
    assert first.database_url == f"sqlite:///{tmp_path / 'data' / 'hotline.db'}"


def test_settings_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTLINE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HOTLINE_OPERATOR_TOKEN", "given-token")
    monkeypatch.setenv("HOTLINE_DATABASE_URL", f"sqlite:///{tmp_path}/other.db")
    s = Settings().resolved()
    assert s.operator_token == "given-token"
    assert s.database_url.endswith("other.db")
    assert not (tmp_path / "operator_token").exists()


def test_migrations_create_the_gateway_tables(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    migrate(url)
    migrate(url)  # idempotent
    tables = set(inspect(make_engine(url)).get_table_names())
    assert {"conversations", "handoffs", "messages", "component_failures", "alembic_version"} <= tables


def test_python310_finder_explains_what_to_install(tmp_path: Path) -> None:
    script = REPO_ROOT / "scripts" / "find-python310.sh"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([str(script)], env=env, capture_output=True, text=True)
    if proc.returncode == 0:  # a system python3.10 exists on this machine
        assert "3.10" in subprocess.run([proc.stdout.strip(), "--version"], capture_output=True, text=True).stdout
    else:
        assert "Python 3.10 was not found" in proc.stderr and "pyenv install 3.10" in proc.stderr
    bad = subprocess.run([str(script)], env={**env, "PYTHON310": "/bin/true"}, capture_output=True, text=True)
    assert bad.returncode == 1 and "PYTHON310" in bad.stderr


def test_hotline_console_script_is_installed() -> None:
    exe = REPO_ROOT / ".venv" / "bin" / "hotline"
    proc = subprocess.run([str(exe), "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "run" in proc.stdout


@pytest.mark.parametrize("text,asks", [
    ("can i delete my story later? i don't want to delete anything now", True),
    ("¿cuánto tiempo guardan lo que escribo? no quiero borrar nada todavía", True),
    ("èske m ka efase mesaj yo pita?", True), ("je veux pas effacer maintenant", True),
    ("borra todo lo que escribí por favor", False), ("delete my messages", False),
    ("don't keep anything, delete it all", False), ("apaguem tudo agora", False),
])
def test_a_question_about_erasing_is_no_request_to_erase(text: str, asks: bool) -> None:
    assert asks_about_erasing(text) is asks
