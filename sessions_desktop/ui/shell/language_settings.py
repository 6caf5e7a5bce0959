"""Settings › Language and time: the window's language (the system's, English or Deutsch) and
an optional second time zone whose hours the day and week grids show beside the business's.

The language is read once, when the app starts (``ui.common.language``): the box says so
when the choice differs from the language the window speaks now.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QGroupBox, QLabel, QWidget

from sessions_desktop.ui.common import language
from sessions_desktop.ui.common.i18n import translate


class LanguageBox(QGroupBox):
    def __init__(self, chosen_language: str, second_zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("LanguageBox", "Language and time"), parent)
        self.started_with = chosen_language
        form = QFormLayout(self)
        self.language = QComboBox(objectName="language")
        for code, name in language.CHOICES:
            if code == "system":     # the language the system's locale gets: its catalogue's
                spoken = dict(language.CHOICES)[language.language_of(QLocale.system())]
                name = translate("LanguageBox", "System ({language})").format(language=spoken)
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language)))
        self.note = QLabel(objectName="languageNote", wordWrap=True)
        self.second_zone = QComboBox(objectName="secondZone", editable=True)
        self.second_zone.addItem(translate("LanguageBox", "None"), "")
        for zone in sorted(available_timezones()):
            self.second_zone.addItem(zone, zone)
        self.second_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.second_zone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.second_zone.completer().setCompletionMode(
            QCompleter.CompletionMode.PopupCompletion)
        self.second_zone.setCurrentIndex(max(0, self.second_zone.findData(second_zone)))
        self.second_zone.setToolTip(translate(
            "LanguageBox", "The day and week grids show this zone's hours in a second column."))
        form.addRow(translate("LanguageBox", "Language"), self.language)
        form.addRow("", self.note)
        self.note.hide()
        form.addRow(translate("LanguageBox", "Second time zone"), self.second_zone)
        self.language.currentIndexChanged.connect(self._language_changed)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_zone(self) -> str:
        """The zone picked or typed ("" for none, or for a name that is not a zone: the
        preferences then refuse it and say why)."""
        index = self.second_zone.findText(self.second_zone.currentText())
        if index >= 0:
            return str(self.second_zone.itemData(index))
        return self.second_zone.currentText().strip()

    def _language_changed(self) -> None:
        later = self.chosen_language() != self.started_with
        self.note.setText(translate(
            "LanguageBox", "Takes effect the next time Sessions Desktop starts.") if later else "")
        self.note.setVisible(later)
