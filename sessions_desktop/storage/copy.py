"""Moving a whole calendar between SQLite and PostgreSQL, in either direction.

Every table (meta, schedules, sessions with their series and exceptions, materialised
instances, change records) is read in primary-key order from one snapshot of the source and
written inside ONE transaction on the target; before that transaction commits, every table is
read back and compared with the source by row count and a SHA-256 digest of every row. Any
difference or failure rolls the whole copy back, and a target the copy itself created (a new
file, or the tables in an empty database) is removed again: all or nothing.

The target must hold no calendar yet (no schedules, no sessions). ``schema_version`` stays the
target's own: each backend numbers its migrations itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from sessions_desktop.errors import FailedPreconditionError, StorageError
from sessions_desktop.storage.backends import Backend, Cursor, open_database
from sessions_desktop.storage.dialect import dialect_for
from sessions_desktop.storage.location import Location, parse_location
from sessions_desktop.storage.records import COLUMNS, SCHEDULE_COLUMNS

# (table, columns, primary key) in the order foreign keys need them.
TABLES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("meta", ("key", "value"), "key"),
    ("schedule", SCHEDULE_COLUMNS, "id"),
    ("session", COLUMNS, "id"),
    ("occurrence", ("id", "series_id", "start_utc", "end_utc", "original_local"), "id"),
    ("change_log", ("seq", "at_utc", "origin", "payload"), "seq"),
)
OWN_META = ("schema_version",)
# A series row before the exceptions that point at it (foreign keys are checked as rows go in).
PASSES = {"session": ("kind != 'EXCEPTION'", "kind = 'EXCEPTION'")}
BATCH = 20_000
Progress = Callable[[str, int, int], None]   # table, rows copied, rows in the table


@dataclass
class TableCheck:
    rows: int = 0
    sha256: str = ""


@dataclass
class CopyReport:
    source: str
    target: str
    tables: dict[str, TableCheck] = field(default_factory=dict)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"from": self.source, "to": self.target, "verified": True,
                "seconds": round(self.seconds, 2),
                "tables": {name: {"rows": c.rows, "sha256": c.sha256}
                           for name, c in self.tables.items()}}


class _Side:
    """One end of the copy: its database, dialect and how to read a table in key order."""

    def __init__(self, database: Backend) -> None:
        self.database = database
        self.db: peewee.Database = database.db
        self.dialect = dialect_for(database)

    def sql(self, text: str, params: Sequence[object] = ()) -> Cursor:
        cursor: Cursor = self.db.execute_sql(self.dialect.sql(text), params)
        return cursor

    def count(self, table: str) -> int:
        where = _own_meta_filter(table)
        rows: int = self.sql(f"SELECT count(*) FROM {table}{where}").fetchone()[0]
        return rows

    def rows(self, table: str, columns: tuple[str, ...], key: str,
             only: str = "") -> Iterator[list[tuple[Any, ...]]]:
        """Batches of rows in key order (keyset paging: memory stays bounded); ``only`` is an
        extra condition (a pass over part of the table)."""
        names = ", ".join(columns)
        where = _own_meta_filter(table)
        if only:
            where = f"{where} AND {only}" if where else f" WHERE {only}"
        last = None
        while True:
            if last is None:
                batch = self.sql(f"SELECT {names} FROM {table}{where} ORDER BY {key} "
                                 f"LIMIT {BATCH}").fetchall()
            else:
                joiner = " AND " if where else " WHERE "
                batch = self.sql(f"SELECT {names} FROM {table}{where}{joiner}{key} > ? "
                                 f"ORDER BY {key} LIMIT {BATCH}", (last,)).fetchall()
            if not batch:
                return
            yield batch
            last = batch[-1][columns.index(key)]


def _own_meta_filter(table: str) -> str:
    if table != "meta":
        return ""
    return " WHERE key NOT IN (" + ", ".join(f"'{k}'" for k in OWN_META) + ")"


def _row_text(row: tuple[Any, ...]) -> bytes:
    return json.dumps(list(row), ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def digest(side: _Side, table: str, columns: tuple[str, ...], key: str) -> TableCheck:
    check, hasher = TableCheck(), hashlib.sha256()
    for batch in side.rows(table, columns, key):
        for row in batch:
            hasher.update(_row_text(row))
        check.rows += len(batch)
    check.sha256 = hasher.hexdigest()
    return check


def copy_calendar(source: str | Path, target: str | Path,
                  progress: Progress | None = None) -> CopyReport:
    """Copy the calendar at ``source`` into the empty ``target``; checked equal, or nothing."""
    progress = progress or (lambda table, done, total: None)
    source_location, target_location = parse_location(source), parse_location(target)
    if source_location.shown() == target_location.shown():
        raise FailedPreconditionError("the source and the target are the same calendar")
    target_file = target_location.target if isinstance(target_location.target, Path) else None
    new_file = target_file is not None and not target_file.exists()
    started = time.perf_counter()
    src = _Side(open_database(source_location, create=False))
    try:
        dst = _Side(open_database(target_location))
    except BaseException:
        src.database.close()
        raise
    made_tables = getattr(dst.database, "was_empty", False)
    try:
        report = _copy(src, dst, progress)
    except BaseException:
        dst.database.close()
        _remove_what_we_made(target_location, new_file, made_tables)
        raise
    finally:
        src.database.close()
    dst.database.close()
    report.source, report.target = source_location.shown(), target_location.shown()
    report.seconds = time.perf_counter() - started
    return report


def _copy(src: _Side, dst: _Side, progress: Progress) -> CopyReport:
    report = CopyReport("", "")
    with src.database.db.atomic():   # one snapshot of the source for reading and checking
        if src.dialect.name == "postgresql":
            src.sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        with dst.dialect.write_transaction(dst.database.db):
            _require_empty(dst)
            dst.sql("DELETE FROM change_log")
            dst.sql("DELETE FROM meta WHERE key NOT IN ("
                    + ", ".join(f"'{k}'" for k in OWN_META) + ")")
            for table, columns, key in TABLES:
                total = src.count(table)
                progress(table, 0, total)
                done = 0
                for only in PASSES.get(table, ("",)):
                    for batch in src.rows(table, columns, key, only):
                        _write(dst, table, columns, batch)
                        done += len(batch)
                        progress(table, done, total)
            if dst.dialect.name == "postgresql":
                dst.sql("SELECT setval(pg_get_serial_sequence('change_log', 'seq'), "
                        "coalesce((SELECT max(seq) FROM change_log), 0) + 1, false)")
            for table, columns, key in TABLES:
                progress(f"checking {table}", 0, 0)
                theirs, ours = digest(src, table, columns, key), digest(dst, table, columns, key)
                if (theirs.rows, theirs.sha256) != (ours.rows, ours.sha256):
                    raise StorageError(f"the copy of {table} differs from the source "
                                       f"({ours.rows} rows against {theirs.rows}); nothing "
                                       "was copied")
                report.tables[table] = ours
    return report


def _require_empty(dst: _Side) -> None:
    schedules, sessions = dst.count("schedule"), dst.count("session")
    if schedules or sessions:
        raise FailedPreconditionError(
            f"the target already holds a calendar ({schedules} schedules, {sessions} "
            "sessions); copy only into a new file or an empty database; nothing was changed")


def _write(dst: _Side, table: str, columns: tuple[str, ...],
           batch: list[tuple[Any, ...]]) -> None:
    names = ", ".join(columns)
    if dst.dialect.name == "postgresql":   # COPY: the fastest way into PostgreSQL
        cursor = dst.db.cursor()
        with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in batch:
                copy.write_row(row)
        return
    marks = ", ".join("?" for _ in columns)
    dst.db.cursor().executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", batch)


def _remove_what_we_made(location: Location, new_file: bool, made_tables: bool) -> None:
    """Leave the target as it was: delete a file the copy created, or the tables it made."""
    if new_file and isinstance(location.target, Path):
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{location.target}{suffix}").unlink()
        return
    if made_tables and location.is_postgres:
        with contextlib.suppress(Exception):
            database = open_database(location)
            db: peewee.Database = database.db
            with db.atomic():
                for table, _, _ in reversed(TABLES):
                    db.execute_sql(f"DROP TABLE IF EXISTS {table} CASCADE")
            database.close()
