"""Schedules and staff: create, edit and archive services and resources.

A list on the left (services, then resources; archived ones on request), the form on the
right. Save writes the form as one undo step through ``ScheduleWriter``: the schedule and, for a
resource, its working hours (WORKING_HOURS weekly series) when they changed. Time off is added
and removed as ``Blocked`` events, each its own step. The dialog itself never calls a write.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.domain.enums import ScheduleKind
from sessions_desktop.domain.model import Schedule
from sessions_desktop.domain.time import local_midnight, wall_clock
from sessions_desktop.services.api import ServicesApi
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import (
    date_pattern,
    date_time_pattern,
    day_text,
    moment_span_text,
)
from sessions_desktop.ui.editor.dialog import to_qdatetime, wall
from sessions_desktop.ui.schedules.schedule_form import ScheduleForm
from sessions_desktop.ui.schedules.schedule_ops import ScheduleWriter

ROLE = Qt.ItemDataRole.UserRole


TimeOff = tuple[datetime | date, datetime | date, str]


class TimeOffDialog(QDialog):
    """From, until and why. Whole days (the default: a day off) are stored as an all-day
    session, from the first day to the day after the last; otherwise from a time to a time."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TimeOffDialog", "Time off"))
        self.whole = QCheckBox(translate("TimeOffDialog", "Whole days"), objectName="wholeDays")
        self.whole.setChecked(True)
        self.start = QDateTimeEdit(to_qdatetime(datetime.combine(day, datetime.min.time())
                                                .replace(hour=9)), calendarPopup=True,
                                   objectName="offFrom")
        self.end = QDateTimeEdit(to_qdatetime(datetime.combine(day, datetime.min.time())
                                              .replace(hour=17)), calendarPopup=True,
                                 objectName="offUntil")
        self.reason = QLineEdit(
            placeholderText=translate("TimeOffDialog", "Holiday"), objectName="offReason"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("", self.whole)
        for label, widget in ((
            translate("TimeOffDialog", "From"), self.start), (
                translate("TimeOffDialog", "Until"), self.end),
                              (translate("TimeOffDialog", "Reason"), self.reason)):
            form.addRow(label, widget)
        form.addRow(buttons)
        self.whole.toggled.connect(self._whole_toggled)
        self._whole_toggled(True)

    def _whole_toggled(self, whole: bool) -> None:
        fmt = date_pattern() if whole else date_time_pattern()
        self.start.setDisplayFormat(fmt)
        self.end.setDisplayFormat(fmt)

    def time_off(self) -> TimeOff:
        start, end = wall(self.start.dateTime()), wall(self.end.dateTime())
        reason = self.reason.text().strip()
        if self.whole.isChecked():      # the last day is included: stored up to the next one
            last = max(start.date(), end.date())
            return start.date(), last + timedelta(days=1), reason
        return start, end, reason


def ask_time_off(parent: QWidget | None, day: date) -> TimeOff | None:
    dialog = TimeOffDialog(day, parent)
    return dialog.time_off() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SchedulesDialog(QDialog):
    def __init__(self, services: ServicesApi, writer: ScheduleWriter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SchedulesDialog", "Schedules and staff"))
        self.services, self.writer = services, writer
        self.current: Schedule | None = None
        self.new_kind = ScheduleKind.GROUP
        self.loaded_week: dict = {}
        self.ask_time_off: Callable[[date], TimeOff | None] = lambda day: ask_time_off(self,
                                                                                      day)
        self.list = QListWidget(objectName="scheduleList")
        self.list.setMinimumWidth(200)
        self.show_archived = QCheckBox(
            translate("SchedulesDialog", "Show archived"), objectName="showArchived")
        self.form = ScheduleForm()
        self.save = QPushButton(translate("SchedulesDialog", "Save"), objectName="saveSchedule")
        self.archive = QPushButton(
            translate("SchedulesDialog", "Archive"), objectName="archiveSchedule")
        new_service = QPushButton(
            translate("SchedulesDialog", "New service"), objectName="newService")
        new_resource = QPushButton(
            translate("SchedulesDialog", "New staff or room"), objectName="newResource")
        close = QPushButton(translate("SchedulesDialog", "Close"))
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addWidget(self.show_archived)
        left.addWidget(new_service)
        left.addWidget(new_resource)
        right = QVBoxLayout()
        right.addWidget(self.form)
        buttons = QHBoxLayout()
        for button in (self.archive, close):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        right.addLayout(buttons)
        top = QHBoxLayout(self)
        top.addLayout(left)
        top.addLayout(right, 1)
        self.list.currentItemChanged.connect(self._picked)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        new_service.clicked.connect(lambda: self.start_new(ScheduleKind.GROUP))
        new_resource.clicked.connect(lambda: self.start_new(ScheduleKind.STAFF))
        self.save.clicked.connect(self.save_current)
        self.archive.clicked.connect(self.toggle_archive)
        self.form.add_off.clicked.connect(self.add_time_off)
        self.form.remove_off.clicked.connect(self.remove_time_off)
        self.form.changed.connect(self._refresh_buttons)
        close.clicked.connect(self.accept)
        self.resize(820, 720)
        self.reload()

    # -- the list ------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        schedules = self.services.schedules.list_schedules(
            include_archived=self.show_archived.isChecked())
        select = select or (self.current.id if self.current else None)
        self.list.blockSignals(True)
        self.list.clear()
        for heading, wanted in ((
            translate("SchedulesDialog", "Services"), True), (
                translate("SchedulesDialog", "Staff, rooms and equipment"), False)):
            header = QListWidgetItem(heading)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(header)
            for s in sorted(schedules, key=lambda s: s.name.casefold()):
                if s.is_service == wanted and (s.is_service or s.is_resource):
                    item = QListWidgetItem(("    " + s.name) + (
                        translate("SchedulesDialog", " (archived)")
                                                               if s.is_archived else ""))
                    item.setData(ROLE, s.id)
                    self.list.addItem(item)
                    if s.id == select:
                        self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._picked(self.list.currentItem())

    def select(self, schedule_id: str) -> None:
        self.reload(schedule_id)

    def _picked(self, item: QListWidgetItem | None) -> None:
        schedule_id = item.data(ROLE) if item else None
        self.current = self.services.schedules.by_id().get(schedule_id) if schedule_id else None
        self._load_form()

    def start_new(self, kind: ScheduleKind) -> None:
        self.list.setCurrentItem(None)
        self.current, self.new_kind = None, kind
        self._load_form()
        self.form.name.setFocus()

    def _resources(self) -> list[Schedule]:
        return sorted((s for s in self.services.schedules.list_schedules() if s.is_resource),
                      key=lambda s: s.name.casefold())

    def _load_form(self) -> None:
        self.form.load(self.current, self._resources(), self.new_kind,
                       self.services.business_zone_name)
        self.loaded_week = self._stored_week() if self.current else {}
        self.form.hours.set_week(self.loaded_week)
        self._load_time_off()
        self._refresh_buttons()

    # -- working hours and time off ------------------------------------------------
    def _today(self) -> date:
        return self.services.now().astimezone(self.services.business_zone).date()

    def _stored_week(self) -> dict:
        assert self.current is not None
        return self.writer.working_week(self.current.id, self._today())

    def _load_time_off(self) -> None:
        self.form.time_off.clear()
        if self.current is None or self.current.is_service:
            return
        start = local_midnight(self._today(), self.services.business_zone)
        items = self.services.queries.query_sessions(
            start, start + timedelta(days=365), type="EVENT", limit=200,
            filter={"scheduleId": self.current.id, "tags": {"$hasSome": ["Blocked"]},
                    "recurringSessionId": {"$exists": False}}).items
        tz = self.services.business_zone
        for s in items:
            a, b = wall_clock(s.start, tz), wall_clock(s.end, tz)
            if s.all_day:
                last = s.end.date() - timedelta(days=1)
                days = day_text(s.start.date()) if last <= s.start.date() else \
                    translate("SchedulesDialog", "{first} – {last}").format(
                        first=day_text(s.start.date()), last=day_text(last))
                when = translate("SchedulesDialog", "{days} (whole day)").format(days=days)
            else:
                when = moment_span_text(a, b)
            item = QListWidgetItem(
                translate("SchedulesDialog", "{when}  {title}").format(when=when, title=s.title))
            item.setData(ROLE, s.id)
            self.form.time_off.addItem(item)

    def add_time_off(self) -> None:
        if self.current is None:
            return
        answer = self.ask_time_off(self._today())
        if answer:
            self.writer.add_time_off(self.current.id, *answer)
            self._load_time_off()

    def remove_time_off(self) -> None:
        item = self.form.time_off.currentItem()
        if item is not None:
            self.writer.remove_time_off(item.data(ROLE))
            self._load_time_off()

    # -- saving --------------------------------------------------------------------
    def _refresh_buttons(self) -> None:
        self.save.setEnabled(self.form.error() is None)
        self.archive.setEnabled(self.current is not None)
        self.archive.setText(
            translate("SchedulesDialog", "Restore") if self.current and self.current.is_archived
                             else translate("SchedulesDialog", "Archive"))
        has_resource = self.current is not None and not self.form.is_service()
        self.form.add_off.setEnabled(has_resource)
        self.form.remove_off.setEnabled(has_resource)

    def save_current(self) -> Schedule | None:
        if self.form.error():
            return None
        label = (
            translate("SchedulesDialog", "New schedule")
            if self.current is None
            else translate("SchedulesDialog", "Edit {name}").format(name=self.current.name)
        )
        week = self.form.hours.week()
        changed = not self.form.is_service() and week != self.loaded_week
        saved = self.writer.save(label, self.current.id if self.current else None,
                                 self.form.values(), week if changed else None,
                                 self._today() if changed else None)
        if saved is not None:
            self.current = saved
            self.reload(saved.id)
        return saved

    def toggle_archive(self) -> None:
        if self.current is not None:
            saved = self.writer.archive(self.current, not self.current.is_archived)
            if saved is not None:
                self.show_archived.setChecked(self.show_archived.isChecked()
                                              or saved.is_archived)
                self.current = saved
                self.reload(saved.id)
