"""Python's garbage collection, run on the UI thread only, the full pass at a quiet moment.

Two reasons, both measured or seen here:

- Where: Python collects in whichever thread trips its allocation count, and the window's
  reading thread and worker pools allocate the most (thousands of sessions a read). A
  collection there can break a cycle that holds a Qt object and destroy that object from
  the wrong thread; the UI tests crashed now and then inside a later collection. So while a
  window is open, automatic collection is off and this object collects on the UI thread:
  the young generations about every ``YOUNG_MS``, the full pass below.
- When, young: a young collection walks what was allocated and kept since the last one; at
  five times the business, a second of steps keeps tens of thousands of sessions (the
  loader's cache, the built rows) and the walk took 70 ms, inside whichever step its timer
  fell in. So it runs ``QUIET_MS`` after something was shown (a person reads the period
  for longer than that), once ``YOUNG_MS`` have passed since the last collection. A window
  stepped through back to back (a key held down) never has that moment: it collects right
  after a period is shown once ``YOUNG_STEPPING_MS`` have passed, so each walk covers a
  step or two rather than four seconds of them inside one step (40-105 ms at 5x on a slow
  machine; one second's took 76); one showing nothing new collects every ``YOUNG_MOST_MS``.
- When: a large business keeps tens of thousands of sessions alive (the loaded periods, the
  built rows the services remember); a full pass walks all of them, 50-150 ms. It waits until
  the window has shown nothing new for ``IDLE_MS``, so its pause falls between the user's
  steps, not inside one.

Collection is plain reference counting otherwise: only cycles wait for a collection, so
memory does not grow with what the threads allocate between two ticks.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

IDLE_MS = 1500
QUIET_MS = 100
YOUNG_MS = 1000
YOUNG_MOST_MS = 4000
YOUNG_STEPPING_MS = 250
_open: list[object] = []   # a token per live collector: several windows (tests) share one
_saved: list[bool] = []    # interpreter; whether collection was automatic before the first


class IdleCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not _open:
            _saved[:] = [gc.isenabled()]
            gc.disable()
        self._token = token = object()
        _open.append(token)
        # a window deleted without being closed must not leave collection off for good
        self.destroyed.connect(lambda *_: _release(token))
        self._timer = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._timer.timeout.connect(self.collect)
        self._since = QElapsedTimer()   # since the last collection
        self._since.start()
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._quiet.timeout.connect(lambda: self._young_after(YOUNG_MS))
        self._young = QTimer(self, interval=YOUNG_MS)
        self._young.timeout.connect(lambda: self._young_after(YOUNG_MOST_MS))
        self._young.start()
        self._stepping = QTimer(self, singleShot=True, interval=0)   # after the paint
        self._stepping.timeout.connect(self.collect_young)
        self._stepped = False

    def busy(self) -> None:
        """Something was just shown: collect the young generations once it has been on
        screen a moment, fully once the window is quiet again."""
        if self._stepped and self._since.hasExpired(YOUNG_STEPPING_MS):
            self._stepping.start()   # the last period had no quiet moment: stepping on
        self._stepped = False
        self._quiet.start()
        self._timer.start()

    def asked(self) -> None:
        """Another period was asked for: if the one shown had no quiet moment yet, the
        user is stepping on, and its collection (which would fall inside this step's read)
        waits until this period is shown; so does a stepping collection not yet run (the
        next step was asked for before the event loop came round to it)."""
        if self._quiet.isActive() or self._stepping.isActive():
            self._quiet.stop()
            self._stepping.stop()
            self._stepped = True

    def _young_after(self, ms: int) -> None:
        if self._since.hasExpired(ms):
            self.collect_young()

    def collect_young(self) -> None:
        gc.collect(1)
        self._since.restart()

    def collect(self) -> None:
        gc.collect()
        self._since.restart()

    def stop(self) -> None:
        """Back to Python's own collection once no window is open (the window closes)."""
        self._timer.stop()
        self._quiet.stop()
        self._young.stop()
        self._stepping.stop()
        _release(self._token)


def _release(token: object) -> None:
    if token in _open:
        _open.remove(token)
        if not _open and _saved and _saved[0]:
            gc.enable()
