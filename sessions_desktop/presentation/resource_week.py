"""The resource week without Qt: a row per staff member or room, a cell per day.

Each cell lists that resource's sessions of the day as chips ("10:00 Pilates Mat"), with
"+N more" when the row is too low for all of them; a day the resource does not work is
shaded, a whole day off is hatched and names the reason. Rects are ``geometry.Rect`` so hit
tests use exactly what was drawn. Twenty rows and 400 sessions a week stay readable: about
three chips a cell, the rest counted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo

from sessions_desktop.domain.day_order import chip_order
from sessions_desktop.domain.enums import SessionType
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.presentation.geometry import Rect
from sessions_desktop.presentation.layout import fit_chips
from sessions_desktop.presentation.people import is_time_off, resource_ids
from sessions_desktop.presentation.resource_columns import Column, unassigned
from sessions_desktop.presentation.visibility import drawn_all_day, local_dates

NAME_WIDTH = 130.0
HEADER = 24.0
CHIP = 17.0
MIN_ROW = 66.0
Cell = tuple[int, int]           # (row, day index)


@dataclass(frozen=True, slots=True)
class WeekGeometry:
    days: int
    rows: int
    width: float
    row_height: float = MIN_ROW

    @property
    def height(self) -> float:
        return HEADER + self.rows * self.row_height

    @property
    def day_width(self) -> float:
        return max(40.0, (self.width - NAME_WIDTH) / self.days)

    def cell_rect(self, row: int, day: int) -> Rect:
        return Rect(NAME_WIDTH + day * self.day_width, HEADER + row * self.row_height,
                    self.day_width, self.row_height)

    def cell_at(self, x: float, y: float) -> Cell | None:
        if x < NAME_WIDTH or y < HEADER:
            return None
        day, row = int((x - NAME_WIDTH) // self.day_width), int((y - HEADER) // self.row_height)
        return (row, day) if 0 <= row < self.rows and 0 <= day < self.days else None


@dataclass
class ResourceWeekData:
    days: tuple[date, ...]
    rows: list[Column]
    cells: dict[Cell, list[Session]] = field(default_factory=dict)
    off: dict[Cell, Session] = field(default_factory=dict)       # a whole day off
    working: set[Cell] = field(default_factory=set)              # days the resource works

    def row_of(self, key: str | None) -> int | None:
        return next((i for i, c in enumerate(self.rows) if c.key == key), None)


@dataclass(frozen=True, slots=True)
class WeekCell:
    cell: Cell
    rect: Rect
    chips: tuple[tuple[Rect, Session], ...]
    more: int
    more_rect: Rect | None


def collect_week(days: Sequence[date], rows: Sequence[Column], shown: Sequence[Session],
                 loaded: Sequence[Session], schedules: Mapping[str, Schedule], tz: tzinfo,
                 with_hours: set[str] | None = None) -> ResourceWeekData:
    data = ResourceWeekData(tuple(days), list(rows))
    index = {c.key: i for i, c in enumerate(rows)}
    first = days[0]
    stray = []
    for session in shown:
        taken = resource_ids(session, schedules)
        row_ids = [index[key] for key in taken if key in index]
        if not taken:
            stray.append(session)
        whole = drawn_all_day(session, schedules, tz)
        low, high = local_dates(session, tz)
        for day in range(max(0, (low - first).days), min(len(days), (high - first).days)):
            for row in row_ids:
                if whole and is_time_off(session, schedules):
                    data.off[(row, day)] = session
                else:
                    data.cells.setdefault((row, day), []).append(session)
    if stray:
        row = len(data.rows)
        data.rows.append(unassigned())
        for session in stray:
            low, high = local_dates(session, tz)
            for day in range(max(0, (low - first).days), min(len(days), (high - first).days)):
                data.cells.setdefault((row, day), []).append(session)
    data.working = _working(data, loaded, schedules, tz, with_hours)
    return data


def _working(data: ResourceWeekData, loaded: Sequence[Session],
             schedules: Mapping[str, Schedule], tz: tzinfo,
             with_hours: set[str] | None) -> set[Cell]:
    hours = [s for s in loaded if s.type is SessionType.WORKING_HOURS and not s.is_cancelled]
    business = {key for key, s in schedules.items() if s.owner_kind.value == "BUSINESS"}
    first = data.days[0]

    def days_of(sessions: list[Session]) -> set[int]:
        return {(s.start.astimezone(tz).date() - first).days for s in sessions}

    business_days = days_of([s for s in hours if s.schedule_id in business])
    out: set[Cell] = set()
    for row, column in enumerate(data.rows):
        own = days_of([s for s in hours if s.schedule_id == column.key])
        if not own and (column.key is None or with_hours is None
                        or column.key not in with_hours):
            own = business_days or set(range(len(data.days)))
        out |= {(row, day) for day in own if 0 <= day < len(data.days)}
    return out


def lay_out_week(geometry: WeekGeometry, data: ResourceWeekData) -> list[WeekCell]:
    """Every cell with the chips that fit; the last row of a full cell says '+N more'."""
    out = []
    for row in range(len(data.rows)):
        for day in range(len(data.days)):
            rect = geometry.cell_rect(row, day)
            top = rect.y + (CHIP + 3 if (row, day) in data.off else 3)
            room = max(0, int((rect.bottom - top - 2) // CHIP))
            sessions = sorted(data.cells.get((row, day), []), key=chip_order)
            fit = fit_chips(sessions, room)
            chips = tuple((Rect(rect.x + 3, top + i * CHIP, rect.width - 6, CHIP - 1), s)
                          for i, s in enumerate(fit.visible))
            more_rect = Rect(rect.x + 3, top + len(fit.visible) * CHIP, rect.width - 6,
                             CHIP - 1) if fit.more else None
            out.append(WeekCell((row, day), rect, chips, fit.more, more_rect))
    return out

