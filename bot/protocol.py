"""Control messages from the actions to the gateway, typed on both sides.

An action sends one as a custom reply, `{"hotline": {<name>: <value>}}` (actions/actions.py
builds it with `message`); the gateway applies it after Rasa has saved the turn
(bot/gateway/dialogue.py reads it with `parse`), so that an erasure or a handoff cannot be undone
by Rasa's own write. The wire format is plain JSON. A control the gateway cannot read is
skipped, never fatal: the person still gets the turn's answer.

No fastapi or rasa imports here: the action server imports this module too.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ENVELOPE = "hotline"  # the custom reply's one key


@dataclass(frozen=True)
class Handoff:
    """Open a handoff to an operator, or raise the risk of the one open."""

    reason: str = "request_human"
    risk_level: str = "priority"
    summary: dict[str, Any] | None = None  # an action that screened the person's answers knows more


@dataclass(frozen=True)
class Erase:
    """Erase the conversation everywhere ("delete my data")."""


@dataclass(frozen=True)
class MorePages:
    """Pages the person gets by replying with their number (more directory results)."""

    pages: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class MoreResponse:
    """The rest of an answer: a response the gateway renders in the person's language when
    they reply with `number`."""

    number: str
    response: str  # an utter_ name


@dataclass(frozen=True)
class Country:
    """Where the person is, as an ISO 3166 alpha-2 code."""

    code: str


Control = Handoff | Erase | MorePages | MoreResponse | Country


def _payload(control: Control) -> dict[str, Any]:
    match control:
        case Handoff(reason, risk_level, summary):
            value: dict[str, Any] = {"reason": reason, "risk_level": risk_level}
            if summary:
                value["summary"] = summary
            return {"handoff": value}
        case Erase():
            return {"erase": True}
        case MorePages(pages):
            return {"more": [[number, text] for number, text in pages]}
        case MoreResponse(number, response):
            return {"more_response": [number, response]}
        case Country(code):
            return {"country": code}
    raise TypeError(f"not a control message: {type(control).__name__}")


def message(control: Control) -> dict[str, Any]:
    """The custom reply an action sends (`dispatcher.utter_message(json_message=...)`)."""
    return {ENVELOPE: _payload(control)}


def _handoff(value: Any) -> Handoff | None:
    if not isinstance(value, dict):
        return None
    summary = value.get("summary")
    return Handoff(reason=str(value.get("reason", "request_human"))[:64],
                   risk_level=str(value.get("risk_level", "priority")),
                   summary=summary if isinstance(summary, dict) else None)


def _pages(value: Any) -> MorePages | None:
    if not isinstance(value, list) or not all(isinstance(p, (list, tuple)) and len(p) == 2 for p in value):
        return None
    return MorePages(tuple((str(n), str(t)) for n, t in value))


def _more_response(value: Any) -> MoreResponse | None:
    if not isinstance(value, (list, tuple)) or len(value) != 2 or not str(value[1]).startswith("utter_"):
        return None
    return MoreResponse(str(value[0]), str(value[1]))


def _country(value: Any) -> Country | None:
    return Country(str(value)[:2].upper()) if isinstance(value, str) and value.strip() else None


_READERS = {"handoff": _handoff, "more": _pages, "more_response": _more_response, "country": _country}


def parse(custom: Any) -> tuple[list[Control], list[str]]:
    """The controls in one custom reply, and the names of the ones that could not be read (for
    counting; never their values). Anything that is not a control envelope is no control."""
    if not isinstance(custom, dict) or not isinstance(custom.get(ENVELOPE), dict):
        return [], []
    controls: list[Control] = []
    rejected: list[str] = []
    for name, value in custom[ENVELOPE].items():
        if name == "erase":
            if value is True:
                controls.append(Erase())
            elif value:
                rejected.append(name)
            continue
        reader = _READERS.get(name)
        control = reader(value) if reader else None
        if control is not None:
            controls.append(control)
        elif value:  # an empty value asks for nothing
            rejected.append(str(name)[:32])
    return controls, rejected
