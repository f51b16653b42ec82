"""Screening on every inbound message, and what a change of risk level does to the turn.

Runs the plain screening engine over the person's redacted messages so far. Only a rise
to `priority` or `immediate` changes what Rasa is asked: `immediate` goes straight to the
emergency path, `priority` to the triage action that offers an operator.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from bot.screening import LEVELS, clarifying_questions, screen
from bot.screening.engine import ScreeningResult

RANK = {level: rank for rank, level in enumerate(LEVELS)}
HISTORY = 50  # messages screened per conversation; older ones rarely change the level


def higher(a: str | None, b: str | None) -> str:
    return max(a or "info", b or "info", key=lambda level: RANK.get(level, 0))


@dataclass(frozen=True)
class Triage:
    level: str
    previous: str
    summary: dict[str, Any]  # the screening result, for Rasa and the operator
    new_indicators: tuple[str, ...] = ()  # indicators this message disclosed

    @property
    def escalated(self) -> str | None:
        """The new level when this message raised it to priority or immediate."""
        if RANK[self.level] > RANK[self.previous] and RANK[self.level] >= RANK["priority"]:
            return self.level
        return None

    def for_dialogue(self) -> dict[str, Any]:
        """What the actions need. Rasa stores message metadata with every event and sends
        the whole tracker to every action and response, so it stays small: no quotes."""
        keys = ("risk_level", "rule", "age_band", "needs", "questions")
        return {k: self.summary.get(k) for k in keys}

    def intent(self) -> str | None:
        """The intent this message must take, whatever the NLU would say: a rise to
        immediate is an emergency; a rise to priority, or more disclosed at priority, is
        a disclosure that gets the operator offer."""
        if self.escalated == "immediate":
            return "emergency"
        if self.escalated == "priority" or (self.level == "priority" and self.new_indicators):
            return "report_exploitation"
        return None


class Memo:
    """The last screening of each recent conversation, so the next turn screens once, not twice.

    In memory only and bounded; a miss (another instance, a restart) just screens again.
    """

    def __init__(self, size: int = 2000) -> None:
        self.size = size
        self._last: OrderedDict[str, tuple[str, tuple[str, ...], ScreeningResult]] = OrderedDict()
        self._lock = threading.Lock()  # turns run in worker threads on a server database

    def get(self, key: str, lang: str, texts: tuple[str, ...]) -> ScreeningResult | None:
        with self._lock:
            hit = self._last.get(key)
            if hit is None or hit[0] != lang or hit[1] != texts:
                return None
            self._last.move_to_end(key)
            return hit[2]

    def put(self, key: str, lang: str, texts: tuple[str, ...], result: ScreeningResult) -> None:
        with self._lock:
            self._last[key] = (lang, texts, result)
            self._last.move_to_end(key)
            while len(self._last) > self.size:
                self._last.popitem(last=False)

    def forget(self, key: str) -> None:
        with self._lock:
            self._last.pop(key, None)


def assess(history: list[str], current: str, lang: str | None,
           memo: Memo | None = None, key: str | None = None, learned: bool = True) -> Triage:
    """Screens the conversation with `current` added. The learned detector's sentence
    embeddings are cached per text, so the history costs lookups, not encodes; learned=False
    (patterns only) is for benchmarks."""
    history = history[-HISTORY:]
    lang = lang or "es"
    before = None
    if history:
        before = memo.get(key, lang, tuple(history)) if memo and key else None
        before = before or screen(history, lang, learned=learned)
    texts = (*history, current)
    result = screen(list(texts), lang, learned=learned)
    if memo and key and len(texts) <= HISTORY:  # else the next turn's history is a different window
        memo.put(key, lang, texts, result)
    summary = {**result.to_dict(), "questions": clarifying_questions(result)}
    known = set(before.indicator_ids) if before else set()
    new = tuple(i for i in result.indicator_ids if i not in known)
    return Triage(result.risk_level, before.risk_level if before else "info", summary, new)
