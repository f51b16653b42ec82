"""A loopback TCP proxy in front of Rasa that can hold Rasa's answers back (Rasa finishes the
turn, the gateway times out waiting for it), swallow requests (Rasa never sees the turn, the
gateway times out all the same) or refuse connections (Rasa stopped, as the gateway sees it,
without the minute a real Rasa takes to start again). Only for tests."""
from __future__ import annotations

import socket
import threading
import time


class StallProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.hold = threading.Event()  # set: bytes from Rasa wait until it is cleared
        self.swallow = threading.Event()  # set: bytes to Rasa are dropped
        self.port = 0
        self._open: list[socket.socket] = []  # every socket piped, to cut them on refuse()
        self._listen()

    def _listen(self) -> None:
        self.srv = socket.socket()
        self.srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.srv.bind(("127.0.0.1", self.port))
        self.srv.listen(64)
        self.port = self.srv.getsockname()[1]
        threading.Thread(target=self._accept, args=(self.srv,), daemon=True).start()

    def refuse(self) -> None:
        """Connections to the proxy are refused and the open ones cut, until accept_again()."""
        self.close()
        for sock in self._open:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._open.clear()

    def accept_again(self) -> None:
        self._listen()

    def _accept(self, srv: socket.socket) -> None:
        while True:
            try:
                client, _ = srv.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            self._open += [client, upstream]
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
        try:
            self.srv.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        except OSError:
            pass
        self.srv.close()
