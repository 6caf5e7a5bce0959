"""What the month tells a screen reader: each day (its date and how many sessions) and each
chip drawn in it (``presentation.describe``), from the cells the month laid out; Tab and
Shift+Tab go through its sessions (``TabsThroughSessions``)."""

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


def _box(rect: QRectF) -> tuple[float, float, float, float]:
    return (rect.x(), rect.y(), rect.width(), rect.height())


def month_items(view) -> list[Described]:
    formats, items, seen = spoken_formats(), [], set()
    for cell in view.cells:
        items.append(describe_day(cell.day, formats, len(cell.chips) + cell.more,
                                  ("day", cell.day.isoformat()), _box(cell.rect),
                                  today=cell.day == view.today))
        for rect, session in cell.chips:
            key = session.id if session.id not in seen else (session.id, cell.day.isoformat())
            seen.add(session.id)
            items.append(replace(describe_session(
                session, view.schedules, view.tz, formats,
                title=label(session, view.schedules) if view.schedules else None,
                rect=_box(rect), selected=session.id == view.chosen), key=key))
        if cell.more_rect is not None:
            hidden = [label(s, view.schedules) if view.schedules else (s.title or "")
                      for s in view.sessions_on(cell.day)[len(cell.chips):]]
            items.append(describe_more(cell.more, hidden, ("more", cell.day.isoformat()),
                                       _box(cell.more_rect)))
    return items


class MonthAccess(DescribedItems, TabsThroughSessions):
    """The month's side of ``ui/common/accessible.py`` (mixed into ``MonthView``)."""

    @property
    def chosen_key(self) -> str | None:  # type: ignore[override]
        return self.chosen  # type: ignore[attr-defined]

    def described_for(self) -> object:
        return self.chosen  # type: ignore[attr-defined]

    def describe(self) -> list[Described]:
        return month_items(self)

    def accessible_focus(self) -> object | None:
        chosen = self.chosen  # type: ignore[attr-defined]
        if chosen is not None:
            return chosen
        cells = self.cells  # type: ignore[attr-defined]
        anchor = self.month  # type: ignore[attr-defined]
        return ("day", anchor.isoformat()) if any(c.day == anchor for c in cells) else None

    def accessible_map(self, rect: QRectF) -> QRect:
        local = rect.toRect()
        return QRect(self.mapToGlobal(local.topLeft()), local.size())  # type: ignore

    def tab_order(self) -> list:
        return [(s.id, s.start) for s in self.sessions]  # type: ignore[attr-defined]
