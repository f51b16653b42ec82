"""Attacker's checklist on the real stack: a simulator request that names a real person's number
reaches nothing of that person's conversation (no pending operator message, no transcript, no
erasure, no sign that a case is open)."""
from __future__ import annotations

import httpx

from bot.supervisor import Stack
from tests.fake_twilio import FakeTwilio
from tests.system.helpers import rendered, texts
from tests.system.test_twilio_webhooks import Phone, _wait_status, db_rows, operator_writes


def test_a_simulator_request_naming_a_real_number_reaches_nothing_of_its_conversation(
    gateway: httpx.Client, operator: httpx.Client, fake_twilio: FakeTwilio, stack: Stack
) -> None:
    person = Phone(gateway, fake_twilio, stack, channel="whatsapp")
    secret_reply = "Hola, soy del equipo. Te esperamos en el punto acordado."
    # The operator's message cannot be delivered: it waits in the outbox for the person's next message.
    operator_writes(person, operator, secret_reply, (500, 5))
    _wait_status(stack, "SELECT status FROM twilio_deliveries WHERE message_id = ?", person.operator_message_id,
                 want="failed")
    (handoff_id,) = db_rows(stack, "SELECT id FROM handoffs WHERE conversation_key = ? AND status = 'open'",
                            person.key)[0]
    before = operator.get(f"/api/handoffs/{handoff_id}").json()["transcript"]
    number = person.address.removeprefix("whatsapp:")

    waiting = {rendered("utter_handoff_waiting", lang) for lang in ("es", "en")}
    for sender in (number, person.address):
        for channel in ("whatsapp", "sms"):
            body = {"from": sender, "channel": channel}
            polled = gateway.post("/channels/simulator/poll", json=body)
            assert polled.status_code == 200 and polled.json()["replies"] == [], (sender, channel)
            said = gateway.post("/channels/simulator", json={**body, "text": "hola, hay algo para mí?"})
            assert said.status_code == 200
            replies = texts(said.json())
            assert secret_reply not in "\n".join(replies)
            assert not waiting & set(replies), "the simulator learned that the number has an open case"
            erased = gateway.post("/channels/simulator", json={**body, "text": "BORRAR"})
            assert erased.status_code == 200

    # The real conversation is untouched: same transcript, still open, the message still waiting.
    after = operator.get(f"/api/handoffs/{handoff_id}")
    assert after.status_code == 200 and after.json()["status"] == "open"
    assert after.json()["transcript"] == before
    assert db_rows(stack, "SELECT count(*) FROM messages WHERE conversation_key = ? AND NOT delivered",
                   person.key)[0][0] >= 1
    assert secret_reply in "\n".join(person.send("sigo aquí"))  # the person still gets it
