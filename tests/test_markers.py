"""The markers that say which real services a test starts are derived from its fixtures
(tests/markers.py): checked on known tests by collecting them in a separate pytest run."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bot.settings import REPO_ROOT
from tests.markers import FAKES, INTEGRATION, REAL

STACK = {INTEGRATION, "rasa", "twilio_fake"}  # the session's stack starts with the fake Twilio
CLUSTER = {INTEGRATION, "rasa", "postgres", "redis", "nginx"}
KNOWN = {
    "tests/system/test_conversations.py::test_healthz_reports_every_component": STACK,
    "tests/security/test_process_secrets.py::test_no_process_command_line_shows_a_secret": STACK,
    "tests/system/test_console_shift.py::test_missing_cases_are_pages_with_a_way_back": STACK | {"chromium"},
    "tests/system/test_cluster.py::test_every_instance_is_up_on_its_own": CLUSTER,
    "tests/system/test_faults.py::test_kill_a_gateway_under_load": CLUSTER | {"twilio_fake"},
    "tests/system/test_nginx.py::test_a_webhook_cut_off_by_a_dying_gateway_is_left_to_twilio_to_resend":
        {INTEGRATION, "nginx"},
    "tests/nlu_components/test_nlu_model.py::test_sentence_vectors_are_deterministic_unit_vectors":
        {INTEGRATION, "rasa"},
    "tests/system/test_rasa_cli.py::test_rasa_data_validate": {INTEGRATION, "rasa"},
    "tests/services/test_directory_postgres.py::test_sample_import_and_search_on_postgres": {INTEGRATION, "postgres"},
    "tests/bot/privacy/test_datakeys.py::test_words_are_sealed_and_opened[postgresql]": {INTEGRATION, "postgres"},
    # Pure unit tests: in-process, nothing started.
    "tests/bot/privacy/test_datakeys.py::test_words_are_sealed_and_opened[sqlite]": set(),
    "tests/bot/test_small_modules.py::test_unknown_place": set(),
    "tests/bot/console/test_auth.py::test_an_unknown_username_is_paused_like_a_known_one": set(),
    "tests/bot/console/test_notifier.py::test_redis_notifier_still_delivers_on_its_own_instance_when_redis_is_down":
        set(),
    "tests/bot/channels/test_whatsapp.py::test_inside_the_window_an_operator_reply_goes_out_as_text": {"twilio_fake"},
}
# Writes each collected test's service markers to a file; loaded with -p in the child run.
DUMP = """
import json, os
NAMES = set(json.loads(os.environ["MARKERS_NAMES"]))
def pytest_collection_finish(session):
    out = {i.nodeid: sorted({m.name for m in i.iter_markers()} & NAMES) for i in session.items}
    with open(os.environ["MARKERS_OUT"], "w") as fh:
        json.dump(out, fh)
"""


def _pytest(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    plugin = tmp_path / "plugins"
    plugin.mkdir(exist_ok=True)
    (plugin / "dump_markers.py").write_text(DUMP)
    child_env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(plugin), str(REPO_ROOT)]), **(env or {})}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], cwd=REPO_ROOT,
                          env=child_env, capture_output=True, text=True, timeout=300)


def test_known_tests_get_the_markers_of_the_services_they_start(tmp_path: Path) -> None:
    out = tmp_path / "markers.json"
    proc = _pytest(tmp_path, "-p", "dump_markers", "--collect-only", "-q", *KNOWN,
                   env={"MARKERS_OUT": str(out), "MARKERS_NAMES": json.dumps([*REAL, *FAKES, INTEGRATION])})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    got = {node: set(names) for node, names in json.loads(out.read_text()).items()}
    assert got == KNOWN


def test_every_service_marker_is_declared_in_pyproject() -> None:
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    declared = {line.split(":", 1)[0] for line in config["markers"]}
    assert declared == {*REAL, *FAKES, INTEGRATION}
    assert "--strict-markers" in config["addopts"]


@pytest.mark.parametrize("fetch", ["postgres_url", "stack"])
def test_a_service_fetched_behind_an_unmarked_parameter_fails_before_it_starts(tmp_path: Path, fetch: str) -> None:
    """-m "not integration" must never start a service: a fixture that starts one refuses to set
    up for a test without its marker (request.getfixturevalue hides it from collection)."""
    sneaky = tmp_path / "sneaky"
    sneaky.mkdir()
    (sneaky / "test_sneaky.py").write_text(
        "import pytest\n\n"
        "@pytest.fixture(params=['quiet'])\n"
        f"def hidden(request):\n    return request.getfixturevalue({fetch!r})\n\n"
        "def test_hidden(hidden):\n    pass\n")
    proc = _pytest(tmp_path, "-p", "tests.conftest", "-c", str(REPO_ROOT / "pyproject.toml"),
                   "--rootdir", str(sneaky), "-q", str(sneaky / "test_sneaky.py"))
    assert proc.returncode == 1, proc.stdout[-3000:]
    assert "but is not marked so" in proc.stdout and "1 error" in proc.stdout, proc.stdout[-3000:]
