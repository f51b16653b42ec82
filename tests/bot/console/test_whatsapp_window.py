"""The console's composer shows WhatsApp's 24-hour window and switches to template mode after it."""
from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from bot.channels import whatsapp
from bot.console.web import LANG_COOKIE
from bot.db.base import utcnow
from bot.privacy import handles
from tests.bot.console.support import add_operator, app, client, csrf_of, login, open_handoff  # noqa: F401
from tests.conftest import SettingsEnv

KEY = "w" * 64


@pytest.fixture(autouse=True)
def templates(settings_env: SettingsEnv) -> None:
    settings_env.setenv("TWILIO_WHATSAPP_TEMPLATES", "es:HX" + "1" * 32)


def person_wrote(app, hours_ago: float, handle: bool = True) -> None:  # noqa: ANN001
    with app.state.hotline.sessions() as db:
        whatsapp.opened(db, KEY, utcnow() - timedelta(hours=hours_ago))
        if handle:
            handles.remember(db, handles.keyring(app.state.hotline.settings.data_dir), KEY, "whatsapp:+15555550142",
                             timedelta(hours=72))
        db.commit()


def composer(client: TestClient, hid: int) -> tuple[str, str]:
    client.cookies.set(LANG_COOKIE, "en")
    page = html.unescape(client.get(f"/console/cases/{hid}").text)
    window = re.search(r'<p class="notice" id="whatsapp-window".*?</p>', page, re.S)
    send = re.search(r'<button type="submit" class="primary" id="send">(.*?)</button>', page, re.S).group(1)
    return (window.group(0) if window else ""), send.strip()


def test_inside_the_window_the_composer_counts_down(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app, key=KEY, channel="whatsapp")
    person_wrote(app, hours_ago=3)
    login(client, "ana")
    window, send = composer(client, hid)
    assert 'id="window-closed" hidden' in window and 'id="window-open" hidden' not in window
    assert re.search(r'<strong id="window-left">20 h \d\d min</strong>', window)  # 24 h less 3 h, less the margin
    assert 'data-ends="' in window and 'data-ends=""' not in window and send == "Send"


def test_after_the_window_the_composer_is_in_template_mode(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app, key=KEY, channel="whatsapp")
    person_wrote(app, hours_ago=30)
    login(client, "ana")
    window, send = composer(client, hid)
    assert 'id="window-open" hidden' in window and 'id="window-closed" hidden' not in window
    assert "Template mode" in window and "Template language: es" in window
    assert send == "Hold and send the WhatsApp template"
    # The operator writes: held, and (no Twilio credentials here) nothing can go out yet.
    client.post(f"/console/cases/{hid}/claim", data={"csrf_token": csrf_of(client)})
    resp = client.post(f"/console/cases/{hid}/reply", data={"csrf_token": csrf_of(client), "text": "Hola, soy Ana"},
                       follow_redirects=False)
    assert resp.status_code == 303


def test_without_a_handle_or_a_template_the_message_only_waits(app, client: TestClient,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app, key=KEY, channel="whatsapp")
    person_wrote(app, hours_ago=30, handle=False)
    login(client, "ana")
    window, send = composer(client, hid)
    assert "No template can be sent" in window and send == "Hold for the person's next message"


def test_other_channels_have_no_window(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app, key="s" * 64, channel="sms")
    login(client, "ana")
    window, send = composer(client, hid)
    assert window == "" and send == "Send"


def test_spanish_console_speaks_spanish(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app, key=KEY, channel="whatsapp")
    person_wrote(app, hours_ago=30)
    login(client, "ana")
    client.cookies.set(LANG_COOKIE, "es")
    page = client.get(f"/console/cases/{hid}").text
    assert "Modo plantilla" in page and "Retener y enviar la plantilla de WhatsApp" in page
