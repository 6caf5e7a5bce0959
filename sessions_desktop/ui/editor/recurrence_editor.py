"""The Repeat part of the session editor: how often, on which days, until when.

Controls map onto ``presentation.rule_summary.RuleForm``; the summary line and the next ten
dates follow every change. Excluded dates and cancelled instances of an existing series are
listed: an excluded date can be put back (the series' EXDATE list loses it) and a cancelled
instance can be restored; both are remembered in the draft and written by the caller on Save.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.domain.recurrence import WEEKDAY_CODES
from sessions_desktop.presentation import rule_summary as rs
from sessions_desktop.presentation.session_form import check_rule
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.texts import date_pattern, moment_text

REPEAT_LABELS = (
    ("none", QT_TRANSLATE_NOOP("RecurrenceEditor", "Does not repeat")),
    ("daily", QT_TRANSLATE_NOOP("RecurrenceEditor", "Daily")),
    ("weekly", QT_TRANSLATE_NOOP("RecurrenceEditor", "Weekly")),
    ("monthly_day", QT_TRANSLATE_NOOP("RecurrenceEditor", "Monthly on day…")),
    ("monthly_nth", QT_TRANSLATE_NOOP("RecurrenceEditor", "Monthly on the Nth weekday")),
    ("monthly_last", QT_TRANSLATE_NOOP("RecurrenceEditor", "Monthly on the last weekday")),
    ("yearly", QT_TRANSLATE_NOOP("RecurrenceEditor", "Yearly")),
    ("custom", QT_TRANSLATE_NOOP("RecurrenceEditor", "Custom rule (RRULE)")),
)
ORDINAL_LABELS = ((1, QT_TRANSLATE_NOOP("RecurrenceEditor", "first")),
                  (2, QT_TRANSLATE_NOOP("RecurrenceEditor", "second")),
                  (3, QT_TRANSLATE_NOOP("RecurrenceEditor", "third")),
                  (4, QT_TRANSLATE_NOOP("RecurrenceEditor", "fourth")))


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return box


class RecurrenceEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = datetime(2000, 1, 1)
        self.tz: ZoneInfo | None = None
        self.list_from: datetime | None = None   # list dates from here (now), not the first
        self.exdates: list[datetime] = []
        self.restore_ids: list[str] = []
        self._loading = False
        self._build()

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        self.repeat = QComboBox(objectName="repeat")
        for key, label in REPEAT_LABELS:
            self.repeat.addItem(translate("RecurrenceEditor", label), key)
        self.interval = QSpinBox(minimum=1, maximum=999, objectName="interval")
        self.unit = QLabel(translate("RecurrenceEditor", "days"))
        self.days = {code: self._day_button(code) for code in WEEKDAY_CODES}
        self.month_day = QSpinBox(minimum=1, maximum=31, objectName="monthDay")
        self.ordinal = QComboBox(objectName="ordinal")
        for n, label in ORDINAL_LABELS:
            self.ordinal.addItem(translate("RecurrenceEditor", label), n)
        self.weekday = QComboBox(objectName="weekday")
        for index, code in enumerate(WEEKDAY_CODES):
            self.weekday.addItem(rs.day_name(index), code)
        self.custom = QLineEdit(
            placeholderText="FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1",
            objectName="customRule",
        )
        self.details = QStackedWidget()
        self.details.addWidget(QWidget())
        self.details.addWidget(_row(*self.days.values()))
        self.details.addWidget(_row(QLabel(
            translate("RecurrenceEditor", "on day")), self.month_day))
        self.details.addWidget(_row(QLabel(
            translate("RecurrenceEditor", "on the")), self.ordinal, self.weekday))
        self.details.addWidget(self.custom)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form = QFormLayout(self)
        form.addRow(translate("RecurrenceEditor", "Repeat"), self.repeat)
        self.every_row = _row(
            QLabel(translate("RecurrenceEditor", "every")), self.interval, self.unit
        )
        form.addRow("", self.every_row)
        form.addRow("", self.details)
        form.addRow(translate("RecurrenceEditor", "Ends"), self._ends())
        self.summary = QLabel(objectName="ruleSummary", wordWrap=True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.error = QLabel(objectName="ruleError", wordWrap=True)
        self.error.setStyleSheet("color: #c0392b;")
        form.addRow(self.summary)
        form.addRow(self.error)
        self.dates = QListWidget(objectName="nextDates")
        self.dates.setMinimumHeight(190)
        form.addRow(translate("RecurrenceEditor", "Next dates"), self.dates)
        form.addRow(translate("RecurrenceEditor", "Not held"), self._exceptions())
        for signal in (self.repeat.currentIndexChanged, self.interval.valueChanged,
                       self.month_day.valueChanged, self.ordinal.currentIndexChanged,
                       self.weekday.currentIndexChanged, self.custom.textChanged,
                       self.count.valueChanged, self.until.dateChanged,
                       self.ends.idToggled):
            signal.connect(self._update)

    def _day_button(self, code: str) -> QToolButton:
        button = QToolButton(text=rs.day_name(WEEKDAY_CODES.index(code))[:2], checkable=True)
        button.setObjectName(f"day{code}")
        button.toggled.connect(self._update)
        return button

    def _ends(self) -> QWidget:
        self.ends = QButtonGroup(self)
        self.never = QRadioButton(translate("RecurrenceEditor", "never"), objectName="endsNever")
        self.on = QRadioButton(translate("RecurrenceEditor", "on"), objectName="endsOn")
        self.after = QRadioButton(translate("RecurrenceEditor", "after"),
                                  objectName="endsAfter")
        for number, button in enumerate((self.never, self.on, self.after)):
            self.ends.addButton(button, number)
        self.until = QDateEdit(calendarPopup=True, objectName="until")
        self.until.setDisplayFormat(date_pattern())
        self.count = QSpinBox(minimum=1, maximum=999, objectName="count")
        self.never.setChecked(True)
        return _row(
            self.never,
            self.on,
            self.until,
            self.after,
            self.count,
            QLabel(translate("RecurrenceEditor", "times")),
        )

    def _exceptions(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.not_held = QListWidget(objectName="notHeld")
        self.not_held.setMaximumHeight(90)
        self.restore = QPushButton(translate("RecurrenceEditor", "Restore"), objectName="restore")
        self.restore.clicked.connect(self._restore_selected)
        self.not_held.currentRowChanged.connect(
            lambda row: self.restore.setEnabled(row >= 0))
        self.restore.setEnabled(False)
        column.addWidget(self.not_held)
        column.addWidget(_row(self.restore))
        return box

    # -- loading -------------------------------------------------------------------
    def load(self, text: str | None, start: datetime, tz: ZoneInfo | None = None,
             exdates: tuple[datetime, ...] = (),
             cancelled: tuple[tuple[str, datetime], ...] = (),
             after: datetime | None = None) -> None:
        """Show ``text`` for a series starting at ``start`` (aware or wall clock)."""
        self._loading = True
        self.list_from = after.astimezone(tz).replace(tzinfo=None) if after and tz else None
        self.tz, self.start = tz, start.replace(tzinfo=None)
        self.exdates = [d.replace(tzinfo=None) for d in exdates]
        form = rs.form_from_text(text, self.start)
        self.repeat.setCurrentIndex(self.repeat.findData(form.repeat))
        self.interval.setValue(form.interval)
        for code, button in self.days.items():
            button.setChecked(code in form.weekdays)
        self.month_day.setValue(form.month_day)
        self.ordinal.setCurrentIndex(max(0, self.ordinal.findData(form.ordinal)))
        self.weekday.setCurrentIndex(self.weekday.findData(form.weekday))
        self.custom.setText(form.custom if form.repeat == "custom" else (text or ""))
        until = form.until or self.start.date()
        self.until.setDate(QDate(until.year, until.month, until.day))
        if form.ends != "on" or until >= self.start.date():
            self._keep_until_after_start()
        self.count.setValue(form.count)
        {"never": self.never, "on": self.on, "after": self.after}[form.ends].setChecked(True)
        self._fill_exceptions(cancelled)
        self._loading = False
        self._update()

    def _fill_exceptions(self, cancelled: tuple[tuple[str, datetime], ...]) -> None:
        self.not_held.clear()
        for day in sorted(self.exdates):
            item = QListWidgetItem(
                translate("RecurrenceEditor", "{when} — excluded").format(when=moment_text(day))
            )
            item.setData(256, ("exdate", day))
            self.not_held.addItem(item)
        for session_id, start in sorted(cancelled, key=lambda c: c[1]):
            item = QListWidgetItem(
                translate("RecurrenceEditor", "{when} — cancelled").format(when=moment_text(start))
            )
            item.setData(256, ("cancelled", session_id))
            self.not_held.addItem(item)

    def set_start(self, start: datetime) -> None:
        """The session's start moved: the days that came from the old start (the weekly day,
        the day of the month, the weekday of the month) follow it unless the person chose
        others, and "ends on" never stays before the new start."""
        old, self.start = self.start, start.replace(tzinfo=None)
        self._loading = True
        old_code, new_code = WEEKDAY_CODES[old.weekday()], WEEKDAY_CODES[self.start.weekday()]
        if {c for c, b in self.days.items() if b.isChecked()} in (set(), {old_code}):
            for code, button in self.days.items():
                button.setChecked(code == new_code)
        if self.month_day.value() == old.day:
            self.month_day.setValue(self.start.day)
        if self.weekday.currentData() == old_code:
            self.weekday.setCurrentIndex(self.weekday.findData(new_code))
            self.ordinal.setCurrentIndex(max(0, self.ordinal.findData(
                min(4, (self.start.day + 6) // 7))))
        self._keep_until_after_start()
        self._loading = False
        self._update()

    def _keep_until_after_start(self) -> None:
        first = QDate(self.start.year, self.start.month, self.start.day)
        self.until.setMinimumDate(first)
        if self.until.date() < first:
            self.until.setDate(first)

    # -- reading -------------------------------------------------------------------
    def form(self) -> rs.RuleForm:
        ends = {0: "never", 1: "on", 2: "after"}[max(0, self.ends.checkedId())]
        until = self.until.date()
        return rs.RuleForm(
            repeat=self.repeat.currentData(), interval=self.interval.value(),
            weekdays=tuple(c for c, b in self.days.items() if b.isChecked()),
            month_day=self.month_day.value(), ordinal=self.ordinal.currentData(),
            weekday=self.weekday.currentData(), ends=ends,
            until=date(until.year(), until.month(), until.day()), count=self.count.value(),
            custom=self.custom.text())

    def rule_text(self) -> str | None:
        return rs.form_to_text(self.form(), self.start)

    def problem(self) -> str | None:
        return check_rule(self.rule_text())

    def _restore_selected(self) -> None:
        item = self.not_held.currentItem()
        if item is None:
            return
        kind, value = item.data(256)
        if kind == "exdate":
            self.exdates.remove(value)
        else:
            self.restore_ids.append(value)
        self.not_held.takeItem(self.not_held.row(item))
        self._update()

    # -- live view -----------------------------------------------------------------
    def _update(self) -> None:
        if self._loading:
            return
        form = self.form()
        pages = {"none": 0, "daily": 0, "yearly": 0, "weekly": 1, "monthly_day": 2,
                 "monthly_nth": 3, "monthly_last": 3, "custom": 4}
        self.details.setCurrentIndex(pages[form.repeat])
        self.ordinal.setVisible(form.repeat == "monthly_nth")
        simple = form.repeat not in ("none", "custom")
        self.every_row.setVisible(simple)
        units = {"daily": translate("RecurrenceEditor", "days"),
                 "weekly": translate("RecurrenceEditor", "weeks"),
                 "yearly": translate("RecurrenceEditor", "years")}
        self.unit.setText(units.get(form.repeat, translate("RecurrenceEditor", "months")))
        self.until.setEnabled(form.ends == "on")
        self.count.setEnabled(form.ends == "after")
        self._show_dates()
        self.changed.emit()

    def _show_dates(self) -> None:
        text, problem = self.rule_text(), self.problem()
        self.error.setText(problem or "")
        self.dates.clear()
        if problem or not text:
            self.summary.setText(
                "" if problem else translate("RecurrenceEditor", "Does not repeat")
            )
            return
        exdates = tuple(self.exdates)
        self.summary.setText(rs.summary(text, self.start, self.tz, exdates))
        for slot in rs.next_dates(text, self.start, 10, after=self.list_from, tz=self.tz,
                                   exdates=exdates):
            self.dates.addItem(moment_text(slot))

    def next_texts(self) -> list[str]:
        return [self.dates.item(i).text() for i in range(self.dates.count())]
