"""The operator console in a real browser (Playwright + Debian's Chromium) against the real
stack: Rasa with the trained model, the action server and the gateway.

Screenshots go to test-artifacts/ (gitignored). Measured queue latency is written to
test-artifacts/console-latency.json.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest

from bot.settings import REPO_ROOT

pytestmark = pytest.mark.integration

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = REPO_ROOT / "test-artifacts"
PASSWORD = "correct horse battery staple"
VIEWPORT = {"width": 1366, "height": 768}
XSS = ['<img src=x onerror="window.__xss=1">', "<script>window.__xss=2</script>",
       '"><svg onload="window.__xss=3">']


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's Chromium, installed on first use by scripts/install-browser.sh."""
    script = REPO_ROOT / "scripts" / "install-browser.sh"
    proc = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=900)
    if proc.returncode != 0 or not Path(CHROMIUM).exists():
        pytest.fail(f"could not install Chromium for the console browser tests ({script} exited "
                    f"{proc.returncode}): {proc.stderr.strip()[-800:]}", pytrace=False)
    return CHROMIUM


@pytest.fixture(scope="module")
def browser(chromium_path: str) -> Iterator:  # noqa: ANN001
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium_path, args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def hotline(stack, *args: str, env: dict[str, str] | None = None) -> str:  # noqa: ANN001
    full_env = {**os.environ, "HOTLINE_DATA_DIR": str(stack.settings.data_dir),
                "HOTLINE_DATABASE_URL": stack.settings.database_url, **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True,
                          env=full_env, cwd=REPO_ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def accounts(stack) -> dict[str, str]:  # noqa: ANN001
    """Operators created with the CLI against the stack's data dir."""
    suffix = uuid.uuid4().hex[:6]
    names = {"ana": f"ana{suffix}", "ben": f"ben{suffix}", "sup": f"sup{suffix}"}
    env = {"CONSOLE_TEST_PASSWORD": PASSWORD}
    hotline(stack, "operators", "add", names["ana"], "--languages", "es,en", "--name", "Ana",
            "--password-env", "CONSOLE_TEST_PASSWORD", env=env)
    hotline(stack, "operators", "add", names["ben"], "--languages", "en", "--name", "Ben",
            "--password-env", "CONSOLE_TEST_PASSWORD", env=env)
    hotline(stack, "operators", "add", names["sup"], "--role", "supervisor", "--languages", "es,en,pt",
            "--name", "Sol", "--password-env", "CONSOLE_TEST_PASSWORD", env=env)
    assert names["ben"] in hotline(stack, "operators", "list")
    return names


def new_page(browser, stack, lang: str = "es"):  # noqa: ANN001, ANN201
    ctx = browser.new_context(viewport=VIEWPORT, base_url=stack.gateway_url, locale=lang)
    page = ctx.new_page()
    page.set_default_timeout(15_000)
    return page


def wait_js(page, expression: str, timeout: float = 15.0) -> object:  # noqa: ANN001
    """Polls a JS expression until truthy. (page.wait_for_function evaluates strings, which the
    pages' CSP forbids; page.evaluate goes through the DevTools protocol, which CSP allows.)"""
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(expression)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        time.sleep(0.05)


def sign_in(page, username: str) -> None:  # noqa: ANN001
    page.goto("/console/login")
    page.get_by_label("Usuario").fill(username)
    page.get_by_label("Contraseña").fill(PASSWORD)
    page.get_by_role("button", name="Iniciar sesión").click()
    page.wait_for_url("**/console/queue")
    wait_js(page, "document.getElementById('live') && document.getElementById('live').textContent.length > 0")


def simulator(browser, stack, sender: str):  # noqa: ANN001, ANN201
    page = new_page(browser, stack)
    page.goto("/simulator")
    page.fill("#sender", sender)
    page.select_option("#channel", "whatsapp")
    return page


def sim_say(page, text: str) -> list[str]:  # noqa: ANN001
    """Types a message in the simulator; returns the replies it got."""
    before = page.locator("#thread li.bot").count()
    page.fill("#text", text)
    page.press("#text", "Enter")
    wait_js(page, f"document.querySelectorAll('#thread li.bot').length > {before}", timeout=20)
    return page.locator("#thread li.bot").all_inner_texts()[before:]


def open_ids(operator: httpx.Client) -> set[int]:
    return {h["id"] for h in operator.get("/api/handoffs").json()}


def to_epoch(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "")).replace(tzinfo=timezone.utc).timestamp()


@pytest.fixture(scope="module")
def clean_queue(operator: httpx.Client) -> None:
    # Cases left open by other modules would sit above ours: close them first.
    for hid in open_ids(operator):
        operator.post(f"/api/handoffs/{hid}/close", json={"outcome": "other"})


def test_console_end_to_end(browser, stack, operator: httpx.Client, accounts: dict[str, str],  # noqa: ANN001
                            clean_queue: None) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    figures: dict[str, object] = {}
    ana = new_page(browser, stack)
    sign_in(ana, accounts["ana"])
    ana.click("body")  # a user gesture lets the page play the alert sound

    # A person writes that they are locked in.
    sender = f"+1555{uuid.uuid4().int % 10**7:07d}"
    person = simulator(browser, stack, sender)
    before = open_ids(operator)
    t_sent = time.time()
    sim_say(person, "me tienen encerrada")
    new = open_ids(operator) - before
    steps = ["me tienen encerrada"]
    for follow_up in ("sí", "quiero hablar con una persona"):
        if new:
            break
        # Until the screening lands this may be report_exploitation → an offer of an operator.
        t_sent = time.time()
        sim_say(person, follow_up)
        steps.append(follow_up)
        new = open_ids(operator) - before
    assert len(new) == 1, f"no handoff after {steps}"
    hid = new.pop()
    figures["messages_to_handoff"] = steps

    row = ana.locator(f"#queue-body tr[data-id='{hid}']")
    row.wait_for(timeout=5_000)
    seen_ms = ana.evaluate(f"window.hotlineConsole.firstSeen[{hid}]")
    created = to_epoch(operator.get(f"/api/handoffs/{hid}").json()["created_at"])
    figures["queue_latency_s"] = round(seen_ms / 1000 - created, 3)
    figures["send_to_row_s"] = round(seen_ms / 1000 - t_sent, 3)
    assert figures["queue_latency_s"] < 1.0, figures
    assert ana.locator("#queue-body tr").first.get_attribute("data-id") == str(hid)
    cells = row.locator("td").all_inner_texts()
    assert "WhatsApp" in cells[3] and "es" in cells[2]
    risk = row.get_attribute("data-risk")
    figures["risk_level"] = risk
    if risk == "immediate":
        assert ana.locator("#alert").is_visible()

    # An emergency from another person: immediate, alert banner, beep, top of the queue.
    other = simulator(browser, stack, f"+1555{uuid.uuid4().int % 10**7:07d}")
    before = open_ids(operator)
    beeps = ana.evaluate("window.hotlineConsole.beeps")
    sim_say(other, "me quieren matar, ayuda")
    urgent = (open_ids(operator) - before).pop()
    ana.locator(f"#queue-body tr[data-id='{urgent}']").wait_for(timeout=5_000)
    figures["emergency_queue_latency_s"] = round(
        ana.evaluate(f"window.hotlineConsole.firstSeen[{urgent}]") / 1000
        - to_epoch(operator.get(f"/api/handoffs/{urgent}").json()["created_at"]), 3)
    assert figures["emergency_queue_latency_s"] < 1.0, figures
    rows = ana.locator("#queue-body tr")
    order = [rows.nth(i).get_attribute("data-id") for i in range(rows.count())]
    if risk == "immediate":  # both immediate: the one waiting longest stays first
        assert order[:2] == [str(hid), str(urgent)], order
    else:
        assert order[0] == str(urgent), order
    assert ana.locator("#alert").is_visible()
    wait_js(ana, f"window.hotlineConsole.beeps > {beeps}")
    ana.screenshot(path=str(ARTIFACTS / "console-queue.png"), full_page=True)

    # Read the summary, claim (only then the person's words show), reply; the reply reaches the simulator.
    ana.goto(f"/console/cases/{hid}")
    assert ana.locator("#summary").is_visible()
    summary = ana.locator("#summary").inner_text()
    assert "Sin evaluación" in summary or "Regla" in summary
    assert "me tienen encerrada" not in ana.locator("#transcript").inner_text()
    assert ana.locator("#sealed").is_visible()
    ana.click("#claim")
    ana.wait_for_selector("#unclaim")
    assert "me tienen encerrada" in ana.locator("#transcript").inner_text()
    reply = "Hola, te escribe una persona del equipo. ¿Estás en un lugar seguro ahora?"
    ana.fill("#reply-text", reply)
    ana.click("#send")
    ana.wait_for_selector(f"#transcript li.operator:has-text('{reply[:20]}')")
    person.wait_for_selector(f"#thread li.bot:has-text('{reply[:20]}')", timeout=10_000)
    ana.screenshot(path=str(ARTIFACTS / "console-case.png"), full_page=True)

    # A second operator cannot reply to Ana's case...
    ben = new_page(browser, stack)
    sign_in(ben, accounts["ben"])
    ben.goto(f"/console/cases/{hid}")
    assert ben.locator("#cannot-reply").is_visible()
    assert ben.locator("#reply-text").count() == 0
    status = ben.evaluate(f"""async () => {{
        const r = await fetch('/console/cases/{hid}/reply', {{method: 'POST', headers: {{
            'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': document.body.dataset.csrf}},
            body: 'text=hola', redirect: 'manual'}});
        return r.status; }}""")
    assert status == 403
    # ...and sees that the person's language is not one he reads, and asks for an interpreter.
    assert ben.locator("#lang-warning").is_visible()
    ben.click("#request-interpreter")
    ben.wait_for_selector("#interpreter-requested")
    # Once Ana transfers the case to him, he can.
    ana.goto(f"/console/cases/{hid}")
    ana.select_option("#transfer-to", label=ana.locator("#transfer-to option", has_text="Ben").inner_text())
    ana.click("#transfer")
    ana.wait_for_selector("#cannot-reply")
    ben.goto(f"/console/cases/{hid}")
    ben.fill("#reply-text", "Hello, a person from the team here.")
    ben.click("#send")
    ben.wait_for_selector("#transcript li.operator:has-text('Hello, a person')")

    # Ben closes with an outcome; the bot answers the person's next message.
    ben.select_option("#outcome", "referral_given")
    ben.click("#close")
    ben.wait_for_selector(".badge.closed")
    assert operator.get(f"/api/handoffs/{hid}").json()["status"] == "closed"
    replies = sim_say(person, "hola")
    assert replies and not any("te responderá aquí" in r for r in replies), replies
    operator.post(f"/api/handoffs/{urgent}/close", json={"outcome": "other"})

    (ARTIFACTS / "console-latency.json").write_text(json.dumps(figures, indent=2))
    print("console figures:", figures)


def test_xss_payloads_show_as_text_and_run_nothing(browser, stack, operator: httpx.Client,  # noqa: ANN001
                                                   accounts: dict[str, str]) -> None:
    person = simulator(browser, stack, f"+1555{uuid.uuid4().int % 10**7:07d}")
    before = open_ids(operator)
    for payload in XSS:
        sim_say(person, payload)
    sim_say(person, "quiero hablar con una persona")
    new = open_ids(operator) - before
    if not new:
        sim_say(person, "sí")
        new = open_ids(operator) - before
    hid = new.pop()
    sim_say(person, XSS[0] + " " + XSS[2])  # also while the handoff is open
    page = new_page(browser, stack)
    sign_in(page, accounts["ana"])
    page.locator(f"#queue-body tr[data-id='{hid}']").wait_for()
    # Keyboard only: Tab to the case's "open" link and press Enter.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate(f"(document.activeElement.getAttribute('href') || '') === '/console/cases/{hid}'"):
            break
    else:
        raise AssertionError("the case link cannot be reached with the keyboard")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/console/cases/{hid}")
    page.click("#claim")  # the person's words show to the operator whose case it is
    page.wait_for_selector("#unclaim")
    page.wait_for_timeout(2500)  # one transcript poll
    transcript = page.locator("#transcript").inner_text()
    for payload in ("<img src=x", "<script>window.__xss=2</script>", '"><svg onload'):
        assert payload in transcript, payload
    assert page.evaluate("window.__xss === undefined")
    assert page.locator("#transcript img, #transcript script, #transcript svg").count() == 0
    assert person.evaluate("window.__xss === undefined")
    operator.post(f"/api/handoffs/{hid}/close", json={"outcome": "other"})


def test_dashboard_renders_charts(browser, stack, gateway: httpx.Client,  # noqa: ANN001
                                  accounts: dict[str, str]) -> None:
    for _ in range(6):  # enough contacts for at least one bar above the suppression threshold
        gateway.post("/channels/simulator", json={"from": f"+1555{uuid.uuid4().int % 10**7:07d}",
                                                  "text": "hola", "channel": "sms"})
    page = new_page(browser, stack)
    sign_in(page, accounts["sup"])
    page.goto("/console/dashboard")
    wait_js(page, "window.hotlineDashboard && window.hotlineDashboard.drawn > 0")
    assert page.locator("#charts .plot svg").count() >= 3
    assert page.locator("#charts .plot svg rect.bar:not(.suppressed)").count() >= 1
    assert "<5" in page.locator("#charts").inner_text()
    page.screenshot(path=str(ARTIFACTS / "console-dashboard.png"), full_page=True)
    # English UI through the language switch.
    page.select_option("#ui-lang", "en")
    page.get_by_role("button", name="Cambiar").click()
    page.wait_for_selector("h1:has-text('Dashboard')")
    # CSV export, counts below 5 suppressed.
    with page.expect_download() as dl:
        page.click("#export")
    csv = Path(dl.value.path()).read_text()
    assert csv.startswith("section,category,count")
    for line in csv.strip().splitlines()[2:]:
        value = line.rsplit(",", 1)[1]
        assert value in ("", "<5") or float(value) == 0 or float(value) >= 5, line
    page.goto("/console/audit")
    assert page.locator("#audit tbody tr").count() > 3
    # A tablet-sized view of the queue stays usable.
    page.set_viewport_size({"width": 800, "height": 1180})
    page.goto("/console/queue")
    page.screenshot(path=str(ARTIFACTS / "console-queue-tablet.png"), full_page=True)
