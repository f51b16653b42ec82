"""What is stored, and that erasing really erases, on the real stack."""
from __future__ import annotations

import sqlite3

import httpx
import pytest

from bot.gateway.routers.simulator import conversation_key
from tests.system.helpers import new_sender, rendered, say, texts


def _tracker_rows(stack, key: str) -> int:  # noqa: ANN001
    with sqlite3.connect(stack.settings.sqlite_tracker_path) as conn:
        return conn.execute("SELECT count(*) FROM events WHERE sender_id = ?", (key,)).fetchone()[0]


def _gateway_rows(stack, key: str) -> int:  # noqa: ANN001
    with sqlite3.connect(stack.settings.data_dir / "hotline.db") as conn:
        return sum(conn.execute(f"SELECT count(*) FROM {table} WHERE {col} = ?", (key,)).fetchone()[0]
                   for table, col in [("conversations", "key"), ("messages", "conversation_key"),
                                      ("handoffs", "conversation_key")])


def test_rasa_tracker_store_holds_only_the_pseudonym(gateway: httpx.Client, stack) -> None:  # noqa: ANN001
    sender = new_sender()
    say(gateway, sender, "hola")
    key = conversation_key(stack.settings.secret_key, sender, "whatsapp")
    assert _tracker_rows(stack, key) > 0
    with sqlite3.connect(stack.settings.sqlite_tracker_path) as conn:
        senders = {row[0] for row in conn.execute("SELECT DISTINCT sender_id FROM events")}
    assert all(len(s) == 64 and int(s, 16) >= 0 for s in senders)


@pytest.mark.parametrize("word,lang", [("BORRAR", "es"), ("delete", "en"), ("Effacer", "fr"), ("APAGAR", "pt")])
def test_safety_word_erases_everywhere(gateway: httpx.Client, stack, word: str, lang: str) -> None:  # noqa: ANN001
    sender = new_sender()
    first = {"es": "hola buenas tardes", "en": "hello good evening", "fr": "bonjour à vous", "pt": "olá, boa tarde"}
    say(gateway, sender, first[lang])
    key = conversation_key(stack.settings.secret_key, sender, "whatsapp")
    assert _tracker_rows(stack, key) > 0 and _gateway_rows(stack, key) > 0
    body = say(gateway, sender, word)
    assert texts(body) == [rendered("utter_data_deleted", lang)]
    assert _tracker_rows(stack, key) == 0
    assert _gateway_rows(stack, key) == 0


def test_delete_my_data_intent_erases_after_the_turn(gateway: httpx.Client, stack) -> None:  # noqa: ANN001
    sender = new_sender()
    say(gateway, sender, "hola")
    body = say(gateway, sender, "borra todo lo que escribí por favor")
    key = conversation_key(stack.settings.secret_key, sender, "whatsapp")
    assert texts(body) == [rendered("utter_data_deleted", "es")]
    assert _tracker_rows(stack, key) == 0
    assert _gateway_rows(stack, key) == 0


@pytest.mark.parametrize("question,lang", [
    ("if i tell you my story can i delete it later? i dont want to delete anything right now", "en"),
    ("èske m ka efase mesaj yo pita? m pa vle efase anyen kounye a", "ht"),
])
def test_a_question_about_erasing_erases_nothing(gateway: httpx.Client, stack, question: str,  # noqa: ANN001
                                                 lang: str) -> None:
    """Asked how erasing works, the person is told (how long we keep it, and the safety word);
    a misread question must never lose their conversation (issue #18)."""
    sender = new_sender()
    say(gateway, sender, {"en": "hi quick question", "ht": "bonjou"}[lang])
    body = say(gateway, sender, question)
    key = conversation_key(stack.settings.secret_key, sender, "whatsapp")
    assert rendered("utter_data_deleted", lang) not in texts(body)
    assert _gateway_rows(stack, key) > 0
    assert _tracker_rows(stack, key) > 0


def test_raw_sender_is_never_written(gateway: httpx.Client, stack) -> None:  # noqa: ANN001
    sender = "+15550199321"
    say(gateway, sender, "hola, necesito un albergue")
    say(gateway, sender, "estoy en Guatemala")
    needles = [sender.encode(), sender.lstrip("+").encode()]
    for path in stack.settings.data_dir.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert not any(n in blob for n in needles), f"raw sender found in {path.name}"
