"""`sessions-desktop copy`: SQLite -> PostgreSQL -> SQLite gives identical rows; a copy is
all or nothing and never into a calendar that holds data."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import pytest

from sessions_desktop.errors import FailedPreconditionError, NotFoundError, StorageError
from sessions_desktop.services import open_services
from sessions_desktop.storage import copy as copying
from sessions_desktop.storage.copy import TABLES, copy_calendar
from tests.ui.business import build_business
from tests.ui.conftest import MONDAY

NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)


@pytest.fixture
def studio(tmp_path):
    path = tmp_path / "studio.sqlite3"
    with open_services(path, now=lambda: NOW) as svc:
        svc.ctx.set_business_zone("Europe/Berlin")
        business = build_business(svc, MONDAY)
        moved = svc.queries.query_sessions(datetime(2026, 11, 23), datetime(2026, 11, 30),
                                           filter={"title": "Morning yoga"}).items[1]
        svc.sessions.update_session(moved.id, {"title": "Morning yoga (sub)"})
        svc.sessions.delete_session(business.sessions["closure"])
    return path


def rows_of(path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        found = {table: conn.execute(f"SELECT {', '.join(columns)} FROM {table} "
                                     f"ORDER BY {key}").fetchall()
                 for table, columns, key in TABLES}
    conn.close()
    found["meta"] = [row for row in found["meta"] if row[0] != "schema_version"]
    return found


def test_a_round_trip_through_postgresql_gives_identical_rows(studio, pg_cluster, tmp_path):
    url = pg_cluster.create_database("moved")
    seen = []
    there = copy_calendar(studio, url, lambda table, done, total: seen.append(table))
    back = copy_calendar(url, tmp_path / "back.sqlite3")
    assert rows_of(tmp_path / "back.sqlite3") == rows_of(studio)
    assert {t: c.sha256 for t, c in there.tables.items()} == \
        {t: c.sha256 for t, c in back.tables.items()}
    assert there.tables["occurrence"].rows > 1000 and "checking session" in seen
    with open_services(url, now=lambda: NOW) as svc:   # and the copy works as a calendar
        week = svc.queries.query_sessions(datetime(2026, 11, 23), datetime(2026, 11, 30),
                                          limit=1000).items
        assert any(s.title == "Morning yoga (sub)" for s in week)
    pg_cluster.drop_database("moved")


def test_the_target_must_be_empty_and_is_left_alone(studio, tmp_path):
    other = tmp_path / "other.sqlite3"
    with open_services(other) as svc:
        svc.schedules.create_schedule({"name": "Mine", "kind": "STAFF"})
    before = rows_of(other)
    with pytest.raises(FailedPreconditionError):
        copy_calendar(studio, other)
    assert rows_of(other) == before


def test_a_missing_source_creates_nothing(tmp_path):
    with pytest.raises(NotFoundError):
        copy_calendar(tmp_path / "nothing.sqlite3", tmp_path / "new.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_a_copy_that_fails_its_check_leaves_no_target(studio, tmp_path, monkeypatch):
    real = copying.digest

    def tampered(side, table, columns, key):
        check = real(side, table, columns, key)
        if table == "session" and side.database.file_path.name == "new.sqlite3":
            check.sha256 = "0" * 64
        return check

    monkeypatch.setattr(copying, "digest", tampered)
    with pytest.raises(StorageError, match="differs from the source"):
        copy_calendar(studio, tmp_path / "new.sqlite3")
    assert not (tmp_path / "new.sqlite3").exists()


def test_a_failed_copy_into_postgresql_leaves_the_database_empty(studio, pg_cluster,
                                                                 monkeypatch):
    url = pg_cluster.create_database("half")
    real = copying._write

    def failing(dst, table, columns, batch):
        if table == "occurrence":
            raise StorageError("disk full (simulated)")
        real(dst, table, columns, batch)

    monkeypatch.setattr(copying, "_write", failing)
    with pytest.raises(StorageError):
        copy_calendar(studio, url)
    assert pg_cluster.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
                          "half") == [(0,)]
    pg_cluster.drop_database("half")


def test_the_copy_command_prints_progress_and_a_checked_report(studio, tmp_path):
    from tests.storage.test_postgres_open import run_cli

    done = run_cli(tmp_path, "copy", "--from", str(studio), "--to", "moved.sqlite3",
                   "--progress")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["verified"]
    assert report["tables"]["session"]["rows"] == len(rows_of(studio)["session"])
    assert "session: 0 / " in done.stderr and "checking change_log" in done.stderr
    assert rows_of(tmp_path / "moved.sqlite3") == rows_of(studio)
    again = run_cli(tmp_path, "copy", "--from", str(studio), "--to", "moved.sqlite3")
    assert again.returncode == 5 and len(again.stderr.splitlines()) == 1
    assert again.stderr.startswith("FAILED_PRECONDITION: the target already holds a calendar")
