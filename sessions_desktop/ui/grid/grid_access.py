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

from sessions_desktop.presentation.describe import (
    Described,
    describe_day,
    describe_more,
    describe_session,
    describe_slot,
)
from sessions_desktop.presentation.keyboard import Slot
from sessions_desktop.presentation.people import label
from sessions_desktop.ui.common.accessible import DescribedItems, TabsThroughSessions
from sessions_desktop.ui.common.texts import spoken_formats

NAMES_HEIGHT = 40   # the day names' row of the header (week_header.NAMES_HEIGHT)


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
    for marker in view.markers():     # "+N": sessions collapsed out of a crowded hour
        names = [label(s, data.schedules) if data.schedules else (s.title or "")
                 for s in sorted(marker.sessions, key=lambda s: (s.start, s.id))]
        box = marker.rect
        items.append(describe_more(len(marker.sessions), names,
                                   ("more", marker.day, marker.hour),
                                   (box.x, box.y, box.width, box.height)))
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


class GridAccess(DescribedItems):
    """The time grid's side of ``ui/common/accessible.py`` (mixed into ``GridView``)."""

    def describe(self) -> list[Described]:
        return grid_items(self)

    def accessible_focus(self) -> object | None:
        if self.chosen_key is not None:  # type: ignore[attr-defined]
            return self.chosen_key  # type: ignore[attr-defined]
        return slot_key(self.keys.ensure_cursor())  # type: ignore[attr-defined]

    def accessible_map(self, rect: QRectF) -> QRect:
        local = self.mapFromScene(rect).boundingRect()  # type: ignore[attr-defined]
        return QRect(self.viewport().mapToGlobal(local.topLeft()),  # type: ignore
                     local.size())


def header_items(header) -> list[Described]:
    """The day headers (the date and how many sessions) and the all-day chips above them."""
    grid, data = header.grid, header.data
    if grid is None or data is None:
        return []
    formats, items = spoken_formats(), []
    counts = _day_counts(data, grid)
    for index, day in enumerate(grid.days):
        x = header.offset + grid.x_for_day(index)
        items.append(describe_day(day, formats, counts[index], ("day", day.isoformat()),
                                  (x, 0.0, grid.column_width, float(NAMES_HEIGHT)),
                                  today=day == header.today))
    by_id = {s.id: s for s in data.all_day}
    for rect, key in header._chips:
        session = by_id[key]
        items.append(describe_session(session, data.schedules, data.tz, formats,
                                      title=data.labels.get(key) or None,
                                      rect=(rect.x(), rect.y(), rect.width(), rect.height()),
                                      selected=key == header.chosen))
    return items


def _day_counts(data, grid) -> list[int]:
    counts = [0] * grid.day_count
    for start, end in data.wall.values():
        last = end - timedelta(microseconds=1) if end > start else end
        for index in range(grid.day_count):
            if start.date() <= grid.date_for_index(index) <= last.date():
                counts[index] += 1
    for session in data.all_day:
        first, end = session.start.date(), session.end.date()
        for index in range(grid.day_count):
            if first <= grid.date_for_index(index) < max(end, first + timedelta(days=1)):
                counts[index] += 1
    return counts


class HeaderAccess(DescribedItems, TabsThroughSessions):
    """Mixed into ``WeekHeader``: its days and all-day chips; Tab goes through the chips."""

    chosen: str | None

    @property
    def chosen_key(self) -> str | None:  # type: ignore[override]
        return self.chosen if any(k == self.chosen for _r, k in self._chips) else None  # type: ignore

    def described_for(self) -> object:
        return self.chosen

    def describe(self) -> list[Described]:
        return header_items(self)

    def accessible_focus(self) -> object | None:
        if self.chosen_key is not None:
            return self.chosen_key
        grid = self.grid  # type: ignore[attr-defined]
        return ("day", grid.days[0].isoformat()) if grid is not None else None

    def accessible_map(self, rect: QRectF) -> QRect:
        local = rect.toRect()
        return QRect(self.mapToGlobal(local.topLeft()), local.size())  # type: ignore

    def tab_order(self) -> list:
        data = self.data  # type: ignore[attr-defined]
        keys = {k for _r, k in self._chips}  # type: ignore[attr-defined]
        return [(s.id, s.start) for s in data.all_day if s.id in keys] if data else []
