"""View › Go to date… (Ctrl+G): a calendar and a date field; Enter shows that date in the
current view. The dialog opens without blocking (``open``) and is kept on the object, so
tests answer it as a person would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)


class GoToDateDialog(QDialog):
    def __init__(self, current: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToDate")
        self.setWindowTitle("Go to date")
        layout = QVBoxLayout(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setAccessibleName("Calendar")
        self.field = QDateEdit()
        self.field.setCalendarPopup(False)
        self.field.setDisplayFormat("yyyy-MM-dd")
        self.field.setAccessibleName("Date")
        form = QFormLayout()
        form.addRow("&Date", self.field)
        layout.addLayout(form)
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Go")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.dateChanged.connect(self.calendar.setSelectedDate)
        self.calendar.selectionChanged.connect(
            lambda: self.field.setDate(self.calendar.selectedDate()))
        self.calendar.activated.connect(lambda _d: self.accept())
        self.field.setDate(QDate(current.year, current.month, current.day))
        self.field.setFocus()
        self.field.selectAll()

    def chosen(self) -> date:
        return self.field.date().toPython()


class GoToDate:
    def __init__(self, window, show: Callable[[date], object]) -> None:
        self.window, self.show = window, show
        self.dialog: GoToDateDialog | None = None

    def open(self, current: date) -> GoToDateDialog:
        dialog = GoToDateDialog(current, self.window)
        dialog.accepted.connect(lambda: self.show(dialog.chosen()))
        self.dialog = dialog
        dialog.open()
        return dialog
