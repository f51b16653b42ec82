"""Opening hours from HSDS schedules: "open now?" in the service's own time
zone, and short localized text ("lun-vie 9:00-17:00") with Babel."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_time, get_day_names

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Babel locales used for dates and times; any other language is shown the Spanish way
# (Babel lacks ay, nah, kek, mam, guc; its quc data is only the English root).
BABEL_LOCALES = frozenset({"es", "en", "fr", "pt", "ht", "qu", "gn"})
MIDNIGHT = time(0)


@dataclass(frozen=True)
class OpeningHours:
    """One HSDS schedule row, reduced to what a person needs."""

    days: tuple[str, ...]  # MO..SU (empty: every day); for MONTHLY, nth weekdays like "1MO"
    opens: time | None
    closes: time | None
    timezone: str  # IANA name, or "UTC-06:00" from the HSDS numeric offset
    freq: str | None = "WEEKLY"
    interval: int | None = None
    month_days: tuple[int, ...] = ()
    dtstart: date | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    description: str | None = None

    @property
    def all_day(self) -> bool:
        return self.opens == MIDNIGHT and self.closes == MIDNIGHT

    def to_dict(self) -> dict:
        return {
            "days": list(self.days), "opens": _hhmm(self.opens), "closes": _hhmm(self.closes),
            "timezone": self.timezone, "freq": self.freq, "month_days": list(self.month_days),
            "valid_from": self.valid_from and self.valid_from.isoformat(),
            "valid_to": self.valid_to and self.valid_to.isoformat(), "description": self.description,
        }


def _hhmm(t: time | None) -> str | None:
    return t.strftime("%H:%M") if t else None


def offset_name(hours: float) -> str:
    sign = "-" if hours < 0 else "+"
    minutes = round(abs(hours) * 60)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@lru_cache(maxsize=256)
def zone(name: str) -> tzinfo:
    """An IANA zone, or a fixed offset written as 'UTC+hh:mm'; UTC when it is neither (an
    import keeps a bad value with a notice: it must not break a search)."""
    try:
        if name.startswith("UTC") and len(name) == 9:
            sign = -1 if name[3] == "-" else 1
            return timezone(sign * timedelta(hours=int(name[4:6]), minutes=int(name[7:9])))
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.utc


def valid_zone(name: str | None) -> bool:
    if not name:
        return False
    try:
        ZoneInfo(name)
        return True
    except (ZoneInfoNotFoundError, ValueError):
        return False


def _day_matches(h: OpeningHours, day: date) -> bool:
    if h.valid_from and day < h.valid_from or h.valid_to and day > h.valid_to:
        return False
    if h.dtstart and day < h.dtstart:
        return False
    code = WEEKDAYS[day.weekday()]
    if h.freq == "MONTHLY":
        last = calendar.monthrange(day.year, day.month)[1]
        if h.month_days and not any(d == day.day or d < 0 and last + 1 + d == day.day for d in h.month_days):
            return False
        nth = [d for d in h.days if d[:-2]]
        if nth:
            index = (day.day - 1) // 7 + 1
            from_end = -((last - day.day) // 7 + 1)
            return any(d[-2:] == code and int(d[:-2]) in (index, from_end) for d in nth)
        return not h.days or code in {d[-2:] for d in h.days}
    if h.days and code not in {d[-2:] for d in h.days}:
        return False
    if h.interval and h.interval > 1 and h.dtstart:
        weeks = (day - h.dtstart).days // 7
        return weeks % h.interval == 0
    return True


def is_open(h: OpeningHours, now: datetime) -> bool:
    """Whether the schedule is open at `now` (aware; naive means UTC)."""
    if h.opens is None or h.closes is None:
        return False
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    local = now.astimezone(zone(h.timezone))
    t, today = local.time().replace(tzinfo=None), local.date()
    if h.all_day:
        return _day_matches(h, today)
    if h.opens < h.closes:
        return _day_matches(h, today) and h.opens <= t < h.closes
    # Overnight (22:00-06:00): the part after midnight belongs to the day before.
    return (_day_matches(h, today) and t >= h.opens) or (
        _day_matches(h, today - timedelta(days=1)) and t < h.closes
    )


def babel_locale(lang: str | None) -> str:
    base = (lang or "es").replace("_", "-").split("-")[0].lower()
    return base if base in BABEL_LOCALES else "es"


def _clean(text: str) -> str:
    # Babel uses narrow and no-break spaces; plain ones keep an SMS in GSM-7.
    return text.replace("\u202f", " ").replace("\xa0", " ")


def _day_label(codes: tuple[str, ...], locale: str) -> str:
    names = get_day_names("abbreviated", locale=locale)
    idx = sorted({WEEKDAYS.index(c[-2:]) for c in codes})
    if not idx or len(idx) == 7:
        return ""
    runs: list[list[int]] = []
    for i in idx:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    parts = [names[r[0]] if len(r) == 1 else f"{names[r[0]]}-{names[r[-1]]}" if len(r) > 2
             else f"{names[r[0]]},{names[r[1]]}" for r in runs]
    return ",".join(parts)


def format_hours(hours: tuple[OpeningHours, ...] | list[OpeningHours], lang: str | None) -> str:
    """'lun-vie 9:00-17:00; sáb 9:00-13:00', '24/7', or '' when unknown."""
    locale = babel_locale(lang)
    parts = []
    for h in hours:
        if h.opens is None or h.closes is None:
            continue
        days = _day_label(h.days, locale) if h.freq != "MONTHLY" else ""
        if h.all_day:
            parts.append(f"{days} 24h" if days else "24/7")
            continue
        span = f"{format_time(h.opens, 'short', locale=locale)}-{format_time(h.closes, 'short', locale=locale)}"
        parts.append(_clean(f"{days} {span}" if days else span))
    return "; ".join(dict.fromkeys(parts))
