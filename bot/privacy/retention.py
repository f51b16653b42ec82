"""How long each kind of record is kept, and the rule for every table.

- `HOTLINE_RETENTION_DAYS` (30): a conversation with no activity for this long is erased
  everywhere; older messages, closed cases and delivery records of ongoing ones go too.
- `HOTLINE_REVIEW_DAYS` (7): a closed case stays readable (to the operator who had it and to
  supervisors) for this long, then the keys of everything written up to its close are destroyed.
  A week covers what a closed case is read for: the person writing back a few days after a
  referral (the operator who takes it sees what was said), a supervisor's weekly review of closed
  cases, the follow-up of a report made with consent. Longer keeps the words of people who are no
  longer in contact; the level, rule, indicator ids, outcome and categories stay for statistics
  (without the words) until the retention period ends.
- `HOTLINE_REPLAY_DAYS` (400): how long keyed hashes of inbound Twilio MessageSids are kept to
  refuse a replayed webhook. Twilio's signatures carry no time and stay valid until the auth
  token changes: keep this longer than the interval between rotations of `TWILIO_AUTH_TOKEN`
  (rotate it at least yearly). The hashes identify nobody: no conversation, no address, the day
  only.

`RULES` names the rule of every table of the gateway database; a test fails when a table has
none (tests/bot/privacy/test_retention.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.settings import RetentionSettings

DEFAULT_RETENTION_DAYS = RetentionSettings.model_fields["retention_days"].default
REPLY_SECONDS = 600  # TwiML replies kept for a retried webhook


# Read at each call: the periods follow the environment without a restart (and tests set them).
def retention_days() -> int:
    return RetentionSettings().retention_days


def review_days() -> int:
    return RetentionSettings().review_days


def replay_days() -> int:
    return RetentionSettings().replay_days


@dataclass(frozen=True)
class Rule:
    holds: str  # "words" (sealed: a key_id column), "person" (about a person, no words), "none"
    rule: str


_WITH_KEY = "sealed with the conversation's key: gone when the key is destroyed (erasure, review period, rotation + retention)"

RULES: dict[str, Rule] = {
    "conversations": Rule("person", "erased with everything of the conversation: safety word, delete request, "
                                    "no activity for HOTLINE_RETENTION_DAYS"),
    "conversation_keys": Rule("person", "erasure; HOTLINE_REVIEW_DAYS after a case closed (keys made before the "
                                        "close); HOTLINE_RETENTION_DAYS after a key was rotated; orphans after 1 hour"),
    "messages": Rule("words", _WITH_KEY + "; past HOTLINE_RETENTION_DAYS"),
    "handoffs": Rule("words", "quotes " + _WITH_KEY + "; the row (level, rule, indicator ids, outcome: statistics) "
                              "with the conversation, or HOTLINE_RETENTION_DAYS after it closed"),
    "console_notes": Rule("words", _WITH_KEY + "; with the handoff"),
    "console_cases": Rule("person", "closed-list categories and claims: with the handoff"),
    "twilio_inbound_queue": Rule("words", _WITH_KEY + "; deleted once answered; a dead letter keeps no words and "
                                          "goes after HOTLINE_RETENTION_DAYS or with the conversation"),
    "twilio_outbound_queue": Rule("words", _WITH_KEY + " (an erased conversation's messages are never sent); "
                                           "deleted once Twilio has them"),
    "twilio_replies": Rule("words", _WITH_KEY + "; 10 minutes"),
    "twilio_conversations": Rule("words", "rest of a long reply " + _WITH_KEY + "; opt-out flag with the "
                                          "conversation"),
    "twilio_deliveries": Rule("person", "delivery status, SID as HMAC: with the conversation, HOTLINE_RETENTION_DAYS"),
    "twilio_inbound": Rule("person", "MessageSid as HMAC with the day only: HOTLINE_REPLAY_DAYS (replay guard)"),
    "reply_handles": Rule("person", "address encrypted with the handle keys: 24 hours, opt-out, erasure, rotation"),
    "component_failures": Rule("none", "component and error kind, no conversation: HOTLINE_RETENTION_DAYS"),
    "console_audit": Rule("none", "who did what to which handoff number, never text: append-only, kept"),
    "console_operators": Rule("none", "staff accounts"),
    "console_sessions": Rule("none", "staff sign-ins (cookie hash)"),
    "console_api_tokens": Rule("none", "API tokens (hash)"),
    "console_canned": Rule("none", "the team's ready-made replies per language, written by supervisors: no person's "
                                   "words, kept until a supervisor deletes them"),
    "console_login_throttle": Rule("none", "failed staff sign-ins under HMAC keys (username, client): forgotten a day "
                                           "after the last failure, at a successful sign-in or when a pause is lifted"),
}
DIRECTORY = Rule("none", "the service directory (organisations, never people who write)")


def rule_for(table: str) -> Rule | None:
    return DIRECTORY if table.startswith("dir_") else RULES.get(table)
