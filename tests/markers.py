"""Which real services a test starts, as pytest markers derived from the fixtures it uses.

A fixture that starts a service says so with `@starts(...)` (under `@pytest.fixture`); the root
conftest gives every test the markers of all the fixtures it depends on, directly or through
other fixtures, and `integration` when any of them is a real service. So a marker follows the
code: a test that stops using the stack loses `rasa` by itself. The markers are declared in
pyproject.toml (pytest runs with --strict-markers).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest

# Real services: a test that starts one is also `integration`.
REAL = ("rasa", "postgres", "redis", "nginx", "chromium")
# In-process stand-ins: named, but fast, so not `integration`.
FAKES = ("twilio_fake",)
INTEGRATION = "integration"

F = TypeVar("F", bound=Callable)


def starts(*services: str) -> Callable[[F], F]:
    """Records on a fixture function which services it starts."""
    unknown = set(services) - set(REAL) - set(FAKES)
    if unknown:
        raise ValueError(f"not a service marker: {sorted(unknown)}")

    def record(func: F) -> F:
        func.starts_services = frozenset(services)  # type: ignore[attr-defined]
        return func

    return record


def started_by(fixturedef: object) -> frozenset[str]:
    return getattr(getattr(fixturedef, "func", None), "starts_services", frozenset())


def services_of(item: pytest.Item) -> set[str]:
    """The services of every fixture the test uses (the closest definition of each name)."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:  # not a python function (e.g. a doctest): no fixtures
        return set()
    found: set[str] = set()
    for name in item.fixturenames:
        defs = info.name2fixturedefs.get(name)
        if defs:
            found |= started_by(defs[-1])
    # Services chosen by a parameter (a fixture fetched with request.getfixturevalue) are
    # marked on the parameter: pytest.param("postgresql", marks=pytest.mark.postgres).
    found |= {m.name for m in item.iter_markers() if m.name in REAL or m.name in FAKES}
    return found


def markers_for(item: pytest.Item) -> set[str]:
    services = services_of(item)
    return services | ({INTEGRATION} if services & set(REAL) else set())


def add_markers(items: list[pytest.Item]) -> None:
    for item in items:
        have = {m.name for m in item.iter_markers()}
        for name in sorted(markers_for(item) - have):
            item.add_marker(name)


def check_fixture_setup(fixturedef: object, request: pytest.FixtureRequest) -> None:
    """A service fixture set up for a test that lacks its marker (fetched by getfixturevalue
    behind an unmarked parameter) fails the test: `-m "not integration"` must never start one."""
    services = started_by(fixturedef)
    item = getattr(request, "_pyfuncitem", None)
    if not services or item is None:
        return
    missing = services - {m.name for m in item.iter_markers()}
    if missing:
        pytest.fail(f"{item.nodeid} starts {', '.join(sorted(missing))} through fixture "
                    f"{getattr(fixturedef, 'argname', '?')} but is not marked so: mark the parameter "
                    "that fetches it (pytest.param(..., marks=pytest.mark.<service>))", pytrace=False)
