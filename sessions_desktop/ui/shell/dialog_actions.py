"""The window's dialogs beyond the session editor: Schedules and staff, Find a free slot, and
the search results the toolbar box opens. Kept out of ``main_window`` (one line there builds
it) so the menus of other features stay independent."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.assign_check import for_new
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.menus import SCHEDULES, TOOLS, add_menu, menu_for
from sessions_desktop.ui.schedules.schedule_ops import ScheduleWriter

if TYPE_CHECKING:   # the dialogs are imported when first opened, not at the window's start
    from sessions_desktop.ui.schedules.schedules_dialog import SchedulesDialog
    from sessions_desktop.ui.tools.search_panel import SearchPanel
    from sessions_desktop.ui.tools.slot_finder import SlotFinder


class DialogActions:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.services, self.controller = window.services, window.controller
        self.writer = ScheduleWriter(window.ops)
        # replaceable in tests: run a dialog and say whether it was accepted
        self.run: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.schedules = QAction(
            translate("DialogActions", "Services and staff…"), window, shortcut="Ctrl+Shift+S")
        self.find_slot = QAction(
            translate("DialogActions", "Find a free slot…"), window, shortcut="Ctrl+Shift+F")
        self.search = QAction(translate("DialogActions", "Search…"), window, shortcut="Ctrl+F")
        menu = add_menu(window, SCHEDULES, translate("DialogActions", "&Schedules"))
        menu.addAction(self.schedules)
        tools = menu_for(window, TOOLS, translate("DialogActions", "&Tools"))
        tools.addActions([self.find_slot, self.search])
        for action in (self.schedules, self.find_slot, self.search):
            window.addAction(action)
        self.schedules.triggered.connect(self.open_schedules)
        self.find_slot.triggered.connect(self.open_slot_finder)
        self.search.triggered.connect(lambda: self.open_search(window.search.text()))
        window.search.returnPressed.connect(lambda: self.open_search(window.search.text()))

    def open_schedules(self) -> SchedulesDialog:
        from sessions_desktop.ui.schedules.schedules_dialog import SchedulesDialog

        dialog = SchedulesDialog(self.services, self.writer, self.window)
        self.run(dialog)
        return dialog

    def slot_finder(self) -> SlotFinder:
        from sessions_desktop.ui.tools.slot_finder import SlotFinder

        active = [s for s in self.services.schedules.list_schedules()]
        return SlotFinder(self.services, sorted(active, key=lambda s: (not s.is_service,
                                                                       s.name.casefold())),
                          self.controller.today(), self.window)

    def open_slot_finder(self) -> Session | None:
        dialog = self.slot_finder()
        if self.run(dialog) != QDialog.DialogCode.Accepted or dialog.draft is None:
            return None
        actions = self.window.actions_
        if not actions.assignment_ok(for_new(dialog.draft, self.controller.schedules)):
            return None
        created = self.window.ops.call(translate("DialogActions", "New session"),
                                       self.services.sessions.create_session, dialog.draft)
        if created is not None:
            self.jump(created)
        return created

    def open_search(self, text: str = "") -> SearchPanel:
        from sessions_desktop.ui.tools.search_panel import SearchPanel

        panel = SearchPanel(self.services, self.controller.today(), self.jump, self.window)
        panel.text.setText(text)
        if text.strip():
            panel.search()
        panel.show()
        return panel

    def jump(self, session: Session) -> None:
        """Show the session's day in the calendar and select it."""
        self.controller.set_anchor(session.start.astimezone(self.controller.tz).date())
        self.controller.select(session.id)
