"""Find a free slot: for a resource, or a service (all its linked staff and rooms free at
once), a duration and a date range, list the next free slots; "Create session" makes a draft
of the chosen service with its staff and rooms (the service's usual ones, or the staff member
searched for) that the caller creates (the dialog never writes)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from sessions_desktop.domain.model import Schedule
from sessions_desktop.domain.time import local_midnight
from sessions_desktop.presentation.reassign import service_for, usual_links
from sessions_desktop.presentation.slots import cut, intersect
from sessions_desktop.services.api import ServicesApi
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.resource_picker import ResourcePicker
from sessions_desktop.ui.common.texts import day_text, time_text

ROLE = Qt.ItemDataRole.UserRole


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SlotFinder(QDialog):
    def __init__(self, services: ServicesApi, schedules: list[Schedule], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SlotFinder", "Find a free slot"))
        self.services, self.draft = services, None
        self.schedules = {s.id: s for s in schedules}
        self.target = QComboBox(objectName="target")
        for s in schedules:
            if s.is_service or s.is_resource:
                self.target.addItem(s.name + (
                    translate("SlotFinder", " (service)") if s.is_service else ""), s.id)
        self.duration = QSpinBox(
            minimum=5,
            maximum=1440,
            singleStep=15,
            suffix=translate("SlotFinder", " min"),
            objectName="slotDuration",
        )
        self.start = QDateEdit(_qdate(today), calendarPopup=True, objectName="fromDate")
        self.end = QDateEdit(_qdate(today + timedelta(days=14)), calendarPopup=True,
                             objectName="toDate")
        find = QPushButton(translate("SlotFinder", "Find"), objectName="find")
        self.results = QListWidget(objectName="slots")
        self.status = QLabel(objectName="slotStatus")
        self.book = QPushButton(translate("SlotFinder", "Create session"), objectName="book")
        self.service = QComboBox(objectName="bookService")
        for s in schedules:
            if s.is_service:
                self.service.addItem(s.name, s.id)
        self.staff = ResourcePicker(schedules)
        form = QFormLayout(self)
        form.addRow(translate("SlotFinder", "For"), self.target)
        form.addRow(translate("SlotFinder", "Duration"), self.duration)
        dates = QHBoxLayout()
        for widget in (self.start, QLabel(translate("SlotFinder", "to")), self.end, find):
            dates.addWidget(widget)
        form.addRow(translate("SlotFinder", "Between"), dates)
        form.addRow(self.results)
        form.addRow(translate("SlotFinder", "Book as"), self.service)
        form.addRow(translate("SlotFinder", "Staff and rooms"), self.staff)
        form.addRow(self.status, self.book)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.service.currentIndexChanged.connect(self._service_changed)
        find.clicked.connect(self.find)
        self.results.itemDoubleClicked.connect(lambda _item: self.choose())
        self.book.clicked.connect(self.choose)
        self._target_changed()
        self.resize(520, 560)

    def _target_changed(self) -> None:
        chosen = self.schedules.get(self.target.currentData())
        if chosen is not None:
            self.duration.setValue(chosen.default_duration_minutes)
            service = chosen.id if chosen.is_service else service_for(
                chosen.id, list(self.schedules.values()), None)
            self.service.setCurrentIndex(max(0, self.service.findData(service)))
            self._service_changed()

    def _service_changed(self) -> None:
        """The service's usual staff and rooms; a staff member searched for takes the place
        of the usual one of their kind."""
        target = self.schedules.get(self.target.currentData())
        service = self.schedules.get(self.service.currentData())
        resource = target.id if target is not None and target.is_resource else None
        self.staff.set_value(usual_links(service, resource, self.schedules))

    def _window(self) -> tuple[datetime, datetime]:
        tz = self.services.business_zone
        a, b = self.start.date(), self.end.date()
        start = local_midnight(date(a.year(), a.month(), a.day()), tz)
        now = self.services.now().astimezone(tz)   # no slot that has already begun
        return (max(start, now),
                local_midnight(date(b.year(), b.month(), b.day()) + timedelta(days=1), tz))

    def slots(self) -> list[tuple[datetime, datetime]]:
        target = self.schedules[self.target.currentData()]
        start, end = self._window()
        free = self.services.availability.free_intervals
        linked = [a.schedule_id for a in target.defaults.affected_schedules] \
            if target.is_service else []
        stretches = free(linked[0] if linked else target.id, start, end)
        for other in linked[1:]:
            stretches = intersect(stretches, free(other, start, end))
        return cut(stretches, self.duration.value())

    def find(self) -> None:
        self.results.clear()
        tz = self.services.business_zone
        found = self.slots()
        for a, b in found:
            a, b = a.astimezone(tz), b.astimezone(tz)
            item = QListWidgetItem(
                translate("SlotFinder", "{day}   {start}–{end}").format(
                    day=day_text(a.date()), start=time_text(a), end=time_text(b))
            )
            item.setData(ROLE, (a, b))
            self.results.addItem(item)
        self.status.setText(
            (translate("SlotFinder", "1 free slot") if len(found) == 1
             else translate("SlotFinder", "{n} free slots").format(n=len(found)))
            if found
            else translate("SlotFinder", "No free slot in these days")
        )
        self.results.setCurrentRow(0)

    def choose(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        start, end = item.data(ROLE)
        service = self.schedules.get(self.service.currentData())
        self.draft = {"schedule_id": service.id if service else self.target.currentData(),
                      "start": start, "end": end}
        if service is None or self.staff.value() != tuple(service.defaults.affected_schedules):
            self.draft["affected_schedules"] = list(self.staff.value())
        self.accept()
