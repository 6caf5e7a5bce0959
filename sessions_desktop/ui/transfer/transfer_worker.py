"""Long file work (read, preview, import, export) on a worker thread, never on the UI thread.

A ``Task`` runs one service call on a thread of its own pool and reports back through queued
signals: ``progressed(done, total)`` while it runs, then ``succeeded(result, changes)`` or
``failed(error)``. ``progress`` is the callback the services take: it returns False once
``cancel()`` was called, and the service then stops and writes nothing.

Changes the call publishes are held on the worker thread (``ServiceContext.holding``) and
handed over with the result, so listeners (views, the undo stack) hear of them on the UI thread
only, and only when the call succeeded. An in-memory database lives on one connection, so there
the call runs at once on the calling thread (as the loader does).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from sessions_desktop.services.api import ServicesApi


class _Run(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._execute()


class Task(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object, object)      # result, held changes
    failed = Signal(object)                 # the exception

    def __init__(self, services: ServicesApi, call: Callable[[Task], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._call = call
        self._cancel = threading.Event()
        self.done = False
        self.finished_ok: bool | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.succeeded.connect(self._mark_done)
        self.failed.connect(self._mark_failed)

    @property
    def threaded(self) -> bool:
        return self._services.path is not None or getattr(self._services, "shared", False)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> None:
        if self.threaded:
            self._pool.start(_Run(self))
        else:
            self._execute()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int) -> bool:
        """The services' progress callback (called on the worker thread)."""
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def wait(self) -> None:
        self._pool.waitForDone()

    def _execute(self) -> None:
        try:
            with self._services.holding() as changes:
                result = self._call(self)
        except Exception as error:  # a worker reports every failure, it never dies silently
            self.failed.emit(error)
            return
        self.succeeded.emit(result, list(changes))

    def _mark_done(self, *_: object) -> None:
        self.done, self.finished_ok = True, True

    def _mark_failed(self, *_: object) -> None:
        self.done, self.finished_ok = True, False
