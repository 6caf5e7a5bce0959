"""View › Go to date… (Ctrl+G): a date field (typed as a person writes it) and a calendar;
Enter shows that date in the current view; something that is not a date is said, not
guessed. The dialog opens without blocking (``open``) and is kept on the object, so
tests answer it as a person would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.presentation.dates import parse_date
from sessions_desktop.ui.common.i18n import translate


def shown_date(day: date) -> str:
    """The locale's numeric date with a four-digit year ("01.12.2026", "12/1/2026"): what
    the person would type, and what ``parse_date`` reads back in the locale's order."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


class GoToDateDialog(QDialog):
    def __init__(self, current: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToDate")
        self.setWindowTitle(translate("GoToDateDialog", "Go to date"))
        self.today = current
        layout = QVBoxLayout(self)
        self.field = QLineEdit(shown_date(current))
        self.field.setObjectName("goToDateField")
        self.field.setPlaceholderText(
            translate("GoToDateDialog", "for example 2027-03-15 or 15 March"))
        self.field.setAccessibleName(translate("GoToDateDialog", "Date"))
        self.problem = QLabel()
        self.problem.setObjectName("goToDateProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("GoToDateDialog", "&Date"), self.field)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setAccessibleName(translate("GoToDateDialog", "Calendar"))
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        go = buttons.button(QDialogButtonBox.StandardButton.Ok)
        go.setText(translate("GoToDateDialog", "Go"))
        go.setDefault(True)        # Enter in the date field goes there
        buttons.accepted.connect(self._go)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.textEdited.connect(self._from_field)
        self.calendar.clicked.connect(self._from_calendar)
        self.calendar.activated.connect(lambda _d: self._from_calendar() or self._go())
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.field.setFocus()
        self.field.selectAll()

    def _day_first(self) -> bool:
        order = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower()
        return order.find("d") < order.find("m")

    def chosen(self) -> date | None:
        return parse_date(self.field.text(), day_first=self._day_first(), today=self.today)

    def _from_field(self) -> None:
        day = self.chosen()
        self.problem.setText("")
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _from_calendar(self) -> None:
        self.field.setText(shown_date(self.calendar.selectedDate().toPython()))
        self.problem.setText("")

    def _go(self) -> None:
        if self.chosen() is None:
            self.problem.setText(
                translate("GoToDateDialog", "That is not a date. Type one such as 2027-03-15 or 15 "
                                            "March 2027, or pick it in the calendar."))
            self.field.setFocus()
            return
        self.accept()


class GoToDate:
    def __init__(self, window, show: Callable[[date], object]) -> None:
        self.window, self.show = window, show
        self.dialog: GoToDateDialog | None = None

    def open(self, current: date) -> GoToDateDialog:
        dialog = GoToDateDialog(current, self.window)
        dialog.accepted.connect(lambda: self._show(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _show(self, dialog: GoToDateDialog) -> None:
        day = dialog.chosen()
        if day is not None:
            self.show(day)
