"""The cluster's nginx configuration (bot/cluster.py), run by the real nginx through
scripts/nginx.sh, in front of two stand-in gateways: one dies in the middle of every request
(it reads it, then closes the connection, as a gateway killed by SIGKILL does), one answers.

Rasa's NLG calls must reach the living gateway even when they were cut off mid-request: Rasa
does not retry them, and a failed NLG call loses that reply (the person would get the fallback
instead of the answer). Twilio webhooks are not resent by nginx: Twilio resends them itself,
with the same MessageSid, and the queue processes each message once.
"""
from __future__ import annotations

import socket
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from bot.cluster import SCRIPTS, Cluster, Ports
from bot.settings import Settings
from tests.markers import starts
from tests.system.test_cluster import _free_ports


class _Dying:
    """Reads each request, then closes the connection without answering."""

    def __init__(self) -> None:
        self.srv = socket.socket()
        self.srv.bind(("127.0.0.1", 0))
        self.srv.listen(16)
        self.port = self.srv.getsockname()[1]
        self.cut: list[str] = []  # request lines it cut off
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.srv.accept()
            except OSError:
                return
            with conn:
                data = b""
                while b"\r\n\r\n" not in data and (chunk := conn.recv(65536)):
                    data += chunk
                if data:
                    self.cut.append(data.split(b"\r\n", 1)[0].decode())

    def close(self) -> None:
        self.srv.close()


class _Answering(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b'{"text": "ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
@starts("nginx")
def front(tmp_path: Path) -> Iterator[tuple[str, _Dying]]:
    dying = _Dying()
    answering = ThreadingHTTPServer(("127.0.0.1", 0), _Answering)
    threading.Thread(target=answering.serve_forever, daemon=True).start()
    p = _free_ports(7)
    ports = Ports(front=p[0], rasa_pool=p[1], actions_pool=p[2], gateways=(dying.port, answering.server_address[1]),
                  rasa=(p[3], p[4]), actions=(p[5], p[6]))
    cluster = Cluster(Settings(data_dir=tmp_path).resolved(), ports=ports)
    conf_dir = tmp_path / "nginx"
    conf_dir.mkdir()
    (conf_dir / "nginx.conf").write_text(cluster.nginx_conf())
    started = subprocess.run(["bash", str(SCRIPTS / "nginx.sh"), "start", str(conf_dir)], capture_output=True,
                             text=True, timeout=300)
    assert started.returncode == 0, started.stderr
    try:
        yield f"http://127.0.0.1:{ports.front}", dying
    finally:
        subprocess.run(["bash", str(SCRIPTS / "nginx.sh"), "stop", str(conf_dir)], timeout=60)
        answering.shutdown()
        dying.close()


def test_an_nlg_call_cut_off_by_a_dying_gateway_is_answered_by_the_other(front: tuple[str, _Dying]) -> None:
    url, dying = front
    # Fresh connections each time: nginx's round robin starts with the dying instance.
    for _ in range(3):
        with httpx.Client(timeout=10) as client:
            resp = client.post(f"{url}/nlg", json={"response": "utter_greet", "tracker": {}})
        assert resp.status_code == 200, resp.text
        assert resp.json() == {"text": "ok"}
    assert any(line.startswith("POST /nlg ") for line in dying.cut), "the dying gateway never got an NLG call"


def test_a_webhook_cut_off_by_a_dying_gateway_is_left_to_twilio_to_resend(front: tuple[str, _Dying]) -> None:
    url, dying = front
    codes = []
    for _ in range(3):
        with httpx.Client(timeout=10) as client:
            codes.append(client.post(f"{url}/channels/twilio", data={"Body": "hola"}).status_code)
    cut = [line for line in dying.cut if line.startswith("POST /channels/twilio ")]
    assert cut, "the dying gateway never got a webhook"
    # Each webhook the dying gateway cut off is answered 502: Twilio resends it (same MessageSid).
    assert codes.count(502) == len(cut) and codes.count(200) == len(codes) - len(cut), codes
