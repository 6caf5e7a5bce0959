"""What the staff and rooms views tell a screen reader: each session drawn in a column (or in
a staff week's cell), each "+N" and, in the staff week, each cell (whose day, how full), from
the rects the views laid out; Tab and Shift+Tab go through their sessions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect, QRectF

from sessions_desktop.presentation.describe import (
    Described,
    describe_day,
    describe_more,
    describe_session,
)
from sessions_desktop.presentation.people import label
from sessions_desktop.ui.common.accessible import DescribedItems, TabsThroughSessions
from sessions_desktop.ui.common.texts import spoken_formats


def _unique(key: str, seen: set[str], where: object) -> object:
    """A session drawn twice (two columns, two days) gets a second key for its second place."""
    found = key if key not in seen else (key, where)
    seen.add(key)
    return found


def column_items(view) -> list[Described]:
    """The resource day: tiles column by column, then the "+N" of each column."""
    formats, schedules, items, seen = spoken_formats(), view.schedules, [], set()
    columns = view.data.columns
    for placed in view._placed:
        session, rect = placed.session, placed.rect
        item = describe_session(session, schedules, view.tz, formats,
                                title=view.data.labels.get(session.id) or None,
                                rect=(rect.x, rect.y, rect.width, rect.height),
                                selected=session.id == view.chosen_key)
        column = columns[placed.key[1]].name if placed.key[1] < len(columns) else ""
        items.append(replace(item, key=_unique(session.id, seen, placed.key[1]),
                             description=f"{column}. {item.description}" if column
                             else item.description))
    for more in view._more:
        box = more.boundingRect()
        names = [view.data.labels.get(key, "") for key in more.hidden]
        items.append(describe_more(len(more.hidden), names, ("more", box.x(), box.y()),
                                   (box.x(), box.y(), box.width(), box.height())))
    return items


def week_items(view) -> list[Described]:
    """The staff week: per cell (a person's or room's day) its name, then its chips."""
    formats, schedules, items, seen = spoken_formats(), view.schedules, [], set()
    for cell in view.cells:
        row, day_index = cell.cell
        day, who = view.data.days[day_index], view.data.rows[row].name
        rect = cell.rect
        count = len(view.data.cells.get(cell.cell, []))
        day_item = describe_day(day, formats, count, ("cell", row, day_index),
                                (rect.x, rect.y, rect.width, rect.height),
                                today=day == view.today)
        items.append(replace(day_item, name=f"{who}, {day_item.name}"))
        for chip, session in cell.chips:
            item = describe_session(session, schedules, view.tz, formats,
                                    title=label(session, schedules) if schedules else None,
                                    rect=(chip.x, chip.y, chip.width, chip.height),
                                    selected=session.id == view.chosen)
            items.append(replace(item, key=_unique(session.id, seen, cell.cell)))
        if cell.more_rect is not None:
            box = cell.more_rect
            items.append(describe_more(cell.more, [], ("more", row, day_index),
                                       (box.x, box.y, box.width, box.height)))
    return items


class ColumnAccess(DescribedItems, TabsThroughSessions):
    """Mixed into ``ResourceView`` (scene coordinates, like the time grid)."""

    chosen_key: str | None

    def describe(self) -> list[Described]:
        return column_items(self)

    def accessible_focus(self) -> object | None:
        return self.chosen_key

    def accessible_map(self, rect: QRectF) -> QRect:
        local = self.mapFromScene(rect).boundingRect()  # type: ignore[attr-defined]
        return QRect(self.viewport().mapToGlobal(local.topLeft()),  # type: ignore
                     local.size())

    def tab_order(self) -> list:
        return [(p.session.id, p.session.start) for p in self._placed]  # type: ignore


class WeekAccess(DescribedItems, TabsThroughSessions):
    """Mixed into ``ResourceWeek`` (its canvas's coordinates)."""

    @property
    def chosen_key(self) -> str | None:  # type: ignore[override]
        return self.chosen  # type: ignore[attr-defined]

    def described_for(self) -> object:
        return self.chosen  # type: ignore[attr-defined]

    def describe(self) -> list[Described]:
        return week_items(self)

    def accessible_focus(self) -> object | None:
        return self.chosen  # type: ignore[attr-defined]

    def accessible_map(self, rect: QRectF) -> QRect:
        local = rect.toRect()
        return QRect(self.canvas.mapToGlobal(local.topLeft()), local.size())  # type: ignore

    def tab_order(self) -> list:
        return [(s.id, s.start) for cell in self.cells for _r, s in cell.chips]  # type: ignore
