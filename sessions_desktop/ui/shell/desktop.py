"""What makes the calendar window a desktop application: the File and Help menu items, the
welcome state and the title.

``DesktopFeatures(window)`` is created by the main window; it adds its actions to the File
menu and a Help menu and keeps the welcome panel in step with the database. Settings live in
``settings_actions``, backups and restore in ``backup_actions``. Messages go through the
replaceable ``inform`` so tests answer them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMessageBox

from sessions_desktop.names import APP_NAME
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.icons import app_icon
from sessions_desktop.ui.common.menus import FILE, HELP, find_menu, menu_for
from sessions_desktop.ui.shell.about import AboutDialog
from sessions_desktop.ui.shell.backup_actions import BackupActions
from sessions_desktop.ui.shell.read_only import window_title
from sessions_desktop.ui.shell.settings_actions import SettingsActions
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
        self.inform: Callable[[str, str], None] = lambda title, text: QMessageBox.information(
            window, title, text)
        window.setWindowIcon(app_icon())
        self.backups = BackupActions(window, lambda title, text: self.inform(title, text))
        self.settings = SettingsActions(window, lambda title, text: self.inform(title, text),
                                        self.backups, self.refresh)
        self.welcome = WelcomePanel(window.views)
        self.welcome.load_sample.connect(self.load_sample)
        self.welcome.create_schedule.connect(self.create_schedule)
        self.welcome.import_ics.connect(self.import_ics)
        self._build_actions()
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
        self.settings_action = self._action(
            translate("DesktopFeatures", "Settings…"), self.settings.open_settings,
                                            [QKeySequence.StandardKey.Preferences, "Ctrl+,"])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.backup_action = self._action(
            translate("DesktopFeatures", "Back up now"), self.backups.back_up_now)
        self.restore_action = self._action(translate("DesktopFeatures", "Restore from backup…"),
                                           self.backups.restore_from_backup)
        self.shortcuts_action = self._action(
            translate("DesktopFeatures", "Keyboard shortcuts"), self.show_shortcuts,
                                             ["Ctrl+/", "F1"])
        self.about_action = self._action(
            translate("DesktopFeatures", "About {APP_NAME}").format(APP_NAME=APP_NAME),
            self.show_about,
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        file_menu = find_menu(self.window, FILE)
        if file_menu is not None:
            quit_action = getattr(self.window.acts, "quit", None)
            before = quit_action if quit_action in file_menu.actions() else None
            file_menu.insertActions(before, [self.backup_action, self.restore_action])
            file_menu.insertSeparator(before)
            file_menu.insertAction(before, self.settings_action)
            file_menu.insertSeparator(before)
        help_menu = menu_for(self.window, HELP, translate("DesktopFeatures", "&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])


    # -- welcome ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the welcome panel while the database has no schedules; update the title."""
        self.welcome.set_shown(self.services.is_empty())
        name = self.services.business_name()
        self.window.setWindowTitle(window_title(name, self.services.read_only))

    def load_sample(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.services.load_sample_business()
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
            self.inform(
                translate("DesktopFeatures", "Create a schedule"),
                translate(
                    "DesktopFeatures",
                    "The schedules dialog is not in this build yet. "
                    "Load the sample business to look around, or create one on the command "
                    "line:\n\nsessions-desktop schedules --help",
                ),
            )

    def import_ics(self) -> None:
        if not self._trigger(IMPORT_ACTIONS):
            self.inform(
                translate("DesktopFeatures", "Import .ics"),
                translate(
                    "DesktopFeatures",
                    "Importing from the window is not in this build "
                    "yet. Use the command line:\n\nsessions-desktop import FILE.ics",
                ),
            )

    # -- help ------------------------------------------------------------------------
    def show_about(self) -> None:
        self.about_dialog().exec()

    def about_dialog(self) -> AboutDialog:
        return AboutDialog(self.services.location,
                           str(self.log_path or translate("DesktopFeatures", "not logging")),
                           str(self.services.backups.folder()), self.window)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.window).exec()
