"""The request the NLU's ranking points to when it is unsure. Plain module, used by the action
server (a message Rasa could not place) and the gateway (a reply to a question that asks for
something else)."""
from __future__ import annotations

import re
from collections.abc import Iterable

from bot.text.folding import fold

# A referral or information request the NLU still ranks clearly first is answered (context,
# then the request: "I'm a nurse in …, where can they see a doctor?"); never danger on a guess.
MIN_CONFIDENCE = 0.3
MARGIN = 0.1
FALLBACK = "nlu_fallback"


def likely_request(ranking: Iterable[tuple[str, float]], requests: Iterable[str]) -> str | None:
    """The request among the NLU's two best guesses (its fallback aside), when no other request
    comes close and danger is not one of them ("a mother at my school asked me where her family
    can sleep tonight": a report and a shelter request, too close to call)."""
    wanted = frozenset(requests)
    ranked = [(name, conf) for name, conf in ranking if name != FALLBACK]
    asked = [(name, conf) for name, conf in ranked if name in wanted]
    if not asked or any(name == "emergency" and conf >= MIN_CONFIDENCE for name, conf in ranked[:2]):
        return None
    (name, conf), rest = asked[0], asked[1:]
    if (name, conf) not in ranked[:2] or conf < MIN_CONFIDENCE:
        return None
    return name if not rest or conf - rest[0][1] >= MARGIN else None


def best_guess(ranking: Iterable[tuple[str, float]]) -> str | None:
    """The NLU's first reading, its fallback aside."""
    return next((name for name, _ in ranking if name != FALLBACK), None)


# "Does my boss have the right to keep my passport?": a question about rights, worded in the
# line's languages (Kreyòl has little NLU yet). Right words, asked as a question.
_RIGHTS = re.compile(r"\b(derechos?|rights|right to|the right|allowed to|legal|ilegal|illegal|droits?"
                     r"|direitos?|dwa|permitido|permis|autorise|autorisee)\b")
_QUESTION_OPENERS = frozenset("""puede pueden es tiene tienen can does do is are may est peut peuvent a ont
    pode podem e tem eske es que""".split())


def asks_about_rights(text: str) -> bool:
    """The message asks whether something is allowed or what the person's rights are."""
    folded = fold(text or "", words=True)
    words = folded.split()
    if not words or not _RIGHTS.search(folded):
        return False
    return "?" in (text or "") or words[0] in _QUESTION_OPENERS
