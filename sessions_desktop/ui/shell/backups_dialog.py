"""File > Restore from backup: pick one of the database's backups (newest first)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

REASONS = {
    "start": QT_TRANSLATE_NOOP("BackupsDialog", "at start"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "backed up by you"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "before a restore"),
    "migration": QT_TRANSLATE_NOOP("BackupsDialog", "before an upgrade"),
}


def describe(backup) -> str:
    when = QLocale().toString(backup.made.astimezone(), QLocale.FormatType.LongFormat)
    size = translate("BackupsDialog", "{value:,.0f} KB").format(value=backup.size / 1024)
    return translate("BackupsDialog", "{when} — {get} — {size}").format(
        when=when,
        get=translate("BackupsDialog", REASONS.get(backup.reason, backup.reason)),
        size=size,
    )


class BackupsDialog(QDialog):
    """Lists backups; ``chosen()`` is the selected one after Restore."""

    def __init__(self, backups: list, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BackupsDialog", "Restore from backup"))
        self.setObjectName("backupsDialog")
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "BackupsDialog",
                "Choose a backup to restore. What is in the calendar now is "
                "backed up first, so a restore can be undone the same "
                "way.<br><small>{folder}</small>",
            ).format(folder=folder),
            wordWrap=True,
        )
        layout.addWidget(intro)
        self.list = QListWidget()
        for backup in backups:
            item = QListWidgetItem(describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if not backups:
            self.list.addItem(
                translate("BackupsDialog", "No backups yet. One is made each time Sessions Desktop "
                                           "starts."))
            self.list.setEnabled(False)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = buttons.addButton(
            translate("BackupsDialog", "Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda row: self.restore.setEnabled(
            bool(backups) and row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: backups and self.accept())
        if backups:
            self.list.setCurrentRow(0)

    def chosen(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
