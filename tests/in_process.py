"""The simulator channel of an in-process gateway app (FastAPI's TestClient)."""
from __future__ import annotations

from fastapi.testclient import TestClient


def say(client: TestClient, sender: str, text: str, channel: str = "sms") -> list[str]:
    """The replies; the test client is not on loopback, so it sends the simulator token."""
    token = client.app.state.hotline.settings.simulator_token
    resp = client.post("/channels/simulator", json={"from": sender, "text": text, "channel": channel},
                       headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 200, resp.text
    return [r["text"] for r in resp.json()["replies"]]
