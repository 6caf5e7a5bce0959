"""The main window: toolbar, sidebar, the calendar views and a status bar, wired together.

Everything with state lives elsewhere: the controller (period, visibility, selection, loading),
``SessionActions`` (gestures to writes), ``Operations`` (writes, errors, undo). This module only
connects them and remembers the window between runs (QSettings).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from sessions_desktop.names import APP_NAME, APP_ORGANISATION
from sessions_desktop.presentation.navigation import ViewKind
from sessions_desktop.presentation.titles import period_title
from sessions_desktop.services.api import ServicesApi
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import locale_names
from sessions_desktop.ui.shell.conflicts import ConflictResolver
from sessions_desktop.ui.shell.controller import CalendarController
from sessions_desktop.ui.shell.live_refresh import LiveRefresh
from sessions_desktop.ui.shell.operations import Operations
from sessions_desktop.ui.shell.session_actions import SessionActions
from sessions_desktop.ui.shell.sidebar import Sidebar
from sessions_desktop.ui.shell.view_stack import ViewStack
from sessions_desktop.ui.shell.window_actions import WindowActions

# The parts built by ``build_features``: menus and tools beyond the calendar itself.
FEATURE_PARTS = ("dialogs", "resource_menus", "desktop", "printing", "reporting", "flow",
                 "reminders")
FEATURES_LATEST_MS = 1000   # built then at the latest when no first period shows (a failed read)


class MainWindow(QMainWindow):
    """``features_later``: the calendar is shown first and the rest of the window (its
    dialogs, print, reports, reminders, Settings, keyboard moves) is built just after the first
    period is painted, so a start shows the week about a fifth sooner. Asking for any of those
    parts before then builds them at once."""

    def __init__(self, services: ServicesApi, settings: QSettings | None = None, *,
                 features_later: bool = False) -> None:
        super().__init__()
        self._features_pending = True
        self._after_features: list[Callable[[MainWindow], Any]] = []
        self.services = services
        self.settings = settings or QSettings(APP_ORGANISATION, APP_NAME)
        self.quitting = False    # File › Quit (or a new calendar): close for good, not to the tray
        self.setWindowTitle(APP_NAME)
        self.controller = CalendarController(services, self._first_weekday(), self)
        self.ops = Operations(services, self)
        self.actions_ = SessionActions(self.controller, self.ops, self)
        self.views = ViewStack(self.controller)
        self.setCentralWidget(self.views)
        self.sidebar = Sidebar()
        self._build_chrome()
        self.live = LiveRefresh(services, self.controller, self.statusBar(), self)
        self.ops.on_conflict = ConflictResolver(services, self.controller, self)
        self._wire()
        self._restore()
        self.controller.refresh_schedules()
        self._period_changed()
        self.controller.reload()
        if features_later:
            self.controller.data_changed.connect(self._first_data)
            QTimer.singleShot(FEATURES_LATEST_MS, self, self.build_features)
        else:
            self.build_features()

    def build_features(self) -> None:
        """Everything beyond the calendar; once (later calls do nothing)."""
        if not self._features_pending:
            return
        self._features_pending = False
        from sessions_desktop.ui.printing.print_actions import PrintActions
        from sessions_desktop.ui.reminders.features import ReminderFeatures
        from sessions_desktop.ui.reports.report_actions import ReportActions
        from sessions_desktop.ui.shell.desktop import DesktopFeatures
        from sessions_desktop.ui.shell.dialog_actions import DialogActions
        from sessions_desktop.ui.shell.flow_actions import FlowActions
        from sessions_desktop.ui.shell.read_only import apply_read_only
        from sessions_desktop.ui.shell.resource_menus import ResourceMenus

        self.dialogs = DialogActions(self)  # Schedules, Find a free slot, Search
        self.resource_menus = ResourceMenus(self)  # show only, columns, cancelled, closing
        self.desktop = DesktopFeatures(self)  # settings, backups, welcome, Help (ui/desktop.py)
        self.printing = PrintActions(self)    # File > Print…, Export PDF… (ui/printing)
        self.reporting = ReportActions(self)  # Tools > Reports… (ui/reports)
        self.flow = FlowActions(self)  # status-bar Undo, keyboard moves, clipboard, Ctrl+G
        self.reminders = ReminderFeatures(self)  # notifications and the tray (ui/reminders)
        apply_read_only(self)  # "read-only" in the title bar, write actions off
        hooks, self._after_features = self._after_features, []
        for hook in hooks:
            hook(self)
        # the start's allocations (the window, its first period, these features) are walked
        # now, with the rest of the work after the first paint, not inside a first step
        self.controller.collector.collect_young()

    def when_built(self, hook: Callable[[MainWindow], Any]) -> None:
        """Run ``hook(window)`` once the features exist (now, if they do)."""
        if self._features_pending:
            self._after_features.append(hook)
        else:
            hook(self)

    def __getattr__(self, name: str) -> Any:
        """A feature asked for before ``build_features`` ran (a shortcut in the first
        moments, a test) builds them at once."""
        if name in FEATURE_PARTS and self.__dict__.get("_features_pending"):
            self.build_features()
            return self.__dict__[name]
        raise AttributeError(name)

    def _first_data(self) -> None:
        """The first period is loaded and its paint is queued: build the rest after it."""
        self.controller.data_changed.disconnect(self._first_data)
        _AfterFirstPaint(self, self.build_features)

    def _first_weekday(self) -> int | None:
        value = self.settings.value("first_day_of_week")
        return int(value) if value not in (None, "") else None

    # -- building --------------------------------------------------------------------
    def _build_chrome(self) -> None:
        stack = self.ops.stack
        undo = stack.createUndoAction(self, translate("MainWindow", "Undo"))
        undo.setShortcut("Ctrl+Z")
        redo = stack.createRedoAction(self, translate("MainWindow", "Redo"))
        redo.setShortcuts(["Ctrl+Shift+Z", "Ctrl+Y"])
        self.addActions([undo, redo])
        self.acts = WindowActions(self, self.views, undo, redo)
        self.acts.build_menus(self)
        self.period_label, self.search = self.acts.build_toolbar(self)
        dock = QDockWidget(translate("MainWindow", "Calendars"), self)
        dock.setObjectName("sidebar")
        dock.setWidget(self.sidebar)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.sidebar.mini_month.set_first_weekday(self.controller.first_weekday)
        self.count_label, self.file_label = QLabel(), QLabel()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.file_label)
        self.file_label.setText(self.services.location)

    def _wire(self) -> None:
        c, a, acts = self.controller, self.actions_, self.acts
        acts.today.triggered.connect(c.go_today)
        acts.previous.triggered.connect(lambda: c.step(-1))
        acts.next.triggered.connect(lambda: c.step(1))
        acts.new.triggered.connect(a.create_at_next_free_hour)
        acts.quit.triggered.connect(self.quit)
        self._transfer = None
        acts.import_ics.triggered.connect(lambda: self.transfer.import_file())
        acts.export_ics.triggered.connect(lambda: self.transfer.export_file())
        acts.publish_feeds.triggered.connect(lambda: self.transfer.publish_settings())
        for kind, action in acts.views.items():
            action.triggered.connect(lambda _=False, k=kind: c.set_kind(k))
        acts.select_previous.triggered.connect(lambda: c.select_next(-1))
        acts.select_next.triggered.connect(lambda: c.select_next(1))
        for action, handler in ((acts.open, a.open), (acts.duplicate, a.duplicate),
                                (acts.cancel, a.cancel_session), (acts.delete, a.delete)):
            action.triggered.connect(lambda _=False, h=handler: self._on_selected(h))
        c.period_changed.connect(self._period_changed)
        c.data_changed.connect(self._data_changed)
        c.selection_changed.connect(self.views.show_selection)
        c.schedules_changed.connect(self._schedules_changed)
        c.load_failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.search.textChanged.connect(c.set_search)
        self.sidebar.mini_month.date_picked.connect(c.set_anchor)
        self.sidebar.schedules.visibility_changed.connect(c.set_hidden)
        v = self.views
        v.create_requested.connect(a.create)
        v.move_requested.connect(a.reschedule)
        v.open_requested.connect(a.open)
        v.context_requested.connect(self._context_menu)
        v.day_requested.connect(c.show_day)

    @property
    def transfer(self):
        """Import and export (``ui/transfer``), made on first use: the iCalendar library it
        brings takes a quarter of the start-up time."""
        if self._transfer is None:
            from sessions_desktop.ui.transfer.transfer_flow import TransferFlow

            self._transfer = TransferFlow(self.services, self.ops, self, self.controller.period)
        return self._transfer

    def _on_selected(self, handler) -> None:
        if self.controller.selected:
            handler(self.controller.selected)

    # -- reactions -------------------------------------------------------------------
    def _period_changed(self) -> None:
        c = self.controller
        self.period_label.setText(period_title(c.period(), locale_names()))
        self.acts.views[c.kind].setChecked(True)
        self.sidebar.mini_month.show_date(c.anchor)
        self.count_label.setText(translate("MainWindow", "Loading…"))

    def _data_changed(self) -> None:
        self.views.render()
        count = self.controller.shown_count()
        self.count_label.setText(
            translate("MainWindow", "Loading…") if count is None
            else translate("MainWindow", "1 session shown") if count == 1
             else translate("MainWindow", "{n:,} sessions shown").format(n=count)
        )

    def _schedules_changed(self) -> None:
        c = self.controller
        self.sidebar.show_schedules(list(c.schedules.values()), c.hidden, c.only)

    def _context_menu(self, key: str, where: QPoint) -> QMenu:
        self.controller.select(key)
        menu = QMenu(self)
        menu.addActions(self.resource_menus.context_actions(self.controller.find(key)))
        menu.popup(where)
        return menu

    # -- memory ----------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        kind = self.settings.value("view/kind", ViewKind.WEEK.value)
        self.controller.kind = ViewKind(kind) if kind in set(ViewKind) else ViewKind.WEEK
        saved = self.settings.value("view/date")
        if saved:
            with suppress(ValueError):
                self.controller.anchor = date.fromisoformat(str(saved))

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("view/kind", self.controller.kind.value)
        self.settings.setValue("view/date", self.controller.anchor.isoformat())
        self.settings.sync()

    def quit(self) -> None:
        self.quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        reminders = self.__dict__.get("reminders")   # none yet: closed before they were built
        if not self.quitting and reminders is not None and reminders.keeps_running():
            event.ignore()    # hidden; the tray icon stays (Settings: quit to the tray)
            return
        if reminders is not None:
            reminders.close()
        self.save_state()
        if self._transfer is not None:
            self._transfer.shutdown()   # a running import is cancelled (nothing written) first
        self.live.close()
        self.controller.close()
        super().closeEvent(event)


class _AfterFirstPaint(QObject):
    """Calls ``then`` once the window has painted (any of its widgets got a Paint event:
    one pass paints every dirty widget of the window) and the events queued by that paint,
    such as the start's 'painted' line, have run."""

    def __init__(self, window: QMainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.then = window, then
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \
                and watched.window() is self.window:
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self.then))
        return False
