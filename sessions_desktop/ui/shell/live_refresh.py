"""The window's side of live refresh and of a server that comes and goes.

Change records other desks wrote arrive from the services' ``ChangeFeed`` thread and are
published on the UI thread to this window's own listeners: the controller reloads only when a
change reaches the period shown (and the schedules when they changed). While the server is
away a status-bar label says so, the last loaded view stays on screen, and writes are refused
by the database with a clear message; when it is back everything shown is loaded again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from sessions_desktop.services.api import ServicesApi
from sessions_desktop.ui.common.i18n import translate

ONLINE_STYLE = ""
OFFLINE_STYLE = "QLabel { color: white; background: #b03a2e; padding: 1px 6px; }"


class LiveRefresh(QObject):
    changes_arrived = Signal(object)      # list[ChangeRecord], from the feed's thread
    status_changed = Signal(bool, str)    # online, message

    def __init__(self, services: ServicesApi, controller, status_bar: QStatusBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services, self.controller = services, controller
        self.online = True
        self.label = QLabel()
        self.label.setObjectName("connectionStatus")
        status_bar.addPermanentWidget(self.label)
        self._status_bar = status_bar
        self.changes_arrived.connect(self._publish)
        self.status_changed.connect(self._show_status)
        self._show_status(True, "")
        self.feed = services.change_feed(self.changes_arrived.emit, self.status_changed.emit)
        self.feed.start()

    def _publish(self, changes: list) -> None:
        self.feed.publish(changes)   # on the UI thread, to this window's listeners

    def _show_status(self, online: bool, message: str) -> None:
        was_online, self.online = self.online, online
        shared = getattr(self.services, "shared", False)
        if online:
            self.label.setText(
                translate("LiveRefresh", "Shared calendar: connected") if shared else "")
            self.label.setToolTip(
                translate("LiveRefresh", "Changes made at other desks appear here within a second.")
                                  if shared else "")
            self.label.setStyleSheet(ONLINE_STYLE)
            self.label.setVisible(shared)
            if not was_online:
                self._status_bar.showMessage(
                    translate("LiveRefresh", "Connected to the database server again; the calendar "
                                             "was reloaded."), 10_000)
                self._reload_everything()
            return
        self.label.setText(translate("LiveRefresh", "Offline: cannot reach the database server"))
        self.label.setToolTip(
            translate(
                "LiveRefresh",
                "{message}.\nThe calendar shows what was last loaded; changes "
                "are refused until the server is back. Reconnecting by itself.",
            ).format(message=message)
        )
        self.label.setStyleSheet(OFFLINE_STYLE)
        self.label.setVisible(True)
        self._status_bar.showMessage(
            translate("LiveRefresh", "Showing the last loaded view; changes wait for the server."),
            15_000,
        )

    def _reload_everything(self) -> None:
        """Whatever was missed while away: forget cached weeks, reload schedules and view."""
        self.controller.loader.invalidate(None)
        try:
            self.controller.refresh_schedules()
        except Exception as exc:   # gone again already: the next status change tells
            self._status_bar.showMessage(str(exc), 10_000)
            return
        self.controller.reload()

    def close(self) -> None:
        self.feed.stop()
