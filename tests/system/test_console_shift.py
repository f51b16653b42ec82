"""A shift on the operator console, in Chromium at a desk (1366 px) and on a phone (360 px),
against the real stack; and the defects of issue #19 that only a browser shows.

Screenshots: see tests/system/console_browser.py (docs/screenshots/ with
HOTLINE_UPDATE_SCREENSHOTS=1).
"""
from __future__ import annotations

import time
from datetime import datetime, timedelta

import httpx
import pytest

from tests.system.console_browser import (DESKTOP, PASSWORD, PHONE, accounts, browser,  # noqa: F401
                                               chromium_path, close_all, new_page, no_horizontal_scroll, open_case,
                                               shot, sign_in, sign_out, sim_say, wait_js, within_viewport)


VIEWPORTS = [pytest.param(DESKTOP, id="desktop"), pytest.param(PHONE, id="phone")]


def person_writes(page, text: str) -> None:  # noqa: ANN001
    """A message from the person while an operator has the case (the bot stays quiet)."""
    before = page.locator("#thread li.me").count()
    page.fill("#text", text)
    page.press("#text", "Enter")
    wait_js(page, f"document.querySelectorAll('#thread li.me').length > {before}")


def drafts(page) -> list[str]:  # noqa: ANN001
    return page.evaluate("Object.keys(sessionStorage).filter(k => k.startsWith('hotline-draft:'))")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_a_shift(browser, stack, operator: httpx.Client, accounts: dict[str, str], viewport: dict) -> None:  # noqa: ANN001, F811
    close_all(operator)
    width = viewport["width"]
    tag = "desktop" if width > 400 else "phone"

    # A supervisor writes a canned response in Spanish, in the console.
    sup = new_page(browser, stack, viewport=viewport)
    sign_in(sup, accounts["sup"])
    sup.goto("/console/canned")
    code = f"seguro-{tag}"
    sup.select_option("#n-language", "es")
    sup.fill("#n-code", code)
    sup.fill("#n-text", "¿Estás en un lugar seguro ahora? Puedes responder solo sí o no.")
    sup.click("#canned-new button[type=submit]")
    sup.wait_for_selector(f"#canned-rows li[data-code='{code}']")
    no_horizontal_scroll(sup, width)
    shot(sup, f"shift-canned-{tag}")

    # A person in danger writes before Ana opens the console.
    person, urgent = open_case(browser, stack, operator, viewport=viewport)
    ana = new_page(browser, stack, viewport=viewport, permissions=["notifications"])
    sign_in(ana, accounts["ana"])

    # An alert that cannot be missed, on a console opened after the case arrived: banner, title
    # badge, a desktop notification, and the sound again and again until someone claims it.
    # The queue's first poll can land just after sign-in: wait for it rather than read at once.
    ana.locator("#alert").wait_for(state="visible", timeout=10_000)
    wait_js(ana, "document.title.startsWith('⚠ (1)')")
    wait_js(ana, "window.hotlineConsole.beeps >= 1 && window.hotlineConsole.notified >= 1")
    t0 = time.monotonic()
    wait_js(ana, "window.hotlineConsole.beeps >= 2", timeout=20)
    assert time.monotonic() - t0 < 12
    row = ana.locator(f"#queue-body tr[data-id='{urgent}']")
    assert row.locator("time.waiting").count() == 1  # waiting since the handoff opened
    no_horizontal_scroll(ana, width)
    shot(ana, f"shift-alert-{tag}")

    # "Help next" (key n) claims the most urgent case and opens it; the alert stops.
    ana.keyboard.press("n")
    ana.wait_for_url(f"**/console/cases/{urgent}")
    assert ana.locator("#unclaim").count() == 1
    wait_js(ana, "window.hotlineConsole.alerting === false && !document.title.startsWith('⚠')")
    # Times are in the operator's time zone (the browser's: UTC-6 here).
    opened = ana.locator("#opened-at")
    utc = datetime.fromisoformat(opened.get_attribute("datetime").rstrip("Z"))
    assert (utc - timedelta(hours=6)).strftime("%H:%M") in opened.inner_text()

    # A priority case arriving now gets the softer alert.
    soft = ana.evaluate("window.hotlineConsole.softBeeps")
    _other, priority = open_case(browser, stack, operator, "quiero hablar con una persona", viewport)
    wait_js(ana, f"window.hotlineConsole.softBeeps > {soft}")
    ana.locator("#alert-priority").wait_for(state="visible", timeout=10_000)
    wait_js(ana, "document.title.startsWith('(1)')")

    # A canned response found by its code, edited, sent with Ctrl+Enter.
    ana.fill("#canned-search", code)
    ana.press("#canned-search", "Enter")
    assert ana.input_value("#reply-text").startswith("¿Estás en un lugar seguro ahora?")
    assert ana.evaluate("document.activeElement.id") == "reply-text"
    ana.keyboard.type(" Estoy aquí para escucharte.")
    assert "caracteres" in ana.locator("#reply-counter").inner_text()
    ana.press("#reply-text", "Control+Enter")
    ana.wait_for_selector("#transcript li.operator:has-text('Estoy aquí para escucharte')")
    person.wait_for_selector("#thread li.bot:has-text('Estoy aquí para escucharte')", timeout=10_000)
    no_horizontal_scroll(ana, width)
    within_viewport(ana, "#transfer", width)
    within_viewport(ana, "#close", width)
    shot(ana, f"shift-case-{tag}")

    # The person writes again while Ana is on the queue: the row is marked unread, waiting
    # counts from that message.
    ana.goto("/console/queue")
    person_writes(person, "sí, estoy escondida en el baño")
    row = ana.locator(f"#queue-body tr[data-id='{urgent}'][data-unread='1']")
    row.wait_for(timeout=5_000)
    assert row.locator(".badge.unread").is_visible() and row.locator("time.waiting").count() == 1
    shot(ana, f"shift-queue-{tag}")
    ana.goto(f"/console/cases/{urgent}")
    ana.wait_for_selector("#transcript li.person:has-text('escondida en el baño')")
    ana.goto("/console/queue")
    ana.locator(f"#queue-body tr[data-id='{urgent}'][data-unread='0']").wait_for(timeout=5_000)

    # A draft survives a reload of the tab, and not a sign-out.
    ana.goto(f"/console/cases/{urgent}")
    ana.keyboard.press("r")  # shortcut: to the reply box
    assert ana.evaluate("document.activeElement.id") == "reply-text"
    ana.keyboard.type("Voy a buscarte un albergue")
    ana.reload()
    assert ana.input_value("#reply-text") == "Voy a buscarte un albergue"
    sign_out(ana)
    assert drafts(ana) == []
    sign_in(ana, accounts["ana"])
    ana.goto(f"/console/cases/{urgent}")
    assert ana.input_value("#reply-text") == ""

    # Closing asks once more.
    ana.select_option("#outcome", "referral_given")
    ana.click("#close")
    ana.wait_for_selector("#close-confirm")
    no_horizontal_scroll(ana, width)
    shot(ana, f"shift-close-confirm-{tag}")
    assert operator.get(f"/api/handoffs/{urgent}").json()["status"] == "open"
    ana.click("#confirm-close")
    ana.wait_for_selector(".badge.closed")

    # Follow-up: the closed case is found by number and by level.
    ana.goto("/console/closed")
    ana.fill("#f-id", str(urgent))
    ana.click("#closed-filters button[type=submit]")
    ana.wait_for_selector(f"#closed tr[data-id='{urgent}']")
    assert ana.locator("#closed tbody tr[data-id]").count() == 1
    ana.fill("#f-id", "")
    ana.select_option("#f-level", "immediate")
    ana.click("#closed-filters button[type=submit]")
    ana.wait_for_selector(f"#closed tr[data-id='{urgent}']")
    assert ana.locator(f"#closed tr[data-id='{priority}']").count() == 0
    no_horizontal_scroll(ana, width)
    shot(ana, f"shift-closed-{tag}")
    close_all(operator)


def test_the_operator_is_told_when_the_person_erases_the_conversation(browser, stack, operator: httpx.Client,  # noqa: ANN001, F811
                                                                       accounts: dict[str, str]) -> None:
    close_all(operator)
    person, hid = open_case(browser, stack, operator, "me tienen encerrada, ayuda")
    ana = new_page(browser, stack)
    sign_in(ana, accounts["ana"])
    ana.goto(f"/console/cases/{hid}")
    ana.keyboard.press("c")  # shortcut: claim
    ana.wait_for_selector("#unclaim")
    ana.fill("#reply-text", "Un borrador que no debe quedar")
    assert "encerrada" in ana.locator("#transcript").inner_text()
    polls: list[float] = []
    ana.on("request", lambda r: polls.append(time.monotonic()) if "/transcript.json" in r.url else None)

    sim_say(person, "BORRAR")

    ana.locator("#erased").wait_for(state="visible", timeout=5_000)
    erased_at = time.monotonic()
    assert "La persona borró esta conversación" in ana.locator("#erased").inner_text()
    # Nothing of the conversation stays on the screen, nor in the tab's storage.
    assert ana.locator("#transcript, #summary, #reply, #notes").count() == 0
    assert "encerrada" not in ana.locator("body").inner_text()
    assert drafts(ana) == []
    shot(ana, "console-erased")
    # The page stops polling the gone case...
    ana.wait_for_timeout(4_500)
    assert not [t for t in polls if t > erased_at + 0.5], "the page kept polling an erased case"
    # ...and a reply sent anyway gets a page that says why, not raw JSON.
    answer = ana.evaluate(f"""async () => {{
        const r = await fetch('/console/cases/{hid}/reply', {{method: 'POST', headers: {{
            'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'text/html',
            'X-CSRF-Token': document.body.dataset.csrf}}, body: 'text=hola'}});
        return [r.status, r.headers.get('content-type'), await r.text()]; }}""")
    assert answer[0] == 410 and answer[1].startswith("text/html")
    assert "La persona borró esta conversación" in answer[2] and '{"error"' not in answer[2]
    ana.goto(f"/console/cases/{hid}")
    assert ana.locator("#error-page[data-code='erased']").is_visible()


def test_missing_cases_are_pages_with_a_way_back(browser, stack, accounts: dict[str, str]) -> None:  # noqa: ANN001, F811
    page = new_page(browser, stack, viewport=PHONE)
    sign_in(page, accounts["ana"])
    for url in ("/console/cases/999999", "/console/cases/abc"):
        resp = page.goto(url)
        assert resp.status == 404 and resp.headers["content-type"].startswith("text/html")
        assert page.locator("h1").inner_text() == "No encontrado"
        no_horizontal_scroll(page, PHONE["width"])
    page.click("#back")
    page.wait_for_url("**/console/queue")


def test_the_console_works_at_360_px(browser, stack, operator: httpx.Client, accounts: dict[str, str]) -> None:  # noqa: ANN001, F811
    close_all(operator)
    _person, hid = open_case(browser, stack, operator)
    open_case(browser, stack, operator, "quiero hablar con una persona")
    sup = new_page(browser, stack, viewport=PHONE)
    sign_in(sup, accounts["sup"])
    for url in ("/console/queue", f"/console/cases/{hid}", "/console/dashboard", "/console/closed",
                "/console/operators", "/console/canned", "/console/audit", "/console/password"):
        sup.goto(url)
        no_horizontal_scroll(sup, PHONE["width"])
    sup.goto(f"/console/cases/{hid}")
    for selector in ("#claim", "#transfer", "#close", "#send", "#reply-text"):
        within_viewport(sup, selector, PHONE["width"])
    sup.goto("/console/queue")
    within_viewport(sup, f"#queue-body tr[data-id='{hid}'] a.button", PHONE["width"])
    shot(sup, "console-queue-phone")
    close_all(operator)


def test_a_simulator_reload_keeps_the_thread_and_the_sender(browser, stack, operator: httpx.Client,  # noqa: ANN001, F811
                                                          accounts: dict[str, str]) -> None:
    close_all(operator)
    person, hid = open_case(browser, stack, operator)
    sender = person.input_value("#sender")
    ana = new_page(browser, stack)
    sign_in(ana, accounts["ana"])
    ana.goto(f"/console/cases/{hid}")
    ana.fill("#reply-text", "Primera respuesta del equipo")
    ana.click("#send")
    person.wait_for_selector("#thread li.bot:has-text('Primera respuesta')", timeout=10_000)
    thread = person.locator("#thread li").all_inner_texts()

    person.reload()
    assert person.input_value("#sender") == sender
    assert person.locator("#thread li").all_inner_texts() == thread
    ana.fill("#reply-text", "Segunda respuesta, después de recargar")
    ana.click("#send")
    person.wait_for_selector("#thread li.bot:has-text('Segunda respuesta')", timeout=10_000)
    close_all(operator)


def test_a_supervisor_sees_and_lifts_a_sign_in_pause(browser, stack, accounts: dict[str, str]) -> None:  # noqa: ANN001, F811
    ben = new_page(browser, stack)
    for _ in range(5):
        ben.goto("/console/login")
        ben.get_by_label("Usuario").fill(accounts["ben"])
        ben.get_by_label("Contraseña").fill("not the password")
        ben.get_by_role("button", name="Iniciar sesión").click()
    ben.goto("/console/login")
    ben.get_by_label("Usuario").fill(accounts["ben"])
    ben.get_by_label("Contraseña").fill(PASSWORD)
    ben.get_by_role("button", name="Iniciar sesión").click()
    message = ben.locator("#login-error").inner_text()
    assert "pausa" in message and "supervisor" in message, message
    sup = new_page(browser, stack)
    sign_in(sup, accounts["sup"])
    sup.goto("/console/operators")
    row = sup.locator(f"#operators tr[data-username='{accounts['ben']}']")
    assert "pausa" in row.locator(".status").inner_text()
    shot(sup, "console-operators")
    row.locator("button.unlock").click()
    sup.wait_for_selector("#operators-message")
    sign_in(ben, accounts["ben"])
