"""Opening files: not SQLite, damaged, newer schema; migrations back up first; WAL and keys."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from sessions_desktop.errors import StorageError
from sessions_desktop.services import open_services
from sessions_desktop.storage import migrations
from sessions_desktop.storage.database import Database


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list: milk, eggs\n")
    with pytest.raises(StorageError) as info:
        open_services(path)
    assert info.value.code == "STORAGE" and "not an SQLite file" in str(info.value)
    assert path.read_text() == "shopping list: milk, eggs\n"


def test_a_damaged_database_is_a_storage_error(tmp_path):
    path = tmp_path / "broken.sqlite3"
    Database(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        open_services(path)


def test_pragmas_wal_and_foreign_keys(tmp_path):
    db = Database(tmp_path / "x.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert migrations.current_version(db.db) == migrations.LATEST


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.sqlite3"
    Database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.close()
    with pytest.raises(StorageError) as info:
        Database(path)
    assert "newer" in str(info.value)


def test_migration_backs_up_the_file_first(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    svc = open_services(path)
    sched = svc.schedules.create_schedule({"name": "Kept", "kind": "STAFF"})
    svc.close()
    released = migrations.LATEST
    extra = [*migrations.MIGRATIONS, ["CREATE TABLE note (id INTEGER PRIMARY KEY)"]]
    monkeypatch.setattr(migrations, "MIGRATIONS", extra)
    monkeypatch.setattr(migrations, "LATEST", len(extra))
    db = Database(path)
    backups = list(tmp_path.glob(f"old.v{released}.*.backup.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT name FROM schedule").fetchall() == [("Kept",)]
    copy.close()
    assert migrations.current_version(db.db) == len(extra)
    assert sched.id


def test_an_empty_new_file_gets_the_schema(tmp_path):
    path = tmp_path / "deep" / "folder" / "db.sqlite3"
    svc = open_services(path, now=lambda: datetime(2026, 1, 1).astimezone())
    assert path.exists() and svc.schedules.list_schedules() == []
