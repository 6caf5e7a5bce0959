"""From loaded sessions to what the time grid draws: wall-clock times, lanes, tiles, hit boxes.

``DayData`` is the grid's whole input (built once per load); ``build_tiles`` turns it into tiles
for one grid size, so a resize or zoom re-lays out without asking the service again. The
pixel-free part (day parts and lanes, ``presentation.week_plan``) is kept on the ``DayData`` per
visible-hours and minimum-length key, and so is the last layout per grid: a resize re-fits the
lanes only, and a period prepared while the user looked at another one (the prefetch) shows
without laying anything out again.

Crowded clusters collapse into "+N" per hour (``fit_lanes``) and a density strip is reserved at
the left of each column while any cluster of the period is collapsed; tiles exist only for
what is drawn, so their number is bounded by the screen, not by the week.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from functools import lru_cache
from typing import Any

from sessions_desktop.domain.enums import BLOCKED_TAG, OwnerKind
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import wall_clock
from sessions_desktop.presentation.calendar_data import is_blocked, working_minutes
from sessions_desktop.presentation.colours import TileColours, tile_colours
from sessions_desktop.presentation.formatting import TileText, tile_text
from sessions_desktop.presentation.geometry import Rect, TimeGrid
from sessions_desktop.presentation.hits import HitBox
from sessions_desktop.presentation.people import PeopleTexts, label
from sessions_desktop.presentation.visibility import drawn_all_day
from sessions_desktop.presentation.week_plan import (
    LaneFit,
    PlannedPart,
    WeekPlan,
    fit_lanes,
    plan_week,
)
from sessions_desktop.ui.grid.week_items import TileItem

FALLBACK_COLOUR = "#3a7bd5"
MIN_TILE = 14.0
MIN_LANE = 44.0     # the narrowest lane whose time and title can still be read
MARKER = 30.0       # the "+N" slot at the right of a crowded column
STRIP = 6.0         # the density strip at the left of a crowded period's columns


@dataclass
class DayData:
    days: tuple[date, ...]
    timed: list[Session] = field(default_factory=list)
    all_day: list[Session] = field(default_factory=list)
    wall: dict[str, tuple[datetime, datetime]] = field(default_factory=dict)
    working: dict[int, list[tuple[float, float]]] = field(default_factory=dict)
    colours: dict[str, str] = field(default_factory=dict)
    tz: tzinfo | None = None
    clock24: bool = True
    now: datetime | None = None
    plans: dict[tuple, WeekPlan] = field(default_factory=dict, repr=False)
    layouts: dict[tuple, GridLayout] = field(default_factory=dict, repr=False)
    # who and where, and the title a view shows, of all-day items (timed tiles make their
    # own when first painted, with ``people_of`` and ``schedules``)
    people: dict[str, str] = field(default_factory=dict)    # id -> "Tom · Treatment room"
    labels: dict[str, str] = field(default_factory=dict)    # id -> title shown ("Tom: Off")
    schedules: dict[str, Schedule] = field(default_factory=dict, repr=False)
    people_of: PeopleTexts | None = field(default=None, repr=False)
    # made by ``week_patch`` from the week shown before: which of its days changed
    base: DayData | None = field(default=None, repr=False, compare=False)
    touched: tuple[int, ...] = field(default=(), compare=False)

    def plan(self, grid: TimeGrid) -> WeekPlan:
        """Day parts and lanes for the grid's visible hours and tile height, made once."""
        key = (grid.first_minute, grid.last_minute, MIN_TILE * 60 / grid.hour_height)
        plan = self.plans.get(key)
        if plan is None:
            timed = ((s, *self.wall[s.id]) for s in self.timed)
            plan = self.plans[key] = plan_week(timed, self.days[0], len(self.days), *key)
        return plan


@dataclass
class Marker:
    """A "+N": the sessions of one day and hour collapsed out of a crowded cluster."""

    rect: Rect
    day: int
    hour: int
    sessions: list[Session]


@dataclass
class GridLayout:
    """What the grid draws for one size: tiles and their hit boxes in paint order, the "+N"
    markers, and the density strip's width (0 when no cluster is collapsed)."""

    tiles: list[TileItem]
    boxes: list[HitBox]
    markers: list[Marker] = field(default_factory=list)
    strip: float = 0.0
    density: list[list[int]] = field(default_factory=list)
    rendered: tuple[Any, Any] | None = None   # (scene rect, image) painted ahead of time
    rendered_palette: int = 0
    day_starts: list[int] = field(default_factory=list)   # where each day's tiles begin


def make_day_data(days: tuple[date, ...], shown: list[Session], loaded: list[Session],
                  schedules: dict[str, Schedule], hidden: set[str], tz: tzinfo,
                  clock24: bool = True, now: datetime | None = None) -> DayData:
    resources = [i for i, s in schedules.items()
                 if s.owner_kind is OwnerKind.RESOURCE and i not in hidden]
    business = [i for i, s in schedules.items() if s.owner_kind is OwnerKind.BUSINESS]
    data = DayData(days, tz=tz, clock24=clock24, now=now)
    data.working = working_minutes(loaded, resources, business, days, tz)
    data.colours = {i: s.colour for i, s in schedules.items()}
    people = data.people_of = _people_texts(schedules)
    data.schedules = schedules
    # Sessions share their times (classes on the hour), and the read hands sessions of one
    # instant the same datetime object: each object is converted once, found by its identity
    # (every session in ``shown`` keeps its datetimes alive meanwhile, so no identity is
    # reused; equal instants in other objects are converted again, which gives the same).
    # Not by value: within one zone the two 02:30s of an autumn night compare equal.
    walls: dict[int, datetime] = {}
    timed, wall, all_day = data.timed, data.wall, data.all_day
    for session in shown:
        if session.all_day or (BLOCKED_TAG in session.tags
                               and drawn_all_day(session, schedules, tz)):
            data.people[session.id] = people(session)   # a day off squeezes nothing
            data.labels[session.id] = label(session, schedules)
            all_day.append(session)
        else:
            timed.append(session)
            start, end = session.start, session.end
            wall_start = walls.get(id(start))
            if wall_start is None:
                wall_start = walls[id(start)] = wall_clock(start, tz)
            wall_end = walls.get(id(end))
            if wall_end is None:
                wall_end = walls[id(end)] = wall_clock(end, tz)
            wall[session.id] = (wall_start, wall_end)
    return data


_PEOPLE: list[Any] = [None, None]   # the schedules, and their PeopleTexts


def _people_texts(schedules: dict[str, Schedule]) -> PeopleTexts:
    """One ``PeopleTexts`` for as long as the schedules are the same object (the controller
    replaces them when any changes): a teacher-and-room pair is written once, not once per
    week (at 5x a fresh week's tiles wrote hundreds of them when first painted)."""
    if _PEOPLE[0] is not schedules:
        _PEOPLE[:] = [schedules, PeopleTexts(schedules)]
    return _PEOPLE[1]


@lru_cache(maxsize=512)
def cached_colours(base: str, past: bool, cancelled: bool = False) -> TileColours:
    """Colour maths (WCAG contrast) once per schedule colour, not once per tile."""
    return tile_colours(base, past=past, cancelled=cancelled)


def build_tiles(grid: TimeGrid, data: DayData) -> GridLayout:
    """The layout for ``grid`` (kept on ``data`` for the last few grids it was asked for)."""
    key = _layout_key(grid)
    layout = data.layouts.get(key)
    if layout is None:
        if len(data.layouts) >= 4:
            data.layouts.clear()
        layout = data.layouts[key] = _lay_out(grid, data)
    return layout


def build_patched_tiles(grid: TimeGrid, data: DayData, base: DayData) -> GridLayout | None:
    """The layout for ``grid`` of ``data``, patched from ``base`` (the week shown before,
    whose layout for the same grid is kept): the touched days laid out again; None when
    there is nothing to patch from."""
    old = base.layouts.get(_layout_key(grid))
    layout = patch_layout(grid, old, data, base) if old is not None else None
    if layout is not None:
        data.layouts[_layout_key(grid)] = layout
    return layout


def _layout_key(grid: TimeGrid) -> tuple:
    return (grid.first_day, grid.day_count, grid.hour_height, grid.column_width,
            grid.gutter_width, grid.first_minute, grid.last_minute)


def _lay_out(grid: TimeGrid, data: DayData) -> GridLayout:
    plan = data.plan(grid)
    strip, whole, narrow, fit = _fit(grid, plan, plan)
    tiles, boxes, starts = _tiles_of(grid, fit, data, strip, whole, narrow,
                                     range(grid.day_count))
    markers = [_marker(grid, day, hour, parts, strip + narrow)
               for (day, hour), parts in sorted(fit.hidden.items())]
    return GridLayout(tiles, boxes, markers, strip, plan.density, day_starts=starts)


def _fit(grid: TimeGrid, plan: WeekPlan, week: WeekPlan) -> tuple[float, float, float, LaneFit]:
    """The lanes of ``plan`` fitted to the columns (collapsed as ``week``, the whole period's
    plan, needs): the strip's width, a column's lane room whole and beside a "+N", and the
    fit."""
    strip = 0.0
    if not crowded(grid, week):
        fit = fit_lanes(plan, int(grid.column_width // MIN_LANE))
    else:   # crowded: room for the strip and the "+N" slot
        strip = STRIP
        kept = int((grid.column_width - strip - MARKER) // MIN_LANE)
        fit = fit_lanes(plan, int((grid.column_width - strip) // MIN_LANE), kept)
    return strip, grid.column_width - strip, grid.column_width - strip - MARKER, fit


def crowded(grid: TimeGrid, plan: WeekPlan) -> bool:
    """Does a cluster of ``plan`` need more lanes than a column holds (a "+N", a strip)?"""
    return plan.widest > max(1, int(grid.column_width // MIN_LANE))


def _tiles_of(grid: TimeGrid, fit: LaneFit, data: DayData, strip: float, whole: float,
              narrow: float, days: Iterable[int]
              ) -> tuple[list[TileItem], list[HitBox], list[int]]:
    """Tiles and hit boxes of the fitted parts (day by day), and where each of ``days``
    begins among them (one more entry: where the last ends)."""
    tiles, boxes, starts = [], [], []
    shown, index = fit.shown, 0
    for day in days:
        while index < len(shown) and shown[index][0].day < day:
            index += 1
        starts.append(len(tiles))
        while index < len(shown) and shown[index][0].day == day:
            part, lane, lanes, collapsed = shown[index]
            rect = _rect(grid, part.day, part.start, part.end, lane, lanes, strip,
                         narrow if collapsed else whole)
            tiles.append(_tile(part.session, rect, data))
            boxes.append(HitBox(part.session.id, rect, not part.clipped_start,
                                not part.clipped_end))
            index += 1
    starts.append(len(tiles))
    return tiles, boxes, starts


def patch_layout(grid: TimeGrid, old: GridLayout, data: DayData,
                 base: DayData) -> GridLayout | None:
    """The layout of ``data`` (patched from ``base``, whose layout ``old`` is: see
    ``week_patch``) made from ``old``: the untouched days keep their tiles (and the texts
    they made), the touched days are laid out again. None when the whole week must be laid
    out again: a period no cluster of which collapsed now has one, or the other way round."""
    if not old.day_starts or not data.touched:
        return None
    key = (grid.first_minute, grid.last_minute, MIN_TILE * 60 / grid.hour_height)
    if key not in base.plans:
        return None
    before, plan = base.plans[key], data.plan(grid)
    if crowded(grid, before) != crowded(grid, plan):
        return None
    touched = set(data.touched)
    parts = [p for p in plan.parts if p.day in touched]
    sub = WeekPlan(plan.day_count, parts, widest=plan.widest)
    strip, whole, narrow, fit = _fit(grid, sub, plan)
    new_tiles, new_boxes, new_starts = _tiles_of(grid, fit, data, strip, whole, narrow,
                                                 data.touched)
    tiles: list[TileItem] = []
    boxes: list[HitBox] = []
    starts: list[int] = []
    for day in range(grid.day_count):
        starts.append(len(tiles))
        if day in touched:
            at = data.touched.index(day)
            low, high = new_starts[at], new_starts[at + 1]
            tiles.extend(new_tiles[low:high])
            boxes.extend(new_boxes[low:high])
        else:
            low, high = old.day_starts[day], old.day_starts[day + 1]
            tiles.extend(old.tiles[low:high])
            boxes.extend(old.boxes[low:high])
    starts.append(len(tiles))
    markers = [m for m in old.markers if m.day not in touched]
    markers.extend(_marker(grid, day, hour, found, strip + narrow)
                   for (day, hour), found in fit.hidden.items())
    markers.sort(key=lambda m: (m.day, m.hour))
    return GridLayout(tiles, boxes, markers, strip, plan.density, day_starts=starts)


def _rect(grid: TimeGrid, day: int, start: float, end: float, lane: int, lanes: int,
          left: float, width: float) -> Rect:
    """``TimeGrid.segment_rect`` for lanes that start ``left`` px into the column and share
    ``width`` px."""
    lane_width = width / lanes
    y = grid.y_for_minute(start)
    height = max(MIN_TILE, grid.y_for_minute(end) - y)
    y = max(0.0, min(y, grid.height - height))
    x = grid.x_for_day(day) + left + lane * lane_width
    return Rect(x, y, max(0.0, lane_width - 1.0), height)


def _marker(grid: TimeGrid, day: int, hour: int, parts: list[PlannedPart],
            left: float) -> Marker:
    """A box over the whole hour (within the visible hours), at the right of the column:
    the markers of consecutive hours stack without overlapping."""
    low = max(hour * 60.0, float(grid.first_minute))
    high = min(hour * 60.0 + 60, float(grid.last_minute))
    rect = _rect(grid, day, low, max(high, low), 0, 1, left, MARKER)
    return Marker(rect, day, hour, [p.session for p in parts])


def _tile(session: Session, rect: Any, data: DayData) -> TileItem:
    base = data.colours.get(session.schedule_id, FALLBACK_COLOUR)
    blocked = is_blocked(session)
    past = data.now is not None and session.end <= data.now
    colours = cached_colours("#b2bec3" if blocked else base, past, session.is_cancelled)
    return TileItem(session.id, rect, colours, lambda: _text(session, data), blocked)


def _text(session: Session, data: DayData) -> TileText:
    """A tile's texts, made when it is first painted: a crowded week draws a fraction of its
    sessions, and who-and-where and the shown title need the schedules."""
    people = data.people_of(session) if data.people_of is not None else ""
    return tile_text(session, data.tz, clock24=data.clock24, people=people,
                     title=label(session, data.schedules))
