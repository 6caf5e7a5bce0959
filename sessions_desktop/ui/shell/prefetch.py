"""Loading and laying out the periods the user will likely want next, while they look.

Once a period is shown and painted (``painted``: a read started before the paint would take
the interpreter from it; ``PAINT_WAIT_MS`` at most, for a window that does not paint), the
period ahead (the way the user last stepped) is asked of the loader at once, so a user
stepping on quickly finds it read, or being read, instead of waiting behind anything else;
the loader reads a prefetch in two-day parts, so a step waits behind one of them at most.
The period behind follows after a short look (``NEAR_DELAY_MS``: a user stepping on would
wait behind it, it is the other way) and the month (or week) around the anchor after a
longer one (``FAR_DELAY_MS``: it is the largest read). When one arrives, or is already in the
loader's cache, ``prepare(kind, period, sessions)`` is called at idle time, one period per
turn of the event loop, so input is never held up for long: the views group and lay the
period out then, and a step to it only has to paint. While the user waits for a period
(``hold``, until the next ``shown``) nothing is prepared: the wait would only grow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.navigation import Period, ViewKind

NEAR_DELAY_MS = 60
FAR_DELAY_MS = 600
PAINT_WAIT_MS = 250
Window = tuple   # the loader's key: a window, or a window and the month's ask
Prepare = Callable[[ViewKind, Period, list[Session]], None]


class Prefetcher(QObject):
    def __init__(self, controller, loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller, self._loader = controller, loader
        self.prepare: Prepare | None = None
        self._wanted: dict[Window, tuple[ViewKind, Period]] = {}
        self._ready: list[tuple[ViewKind, Period, list[Session]]] = []
        self._held = False
        self._ahead = QTimer(self, singleShot=True, interval=0)
        self._ahead.timeout.connect(lambda: self._ask(slice(0, 1)))
        self._near = QTimer(self, singleShot=True, interval=NEAR_DELAY_MS)
        self._near.timeout.connect(lambda: self._ask(slice(1, 2)))
        self._far = QTimer(self, singleShot=True, interval=FAR_DELAY_MS)
        self._far.timeout.connect(lambda: self._ask(slice(2, None)))
        self._idle = QTimer(self, singleShot=True, interval=0)
        self._idle.timeout.connect(self._prepare_one)
        self._unpainted = QTimer(self, singleShot=True, interval=PAINT_WAIT_MS)
        self._unpainted.timeout.connect(self._look_ahead)
        self._painted_early = False   # painted while the period was being shown
        loader.prefetched.connect(self._arrived)

    def arriving(self) -> None:
        """A period's data is about to be shown (a paint from now on shows it)."""
        self._painted_early = False

    def shown(self) -> None:
        """A period is on screen: look ahead (again) once it is painted."""
        self._ready.clear()
        self._held = False
        if self._painted_early:
            self._look_ahead()
        else:
            self._unpainted.start()

    def painted(self) -> None:
        """The current page is being painted: look ahead right after this paint."""
        self._painted_early = True
        if self._unpainted.isActive():
            self._look_ahead()

    def _look_ahead(self) -> None:
        self._unpainted.stop()
        self._ahead.start()
        self._near.start()
        self._far.start()

    def hold(self) -> None:
        """The user asked for a period: prepare nothing until it is shown."""
        self.stop()
        self._held = True

    def stop(self) -> None:
        for timer in (self._ahead, self._near, self._far, self._idle, self._unpainted):
            timer.stop()
        self._ready.clear()

    def _ask(self, which: slice) -> None:
        pairs = self._controller.neighbour_periods()
        windows = []
        for kind, period in pairs[which]:
            window = self._controller.key(kind, period)
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
        if self.prepare is not None and not self._held:
            self._ready.append((kind, period, sessions))
            self._idle.start()

    def _prepare_one(self) -> None:
        if self._ready and self.prepare is not None:
            self.prepare(*self._ready.pop(0))
        if self._ready:
            self._idle.start()
