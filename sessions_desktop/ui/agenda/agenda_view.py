"""The agenda: the shown sessions of 30 days from the current date, grouped by day.

A tree with one top-level row per day that has sessions and one child per session (time,
title, who and where, schedule, fill), so a front desk can read the coming month as a list.
Cancelled sessions (shown by default here) are struck through and say so.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.presentation.formatting import capacity_text
from sessions_desktop.presentation.people import PeopleTexts, label
from sessions_desktop.ui.common.palette_colours import grid_colours
from sessions_desktop.ui.common.swatches import swatch_icon
from sessions_desktop.ui.common.texts import date_text, time_text

ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaView(QTreeWidget):
    open_requested = Signal(str)
    selected = Signal(object)
    context_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(["Time", "Session", "Staff and rooms", "Schedule", "Booked"])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header().setStretchLastSection(False)
        self.setColumnWidth(0, 150)
        self.setColumnWidth(1, 360)
        self.setColumnWidth(2, 190)
        self.setColumnWidth(3, 150)
        # The session column takes the room a wide window has, so long titles show whole.
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.itemDoubleClicked.connect(self._open)
        self.currentItemChanged.connect(self._current)
        self.customContextMenuRequested.connect(self._context)
        self._quiet = False

    def show_sessions(self, sessions: list[Session], schedules: dict[str, Schedule], tz,
                      today: date) -> None:
        self._quiet = True
        self.clear()
        day_item = None
        self._people = PeopleTexts(schedules)
        for session in sorted(sessions, key=lambda s: (s.start, s.id)):
            day = session.start.date() if session.all_day else session.start.astimezone(tz).date()
            if day_item is None or day_item.data(0, ID_ROLE) != day.isoformat():
                day_item = self._day_row(day, today)
            self._session_row(day_item, session, schedules, tz)
        if not sessions:
            empty = QTreeWidgetItem(self, ["", "No sessions in these 30 days"])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.expandAll()
        self._quiet = False

    def _day_row(self, day: date, today: date) -> QTreeWidgetItem:
        label = date_text(day, long=True) + ("  (today)" if day == today else "")
        item = QTreeWidgetItem(self, [label])
        item.setFirstColumnSpanned(True)
        item.setData(0, ID_ROLE, day.isoformat())
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setBackground(0, QBrush(grid_colours(self.palette()).group_row))
        return item

    def _session_row(self, parent: QTreeWidgetItem, session: Session,
                     schedules: dict[str, Schedule], tz) -> None:
        schedule = schedules.get(session.schedule_id)
        when = "All day" if session.all_day else (
            f"{time_text(session.start.astimezone(tz))} – {time_text(session.end.astimezone(tz))}")
        booked = "Cancelled" if session.is_cancelled else capacity_text(session) or ""
        item = QTreeWidgetItem(parent, [when, label(session, schedules),
                                        self._people(session),
                                        schedule.name if schedule else "", booked])
        item.setData(0, ID_ROLE, session.id)
        item.setData(1, ID_ROLE, "session")
        if schedule is not None:
            item.setIcon(1, swatch_icon(schedule.colour))
        if session.is_cancelled:
            font = QFont(self.font())
            font.setStrikeOut(True)
            dim = QBrush(grid_colours(self.palette()).dim_text)
            for column in range(4):
                item.setFont(column, font)
                item.setForeground(column, dim)
            item.setForeground(4, dim)

    def items_by_id(self) -> dict[str, QTreeWidgetItem]:
        found = {}
        for i in range(self.topLevelItemCount()):
            day = self.topLevelItem(i)
            for j in range(day.childCount()):
                found[day.child(j).data(0, ID_ROLE)] = day.child(j)
        return found

    def set_selected(self, key: str | None) -> None:
        item = self.items_by_id().get(key) if key else None
        self._quiet = True
        self.setCurrentItem(item) if item is not None else self.clearSelection()
        self._quiet = False

    def _session_id(self, item: QTreeWidgetItem | None) -> str | None:
        if item is None or item.data(1, ID_ROLE) != "session":
            return None
        return item.data(0, ID_ROLE)

    def _open(self, item: QTreeWidgetItem) -> None:
        key = self._session_id(item)
        if key:
            self.open_requested.emit(key)

    def _current(self, item: QTreeWidgetItem | None) -> None:
        if not self._quiet:
            self.selected.emit(self._session_id(item))

    def _context(self, point) -> None:
        key = self._session_id(self.itemAt(point))
        if key:
            self.context_requested.emit(key, self.viewport().mapToGlobal(point))
