"""Screening in the conversation: every message screened, levels acted on, summaries kept."""
from __future__ import annotations

import httpx

from tests.system.helpers import handoffs, new_sender, rendered, say, texts


def _new_handoffs(operator: httpx.Client, before: set[int]) -> list[dict]:
    return [h for h in operator.get("/api/handoffs").json() if h["id"] not in before]


def _ids(operator: httpx.Client) -> set[int]:
    return {h["id"] for h in operator.get("/api/handoffs").json()}


def test_documents_and_debt_across_two_messages_end_in_a_priority_handoff_with_both(
    gateway: httpx.Client, operator: httpx.Client
) -> None:
    sender = new_sender()
    before = _ids(operator)
    say(gateway, sender, "hola")
    first = say(gateway, sender, "el patrón se quedó con mi pasaporte")
    assert rendered("utter_offer_operator", "es") in texts(first)
    say(gateway, sender, "y dice que le debo 3000 dólares del viaje y cada mes sube")
    accepted = say(gateway, sender, "sí")
    assert rendered("utter_handoff_started", "es") in texts(accepted)
    [handoff] = _new_handoffs(operator, before)
    assert handoff["risk_level"] == "priority"
    detail = operator.get(f"/api/handoffs/{handoff['id']}").json()
    summary = detail["summary"]
    ids = {i["id"] for i in summary["indicators"]}
    assert {"document_confiscation", "debt_bondage"} <= ids
    assert summary["risk_level"] == "priority" and summary["rule"].startswith("priority.")
    assert summary["language"] == "es"
    assert all("span" in i and i["span"] for i in summary["indicators"])
    operator.post(f"/api/handoffs/{handoff['id']}/close", json={"outcome": "other"})


def test_a_minor_in_commercial_sex_is_escalated_at_once_whoever_reports_it(
    gateway: httpx.Client, operator: httpx.Client
) -> None:
    sender = new_sender()
    before = _ids(operator)
    say(gateway, sender, "hello")
    body = say(gateway, sender, "my niece is 15 and they make her attend clients at a bar")
    [handoff] = _new_handoffs(operator, before)
    assert handoff["risk_level"] == "immediate"
    assert rendered("utter_handoff_started", "en") in texts(body)
    summary = operator.get(f"/api/handoffs/{handoff['id']}").json()["summary"]
    assert summary["age_band"] == "under_18" and summary["rule"] == "immediate.minor_exploitation"
    operator.post(f"/api/handoffs/{handoff['id']}/close", json={})


def test_danger_disclosed_while_waiting_raises_the_handoff(gateway: httpx.Client, operator: httpx.Client) -> None:
    sender = new_sender()
    before = _ids(operator)
    say(gateway, sender, "hola")
    say(gateway, sender, "quiero hablar con una persona")
    [handoff] = _new_handoffs(operator, before)
    assert handoff["risk_level"] == "priority"
    say(gateway, sender, "ayuda me quieren matar ahora mismo")
    raised = next(h for h in operator.get("/api/handoffs").json() if h["id"] == handoff["id"])
    assert raised["risk_level"] == "immediate"
    assert operator.get("/api/handoffs").json()[0]["risk_level"] == "immediate"
    operator.post(f"/api/handoffs/{handoff['id']}/close", json={})


def test_clarifying_questions_can_be_skipped_and_stopped(gateway: httpx.Client) -> None:
    sender = new_sender()
    say(gateway, sender, "hola")
    # A disclosure the NLU reads as one, and that leaves screening questions open.
    body = say(gateway, sender, "pagué a un coyote para cruzar y ahora trabajo en una obra, creo que me están explotando")
    replies = texts(body)
    assert rendered("utter_screening_intro", "es") in replies
    assert replies[-1].startswith("¿")
    skipped = say(gateway, sender, "saltar")
    assert texts(skipped)[-1].startswith("¿")
    stopped = say(gateway, sender, "parar")
    assert rendered("utter_screening_stopped", "es") in texts(stopped)


def test_job_offer_check_gives_an_assessment_and_steps(gateway: httpx.Client) -> None:
    sender = new_sender()
    say(gateway, sender, "hola")
    intro = say(gateway, sender, "me ofrecieron un trabajo en Canadá, será confiable?")
    assert texts(intro) == [rendered("utter_job_offer_intro", "es"), rendered("utter_ask_jo_fee", "es")]
    for answer in ["sí", "sí", "no", "no", "sí"]:
        say(gateway, sender, answer)
    result = say(gateway, sender, "sí")
    assert texts(result)[:2] == [rendered("utter_job_offer_high", "es"), rendered("utter_job_offer_steps", "es")]


def test_a_joke_about_the_boss_gets_the_number_but_pulls_no_operator(gateway, stack) -> None:  # noqa: ANN001
    """The NLU may read "vai me matar" as an emergency; the screening reads the laugh. The
    number is given if the NLU asked for it, and no handoff opens (issue #17)."""
    sender = new_sender()
    say(gateway, sender, "boa noite")
    say(gateway, sender, "meu chefe vive falando que vai me matar se eu errar a planilha kkkk")
    assert handoffs(stack, sender) == []


def test_laughing_with_someone_armed_at_the_door_is_still_an_emergency(gateway, stack) -> None:  # noqa: ANN001
    sender = new_sender()
    body = say(gateway, sender, "lol he is at the door with a gun")
    assert [level for _, level in handoffs(stack, sender)] == ["immediate"]
    assert rendered("utter_handoff_started", "en") in texts(body)
