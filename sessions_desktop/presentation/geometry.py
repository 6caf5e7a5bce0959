"""Time <-> pixel mapping of the day-column time grid of the week and day views.

Scene coordinates: x runs right across a gutter (the hour labels) and then ``day_count`` columns;
y runs down from the first visible hour. Times are naive wall-clock times of the zone the view
shows; the caller converts aware datetimes first, so this module never meets a time zone.

DST: every day is drawn as 24 rows of wall-clock time, also a 23- or 25-hour day. A session across
the spring-forward gap therefore looks an hour longer than it lasts and one across the autumn
fold an hour shorter (one that seems to end before it starts is drawn zero-length). In exchange
hour lines, labels and snapping are the same on every day, as in KOrganizer and GNOME Calendar.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from sessions_desktop.presentation.snapping import check_snap, minute_of_day, snap_minute

MINUTE = timedelta(minutes=1)


class Rect(NamedTuple):
    """An axis-aligned rectangle in scene pixels; the ui turns it into a QRectF."""

    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.x + self.width and self.y <= py <= self.bottom


class Segment(NamedTuple):
    """The part of one session that falls into one visible day, in minutes of that day.

    ``clipped_start``/``clipped_end`` say the session goes on beyond the segment (an earlier or
    later day, or hours outside the visible range), so the view draws no resize handle there.
    """

    day_index: int
    start_minute: float
    end_minute: float
    clipped_start: bool
    clipped_end: bool


@dataclass(frozen=True, slots=True)
class TimeGrid:
    """Size and position of the time grid; one instance per layout, replaced when it changes."""

    first_day: date
    day_count: int = 7
    hour_height: float = 48.0
    column_width: float = 120.0
    gutter_width: float = 56.0
    day_start_hour: int = 0
    day_end_hour: int = 24
    snap_minutes: int = 15

    def __post_init__(self) -> None:
        check_snap(self.snap_minutes)
        if not 0 <= self.day_start_hour < self.day_end_hour <= 24:
            raise ValueError("visible hours must satisfy 0 <= start < end <= 24")
        if self.day_count < 1 or self.hour_height <= 0 or self.column_width <= 0:
            raise ValueError("a grid needs at least one day and positive sizes")

    @property
    def first_minute(self) -> int:
        return self.day_start_hour * 60

    @property
    def last_minute(self) -> int:
        return self.day_end_hour * 60

    @property
    def height(self) -> float:
        return (self.day_end_hour - self.day_start_hour) * self.hour_height

    @property
    def width(self) -> float:
        return self.gutter_width + self.day_count * self.column_width

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.first_day + timedelta(days=i) for i in range(self.day_count))

    def y_for_minute(self, minute: float) -> float:
        return (minute - self.first_minute) * self.hour_height / 60

    def y_for_time(self, moment: datetime | time) -> float:
        return self.y_for_minute(minute_of_day(moment))

    def minute_for_y(self, y: float) -> float:
        """Minute of the day under ``y``, clamped to the visible hours (pointers leave the grid)."""
        minute = self.first_minute + y * 60 / self.hour_height
        return max(float(self.first_minute), min(float(self.last_minute), minute))

    def x_for_day(self, index: int) -> float:
        return self.gutter_width + index * self.column_width

    def day_index_for_x(self, x: float, clamp: bool = False) -> int | None:
        """Column under ``x``; None over the gutter or past the last day unless ``clamp``."""
        index = self._column(x)
        if clamp:
            return max(0, min(self.day_count - 1, index))
        return index if 0 <= index < self.day_count else None

    def _column(self, x: float) -> int:
        return math.floor((x - self.gutter_width) / self.column_width)

    def date_for_index(self, index: int) -> date:
        return self.first_day + timedelta(days=index)

    def index_for_date(self, day: date) -> int | None:
        index = (day - self.first_day).days
        return index if 0 <= index < self.day_count else None

    def locate(self, x: float, y: float) -> tuple[date, float]:
        """Day and unsnapped minute under a pointer, clamped into the grid (drags go outside)."""
        index = max(0, min(self.day_count - 1, self._column(x)))
        return self.date_for_index(index), self.minute_for_y(y)

    def snap(self, minute: float) -> int:
        """``snap_minute`` clamped to the visible hours, which always lie on the snap grid."""
        snapped = snap_minute(minute, self.snap_minutes)
        return max(self.first_minute, min(self.last_minute, snapped))

    def segments(self, start: datetime, end: datetime) -> list[Segment]:
        """One segment per visible day the naive wall-clock range [start, end) touches.

        Intervals are half-open, so a session ending at midnight does not reach the next day; a
        zero-length session shows on the day (and visible hours) that hold its instant.
        """
        end = max(start, end)
        found = (self._segment(i, start, end) for i in range(self.day_count))
        return [segment for segment in found if segment is not None]

    def _segment(self, index: int, start: datetime, end: datetime) -> Segment | None:
        midnight = datetime.combine(self.date_for_index(index), time())
        first, last = (start - midnight) / MINUTE, (end - midnight) / MINUTE
        low, high = max(first, self.first_minute), min(last, self.last_minute)
        point_visible = first == last and self.first_minute <= first < self.last_minute
        if high <= low and not point_visible:
            return None
        return Segment(index, low, high, first < low, last > high)

    def segment_rect(
        self, segment: Segment, lane: int = 0, lanes: int = 1, *, min_height: float = 0.0,
        spacing: float = 1.0,
    ) -> Rect:
        """Scene rect of a segment in lane ``lane`` of ``lanes``; ``spacing`` px gap on the right.

        ``min_height`` keeps short and zero-length sessions clickable; it grows downward but is
        pushed up rather than past the bottom of the grid.
        """
        lane_width = self.column_width / lanes
        y = self.y_for_minute(segment.start_minute)
        height = max(min_height, self.y_for_minute(segment.end_minute) - y)
        y = max(0.0, min(y, self.height - height))
        x = self.x_for_day(segment.day_index) + lane * lane_width
        return Rect(x, y, max(0.0, lane_width - spacing), height)

    def day_span(self, first: date, end: date) -> tuple[int, int] | None:
        """Visible column range [first, last] of the dates [first, end), for the all-day row."""
        low = max(0, (first - self.first_day).days)
        high = min(self.day_count, (max(end, first + timedelta(days=1)) - self.first_day).days)
        return (low, high - 1) if high > low else None
