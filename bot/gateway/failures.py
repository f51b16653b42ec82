"""How a dialogue turn can fail, and what the caller wants done about it.

`bot/gateway/rasa.py` raises these kinds; `Dialogue` returns them in its `Failed` result; the
inbound queue's retry decision (bot/channels/inbound/retry.py) classifies them. The stored and
logged form is `Failure.label` ("timeout", "http_502"...): no text, safe to log.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class FailureKind(StrEnum):
    TIMEOUT = "timeout"  # Rasa did not answer in time (it may still be running the turn)
    BUSY = "busy"  # no slot towards Rasa in time (backpressure): Rasa never saw the message
    UNREACHABLE = "unreachable"  # no connection to Rasa, or it dropped mid-turn
    HTTP_ERROR = "http_error"  # Rasa (or nginx before it) answered with a status other than 200
    BAD_JSON = "bad_json"  # Rasa answered with something that is not a list of replies
    EMPTY_REPLY = "empty_reply"  # Rasa answered with nothing (most often: the action server is down)
    GATEWAY_ERROR = "gateway_error"  # the gateway's own part failed (its database...)


@dataclass(frozen=True)
class Failure:
    kind: FailureKind
    status: int | None = None  # the HTTP status, for HTTP_ERROR

    @property
    def label(self) -> str:
        """As stored, counted and logged (the same strings as before the kinds were typed)."""
        if self.kind is FailureKind.HTTP_ERROR:
            return f"http_{self.status}"
        return self.kind.value


class Fallback(StrEnum):
    """Which fallback message (the emergency number) the person gets for a failed turn."""

    NONE = "none"  # none now: a retry follows, or an earlier try already sent one
    DELAYED = "delayed"  # "your answer is coming": the message is being retried
    FINAL = "final"  # "the service is unavailable, write again"


@dataclass(frozen=True)
class FailureStep:
    fallback: Fallback
    retry: bool  # the caller will try the message again


class FailurePolicy(Protocol):
    def on_failure(self, failure: Failure) -> FailureStep: ...


class AnswerNow:
    """A caller with no retries (the simulator): the person gets the fallback at once."""

    def on_failure(self, failure: Failure) -> FailureStep:
        return FailureStep(Fallback.FINAL, retry=False)
