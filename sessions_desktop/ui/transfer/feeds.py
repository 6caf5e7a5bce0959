"""Feeds for phones in the window: after a change, once writes pause for a moment, the feeds
are rewritten on a worker (never on the UI thread); a change that comes meanwhile publishes
again when that run ends. A failure (the folder is gone) is said in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from sessions_desktop.services.api import ServicesApi
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.transfer.publish_dialog import PublishChoice, PublishDialog
from sessions_desktop.ui.transfer.transfer_worker import Task

PAUSE_MS = 1500      # writes closer together than this are published once


class FeedPublisher(QObject):
    def __init__(self, services: ServicesApi, window: QMainWindow) -> None:
        super().__init__(window)
        self.services, self.window = services, window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.publish_now)
        self.task: Task | None = None
        self.again = False
        self.dialog: PublishDialog | None = None
        self.last_result: list | Exception | None = None
        self._unsubscribe = services.subscribe(self._changed)

    @property
    def settings(self):
        return self.services.publish_settings()

    def _changed(self, change) -> None:
        del change
        if self.settings.on:
            self.timer.start()

    def publish_now(self) -> None:
        if self.task is not None and not self.task.done:
            self.again = True
            return
        self.again = False
        task = Task(self.services, lambda t: self.services.publish_feeds(progress=t.progress),
                    self)
        task.succeeded.connect(self._published)
        task.failed.connect(self._failed)
        self.task = task
        task.start()

    def _published(self, reports, _changes) -> None:
        self.last_result = reports
        if self.again:
            self.timer.start()

    def _failed(self, error: Exception) -> None:
        self.last_result = error
        self.window.statusBar().showMessage(
            translate("FeedPublisher", "The feeds for phones were not published: {error}").format(
                error=error
            ),
            15_000,
        )
        if self.again:
            self.timer.start()

    # -- the setting ---------------------------------------------------------------------
    def open_settings(self) -> None:
        current = self.settings
        dialog = PublishDialog(current.folder, current.include_pi, self.window)
        dialog.accepted.connect(lambda: self.apply(dialog.choice()))
        self.dialog = dialog
        dialog.open()

    def apply(self, choice: PublishChoice) -> None:
        try:
            self.services.set_publish_settings(choice.folder, include_pi=choice.include_pi)
        except Exception as error:  # shown, never raised into Qt
            self._failed(error)
            return
        if choice.folder:
            self.window.statusBar().showMessage(
                translate("FeedPublisher", "Publishing feeds for phones into {folder}.").format(
                    folder=choice.folder
                ),
                10_000,
            )
            self.publish_now()

    def shutdown(self) -> None:
        """The window closes: publish what is pending, then wait for the worker."""
        if self.timer.isActive():
            self.timer.stop()
            self.publish_now()
        if self.task is not None and not self.task.done:
            self.task.wait()
        self._unsubscribe()
