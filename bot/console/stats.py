"""Aggregated, non-identifying statistics for the supervisor dashboard and its CSV export.

Small-cell suppression as CTDC publishes its k-anonymised data and as the UK's ONS does:
every count from 1 to k - 1 shows as "<k" (k = HOTLINE_CONSOLE_MIN_CELL, 10 by default).
Secondary suppression in every table: the published total of a line (a breakdown, a row or a
column of a cross-tab, the time series) would give away one hidden cell, or a few hidden cells
that add up to less than k, so further cells are hidden, smallest first, until the hidden cells
of each line add up to at least k.

Region is never crossed with language or level; and in the language × level table the
Indigenous languages, whose speakers live in few regions (so that a language is almost a
place), are one pooled row: no small Indigenous-language × region × level cell can be read or
worked out.
"""
from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.db.console import HandoffCase
from bot.db.models import Conversation, Handoff, Message

DEFAULT_MIN_CELL = 10
REPLY_BUCKETS = ((1, "<1 min"), (5, "1-5 min"), (15, "5-15 min"), (60, "15-60 min"), (None, ">60 min"))
LEVELS = ("immediate", "priority", "refer", "info")
# data/languages.yml: the Indigenous languages of the Americas the bot knows.
INDIGENOUS = frozenset({"qu", "gn", "ay", "quc", "nah", "mam", "kek", "guc"})
INDIGENOUS_POOL = "indigenous_languages"

Cell = int | str


def hidden(k: int) -> str:
    return f"<{k}"


def suppress(n: int, k: int = DEFAULT_MIN_CELL) -> Cell:
    return hidden(k) if 0 < n < k else n


def suppress_lines(values: dict[Any, int], lines: list[list[Any]], k: int) -> dict[Any, Cell]:
    """Primary and secondary suppression of cells that lie on `lines` (each a group of cells
    whose total is published). Secondary: while a line's hidden cells add up to less than k
    (so that they, or one of them, could be worked out), its smallest shown non-zero cell is
    hidden too."""
    hide = {key for key, v in values.items() if 0 < v < k}
    changed = True
    while changed:
        changed = False
        for line in lines:
            hid = [key for key in line if key in hide]
            if not hid or sum(values[key] for key in hid) >= k:
                continue
            shown = [key for key in line if key not in hide and values[key] > 0]
            if shown:
                hide.add(min(shown, key=lambda key: (values[key], str(key))))
                changed = True
    return {key: hidden(k) if key in hide else v for key, v in values.items()}


def suppress_breakdown(counts: dict[str, int], k: int = DEFAULT_MIN_CELL) -> list[tuple[str, Cell]]:
    """A one-way breakdown, largest first; its total is published, so it is one line."""
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    cells = suppress_lines(dict(items), [[key for key, _ in items]], k)
    return [(key, cells[key]) for key, _ in items]


def suppress_crosstab(counts: dict[tuple[str, str], int], rows: list[str], cols: list[str],
                      k: int = DEFAULT_MIN_CELL) -> dict[tuple[str, str], Cell]:
    """A two-way table whose row and column totals are (or could be) published elsewhere."""
    values = {(r, c): counts.get((r, c), 0) for r in rows for c in cols}
    lines = [[(r, c) for c in cols] for r in rows] + [[(r, c) for r in rows] for c in cols]
    return suppress_lines(values, lines, k)


def language_group(tag: str | None) -> str:
    return INDIGENOUS_POOL if tag in INDIGENOUS else (tag or "unknown")


@dataclass
class Period:
    start: date
    end: date  # inclusive
    granularity: str = "day"  # day | week | month

    @property
    def start_dt(self) -> datetime:
        return datetime.combine(self.start, datetime.min.time())

    @property
    def end_dt(self) -> datetime:
        return datetime.combine(self.end + timedelta(days=1), datetime.min.time())

    @classmethod
    def parse(cls, start: str | None, end: str | None, granularity: str | None, today: date | None = None) -> Period:
        today = today or datetime.utcnow().date()
        try:
            e = date.fromisoformat(end) if end else today
        except ValueError:
            e = today
        try:
            s = date.fromisoformat(start) if start else e - timedelta(days=29)
        except ValueError:
            s = e - timedelta(days=29)
        if s > e:
            s, e = e, s
        if (e - s).days > 3660:
            s = e - timedelta(days=3660)
        g = granularity if granularity in ("day", "week", "month") else "day"
        return cls(s, e, g)


def _bucket(d: datetime, granularity: str) -> str:
    if granularity == "month":
        return d.strftime("%Y-%m")
    if granularity == "week":
        iso = d.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    return d.strftime("%Y-%m-%d")


# Screening indicator ids (data/screening/indicators.yml) that name a form of exploitation.
EXPLOITATION_BY_INDICATOR = {
    "sector_commercial_sex": "sexual", "forced_commercial_sex": "sexual",
    "sector_labour": "labour", "withheld_wages": "labour", "excessive_hours": "labour",
    "domestic_servitude": "domestic_servitude",
    "sector_begging": "begging", "forced_begging_crime": "begging_or_crime", "sector_crime": "forced_crime",
}


def exploitation_types(summary: dict[str, Any] | None) -> set[str]:
    """Forms of exploitation named by the screening summary's indicators (as categories only)."""
    if not isinstance(summary, dict):
        return set()
    found: set[str] = set()
    for ind in summary.get("indicators") or []:
        ind_id = ind.get("id") if isinstance(ind, dict) else ind
        if isinstance(ind_id, str) and ind_id in EXPLOITATION_BY_INDICATOR:
            found.add(EXPLOITATION_BY_INDICATOR[ind_id])
    explicit = summary.get("exploitation_types") or summary.get("exploitation_type")
    if isinstance(explicit, str):
        found.add(explicit)
    elif isinstance(explicit, list):
        found.update(str(x) for x in explicit if isinstance(x, str))
    for ind in summary.get("indicators") or []:
        if isinstance(ind, dict):
            value = ind.get("exploitation_type") or ind.get("exploitation")
            if isinstance(value, str) and value:
                found.add(value)
    return {v[:48] for v in found}


EXPLOITATION_TYPES = tuple(sorted(set(EXPLOITATION_BY_INDICATOR.values())))


@dataclass
class Stats:
    period: Period
    threshold: int = DEFAULT_MIN_CELL
    totals: dict[str, Cell] = field(default_factory=dict)
    breakdowns: dict[str, list[tuple[str, Cell]]] = field(default_factory=dict)
    series: list[tuple[str, Cell]] = field(default_factory=list)
    # language group × risk level; rows and columns in display order
    crosstab_rows: list[str] = field(default_factory=list)
    crosstab: dict[tuple[str, str], Cell] = field(default_factory=dict)
    median_first_reply_min: float | None = None  # None: not shown (too few cases, or none)
    median_cases: Cell = 0  # how many cases the median rests on

    def as_dict(self) -> dict[str, Any]:
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat(),
                       "granularity": self.period.granularity},
            "threshold": self.threshold,
            "suppressed": hidden(self.threshold),
            "totals": self.totals,
            "series": [{"label": k, "value": v} for k, v in self.series],
            "breakdowns": {name: [{"label": k, "value": v} for k, v in cells]
                           for name, cells in self.breakdowns.items()},
            "language_by_level": {"rows": self.crosstab_rows, "columns": list(LEVELS),
                                  "cells": [[self.crosstab[(r, c)] for c in LEVELS] for r in self.crosstab_rows]},
            "median_first_reply_min": self.median_first_reply_min,
            "median_first_reply_cases": self.median_cases,
        }

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["section", "category", "count"])
        w.writerow(["period", f"{self.period.start.isoformat()}..{self.period.end.isoformat()}", ""])
        w.writerow(["suppression", "counts below this are hidden", self.threshold])
        for name, value in self.totals.items():
            w.writerow(["total", name, value])
        for label, value in self.series:
            w.writerow([f"contacts_by_{self.period.granularity}", label, value])
        for name, cells in self.breakdowns.items():
            for label, value in cells:
                w.writerow([name, label, value])
        for r in self.crosstab_rows:
            for c in LEVELS:
                w.writerow(["handoffs_by_language_and_level", f"{r}|{c}", self.crosstab[(r, c)]])
        w.writerow(["time_to_first_reply", "cases", self.median_cases])
        w.writerow(["time_to_first_reply", "median_minutes",
                    "" if self.median_first_reply_min is None else self.median_first_reply_min])
        return buf.getvalue()


def compute(db: Session, period: Period, k: int = DEFAULT_MIN_CELL) -> Stats:
    s, e = period.start_dt, period.end_dt
    out = Stats(period, k)

    convs = db.execute(select(Conversation.created_at, Conversation.language, Conversation.channel)
                       .where(Conversation.created_at >= s, Conversation.created_at < e)).all()
    out.totals["contacts"] = suppress(len(convs), k)
    series = Counter(_bucket(c.created_at, period.granularity) for c in convs)
    cells = suppress_lines(dict(series), [list(series)], k)  # the series adds up to the total
    out.series = [(key, cells[key]) for key in sorted(series)]
    out.breakdowns["contacts_by_language"] = suppress_breakdown(Counter(c.language or "unknown" for c in convs), k)
    out.breakdowns["contacts_by_channel"] = suppress_breakdown(Counter(c.channel for c in convs), k)

    rows = db.execute(
        select(Handoff, HandoffCase).outerjoin(HandoffCase, HandoffCase.handoff_id == Handoff.id)
        .where(Handoff.created_at >= s, Handoff.created_at < e)
    ).all()
    handoffs = [h for h, _ in rows]
    out.totals["handoffs"] = suppress(len(handoffs), k)
    out.breakdowns["risk_level"] = suppress_breakdown(Counter(h.risk_level for h in handoffs), k)
    types: Counter[str] = Counter()
    for h in handoffs:
        screened = isinstance(h.summary, dict) and h.summary.get("screened", True) is not False
        types.update(exploitation_types(h.summary) or {"none_indicated" if screened and h.summary else "not_screened"})
    out.breakdowns["exploitation_type"] = suppress_breakdown(types, k)
    out.breakdowns["age_band"] = suppress_breakdown(Counter(
        str((h.summary or {}).get("age_band") or "unknown")[:24] for h in handoffs), k)
    out.breakdowns["outcome"] = suppress_breakdown(Counter(
        h.outcome or ("open" if h.status == "open" else "none") for h in handoffs), k)
    for attr in ("sex", "nationality", "migration_situation"):
        out.breakdowns[attr] = suppress_breakdown(Counter(
            (getattr(c, attr, None) if c is not None else None) or "not_recorded" for _, c in rows), k)

    by_lang_level = Counter((language_group(h.language), h.risk_level) for h in handoffs)
    groups = Counter(language_group(h.language) for h in handoffs)
    out.crosstab_rows = sorted(groups, key=lambda g: (g == INDIGENOUS_POOL, -groups[g], g))
    out.crosstab = suppress_crosstab(by_lang_level, out.crosstab_rows, list(LEVELS), k)

    _first_reply(db, out, handoffs, k)
    return out


def _first_reply(db: Session, out: Stats, handoffs: list[Handoff], k: int) -> None:
    """Time to the first operator message: buckets, and the median with the cases it rests on."""
    ids = [h.id for h in handoffs]
    first: dict[int, datetime] = {}
    if ids:
        first = dict(db.execute(
            select(Message.handoff_id, func.min(Message.created_at))
            .where(Message.handoff_id.in_(ids), Message.author == "operator").group_by(Message.handoff_id)
        ).all())
    waits = [(first[h.id] - h.created_at).total_seconds() / 60 for h in handoffs if h.id in first]
    buckets: Counter[str] = Counter()
    for minutes in waits:
        for limit, label in REPLY_BUCKETS:
            if limit is None or minutes < limit:
                buckets[label] += 1
                break
    order = [label for _, label in REPLY_BUCKETS]
    cells = dict(suppress_breakdown(buckets, k))
    out.breakdowns["time_to_first_reply"] = [(label, cells[label]) for label in order if label in cells]
    out.median_cases = suppress(len(waits), k)
    if len(waits) >= k:
        out.median_first_reply_min = round(statistics.median(waits), 1)
