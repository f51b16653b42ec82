"""The inbound queue's retry decision (bot/channels/inbound/retry.py), table by table."""
from __future__ import annotations

import pytest

from bot.channels.inbound import retry
from bot.gateway.failures import Failure, FailureKind, FailureStep, Fallback

K = FailureKind
TIMEOUT, BUSY, UNREACHABLE = Failure(K.TIMEOUT), Failure(K.BUSY), Failure(K.UNREACHABLE)
EMPTY, GATEWAY, BAD_JSON = Failure(K.EMPTY_REPLY), Failure(K.GATEWAY_ERROR), Failure(K.BAD_JSON)


def http(status: int) -> Failure:
    return Failure(K.HTTP_ERROR, status)


@pytest.mark.parametrize(("failure", "label"), [
    (TIMEOUT, "timeout"), (BUSY, "busy"), (UNREACHABLE, "unreachable"), (http(502), "http_502"),
    (http(401), "http_401"), (EMPTY, "empty_reply"), (GATEWAY, "gateway_error"), (BAD_JSON, "bad_json"),
])
def test_labels_are_the_strings_rows_and_metrics_always_had(failure: Failure, label: str) -> None:
    assert failure.label == label


RETRY, DELAYED, FINAL, NONE = (FailureStep(Fallback.NONE, True), FailureStep(Fallback.DELAYED, True),
                               FailureStep(Fallback.FINAL, False), FailureStep(Fallback.NONE, False))

# failure, tries remain, can send apart from the reply, fallback sent before -> step
ON_FAILURE = [
    # mendable: retried silently while tries remain, whatever else holds
    (UNREACHABLE, True, True, False, RETRY),
    (UNREACHABLE, True, False, True, RETRY),
    (http(500), True, False, False, RETRY),
    (http(502), True, True, False, RETRY),
    (http(503), True, True, False, RETRY),
    (EMPTY, True, True, False, RETRY),
    (GATEWAY, True, False, False, RETRY),
    # not mendable by a retry: the fallback at once, or nothing if it went out before
    (http(504), True, True, False, FINAL),
    (http(401), True, True, False, FINAL),
    (BAD_JSON, True, True, False, FINAL),
    (BAD_JSON, True, True, True, NONE),
    # late: "your answer is coming" once, then silent retries; without REST credentials, the fallback
    (TIMEOUT, True, True, False, DELAYED),
    (BUSY, True, True, False, DELAYED),
    (TIMEOUT, True, True, True, RETRY),
    (TIMEOUT, True, False, False, FINAL),
    (BUSY, True, False, True, NONE),
    # the last try: the fallback, once
    (UNREACHABLE, False, True, False, FINAL),
    (EMPTY, False, True, True, NONE),
    (TIMEOUT, False, True, False, FINAL),
    (TIMEOUT, False, True, True, NONE),
]


@pytest.mark.parametrize(("failure", "can_retry", "can_send", "sent_before", "step"), ON_FAILURE)
def test_on_failure(failure: Failure, can_retry: bool, can_send: bool, sent_before: bool, step: FailureStep) -> None:
    assert retry.on_failure(failure, can_retry=can_retry, can_send=can_send, sent_before=sent_before) == step


def decide(failure: Failure, attempt: int, *, in_hand: bool = False, sent_before: bool = False,
           can_send: bool = True, address: bool = True, lock_wait: float | None = None) -> retry.Outcome:
    return retry.after_failure(failure, attempt, 5, fallback_in_hand=in_hand, sent_before=sent_before,
                               can_send=can_send, has_address=address, backoff=2.0 ** (attempt - 1),
                               rasa_timeout=5.0, lock_wait=lock_wait)


O = retry.Outcome
AFTER_FAILURE = [
    # plain backoff; the row keeps the failure's own label (error None)
    (dict(failure=UNREACHABLE, attempt=1), O(dead=False, delay=1.0)),
    (dict(failure=GATEWAY, attempt=3), O(dead=False, delay=4.0)),
    (dict(failure=http(503), attempt=2), O(dead=False, delay=2.0)),
    # a dead replica's Rasa lock (Redis lock store) is waited out: unreachable or nginx's 502 only
    (dict(failure=UNREACHABLE, attempt=1, lock_wait=60.5), O(dead=False, delay=60.5)),
    (dict(failure=http(502), attempt=2, lock_wait=60.5), O(dead=False, delay=60.5)),
    (dict(failure=http(503), attempt=2, lock_wait=60.5), O(dead=False, delay=2.0)),
    (dict(failure=EMPTY, attempt=4, lock_wait=1.0), O(dead=False, delay=8.0)),
    # late: at least the Rasa timeout per try so far; the fallback in hand goes out, and marks the row
    (dict(failure=TIMEOUT, attempt=1, in_hand=True), O(dead=False, delay=5.0, error="timeout", send_fallback=True)),
    (dict(failure=BUSY, attempt=2, in_hand=True), O(dead=False, delay=10.0, error="timeout", send_fallback=True)),
    (dict(failure=TIMEOUT, attempt=4, sent_before=True), O(dead=False, delay=20.0, error="timeout")),
    # the mark is sticky: any later failure keeps it, and sends nothing more
    (dict(failure=UNREACHABLE, attempt=2, sent_before=True), O(dead=False, delay=2.0, error="timeout")),
    # a fallback in hand but no address: marked (never sent twice), not sent
    (dict(failure=TIMEOUT, attempt=1, in_hand=True, address=False), O(dead=False, delay=5.0, error="timeout")),
    # the last try: dead, with the fallback unless it went out before or cannot go out
    (dict(failure=UNREACHABLE, attempt=5), O(dead=True, send_fallback=True)),
    (dict(failure=GATEWAY, attempt=6), O(dead=True, send_fallback=True)),
    (dict(failure=TIMEOUT, attempt=5, sent_before=True), O(dead=True)),
    (dict(failure=UNREACHABLE, attempt=5, can_send=False), O(dead=True)),
    (dict(failure=UNREACHABLE, attempt=5, address=False), O(dead=True)),
]


@pytest.mark.parametrize(("given", "outcome"), AFTER_FAILURE)
def test_after_failure(given: dict, outcome: retry.Outcome) -> None:
    assert decide(**given) == outcome


@pytest.mark.parametrize(("last_error", "sent"), [(None, False), ("timeout", True), ("unreachable", False),
                                                  ("http_502", False), ("worker_lost", False)])
def test_the_fallback_sent_mark_is_read_in_one_place(last_error: str | None, sent: bool) -> None:
    assert retry.fallback_sent(last_error) is sent


@pytest.mark.parametrize("failure", [TIMEOUT, UNREACHABLE, EMPTY])
def test_a_message_that_fails_every_try_gets_exactly_one_fallback(failure: Failure) -> None:
    """Every try fails the same way: the person hears once (a late Rasa: "your answer is coming"
    at the first try; otherwise the fallback with the last one), never twice, never not at all."""
    sent, last_error, tries = 0, None, 0
    for attempt in range(1, 6):
        tries += 1
        step = retry.on_failure(failure, can_retry=attempt < 5, can_send=True,
                                sent_before=retry.fallback_sent(last_error))
        sent += step.fallback is not Fallback.NONE
        if not step.retry:
            break  # the turn ends with its answer (the fallback, or nothing if it went out)
        outcome = decide(failure, attempt, in_hand=step.fallback is Fallback.DELAYED,
                         sent_before=retry.fallback_sent(last_error))
        assert not outcome.dead
        sent += outcome.send_fallback and step.fallback is not Fallback.DELAYED
        last_error = outcome.error or failure.label
    assert sent == 1 and tries == 5
