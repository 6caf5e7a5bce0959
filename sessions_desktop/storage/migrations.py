"""Numbered schema migrations. The file is copied aside before any migration runs.

Each migration is a list of SQL statements applied in one transaction; ``schema_version`` in
the ``meta`` table says how many have run. Never edit a released migration: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import peewee

from sessions_desktop.errors import StorageError

MIGRATIONS: list[list[str]] = [
    # 1: schedules, sessions (singles, series definitions, exceptions), materialised instances.
    [
        """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
        """CREATE TABLE schedule (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            owner_kind TEXT NOT NULL,
            kind TEXT NOT NULL,
            owner_id TEXT,
            time_zone TEXT NOT NULL,
            colour TEXT NOT NULL,
            defaults TEXT NOT NULL,
            default_duration INTEGER NOT NULL,
            status TEXT NOT NULL,
            version INTEGER NOT NULL,
            created_utc INTEGER NOT NULL,
            updated_utc INTEGER NOT NULL)""",
        """CREATE TABLE session (
            id TEXT PRIMARY KEY,
            schedule_id TEXT NOT NULL REFERENCES schedule(id),
            kind TEXT NOT NULL CHECK (kind IN ('SINGLE', 'SERIES', 'EXCEPTION')),
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            start_utc INTEGER NOT NULL,
            end_utc INTEGER NOT NULL,
            start_local TEXT NOT NULL,
            end_local TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            all_day INTEGER NOT NULL,
            recurrence TEXT,
            rdates TEXT,
            exdates TEXT,
            until_utc INTEGER,
            materialized_until INTEGER,
            series_id TEXT REFERENCES session(id) ON DELETE CASCADE,
            original_local TEXT,
            fields TEXT NOT NULL,
            version INTEGER NOT NULL,
            created_utc INTEGER NOT NULL,
            updated_utc INTEGER NOT NULL)""",
        "CREATE INDEX session_window ON session(start_utc, end_utc)",
        "CREATE INDEX session_series ON session(series_id, original_local)",
        "CREATE INDEX session_schedule ON session(schedule_id, start_utc)",
        "CREATE INDEX session_kind ON session(kind)",
        """CREATE TABLE occurrence (
            id TEXT PRIMARY KEY,
            series_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            start_utc INTEGER NOT NULL,
            end_utc INTEGER NOT NULL,
            original_local TEXT NOT NULL) WITHOUT ROWID""",
        "CREATE INDEX occurrence_window ON occurrence(start_utc, end_utc)",
        "CREATE INDEX occurrence_series ON occurrence(series_id)",
    ],
    # 2: keyset paging reads windows in (start, id) order straight from a covering index.
    [
        "CREATE INDEX session_keyset ON session(start_utc, id, end_utc)",
        "CREATE INDEX occurrence_keyset ON occurrence(start_utc, id, end_utc)",
    ],
    # 3: change records, so another process's writes can be noticed and shown (live refresh).
    [
        """CREATE TABLE change_log (
            seq INTEGER PRIMARY KEY,
            at_utc INTEGER NOT NULL,
            origin TEXT NOT NULL,
            payload TEXT NOT NULL)""",
    ],
]

LATEST = len(MIGRATIONS)


def current_version(db: peewee.SqliteDatabase) -> int:
    exists = db.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    if not exists:
        return 0
    row = db.execute_sql("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0]) if row else 0


def backup_path(database_file: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return database_file.with_name(f"{database_file.stem}.v{version}.{stamp}.backup.sqlite3")


def upgrade(db: peewee.SqliteDatabase, backup: Callable[[Path], Path] | None = None) -> int:
    """Bring the schema to LATEST; copy a non-empty database aside first."""
    version = current_version(db)
    if version > LATEST:
        raise StorageError(f"the database was written by a newer Sessions Desktop (schema "
                           f"{version}, this version knows {LATEST}); nothing was changed")
    if version == LATEST:
        return version
    if version > 0 and backup is not None and db.database != ":memory:":
        backup(backup_path(Path(db.database), version))
    for number in range(version + 1, LATEST + 1):
        with db.atomic():
            for statement in MIGRATIONS[number - 1]:
                db.execute_sql(statement)
            db.execute_sql("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
                           (str(number),))
    return LATEST
