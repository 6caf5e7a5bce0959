"""File > Back up now and Restore from backup, and reopening the window on a restored file.

Questions go through replaceable callables (``choose_backup``, ``confirm``, ``inform``) so
tests answer them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from sessions_desktop.errors import SessionsError
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.shell.backups_dialog import BackupsDialog, describe

log = logging.getLogger("sessions_desktop")


class BackupActions:
    def __init__(self, window, inform: Callable[[str, str], None]) -> None:
        self.window = window
        self.services = window.services
        self.inform = inform
        self.choose_backup: Callable[[list], object] = self._ask_backup
        self.confirm: Callable[[str, str], bool] = self._ask_confirm

    def open_database_folder(self) -> None:
        if self.services.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.services.path).parent)))

    def back_up_now(self, quiet: bool = False) -> str:
        try:
            made = self.services.backups.back_up_now()
        except (SessionsError, OSError) as exc:
            text = translate("BackupActions", "The backup failed: {exc}").format(exc=exc)
        else:
            text = translate("BackupActions", "Backed up to {path}").format(path=made.path)
        self.window.statusBar().showMessage(text, 10_000)
        log.info(text)
        if not quiet:
            self.inform(translate("BackupActions", "Back up now"), text)
        return text

    def restore_from_backup(self) -> object | None:
        """Choose, confirm, back up what is there, restore, reopen. Returns the new window."""
        path = self.services.path
        if path is None:
            self.inform(
                translate("BackupActions", "Restore from backup"),
                translate(
                    "BackupActions",
                    "A calendar on a database server is restored with pg_restore (see the README).",
                )
                if self.services.shared
                else translate("BackupActions", "An in-memory database has no backups."),
            )
            return None
        chosen = self.choose_backup(self.services.backups.list())
        if chosen is None or not self.confirm(
            translate("BackupActions", "Restore from backup"),
            translate(
                "BackupActions",
                "Replace everything in the calendar with the backup "
                "made {describe}?\n\nWhat is there now is backed up first.",
            ).format(describe=describe(chosen)),
        ):
            return None
        window = self.window
        window.save_state()
        window.controller.close()
        window.reminders.close()
        try:
            self.services.backups.restore(chosen.path)
        except (SessionsError, OSError) as exc:
            log.exception("restore failed")
            self.services.close()
            self.inform(
                translate("BackupActions", "Restore from backup"),
                translate("BackupActions", "The backup could not be restored: {exc}").format(
                    exc=exc
                ),
            )
        return replace_window(window)

    def _ask_backup(self, backups: list):
        dialog = BackupsDialog(backups, str(self.services.backups.folder()), self.window)
        return dialog.chosen() if dialog.exec() else None

    def _ask_confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.window, title, text)
        return answer == QMessageBox.StandardButton.Yes


def replace_window(old: QWidget, services=None):
    """A new window on ``services`` (by default the same calendar opened again) takes the
    old one's place."""
    if services is None:
        services = type(old.services)(old.services.opened_with, now=old.services.now)
    new = type(old)(services, old.settings)
    new.desktop.log_path = old.desktop.log_path
    new.desktop.replaced = old.desktop.replaced
    for listener in list(old.desktop.replaced):
        listener(new)
    new.show()
    old.quitting = True          # closed for good, never to the tray
    old.close()
    return new
