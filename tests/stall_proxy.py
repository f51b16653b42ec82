"""A loopback TCP proxy in front of Rasa that can hold Rasa's answers back (Rasa finishes the
turn, the gateway times out waiting for it) or swallow requests (Rasa never sees the turn, the
gateway times out all the same). Only for tests."""
from __future__ import annotations

import socket
import threading
import time


class StallProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.hold = threading.Event()  # set: bytes from Rasa wait until it is cleared
        self.swallow = threading.Event()  # set: bytes to Rasa are dropped
        self.srv = socket.socket()
        self.srv.bind(("127.0.0.1", 0))
        self.srv.listen(64)
        self.port = self.srv.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.srv.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            threading.Thread(target=self._pipe, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, True), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, from_rasa: bool) -> None:
        try:
            while data := src.recv(65536):
                while from_rasa and self.hold.is_set():
                    time.sleep(0.02)
                if not from_rasa and self.swallow.is_set():
                    continue
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self.srv.close()
