"""Reads and writes of rows. The only module that knows the SQL of sessions and schedules.

Window reads use the bounded overlap predicate from the architecture guide's speed facts:
``start >= from - max_duration AND start < to AND end > from`` over an index on (start, end),
with the longest duration kept in ``meta``. Writes check ``version`` in the UPDATE itself, so a
stale writer changes nothing.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from itertools import pairwise
from typing import Any

from sessions_desktop.storage.backends import Backend, Cursor
from sessions_desktop.storage.database import Database, translate_errors
from sessions_desktop.storage.dialect import dialect_for, upsert
from sessions_desktop.storage.records import (
    COLUMNS,
    EXCEPTION,
    SCHEDULE_COLUMNS,
    SELECT_COLUMNS,
    SERIES,
    ScheduleRecord,
    SessionRecord,
)

_INSERT = (f"INSERT INTO session ({SELECT_COLUMNS}) VALUES "
           f"({', '.join('?' for _ in COLUMNS)})")
_UPDATE = (f"UPDATE session SET {', '.join(f'{c} = ?' for c in COLUMNS[1:])} "
           "WHERE id = ? AND version = ?")
_SCHEDULE_INSERT = (f"INSERT INTO schedule ({', '.join(SCHEDULE_COLUMNS)}) VALUES "
                    f"({', '.join('?' for _ in SCHEDULE_COLUMNS)})")
_SCHEDULE_UPDATE = (f"UPDATE schedule SET {', '.join(f'{c} = ?' for c in SCHEDULE_COLUMNS[1:])} "
                    "WHERE id = ? AND version = ?")
_META_PUT = upsert("meta", ("key", "value"), "key")
# Change records kept for other desks and processes (live refresh); older ones are pruned.
CHANGE_LOG_KEEP = 1000
MAX_LOGGED_IDS = 100

# Window read of singles and exceptions; an exception of a cancelled series counts as cancelled.
_WINDOW_ROWS = f"""
SELECT {', '.join('s.' + c for c in COLUMNS)},
       CASE WHEN p.status = 'CANCELLED' THEN 'CANCELLED' ELSE s.status END AS effective
FROM session s LEFT JOIN session p ON p.id = s.series_id
WHERE s.start_utc >= ? AND s.start_utc < ? AND s.end_utc > ? AND s.kind != 'SERIES'
"""
_WINDOW_SLOTS = """
SELECT start_utc, id, end_utc FROM occurrence
WHERE start_utc >= ? AND start_utc < ? AND end_utc > ? ORDER BY start_utc, id
"""
_WINDOW_OCCURRENCES = """
SELECT o.id, o.series_id, o.start_utc, o.end_utc, o.original_local, s.version, s.status
FROM occurrence o JOIN session s ON s.id = o.series_id
WHERE o.start_utc >= ? AND o.start_utc < ? AND o.end_utc > ?
"""


class Repository:
    """Row access for one database. Methods run inside the caller's transaction if any."""

    def __init__(self, database: Backend) -> None:
        self.database = database
        self._max_duration: dict[str, int] = {}
        self.rollback_listeners: list[Callable[[], None]] = []
        self._local = threading.local()
        self.dialect = dialect_for(database)
        # Which open database wrote a change record: a desk skips its own when they come back.
        self.origin = uuid.uuid4().hex[:12]

    def _errors(self) -> AbstractContextManager[None]:
        if isinstance(self.database, Database):
            return translate_errors(self.database)
        return self.database.errors()   # a server database explains its own failures

    def _ready(self) -> None:
        """A server database checks its connection before a transaction starts."""
        check = getattr(self.database, "ensure_connected", None)
        if check is not None:
            check()

    # -- transactions -------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[None]:
        """A write transaction that takes the write lock at once (no lost updates). On any
        failure nothing is written and caches filled inside it are told to forget."""
        self.database.refuse_if_read_only()
        local = self._local
        outermost = getattr(local, "meta", None) is None
        if outermost:
            self.database.check_still_there()
            local.meta = {}   # meta read inside the lock cannot change under us
        try:
            if outermost:
                self._ready()
            with self._errors(), self.dialect.write_transaction(self.database.db):
                yield
        except BaseException:
            if not outermost:
                local.meta = {}   # a savepoint rolled back: read meta again
            for listener in self.rollback_listeners:
                listener()
            raise
        finally:
            if outermost:
                local.meta = None

    @contextmanager
    def read(self) -> Iterator[None]:
        own = not self.database.db.in_transaction()
        if own:
            self._ready()
        local = self._local
        outer = getattr(local, "own_read", False)
        local.own_read = own   # see ``read_token``
        try:
            with self._errors(), self.database.db.atomic():
                yield
        finally:
            local.own_read = outer

    def _sql(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        with self._errors():
            return self.database.execute(self.dialect.sql(sql), params)

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._errors():
            self.database.db.cursor().executemany(self.dialect.sql(sql), rows)

    # -- meta ---------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A meta value; inside this thread's write transaction it is read once (the write
        lock keeps other connections from changing it), which keeps bulk imports cheap."""
        cache = getattr(self._local, "meta", None)
        if cache is not None and key in cache:
            value = cache[key]
        else:
            row = self._sql("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            value = row[0] if row else None
            if cache is not None:
                cache[key] = value
        return default if value is None else value

    def set_meta(self, key: str, value: str) -> None:
        self._sql(_META_PUT, (key, value))
        if key.startswith("business_"):
            self.log_change({"a": "meta", "i": [], "s": None, "e": None, "c": []})
        cache = getattr(self._local, "meta", None)
        if cache is not None:
            cache[key] = value

    def max_duration(self, table: str) -> int:
        value = self.get_meta(f"max_duration_{table}")
        return int(value) if value else 0

    def note_duration(self, table: str, seconds: int) -> None:
        """Grow the stored longest duration, which bounds the window predicate."""
        if seconds > self.max_duration(table):
            self.set_meta(f"max_duration_{table}", str(seconds))

    # -- sessions -----------------------------------------------------------------------
    def get(self, session_id: str) -> SessionRecord | None:
        row = self._sql(f"SELECT {SELECT_COLUMNS} FROM session WHERE id = ?",
                        (session_id,)).fetchone()
        return SessionRecord.from_row(row) if row else None

    def get_many(self, ids: Iterable[str]) -> dict[str, SessionRecord]:
        found: dict[str, SessionRecord] = {}
        ids = list(dict.fromkeys(ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self._sql(f"SELECT {SELECT_COLUMNS} FROM session WHERE id IN ({marks})",
                                 chunk):
                record = SessionRecord.from_row(row)
                found[record.id] = record
        return found

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` name a row: read from the primary key's index alone (an import
        asks this of every batch of UIDs; the rows themselves are not needed)."""
        found: set[str] = set()
        ids = list(dict.fromkeys(ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            found.update(row[0] for row in self._sql(
                f"SELECT id FROM session WHERE id IN ({marks})", chunk))
        return found

    def exceptions_of(self, series_id: str) -> list[SessionRecord]:
        rows = self._sql(f"SELECT {SELECT_COLUMNS} FROM session WHERE series_id = ? "
                         "ORDER BY original_local", (series_id,))
        return [SessionRecord.from_row(r) for r in rows]

    def exception_slots(self, series_ids: Sequence[str]) -> dict[str, list[str]]:
        """The original slots of the exceptions of several series (materialising many at
        once, as a large import does): series id -> wall-clock ISO slots."""
        found: dict[str, list[str]] = {series_id: [] for series_id in series_ids}
        for i in range(0, len(series_ids), 500):
            chunk = list(series_ids[i:i + 500])
            marks = ", ".join("?" for _ in chunk)
            for series_id, slot in self._sql("SELECT series_id, original_local FROM session "
                                             f"WHERE series_id IN ({marks})", chunk):
                found[series_id].append(slot)
        return found

    def exception_at(self, series_id: str, original_local: str) -> SessionRecord | None:
        row = self._sql(f"SELECT {SELECT_COLUMNS} FROM session WHERE series_id = ? "
                        "AND original_local = ?", (series_id, original_local)).fetchone()
        return SessionRecord.from_row(row) if row else None

    def insert(self, record: SessionRecord) -> None:
        self._sql(_INSERT, record.to_row())
        if record.kind != SERIES:
            self.note_duration("session", record.end_utc - record.start_utc)

    def insert_many(self, records: Sequence[SessionRecord]) -> None:
        """``insert`` of several rows in one statement (a bulk import)."""
        if not records:
            return
        self._many(_INSERT, [r.to_row() for r in records])
        lengths = [r.end_utc - r.start_utc for r in records if r.kind != SERIES]
        if lengths:
            self.note_duration("session", max(lengths))

    def update(self, record: SessionRecord, expected_version: int) -> bool:
        """Write ``record`` if the stored version is still ``expected_version``."""
        row = record.to_row()
        cursor = self._sql(_UPDATE, (*row[1:], record.id, expected_version))
        if record.kind != SERIES:
            self.note_duration("session", record.end_utc - record.start_utc)
        return cursor.rowcount == 1

    def put(self, record: SessionRecord) -> None:
        """Overwrite or insert without a version check (used by revert after its own check).

        An UPDATE, not ``INSERT OR REPLACE``: REPLACE deletes the old row first, and the
        foreign key's ON DELETE CASCADE would take a series' exceptions with it."""
        row = record.to_row()
        cursor = self._sql(f"UPDATE session SET {', '.join(f'{c} = ?' for c in COLUMNS[1:])} "
                           "WHERE id = ?", (*row[1:], record.id))
        if cursor.rowcount == 0:
            self._sql(_INSERT, row)
        if record.kind != SERIES:
            self.note_duration("session", record.end_utc - record.start_utc)

    def delete(self, session_id: str) -> None:
        self._sql("DELETE FROM occurrence WHERE series_id = ?", (session_id,))
        self._sql("DELETE FROM session WHERE id = ?", (session_id,))

    def window_rows(self, from_utc: int, to_utc: int, *, types: Sequence[str] | None,
                    schedule_ids: Iterable[str] | None, after: tuple[int, str] | None = None,
                    limit: int | None = None) -> list[tuple[Any, ...]]:
        """Singles and exceptions overlapping the window in (start, id) order, after the
        keyset position ``after``; each row ends with its effective status (an exception of a
        cancelled series is cancelled)."""
        sql, params = _WINDOW_ROWS, [_lower(from_utc - self.max_duration("session"), after),
                                     to_utc, from_utc]
        sql, params = _narrow(sql, params, "s", types, schedule_ids)
        sql, params = _keyset(sql, params, "s", after, limit)
        return self._sql(sql, params).fetchall()

    def series_not_counted(self, from_utc: int, to_utc: int, include_cancelled: bool,
                           ) -> list[tuple[str, str, int, str]]:
        """Series overlapping the window whose instances a month does not count from the
        index alone (working hours, all day, cancelled when not shown):
        ``(id, type, all_day, status)``."""
        skipped = "type != 'EVENT' OR all_day != 0"
        if not include_cancelled:
            skipped += " OR status = 'CANCELLED'"
        return self._sql(f"SELECT id, type, all_day, status FROM session WHERE kind = 'SERIES' "
                         f"AND start_utc < ? AND (until_utc IS NULL OR until_utc > ?) "
                         f"AND ({skipped})", (to_utc, from_utc)).fetchall()

    def slots_of_series(self, series_ids: Sequence[str], from_utc: int, to_utc: int,
                        ) -> list[tuple[int, str, int]]:
        """Materialised instances of these series overlapping the window:
        ``(start_utc, id, end_utc)``."""
        out: list[tuple[int, str, int]] = []
        for i in range(0, len(series_ids), 500):
            chunk = list(series_ids[i:i + 500])
            marks = ", ".join("?" for _ in chunk)
            out += self._sql(f"SELECT start_utc, id, end_utc FROM occurrence WHERE series_id IN "
                             f"({marks}) AND start_utc >= ? AND start_utc < ? AND end_utc > ?",
                             [*chunk, from_utc - self.max_duration("occurrence"), to_utc,
                              from_utc]).fetchall()
        return out

    def day_counts(self, bounds: Sequence[int], instances: bool, include_cancelled: bool,
                   skipped: Sequence[str]) -> list[tuple[int, int, int, str | None]]:
        """Per day (``bounds``: the epoch seconds of each day's start and of the last one's
        end), the events overlapping it: ``(day, count, begins, None)`` for the timed ones
        (``begins``: how many of them start that day, so a session lasting several days is
        counted once in a total) and ``(day, 1, begins, id)`` for each all-day one (placed by
        its dates, not by this overlap);
        singles and changed instances, or (``instances``) materialised instances but those
        of the ``skipped`` series (an instance id is its series id, ``_`` and its slot),
        read from the occurrence index alone."""
        table, alias, join, where, params, longest = self._day_source(
            instances, include_cancelled, skipped)
        days = ", ".join(f"({i}, {int(lo)}, {int(hi)})"
                         for i, (lo, hi) in enumerate(pairwise(bounds)))
        whole, group = ("NULL", "d.i") if instances else (
            "CASE WHEN s.all_day != 0 THEN s.id END AS whole", "d.i, whole")
        sql = (f"WITH days(i, lo, hi) AS (VALUES {days}) "
               f"SELECT d.i, count(*), sum(CASE WHEN {alias}.start_utc >= d.lo THEN 1 "
               f"ELSE 0 END), {whole} FROM days d JOIN {table} "
               f"ON {alias}.start_utc >= d.lo - {int(longest)} AND {alias}.start_utc < d.hi "
               f"AND {alias}.end_utc > d.lo {join} {where} GROUP BY {group}")
        return self._sql(sql, params).fetchall()

    def day_first(self, low: int, high: int, most: int, instances: bool,
                  include_cancelled: bool, skipped: Sequence[str],
                  longest: int | None = None) -> list[tuple[int, str, int]]:
        """The timed events of the day [low, high) (as ``day_counts`` counts them) that come
        first by (start, longer first): ``most`` of them and every one tied with the last
        (title and id decide ties): ``(start_utc, id, end_utc)``."""
        table, alias, join, where, params, back = self._day_source(
            instances, include_cancelled, skipped, longest)
        timed = "" if instances else " AND s.all_day = 0"
        base = (f"SELECT {alias}.start_utc, {alias}.id, {alias}.end_utc FROM {table} {join} "
                f"WHERE {alias}.start_utc >= ? AND {alias}.start_utc < ? "
                f"AND {alias}.end_utc > ? {where.replace('WHERE', 'AND', 1)}{timed}")
        rows = self._sql(f"{base} ORDER BY {alias}.start_utc, {alias}.start_utc - "
                         f"{alias}.end_utc LIMIT ?",
                         [low - back, high, low, *params, most]).fetchall()
        if len(rows) == most and most:
            start, _, end = rows[-1]
            known = {row[1] for row in rows}
            rows += [row for row in self._sql(
                f"{base} AND {alias}.start_utc = ? AND {alias}.end_utc = ?",
                [low - back, high, low, *params, start, end]).fetchall()
                if row[1] not in known]
        return rows

    def _day_source(self, instances: bool, include_cancelled: bool, skipped: Sequence[str],
                    longest: int | None = None) -> tuple[str, str, str, str, list[Any], int]:
        """The table, alias, join, condition, its parameters and the longest duration of
        the events ``day_counts`` and ``day_first`` read."""
        if instances:
            where, params = "", list(skipped)
            if skipped:
                series = ("CASE WHEN substr(o.id, length(o.id) - 6, 1) = 'T' "
                          "THEN substr(o.id, 1, length(o.id) - 16) "
                          "ELSE substr(o.id, 1, length(o.id) - 9) END")
                where = f"WHERE {series} NOT IN ({', '.join('?' for _ in skipped)})"
            return "occurrence o", "o", "", where, params, (
                self.max_duration("occurrence") if longest is None else longest)
        where = "WHERE s.kind != 'SERIES' AND s.type = 'EVENT'"
        if not include_cancelled:
            where += (" AND s.status != 'CANCELLED' AND (p.status IS NULL OR "
                      "p.status != 'CANCELLED')")
        return ("session s", "s", "LEFT JOIN session p ON p.id = s.series_id", where, [],
                self.max_duration("session") if longest is None else longest)

    def rows_of(self, ids: Iterable[str]) -> list[tuple[Any, ...]]:
        """The ``window_rows`` of these singles and exceptions (ids not found left out)."""
        ids = list(dict.fromkeys(ids))
        out: list[tuple[Any, ...]] = []
        base = _WINDOW_ROWS.split("WHERE")[0]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            out += self._sql(f"{base} WHERE s.id IN ({marks})", chunk).fetchall()
        return out

    def window_occurrences(self, from_utc: int, to_utc: int, *, types: Sequence[str] | None,
                           schedule_ids: Iterable[str] | None,
                           after: tuple[int, str] | None = None,
                           limit: int | None = None) -> list[tuple[Any, ...]]:
        """Materialised instances overlapping the window in (start, id) order:
        ``(id, series_id, start_utc, end_utc, original_local, series_version, series_status)``."""
        sql = _WINDOW_OCCURRENCES
        params = [_lower(from_utc - self.max_duration("occurrence"), after), to_utc, from_utc]
        sql, params = _narrow(sql, params, "s", types, schedule_ids)
        sql, params = _keyset(sql, params, "o", after, limit)
        return self._sql(sql, params).fetchall()

    def window_slots(self, from_utc: int, to_utc: int) -> list[tuple[int, str, int]]:
        """Materialised instances overlapping the window as ``(start_utc, id, end_utc)`` in
        (start, id) order, read from the ``occurrence_keyset`` index alone. The window needs
        no more of the row (an instance's id names its series), and the index holds these
        columns in this order: at five times the business a week's instances lie on
        thousands of scattered table pages, and visiting them cost ten times the index
        read."""
        return self._sql(_WINDOW_SLOTS, (from_utc - self.max_duration("occurrence"), to_utc,
                                         from_utc)).fetchall()

    def any_own_field(self, key: str, from_utc: int, to_utc: int) -> bool:
        """Does a single, changed instance or series overlapping the window keep its own
        ``key`` field? A search of the stored JSON for the quoted key among the window's rows
        (found by the time and kind indexes): a text holding the key in quotes may say yes,
        a row that has the field always does (SQLite's LIKE ignores case: more yes)."""
        pattern = f'%"{key}"%'
        rows = self._sql("SELECT 1 FROM session WHERE start_utc >= ? AND start_utc < ? "
                         "AND end_utc > ? AND kind != 'SERIES' AND fields LIKE ? LIMIT 1",
                         (from_utc - self.max_duration("session"), to_utc, from_utc, pattern))
        if rows.fetchone() is not None:
            return True
        series = self._sql("SELECT 1 FROM session WHERE kind = 'SERIES' AND start_utc < ? "
                           "AND (until_utc IS NULL OR until_utc > ?) AND fields LIKE ? LIMIT 1",
                           (to_utc, from_utc, pattern))
        return series.fetchone() is not None

    def series_states(self, ids: Iterable[str]) -> dict[str, tuple[int, str]]:
        """``{series id: (version, status)}`` of these series (ids not found are left out)."""
        found: dict[str, tuple[int, str]] = {}
        ids = list(ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            for key, version, status in self._sql(
                    f"SELECT id, version, status FROM session WHERE id IN ({marks}) "
                    "AND kind = 'SERIES'", chunk):
                found[key] = (version, status)
        return found

    def read_token(self) -> tuple[object, ...] | None:
        """A value that stays equal while nothing is committed to the database, by any
        connection, this thread's included (SQLite: this thread's connection itself, whose
        ``PRAGMA data_version`` changes with every commit of another connection, and its own
        change count); None where there is no such value (PostgreSQL). Inside a read
        transaction, after its first read, it names that transaction's snapshot.

        None too inside a read that did not open its own transaction (a read within a write
        or another read): a write's changes count before they are committed, and a rollback
        does not take the count back, so its token could name data that never existed."""
        if self.dialect.name != "sqlite" or not getattr(self._local, "own_read", False):
            return None
        connection = self.database.db.connection()
        version = self._sql("PRAGMA data_version").fetchone()[0]
        return connection, version, connection.total_changes

    def series_needing_expansion(self, from_utc: int, to_utc: int, *,
                                 types: Sequence[str] | None,
                                 schedule_ids: Iterable[str] | None) -> list[SessionRecord]:
        """Series whose materialised instances stop before ``to_utc`` but which go on."""
        sql = (f"SELECT {SELECT_COLUMNS} FROM session s WHERE s.kind = 'SERIES' "
               "AND s.materialized_until < ? AND s.start_utc < ? "
               "AND (s.until_utc IS NULL OR s.until_utc > ?)")
        params: list[Any] = [to_utc, to_utc, from_utc]
        sql, params = _narrow(sql, params, "s", types, schedule_ids)
        return [SessionRecord.from_row(r) for r in self._sql(sql, params)]

    def series_overlapping(self, from_utc: int, to_utc: int, *,
                           types: Sequence[str] | None = None) -> list[SessionRecord]:
        """Series definitions whose active span overlaps the window (instances=False), of
        ``types`` only when given (the window's working hours: not every series built)."""
        sql = (f"SELECT {SELECT_COLUMNS} FROM session s WHERE s.kind = 'SERIES' "
               "AND s.start_utc < ? AND (s.until_utc IS NULL OR s.until_utc > ?)")
        sql, params = _narrow(sql, [to_utc, from_utc], "s", types, None)
        sql += " ORDER BY s.start_utc, s.id"
        return [SessionRecord.from_row(r) for r in self._sql(sql, params)]

    def series_to_roll_forward(self, horizon: int) -> list[SessionRecord]:
        sql = (f"SELECT {SELECT_COLUMNS} FROM session WHERE kind = 'SERIES' "
               "AND materialized_until < ? AND (until_utc IS NULL OR until_utc > "
               "materialized_until)")
        return [SessionRecord.from_row(r) for r in self._sql(sql, (horizon,))]

    def all_rows(self, kinds: Sequence[str]) -> list[tuple[Any, ...]]:
        """The rows (``COLUMNS`` order, as tuples) of the given kinds in (start, id) order:
        an export of the whole calendar builds its sessions from them directly."""
        sql = (f"SELECT {SELECT_COLUMNS} FROM session WHERE kind IN "
               f"({', '.join('?' for _ in kinds)}) ORDER BY start_utc, id")
        return self._sql(sql, list(kinds)).fetchall()

    def all_records(self, kinds: Sequence[str] | None = None) -> list[SessionRecord]:
        sql = f"SELECT {SELECT_COLUMNS} FROM session"
        params: list[Any] = []
        if kinds:
            sql += f" WHERE kind IN ({', '.join('?' for _ in kinds)})"
            params = list(kinds)
        return [SessionRecord.from_row(r) for r in self._sql(sql + " ORDER BY start_utc, id",
                                                             params)]

    # -- materialised instances ---------------------------------------------------------
    def replace_occurrences(self, series_id: str, rows: Sequence[tuple[str, int, int, str]],
                            materialized_until: int) -> None:
        """Swap the materialised instances of a series: rows are (id, start, end, original)."""
        self._sql("DELETE FROM occurrence WHERE series_id = ?", (series_id,))
        self._many("INSERT INTO occurrence (id, series_id, start_utc, end_utc, original_local) "
                   "VALUES (?, ?, ?, ?, ?)", [(i, series_id, s, e, o) for i, s, e, o in rows])
        self._sql("UPDATE session SET materialized_until = ? WHERE id = ?",
                  (materialized_until, series_id))
        if rows:
            self.note_duration("occurrence", max(e - s for _, s, e, _ in rows))

    def count(self, table: str = "session") -> int:
        rows: int = self._sql(f"SELECT count(*) FROM {table}").fetchone()[0]
        return rows

    # -- schedules ----------------------------------------------------------------------
    def schedules(self) -> list[ScheduleRecord]:
        rows = self._sql(f"SELECT {', '.join(SCHEDULE_COLUMNS)} FROM schedule ORDER BY name, id")
        return [_schedule_from_row(r) for r in rows]

    def get_schedule(self, schedule_id: str) -> ScheduleRecord | None:
        row = self._sql(f"SELECT {', '.join(SCHEDULE_COLUMNS)} FROM schedule WHERE id = ?",
                        (schedule_id,)).fetchone()
        return _schedule_from_row(row) if row else None

    def insert_schedule(self, record: ScheduleRecord) -> None:
        self._sql(_SCHEDULE_INSERT, _schedule_to_row(record))
        self._bump_schedules_revision()

    def update_schedule(self, record: ScheduleRecord, expected_version: int) -> bool:
        row = _schedule_to_row(record)
        cursor = self._sql(_SCHEDULE_UPDATE, (*row[1:], record.id, expected_version))
        self._bump_schedules_revision()
        return cursor.rowcount == 1

    def put_schedule(self, record: ScheduleRecord) -> None:
        """Write a schedule row back as it was (undo), creating it if it is gone."""
        row = _schedule_to_row(record)
        cursor = self._sql(f"UPDATE schedule SET "
                           f"{', '.join(f'{c} = ?' for c in SCHEDULE_COLUMNS[1:])} WHERE id = ?",
                           (*row[1:], record.id))
        if cursor.rowcount == 0:
            self._sql(_SCHEDULE_INSERT, row)
        self._bump_schedules_revision()

    def delete_schedule(self, schedule_id: str) -> None:
        self._sql("DELETE FROM schedule WHERE id = ?", (schedule_id,))
        self._bump_schedules_revision()

    def bump_session_versions(self, schedule_id: str) -> None:
        """Singles and series of a schedule show its changed defaults: their versions grow
        (an instance's version is its series' plus its exception's, so it grows too)."""
        self._sql("UPDATE session SET version = version + 1 WHERE schedule_id = ? "
                  "AND kind != 'EXCEPTION'", (schedule_id,))

    def sessions_of_schedule(self, schedule_id: str) -> int:
        rows: int = self._sql("SELECT count(*) FROM session WHERE schedule_id = ?",
                              (schedule_id,)).fetchone()[0]
        return rows

    def schedules_revision(self) -> int:
        return int(self.get_meta("schedules_revision", "0") or 0)

    def _bump_schedules_revision(self) -> None:
        self.set_meta("schedules_revision", str(self.schedules_revision() + 1))

    def sessions_revision(self) -> int:
        return int(self.get_meta("sessions_revision", "0") or 0)

    def bump_sessions_revision(self) -> None:
        self.set_meta("sessions_revision", str(self.sessions_revision() + 1))

    # -- change records (live refresh) ----------------------------------------------------
    def log_change(self, summary: dict[str, Any]) -> None:
        """Keep a change record for the other desks, inside the writer's transaction: it is
        there (and, on PostgreSQL, announced with NOTIFY) exactly when the write commits.

        ``summary``: ``a`` action, ``i`` ids (None: too many to list), ``s``/``e`` the epoch
        seconds touched (None: unbounded), ``c`` schedule ids."""
        ids = summary.get("i")
        if ids is not None and len(ids) > MAX_LOGGED_IDS:
            summary = {**summary, "i": None}
        payload = json.dumps({**summary, "o": self.origin}, separators=(",", ":"))
        self._sql("INSERT INTO change_log (at_utc, origin, payload) VALUES (?, ?, ?)",
                  (int(time.time()), self.origin, payload))
        self._sql("DELETE FROM change_log WHERE seq <= (SELECT max(seq) FROM change_log) - ?",
                  (CHANGE_LOG_KEEP,))
        if self.dialect.name == "postgresql":
            self._sql("SELECT pg_notify(?, ?)", (CHANNEL, payload))


def _lower(bound: int, after: tuple[int, str] | None) -> int:
    """The index range starts at the keyset position: SQLite cannot seek on the OR below."""
    return max(bound, after[0]) if after is not None else bound


def _keyset(sql: str, params: list[Any], alias: str, after: tuple[int, str] | None,
            limit: int | None) -> tuple[str, list[Any]]:
    if after is not None:
        sql += (f" AND ({alias}.start_utc > ? OR ({alias}.start_utc = ? AND {alias}.id > ?))")
        params = [*params, after[0], after[0], after[1]]
    sql += f" ORDER BY {alias}.start_utc, {alias}.id"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return sql, params


def _narrow(sql: str, params: list[Any], alias: str, types: Sequence[str] | None,
            schedule_ids: Iterable[str] | None) -> tuple[str, list[Any]]:
    if types:
        sql += f" AND {alias}.type IN ({', '.join('?' for _ in types)})"
        params = [*params, *types]
    if schedule_ids is not None:
        ids = list(schedule_ids)
        sql += f" AND {alias}.schedule_id IN ({', '.join('?' for _ in ids) or 'NULL'})"
        params = [*params, *ids]
    return sql, params


def _schedule_from_row(row: tuple[Any, ...]) -> ScheduleRecord:
    values = dict(zip(SCHEDULE_COLUMNS, row, strict=True))
    values["defaults"] = json.loads(values["defaults"])
    return ScheduleRecord(**values)


def _schedule_to_row(record: ScheduleRecord) -> tuple[Any, ...]:
    values = [getattr(record, c) for c in SCHEDULE_COLUMNS]
    values[SCHEDULE_COLUMNS.index("defaults")] = json.dumps(record.defaults, sort_keys=True)
    return tuple(values)


CHANNEL = "sessions_desktop_changes"

__all__ = ["CHANNEL", "EXCEPTION", "Repository"]
