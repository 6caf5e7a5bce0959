"""Loading and laying out the periods the user will likely want next, while they look.

Once a period is shown, the periods either side are asked of the loader after a short look
(``NEAR_DELAY_MS``, so a user stepping quickly never waits behind them) and the month (or week)
around the anchor after a longer one (``FAR_DELAY_MS``: it is the largest read). When one
arrives, or is already in the loader's cache, ``prepare(kind, period, sessions)`` is called at
idle time, one period per turn of the event loop, so input is never held up for long: the
views group and lay the period out then, and a step to it only has to paint.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.navigation import Period, ViewKind

NEAR_DELAY_MS = 60
FAR_DELAY_MS = 600
Window = tuple[datetime, datetime]
Prepare = Callable[[ViewKind, Period, list[Session]], None]


class Prefetcher(QObject):
    def __init__(self, controller, loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller, self._loader = controller, loader
        self.prepare: Prepare | None = None
        self._wanted: dict[Window, tuple[ViewKind, Period]] = {}
        self._ready: list[tuple[ViewKind, Period, list[Session]]] = []
        self._near = QTimer(self, singleShot=True, interval=NEAR_DELAY_MS)
        self._near.timeout.connect(lambda: self._ask(near=True))
        self._far = QTimer(self, singleShot=True, interval=FAR_DELAY_MS)
        self._far.timeout.connect(lambda: self._ask(near=False))
        self._idle = QTimer(self, singleShot=True, interval=0)
        self._idle.timeout.connect(self._prepare_one)
        loader.prefetched.connect(self._arrived)

    def shown(self) -> None:
        """A period is on screen: start looking ahead (again)."""
        self._ready.clear()
        self._near.start()
        self._far.start()

    def stop(self) -> None:
        for timer in (self._near, self._far, self._idle):
            timer.stop()
        self._ready.clear()

    def _ask(self, near: bool) -> None:
        pairs = self._controller.neighbour_periods()
        windows = []
        for kind, period in pairs[:2] if near else pairs[2:]:
            window = self._controller.window(period)
            cached = self._loader.cached(window)
            if cached is not None:
                self._queue(kind, period, cached)
            else:
                self._wanted[window] = (kind, period)
                windows.append(window)
        self._loader.prefetch(windows)

    def _arrived(self, window: Window, sessions: list[Session]) -> None:
        wanted = self._wanted.pop(window, None)
        if wanted is not None:
            self._queue(*wanted, sessions)

    def _queue(self, kind: ViewKind, period: Period, sessions: list[Session]) -> None:
        if self.prepare is not None:
            self._ready.append((kind, period, sessions))
            self._idle.start()

    def _prepare_one(self) -> None:
        if self._ready and self.prepare is not None:
            self.prepare(*self._ready.pop(0))
        if self._ready:
            self._idle.start()
