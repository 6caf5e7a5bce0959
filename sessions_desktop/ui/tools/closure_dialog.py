"""Close the business for some days (holidays): choose the days and the reason, see every
session it hits, and choose whether to cancel them. The dialog only drafts; the caller writes
the closure and the cancellations as one action and offers to write to the participants."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from sessions_desktop.domain.model import Session
from sessions_desktop.errors import SessionsError
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import date_pattern

ROLE = Qt.ItemDataRole.UserRole
MAX_DAYS = 366


@dataclass(frozen=True)
class ClosureDraft:
    first: date
    last: date
    reason: str
    cancel: tuple[str, ...]


def _py(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ClosureDialog(QDialog):
    """``hits(first, last)`` lists the sessions in those days (the service's ``hits``);
    ``describe(session)`` is the line shown for one."""

    def __init__(self, hits: Callable[[date, date], list[Session]],
                 describe: Callable[[Session], str], first: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ClosureDialog", "Close the business"))
        self.hits, self.describe = hits, describe
        self.found: list[Session] = []
        self.first = QDateEdit(QDate(first.year, first.month, first.day), calendarPopup=True,
                               objectName="closedFrom")
        last = first + timedelta(days=6)
        self.last = QDateEdit(QDate(last.year, last.month, last.day), calendarPopup=True,
                              objectName="closedUntil")
        for edit in (self.first, self.last):
            edit.setDisplayFormat(date_pattern())
        self.reason = QLineEdit(
            translate("ClosureDialog", "Closed for holidays"),
            objectName="closedReason",
            maxLength=200,
        )
        self.sessions = QListWidget(objectName="closureHits")
        self.cancel = QCheckBox(objectName="cancelHits")
        self.cancel.setChecked(True)
        self.problem = QLabel(objectName="closureError", wordWrap=True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("ClosureDialog", "Close the business"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("ClosureDialog", "First day"), self.first)
        form.addRow(translate("ClosureDialog", "Last day"), self.last)
        form.addRow(translate("ClosureDialog", "Reason"), self.reason)
        form.addRow(QLabel(
            translate("ClosureDialog", "Every staff member and room is blocked on these days. "
                                       "Sessions in them:"), wordWrap=True))
        form.addRow(self.sessions)
        form.addRow(self.cancel)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.first.dateChanged.connect(self.refresh)
        self.last.dateChanged.connect(self.refresh)
        self.reason.textChanged.connect(self._check)
        self.resize(560, 560)
        self.refresh()

    def days(self) -> tuple[date, date]:
        return _py(self.first.date()), _py(self.last.date())

    def refresh(self) -> None:
        """List what the chosen days hit (asked again whenever a day changes)."""
        first, last = self.days()
        self.sessions.clear()
        self.found = []
        if last >= first and (last - first).days < MAX_DAYS:
            try:
                self.found = self.hits(first, last)
            except SessionsError as exc:
                self.problem.setText(str(exc))
        for session in self.found:
            item = QListWidgetItem(self.describe(session))
            item.setData(ROLE, session.id)
            self.sessions.addItem(item)
        if not self.found:
            self.sessions.addItem(QListWidgetItem(
                translate("ClosureDialog", "No sessions on these days.")))
        count = len(self.found)
        self.cancel.setText(
            translate("ClosureDialog", "Cancel this session") if count == 1
             else translate("ClosureDialog", "Cancel these {n} sessions").format(n=count)
        )
        self.cancel.setEnabled(bool(count))
        self._check()

    def _check(self) -> None:
        first, last = self.days()
        problem = ""
        if last < first:
            problem = translate("ClosureDialog", "The last day comes before the first.")
        elif (last - first).days >= MAX_DAYS:
            problem = translate(
                "ClosureDialog", "Close for at most {MAX_DAYS} days at a time."
            ).format(MAX_DAYS=MAX_DAYS)
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)

    def draft(self) -> ClosureDraft:
        first, last = self.days()
        cancel = tuple(s.id for s in self.found) if self.cancel.isChecked() else ()
        return ClosureDraft(first, last, self.reason.text().strip(), cancel)
