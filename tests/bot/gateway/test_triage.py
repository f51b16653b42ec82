from __future__ import annotations

from bot.gateway.triage import HISTORY, Memo, assess, higher


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


def test_memo_gives_the_same_answer_as_screening_twice() -> None:
    memo = Memo()
    turns = ["hola", "el patrón se quedó con mi pasaporte", "y dice que le debo 3000 dólares del viaje",
             "gracias", "ayuda me quieren matar ahora mismo"]
    history: list[str] = []
    for text in turns:
        with_memo = assess(history, text, "es", memo, "k1")
        without = assess(history, text, "es")
        assert (with_memo.level, with_memo.previous, with_memo.new_indicators) == \
               (without.level, without.previous, without.new_indicators)
        history.append(text)
    assert memo.get("k1", "es", tuple(history)) is not None


def test_memo_misses_on_another_history_language_or_after_forget() -> None:
    memo = Memo()
    assess(["hola"], "el patrón se quedó con mi pasaporte", "es", memo, "k1")
    texts = ("hola", "el patrón se quedó con mi pasaporte")
    assert memo.get("k1", "es", texts) is not None
    assert memo.get("k1", "pt", texts) is None  # the language changes the patterns
    assert memo.get("k1", "es", texts[1:]) is None
    assert memo.get("k2", "es", texts) is None
    memo.forget("k1")  # erasure leaves nothing in memory either
    assert memo.get("k1", "es", texts) is None


def test_memo_is_bounded_and_skips_a_full_window() -> None:
    memo = Memo(size=2)
    for key in ("a", "b", "c"):
        assess([], "hola", "es", memo, key)
    assert memo.get("a", "es", ("hola",)) is None and memo.get("c", "es", ("hola",)) is not None
    full = ["hola"] * HISTORY
    assess(full, "gracias", "es", memo, "d")  # 51 texts: the next turn screens a different window
    assert memo.get("d", "es", (*full, "gracias")) is None


def test_a_prepared_turn_survives_the_queue_row_for_a_retry() -> None:
    """A retried message is sent to Rasa as its first try prepared it (bot/channels/inbound.py)."""
    from bot.gateway.dialogue import Prepared

    found = assess(["me quitaron el pasaporte"], "tengo 16 años y trabajo en un bar", "es")
    assert found.level == "immediate"
    prepared = Prepared("/emergency", "es", False, "MX", False, found)
    again = Prepared.loads(prepared.dumps())
    assert again == prepared
    assert again.found.intent() == found.intent() and again.found.for_dialogue() == found.for_dialogue()
