"""The small popup after a drag on empty time: a title, a schedule and its staff and rooms,
Enter saves.

The schedule is prefilled with the last one used, since a front desk books runs of the same
service; the staff and rooms with that service's usual ones (or the column's resource, in the
resource view) until the person ticks others. The popup returns a draft; the caller writes it
(dialogs never touch the database).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from sessions_desktop.domain.model import LinkedSchedule, Schedule
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.resource_picker import ResourcePicker
from sessions_desktop.ui.common.texts import date_text, time_text

Usual = Callable[[Schedule | None], tuple[LinkedSchedule, ...]]


class QuickCreate(QDialog):
    def __init__(self, start: datetime, end: datetime, schedules: list[Schedule],
                 last_schedule: str | None, parent: QWidget | None = None,
                 usual: Usual | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("QuickCreate", "New session"))
        # the locale's long date, with the weekday: "Mittwoch, 2. Dezember 2026"
        when = translate("QuickCreate", "{day}, {start} – {end}").format(
            day=date_text(start.date(), long=True), start=time_text(start), end=time_text(end))
        self.title = QLineEdit(placeholderText=translate("QuickCreate", "Title (optional)"))
        self.schedule = QComboBox()
        for schedule in schedules:
            self.schedule.addItem(schedule.name, schedule.id)
        index = self.schedule.findData(last_schedule)
        self.schedule.setCurrentIndex(max(0, index))
        self.by_id = {s.id: s for s in schedules}
        self.usual: Usual = usual or (lambda s: tuple(s.defaults.affected_schedules) if s
                                      else ())
        self.staff = ResourcePicker(schedules)
        self.staff.changed.connect(self._staff_touched)
        self.touched = False
        self.schedule.currentIndexChanged.connect(self._schedule_changed)
        self._schedule_changed()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(when))
        form.addRow(translate("QuickCreate", "Title"), self.title)
        form.addRow(translate("QuickCreate", "Schedule"), self.schedule)
        form.addRow(translate("QuickCreate", "Staff and rooms"), self.staff)
        form.addRow(buttons)
        self.title.setFocus(Qt.FocusReason.PopupFocusReason)

    def _chosen(self) -> Schedule | None:
        return self.by_id.get(self.schedule.currentData())

    def _schedule_changed(self) -> None:
        if not self.touched:
            self.staff.set_value(self.usual(self._chosen()))

    def _staff_touched(self) -> None:
        self.touched = True

    def draft(self) -> dict:
        """Title and schedule; the staff and rooms only when they are not the schedule's own
        (so the session follows later changes of the service's usual staff)."""
        out = {"title": self.title.text().strip() or None,
               "schedule_id": self.schedule.currentData()}
        chosen = self._chosen()
        links = self.staff.value()
        if chosen is None or links != tuple(chosen.defaults.affected_schedules):
            out["affected_schedules"] = list(links)
        return out


def ask_quick_create(parent: QWidget | None, start: datetime, end: datetime,
                     schedules: list[Schedule], last_schedule: str | None,
                     usual: Usual | None = None) -> dict | None:
    """The draft ({title, schedule_id[, affected_schedules]}) or None on Escape."""
    if not schedules:
        return None
    dialog = QuickCreate(start, end, schedules, last_schedule, parent, usual)
    place_beside(dialog, QCursor.pos(), parent)
    return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None


GAP = 16   # pixels between the pointer and the popup


def place_beside(dialog: QWidget, pointer: QPoint, parent: QWidget | None) -> None:
    """Open beside where the drag ended, where the person is looking, and wholly on the screen
    (right of the pointer, or left of it at the screen's right edge). A pointer outside the
    window (a slot chosen with the keyboard) leaves the dialog where Qt puts it."""
    if parent is None or not parent.window().frameGeometry().contains(pointer):
        return
    screen = (QGuiApplication.screenAt(pointer) or parent.window().screen()).availableGeometry()
    size = dialog.sizeHint()
    x = pointer.x() + GAP
    if x + size.width() > screen.right():
        x = pointer.x() - GAP - size.width()
    y = pointer.y() - size.height() // 3
    x = max(screen.left(), min(x, screen.right() - size.width()))
    y = max(screen.top(), min(y, screen.bottom() - size.height()))
    dialog.move(x, y)
