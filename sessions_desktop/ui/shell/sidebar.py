"""The left side: a mini-month navigator and the schedules with colours and visibility boxes.

Schedules are grouped the way a business thinks of them: services (what is sold), resources
(staff, rooms, equipment) and the business itself (its hours). Unticking one hides its
sessions (and, for a resource, its working hours from the shading) without touching data.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from sessions_desktop.domain.enums import OwnerKind
from sessions_desktop.domain.model import Schedule
from sessions_desktop.ui.common.swatches import swatch_icon

GROUPS = ((OwnerKind.SERVICE, "Services"), (OwnerKind.RESOURCE, "Resources"),
          (OwnerKind.BUSINESS, "Business"))
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.itemChanged.connect(self._changed)
        self._loading = False

    def show_schedules(self, schedules: list[Schedule], hidden: set[str]) -> None:
        self._loading = True
        self.clear()
        for kind, title in GROUPS:
            members = sorted((s for s in schedules if s.owner_kind is kind and not s.is_archived),
                             key=lambda s: s.name.casefold())
            if members:
                self._group(title, members, hidden)
        self.expandAll()
        self._loading = False

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.mini_month)
        layout.addWidget(self.schedules, 1)
