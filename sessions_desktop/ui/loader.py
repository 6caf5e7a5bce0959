"""Loads the sessions of the visible window off the UI thread, newest request wins.

Every request bumps a generation counter; a result that arrives for an older generation is
dropped, so fast navigation never flashes a week the user already left. One worker thread (a
private pool of one that never expires) keeps one SQLite connection and runs queries in order.
An in-memory database lives on one connection, so it is queried synchronously instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from sessions_desktop.domain.model import Session
from sessions_desktop.errors import SessionsError

PAGE = 1000


def fetch_window(services, start: datetime, end: datetime) -> list[Session]:
    """Every session (events and working hours) overlapping [start, end), all pages."""
    query = services.queries.query_sessions
    result = query(start, end, fieldsets="ALL_PI", limit=PAGE)
    items = list(result.items)
    while result.has_next:
        result = query(cursor=result.next_cursor)
        items.extend(result.items)
    return items


class _Job(QRunnable):
    def __init__(self, fetch: Callable[[], list[Session]], generation: int,
                 deliver: Callable[[int, object], None]) -> None:
        super().__init__()
        self._fetch, self._generation, self._deliver = fetch, generation, deliver

    def run(self) -> None:
        try:
            result: object = self._fetch()
        except SessionsError as exc:
            result = exc
        except Exception as exc:
            result = exc
        self._deliver(self._generation, result)


class Loader(QObject):
    """``request(start, end)``; ``loaded(window, sessions)`` or ``failed(message)`` follows."""

    loaded = Signal(object, object)
    failed = Signal(str)
    _arrived = Signal(int, object, object)

    def __init__(self, services, parent: QObject | None = None,
                 threaded: bool | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._generation = 0
        self._pending = 0
        self.threaded = services.path is not None if threaded is None else threaded
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._arrived.connect(self._on_arrived)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def generation(self) -> int:
        return self._generation

    def request(self, start: datetime, end: datetime) -> int:
        self._generation += 1
        self._pending += 1
        generation, window = self._generation, (start, end)
        fetch = partial(fetch_window, self._services, start, end)
        deliver = partial(self._arrived.emit)
        if self.threaded:
            self._pool.start(_Job(fetch, generation, lambda g, r: deliver(g, window, r)))
        else:
            _Job(fetch, generation, lambda g, r: deliver(g, window, r)).run()
        return generation

    def _on_arrived(self, generation: int, window: object, result: object) -> None:
        self._pending -= 1
        if generation != self._generation:
            return
        if isinstance(result, Exception):
            self.failed.emit(str(result))
        else:
            self.loaded.emit(window, result)

    def shutdown(self) -> None:
        """Wait for a running query so the database can close under no one's feet."""
        self._pool.clear()
        self._pool.waitForDone()
