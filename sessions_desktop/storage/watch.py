"""Noticing what other desks and processes wrote: the change records they left.

- PostgreSQL: a connection of its own LISTENs on the channel every write NOTIFYs inside its
  transaction, so a record arrives exactly when (and only if) the write commits. No table is
  polled. When that connection breaks, ``wait`` raises ``ConnectionLost``; ``reconnect`` tries
  again (the caller decides how often).
- SQLite: a read-only connection of its own asks ``PRAGMA data_version``, which changes when
  any other connection committed; only then are the new ``change_log`` rows read.

Both give the payload strings (JSON) in commit order; the caller drops its own.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from sessions_desktop.storage.repository import CHANNEL

if TYPE_CHECKING:
    import psycopg

    from sessions_desktop.storage.backends import Backend

SQLITE_POLL_S = 0.2


class ConnectionLost(Exception):
    """The watcher's connection to the server broke (the server stopped or went away)."""


class SqliteWatcher:
    lost = ConnectionLost
    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                                     check_same_thread=False, timeout=5)
        self._version = self._data_version()
        self._seq = self._last_seq()

    def _data_version(self) -> int:
        version: int = self._conn.execute("PRAGMA data_version").fetchone()[0]
        return version

    def _last_seq(self) -> int:
        seq: int = self._conn.execute("SELECT coalesce(max(seq), 0) FROM change_log"
                                      ).fetchone()[0]
        return seq

    def poll(self) -> list[str]:
        """New change records since the last call (cheap when nothing changed)."""
        version = self._data_version()
        if version == self._version:
            return []
        self._version = version
        rows = self._conn.execute("SELECT seq, payload FROM change_log WHERE seq > ? "
                                  "ORDER BY seq", (self._seq,)).fetchall()
        if rows:
            self._seq = rows[-1][0]
        return [payload for _, payload in rows]

    def wait(self, timeout: float) -> list[str]:
        deadline = time.monotonic() + timeout
        while True:
            found = self.poll()
            if found or time.monotonic() >= deadline:
                return found
            time.sleep(min(SQLITE_POLL_S, max(0.0, deadline - time.monotonic())))

    def reconnect(self) -> None:
        """A file never goes away the way a server does."""

    def close(self) -> None:
        self._conn.close()


class PostgresWatcher:
    lost = ConnectionLost
    def __init__(self, url: str, connect_options: dict[str, Any]) -> None:
        self._url, self._options = url, connect_options
        self._conn: psycopg.Connection[Any] | None = None
        self.reconnect()

    def reconnect(self) -> None:
        """Connect and LISTEN; raises ConnectionLost while the server cannot be reached."""
        import psycopg

        self.close()
        try:
            self._conn = psycopg.connect(self._url, autocommit=True, **self._options)
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            self._conn = None
            raise ConnectionLost(str(exc).strip().splitlines()[0] if str(exc) else
                                 type(exc).__name__) from None

    def wait(self, timeout: float) -> list[str]:
        """Payloads that arrive within ``timeout`` seconds (returns at the first batch)."""
        import psycopg

        if self._conn is None:
            raise ConnectionLost("not connected")
        found: list[str] = []
        try:
            for note in self._conn.notifies(timeout=timeout, stop_after=1):
                found.append(note.payload)
            if found:   # whatever else came with it, without waiting again
                found.extend(n.payload for n in self._conn.notifies(timeout=0.01))
            elif self._conn.broken or self._conn.closed:
                raise ConnectionLost("the connection was lost")
        except psycopg.Error as exc:
            raise ConnectionLost(str(exc).strip().splitlines()[0] if str(exc) else
                                 type(exc).__name__) from None
        return found

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):   # a dead socket: it is gone either way
                self._conn.close()
            self._conn = None


# What notices other writers' change records: ``wait``, ``reconnect``, ``close``, ``lost``.
Watcher: TypeAlias = "SqliteWatcher | PostgresWatcher"


def watcher_for(database: Backend) -> Watcher | None:
    """A watcher of ``database``'s calendar, or None for an in-memory one."""
    from sessions_desktop.storage.postgres import PostgresDatabase, connection_options

    if isinstance(database, PostgresDatabase):
        return PostgresWatcher(database.url, connection_options(database.url))
    path = getattr(database, "file_path", None)
    if path is None:
        return None
    try:
        return SqliteWatcher(path)
    except sqlite3.Error:
        # A file opened read-only in a read-only folder without its -shm cannot take a
        # second reader (the window itself reads it as immutable): nothing to watch there.
        if getattr(database, "read_only", False):
            return None
        raise
