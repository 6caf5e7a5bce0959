"""The left side: a mini-month navigator and the schedules with colours and visibility boxes.

Schedules are grouped the way a business thinks of them: services (what is sold), resources
(staff, rooms, equipment) and the business itself (its hours). Unticking one hides its
sessions (for a resource: the sessions that take no other ticked resource, and its working
hours from the shading) without touching data. A schedule's context menu shows it alone
("Tom's week"); a line above the list says so and brings everything back.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.domain.enums import OwnerKind
from sessions_desktop.domain.model import Schedule
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.swatches import swatch_icon

GROUPS = (
    (OwnerKind.SERVICE, QT_TRANSLATE_NOOP("Sidebar", "Services")),
    (OwnerKind.RESOURCE, QT_TRANSLATE_NOOP("Sidebar", "Resources")),
    (OwnerKind.BUSINESS, QT_TRANSLATE_NOOP("Sidebar", "Business")),
)
ID_ROLE = Qt.ItemDataRole.UserRole


class MiniMonth(QCalendarWidget):
    """QCalendarWidget speaking ``date``; the first weekday follows the window's setting."""

    date_picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.clicked.connect(lambda q: self.date_picked.emit(date(q.year(), q.month(), q.day())))

    def set_first_weekday(self, weekday: int) -> None:
        self.setFirstDayOfWeek(Qt.DayOfWeek(weekday + 1))

    def show_date(self, day: date) -> None:
        self.blockSignals(True)
        self.setSelectedDate(QDate(day.year, day.month, day.day))
        self.blockSignals(False)


class ScheduleList(QTreeWidget):
    visibility_changed = Signal(object)   # set of hidden schedule ids
    menu_requested = Signal(str, QPoint)  # schedule id, where
    alone_requested = Signal(str)         # a double-click: this schedule alone (or all again)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.itemDoubleClicked.connect(
            lambda item, _column: item.data(0, ID_ROLE) and self.alone_requested.emit(
                item.data(0, ID_ROLE)))
        self.itemChanged.connect(self._changed)
        self._loading = False

    def show_schedules(self, schedules: list[Schedule], hidden: set[str],
                       only: str | None = None) -> None:
        self._loading = True
        self.clear()
        for kind, title in GROUPS:
            members = sorted((s for s in schedules if s.owner_kind is kind and not s.is_archived),
                             key=lambda s: s.name.casefold())
            if members:
                self._group(translate("Sidebar", title), members, hidden)
        self.expandAll()
        self._show_only(only)
        self._loading = False

    def _show_only(self, only: str | None) -> None:
        """The schedule shown alone in bold; the others greyed (their ticks wait)."""
        for key, item in self.schedule_items().items():
            font = QFont(item.font(0))
            font.setBold(key == only)
            item.setFont(0, font)
            if only is not None and key != only:
                item.setForeground(0, self.palette().placeholderText())

    def _menu(self, point) -> None:
        item = self.itemAt(point)
        key = item.data(0, ID_ROLE) if item is not None else None
        if key:
            self.menu_requested.emit(key, self.viewport().mapToGlobal(point))

    def _group(self, title: str, members: list[Schedule], hidden: set[str]) -> None:
        group = QTreeWidgetItem(self, [title])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        for schedule in members:
            item = QTreeWidgetItem(group, [schedule.name])
            item.setIcon(0, swatch_icon(schedule.colour))
            item.setData(0, ID_ROLE, schedule.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked if schedule.id in hidden
                               else Qt.CheckState.Checked)

    def schedule_items(self) -> dict[str, QTreeWidgetItem]:
        found = {}
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            for j in range(group.childCount()):
                found[group.child(j).data(0, ID_ROLE)] = group.child(j)
        return found

    def hidden(self) -> set[str]:
        return {key for key, item in self.schedule_items().items()
                if item.checkState(0) != Qt.CheckState.Checked}

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._loading and item.data(0, ID_ROLE):
            self.visibility_changed.emit(self.hidden())


class Sidebar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mini_month = MiniMonth()
        self.schedules = ScheduleList()
        self.only_label = QLabel(objectName="showingOnly", wordWrap=True)
        self.show_all = QPushButton(translate("Sidebar", "Show all"), objectName="showAll")
        self.only_bar = QWidget()
        bar = QHBoxLayout(self.only_bar)
        bar.setContentsMargins(2, 0, 2, 0)
        bar.addWidget(self.only_label, 1)
        bar.addWidget(self.show_all)
        self.only_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.mini_month)
        layout.addWidget(self.only_bar)
        layout.addWidget(self.schedules, 1)

    def show_schedules(self, schedules: list[Schedule], hidden: set[str],
                       only: str | None = None) -> None:
        self.schedules.show_schedules(schedules, hidden, only)
        name = next((s.name for s in schedules if s.id == only), None)
        self.only_label.setText(
            translate("Sidebar", "Only <b>{escape}</b>").format(escape=html.escape(name))
            if name
            else ""
        )
        self.only_bar.setVisible(name is not None)
