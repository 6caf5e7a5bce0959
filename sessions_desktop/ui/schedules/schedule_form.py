"""The right-hand form of the schedules dialog: one service or resource as editable values.

Services show their defaults (duration, capacity, price, location, linked staff and rooms);
resources show their weekly working hours and time off. ``values()`` is the draft the dialog
hands to ``ScheduleWriter``; the form never writes.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.domain.enums import ScheduleKind
from sessions_desktop.domain.model import LinkedSchedule, Schedule
from sessions_desktop.presentation.session_form import check_price
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.reminder_edit import ReminderEdit
from sessions_desktop.ui.editor.fields import LocationEdit, PriceEdit
from sessions_desktop.ui.editor.widgets import ZONES
from sessions_desktop.ui.schedules.working_hours_editor import WorkingHoursEditor

KINDS = (
    (ScheduleKind.INDIVIDUAL, QT_TRANSLATE_NOOP("ScheduleForm", "Appointment")),
    (ScheduleKind.GROUP, QT_TRANSLATE_NOOP("ScheduleForm", "Class")),
    (ScheduleKind.COURSE, QT_TRANSLATE_NOOP("ScheduleForm", "Course")),
    (ScheduleKind.STAFF, QT_TRANSLATE_NOOP("ScheduleForm", "Staff member")),
    (ScheduleKind.ROOM, QT_TRANSLATE_NOOP("ScheduleForm", "Room")),
    (ScheduleKind.EQUIPMENT, QT_TRANSLATE_NOOP("ScheduleForm", "Equipment")),
)
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class ScheduleForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(objectName="scheduleName")
        self.kind = QComboBox(objectName="scheduleKind")
        for kind, label in KINDS:
            self.kind.addItem(translate("ScheduleForm", label), kind.value)
        self.colour = QLineEdit(objectName="colour", maxLength=7)
        self.colour.setFixedWidth(90)
        pick = QPushButton(translate("ScheduleForm", "Choose…"), objectName="pickColour")
        pick.clicked.connect(self._pick_colour)
        self.swatch = QLabel()
        self.swatch.setFixedSize(22, 22)
        colour_row = QHBoxLayout()
        for widget in (self.swatch, self.colour, pick):
            colour_row.addWidget(widget)
        colour_row.addStretch(1)
        self.zone = QComboBox(editable=True, objectName="scheduleZone")
        self.zone.addItems(ZONES)
        self.problem = QLabel(objectName="scheduleError", wordWrap=True)
        self.problem.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        form.addRow(translate("ScheduleForm", "Name"), self.name)
        form.addRow(translate("ScheduleForm", "Kind"), self.kind)
        form.addRow(translate("ScheduleForm", "Colour"), colour_row)
        form.addRow(translate("ScheduleForm", "Time zone"), self.zone)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self._service_box())
        column.addWidget(self._resource_box())
        column.addWidget(self.problem)
        column.addStretch(1)
        for signal in (self.name.textChanged, self.colour.textChanged,
                       self.kind.currentIndexChanged, self.zone.currentTextChanged,
                       self.price.changed, self.hours.changed, self.reminders.changed):
            signal.connect(self._changed)

    def _service_box(self) -> QGroupBox:
        self.service_box = QGroupBox(translate("ScheduleForm", "Service defaults"))
        self.duration = QSpinBox(
            minimum=5,
            maximum=1440,
            singleStep=5,
            suffix=translate("ScheduleForm", " min"),
            objectName="duration",
        )
        self.capacity = QSpinBox(minimum=0, maximum=1000, objectName="defaultCapacity")
        self.capacity.setSpecialValueText(translate("ScheduleForm", "No limit"))
        self.price = PriceEdit()
        self.location = LocationEdit()
        self.linked = QListWidget(objectName="linked")
        self.linked.setMaximumHeight(110)
        self.reminders = ReminderEdit()
        form = QFormLayout(self.service_box)
        form.addRow(translate("ScheduleForm", "Default duration"), self.duration)
        form.addRow(translate("ScheduleForm", "Capacity"), self.capacity)
        form.addRow(translate("ScheduleForm", "Price"), self.price)
        form.addRow(translate("ScheduleForm", "Location"), self.location)
        form.addRow(translate("ScheduleForm", "Staff and rooms"), self.linked)
        form.addRow(translate("ScheduleForm", "Reminders"), self.reminders)
        return self.service_box

    def _resource_box(self) -> QGroupBox:
        self.resource_box = QGroupBox(translate("ScheduleForm", "Working hours"))
        self.hours = WorkingHoursEditor()
        self.time_off = QListWidget(objectName="timeOff")
        self.time_off.setMaximumHeight(90)
        self.add_off = QPushButton(
            translate("ScheduleForm", "Add time off…"), objectName="addTimeOff")
        self.remove_off = QPushButton(
            translate("ScheduleForm", "Remove"), objectName="removeTimeOff")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_off)
        buttons.addWidget(self.remove_off)
        buttons.addStretch(1)
        column = QVBoxLayout(self.resource_box)
        column.addWidget(self.hours)
        column.addWidget(QLabel(translate("ScheduleForm", "Time off (blocked)")))
        column.addWidget(self.time_off)
        column.addLayout(buttons)
        return self.resource_box

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour.text()), self,
            translate("ScheduleForm", "Colour"))
        if chosen.isValid():
            self.colour.setText(chosen.name())

    # -- load and read -------------------------------------------------------------
    def load(self, schedule: Schedule | None, resources: list[Schedule], kind: ScheduleKind,
             zone: str) -> None:
        d = schedule.defaults if schedule else None
        self.name.setText(schedule.name if schedule else "")
        self.kind.setCurrentIndex(self.kind.findData((schedule.kind if schedule else kind).value))
        self.colour.setText(schedule.colour if schedule else "#3a7bd5")
        self.zone.setCurrentText(schedule.time_zone if schedule else zone)
        self.duration.setValue(schedule.default_duration_minutes if schedule else 60)
        self.capacity.setValue(d.capacity or 0 if d else 0)
        self.price.set_value(d.rate if d else None)
        self.location.set_value(d.location if d else None)
        self.reminders.set_value(d.reminders if d else ())
        linked = {a.schedule_id for a in d.affected_schedules} if d else set()
        self.linked.clear()
        for resource in resources:
            item = QListWidgetItem(resource.name)
            item.setData(Qt.ItemDataRole.UserRole, resource.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if resource.id in linked
                               else Qt.CheckState.Unchecked)
            self.linked.addItem(item)
        self._changed()

    def is_service(self) -> bool:
        return ScheduleKind(self.kind.currentData()).is_service

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name.text().strip(), "kind": self.kind.currentData(),
                               "colour": self.colour.text().strip().lower(),
                               "time_zone": self.zone.currentText().strip()}
        if self.is_service():
            linked = [LinkedSchedule(self.linked.item(i).data(Qt.ItemDataRole.UserRole))
                      for i in range(self.linked.count())
                      if self.linked.item(i).checkState() == Qt.CheckState.Checked]
            out["default_duration_minutes"] = self.duration.value()
            out["defaults"] = {"capacity": self.capacity.value() or None,
                               "rate": self.price.value(), "location": self.location.value(),
                               "affected_schedules": linked,
                               "reminders": list(self.reminders.value())}
        return out

    def error(self) -> str | None:
        if not self.name.text().strip():
            return translate("ScheduleForm", "Give the schedule a name")
        if not COLOUR.match(self.colour.text().strip()):
            return translate("ScheduleForm", "The colour looks like #3a7bd5")
        if self.is_service():
            price = check_price(self.price.amount.text(), self.price.currency.text())
            if price and self.price.mode.currentIndex() == 0:
                return price["price"]
        return None if self.is_service() else self.hours.error()

    def _changed(self) -> None:
        service = self.is_service()
        self.service_box.setVisible(service)
        self.resource_box.setVisible(not service)
        if COLOUR.match(self.colour.text().strip()):
            self.swatch.setStyleSheet(f"background: {self.colour.text()}; border-radius: 4px;")
        self.problem.setText(self.error() or "")
        self.changed.emit()
