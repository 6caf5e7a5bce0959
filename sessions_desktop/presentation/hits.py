"""Which session part is under the pointer, and where a chip dropped on another date goes.

Hit testing works on the rects the view drew (``TimeGrid.segment_rect``), so it agrees with what
the user sees: a press near a tile's top or bottom edge resizes, anywhere else on it moves.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sessions_desktop.presentation.geometry import Rect


class Part(StrEnum):
    BODY = "body"
    TOP_EDGE = "top_edge"
    BOTTOM_EDGE = "bottom_edge"


@dataclass(frozen=True, slots=True)
class HitBox:
    """A drawn rect of a session; no resize edge where the segment is clipped (other day)."""

    key: Hashable
    rect: Rect
    top_edge: bool = True
    bottom_edge: bool = True


@dataclass(frozen=True, slots=True)
class Hit:
    key: Hashable
    part: Part


def hit_test(boxes: Iterable[HitBox], x: float, y: float, edge: float = 4.0) -> Hit | None:
    """The session part at (x, y); the last box wins, as it is painted on top.

    An edge zone is ``edge`` px but never more than a third of the box, so a short session
    keeps a body to grab.
    """
    for box in reversed(list(boxes)):
        if not box.rect.contains(x, y):
            continue
        zone = min(edge, box.rect.height / 3)
        if box.top_edge and y - box.rect.y <= zone:
            return Hit(box.key, Part.TOP_EDGE)
        if box.bottom_edge and box.rect.bottom - y <= zone:
            return Hit(box.key, Part.BOTTOM_EDGE)
        return Hit(box.key, Part.BODY)
    return None


def move_to_date(start: datetime, end: datetime, day: date) -> tuple[datetime, datetime]:
    """Month-grid drop: the session moves to ``day`` keeping its time of day and duration.

    Works for naive and aware datetimes; with an aware zone the wall-clock time is kept (the
    UTC offset of the new date applies), as a user dragging "10:00" expects.
    """
    new_start = datetime.combine(day, start.timetz())
    return new_start, new_start + (end - start)
