"""The retry decision of the inbound queue: pure functions, no I/O (tests/bot/channels/test_retry.py).

Two moments:
- `on_failure`: inside a try, when the dialogue fails: the fallback now, later or never, and
  whether the queue tries again (the dialogue's FailurePolicy).
- `after_failure`: once a try has failed: when to try again, or the dead-letter list, and which
  fallback the person gets with it.

"The fallback already went out" is one fact, kept in the row as its sticky error FALLBACK_SENT
and read back by `fallback_sent`; every decision takes it as an input.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.gateway.failures import Failure, FailureKind, FailureStep, Fallback

# Dialogue failures a later try can mend: nothing answered, or nginx found no live Rasa replica
# (refused or dropped: a replica died mid-turn), or Rasa failed (its tracker store or lock store
# was away), or the gateway's own database failed. The retry reads Rasa's tracker first, so a
# turn Rasa did complete is not run twice. Not a timeout: Rasa may still be running that turn,
# and sending it again would run it twice: that answers with the fallback at once.
# An empty reply is retried too: Rasa's REST channel answers 200 with nothing both when the
# action servers are down (Rasa took the message: the retry finds it in the tracker and sends
# the fallback) and when Rasa itself failed before storing the turn (its lock store, Redis, or
# its tracker store was away: the retry sends the message again).
RETRYABLE_KINDS = frozenset({FailureKind.UNREACHABLE, FailureKind.GATEWAY_ERROR, FailureKind.EMPTY_REPLY})
RETRYABLE_STATUS = frozenset({500, 502, 503})

# Rasa timed out. Its web server drops a turn whose caller has gone (the message is then not in
# the tracker), so the retry can send it again; if Rasa did finish it, the retry's tracker check
# sends the replies that followed instead. The person gets the fallback at once, through the
# REST API, and the real answer when a retry succeeds: never a minute of silence, never a
# disclosure left unprocessed. Not without REST credentials: then only the fallback, at once.
# Waited too long for a slot towards Rasa (backpressure, bot/gateway/rasa.py): Rasa never saw
# the message; handled as a timeout.
LATE = frozenset({FailureKind.TIMEOUT, FailureKind.BUSY})

# The row's error once a fallback went out: sticky, so that no later try sends another.
FALLBACK_SENT = FailureKind.TIMEOUT.value


def fallback_sent(last_error: str | None) -> bool:
    """Whether an earlier try of the row sent the person the fallback."""
    return last_error == FALLBACK_SENT


def retryable(failure: Failure) -> bool:
    if failure.kind is FailureKind.HTTP_ERROR:
        return failure.status in RETRYABLE_STATUS
    return failure.kind in RETRYABLE_KINDS


def replica_died(failure: Failure) -> bool:
    """The Rasa replica died mid-turn (nginx: 502; direct: the connection dropped). With Rasa's
    Redis lock store its ticket outlives it, and the conversation stays locked until the ticket
    expires: the retry waits for that rather than time out behind it and answer with the fallback."""
    return failure.kind is FailureKind.UNREACHABLE or (failure.kind is FailureKind.HTTP_ERROR and failure.status == 502)


def on_failure(failure: Failure, *, can_retry: bool, can_send: bool, sent_before: bool) -> FailureStep:
    """A try of a queued message failed. `can_retry`: tries remain; `can_send`: REST credentials
    and an address, so a fallback can go out apart from this try's reply; `sent_before`: an
    earlier try sent the fallback. While tries remain, a mendable failure is retried silently,
    a late one gets the "your answer is coming" fallback (once) and is retried; the last try
    answers with the fallback, as the simulator does at once: never silence."""
    if can_retry and retryable(failure):
        return FailureStep(Fallback.NONE, retry=True)
    if can_retry and can_send and failure.kind in LATE:
        return FailureStep(Fallback.NONE if sent_before else Fallback.DELAYED, retry=True)
    return FailureStep(Fallback.NONE if sent_before else Fallback.FINAL, retry=False)


def fallback_when_dead(*, sent_before: bool, can_send: bool, has_address: bool) -> bool:
    """A dead letter's person gets the fallback, unless an earlier try already sent it."""
    return has_address and can_send and not sent_before


@dataclass(frozen=True)
class Outcome:
    """What becomes of a row after a failed try."""

    dead: bool
    delay: float = 0.0  # seconds until the next try (when not dead)
    error: str | None = None  # stored as the row's error instead of the failure's own label
    send_fallback: bool = False  # retry: the fallback in hand goes out now; dead: the final one does


def after_failure(failure: Failure, attempt: int, max_attempts: int, *, fallback_in_hand: bool,
                  sent_before: bool, can_send: bool, has_address: bool, backoff: float,
                  rasa_timeout: float, lock_wait: float | None = None) -> Outcome:
    """`attempt`: the try that failed (1-based); `fallback_in_hand`: that try produced the
    delayed fallback; `backoff`: the exponential delay for this attempt; `lock_wait`: how long a
    dead replica's Rasa lock lasts (Redis lock store), None without one."""
    if attempt >= max_attempts:
        return Outcome(dead=True, send_fallback=fallback_when_dead(sent_before=sent_before, can_send=can_send,
                                                                   has_address=has_address))
    delay = backoff
    if lock_wait is not None and replica_died(failure):
        delay = max(delay, lock_wait)
    if failure.kind in LATE:  # Rasa is slow, most often overloaded: do not add to it at once
        delay = max(delay, rasa_timeout * attempt)
    marked = fallback_in_hand or sent_before
    return Outcome(dead=False, delay=delay, error=FALLBACK_SENT if marked else None,
                   send_fallback=fallback_in_hand and has_address)
