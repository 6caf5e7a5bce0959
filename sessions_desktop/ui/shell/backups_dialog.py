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

REASONS = {"start": "at start", "manual": "backed up by you", "before-restore":
           "before a restore", "migration": "before an upgrade"}


def describe(backup) -> str:
    when = QLocale().toString(backup.made.astimezone(), QLocale.FormatType.LongFormat)
    size = f"{backup.size / 1024:,.0f} KB"
    return f"{when} — {REASONS.get(backup.reason, backup.reason)} — {size}"


class BackupsDialog(QDialog):
    """Lists backups; ``chosen()`` is the selected one after Restore."""

    def __init__(self, backups: list, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.setObjectName("backupsDialog")
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        intro = QLabel("Choose a backup to restore. What is in the calendar now is backed up "
                       f"first, so a restore can be undone the same way.<br><small>{folder}"
                       "</small>", wordWrap=True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for backup in backups:
            item = QListWidgetItem(describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if not backups:
            self.list.addItem("No backups yet. One is made each time Sessions Desktop starts.")
            self.list.setEnabled(False)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = buttons.addButton("Restore…", QDialogButtonBox.ButtonRole.AcceptRole)
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
