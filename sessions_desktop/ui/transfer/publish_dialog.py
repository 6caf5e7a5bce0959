"""File > Publish feeds for phones: where the feeds go and whether they hold personal
information. Returns the choice; the caller saves it (``services.publish``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.ui.common.file_places import FilePlaces
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

EXPLANATION = QT_TRANSLATE_NOOP(
    "PublishDialog",
    "Sessions Desktop keeps one calendar file per staff member, and one for the whole "
    "business, in this folder, and rewrites them after every change. Put the folder in a "
    "synced folder (Nextcloud, Dropbox, iCloud Drive, ...) and subscribe to a file's link on "
    "a phone: the phone then shows that person's sessions. Working hours and time off are "
    "left out.",
)


@dataclass(frozen=True, slots=True)
class PublishChoice:
    folder: str | None          # None: do not publish
    include_pi: bool = False


class PublishDialog(QDialog):
    def __init__(self, folder: str | None, include_pi: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PublishDialog", "Publish feeds for phones"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(translate("PublishDialog", EXPLANATION))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.enabled = QCheckBox(translate("PublishDialog", "Publish the feeds into this folder:"))
        self.enabled.setChecked(bool(folder))
        layout.addWidget(self.enabled)
        row = QHBoxLayout()
        self.folder = QLineEdit(folder or "")
        self.folder.setPlaceholderText(
            translate("PublishDialog", "A folder, e.g. ~/Nextcloud/Studio feeds"))
        self.browse = QPushButton(translate("PublishDialog", "Choose…"))
        self.browse.clicked.connect(self._choose)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.include_pi = QCheckBox(
            translate("PublishDialog", "Include personal information (participants, location)"))
        self.include_pi.setChecked(include_pi)
        layout.addWidget(self.include_pi)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.enabled.toggled.connect(self._update)
        self.folder.textChanged.connect(self._update)
        self._update()

    def _choose(self) -> None:
        start = self.folder.text() or str(FilePlaces.of(self.parentWidget()).folder("feeds"))
        chosen = QFileDialog.getExistingDirectory(
            self, translate("PublishDialog", "Publish feeds into"), start)
        if chosen:
            self.folder.setText(chosen)
            self.enabled.setChecked(True)

    def _update(self, *_: object) -> None:
        on = self.enabled.isChecked()
        for widget in (self.folder, self.browse, self.include_pi):
            widget.setEnabled(on)
        problem = ""
        text = self.folder.text().strip()
        if on and not text:
            problem = translate("PublishDialog", "Choose a folder.")
        elif on and not Path(text).expanduser().is_absolute():
            problem = translate("PublishDialog", "Give the whole path of the folder.")
        elif on and Path(text).expanduser().is_file():
            problem = translate("PublishDialog", "That is a file, not a folder.")
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)

    def choice(self) -> PublishChoice:
        if not self.enabled.isChecked():
            return PublishChoice(None, False)
        return PublishChoice(str(Path(self.folder.text().strip()).expanduser()),
                             self.include_pi.isChecked())
