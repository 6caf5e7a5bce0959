"""A month grid's days without building the month: per local day, how many sessions touch
it and only the first few in chip order (``queries.month_days``; the grid shows a few chips
and "+N more" per day, and at five times the benchmark business a month holds 18,000
sessions).

The same sources as the window read (``window_read``), over the same window, so the same
sessions are counted: singles and exceptions, materialised instances, instances expanded past
a series' horizon. Without a filter, timed events are counted per day in SQL
(``Repository.day_counts``: a day is [its local midnight, the next), so a session counts on
every day it overlaps, as the month view places it), plain instances from the occurrence
index alone, and only each day's first few are read (``day_first``, ties included) and
built. All-day sessions are placed by their dates, and with the instances of series the
index cannot count (all-day series) and those expanded past the horizon they are few and
built. The largest cost left is SQLite visiting the rows of the month's singles to count
them (their type and status are not in an index).

``keep`` (the window's sidebar and search filters) sees whole sessions: singles and
exceptions are then all built and asked, instances placed in Python from the occurrence
index; a series' plain instances share everything but their times and id, so one of them
is asked for the series. It must not look at times.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta, tzinfo
from typing import Any

from sessions_desktop.domain.day_order import chip_order, days_touched
from sessions_desktop.domain.enums import Fieldset, SessionStatus, SessionType
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.services.month_positions import (
    Light,
    date_span,
    day_bounds,
    day_span,
    first_candidates,
)
from sessions_desktop.services.values import DaySummary, MonthDays
from sessions_desktop.services.window_read import Keyed, WindowReader

CANCELLED = SessionStatus.CANCELLED.value
EVENT = SessionType.EVENT.value
FIELDSET = Fieldset.ALL_PI
Keep = Callable[[Session], bool]


class MonthDaysReader:
    """``read(...)``: the days' summaries (see the module); call inside a read transaction."""

    def __init__(self, window: WindowReader) -> None:
        self.window = window
        self.repo = window.repo

    def read(self, first: date, days: int, chips: int, tz: tzinfo,
             schedules: dict[str, Schedule], include_cancelled: bool, keep: Keep | None,
             expanded: list[Keyed]) -> MonthDays:
        bounds = day_bounds(first, days, tz)
        day = _Days(first, days, tz, include_cancelled, keep)
        if keep is None:
            self._counted(day, bounds, chips, schedules)
        else:
            for row in self.repo.window_rows(bounds[0], bounds[-1], types=None,
                                             schedule_ids=None):
                day.add(self.window.build_row(row, schedules, FIELDSET))
            self._instances(day, bounds, schedules)
        for _, session in expanded:
            day.add(session)
        return self._summaries(day, chips, schedules)

    def _counted(self, day: _Days, bounds: list[int], chips: int,
                 schedules: dict[str, Schedule]) -> None:
        """Without a filter: timed events counted per day in SQL and only each day's first
        read; all-day sessions and the instances of series not counted so are built."""
        repo, cancelled = self.repo, day.include_cancelled
        low, high = bounds[0], bounds[-1]
        not_counted = repo.series_not_counted(low, high, cancelled)
        skipped = [row[0] for row in not_counted]
        day.sql = True
        all_day: set[str] = set()
        for index, count, begins, whole in repo.day_counts(bounds, False, cancelled, ()):
            if whole is None:
                day.counted[index] += count
                day.begins[index] += begins
            else:
                all_day.add(whole)
        for index, count, begins, _ in repo.day_counts(bounds, True, cancelled, skipped):
            day.counted[index] += count
            day.begins[index] += begins
        for row in repo.rows_of(all_day):
            day.add(self.window.build_row(row, schedules, FIELDSET))
        longest = (repo.max_duration("session"), repo.max_duration("occurrence"))
        built = [row[0] for row in not_counted if row[1] == EVENT and row[2]]
        whole_slots = repo.slots_of_series(built, low, high) if built else []
        firsts: list[tuple[int, str, int]] = []
        for index in range(day.days) if chips else ():
            if not day.counted[index]:
                continue
            for start, key, end in repo.day_first(bounds[index], bounds[index + 1], chips,
                                                  False, cancelled, (), longest[0]):
                day.light[index].append((start, start - end, key))
            for start, key, end in repo.day_first(bounds[index], bounds[index + 1], chips,
                                                  True, cancelled, skipped, longest[1]):
                firsts.append((start, key, end))
                day.light[index].append((start, start - end, (key, start, end, "")))
        if whole_slots or firsts:
            day.series_of, states, infos = self.window.series_of_slots(whole_slots + firsts)
            day.series = (states, infos)
            for start, key, end in whole_slots:
                series_id = day.series_of[key]
                info = infos.get(series_id)
                if info is not None:
                    day.add(self.window.instance(info, states[series_id][0], key, start, end,
                                                 schedules, FIELDSET))

    def _instances(self, day: _Days, bounds: list[int], schedules: dict[str, Schedule]) -> None:
        slots = self.repo.window_slots(bounds[0], bounds[-1])
        if not slots:
            return
        series_of, states, infos = self.window.series_of_slots(slots)
        day.series = (states, infos)
        verdicts: dict[str, int] = {}      # series id -> SKIP, LIGHT or BUILD
        instance, light = self.window.instance, day.light
        for start, occ_id, end in slots:
            series_id = series_of[occ_id]
            verdict = verdicts.get(series_id)
            if verdict is None:
                verdict = verdicts[series_id] = self._verdict(
                    day, infos.get(series_id), states[series_id], occ_id, start, end,
                    schedules)
            if verdict == LIGHT:
                entry = (start, start - end, (occ_id, start, end, series_id))
                span = day_span(start, end, bounds)
                for index in span:
                    light[index].append(entry)
                if span and start >= bounds[0]:
                    day.begins[span.start] += 1
            elif verdict == BUILD:
                info = infos[series_id]
                day.add(instance(info, states[series_id][0], occ_id, start, end, schedules,
                                 FIELDSET))

    def _verdict(self, day: _Days, info: Any, state: tuple[int, str], occ_id: str,
                 start: int, end: int, schedules: dict[str, Schedule]) -> int:
        version, status = state
        if info is None or info.record.type != EVENT:
            return SKIP
        if status == CANCELLED and not day.include_cancelled:
            return SKIP
        if day.keep is not None and not day.keep(self.window.instance(
                info, version, occ_id, start, end, schedules, FIELDSET)):
            return SKIP
        return BUILD if info.record.all_day else LIGHT

    def _summaries(self, day: _Days, chips: int, schedules: dict[str, Schedule]) -> MonthDays:
        wanted = [first_candidates(entries, chips) for entries in day.light]
        built = self._build_lights(day, {entry[2] for entries in wanted for entry in entries},
                                   schedules)
        out = []
        for index, entries in enumerate(day.light):
            whole = day.built[index]
            count = day.counted[index] + len(whole) + (0 if day.sql else len(entries))
            candidates = whole + [built[entry[2]] for entry in wanted[index]]
            candidates.sort(key=chip_order)
            out.append(DaySummary(day.date(index), count, tuple(candidates[:chips]),
                                  day.begins[index]))
        return MonthDays(day.first, tuple(out), chips)

    def _build_lights(self, day: _Days, refs: set[Any], schedules: dict[str, Schedule],
                      ) -> dict[Any, Session]:
        """Sessions of the light entries chosen: singles (named by their id) from their
        rows, instances (named by id, times and series) from their series as read."""
        singles = [ref for ref in refs if not isinstance(ref, tuple)]
        out: dict[Any, Session] = {}
        for row in self.repo.rows_of(singles):
            session = self.window.build_row(row, schedules, FIELDSET)
            if session is not None:      # a single always is
                out[row[0]] = session
        states, infos = day.series
        for ref in refs:
            if isinstance(ref, tuple):
                occ_id, start, end, series_id = ref
                series_id = series_id or day.series_of[occ_id]
                out[ref] = self.window.instance(infos[series_id], states[series_id][0],
                                                occ_id, start, end, schedules, FIELDSET)
        return out


SKIP, LIGHT, BUILD = 0, 1, 2


class _Days:
    """The days being gathered: built sessions and light entries per day."""

    def __init__(self, first: date, days: int, tz: tzinfo, include_cancelled: bool,
                 keep: Keep | None) -> None:
        self.first, self.days, self.tz = first, days, tz
        self.include_cancelled, self.keep = include_cancelled, keep
        self.built: list[list[Session]] = [[] for _ in range(days)]
        self.light: list[list[Light]] = [[] for _ in range(days)]
        self.series: tuple[dict[str, tuple[int, str]], dict[str, Any]] = ({}, {})
        self.series_of: dict[str, str] = {}
        self.sql = False                  # counted in SQL: ``light`` holds only the first
        self.counted = [0] * days
        self.begins = [0] * days          # of the counted: how many begin that day

    def date(self, index: int) -> date:
        return self.first + timedelta(days=index)

    def add(self, session: Session | None) -> None:
        """A built session, counted on its days if the month shows it."""
        if session is None or session.type is not SessionType.EVENT:
            return
        if session.is_cancelled and not self.include_cancelled:
            return
        if self.keep is not None and not self.keep(session):
            return
        touched = days_touched(session, self.tz)
        span = date_span(touched, self.first, self.days)
        for index in span:
            self.built[index].append(session)
        if span and touched[0] >= self.first:
            self.begins[span.start] += 1
