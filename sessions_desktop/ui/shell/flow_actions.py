"""Feedback and flow, built by one line of the main window: the status-bar word with an Undo
link after each change, moving and resizing by keyboard, copy, cut and paste, Go to date,
and the screen-reader names of the window's parts. Menus get their entries here, so the
main window stays a list of parts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.menus import EDIT, VIEW, find_menu
from sessions_desktop.ui.shell.clipboard_actions import ClipboardActions
from sessions_desktop.ui.shell.feedback import Feedback
from sessions_desktop.ui.shell.go_to_date import GoToDate
from sessions_desktop.ui.shell.keyboard_move import KeyboardMove


class FlowActions:
    def __init__(self, window: QMainWindow) -> None:
        w = window
        self.feedback = Feedback(w.ops.stack, w.statusBar(), w)
        w.actions_.feedback = self.feedback.say
        self.keyboard = KeyboardMove(w, w.controller, w.actions_, w.views, self._hint)
        self.clipboard = ClipboardActions(w, self.feedback.show)
        self.go_to = GoToDate(w, w.controller.set_anchor)
        self.go_to_date = QAction(translate("FlowActions", "Go to date…"), w)
        self.go_to_date.setShortcut(QKeySequence("Ctrl+G"))
        self.go_to_date.triggered.connect(lambda: self.go_to.open(w.controller.anchor))
        w.addAction(self.go_to_date)
        self._menus(w)
        self._names(w)
        self._start_in_the_calendar(w)
        if w.services.read_only:           # nothing to paste into, nothing to move
            for action in (self.clipboard.cut, self.clipboard.paste,
                           *self.keyboard.menu_actions):
                action.setEnabled(False)

    def _hint(self, text: str) -> None:
        self.feedback.show(text, "")

    def _menus(self, w: QMainWindow) -> None:
        edit, view = find_menu(w, EDIT), find_menu(w, VIEW)
        if edit is not None:
            existing = edit.actions()       # Undo, Redo, a line, Open, Duplicate, ...
            before = existing[3] if len(existing) > 3 else None
            edit.insertActions(before, [self.clipboard.cut, self.clipboard.copy,
                                        self.clipboard.paste])
            if before is not None:
                edit.insertSeparator(before)
            moves = edit.addMenu(translate("FlowActions", "Move or resize with the keyboard"))
            moves.addActions(self.keyboard.menu_actions)
        if view is not None:
            view.addAction(self.go_to_date)

    @staticmethod
    def _start_in_the_calendar(w: QMainWindow) -> None:
        """Keyboard focus starts in the calendar, so the first Tab selects a session (and
        arrows move the slot cursor) rather than wandering through the toolbar."""
        page = w.views.current_page()
        target = getattr(page, "grid_view", None) or getattr(page, "view", None) or page
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _names(w: QMainWindow) -> None:
        """What a screen reader calls the window's parts that show no text of their own."""
        w.views.setAccessibleName(translate("FlowActions", "Calendar"))
        w.views.month.setAccessibleName(translate("FlowActions", "Month"))
        w.views.agenda.setAccessibleName(translate("FlowActions", "Agenda"))
        w.views.resources.view.setAccessibleName(translate("FlowActions", "Staff and rooms"))
        w.views.resource_week.setAccessibleName(translate("FlowActions", "Staff week"))
        w.views.week.header.setAccessibleName(translate("FlowActions", "Days"))
        w.search.setAccessibleName(translate("FlowActions", "Search sessions"))
