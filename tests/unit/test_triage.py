from __future__ import annotations

from bot.gateway.triage import assess, higher


def test_rise_to_immediate_is_an_emergency() -> None:
    t = assess(["hola"], "ayuda me quieren matar ahora mismo", "es")
    assert t.level == "immediate" and t.escalated == "immediate" and t.intent() == "emergency"


def test_rise_to_priority_is_a_disclosure() -> None:
    t = assess(["hola"], "el patrón se quedó con mi pasaporte", "es")
    assert t.escalated == "priority" and t.intent() == "report_exploitation"


def test_more_disclosed_at_priority_is_a_disclosure_again() -> None:
    t = assess(["el patrón se quedó con mi pasaporte"],
               "y dice que le debo 3000 dólares del viaje y cada mes sube", "es")
    assert t.previous == "priority" and t.escalated is None
    assert "debt_bondage" in t.new_indicators and t.intent() == "report_exploitation"


def test_nothing_new_leaves_the_nlu_alone() -> None:
    t = assess(["el patrón se quedó con mi pasaporte"], "gracias", "es")
    assert t.intent() is None
    assert {i["id"] for i in t.summary["indicators"]} >= {"document_confiscation"}


def test_information_only() -> None:
    t = assess([], "qué es la trata de personas", "es")
    assert t.level == "info" and t.intent() is None and t.summary["rule"] == "info.none"


def test_levels_are_ordered() -> None:
    assert higher("priority", "info") == "priority"
    assert higher(None, "immediate") == "immediate"
    assert higher("refer", None) == "refer"
