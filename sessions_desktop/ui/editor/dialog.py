"""The full session editor: edits a draft of one session and returns what to write.

For an existing session the result is a patch of only what the user changed (INHERIT for a
field reset to its schedule's or series' value), so an instance saved with scope THIS stores a
small exception. For a new session it is the whole set of fields to create. The dialog never
writes; cancelled instances chosen for restoring travel in the result too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from sessions_desktop.domain.enums import BLOCKED_TAG
from sessions_desktop.domain.model import INHERITABLE_FIELDS, Schedule, Session
from sessions_desktop.domain.recurrence import parse_rule
from sessions_desktop.domain.time import localize, zone
from sessions_desktop.errors import SessionsError
from sessions_desktop.presentation.form_errors import FormProblems, form_problems
from sessions_desktop.presentation.series_diff import differing_fields
from sessions_desktop.presentation.session_form import FormValues, check
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import date_pattern, date_time_pattern
from sessions_desktop.ui.editor.widgets import EditorWidgets


@dataclass
class EditorInput:
    """Everything the editor shows besides the session itself (read by the caller)."""

    schedules: list[Schedule]
    series: Session | None = None                 # the definition, for an instance
    cancelled: tuple[tuple[str, datetime], ...] = ()
    known_tags: list[str] = field(default_factory=list)
    is_new: bool = False
    now: datetime | None = None                   # the next dates are listed from here
    resources: list[Schedule] = field(default_factory=list)   # staff and rooms, archived too


@dataclass
class EditorResult:
    """A patch (or, for a new session, all fields) plus cancelled instances to restore."""

    patch: dict[str, Any]
    restore: list[str] = field(default_factory=list)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))


def wall(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _canonical(text: str | None) -> str | None:
    try:
        return parse_rule(text).to_text() if text else None
    except SessionsError:   # a broken rule compares as itself
        return text


class SessionEditor(QDialog):
    def __init__(self, session: Session, given: EditorInput,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.given = session, given
        self.schedules = {s.id: s for s in given.schedules}
        self.setWindowTitle(
            translate("SessionEditor", "New session")
            if given.is_new
            else translate("SessionEditor", "Edit session")
        )
        self.w = EditorWidgets("series" if session.is_instance else "schedule", given.known_tags)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.saved_problems = FormProblems()   # what the service refused, until the next edit
        column = QVBoxLayout(self)
        column.addWidget(self.w.banner)
        column.addWidget(self.w.tabs)
        column.addWidget(self.buttons)
        self._load()
        self.previous_start = wall(self.w.start.dateTime())
        self._connect()
        self.refresh()
        self.resize(640, 620)

    # -- loading -------------------------------------------------------------------
    def _load(self) -> None:
        s, w = self.session, self.w
        for schedule in self.given.schedules:
            w.schedule.addItem(schedule.name, schedule.id)
        w.schedule.setCurrentIndex(max(0, w.schedule.findData(s.schedule_id)))
        w.schedule.setEnabled(not s.is_instance)
        w.staff_edit.set_schedules(self.given.resources or self.given.schedules)
        kind = "BLOCKED" if BLOCKED_TAG in s.tags else s.type.value
        w.type.setCurrentIndex(w.type.findData(kind))
        self.tz = zone(s.time_zone)
        w.zone.setCurrentText(s.time_zone)
        w.zone.setEnabled(not s.is_instance)
        w.all_day.setChecked(s.all_day)
        self._load_times()
        for name, widget in w.inheritable().items():
            widget.load(getattr(s, name), self._inherited(name), self._overridden(name))
        w.notes.setPlainText(s.notes or "")
        w.participants.load(s.participants, s.capacity)
        self._load_rule()
        w.title_edit.setCursorPosition(0)
        diff = differing_fields(s, self.given.series) if s.is_instance and self.given.series \
            else []
        w.differs.setText(
            translate("SessionEditor", "Differs from its series: ") + ", ".join(diff)
            if diff
            else ""
        )
        w.differs.setVisible(bool(diff))

    def _load_times(self) -> None:
        s, w = self.session, self.w
        start, end = s.start.astimezone(self.tz), s.end.astimezone(self.tz)
        if s.all_day:
            end -= timedelta(days=1)   # shown inclusive: a one-day closure ends the same day
        w.start.setDateTime(to_qdatetime(start))
        w.end.setDateTime(to_qdatetime(end))
        self._all_day_changed()

    def _load_rule(self) -> None:
        s, series = self.session, self.given.series
        rule = s.instance_of_recurrence if s.is_instance else s.recurrence
        first = series.start if s.is_instance and series else s.start
        excluded = series.excluded_dates if s.is_instance and series else s.excluded_dates
        self.w.recurrence.load(rule, first.astimezone(self.tz), self.tz, excluded,
                               self.given.cancelled, self.given.now)
        # What the Repeat tab says for the rule as loaded (a weekly rule without BYDAY reads
        # back with the start's day): only a difference from this is a change of the rule.
        self.original_rule = _canonical(self.w.recurrence.rule_text())
        self.original_exdates = sorted(d.astimezone(self.tz).replace(tzinfo=None)
                                       for d in excluded)

    def _inherited(self, name: str) -> Any:
        if self.session.is_instance and self.given.series is not None:
            return getattr(self.given.series, name)
        schedule = self.schedules.get(self.w.schedule.currentData())
        return getattr(schedule.defaults, name) if schedule else None

    def _overridden(self, name: str) -> bool:
        s = self.session
        if self.given.is_new:
            return False
        if s.is_instance and self.given.series is not None:
            return getattr(s, name) != getattr(self.given.series, name)
        return INHERITABLE_FIELDS[name] not in s.inherited_fields

    def _connect(self) -> None:
        w = self.w
        for signal in (w.title_edit.textChanged, w.start.dateTimeChanged,
                       w.end.dateTimeChanged, w.zone.currentTextChanged,
                       w.location_edit.changed, w.price_edit.changed,
                       w.conference_edit.textChanged, w.recurrence.changed,
                       w.participants.changed, w.capacity_edit.valueChanged,
                       w.staff_edit.changed, w.reminders_edit.changed,
                       *(f.changed for f in w.inheritable().values())):
            signal.connect(self._edited)
        w.all_day.toggled.connect(self._all_day_changed)
        w.schedule.currentIndexChanged.connect(self._schedule_changed)
        w.start.dateTimeChanged.connect(self._start_moved)

    def _start_moved(self) -> None:
        """The end follows the start (same length), and so do the series' weekdays."""
        start = wall(self.w.start.dateTime())
        shift, self.previous_start = start - self.previous_start, start
        end = self.w.end.dateTime()
        self.w.end.setDateTime(to_qdatetime(wall(end) + shift))
        if not self.session.is_instance:   # an instance moves alone; its series' rule stays
            self.w.recurrence.set_start(start)

    def _schedule_changed(self) -> None:
        for name, widget in self.w.inheritable().items():
            widget.set_inherited(self._inherited(name))

    def _all_day_changed(self) -> None:
        fmt = date_pattern() if self.w.all_day.isChecked() else date_time_pattern()
        self.w.start.setDisplayFormat(fmt)
        self.w.end.setDisplayFormat(fmt)
        self._edited()

    # -- checking ------------------------------------------------------------------
    def values(self) -> FormValues:
        w = self.w
        start, end = wall(w.start.dateTime()), wall(w.end.dateTime())
        if w.all_day.isChecked():
            start, end = start.replace(hour=0, minute=0), end.replace(hour=0, minute=0) \
                + timedelta(days=1)
        location = w.location_edit.value() if w.location.overridden else None
        rate = w.price_edit
        return FormValues(
            title=w.title_edit.text(), start=start, end=end,
            time_zone=w.zone.currentText().strip(), recurrence=w.recurrence.rule_text(),
            custom_address=location.address if location and location.address is not None
            else None,
            price_amount=rate.amount.text() if w.price.overridden and
            rate.mode.currentIndex() == 0 else "",
            price_currency=rate.currency.text(), conference_url=w.conference_edit.text()
            if w.conference.overridden else "",
            participant_emails=w.participants.emails())

    def problems(self) -> dict[str, str]:
        found = check(self.values())
        if self.session.is_recurring and not self.w.recurrence.rule_text() \
                and "recurrence" not in found:
            found["recurrence"] = (
                translate("SessionEditor", "A series keeps its rule; cancel this and the following "
                                           "sessions to end it"))
        return found

    def _edited(self) -> None:
        self.saved_problems = FormProblems()   # the person is correcting what was refused
        self.refresh()

    def refresh(self) -> None:
        problems = self.problems()
        self.w.show_problems({**self.saved_problems.beside, **problems})
        self.w.banner.setText(self.saved_problems.above)
        self.w.banner.setVisible(bool(self.saved_problems.above))
        self.save_button.setEnabled(not problems)
        self.w.participants.set_capacity(self.w.capacity.getter())

    def show_refusal(self, error: SessionsError) -> None:
        """The service refused the save: say why beside the fields, keep what was typed."""
        self.saved_problems = form_problems(error, frozenset(self.w.errors))
        self.refresh()
        for key in self.saved_problems.beside:
            tab = self.w.TAB_OF.get(key)
            if tab is not None:
                self.w.tabs.setCurrentIndex(tab)
                break

    # -- the result ----------------------------------------------------------------
    def _times(self) -> dict[str, Any]:
        v = self.values()
        assert v.start is not None and v.end is not None
        if self.w.all_day.isChecked():
            return {"start": v.start.date(), "end": v.end.date(), "all_day": True}
        tz = zone(v.time_zone)
        return {"start": localize(v.start, tz), "end": localize(v.end, tz), "all_day": False}

    def _type_fields(self) -> dict[str, Any]:
        kind = self.w.type.currentData()
        out: dict[str, Any] = {"type": "EVENT" if kind == "BLOCKED" else kind}
        tags = self.w.tags.getter() if self.w.tags.overridden else self._inherited("tags") or ()
        if kind == "BLOCKED" and BLOCKED_TAG not in tags:
            out["tags"] = (*tags, BLOCKED_TAG)
        elif kind != "BLOCKED" and BLOCKED_TAG in tags:
            out["tags"] = tuple(t for t in tags if t != BLOCKED_TAG)
        return out

    def editor_result(self) -> EditorResult:
        return EditorResult(self._create_fields() if self.given.is_new else self._patch(),
                            list(self.w.recurrence.restore_ids))

    def _create_fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schedule_id": self.w.schedule.currentData(),
                               "time_zone": self.values().time_zone, **self._times()}
        for name, widget in self.w.inheritable().items():
            if widget.overridden and widget.value() is not None:
                out[name] = widget.value()
        out.update(self._type_fields())
        notes = self.w.notes.toPlainText().strip()
        if notes:
            out["notes"] = notes
        if self.w.participants.people:
            out["participants"] = list(self.w.participants.people)
        rule = self.w.recurrence.rule_text()
        if rule:
            out["recurrence"] = rule
        return out

    def _patch(self) -> dict[str, Any]:
        s, w, out = self.session, self.w, {}
        for name, widget in w.inheritable().items():
            value = widget.patch_value(getattr(s, name))
            if value is not ...:
                out[name] = value
        if w.schedule.currentData() != s.schedule_id:
            out["schedule_id"] = w.schedule.currentData()
        typed = self._type_fields()
        if typed["type"] != s.type.value:
            out["type"] = typed["type"]
        if "tags" in typed and typed["tags"] != s.tags:
            out["tags"] = typed["tags"]
        out.update(self._changed_times())
        notes = w.notes.toPlainText().strip() or None
        if notes != (s.notes or None):
            out["notes"] = notes
        if tuple(w.participants.people) != tuple(s.participants or ()):
            out["participants"] = list(w.participants.people)
        out.update(self._changed_rule())
        return out

    def _changed_times(self) -> dict[str, Any]:
        s, times = self.session, self._times()
        out: dict[str, Any] = {}
        zone_name = self.values().time_zone
        if zone_name != s.time_zone:
            out["time_zone"] = zone_name
        if times["all_day"]:
            same = s.all_day and (times["start"], times["end"]) == (
                s.start.astimezone(self.tz).date(), s.end.astimezone(self.tz).date())
        else:
            same = not s.all_day and (times["start"], times["end"]) == (s.start, s.end)
        if not same or out:
            out.update(times)
        if out.get("all_day") == s.all_day:
            del out["all_day"]      # unchanged: an instance's THIS edit must not carry it
        return out

    def _changed_rule(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        rule = _canonical(self.w.recurrence.rule_text())
        if rule != self.original_rule and rule is not None:
            out["recurrence"] = rule
        exdates = sorted(self.w.recurrence.exdates)
        if exdates != self.original_exdates:
            out["excluded_dates"] = [localize(d, self.tz) for d in exdates]
        return out


def edit_session(parent: QWidget | None, session: Session, given: EditorInput
                 ) -> EditorResult | None:
    """The result, or None when cancelled."""
    dialog = SessionEditor(session, given, parent)
    return dialog.editor_result() if dialog.exec() == QDialog.DialogCode.Accepted else None


def new_draft(schedule: Schedule, start: datetime | date, end: datetime | date) -> Session:
    """A not-yet-stored session for the editor's New mode."""
    return Session(id="", schedule_id=schedule.id, start=start, end=end,
                   time_zone=schedule.time_zone, inherited_fields=tuple(
                       INHERITABLE_FIELDS.values()))
