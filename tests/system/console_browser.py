"""Shared pieces of the console's browser tests: Debian's Chromium driven by Playwright against
the real stack (Rasa with the trained model, the action server and the gateway).

Screenshots go to test-artifacts/ (gitignored). With HOTLINE_UPDATE_SCREENSHOTS=1 they are also
written to docs/screenshots/, where the README's "Operating a shift" section shows them.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.settings import REPO_ROOT
from tests.markers import starts

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = REPO_ROOT / "test-artifacts"
DOCS_SHOTS = REPO_ROOT / "docs" / "screenshots"
# The ones README.md ("Operating a shift") shows.
PUBLISHED = {"shift-alert-desktop", "shift-queue-phone", "shift-close-confirm-phone", "shift-case-desktop",
             "console-erased", "shift-closed-desktop", "console-dashboard", "console-operators"}
PASSWORD = "correct horse battery staple"
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 360, "height": 740}
TIMEZONE = "America/Guatemala"  # UTC-6 all year: the console shows times in the operator's zone


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
@starts("chromium")
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


def new_page(browser, stack, lang: str = "es", viewport: dict | None = None, **context):  # noqa: ANN001, ANN003, ANN201
    ctx = browser.new_context(viewport=viewport or DESKTOP, base_url=stack.gateway_url, locale=lang,
                              timezone_id=TIMEZONE, **context)
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


def sign_in(page, username: str, password: str = PASSWORD) -> None:  # noqa: ANN001
    page.goto("/console/login")
    page.get_by_label("Usuario").fill(username)
    page.get_by_label("Contraseña").fill(password)
    page.get_by_role("button", name="Iniciar sesión").click()
    page.wait_for_url("**/console/queue")
    wait_js(page, "document.getElementById('live') && document.getElementById('live').textContent.length > 0")


def sign_out(page) -> None:  # noqa: ANN001
    page.click("#account summary")
    page.click("#sign-out")
    page.wait_for_url("**/console/login**")


def simulator(browser, stack, sender: str, viewport: dict | None = None):  # noqa: ANN001, ANN201
    page = new_page(browser, stack, viewport=viewport)
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


def new_sender() -> str:
    return f"+1555{uuid.uuid4().int % 10**7:07d}"  # fictitious: the 555 range


def open_ids(operator: httpx.Client) -> set[int]:
    return {h["id"] for h in operator.get("/api/handoffs").json()}


def close_all(operator: httpx.Client) -> None:
    """Cases left open by other tests would sit above ours and sound their alerts."""
    for hid in open_ids(operator):
        operator.post(f"/api/handoffs/{hid}/close", json={"outcome": "other"})


def open_case(browser, stack, operator: httpx.Client, text: str = "me quieren matar, ayuda",  # noqa: ANN001
              viewport: dict | None = None):  # noqa: ANN201
    """A person writes in the simulator until a handoff opens: (simulator page, handoff id)."""
    person = simulator(browser, stack, new_sender(), viewport)
    before = open_ids(operator)
    for message in (text, "sí", "quiero hablar con una persona"):
        sim_say(person, message)
        if new := open_ids(operator) - before:
            return person, new.pop()
    raise AssertionError(f"no handoff after {text!r}")


def no_horizontal_scroll(page, width: int) -> None:  # noqa: ANN001
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"{page.url}: {scroll} px wide at a {width} px viewport"


def within_viewport(page, selector: str, width: int) -> None:  # noqa: ANN001
    """The element is on screen horizontally. Measured in one step in the page: the live queue
    may replace its rows at any moment."""
    box = wait_js(page, f"""(() => {{ const el = document.querySelector({selector!r});
        if (!el || !el.offsetParent) return null;
        const r = el.getBoundingClientRect(); return {{x: r.x, width: r.width}}; }})()""")
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, (selector, box)


def shot(page, name: str) -> Path:  # noqa: ANN001
    """A full-page screenshot in test-artifacts/; the published ones also in docs/screenshots/
    when updating them."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if name in PUBLISHED and os.environ.get("HOTLINE_UPDATE_SCREENSHOTS") == "1":
        DOCS_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOCS_SHOTS / path.name)
    return path
