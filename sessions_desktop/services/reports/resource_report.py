"""Staff time and room use: hours booked against hours available, per resource and bucket.

Both are the same arithmetic (``resource_time``) with other words: a staff member has working
hours and time off, a room has opening hours. Hours are floats; "use" is a fraction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sessions_desktop.domain.model import Schedule
from sessions_desktop.services.reports.model import (
    COUNT,
    DATE,
    FLAG,
    HOURS,
    MONTH,
    PERCENT,
    TEXT,
    Chart,
    ChartSeries,
    Column,
    Table,
)
from sessions_desktop.services.reports.period import WEEK, Buckets
from sessions_desktop.services.reports.resource_time import ResourceTime, TimeTotals
from sessions_desktop.services.reports.spans import HOUR


@dataclass(frozen=True)
class Words:
    who: str            # "Staff member", "Room"
    hours: str          # "Working hours", "Open hours"
    with_time_off: bool
    chart_title: str


STAFF_WORDS = Words("Staff member", "Working hours", True, "Hours per staff member")
ROOM_WORDS = Words("Room", "Open hours", False, "Hours per room")


def _h(seconds: float) -> float:
    return seconds / HOUR


def _flag(t: TimeTotals) -> str:
    flags = []
    if t.double_booked > 0:
        flags.append("double-booked")
    if t.outside_hours > 0 and t.working > 0:   # with no hours at all, the note says so
        flags.append("outside hours")
    return "; ".join(flags)


def _columns(words: Words) -> tuple[Column, ...]:
    columns = [Column("hours", words.hours, HOURS)]
    if words.with_time_off:
        columns += [Column("time_off", "Time off", HOURS),
                    Column("available", "Available", HOURS)]
    columns += [Column("booked", "Booked", HOURS),
                Column("outside", "Booked outside hours", HOURS),
                Column("double", "Double-booked", HOURS),
                Column("sessions", "Sessions", COUNT), Column("use", "Use", PERCENT)]
    return tuple(columns)


def _values(t: TimeTotals, words: Words) -> tuple[float | None, ...]:
    values: list[float | None] = [_h(t.working)]
    if words.with_time_off:
        values += [_h(t.time_off), _h(t.available)]
    values += [_h(t.booked), _h(t.outside_hours), _h(t.double_booked), t.sessions, t.use]
    return tuple(values)


def resource_tables(results: list[tuple[Schedule, ResourceTime]], buckets: Buckets,
                    grouping: str, words: Words) -> tuple[tuple[Table, ...], Chart]:
    columns = (Column("name", words.who, TEXT), *_columns(words), Column("flag", "Flag", FLAG))
    rows, total = [], TimeTotals()
    for schedule, result in results:
        rows.append((schedule.name, *_values(result.whole, words), _flag(result.whole)))
        total.add(result.whole)
    main = Table("resources", "Staff" if words.with_time_off else "Rooms", columns,
                 tuple(rows), ("All", *_values(total, words), _flag(total)))
    label = Column("week", "Week of", DATE) if grouping == WEEK else \
        Column("month", "Month", MONTH)
    by_rows = []
    for i, day in enumerate(buckets.labels):
        for schedule, result in results:
            t = result.by_bucket[i]
            by_rows.append((day, schedule.name, *_values(t, words)))
    by = Table(f"{grouping}s", "By week" if grouping == WEEK else "By month",
               (label, Column("name", words.who, TEXT), *_columns(words)), tuple(by_rows))
    return (main, by), _chart(results, words)


def _chart(results: list[tuple[Schedule, ResourceTime]], words: Words) -> Chart:
    names = tuple(schedule.name for schedule, _ in results)
    wholes = [result.whole for _, result in results]
    series = [ChartSeries("Available" if words.with_time_off else words.hours,
                          tuple(_h(t.available) for t in wholes)),
              ChartSeries("Booked", tuple(_h(t.booked) for t in wholes))]
    if words.with_time_off:
        series.append(ChartSeries("Time off", tuple(_h(t.time_off) for t in wholes)))
    return Chart(words.chart_title, "bar", names, TEXT, tuple(series), "h")


def notes_for(results: list[tuple[Schedule, ResourceTime]],
              schedules: Mapping[str, Schedule]) -> list[str]:
    notes = []
    for schedule, result in results:
        if result.business_hours_used:
            notes.append(f"{schedule.name} has no working hours of its own in this period; "
                         "the business's hours were used.")
        elif result.whole.working == 0:
            notes.append(f"{schedule.name} has no working hours in this period.")
    return notes
