"""The session editor's widgets, built once and laid out in four tabs.

Kept apart from the dialog's logic (loading, checking, the patch) so each file stays readable;
every widget has an objectName so tests and screenshots can find it as a person would.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.domain.model import CalendarConference
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.reminder_edit import ReminderEdit
from sessions_desktop.ui.common.resource_picker import ResourcePicker
from sessions_desktop.ui.editor.fields import ExternalEdit, LocationEdit, PriceEdit, TagsEdit
from sessions_desktop.ui.editor.inherit import InheritField
from sessions_desktop.ui.editor.participants import ParticipantsPanel
from sessions_desktop.ui.editor.recurrence_editor import RecurrenceEditor

TYPES = (
    ("EVENT", QT_TRANSLATE_NOOP("Widgets", "Event")),
    ("WORKING_HOURS", QT_TRANSLATE_NOOP("Widgets", "Working hours")),
    ("BLOCKED", QT_TRANSLATE_NOOP("Widgets", "Blocked time")),
)
ZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


def error_label(name: str) -> QLabel:
    label = QLabel(objectName=f"error_{name}", wordWrap=True)
    label.setStyleSheet("color: #c0392b;")
    label.hide()
    return label


def _with_error(widget: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    return box


def _conference(edit: QLineEdit):
    def get() -> CalendarConference | None:
        url = edit.text().strip()
        return CalendarConference(host_url=url, guest_url=url) if url else None

    def put(value: CalendarConference | None) -> None:
        edit.setText((value.guest_url or value.host_url or "") if value else "")
    return get, put


class EditorWidgets:
    """Owns the widgets; ``tabs`` is what the dialog shows."""

    def __init__(self, source: str, known_tags: list[str]) -> None:
        self.errors: dict[str, QLabel] = {}
        self.title_edit = QLineEdit(objectName="title")
        self.title = InheritField(self.title_edit, self.title_edit.text,
                                  lambda v: self.title_edit.setText(v or ""), source)
        self.schedule = QComboBox(objectName="schedule")
        self.staff_edit = ResourcePicker()        # affected_schedules: who teaches, where
        self.staff = InheritField(self.staff_edit, self.staff_edit.value,
                                  self.staff_edit.set_value, source)
        self.type = QComboBox(objectName="type")
        for key, label in TYPES:
            self.type.addItem(translate("Widgets", label), key)
        self.all_day = QCheckBox(translate("EditorWidgets", "All day"), objectName="allDay")
        self.start = QDateTimeEdit(calendarPopup=True, objectName="start")
        self.end = QDateTimeEdit(calendarPopup=True, objectName="end")
        self.zone = QComboBox(editable=True, objectName="timeZone")
        self.zone.addItems(ZONES)
        self.location_edit = LocationEdit()
        self.location = InheritField(self.location_edit, self.location_edit.value,
                                     self.location_edit.set_value, source)
        self.capacity_edit = QSpinBox(minimum=-1, maximum=1000, objectName="capacity")
        self.capacity_edit.setSpecialValueText(translate("EditorWidgets", "No limit"))
        self.capacity = InheritField(
            self.capacity_edit, lambda: None if self.capacity_edit.value() < 0
            else self.capacity_edit.value(),
            lambda v: self.capacity_edit.setValue(-1 if v is None else v), source)
        self.price_edit = PriceEdit()
        self.price = InheritField(self.price_edit, self.price_edit.value,
                                  self.price_edit.set_value, source)
        self.buffer_edit = QSpinBox(
            maximum=1440, suffix=translate("EditorWidgets", " min"), objectName="buffer"
        )
        self.buffer = InheritField(self.buffer_edit, lambda: self.buffer_edit.value() or None,
                                   lambda v: self.buffer_edit.setValue(v or 0), source)
        self.tags_edit = TagsEdit(known_tags)
        self.tags = InheritField(self.tags_edit, self.tags_edit.value, self.tags_edit.set_value,
                                 source)
        self.reminders_edit = ReminderEdit()
        self.reminders = InheritField(self.reminders_edit, self.reminders_edit.value,
                                      self.reminders_edit.set_value, source)
        self.notes = QPlainTextEdit(objectName="notes")
        self.conference_edit = QLineEdit(placeholderText="https://meet.example/...",
                                         objectName="conference")
        self.conference = InheritField(self.conference_edit, *_conference(self.conference_edit),
                                       source=source)
        self.external_edit = ExternalEdit()
        self.external = InheritField(self.external_edit, self.external_edit.value,
                                     self.external_edit.set_value, source)
        self.recurrence = RecurrenceEditor()
        self.participants = ParticipantsPanel()
        self.differs = QLabel(objectName="differs", wordWrap=True)
        self.differs.setStyleSheet("color: #8a6d3b;")
        self.tabs = QTabWidget(objectName="editorTabs")
        self.banner = QLabel(objectName="saveError", wordWrap=True)   # a refused save
        self.banner.setStyleSheet("color: #c0392b; font-weight: 600;")
        self.banner.hide()
        self._layout()

    def inheritable(self) -> dict[str, InheritField]:
        return {"title": self.title, "affected_schedules": self.staff,
                "location": self.location, "capacity": self.capacity,
                "rate": self.price, "time_reserved_after": self.buffer, "tags": self.tags,
                "calendar_conference": self.conference,
                "external_calendar_overrides": self.external, "reminders": self.reminders}

    def _form(self, rows) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for label, name, widget in rows:
            if name:
                self.errors[name] = error_label(name)
                widget = _with_error(widget, self.errors[name])
            form.addRow(label, widget)
        return page

    def _layout(self) -> None:
        details = self._form((
            ("", None, self.differs), (translate("EditorWidgets", "Title"), "title", self.title),
            (
                translate("EditorWidgets", "Schedule"), "schedule", self.schedule), (
                    translate("EditorWidgets", "Staff and rooms"), "staff", self.staff),
            (translate("EditorWidgets", "Type"), "type", self.type),
            ("", None, self.all_day), (translate("EditorWidgets", "Starts"), "start", self.start),
            (
                translate("EditorWidgets", "Ends"), "end", self.end), (
                    translate("EditorWidgets", "Time zone"), "time_zone", self.zone),
            (
                translate("EditorWidgets", "Location"), "location", self.location), (
                    translate("EditorWidgets", "Capacity"), "capacity", self.capacity),
            (
                translate("EditorWidgets", "Price"), "price", self.price), (
                    translate("EditorWidgets", "Buffer after"), "buffer", self.buffer),
            (
                translate("EditorWidgets", "Tags"), "tags", self.tags), (
                    translate("EditorWidgets", "Reminders"), "reminders", self.reminders)))
        self.errors["recurrence"] = error_label("recurrence")
        repeat = _with_error(self.recurrence, self.errors["recurrence"])
        self.errors["participants"] = error_label("participants")
        people = _with_error(self.participants, self.errors["participants"])
        more = self._form(
            (
                (translate("EditorWidgets", "Notes"), "notes", self.notes),
                (translate("EditorWidgets", "Conference link"), "conference", self.conference),
                (translate("EditorWidgets", "External calendar"), "external", self.external),
            )
        )
        for page, label in ((details,
            translate("EditorWidgets", "Details")), (repeat,
                translate("EditorWidgets", "Repeat")), (people,
                    translate("EditorWidgets", "Participants")),
                            (more, translate("EditorWidgets", "More"))):
            self.tabs.addTab(page, label)

    TAB_OF = {"title": 0, "schedule": 0, "staff": 0, "type": 0, "start": 0, "end": 0,
              "time_zone": 0, "location": 0, "capacity": 0, "price": 0, "buffer": 0, "tags": 0,
              "reminders": 0,
              "recurrence": 1, "participants": 2, "notes": 3, "conference": 3, "external": 3}
    TAB_NAMES = (
        QT_TRANSLATE_NOOP("EditorWidgets", "Details"),
        QT_TRANSLATE_NOOP("EditorWidgets", "Repeat"),
        QT_TRANSLATE_NOOP("EditorWidgets", "Participants"),
        QT_TRANSLATE_NOOP("EditorWidgets", "More"),
    )

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        bad = {self.TAB_OF[n] for n in problems if n in self.TAB_OF}
        for index, english in enumerate(self.TAB_NAMES):
            name = translate("EditorWidgets", english)
            self.tabs.setTabText(index,
                translate("EditorWidgets", "{name} ⚠").format(name=name) if index in bad else name)
