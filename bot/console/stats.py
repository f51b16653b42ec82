"""Aggregated, non-identifying statistics for the supervisor dashboard and its CSV export.

Every count from 1 to 4 is shown as "<5" (small-cell suppression). When a breakdown has
exactly one suppressed cell, the next smallest cell is suppressed too, so the hidden value
cannot be worked out from the total.
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

from bot.console.models import HandoffCase
from bot.db.models import Conversation, Handoff, Message

THRESHOLD = 5
SUPPRESSED = "<5"
REPLY_BUCKETS = ((1, "<1 min"), (5, "1-5 min"), (15, "5-15 min"), (60, "15-60 min"), (None, ">60 min"))

Cell = int | str


def suppress(n: int) -> Cell:
    return SUPPRESSED if 0 < n < THRESHOLD else n


def suppress_breakdown(counts: dict[str, int]) -> list[tuple[str, Cell]]:
    """Largest first; small cells hidden, plus one more when a single hidden cell could be derived."""
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    cells: list[tuple[str, Cell]] = [(k, suppress(v)) for k, v in items]
    hidden = [i for i, (_, c) in enumerate(cells) if c == SUPPRESSED]
    if len(hidden) == 1:
        shown = [i for i, (_, c) in enumerate(cells) if c != SUPPRESSED and c != 0]
        if shown:
            i = min(shown, key=lambda j: items[j][1])
            cells[i] = (cells[i][0], SUPPRESSED)
    return cells


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


@dataclass
class Stats:
    period: Period
    totals: dict[str, Cell] = field(default_factory=dict)
    breakdowns: dict[str, list[tuple[str, Cell]]] = field(default_factory=dict)
    series: list[tuple[str, Cell]] = field(default_factory=list)
    median_first_reply_min: float | str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat(),
                       "granularity": self.period.granularity},
            "threshold": THRESHOLD,
            "totals": self.totals,
            "series": [{"label": k, "value": v} for k, v in self.series],
            "breakdowns": {name: [{"label": k, "value": v} for k, v in cells]
                           for name, cells in self.breakdowns.items()},
            "median_first_reply_min": self.median_first_reply_min,
        }

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["section", "category", "count"])
        w.writerow(["period", f"{self.period.start.isoformat()}..{self.period.end.isoformat()}", ""])
        for name, value in self.totals.items():
            w.writerow(["total", name, value])
        for label, value in self.series:
            w.writerow([f"contacts_by_{self.period.granularity}", label, value])
        for name, cells in self.breakdowns.items():
            for label, value in cells:
                w.writerow([name, label, value])
        if self.median_first_reply_min is not None:
            w.writerow(["time_to_first_reply", "median_minutes", self.median_first_reply_min])
        return buf.getvalue()


def compute(db: Session, period: Period) -> Stats:
    s, e = period.start_dt, period.end_dt
    out = Stats(period)

    convs = db.execute(select(Conversation.created_at, Conversation.language, Conversation.channel)
                       .where(Conversation.created_at >= s, Conversation.created_at < e)).all()
    out.totals["contacts"] = suppress(len(convs))
    series = Counter(_bucket(c.created_at, period.granularity) for c in convs)
    out.series = [(k, suppress(v)) for k, v in sorted(series.items())]
    out.breakdowns["contacts_by_language"] = suppress_breakdown(Counter(c.language or "unknown" for c in convs))
    out.breakdowns["contacts_by_channel"] = suppress_breakdown(Counter(c.channel for c in convs))

    rows = db.execute(
        select(Handoff, HandoffCase).outerjoin(HandoffCase, HandoffCase.handoff_id == Handoff.id)
        .where(Handoff.created_at >= s, Handoff.created_at < e)
    ).all()
    handoffs = [h for h, _ in rows]
    out.totals["handoffs"] = suppress(len(handoffs))
    out.breakdowns["risk_level"] = suppress_breakdown(Counter(h.risk_level for h in handoffs))
    types: Counter[str] = Counter()
    for h in handoffs:
        screened = isinstance(h.summary, dict) and h.summary.get("screened", True) is not False
        types.update(exploitation_types(h.summary) or {"none_indicated" if screened and h.summary else "not_screened"})
    out.breakdowns["exploitation_type"] = suppress_breakdown(types)
    out.breakdowns["age_band"] = suppress_breakdown(Counter(
        str((h.summary or {}).get("age_band") or "unknown")[:24] for h in handoffs))
    out.breakdowns["outcome"] = suppress_breakdown(Counter(
        h.outcome or ("open" if h.status == "open" else "none") for h in handoffs))
    for attr in ("sex", "nationality", "migration_situation"):
        out.breakdowns[attr] = suppress_breakdown(Counter(
            (getattr(c, attr, None) if c is not None else None) or "not_recorded" for _, c in rows))

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
    cells = dict(suppress_breakdown(buckets))
    out.breakdowns["time_to_first_reply"] = [(label, cells[label]) for label in order if label in cells]
    if len(waits) >= THRESHOLD:
        out.median_first_reply_min = round(statistics.median(waits), 1)
    elif waits:
        out.median_first_reply_min = SUPPRESSED
    return out
