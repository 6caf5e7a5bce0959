"""Python's full garbage collection, moved from the middle of a step to a quiet moment.

A large business keeps tens of thousands of sessions alive (the loaded periods, the built
rows the services remember); a full collection walks all of them, 50-150 ms, and by default
it starts whenever enough new objects survived, which is usually in the middle of laying out
a week. The young generations still collect as usual (they are cheap); the full collection
waits until the window has shown nothing new for ``IDLE_MS``, so its pause falls between the
user's steps, not inside one.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

IDLE_MS = 1500
YOUNG = 10_000          # allocations before a young collection (default 700)
NEVER = 1 << 30         # the oldest generation's threshold: only ``collect`` below runs it


class IdleCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._saved = gc.get_threshold()
        gc.set_threshold(YOUNG, self._saved[1], NEVER)
        self._timer = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._timer.timeout.connect(self.collect)

    def busy(self) -> None:
        """Something was just shown: collect once the window is quiet again."""
        self._timer.start()

    def collect(self) -> None:
        gc.collect()

    def stop(self) -> None:
        """Back to Python's own schedule (the window closes)."""
        self._timer.stop()
        gc.set_threshold(*self._saved)
