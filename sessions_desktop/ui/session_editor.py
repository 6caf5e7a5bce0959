"""A simple session editor: title, schedule, start, end and notes (the full one comes later).

It edits a draft of one session and returns only the fields the user changed, so a save of an
instance sends a small patch and the series keeps everything else; the caller writes it.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import localize


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))


def from_qdatetime(value: QDateTime, tz: tzinfo) -> datetime:
    d, t = value.date(), value.time()
    return localize(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()), tz)


class SessionEditor(QDialog):
    def __init__(self, session: Session, schedules: list[Schedule], tz: tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Session")
        self.session, self.tz = session, tz
        self.title = QLineEdit(session.title or "")
        self.schedule = QComboBox()
        for schedule in schedules:
            self.schedule.addItem(schedule.name, schedule.id)
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(session.schedule_id)))
        self.start = self._time_edit(session.start)
        self.end = self._time_edit(session.end)
        self.notes = QPlainTextEdit(session.notes or "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, widget in (("Title", self.title), ("Schedule", self.schedule),
                              ("Starts", self.start), ("Ends", self.end), ("Notes", self.notes)):
            form.addRow(label, widget)
        form.addRow(buttons)

    def _time_edit(self, moment: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(to_qdatetime(moment.astimezone(self.tz)))
        edit.setCalendarPopup(True)
        edit.setEnabled(not self.session.all_day)
        return edit

    def patch(self) -> dict:
        """Only what changed."""
        s, out = self.session, {}
        title = self.title.text().strip() or None
        if title != (s.title or None):
            out["title"] = title
        if self.schedule.currentData() != s.schedule_id:
            out["schedule_id"] = self.schedule.currentData()
        notes = self.notes.toPlainText().strip() or None
        if notes != (s.notes or None):
            out["notes"] = notes
        if not s.all_day:
            start = from_qdatetime(self.start.dateTime(), self.tz)
            end = from_qdatetime(self.end.dateTime(), self.tz)
            if (start, end) != (s.start, s.end):
                out["start"], out["end"] = start, end
        return out


def edit_session(parent: QWidget | None, session: Session, schedules: list[Schedule],
                 tz: tzinfo) -> dict | None:
    """The changed fields, {} when nothing changed, None when cancelled."""
    dialog = SessionEditor(session, schedules, tz, parent)
    return dialog.patch() if dialog.exec() == QDialog.DialogCode.Accepted else None
