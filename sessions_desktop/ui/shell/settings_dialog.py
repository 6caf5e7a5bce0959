"""The Settings dialog. Every change is announced at once by a signal; the caller applies and
saves it (a dialog never writes to the database itself), so there is no OK button to forget."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import available_timezones

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.presentation.themes import THEME_LABELS, THEMES
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.shell.language_settings import LanguageBox
from sessions_desktop.ui.shell.preferences import SNAPS, Preferences


def _hours(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox(minimum=low, maximum=high, value=value, suffix=":00")
    box.setAccelerated(True)
    return box


def _pair(first: QWidget, second: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first)
    row.addWidget(QLabel(translate("SettingsDialog", "to")))
    row.addWidget(second)
    row.addStretch(1)
    return holder


class SettingsDialog(QDialog):
    preferences_changed = Signal(object)   # Preferences
    business_name_changed = Signal(str)
    zone_changed = Signal(str)
    backup_requested = Signal()
    open_folder_requested = Signal()
    switch_requested = Signal(str)   # another calendar: a file or postgresql:// URL

    def __init__(self, prefs: Preferences, business_name: str, zone: str, database: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setObjectName("settingsDialog")
        self.prefs = prefs
        self._zone = zone
        layout = QVBoxLayout(self)
        layout.addWidget(self._business_box(business_name, zone))
        layout.addWidget(self._calendar_box(prefs))
        self.language_box = LanguageBox(prefs.language, prefs.second_zone)
        layout.addWidget(self.language_box)
        layout.addWidget(self._reminders_box(prefs))
        layout.addWidget(self._database_box(database))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._connect()

    # -- building ------------------------------------------------------------------
    def _business_box(self, name: str, zone: str) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "Business"))
        form = QFormLayout(box)
        self.name = QLineEdit(
            name, placeholderText=translate("SettingsDialog", "e.g. Linden Movement Studio")
        )
        self.zone = QComboBox(editable=True)
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setCurrentText(zone)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone_note = QLabel()
        self.zone_note.setObjectName("zoneNote")
        form.addRow(translate("SettingsDialog", "Business name"), self.name)
        form.addRow(translate("SettingsDialog", "Time zone"), self.zone)
        form.addRow("", self.zone_note)
        return box

    def _calendar_box(self, prefs: Preferences) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "Calendar"))
        form = QFormLayout(box)
        self.first_day = QComboBox()
        locale = QLocale()
        for day in range(7):
            self.first_day.addItem(locale.standaloneDayName(day + 1), day)
        self.first_day.setCurrentIndex(prefs.first_day_of_week)
        self.visible_start = _hours(0, 23, prefs.visible_start)
        self.visible_end = _hours(1, 24, prefs.visible_end)
        self.work_start = _hours(0, 23, prefs.work_start)
        self.work_end = _hours(1, 24, prefs.work_end)
        self.duration = QSpinBox(
            minimum=5,
            maximum=480,
            singleStep=5,
            value=prefs.session_minutes,
            suffix=translate("SettingsDialog", " min"),
        )
        self.snap = QComboBox()
        for minutes in SNAPS:
            self.snap.addItem(
                translate("SettingsDialog", "{minutes} min").format(minutes=minutes), minutes)
        self.snap.setCurrentIndex(SNAPS.index(prefs.snap_minutes))
        self.theme = QComboBox()
        for theme in THEMES:
            self.theme.addItem(translate("Themes", THEME_LABELS[theme]), theme)
        self.theme.setCurrentIndex(THEMES.index(prefs.theme))
        form.addRow(translate("SettingsDialog", "First day of the week"), self.first_day)
        form.addRow(
            translate("SettingsDialog", "Visible hours"),
            _pair(self.visible_start, self.visible_end),
        )
        form.addRow(
            translate("SettingsDialog", "Default working hours"),
            _pair(self.work_start, self.work_end),
        )
        form.addRow(translate("SettingsDialog", "New sessions last"), self.duration)
        form.addRow(translate("SettingsDialog", "Snap times to"), self.snap)
        form.addRow(translate("SettingsDialog", "Theme"), self.theme)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b;")
        form.addRow("", self.problem)
        return box

    def _reminders_box(self, prefs: Preferences) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "Reminders"))
        column = QVBoxLayout(box)
        self.reminders = QCheckBox(
            translate("SettingsDialog", "Show reminders as desktop notifications"),
                                   objectName="showReminders")
        self.reminders.setChecked(prefs.reminders)
        self.quit_to_tray = QCheckBox(
            translate("SettingsDialog", "Closing the window keeps Sessions Desktop running in the "
                                        "tray"), objectName="quitToTray")
        self.quit_to_tray.setChecked(prefs.quit_to_tray)
        column.addWidget(self.reminders)
        column.addWidget(self.quit_to_tray)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.quit_to_tray.setEnabled(False)
            note = QLabel(
                translate("SettingsDialog", "This desktop has no system tray, so closing the "
                                            "window quits."),
                          objectName="noTray", wordWrap=True)
            column.addWidget(note)
        return box

    def _database_box(self, database: str) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "Database"))
        column = QVBoxLayout(box)
        self.path = QLineEdit(database, readOnly=True)
        self.path.setCursorPosition(0)
        column.addWidget(self.path)
        row = QHBoxLayout()
        self.open_folder = QPushButton(translate("SettingsDialog", "Open folder"))
        self.backup = QPushButton(translate("SettingsDialog", "Back up now"))
        row.addWidget(self.open_folder)
        row.addWidget(self.backup)
        row.addStretch(1)
        column.addLayout(row)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("backupStatus")
        column.addWidget(self.status)
        other = QHBoxLayout()
        self.other = QLineEdit(placeholderText=translate("SettingsDialog", "Another calendar: a "
                                                                           "file, or postgresql://user@host:5432/dbname"))
        self.other.setObjectName("otherDatabase")
        self.switch = QPushButton(translate("SettingsDialog", "Open"))
        self.switch.clicked.connect(lambda: self.switch_requested.emit(self.other.text()))
        self.other.returnPressed.connect(self.switch.click)
        other.addWidget(self.other, 1)
        other.addWidget(self.switch)
        column.addLayout(other)
        return box

    def _connect(self) -> None:
        for box in (self.visible_start, self.visible_end, self.work_start, self.work_end,
                    self.duration):
            box.valueChanged.connect(self._changed)
        for combo in (self.first_day, self.snap, self.theme):
            combo.currentIndexChanged.connect(self._changed)
        for check in (self.reminders, self.quit_to_tray):
            check.toggled.connect(self._changed)
        self.language_box.language.currentIndexChanged.connect(self._changed)
        self.language_box.second_zone.currentTextChanged.connect(self._changed)
        self.name.editingFinished.connect(
            lambda: self.business_name_changed.emit(self.name.text().strip()))
        self.zone.currentTextChanged.connect(self._zone_typed)
        self.open_folder.clicked.connect(self.open_folder_requested)
        self.backup.clicked.connect(self.backup_requested)

    # -- reactions -----------------------------------------------------------------
    def current(self) -> Preferences:
        return replace(self.prefs, first_day_of_week=self.first_day.currentData(),
                       visible_start=self.visible_start.value(),
                       visible_end=self.visible_end.value(),
                       work_start=self.work_start.value(), work_end=self.work_end.value(),
                       session_minutes=self.duration.value(),
                       snap_minutes=self.snap.currentData(), theme=self.theme.currentData(),
                       reminders=self.reminders.isChecked(),
                       quit_to_tray=self.quit_to_tray.isChecked(),
                       language=self.language_box.chosen_language(),
                       second_zone=self.language_box.chosen_zone())

    def _changed(self) -> None:
        draft = self.current()
        problems = draft.problems()
        self.problem.setText("; ".join(problems).capitalize())
        if not problems:
            self.prefs = draft
            self.preferences_changed.emit(draft)

    def _zone_typed(self, text: str) -> None:
        if text == self._zone:
            return
        if self.zone.findText(text) < 0:
            self.zone_note.setText(translate("SettingsDialog", "Choose a time zone from the list."))
            return
        self._zone = text
        self.zone_note.setText(
            translate("SettingsDialog", "New sessions and the calendar use this zone."))
        self.zone_changed.emit(text)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
