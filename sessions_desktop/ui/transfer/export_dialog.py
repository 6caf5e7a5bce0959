"""File > Export .ics: what to export (everything, a date range, chosen schedules, or one file
per staff member), whether working hours, time off and personal information go into the file.
Returns a choice; the caller writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.domain.model import Schedule
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import date_pattern


@dataclass(frozen=True, slots=True)
class ExportChoice:
    start: date | None = None          # with end: sessions overlapping [start, end)
    end: date | None = None
    schedule_ids: tuple[str, ...] | None = None
    include_pi: bool = False
    working_hours: bool = False
    time_off: bool = False
    per_staff: bool = False            # one file per staff member, into a folder


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())     # the locale's words and order, with the weekday
    return edit


class ExportDialog(QDialog):
    def __init__(self, schedules: list[Schedule], first_day: date, last_day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export .ics"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ExportDialog", "Export which sessions?")))
        grid = QGridLayout()
        self.everything = QRadioButton(translate("ExportDialog", "The whole calendar"))
        self.range = QRadioButton(translate("ExportDialog", "Sessions between"))
        self.chosen = QRadioButton(translate("ExportDialog", "Sessions of these schedules:"))
        self.per_staff = QRadioButton(
            translate("ExportDialog", "One file per staff member (into a folder)"))
        self.group = QButtonGroup(self)
        for button in (self.everything, self.range, self.chosen, self.per_staff):
            self.group.addButton(button)
        self.everything.setChecked(True)
        self.start, self.end = _date_edit(first_day), _date_edit(last_day)
        grid.addWidget(self.everything, 0, 0, 1, 4)
        grid.addWidget(self.range, 1, 0)
        grid.addWidget(self.start, 1, 1)
        grid.addWidget(QLabel(translate("ExportDialog", "and")), 1, 2)
        grid.addWidget(self.end, 1, 3)
        grid.addWidget(self.chosen, 2, 0, 1, 4)
        layout.addLayout(grid)
        self.schedules = QListWidget()
        self.schedules.setObjectName("schedules")
        for schedule in schedules:
            item = QListWidgetItem(schedule.name)
            item.setData(Qt.ItemDataRole.UserRole, schedule.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.schedules.addItem(item)
        self.schedules.setMaximumHeight(180)
        layout.addWidget(self.schedules)
        layout.addWidget(self.per_staff)
        self.working_hours = QCheckBox(translate("ExportDialog", "Include working hours"))
        self.time_off = QCheckBox(
            translate("ExportDialog", "Include time off (sessions tagged Blocked)"))
        self.include_pi = QCheckBox(
            translate("ExportDialog", "Include personal information (participants, location)"))
        for box in (self.working_hours, self.time_off, self.include_pi):
            layout.addWidget(box)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            translate("ExportDialog", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for widget in (self.everything, self.range, self.chosen, self.per_staff):
            widget.toggled.connect(self._update)
        self.start.dateChanged.connect(self._update)
        self.end.dateChanged.connect(self._update)
        self.schedules.itemChanged.connect(self._update)
        self._update()

    def check_schedules(self, ids: list[str]) -> None:
        for row in range(self.schedules.count()):
            item = self.schedules.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def set_range(self, start: date, end: date) -> None:
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))

    def _checked_ids(self) -> tuple[str, ...]:
        items = (self.schedules.item(row) for row in range(self.schedules.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def _update(self, *_: object) -> None:
        self.start.setEnabled(self.range.isChecked())
        self.end.setEnabled(self.range.isChecked())
        self.schedules.setEnabled(self.chosen.isChecked())
        problem = ""
        if self.range.isChecked() and self.end.date() < self.start.date():
            problem = translate("ExportDialog", "The last day comes before the first.")
        elif self.chosen.isChecked() and not self._checked_ids():
            problem = translate("ExportDialog", "Tick at least one schedule.")
        self.problem.setText(problem)
        self.export_button.setEnabled(not problem)

    def choice(self) -> ExportChoice:
        kinds = {"include_pi": self.include_pi.isChecked(),
                 "working_hours": self.working_hours.isChecked(),
                 "time_off": self.time_off.isChecked()}
        if self.range.isChecked():
            start = self.start.date().toPython()
            end = self.end.date().toPython() + timedelta(days=1)   # the last day is included
            return ExportChoice(start, end, None, **kinds)
        if self.chosen.isChecked():
            return ExportChoice(None, None, self._checked_ids(), **kinds)
        return ExportChoice(None, None, None, per_staff=self.per_staff.isChecked(), **kinds)
