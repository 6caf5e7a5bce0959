"""A resource's weekly working hours: one row per weekday, ticked days with from and to times.

Reads and writes ``domain.working_hours.Week``; the schedules dialog turns a changed week
into WORKING_HOURS weekly series (days with equal hours share one series).
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QTimeEdit, QWidget

from sessions_desktop.domain.working_hours import Week
from sessions_desktop.presentation.rule_summary import DAY_NAMES, day_name
from sessions_desktop.ui.common.i18n import translate


class WorkingHoursEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.days: list[QCheckBox] = []
        self.froms: list[QTimeEdit] = []
        self.tos: list[QTimeEdit] = []
        for day, name in enumerate(day_name(i) for i in range(len(DAY_NAMES))):
            tick = QCheckBox(name, objectName=f"works{day}")
            start = QTimeEdit(QTime(9, 0), objectName=f"from{day}", displayFormat="HH:mm")
            end = QTimeEdit(QTime(17, 0), objectName=f"to{day}", displayFormat="HH:mm")
            grid.addWidget(tick, day, 0)
            grid.addWidget(start, day, 1)
            grid.addWidget(QLabel(translate("WorkingHoursEditor", "to")), day, 2)
            grid.addWidget(end, day, 3)
            tick.toggled.connect(self._changed)
            start.timeChanged.connect(self._changed)
            end.timeChanged.connect(self._changed)
            self.days.append(tick)
            self.froms.append(start)
            self.tos.append(end)
        self.problem = QLabel(objectName="hoursError")
        self.problem.setStyleSheet("color: #c0392b;")
        grid.addWidget(self.problem, 7, 0, 1, 4)
        self._changed()

    def _changed(self) -> None:
        for tick, start, end in zip(self.days, self.froms, self.tos, strict=True):
            start.setEnabled(tick.isChecked())
            end.setEnabled(tick.isChecked())
        bad = [day_name(d) for d in self.week() if self.week()[d][1] <= self.week()[d][0]]
        self.problem.setText(
            translate("WorkingHoursEditor", "{value}: the end must be after the start").format(
                value=bad[0]
            )
            if bad
            else ""
        )
        self.changed.emit()

    def error(self) -> str | None:
        return self.problem.text() or None

    def week(self) -> Week:
        out: Week = {}
        for day, tick in enumerate(self.days):
            if tick.isChecked():
                a, b = self.froms[day].time(), self.tos[day].time()
                out[day] = (time(a.hour(), a.minute()), time(b.hour(), b.minute()))
        return out

    def set_week(self, week: Week) -> None:
        self.blockSignals(True)
        for day, tick in enumerate(self.days):
            tick.setChecked(day in week)
            a, b = week.get(day, (time(9), time(17)))
            self.froms[day].setTime(QTime(a.hour, a.minute))
            self.tos[day].setTime(QTime(b.hour, b.minute))
        self.blockSignals(False)
        self._changed()
