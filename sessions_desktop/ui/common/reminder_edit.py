"""Reminders as a person sets them: "15 minutes before", "1 day before", added and removed.

Used by the session editor and the schedules dialog (a schedule's default). Reads and writes
the session field as it is stored: a tuple of minutes before the start, sorted, distinct,
each 0 to four weeks, at most ten.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.presentation.reminder_text import split_minutes
from sessions_desktop.ui.common.i18n import translate

MAX_MINUTES = 4 * 7 * 24 * 60
MAX_COUNT = 10
UNITS = ((1, "minutes"), (60, "hours"), (24 * 60, "days"), (7 * 24 * 60, "weeks"))
NEXT_DEFAULTS = (15, 60, 24 * 60, 5, 30, 10, 120, 0)   # what "Add reminder" offers next


class ReminderRow(QWidget):
    """One reminder: an amount, a unit, "before", and a button to remove it."""

    changed = Signal()
    remove = Signal(object)

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QSpinBox(objectName="reminderAmount", minimum=0)
        self.unit = QComboBox(objectName="reminderUnit")
        for size, name in UNITS:
            self.unit.addItem(name, size)
        self.amount.setMinimumWidth(self.amount.fontMetrics().horizontalAdvance("000000") + 30)
        self.unit.setMinimumWidth(self.unit.fontMetrics().horizontalAdvance("minutes") + 44)
        self.drop = QToolButton(objectName="removeReminder", text="✕")
        self.drop.setToolTip(translate("ReminderRow", "Remove this reminder"))
        self.drop.setAccessibleName(translate("ReminderRow", "Remove this reminder"))
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.amount)
        line.addWidget(self.unit)
        line.addWidget(QLabel(translate("ReminderEdit", "before")))
        line.addWidget(self.drop)
        line.addStretch(1)
        self.set_minutes(minutes)
        self.amount.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.drop.clicked.connect(lambda: self.remove.emit(self))

    def set_minutes(self, minutes: int) -> None:
        amount, size = split_minutes(minutes)
        self.unit.blockSignals(True)
        self.unit.setCurrentIndex(max(0, self.unit.findData(size)))
        self.unit.blockSignals(False)
        self.amount.setMaximum(MAX_MINUTES // size)
        self.amount.setValue(amount)

    def _unit_changed(self) -> None:
        self.amount.setMaximum(MAX_MINUTES // self.unit.currentData())
        self.changed.emit()

    def minutes(self) -> int:
        return self.amount.value() * self.unit.currentData()


class ReminderEdit(QWidget):
    """A list of reminders with "Add reminder"; ``value()`` is the tuple of minutes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reminders")
        self.rows: list[ReminderRow] = []
        self.none = QLabel(translate("ReminderEdit", "No reminders"), objectName="noReminders")
        self.add = QPushButton(translate("ReminderEdit", "Add reminder"), objectName="addReminder")
        self.add.clicked.connect(self.add_reminder)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self.column.addWidget(self.none)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add)
        bottom.addStretch(1)
        self.column.addLayout(bottom)
        self._show()

    def value(self) -> tuple[int, ...]:
        return tuple(sorted({row.minutes() for row in self.rows}))

    def set_value(self, minutes: tuple[int, ...] | list[int] | None) -> None:
        for row in list(self.rows):
            self._drop(row, quiet=True)
        for value in list(minutes or ())[:MAX_COUNT]:
            self._add_row(value)
        self._show()

    def add_reminder(self) -> None:
        if len(self.rows) >= MAX_COUNT:
            return
        used = set(self.value())
        choice = next((m for m in NEXT_DEFAULTS if m not in used), 15)
        self._add_row(choice)
        self._show()
        self.rows[-1].amount.setFocus()
        self.changed.emit()

    def _add_row(self, minutes: int) -> None:
        row = ReminderRow(minutes)
        row.changed.connect(self.changed)
        row.remove.connect(self._drop)
        self.rows.append(row)
        self.column.insertWidget(len(self.rows), row)

    def _drop(self, row: ReminderRow, quiet: bool = False) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        if not quiet:
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        self.none.setVisible(not self.rows)
        self.add.setEnabled(len(self.rows) < MAX_COUNT)
