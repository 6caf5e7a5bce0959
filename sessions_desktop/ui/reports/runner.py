"""Runs a report off the UI thread; the newest request wins.

A year of a big business takes about a second to read, which would freeze the window. Each
request bumps a generation; a result for an older one is dropped, so changing the period
twice quickly never shows the first answer last. An in-memory database lives on one
connection, so it is run at once instead (as the calendar's loader does).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], deliver: Callable[[object, float], None]):
        super().__init__()
        self._work, self._deliver = work, deliver

    def run(self) -> None:
        started = time.perf_counter()
        try:
            result: object = self._work()
        except Exception as exc:  # reported to the window, never lost in the thread
            result = exc
        self._deliver(result, time.perf_counter() - started)


class ReportRunner(QObject):
    finished = Signal(object, float)    # Report, seconds
    failed = Signal(object)             # the exception
    _arrived = Signal(int, object, float)

    def __init__(self, threaded: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threaded = threaded
        self._generation = 0
        self._pending = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._arrived.connect(self._on_arrived)

    @property
    def busy(self) -> bool:
        """The newest request has not answered yet."""
        return self._pending

    def request(self, work: Callable[[], object]) -> None:
        self._generation += 1
        generation = self._generation
        self._pending = True
        job = _Job(work, lambda result, seconds: self._arrived.emit(generation, result,
                                                                    seconds))
        if self.threaded:
            self._pool.start(job)
        else:
            job.run()

    def _on_arrived(self, generation: int, result: object, seconds: float) -> None:
        if generation != self._generation:
            return
        self._pending = False
        if isinstance(result, Exception):
            self.failed.emit(result)
        else:
            self.finished.emit(result, seconds)

    def shutdown(self) -> None:
        self._generation += 1
        self._pool.clear()
        self._pool.waitForDone()
