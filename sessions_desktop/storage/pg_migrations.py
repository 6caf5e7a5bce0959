"""Numbered schema migrations of a PostgreSQL calendar (SQLite's are in ``migrations.py``).

The tables and indexes are SQLite's, in PostgreSQL's types: epoch seconds as BIGINT, and every
text column in the "C" collation, so ids and names sort byte by byte as in SQLite (keyset
paging compares ``id > ?`` and merges instances with rows in Python, which needs one order).
``meta.schema_version`` counts the migrations of this list. Before a migration of a calendar
that holds data, back it up with ``pg_dump`` (the README says how); the server cannot be
copied aside the way a file can.
"""

from __future__ import annotations

import peewee

from sessions_desktop.errors import StorageError

T = 'TEXT COLLATE "C"'

MIGRATIONS: list[list[str]] = [
    # 1: SQLite's migrations 1 to 3 at once: schedules, sessions, materialised instances,
    #    the covering (start, id, end) indexes for keyset paging, and the change records.
    [
        f"CREATE TABLE meta (key {T} PRIMARY KEY, value {T} NOT NULL)",
        f"""CREATE TABLE schedule (
            id {T} PRIMARY KEY,
            name {T} NOT NULL,
            owner_kind {T} NOT NULL,
            kind {T} NOT NULL,
            owner_id {T},
            time_zone {T} NOT NULL,
            colour {T} NOT NULL,
            defaults {T} NOT NULL,
            default_duration INTEGER NOT NULL,
            status {T} NOT NULL,
            version INTEGER NOT NULL,
            created_utc BIGINT NOT NULL,
            updated_utc BIGINT NOT NULL)""",
        f"""CREATE TABLE session (
            id {T} PRIMARY KEY,
            schedule_id {T} NOT NULL REFERENCES schedule(id),
            kind {T} NOT NULL CHECK (kind IN ('SINGLE', 'SERIES', 'EXCEPTION')),
            type {T} NOT NULL,
            status {T} NOT NULL,
            start_utc BIGINT NOT NULL,
            end_utc BIGINT NOT NULL,
            start_local {T} NOT NULL,
            end_local {T} NOT NULL,
            time_zone {T} NOT NULL,
            all_day INTEGER NOT NULL,
            recurrence {T},
            rdates {T},
            exdates {T},
            until_utc BIGINT,
            materialized_until BIGINT,
            series_id {T} REFERENCES session(id) ON DELETE CASCADE,
            original_local {T},
            fields {T} NOT NULL,
            version INTEGER NOT NULL,
            created_utc BIGINT NOT NULL,
            updated_utc BIGINT NOT NULL)""",
        "CREATE INDEX session_window ON session(start_utc, end_utc)",
        "CREATE INDEX session_series ON session(series_id, original_local)",
        "CREATE INDEX session_schedule ON session(schedule_id, start_utc)",
        "CREATE INDEX session_kind ON session(kind)",
        "CREATE INDEX session_keyset ON session(start_utc, id, end_utc)",
        f"""CREATE TABLE occurrence (
            id {T} PRIMARY KEY,
            series_id {T} NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            start_utc BIGINT NOT NULL,
            end_utc BIGINT NOT NULL,
            original_local {T} NOT NULL)""",
        "CREATE INDEX occurrence_window ON occurrence(start_utc, end_utc)",
        "CREATE INDEX occurrence_series ON occurrence(series_id)",
        "CREATE INDEX occurrence_keyset ON occurrence(start_utc, id, end_utc)",
        f"""CREATE TABLE change_log (
            seq BIGSERIAL PRIMARY KEY,
            at_utc BIGINT NOT NULL,
            origin {T} NOT NULL,
            payload {T} NOT NULL)""",
    ],
]

LATEST = len(MIGRATIONS)
MIGRATION_LOCK = 0x5344736D
OUR_TABLES = frozenset({"meta", "schedule", "session", "occurrence", "change_log"})


def tables(db: peewee.Database) -> list[str]:
    return [name for (name,) in db.execute_sql(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
        "ORDER BY tablename").fetchall()]


def current_version(db: peewee.Database, shown: str) -> int:
    """0 for an empty database; refuses one that holds tables of something else."""
    found = tables(db)
    if not found:
        return 0
    row = None
    if "meta" in found:
        row = db.execute_sql("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None or not set(found) & OUR_TABLES - {"meta"}:
        listed = ", ".join(found[:5]) + (", ..." if len(found) > 5 else "")
        raise StorageError(f"the database {shown} already holds other tables ({listed}); "
                           "Sessions Desktop needs an empty database of its own; "
                           "nothing was changed")
    return int(row[0])


def upgrade(db: peewee.Database, shown: str) -> int:
    """Bring the schema to LATEST in one transaction; two desks opening a new database at
    once queue on an advisory lock, and the second finds the work done."""
    with db.atomic():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        version = current_version(db, shown)
        if version > LATEST:
            raise StorageError(f"the database {shown} was written by a newer Sessions Desktop "
                               f"(schema {version}, this version knows {LATEST}); nothing "
                               "was changed")
        for number in range(version + 1, LATEST + 1):
            for statement in MIGRATIONS[number - 1]:
                db.execute_sql(statement)
            db.execute_sql("INSERT INTO meta (key, value) VALUES ('schema_version', %s) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           (str(number),))
    return LATEST
