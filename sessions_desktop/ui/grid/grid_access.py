"""What the time grid tells a screen reader: its sessions, then its time slots.

Built from the grid's data and geometry (``DayData``, ``TimeGrid`` and the rect the grid
draws each session in), never from scene items, so it holds whether tiles are items or are
painted by one layer. Made only when something asks (``GridView.accessible_items``) and kept
until the grid relays out or its selection or cursor moves.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import datetime, time, timedelta

from PySide6.QtCore import QRect, QRectF

from sessions_desktop.presentation.describe import Described, describe_session, describe_slot
from sessions_desktop.presentation.keyboard import Slot
from sessions_desktop.presentation.people import label
from sessions_desktop.ui.common.texts import spoken_formats


def slot_key(slot: Slot) -> tuple[str, str, int]:
    return ("slot", slot.day.isoformat(), slot.minute)


def grid_items(view) -> list[Described]:
    """Sessions in time order, then every snap-long slot of every shown day."""
    data, grid, formats = view.data, view.grid, spoken_formats()
    chosen = view.chosen_key
    items: list[Described] = []
    for session in sorted(data.timed, key=lambda s: (s.start, s.id)):
        rect = view.rect_of(session.id)
        box = (rect.x(), rect.y(), rect.width(), rect.height()) if rect is not None \
            else (0.0, 0.0, 0.0, 0.0)
        items.append(describe_session(session, data.schedules, data.tz, formats,
                                      title=label(session, data.schedules) if data.schedules
                                      else None, rect=box, selected=session.id == chosen))
    snap = grid.snap_minutes      # Settings offer 5 to 60: a week has at most 2016 slots
    cursor = view.cursor
    for index, day in enumerate(grid.days):
        spans = _day_spans(data, day)
        starts = [s for s, _ in spans]
        x = grid.x_for_day(index)
        for minute in range(grid.first_minute, grid.last_minute, snap):
            start = datetime.combine(day, time()) + timedelta(minutes=minute)
            end = start + timedelta(minutes=snap)
            busy = sum(1 for s, e in spans[:bisect_left(starts, end)] if e > start)
            slot = Slot(day, minute, snap)
            y = grid.y_for_minute(minute)
            items.append(describe_slot(day, start, end, formats, busy, slot_key(slot),
                                       (x, y, grid.column_width, grid.y_for_minute(
                                           minute + snap) - y),
                                       selected=chosen is None and cursor == slot))
    return items


def _day_spans(data, day) -> list[tuple[datetime, datetime]]:
    midnight = datetime.combine(day, time())
    following = midnight + timedelta(days=1)
    return sorted((s, e) for s, e in (data.wall.get(x.id, (None, None)) for x in data.timed)
                  if s is not None and e is not None and s < following and
                  (e > midnight or s == e == midnight))


class GridAccess:
    """The time grid's side of ``ui/common/accessible.py`` (mixed into ``GridView``)."""

    _access: list | None

    def invalidate_access(self) -> None:
        self._access = None

    def accessible_items(self) -> list[Described]:
        if self._access is None:
            self._access = grid_items(self)
        return self._access

    def accessible_focus(self) -> object | None:
        if self.chosen_key is not None:  # type: ignore[attr-defined]
            return self.chosen_key  # type: ignore[attr-defined]
        return slot_key(self.keys.ensure_cursor())  # type: ignore[attr-defined]

    def accessible_map(self, rect: QRectF) -> QRect:
        local = self.mapFromScene(rect).boundingRect()  # type: ignore[attr-defined]
        return QRect(self.viewport().mapToGlobal(local.topLeft()),  # type: ignore
                     local.size())
