"""File > Settings: the dialog, and applying what it changes at once (no OK to forget)."""

from __future__ import annotations

from collections.abc import Callable

from sessions_desktop.errors import SessionsError
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.shell.preferences import (
    Preferences,
    apply_preferences,
    load_preferences,
    save_preferences,
)
from sessions_desktop.ui.shell.settings_dialog import SettingsDialog


class SettingsActions:
    def __init__(self, window, inform: Callable[[str, str], None],
                 backups, on_renamed: Callable[[], None]) -> None:
        self.window = window
        self.services = window.services
        self.inform = inform
        self.backups = backups
        self.on_renamed = on_renamed
        self.prefs = load_preferences(window.settings)
        apply_preferences(window, self.prefs)

    def settings_dialog(self) -> SettingsDialog:
        svc = self.services
        dialog = SettingsDialog(self.prefs, svc.business_name(), svc.business_zone_name,
                                svc.location, self.window)
        dialog.preferences_changed.connect(self.set_preferences)
        dialog.business_name_changed.connect(self.set_business_name)
        dialog.zone_changed.connect(self.set_zone)
        dialog.backup_requested.connect(
            lambda: dialog.show_status(self.backups.back_up_now(quiet=True)))
        dialog.open_folder_requested.connect(self.backups.open_database_folder)
        dialog.switch_requested.connect(lambda text: self.switch_database(dialog, text))
        dialog.backup.setEnabled(svc.path is not None)
        dialog.open_folder.setEnabled(svc.path is not None)
        return dialog

    def switch_database(self, dialog: SettingsDialog, text: str) -> None:
        from sessions_desktop.ui.shell.database_switch import switch_database

        problem = switch_database(self.window, text)
        if problem:
            dialog.show_status(problem)
        else:
            dialog.accept()

    def open_settings(self) -> None:
        self.settings_dialog().exec()

    def set_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        save_preferences(self.window.settings, prefs)
        apply_preferences(self.window, prefs)

    def set_business_name(self, name: str) -> None:
        if name != self.services.business_name():
            self.services.set_business_name(name)
            self.on_renamed()

    def set_zone(self, name: str) -> None:
        try:
            self.services.set_business_zone(name)
        except (SessionsError, ValueError, KeyError) as exc:
            self.inform(
                translate("SettingsActions", "Time zone"),
                translate("SettingsActions", "{name} cannot be used: {exc}").format(
                    name=name, exc=exc
                ),
            )
            return
        controller = self.window.controller
        controller.tz = self.services.business_zone
        controller.loader.invalidate(None)
        controller.period_changed.emit()
        controller.reload()
