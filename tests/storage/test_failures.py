"""SQLite's failures in plain words, found along the exception chain."""

from __future__ import annotations

import sqlite3

import pytest

from sessions_desktop.errors import StorageError
from sessions_desktop.storage.database import Database
from sessions_desktop.storage.failures import plain_words, sqlite_error_name
from sessions_desktop.storage.repository import Repository


def test_a_lock_held_past_the_wait_is_said_plainly_and_changes_nothing(tmp_path):
    path = tmp_path / "locked.sqlite3"
    repo = Repository(Database(path, busy_timeout_ms=100))
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as caught, repo.write():
            repo.set_meta("business_name", "Studio")
    finally:
        holder.rollback()
        holder.close()
    assert str(caught.value).startswith("another program has kept the database locked for "
                                        "more than 0.1 seconds; nothing was changed")
    assert repo.get_meta("business_name") is None


def test_the_cause_is_found_behind_cannot_rollback():
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active") \
                from None
    except sqlite3.OperationalError as exc:
        found = exc
    assert found.__context__ is not None
    assert sqlite_error_name(found) == "SQLITE_FULL"
    assert plain_words(found, "x.sqlite3") == ("the disk is full; nothing was changed "
                                               "(x.sqlite3). Free some space and try again")


@pytest.mark.parametrize(("text", "starts"), [
    ("attempt to write a readonly database", "the database is read-only"),
    ("disk I/O error", "the database file cannot be read or written (disk I/O error; was the "
                       "drive removed?)"),
    ("unable to open database file", "the database file cannot be opened"),
    ("file is not a database", "the database is damaged or not a database"),
    ("no such table: nowhere", "database error: no such table: nowhere"),
])
def test_each_failure_has_its_own_words(text, starts):
    words = plain_words(sqlite3.OperationalError(text))
    assert words.startswith(starts) and "nothing was changed" in words
