"""The periods the views show, stepping between them, and their titles.

A view is a kind plus an anchor date (the date the user navigated to); the visible period is
derived from them, so switching views keeps the user's place. Weekdays count 0=Monday..6=Sunday
as ``date.weekday()`` does (QLocale's Qt.DayOfWeek is that plus one).

A work week is the run of consecutive work days (Monday..Friday unless ``work_days`` says
otherwise, e.g. Sunday..Thursday) that *starts* inside the 7-day week shown by the week view.
With weeks starting on Sunday or Saturday that is still Monday..Friday of the same week; the
run must be consecutive (wrapping over the week's end is fine) so the grid stays contiguous.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from dateutil.relativedelta import relativedelta

AGENDA_DAYS = 30
MONTH_WEEKS = 6
WORK_DAYS = frozenset(range(5))


class ViewKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    WORK_WEEK = "work_week"
    MONTH = "month"
    AGENDA = "agenda"
    RESOURCES = "resources"             # one column per staff member or room, one day
    RESOURCE_WEEK = "resource_week"     # a row per staff member or room, seven days

    @property
    def is_day(self) -> bool:
        return self in (ViewKind.DAY, ViewKind.RESOURCES)


@dataclass(frozen=True, slots=True)
class Period:
    """The dates [start, end) a view shows for ``anchor``."""

    kind: ViewKind
    anchor: date
    start: date
    end: date

    @property
    def day_count(self) -> int:
        return (self.end - self.start).days

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.start + timedelta(days=i) for i in range(self.day_count))

    @property
    def last(self) -> date:
        return self.end - timedelta(days=1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day < self.end


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the 7-day week that holds ``day``."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def work_run_start(work_days: Iterable[int]) -> int | None:
    """The weekday a run of consecutive work days starts on; None when every day (or none) is.

    Raises ValueError for work days that are not consecutive, which no contiguous grid can show.
    """
    days = frozenset(work_days)
    starts = [d for d in days if (d - 1) % 7 not in days]
    if len(starts) > 1:
        raise ValueError(f"work days must be consecutive, not {sorted(days)}")
    return starts[0] if starts else None


def period_of(kind: ViewKind, anchor: date, first_weekday: int = 0, *,
              work_days: Iterable[int] = WORK_DAYS, agenda_days: int = AGENDA_DAYS) -> Period:
    """The visible period of ``kind`` around ``anchor``."""
    if kind.is_day:
        start, count = anchor, 1
    elif kind is ViewKind.AGENDA:
        start, count = anchor, agenda_days
    elif kind is ViewKind.MONTH:
        start, count = week_start(anchor.replace(day=1), first_weekday), 7 * MONTH_WEEKS
    else:
        start, count = week_start(anchor, first_weekday), 7
        run_start, days = work_run_start(work_days), frozenset(work_days)
        if kind is ViewKind.WORK_WEEK and run_start is not None:
            start, count = start + timedelta(days=(run_start - first_weekday) % 7), len(days)
    return Period(kind, anchor, start, start + timedelta(days=count))


def step(kind: ViewKind, anchor: date, steps: int = 1, *,
         agenda_days: int = AGENDA_DAYS) -> date:
    """The anchor ``steps`` periods later (negative: earlier); months keep the day, clamped."""
    if kind is ViewKind.MONTH:
        return anchor + relativedelta(months=steps)
    days = 1 if kind.is_day else {ViewKind.AGENDA: agenda_days}.get(kind, 7)
    return anchor + timedelta(days=days * steps)


def next_period(kind: ViewKind, anchor: date, **options: int) -> date:
    return step(kind, anchor, 1, **options)


def previous_period(kind: ViewKind, anchor: date, **options: int) -> date:
    return step(kind, anchor, -1, **options)


def today(tz: tzinfo | None = None) -> date:
    """Today's date in ``tz`` (the view's zone), or in the machine's local zone."""
    return datetime.now(tz).date()


def iso_week(day: date) -> int:
    """ISO 8601 week number (weeks start on Monday; week 1 holds the first Thursday)."""
    return day.isocalendar().week
