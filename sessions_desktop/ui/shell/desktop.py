"""What makes the calendar window a desktop application: settings, backups, the welcome state,
Help, and replacing the window after a restore.

``DesktopFeatures(window)`` is created by the main window; it adds its actions to the File
menu and a Help menu, applies the saved preferences, and keeps the welcome panel in step with
the database. Questions go through replaceable callables (``choose_backup``, ``confirm``,
``inform``) so tests answer them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from sessions_desktop.errors import SessionsError
from sessions_desktop.services import backups as backup_service
from sessions_desktop.services.business import business_name, is_empty, set_business_name
from sessions_desktop.services.sample_business import load_sample_business
from sessions_desktop.ui.common.icons import app_icon
from sessions_desktop.ui.shell.about import AboutDialog
from sessions_desktop.ui.shell.backups_dialog import BackupsDialog, describe
from sessions_desktop.ui.shell.preferences import (
    Preferences,
    apply_preferences,
    load_preferences,
    save_preferences,
)
from sessions_desktop.ui.shell.settings_dialog import SettingsDialog
from sessions_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog
from sessions_desktop.ui.shell.welcome import WelcomePanel

log = logging.getLogger("sessions_desktop")
# Actions other parts of the window may provide; the welcome panel triggers the first found.
SCHEDULE_ACTIONS = ("schedules", "manage_schedules", "edit_schedules", "new_schedule")
IMPORT_ACTIONS = ("import_ics", "import_", "import_file", "import_calendar")


class DesktopFeatures(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.log_path: Path | None = None
        self.replaced: list[Callable[[object], None]] = []   # told about a new window
        self.choose_backup: Callable[[list], object] = self._ask_backup
        self.confirm: Callable[[str, str], bool] = self._ask_confirm
        self.inform: Callable[[str, str], None] = lambda title, text: QMessageBox.information(
            window, title, text)
        self.prefs = load_preferences(window.settings)
        window.setWindowIcon(app_icon())
        self.welcome = WelcomePanel(window.views)
        self.welcome.load_sample.connect(self.load_sample)
        self.welcome.create_schedule.connect(self.create_schedule)
        self.welcome.import_ics.connect(self.import_ics)
        self._build_actions()
        apply_preferences(window, self.prefs)
        window.controller.schedules_changed.connect(self.refresh)
        self.refresh()

    # -- menus -----------------------------------------------------------------------
    def _action(self, text: str, handler, keys=()) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(handler)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.settings_action = self._action("Settings…", self.open_settings,
                                            [QKeySequence.StandardKey.Preferences, "Ctrl+,"])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.backup_action = self._action("Back up now", self.back_up_now)
        self.restore_action = self._action("Restore from backup…", self.restore_from_backup)
        self.shortcuts_action = self._action("Keyboard shortcuts", self.show_shortcuts,
                                             ["Ctrl+/", "F1"])
        self.about_action = self._action("About Sessions Desktop", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        file_menu = self._menu("&File")
        if file_menu is not None:
            quit_action = getattr(self.window.acts, "quit", None)
            before = quit_action if quit_action in file_menu.actions() else None
            file_menu.insertActions(before, [self.backup_action, self.restore_action])
            file_menu.insertSeparator(before)
            file_menu.insertAction(before, self.settings_action)
            file_menu.insertSeparator(before)
        help_menu = self._menu("&Help") or self.window.menuBar().addMenu("&Help")
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def _menu(self, title: str) -> QMenu | None:
        for action in self.window.menuBar().actions():
            if action.menu() is not None and action.text() == title:
                return action.menu()
        return None

    # -- welcome ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the welcome panel while the database has no schedules; update the title."""
        self.welcome.set_shown(is_empty(self.services))
        name = business_name(self.services)
        self.window.setWindowTitle(f"{name} — Sessions Desktop" if name else "Sessions Desktop")

    def load_sample(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            load_sample_business(self.services)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.window.controller.refresh_schedules()
        self.window.controller.go_today()
        self.refresh()

    def action_holders(self) -> list:
        """Objects of the window that hold its QActions as attributes."""
        names = ("acts", "dialogs", "actions_")
        return [getattr(self.window, n) for n in names if hasattr(self.window, n)] + [self.window]

    def _trigger(self, names: tuple[str, ...]) -> bool:
        for holder in self.action_holders():
            for name in names:
                action = getattr(holder, name, None)
                if isinstance(action, QAction):
                    action.trigger()
                    return True
        return False

    def create_schedule(self) -> None:
        if not self._trigger(SCHEDULE_ACTIONS):
            self.inform("Create a schedule", "The schedules dialog is not in this build yet. "
                        "Load the sample business to look around, or create one on the command "
                        "line:\n\nsessions-desktop schedules --help")

    def import_ics(self) -> None:
        if not self._trigger(IMPORT_ACTIONS):
            self.inform("Import .ics", "Importing from the window is not in this build yet. "
                        "Use the command line:\n\nsessions-desktop import FILE.ics")

    # -- settings --------------------------------------------------------------------
    def settings_dialog(self) -> SettingsDialog:
        svc = self.services
        dialog = SettingsDialog(self.prefs, business_name(svc), svc.ctx.business_zone_name,
                                str(svc.path or "in-memory database"), self.window)
        dialog.preferences_changed.connect(self.set_preferences)
        dialog.business_name_changed.connect(self.set_business_name)
        dialog.zone_changed.connect(self.set_zone)
        dialog.backup_requested.connect(lambda: dialog.show_status(self.back_up_now(quiet=True)))
        dialog.open_folder_requested.connect(self.open_database_folder)
        dialog.backup.setEnabled(svc.path is not None)
        dialog.open_folder.setEnabled(svc.path is not None)
        return dialog

    def open_settings(self) -> None:
        self.settings_dialog().exec()

    def set_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        save_preferences(self.window.settings, prefs)
        apply_preferences(self.window, prefs)

    def set_business_name(self, name: str) -> None:
        if name != business_name(self.services):
            set_business_name(self.services, name)
            self.refresh()

    def set_zone(self, name: str) -> None:
        try:
            self.services.ctx.set_business_zone(name)
        except (SessionsError, ValueError, KeyError) as exc:
            self.inform("Time zone", f"{name} cannot be used: {exc}")
            return
        controller = self.window.controller
        controller.tz = self.services.ctx.business_zone
        controller.loader.invalidate(None)
        controller.period_changed.emit()
        controller.reload()

    def open_database_folder(self) -> None:
        if self.services.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.services.path).parent)))

    # -- backups ---------------------------------------------------------------------
    def back_up_now(self, quiet: bool = False) -> str:
        try:
            made = backup_service.backup_now(self.services)
        except (SessionsError, OSError) as exc:
            text = f"The backup failed: {exc}"
        else:
            text = f"Backed up to {made.path}"
        self.window.statusBar().showMessage(text, 10_000)
        log.info(text)
        if not quiet:
            self.inform("Back up now", text)
        return text

    def restore_from_backup(self) -> object | None:
        """Choose, confirm, back up what is there, restore, reopen. Returns the new window."""
        path = self.services.path
        if path is None:
            self.inform("Restore from backup", "An in-memory database has no backups.")
            return None
        chosen = self.choose_backup(backup_service.list_backups(path))
        if chosen is None or not self.confirm(
                "Restore from backup", f"Replace everything in the calendar with the backup "
                f"made {describe(chosen)}?\n\nWhat is there now is backed up first."):
            return None
        window = self.window
        window.save_state()
        window.controller.close()
        try:
            backup_service.restore_backup(self.services, chosen.path)
        except (SessionsError, OSError) as exc:
            log.exception("restore failed")
            self.services.close()
            self.inform("Restore from backup", f"The backup could not be restored: {exc}")
        return replace_window(window)

    def _ask_backup(self, backups: list):
        dialog = BackupsDialog(backups, str(backup_service.backup_folder()), self.window)
        return dialog.chosen() if dialog.exec() else None

    def _ask_confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.window, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # -- help ------------------------------------------------------------------------
    def show_about(self) -> None:
        self.about_dialog().exec()

    def about_dialog(self) -> AboutDialog:
        return AboutDialog(str(self.services.path or "in-memory database"),
                           str(self.log_path or "not logging"),
                           str(backup_service.backup_folder()), self.window)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.window).exec()


def replace_window(old: QWidget):
    """Open the database again in a new window that takes the old one's place."""
    services = type(old.services)(old.services.path, now=old.services.ctx.now)
    new = type(old)(services, old.settings)
    new.desktop.log_path = old.desktop.log_path
    new.desktop.replaced = old.desktop.replaced
    for listener in list(old.desktop.replaced):
        listener(new)
    new.show()
    old.close()
    return new
