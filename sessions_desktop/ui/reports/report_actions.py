"""Tools › Reports…, added to the window's Tools menu by one line in the main window. The
Reports window is one per main window: a second trigger brings it forward."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.menus import TOOLS, menu_for

if TYPE_CHECKING:   # the Reports window (charts, tables) is loaded when first opened
    from sessions_desktop.ui.reports.reports_window import ReportsWindow


class ReportActions:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.reports_window: ReportsWindow | None = None
        self.action = QAction(translate("ReportActions", "Reports…"), window)
        self.action.setShortcut("Ctrl+Shift+R")
        window.addAction(self.action)
        self.action.triggered.connect(self.open)
        menu = menu_for(window, TOOLS, translate("ReportActions", "&Tools"))
        menu.addSeparator()
        menu.addAction(self.action)

    def open(self) -> ReportsWindow:
        if self.reports_window is None:
            from sessions_desktop.ui.reports.reports_window import ReportsWindow

            w = self.window
            self.reports_window = ReportsWindow(
                w.services.reports, w.controller.today(), w.controller.first_weekday,
                threaded=w.services.path is not None, parent=w)
        self.reports_window.show()
        self.reports_window.raise_()
        self.reports_window.activateWindow()
        return self.reports_window

