"""Utilisation: booked places against capacity, per class and per week (or month).

A class is the sessions of one service schedule with one title ("Morning yoga" of "Vinyasa
Yoga"). A session counts in the span where it starts; only sessions with a capacity count
(appointments without one are left out and said so). Fill = places booked / places offered
over the sessions that ran (cancelled ones are counted apart). A fill above 100% only
happens when a session was overbooked, and such rows are flagged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sessions_desktop.domain.model import Schedule
from sessions_desktop.services.reports.chart_groups import top_groups
from sessions_desktop.services.reports.load import Timed, is_event, starts_inside
from sessions_desktop.services.reports.model import (
    COUNT,
    DATE,
    DATETIME,
    FLAG,
    MONTH,
    PERCENT,
    TEXT,
    Chart,
    ChartSeries,
    Column,
    Table,
)
from sessions_desktop.services.reports.period import WEEK, Buckets, ReportPeriod

DEFAULT_THRESHOLD = 0.5

ClassKey = tuple[str, str]      # (service schedule id, class title)


@dataclass
class Places:
    """Counts for one class, one bucket, or one class in one bucket."""

    sessions: int = 0
    cancelled: int = 0
    booked: int = 0
    capacity: int = 0
    below: int = 0
    overbooked: int = 0

    @property
    def fill(self) -> float | None:
        return self.booked / self.capacity if self.capacity else None

    def add_session(self, booked: int, capacity: int, threshold: float) -> None:
        self.sessions += 1
        self.booked += booked
        self.capacity += capacity
        self.below += booked < threshold * capacity
        self.overbooked += booked > capacity

    def row(self) -> tuple[int, int, int, int, float | None, int]:
        return (self.sessions, self.cancelled, self.booked, self.capacity, self.fill,
                self.overbooked)


@dataclass(frozen=True)
class Counted:
    """Sessions of the chosen services that start in the span, split by what counts."""

    live: list[tuple[Timed, ClassKey, int]]     # item, class key, capacity
    cancelled: list[tuple[Timed, ClassKey]]
    without_capacity: int


def count_sessions(items: Iterable[Timed], chosen: set[str], period: ReportPeriod,
                   schedules: Mapping[str, Schedule]) -> Counted:
    live, cancelled, without = [], [], 0
    for item in items:
        s = item.session
        if not is_event(s) or s.schedule_id not in chosen or not starts_inside(item, period):
            continue
        key = (s.schedule_id, s.title or schedules[s.schedule_id].name)
        if item.cancelled:
            cancelled.append((item, key))
        elif not s.capacity:
            without += 1
        else:
            live.append((item, key, s.capacity))
    return Counted(live, cancelled, without)


def utilisation_tables(counted: Counted, schedules: Mapping[str, Schedule],
                       buckets: Buckets, grouping: str, threshold: float, tz: ZoneInfo
                       ) -> tuple[tuple[Table, ...], Chart]:
    classes: dict[ClassKey, Places] = {}
    periods = [Places() for _ in buckets.labels]
    cells: dict[tuple[ClassKey, int], Places] = {}
    below_rows = []
    for item, key, capacity in counted.live:
        booked = item.session.total_number_of_participants
        i = buckets.index(item.low)
        assert i is not None   # counted sessions start inside the period: in a bucket
        for target in (classes.setdefault(key, Places()), periods[i],
                       cells.setdefault((key, i), Places())):
            target.add_session(booked, capacity, threshold)
        if booked < threshold * capacity:
            below_rows.append((item.session.start.astimezone(tz).replace(tzinfo=None), key[1],
                               schedules[key[0]].name, booked, capacity, booked / capacity))
    for item, key in counted.cancelled:
        i = buckets.index(item.low)
        assert i is not None
        for target in (classes.setdefault(key, Places()), periods[i]):
            target.cancelled += 1
    tables = (_class_table(classes, schedules, threshold),
              _period_table(periods, buckets, grouping),
              _below_table(sorted(below_rows), threshold))
    return tables, _chart(classes, cells, buckets, grouping, schedules, threshold)


def _flag(places: Places, threshold: float) -> str:
    flags = []
    if places.overbooked:
        flags.append("overbooked")
    if places.fill is not None and places.fill < threshold:
        flags.append(f"below {threshold:.0%}")
    return "; ".join(flags)


COUNTS = (Column("sessions", "Sessions", COUNT), Column("cancelled", "Cancelled", COUNT),
          Column("booked", "Places booked", COUNT), Column("capacity", "Places", COUNT),
          Column("fill", "Fill", PERCENT), Column("overbooked", "Overbooked", COUNT))


def _class_table(classes: dict[ClassKey, Places], schedules: Mapping[str, Schedule],
                 threshold: float) -> Table:
    columns = (Column("class", "Class"), Column("service", "Service"), *COUNTS,
               Column("below", "Below threshold", COUNT), Column("flag", "Flag", FLAG))
    order = sorted(classes, key=lambda k: (schedules[k[0]].name.casefold(), k[1].casefold()))
    rows = tuple((k[1], schedules[k[0]].name, *classes[k].row(), classes[k].below,
                  _flag(classes[k], threshold)) for k in order)
    total = Places()
    for places in classes.values():
        for name in ("sessions", "cancelled", "booked", "capacity", "below", "overbooked"):
            setattr(total, name, getattr(total, name) + getattr(places, name))
    return Table("classes", "Classes", columns, rows,
                 ("All classes", "", *total.row(), total.below, _flag(total, threshold)))


def _period_table(periods: list[Places], buckets: Buckets, grouping: str) -> Table:
    label = Column("week", "Week of", DATE) if grouping == WEEK else \
        Column("month", "Month", MONTH)
    rows = tuple((day, *p.row()) for day, p in zip(buckets.labels, periods, strict=True))
    return Table(f"{grouping}s", "By week" if grouping == WEEK else "By month",
                 (label, *COUNTS), rows)


def _below_table(rows: list[tuple[Any, ...]], threshold: float) -> Table:
    columns = (Column("start", "Start", DATETIME), Column("class", "Class"),
               Column("service", "Service", TEXT), Column("booked", "Places booked", COUNT),
               Column("capacity", "Places", COUNT), Column("fill", "Fill", PERCENT))
    return Table("below", f"Sessions below {threshold:.0%}", columns, tuple(rows))


def _chart(classes: dict[ClassKey, Places], cells: dict[tuple[ClassKey, int], Places],
           buckets: Buckets, grouping: str, schedules: Mapping[str, Schedule],
           threshold: float) -> Chart:
    """Fill by week (or month): one line per class, or per service when there are many."""
    groups = top_groups(classes, lambda k: classes[k].sessions,
                        lambda k: k[1], lambda k: schedules[k[0]].name)
    series = []
    for name, keys in groups:
        values = []
        for i in range(len(buckets.labels)):
            merged = Places()
            for key in keys:
                cell = cells.get((key, i))
                if cell is not None:
                    merged.booked += cell.booked
                    merged.capacity += cell.capacity
            values.append(merged.fill)
        series.append(ChartSeries(name, tuple(values)))
    kind = "line" if len(buckets.labels) > 16 else "bar"
    return Chart("Fill by week" if grouping == WEEK else "Fill by month", kind,
                 buckets.labels, DATE if grouping == WEEK else MONTH, tuple(series), "%",
                 threshold)

