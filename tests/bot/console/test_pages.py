"""Console pages for a shift: error pages instead of raw JSON, erasure during a case, long
replies, the audit of automatic claims, closing and transferring, help next, queue state,
canned responses, follow-up search and account management."""
from __future__ import annotations

import itertools
import re
import string
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from bot.console import auth
from bot.db.base import utcnow
from bot.db.console import AuditEvent, Operator
from bot.db.models import Handoff, Message
from bot.gateway import handoff_service, store
from bot.gateway.routers.simulator import conversation_key
from tests.bot.console.support import add_operator, app, client, csrf_of, login, open_handoff  # noqa: F401

HTML = {"Accept": "text/html,application/xhtml+xml", "Accept-Language": "es"}


def _post(c: TestClient, url: str, **data: str):  # noqa: ANN202
    return c.post(url, data={"csrf_token": csrf_of(c), **data}, headers=HTML, follow_redirects=False)


def _audit(app, hid: int) -> list[tuple]:  # noqa: ANN001
    with app.state.hotline.sessions() as db:
        return [tuple(r) for r in db.execute(select(AuditEvent.action, AuditEvent.detail)
                                             .where(AuditEvent.handoff_id == hid).order_by(AuditEvent.id)).all()]


# --------------------------------------------------------------------------- error pages

def test_a_missing_case_is_a_page_in_the_operators_language_with_a_way_back(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    login(client, "ana")
    for url in ("/console/cases/999", "/console/cases/abc", "/console/nothing-here"):
        resp = client.get(url, headers=HTML)
        assert resp.status_code == 404, url
        assert resp.headers["content-type"].startswith("text/html"), url
        assert "No encontrado" in resp.text and 'href="/console/queue"' in resp.text, url
        assert '{"error"' not in resp.text
    # A form posted to a missing case gets a page too.
    resp = _post(client, "/console/cases/999/reply", text="hola")
    assert resp.status_code == 404 and resp.headers["content-type"].startswith("text/html")
    # The page scripts' JSON routes keep answering JSON.
    assert client.get("/console/cases/999/transcript.json").json() == {"error": "not_found"}


def test_supervisor_pages_and_expired_forms_explain_themselves(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app)
    login(client, "ana")
    resp = client.get("/console/dashboard", headers=HTML)
    assert resp.status_code == 403 and "supervisión" in resp.text and "text/html" in resp.headers["content-type"]
    resp = client.post(f"/console/cases/{hid}/claim", data={"csrf_token": "stale"}, headers=HTML)
    assert resp.status_code == 403 and "caducó" in resp.text


# --------------------------------------------------------------------------- erasure

def _simulator_case(app, sender: str = "sim-borrar") -> int:  # noqa: ANN001
    key = conversation_key(app.state.hotline.settings.secret_key, sender, "whatsapp")
    return open_handoff(app, key=key, text="me tienen encerrada en la casa")


def test_when_the_person_erases_the_conversation_the_operator_is_told(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = _simulator_case(app)
    login(client, "ana")
    assert _post(client, f"/console/cases/{hid}/claim").status_code == 303
    # The person sends the safety word from their phone.
    resp = client.post("/channels/simulator", json={"from": "sim-borrar", "text": "BORRAR", "channel": "whatsapp"},
                       headers={"Authorization": f"Bearer {app.state.hotline.settings.simulator_token}"})
    assert resp.status_code == 200
    # The page's poll learns it (and stops: 410 Gone)...
    poll = client.get(f"/console/cases/{hid}/transcript.json")
    assert poll.status_code == 410 and poll.json() == {"error": "erased"}
    # ...the case page and a reply say so, as pages, with nothing of the conversation.
    for resp in (client.get(f"/console/cases/{hid}", headers=HTML),
                 _post(client, f"/console/cases/{hid}/reply", text="¿sigues ahí?")):
        assert resp.status_code == 410 and resp.headers["content-type"].startswith("text/html")
        assert "La persona borró esta conversación" in resp.text
        assert "encerrada" not in resp.text and '{"error"' not in resp.text
    assert ("erased", None) in _audit(app, hid)


# --------------------------------------------------------------------------- replies

def test_a_reply_that_claims_the_case_is_audited_as_a_claim(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app)
    login(client, "ana")
    assert _post(client, f"/console/cases/{hid}/reply", text="Hola, soy Ana.").status_code == 303
    assert _audit(app, hid) == [("claim", "reply"), ("message", None)]


def _operator_texts(app, hid: int) -> list[str]:  # noqa: ANN001
    """The operator's messages as the gateway reads them (stored sealed, opened by the store)."""
    with app.state.hotline.sessions() as db:
        key = db.get(Handoff, hid).conversation_key
        return [m.text for m in store.transcript(db, key) if m.handoff_id == hid and m.author == "operator"]


def test_a_long_reply_is_split_as_the_channel_allows_never_cut(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app, channel="sms")
    login(client, "ana")
    # About 2,100 characters of distinct lowercase words that redaction leaves alone.
    words = ["xq" + a + b for a, b in itertools.islice(itertools.product(string.ascii_lowercase, repeat=2), 350)]
    text = " ".join(words)
    assert _post(client, f"/console/cases/{hid}/reply", text=text).status_code == 303
    parts = _operator_texts(app, hid)
    assert len(parts) == 2 and all(len(p) <= handoff_service.MESSAGE_LIMIT for p in parts)
    assert parts[0].endswith(" (1/2)") and parts[1].endswith(" (2/2)")
    sent = " ".join(p.rsplit(" (", 1)[0] for p in parts).split()
    assert sent == words  # every word arrives, in order


def test_a_reply_too_long_for_the_channel_is_refused_with_the_draft_kept(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app)
    login(client, "ana")
    text = "x " * 2600  # 5,200 characters: more than three messages
    resp = _post(client, f"/console/cases/{hid}/reply", text=text)
    assert resp.status_code == 400
    assert "demasiado larga" in resp.text and "No se envió nada" in resp.text
    assert text.strip() in resp.text  # the draft is back in the box
    assert _operator_texts(app, hid) == []
    assert _audit(app, hid) == []  # refused before anything was claimed or sent


def test_the_reply_box_is_not_cut_by_the_browser_and_shows_the_limits(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app, channel="sms")
    login(client, "ana")
    page = client.get(f"/console/cases/{hid}").text
    box = re.search(r"<textarea id=\"reply-text\"[^>]*>", page).group(0)
    assert "maxlength" not in box
    assert 'id="reply-counter"' in page and f'data-limit="{handoff_service.MESSAGE_LIMIT}"' in page


# --------------------------------------------------------------------------- case actions

def test_closing_asks_for_confirmation(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app)
    login(client, "ana")
    resp = _post(client, f"/console/cases/{hid}/close", outcome="referral_given")
    assert resp.status_code == 200 and 'id="close-confirm"' in resp.text
    with app.state.hotline.sessions() as db:
        assert db.get(Handoff, hid).status == "open"
    assert _post(client, f"/console/cases/{hid}/close", outcome="referral_given", confirm="yes").status_code == 303
    with app.state.hotline.sessions() as db:
        assert db.get(Handoff, hid).status == "closed"


def test_a_transfer_carries_a_reason_the_target_sees(app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    add_operator(app, "ben")
    hid = open_handoff(app)
    with app.state.hotline.sessions() as db:
        ben_id = db.scalars(select(Operator.id).where(Operator.username == "ben")).one()
    with TestClient(app) as ana, TestClient(app) as ben:
        login(ana, "ana")
        login(ben, "ben")
        assert _post(ana, f"/console/cases/{hid}/transfer", to=str(ben_id)).status_code == 400
        assert _post(ana, f"/console/cases/{hid}/transfer", to=str(ben_id), reason="end_of_shift",
                     note="Le ofrecí albergue, llamar al 555 0100").status_code == 303
        page = ben.get(f"/console/cases/{hid}").text
        assert 'id="transfer-note"' in page and "fin de mi turno" in page
        assert "555 0100" not in page  # the note is redacted like any other
    assert ("transfer", "to:ben reason:end_of_shift") in _audit(app, hid)


def test_help_next_takes_the_most_urgent_unclaimed_case(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana", languages="es")
    add_operator(app, "ben")
    priority = open_handoff(app, key="p", risk="priority")
    pt_immediate = open_handoff(app, key="i-pt", risk="immediate", language="pt")
    es_immediate = open_handoff(app, key="i-es", risk="immediate")
    taken = open_handoff(app, key="taken", risk="immediate")
    with TestClient(app) as ben:
        login(ben, "ben")
        assert _post(ben, f"/console/cases/{taken}/claim").status_code == 303
    login(client, "ana")
    order = []
    for _ in range(4):
        resp = _post(client, "/console/next")
        order.append(resp.headers["location"])
    # Immediate first, a language Ana reads first among them, then the rest; then nothing left.
    assert order == [f"/console/cases/{es_immediate}", f"/console/cases/{pt_immediate}",
                     f"/console/cases/{priority}", "/console/queue?none=1"]
    assert ("claim", "next") in _audit(app, es_immediate)


def test_the_queue_shows_unread_messages_and_waiting_since_the_oldest_unanswered(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    hid = open_handoff(app)
    login(client, "ana")
    row = client.get("/console/queue.json").json()["rows"][0]
    with app.state.hotline.sessions() as db:
        created = db.get(Handoff, hid).created_at
    assert row["waiting_since"] == created.isoformat(timespec="seconds") + "Z" and not row["unread"]
    _post(client, f"/console/cases/{hid}/reply", text="Hola, aquí estoy.")
    row = client.get("/console/queue.json").json()["rows"][0]
    assert row["waiting_since"] is None and not row["unread"]  # answered
    with app.state.hotline.sessions() as db:  # the person writes twice, ten and two minutes ago
        h = db.get(Handoff, hid)
        for minutes in (10, 2):
            m = store.add_message(db, h.conversation_key, "in", "person", "¿hola?", hid)
            db.flush()
            db.execute(update(Message).where(Message.id == m.id).values(created_at=utcnow() - timedelta(minutes=minutes)))
        db.commit()
    row = client.get("/console/queue.json").json()["rows"][0]
    assert row["unread"] and 590 <= row["waiting_seconds"] <= 660
    client.get(f"/console/cases/{hid}/transcript.json?seen=1")
    assert not client.get("/console/queue.json").json()["rows"][0]["unread"]


# --------------------------------------------------------------------------- canned responses

def test_supervisors_write_canned_responses_operators_insert_them_and_it_is_audited(app) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    add_operator(app, "sol", role="supervisor")
    hid = open_handoff(app)
    with TestClient(app) as sol, TestClient(app) as ana:
        login(sol, "sol")
        login(ana, "ana")
        assert _post(ana, "/console/canned", language="es", code="x", text="y").status_code == 403
        assert _post(sol, "/console/canned", language="es", code="seguro",
                     text="¿Estás en un lugar seguro ahora?").status_code == 200
        assert _post(sol, "/console/canned", language="en", code="safe", text="Are you safe now?").status_code == 200
        bad = _post(sol, "/console/canned", language="es", code="seguro", text="otra")
        assert bad.status_code == 400 and "ya se usa" in bad.text
        page = ana.get(f"/console/cases/{hid}").text
        assert 'data-code="seguro"' in page and "¿Estás en un lugar seguro ahora?" in page
        assert 'data-code="safe"' not in page  # another language's
        assert "utter_" not in page  # none of the bot's own texts
        with app.state.hotline.sessions() as db:
            details = db.scalars(select(AuditEvent.detail).where(AuditEvent.action.like("canned_%"))).all()
        assert details == ["es:seguro", "en:safe"]


# --------------------------------------------------------------------------- follow-up

def test_closed_cases_are_searchable_by_id_date_level_category_and_language(app, client: TestClient) -> None:  # noqa: ANN001
    add_operator(app, "ana")
    a = open_handoff(app, key="a", risk="immediate", language="es")
    b = open_handoff(app, key="b", risk="priority", language="pt")
    with app.state.hotline.sessions() as db:
        db.get(Handoff, b).summary = {"screened": True, "indicators": [{"id": "withheld_wages"}]}
        db.commit()
    login(client, "ana")
    for hid in (a, b):
        _post(client, f"/console/cases/{hid}/close", outcome="other", confirm="yes")

    def found(**q: str) -> set[int]:
        page = client.get("/console/closed", params=q).text
        return {int(x) for x in re.findall(r'<tr data-id="(\d+)"', page)}

    today = utcnow().date().isoformat()
    assert found() == {a, b}
    assert found(id=str(a)) == {a}
    assert found(level="priority") == {b}
    assert found(language="es") == {a}
    assert found(category="labour") == {b}
    assert found(start=today, end=today) == {a, b}
    assert found(start="2001-01-01", end="2001-01-31") == set()


# --------------------------------------------------------------------------- accounts

def test_a_supervisor_sees_and_lifts_a_pause_disables_and_resets_a_password(app, settings_env) -> None:  # noqa: ANN001
    settings_env.setenv("HOTLINE_CONSOLE_LOGIN_RATE_PER_MINUTE", "100")
    add_operator(app, "ana")
    add_operator(app, "sol", role="supervisor")
    with TestClient(app) as ana, TestClient(app) as sol:
        for _ in range(5):
            login(ana, "ana", "wrong password!")
        assert login(ana, "ana").status_code == 429
        login(sol, "sol")
        page = sol.get("/console/operators").text
        assert "pausa en 1 dispositivo" in page
        assert _post(sol, "/console/operators/ana/unlock").status_code == 200
        assert login(ana, "ana").status_code == 303  # lifted
        resp = _post(sol, "/console/operators/ana/reset")
        new_password = re.search(r'id="new-password">[^<]*<code>([^<]+)</code>', resp.text).group(1)
        assert ana.get("/console/queue.json").status_code == 401  # her sessions ended
        resp = login(ana, "ana", new_password)
        assert resp.status_code == 303 and resp.headers["location"] == "/console/password"
        assert ana.get("/console/queue", headers=HTML, follow_redirects=False).headers["location"] == "/console/password"
        resp = _post(ana, "/console/password", current=new_password, new="a brand new passphrase", again="a brand new passphrase")
        assert resp.status_code == 200 and 'id="password-done"' in resp.text
        assert ana.get("/console/queue").status_code == 200
        assert _post(sol, "/console/operators/ana/disable").status_code == 200
        assert ana.get("/console/queue.json").status_code == 401
    with app.state.hotline.sessions() as db:
        details = db.scalars(select(AuditEvent.action).where(AuditEvent.actor == "sol")).all()
    assert {"pause_lifted", "password_reset", "operator_disabled"} <= set(details)


def test_operators_list_shows_and_unlock_lifts_a_pause(app, client: TestClient, monkeypatch) -> None:  # noqa: ANN001
    import subprocess
    import sys

    from bot.settings import REPO_ROOT

    add_operator(app, "ana")
    for _ in range(5):
        login(client, "ana", "wrong password!")
    settings = app.state.hotline.settings
    env = {"PATH": "/usr/bin:/bin", "HOTLINE_DATA_DIR": str(settings.data_dir),
           "HOTLINE_DATABASE_URL": settings.database_url, "HOTLINE_SECRET_KEY": settings.secret_key}

    def cli(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-m", "bot.cli", "operators", *args], capture_output=True,
                              text=True, env=env, cwd=REPO_ROOT, timeout=60)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    assert "paused on 1 device(s)" in cli("list")
    assert "lifted" in cli("unlock", "ana")
    assert "paused" not in cli("list")
    with app.state.hotline.sessions() as db:
        assert auth.pauses_of(db, settings.secret_key, db.scalars(select(Operator)).one()).any is False
