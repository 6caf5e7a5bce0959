"""From loaded sessions to what the time grid draws: wall-clock times, lanes, tiles, hit boxes.

``DayData`` is the grid's whole input (built once per load); ``build_tiles`` turns it into items
for one grid size, so a resize or zoom re-lays out without asking the service again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

from sessions_desktop.domain.enums import OwnerKind
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import wall_clock
from sessions_desktop.presentation.calendar_data import is_blocked, working_minutes
from sessions_desktop.presentation.colours import TileColours, tile_colours
from sessions_desktop.presentation.formatting import tile_text
from sessions_desktop.presentation.geometry import Segment, TimeGrid
from sessions_desktop.presentation.hits import HitBox
from sessions_desktop.presentation.layout import assign_lanes
from sessions_desktop.presentation.people import PeopleTexts, label
from sessions_desktop.presentation.visibility import drawn_all_day
from sessions_desktop.ui.grid.week_items import TileItem

FALLBACK_COLOUR = "#3a7bd5"
MIN_TILE = 14.0


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
    people: dict[str, str] = field(default_factory=dict)    # id -> "Tom · Treatment room"
    labels: dict[str, str] = field(default_factory=dict)    # id -> title shown ("Tom: Off")
    schedules: dict[str, Schedule] = field(default_factory=dict, repr=False)


def make_day_data(days: tuple[date, ...], shown: list[Session], loaded: list[Session],
                  schedules: dict[str, Schedule], hidden: set[str], tz: tzinfo,
                  clock24: bool = True, now: datetime | None = None) -> DayData:
    resources = [i for i, s in schedules.items()
                 if s.owner_kind is OwnerKind.RESOURCE and i not in hidden]
    business = [i for i, s in schedules.items() if s.owner_kind is OwnerKind.BUSINESS]
    data = DayData(days, tz=tz, clock24=clock24, now=now)
    data.working = working_minutes(loaded, resources, business, days, tz)
    data.colours = {i: s.colour for i, s in schedules.items()}
    people = PeopleTexts(schedules)
    data.schedules = schedules
    for session in shown:
        data.people[session.id] = people(session)
        data.labels[session.id] = label(session, schedules)
        if drawn_all_day(session, schedules, tz):   # a day off squeezes nothing
            data.all_day.append(session)
        else:
            data.timed.append(session)
            data.wall[session.id] = (wall_clock(session.start, tz), wall_clock(session.end, tz))
    return data


@lru_cache(maxsize=512)
def cached_colours(base: str, past: bool, cancelled: bool = False) -> TileColours:
    """Colour maths (WCAG contrast) once per schedule colour, not once per tile."""
    return tile_colours(base, past=past, cancelled=cancelled)


def day_segments(grid: TimeGrid, start: datetime, end: datetime) -> list[Segment]:
    """``grid.segments`` over only the days a session touches, not every visible day."""
    end = max(start, end)
    first = (start.date() - grid.first_day).days
    last = ((end - timedelta(microseconds=1)).date() - grid.first_day).days if end > start \
        else first
    first, last = max(0, first), min(grid.day_count - 1, last)
    if last < first:
        return []
    span = replace(grid, first_day=grid.date_for_index(first), day_count=last - first + 1)
    return [s._replace(day_index=s.day_index + first) for s in span.segments(start, end)]


def build_tiles(grid: TimeGrid, data: DayData) -> tuple[list[TileItem], list[HitBox]]:
    """Tiles in paint order (lanes left to right) and their hit boxes in the same order."""
    parts: dict[int, list] = {}
    for session in data.timed:
        for segment in day_segments(grid, *data.wall[session.id]):
            parts.setdefault(segment.day_index, []).append((session, segment))
    tiles, boxes = [], []
    for day_parts in parts.values():
        lanes = assign_lanes([(s.id, seg.start_minute, seg.end_minute) for s, seg in day_parts],
                             min_length=MIN_TILE * 60 / grid.hour_height)
        for session, segment in sorted(day_parts, key=lambda p: lanes[p[0].id].lane):
            place = lanes[session.id]
            rect = grid.segment_rect(segment, place.lane, place.lanes, min_height=MIN_TILE)
            tiles.append(_tile(session, rect, data))
            boxes.append(HitBox(session.id, rect, not segment.clipped_start,
                                not segment.clipped_end))
    return tiles, boxes


def _tile(session: Session, rect, data: DayData) -> TileItem:
    base = data.colours.get(session.schedule_id, FALLBACK_COLOUR)
    blocked = is_blocked(session)
    past = data.now is not None and session.end <= data.now
    colours = cached_colours("#b2bec3" if blocked else base, past, session.is_cancelled)
    text = tile_text(session, data.tz, clock24=data.clock24,
                     people=data.people.get(session.id, ""), title=data.labels.get(session.id))
    return TileItem(session.id, rect, colours, text, blocked)
