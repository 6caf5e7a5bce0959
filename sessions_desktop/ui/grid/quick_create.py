"""The small popup after a drag on empty time: a title and a schedule, Enter saves.

The schedule is prefilled with the last one used, since a front desk books runs of the same
service. The popup returns a draft; the caller writes it (dialogs never touch the database).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from sessions_desktop.domain.model import Schedule
from sessions_desktop.ui.common.texts import time_text


class QuickCreate(QDialog):
    def __init__(self, start: datetime, end: datetime, schedules: list[Schedule],
                 last_schedule: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New session")
        locale = QLocale()
        when = (f"{locale.toString(start.date(), QLocale.FormatType.ShortFormat)}  "
                f"{time_text(start)} – {time_text(end)}")
        self.title = QLineEdit(placeholderText="Title (optional)")
        self.schedule = QComboBox()
        for schedule in schedules:
            self.schedule.addItem(schedule.name, schedule.id)
        index = self.schedule.findData(last_schedule)
        self.schedule.setCurrentIndex(max(0, index))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(when))
        form.addRow("Title", self.title)
        form.addRow("Schedule", self.schedule)
        form.addRow(buttons)
        self.title.setFocus(Qt.FocusReason.PopupFocusReason)

    def draft(self) -> dict:
        return {"title": self.title.text().strip() or None,
                "schedule_id": self.schedule.currentData()}


def ask_quick_create(parent: QWidget | None, start: datetime, end: datetime,
                     schedules: list[Schedule], last_schedule: str | None) -> dict | None:
    """The draft ({title, schedule_id}) or None when the user pressed Escape."""
    if not schedules:
        return None
    dialog = QuickCreate(start, end, schedules, last_schedule, parent)
    return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
