"""File › Print… and File › Export PDF…, added to the window's File menu (after the iCalendar
export) by one line in the main window.

The window is read, not imported: its current view widget (``views.current_page()``, so a view
added later prints the same way), the period title, the name of the view's action, the
selected session and the day the calendar is on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from sessions_desktop.presentation.formatting import one_line
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.menus import FILE, find_menu
from sessions_desktop.ui.common.texts import date_text, time_text

if TYPE_CHECKING:   # the dialog (and the paper layouts it brings) is loaded on first use
    from sessions_desktop.ui.printing.print_dialog import PrintDialog, PrintSource


class PrintActions:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.run: Callable[[QDialog], int] = lambda dialog: dialog.exec()   # tests replace it
        self.print_action = QAction(translate("PrintActions", "Print…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.pdf_action = QAction(translate("PrintActions", "Export PDF…"), window)
        self.pdf_action.setShortcut("Ctrl+Shift+P")
        for action in (self.print_action, self.pdf_action):
            window.addAction(action)
        self.print_action.triggered.connect(lambda: self.open(save_first=False))
        self.pdf_action.triggered.connect(lambda: self.open(save_first=True))
        self._add_to_file_menu()

    def _add_to_file_menu(self) -> None:
        menu = find_menu(self.window, FILE)
        if menu is None:
            return
        actions = menu.actions()
        after = getattr(getattr(self.window, "acts", None), "export_ics", None)
        index = actions.index(after) + 1 if after in actions else len(actions)
        before = actions[index] if index < len(actions) else None
        menu.insertSeparator(before)
        menu.insertActions(before, [self.print_action, self.pdf_action])

    def source(self) -> PrintSource:
        from sessions_desktop.ui.printing.print_dialog import PrintSource

        return PrintSource(self._view, self._selected, self._day)

    def _view(self) -> tuple[QWidget, str, str]:
        w = self.window
        kind = w.controller.kind
        action = getattr(w.acts, "views", {}).get(kind)
        name = action.text().replace("&", "") if action is not None else str(kind.value)
        return w.views.current_page(), w.period_label.text(), name

    def _selected(self) -> tuple[str, str] | None:
        session = self.window.controller.selected_session()
        if session is None or session.is_cancelled:
            return None
        tz = self.window.controller.tz
        start = session.start.astimezone(tz)
        text = translate("PrintActions", "{value}, {date_text} {time_text}").format(
            value=one_line(session.title) or "Session",
            date_text=date_text(start.date()),
            time_text=time_text(start),
        )
        return session.id, text

    def _day(self) -> date:
        return self.window.controller.anchor

    @property
    def reports(self):
        """The report service, made when something is first printed (not at start)."""
        return self.window.services.reports

    def dialog(self, save_first: bool = False) -> PrintDialog:
        from sessions_desktop.ui.printing.print_dialog import PrintDialog

        return PrintDialog(self.reports, self.source(), save_first, self.window)

    def open(self, save_first: bool = False) -> PrintDialog:
        dialog = self.dialog(save_first)
        self.run(dialog)
        return dialog

