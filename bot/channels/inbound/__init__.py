"""The durable inbound queue: every Twilio message is stored before the webhook answers.

- `enqueue` (webhook): one transaction adds the MessageSid HMAC (`twilio_inbound`, the
  idempotency key) and a `twilio_inbound_queue` row (pseudonym, encrypted address, redacted
  text). A retried webhook hits the unique HMAC and is acknowledged without a second row.
- Fast path: the webhook claims its own row at once and runs the turn; a reply ready within
  the budget goes back as TwiML, a later one through the REST API. Either way the row is
  deleted when the turn is done (the REST replies are recorded in the same transaction).
- `InboundWorker.loop` (every gateway process): claims rows still queued after the budget
  (a person's earlier message was still open) or still working past their lease (a worker
  died) and runs them, replying through the REST API.
- Exactly once: the row's id goes to Rasa in the message metadata (`inbound_id`); on a retry
  the Rasa tracker is read first, and a message Rasa already processed is not sent again:
  the bot replies that followed it are sent instead.
- After `TWILIO_QUEUE_ATTEMPTS` failed tries a row is dead: its address is dropped, the
  person gets the fallback message (emergency number), operators see it in
  `GET /api/inbound/dead` and `/healthz`, and it is counted and logged (no text, no address).

One module per verb: `turn` (process one message), `complete` (its replies out, or a failed
try put back or buried), `retry` (the pure decision between those), `worker` (claim, leases,
concurrency, the sweeper), `store` (data access). The Twilio channel
(bot/channels/twilio_channel.py) holds this process's worker and starts its sweeper.
"""
from __future__ import annotations

from bot.channels.inbound.store import Job, inbound_digest, stats
from bot.channels.inbound.worker import InboundWorker, _once_more_if_disconnected

__all__ = ["InboundWorker", "Job", "_once_more_if_disconnected", "inbound_digest", "stats"]
