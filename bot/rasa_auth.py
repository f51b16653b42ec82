"""Authorization for Rasa's HTTP API, shared by the gateway, the supervisors and the tests."""
from __future__ import annotations

import time

import jwt

JWT_METHOD = "HS256"
JWT_LIFETIME = 3600  # seconds; renewed at half-life


class RasaAuth:
    """Authorization for Rasa's HTTP API. Rasa's --auth-token travels as a URL query argument,
    which nginx writes into its error log with every failed request (seen in the cluster's
    error.log); with --jwt-secret the secret never leaves the process: each call carries a
    short-lived token, signed with it, in the Authorization header."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self._token: str | None = None
        self._renew_at = 0.0

    @staticmethod
    def rasa_run(rasa_python: str, secret_file: str, *args: str) -> list[str]:
        """`rasa run ARGS` accepting these tokens (and nothing else), started through
        rasa_addons.launch, which reads the secret from a private file: it is never in Rasa's
        argv (`ps`) or environment."""
        return [rasa_python, "-m", "rasa_addons.launch", "--jwt-secret-file", secret_file,
                "run", *args, f"--jwt-method={JWT_METHOD}"]

    def header(self) -> dict[str, str]:
        now = time.time()
        if self._token is None or now >= self._renew_at:
            claims = {"user": {"username": "hotline-gateway", "role": "admin"}, "exp": int(now) + JWT_LIFETIME}
            self._token = jwt.encode(claims, self.secret, algorithm=JWT_METHOD)
            self._renew_at = now + JWT_LIFETIME / 2
        return {"Authorization": f"Bearer {self._token}"}
