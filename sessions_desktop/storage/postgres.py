"""Opening a calendar on a PostgreSQL server through peewee and psycopg 3 (the optional
``postgres`` extra), with the same face as the SQLite ``Database``.

Every failure to open is one StorageError line and changes nothing: no driver, unknown or
unreachable server, wrong password, missing database, a server older than we support, a
database holding other tables. A desk whose server goes away is told by its change watcher
(``mark_unavailable``): statements fail at once with a clear message instead of waiting on a
dead socket, and the connection each thread held is replaced once the server is back.
"""

from __future__ import annotations

import select
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import peewee

from sessions_desktop.errors import StorageError
from sessions_desktop.storage import pg_migrations
from sessions_desktop.storage.backends import Cursor
from sessions_desktop.storage.driver import arm_postgres
from sessions_desktop.storage.location import without_password

MIN_SERVER_VERSION = 120000          # PostgreSQL 12
CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "sessions-desktop"


def connection_options(url: str) -> dict[str, Any]:
    """Defaults for what the URL does not say: a bounded connect time and our name."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        given = conninfo_to_dict(url)
    except Exception as exc:   # psycopg.ProgrammingError: a malformed URL
        raise StorageError(f"{without_password(url)} is not a valid PostgreSQL URL: "
                           f"{_first_line(exc)}") from None
    defaults: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S, "application_name": APPLICATION_NAME,
        # A server that vanishes without closing (network down, power cut) is noticed
        # in about 20 s by TCP keepalives instead of the system's two hours.
        "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 3,
        "keepalives_count": 3}
    return {key: value for key, value in defaults.items() if key not in given}


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0].strip() if text else type(exc).__name__


UNREACHABLE = (("connection refused", "connection refused"),
               ("no such file or directory", "no server socket there"),
               ("timeout expired", "no answer in time"),
               ("failed to resolve host", "unknown host name"),
               ("could not translate host", "unknown host name"),
               ("server closed the connection", "the server closed the connection"),
               ("terminating connection", "the server is shutting down"),
               ("the database system is shutting down", "the server is shutting down"),
               ("the database system is starting up", "the server is starting up"),
               ("connection is lost", "the connection was lost"),
               ("consuming input failed", "the connection was lost"),
               ("connection is closed", "the connection was lost"),
               ("could not connect", "connection failed"),
               ("connection failed", "connection failed"))


def explain(exc: BaseException, shown: str, opening: bool = False) -> str:
    """A connection or server error as one sentence a person can act on."""
    text = str(exc)
    lower = text.lower()
    outcome = "nothing was changed" if opening else "nothing was saved"
    if "password authentication failed" in lower or "no password supplied" in lower:
        return (f"the server at {shown} refused the login (wrong or missing password; "
                "passwords come from ~/.pgpass, PGPASSFILE or a PGSERVICE entry); "
                f"{outcome}")
    if "does not exist" in lower and "database" in lower:
        return (f"{shown}: {_first_line(exc)}; create it first (createdb, see the "
                f"README's shared calendar section); {outcome}")
    if "role" in lower and "does not exist" in lower:
        return f"{shown}: {_first_line(exc)}; {outcome}"
    for phrase, reason in UNREACHABLE:
        if phrase in lower:
            return f"cannot reach the database server at {shown} ({reason}); {outcome}"
    return f"database error ({shown}): {_first_line(exc)}; {outcome}"


def _state(db: peewee.Database) -> Any:
    """peewee's per-thread connection state (``conn``, ``reset()``): its stubs leave it out."""
    return db._state  # type: ignore[attr-defined]


def _has_hung_up(conn: Any) -> bool:
    """An idle connection with something to read has been told goodbye (a server shutting
    down sends its last words; a dead socket reads as the end). Costs one select call."""
    try:
        readable, _, _ = select.select([conn.fileno()], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


class PostgresDatabase:
    """One calendar in a PostgreSQL database, schema brought up to date on open."""

    kind = "postgresql"
    file_path: Path | None = None
    read_only = False          # a role without write rights is refused by the server itself

    def refuse_if_read_only(self) -> None:
        """Nothing to check here: the server refuses what a role may not write."""

    def check_still_there(self) -> None:
        """A server database cannot vanish like a file; a lost connection is ``errors()``'s."""

    def __init__(self, url: str, create: bool = True) -> None:
        try:
            arm_postgres()   # psycopg is imported only now (storage/driver.py)
        except ImportError:
            raise StorageError("PostgreSQL support is not installed: pip install "
                               "'sessions-desktop[postgres]' (psycopg 3)") from None
        self.url = "postgresql://" + url.split("://", 1)[1]   # peewee knows this spelling
        self.path = self.shown = without_password(self.url)
        self.db: peewee.Database = peewee.PostgresqlDatabase(
            self.url, prefer_psycopg3=True, **connection_options(self.url))
        self.available = True
        self.problem = ""
        self._epoch = 0                 # bumped on each outage: older connections are dead
        self._local = threading.local()
        self._opening = True
        with self.errors():
            self.db.connect()
            self._local.epoch = self._epoch
            self._check_server()
            self.was_empty = not pg_migrations.tables(self.db)
            if self.was_empty and not create:
                raise StorageError(f"{self.shown} holds no Sessions Desktop calendar")
            pg_migrations.upgrade(self.db, self.shown)
        self._opening = False

    def _check_server(self) -> None:
        version = self.db.server_version or 0
        if version < MIN_SERVER_VERSION:
            found = f"{version // 10000}.{version % 10000}" if version else "unknown"
            raise StorageError(f"the server at {self.shown} runs PostgreSQL {found}; "
                               f"Sessions Desktop needs {MIN_SERVER_VERSION // 10000} or "
                               "newer; nothing was changed")

    # -- health ---------------------------------------------------------------------------
    def mark_unavailable(self, problem: str) -> None:
        self.available, self.problem = False, problem
        self._epoch += 1

    def mark_available(self) -> None:
        self.available, self.problem = True, ""

    def ensure_connected(self) -> None:
        """Before a transaction: refuse at once while the server is known to be away, and
        drop this thread's connection if it was opened before the last outage."""
        if not self.available:
            raise StorageError(f"no connection to the database server at {self.shown}; "
                               "changes cannot be saved until it is back (it reconnects "
                               "by itself)")
        if self.db.in_transaction():
            return
        conn = _state(self.db).conn
        stale = getattr(self._local, "epoch", None) != self._epoch
        if conn is not None and (stale or conn.closed or conn.broken or _has_hung_up(conn)):
            self._drop_connection()
        self._local.epoch = self._epoch

    def _drop_connection(self) -> None:
        conn = _state(self.db).conn
        try:
            if conn is not None:
                conn.close()
        except Exception:   # a dead socket may refuse even to close: it is gone either way
            pass
        _state(self.db).reset()

    @contextmanager
    def errors(self) -> Iterator[None]:
        try:
            yield
        except StorageError:
            raise
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if not self.db.in_transaction():
                conn = _state(self.db).conn
                if conn is not None and (conn.closed or conn.broken):
                    self._drop_connection()
            raise StorageError(explain(exc, self.shown, self._opening)) from None
        except peewee.DatabaseError as exc:
            raise StorageError(explain(exc, self.shown, self._opening)) from None

    # -- the Database face ------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[object] = ()) -> Cursor:
        if not self.db.in_transaction():
            self.ensure_connected()
        cursor: Cursor = self.db.execute_sql(sql, params)
        return cursor

    def atomic(self) -> AbstractContextManager[object]:
        return self.db.atomic()

    def meta(self) -> dict[str, str]:
        with self.errors():
            return dict(self.execute("SELECT key, value FROM meta").fetchall())

    def backup_to(self, target: Path) -> Path:
        raise StorageError("a calendar on a PostgreSQL server is backed up with pg_dump "
                           "(see the README), not copied into the backups folder")

    def same_contents_as(self, other: Path) -> bool:
        return False

    def restore_from(self, backup: Path) -> None:
        raise StorageError("a calendar on a PostgreSQL server is restored with pg_restore")

    def close(self) -> None:
        try:
            if not self.db.is_closed():
                self.db.close()
        except Exception:   # closing after the server vanished must not fail the caller
            _state(self.db).reset()
