"""The resource day view without Qt: one column per staff member or room, side by side.

A session appears in the column of every resource it takes (Pilates in Maya's column and in
the big room's). Lanes are laid out per column; when a column is too narrow for all of a
busy hour's sessions, the lanes that fit are drawn and a "+N" marker counts the rest.
Whole days of time off are a hatched band over their column, never a lane.

The columns are drawn with the week grid's ``TimeGrid``: column ``i`` is its day ``i``, a day
counted from ``VIRTUAL_FIRST``. Times handed to the grid and the drag machine are shifted
onto that day (``to_grid``) and back onto the real day when a drag ends (``from_grid``), so
the snapping, hit tests and drag gestures are the week grid's own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from sessions_desktop.domain.enums import SessionType
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import wall_clock
from sessions_desktop.presentation.geometry import Rect, Segment, TimeGrid
from sessions_desktop.presentation.hits import HitBox
from sessions_desktop.presentation.layout import assign_lanes
from sessions_desktop.presentation.people import PeopleTexts, is_time_off, label, resource_ids
from sessions_desktop.presentation.resource_columns import Column, unassigned
from sessions_desktop.presentation.visibility import drawn_all_day

VIRTUAL_FIRST = date(2001, 1, 1)
MINUTES = 24 * 60
MIN_TILE = 14.0
MIN_LANE_WIDTH = 44.0     # narrower lanes would be bare slivers: "+N" counts the rest
TileKey = tuple[str, int]            # (session id, column index)


@dataclass
class ResourceDay:
    """What one load of the day gives the resource view (laid out again on every resize)."""

    day: date
    columns: list[Column]
    timed: dict[int, list[Session]] = field(default_factory=dict)      # column -> sessions
    bands: dict[int, list[Session]] = field(default_factory=dict)      # whole-day time off
    all_day: dict[int, list[Session]] = field(default_factory=dict)    # other all-day items
    everywhere: list[Session] = field(default_factory=list)  # all-day, no staff or room
    wall: dict[str, tuple[datetime, datetime]] = field(default_factory=dict)
    working: dict[int, list[tuple[float, float]]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    people: dict[TileKey, str] = field(default_factory=dict)  # the others, in this column

    def column_of(self, key: str | None) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.key == key), None)


@dataclass(frozen=True, slots=True)
class PlacedTile:
    key: TileKey
    session: Session
    rect: Rect
    clipped_start: bool
    clipped_end: bool


@dataclass(frozen=True, slots=True)
class Overflow:
    """'+N' in a column: sessions of that stretch of time with no lane left to draw them."""

    column: int
    rect: Rect
    hidden: tuple[str, ...]


def lay_out_day(day: date, columns: Sequence[Column], shown: Sequence[Session],
                loaded: Sequence[Session], schedules: Mapping[str, Schedule], tz: tzinfo,
                with_hours: set[str] | None = None,
                default_hours: tuple[float, float] | None = None) -> ResourceDay:
    """Sort the day's shown sessions into their columns. ``with_hours``: resources that have
    working hours at all (one without hours today is off today, not "on business hours");
    ``default_hours`` (minutes) shade Monday to Friday when no one has hours at all."""
    data = ResourceDay(day, list(columns))
    index = {c.key: i for i, c in enumerate(columns)}
    stray: list[Session] = []
    people = PeopleTexts(schedules)
    for session in shown:
        data.labels[session.id] = label(session, schedules)
        taken = [index[key] for key in resource_ids(session, schedules) if key in index]
        whole = drawn_all_day(session, schedules, tz)
        if not taken and not resource_ids(session, schedules):
            (data.everywhere if whole else stray).append(session)
            continue
        if not whole:
            data.wall[session.id] = (wall_clock(session.start, tz), wall_clock(session.end, tz))
        for column in taken:
            target = data.bands if whole and is_time_off(session, schedules) else \
                data.all_day if whole else data.timed
            target.setdefault(column, []).append(session)
            data.people[(session.id, column)] = people(session, columns[column].key)
    if stray:
        column = len(data.columns)
        data.columns.append(unassigned())
        data.timed[column] = stray
        for session in stray:
            data.wall[session.id] = (wall_clock(session.start, tz), wall_clock(session.end, tz))
    data.working = _working(day, data.columns, loaded, schedules, tz, with_hours)
    if default_hours and not with_hours and not any(data.working.values()) and \
            day.weekday() < 5:
        data.working = {i: [default_hours] for i in range(len(data.columns))}
    return data


def _minutes(session: Session, day: date, tz: tzinfo) -> tuple[float, float]:
    midnight = datetime.combine(day, time())
    start = (wall_clock(session.start, tz) - midnight) / timedelta(minutes=1)
    end = (wall_clock(session.end, tz) - midnight) / timedelta(minutes=1)
    return max(0.0, start), min(float(MINUTES), end)


def _working(day: date, columns: Sequence[Column], loaded: Sequence[Session],
             schedules: Mapping[str, Schedule], tz: tzinfo,
             with_hours: set[str] | None) -> dict[int, list[tuple[float, float]]]:
    hours = [s for s in loaded if s.type is SessionType.WORKING_HOURS and not s.is_cancelled]
    business = {key for key, s in schedules.items() if s.owner_kind.value == "BUSINESS"}
    fallback = [s for s in hours if s.schedule_id in business]
    out: dict[int, list[tuple[float, float]]] = {}
    for i, column in enumerate(columns):
        own = [s for s in hours if s.schedule_id == column.key]
        if not own and column.key is not None and (with_hours is None
                                                   or column.key not in with_hours):
            own = fallback
        spans = [_minutes(s, day, tz) for s in own]
        out[i] = [(low, high) for low, high in spans if high > low]
    return out


def to_grid(moment: datetime, day: date, column: int) -> datetime:
    """A wall-clock time of ``day`` as the grid draws it in column ``column``."""
    return moment + (VIRTUAL_FIRST + timedelta(days=column) - day)


def from_grid(moment: datetime, day: date, column: int) -> datetime:
    """The real wall-clock time of a grid time drawn in column ``column``."""
    return moment - (VIRTUAL_FIRST + timedelta(days=column) - day)


def _segment(grid: TimeGrid, column: int, start: float, end: float, clipped: tuple[bool, bool]
             ) -> Segment | None:
    low, high = max(start, grid.first_minute), min(end, grid.last_minute)
    if high <= low and not (start == end and grid.first_minute <= start < grid.last_minute):
        return None
    return Segment(column, low, high, clipped[0] or start < low, clipped[1] or end > high)


def place(grid: TimeGrid, data: ResourceDay) -> tuple[list[PlacedTile], list[Overflow]]:
    """Tiles (paint order: lanes left to right) and '+N' markers for one grid size."""
    max_lanes = max(1, int(grid.column_width // MIN_LANE_WIDTH))
    tiles: list[PlacedTile] = []
    overflow: list[Overflow] = []
    midnight = datetime.combine(data.day, time())
    for column, sessions in data.timed.items():
        parts = []
        for session in sessions:
            start, end = data.wall[session.id]
            low, high = (start - midnight) / timedelta(minutes=1), \
                (end - midnight) / timedelta(minutes=1)
            segment = _segment(grid, column, max(0.0, low), min(float(MINUTES), high),
                               (low < 0, high > MINUTES))
            if segment is not None:
                parts.append((session, segment))
        lanes = assign_lanes([(s.id, seg.start_minute, seg.end_minute) for s, seg in parts],
                             min_length=MIN_TILE * 60 / grid.hour_height)
        hidden = []
        for session, segment in sorted(parts, key=lambda p: lanes[p[0].id].lane):
            where = lanes[session.id]
            if where.lane >= max_lanes:
                hidden.append((session, segment))
                continue
            rect = grid.segment_rect(segment, where.lane, min(where.lanes, max_lanes),
                                     min_height=MIN_TILE)
            tiles.append(PlacedTile((session.id, column), session, rect, segment.clipped_start,
                                    segment.clipped_end))
        overflow += _markers(grid, column, hidden)
    return tiles, overflow


def _markers(grid: TimeGrid, column: int, hidden: list[tuple[Session, Any]]) -> list[Overflow]:
    """One '+N' per run of overlapping hidden sessions, at the run's start, on the right."""
    runs: list[list[Any]] = []
    for session, segment in sorted(hidden, key=lambda p: p[1].start_minute):
        if runs and segment.start_minute < runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], segment.end_minute)
            runs[-1][2].append(session.id)
        else:
            runs.append([segment.start_minute, segment.end_minute, [session.id]])
    out = []
    for start, _end, keys in runs:
        y = grid.y_for_minute(start)
        x = grid.x_for_day(column) + grid.column_width - 30
        out.append(Overflow(column, Rect(x, y, 28, 16), tuple(keys)))
    return out


def hit_boxes(tiles: Sequence[PlacedTile]) -> list[HitBox]:
    return [HitBox(t.key, t.rect, not t.clipped_start, not t.clipped_end) for t in tiles]
