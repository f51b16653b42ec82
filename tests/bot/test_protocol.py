"""The control messages between the actions and the gateway (bot/protocol.py): what the
actions build is what the gateway reads, the wire format is the one Rasa has always carried,
and a message the gateway cannot read is skipped, never fatal."""
from __future__ import annotations

import json

import pytest

from bot import protocol
from bot.protocol import Country, Erase, Handoff, MorePages, MoreResponse

CONTROLS = [
    (Handoff(), {"handoff": {"reason": "request_human", "risk_level": "priority"}}),
    (Handoff("screening", "immediate", {"risk_level": "immediate", "indicators": ["confinement"]}),
     {"handoff": {"reason": "screening", "risk_level": "immediate",
                  "summary": {"risk_level": "immediate", "indicators": ["confinement"]}}}),
    (Erase(), {"erase": True}),
    (MorePages((("9", "Casa A\nCalle 1"), ("9", "Casa B"))), {"more": [["9", "Casa A\nCalle 1"], ["9", "Casa B"]]}),
    (MoreResponse("9", "utter_privacy_more"), {"more_response": ["9", "utter_privacy_more"]}),
    (Country("PE"), {"country": "PE"}),
]


@pytest.mark.parametrize(("control", "wire"), CONTROLS, ids=lambda v: type(v).__name__)
def test_what_an_action_sends_the_gateway_reads_back(control: protocol.Control, wire: dict) -> None:
    sent = protocol.message(control)
    assert sent == {"hotline": wire}  # the JSON Rasa carries, unchanged
    through_rasa = json.loads(json.dumps(sent))
    assert protocol.parse(through_rasa) == ([control], [])


MALFORMED = [
    ({"hotline": {"handoff": "now"}}, ["handoff"]),
    ({"hotline": {"more": [["9"]]}}, ["more"]),
    ({"hotline": {"more": "page"}}, ["more"]),
    ({"hotline": {"more_response": ["9", "not_a_response"]}}, ["more_response"]),
    ({"hotline": {"more_response": "9"}}, ["more_response"]),
    ({"hotline": {"country": 51}}, ["country"]),
    ({"hotline": {"erase": "yes"}}, ["erase"]),
    ({"hotline": {"launch": {"x": 1}}}, ["launch"]),
]


@pytest.mark.parametrize(("custom", "rejected"), MALFORMED)
def test_a_control_the_gateway_cannot_read_is_skipped_and_named(custom: dict, rejected: list[str]) -> None:
    assert protocol.parse(custom) == ([], rejected)


@pytest.mark.parametrize("custom", [None, "hotline", [], {}, {"hotline": None}, {"hotline": ["erase"]},
                                    {"other": {"erase": True}}, {"hotline": {"erase": False, "country": ""}}])
def test_anything_else_is_no_control(custom: object) -> None:
    assert protocol.parse(custom) == ([], [])


def test_the_readable_controls_of_a_mixed_reply_still_apply() -> None:
    controls, rejected = protocol.parse({"hotline": {"country": "mx", "handoff": 3}})
    assert controls == [Country("MX")] and rejected == ["handoff"]


def test_the_protocol_needs_neither_fastapi_nor_rasa() -> None:
    """The action server imports it: it must stay free of the gateway's and Rasa's packages."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(protocol.__file__).read_text())
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert imported <= {"__future__", "dataclasses", "typing"}
