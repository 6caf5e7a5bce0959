"""What differs between SQLite and PostgreSQL in the repository's SQL, and nothing else.

The repository writes its statements once, with ``?`` parameters and the upsert form both
engines know (``INSERT ... ON CONFLICT (key) DO UPDATE``). A dialect turns ``?`` into
psycopg's ``%s`` and says how a write transaction takes the write lock:

- SQLite: ``BEGIN IMMEDIATE`` (the file's one write lock, taken at once).
- PostgreSQL: ``pg_advisory_xact_lock`` as the transaction's first statement. Writers from
  every desk queue on one lock exactly as SQLite writers do, so the read-check-write of a
  service call (versions, the stored longest duration, revision counters) sees no other
  writer between its read and its write; readers never wait (MVCC).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import peewee

if TYPE_CHECKING:
    from sessions_desktop.storage.backends import Backend

# Any constant works; it only has to be the same on every desk. ("SDsk" as a number.)
WRITE_LOCK_KEY = 0x5344736B


class SqliteDialect:
    name = "sqlite"

    def sql(self, text: str) -> str:
        return text

    @contextmanager
    def write_transaction(self, db: peewee.Database) -> Iterator[None]:
        with db.atomic(lock_type="IMMEDIATE"):
            yield


class PostgresDialect:
    name = "postgresql"

    def __init__(self) -> None:
        self._converted: dict[str, str] = {}

    def sql(self, text: str) -> str:
        """``?`` placeholders as ``%s`` (our SQL has no ``?`` or ``%`` inside literals)."""
        converted = self._converted.get(text)
        if converted is None:
            converted = text.replace("%", "%%").replace("?", "%s")
            if len(self._converted) < 2000:
                self._converted[text] = converted
        return converted

    @contextmanager
    def write_transaction(self, db: peewee.Database) -> Iterator[None]:
        outermost = not db.in_transaction()
        with db.atomic():
            if outermost:
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
            yield


def dialect_for(database: Backend) -> SqliteDialect | PostgresDialect:
    return PostgresDialect() if getattr(database, "kind", "sqlite") == "postgresql" \
        else SqliteDialect()


def upsert(table: str, columns: tuple[str, ...], key: str) -> str:
    """Insert a row or overwrite the one with the same key, in SQL both engines accept."""
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "
            f"ON CONFLICT ({key}) DO UPDATE SET {updates}")
