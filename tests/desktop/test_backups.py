"""Backups: one at each start (ten kept), per database file, and File > Restore from backup."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from sessions_desktop.errors import StorageError
from sessions_desktop.services import open_services
from sessions_desktop.services.backups import (
    KEEP,
    backup_at_start,
    backup_now,
    list_backups,
    restore_backup,
)
from sessions_desktop.services.sample_business import load_sample_business
from tests.desktop.support import NOW, open_window, wait_loaded


def _titles(services) -> set[str]:
    found = services.queries.query_sessions(datetime(2026, 11, 1), datetime(2026, 12, 31),
                                            type="EVENT", limit=1000)
    return {s.title for s in found.items}


def test_rotation_keeps_the_newest_ten_of_each_database(tmp_path):
    with open_services(tmp_path / "a.sqlite3", now=lambda: NOW) as a, \
            open_services(tmp_path / "b.sqlite3", now=lambda: NOW) as b:
        load_sample_business(a)
        load_sample_business(b)
        made = [backup_now(a, "start") for _ in range(KEEP + 3)]
        other = backup_now(b)
        kept = list_backups(a.path)
        assert len(kept) == KEEP
        assert [k.path for k in kept] == [m.path for m in reversed(made[-KEEP:])]
        assert not made[0].path.exists()
        assert list_backups(b.path)[0].path == other.path and other.path.exists()
        copy = sqlite3.connect(kept[0].path)
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM session").fetchone()[0] > 0
        copy.close()


def test_start_backup_only_when_something_changed_since_the_last_backup(tmp_path):
    with open_services(tmp_path / "c.sqlite3", now=lambda: NOW) as svc:
        load_sample_business(svc)
        first = backup_at_start(svc)
        assert first is not None
        assert backup_at_start(svc) is None                  # a restart, nothing changed
        schedule = svc.schedules.list_schedules()[0]
        svc.schedules.update_schedule(schedule.id, {"name": "Renamed"})
        second = backup_at_start(svc)
        assert second is not None and second.path != first.path
        assert [b.path for b in list_backups(svc.path)] == [second.path, first.path]


def test_no_backup_of_a_new_empty_database(tmp_path):
    with open_services(tmp_path / "new.sqlite3") as svc:
        assert backup_at_start(svc) is None
        assert list_backups(svc.path) == []


def test_restore_backs_up_first_and_brings_the_old_data_back(tmp_path):
    path = tmp_path / "studio.sqlite3"
    svc = open_services(path, now=lambda: NOW)
    load_sample_business(svc)
    good = backup_now(svc)
    schedule = next(iter(svc.schedules.by_id()))
    svc.sessions.create_session({"schedule_id": schedule, "title": "Added after the backup",
                                 "start": datetime(2026, 11, 26, 7), "end":
                                 datetime(2026, 11, 26, 8)})
    safety = restore_backup(svc, good.path)
    with open_services(path, now=lambda: NOW) as reopened:
        assert "Added after the backup" not in _titles(reopened)
        assert "Morning yoga" in _titles(reopened)
    assert safety.reason == "before-restore" and safety.path.exists()
    with open_services(safety.path, now=lambda: NOW) as before:
        assert "Added after the backup" in _titles(before)


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path):
    path = tmp_path / "studio.sqlite3"
    svc = open_services(path, now=lambda: NOW)
    load_sample_business(svc)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all")
    with pytest.raises(StorageError):
        restore_backup(svc, bad)
    with open_services(path, now=lambda: NOW) as reopened:
        assert "Morning yoga" in _titles(reopened)


def test_file_restore_from_backup_in_the_window(qtbot, tmp_path, settings):
    path = tmp_path / "studio.sqlite3"
    svc = open_services(path, now=lambda: NOW)
    load_sample_business(svc)
    good = backup_now(svc)
    win = open_window(qtbot, svc, settings)
    schedule = next(iter(svc.schedules.by_id()))
    svc.sessions.create_session({"schedule_id": schedule, "title": "Added after the backup",
                                 "start": datetime(2026, 11, 25, 7), "end":
                                 datetime(2026, 11, 25, 8)})
    wait_loaded(qtbot, win)
    assert "Added after the backup" in {s.title for s in win.controller.shown()}
    offered = []
    win.desktop.backups.choose_backup = lambda backups: offered.extend(backups) or backups[0]
    win.desktop.backups.confirm = lambda title, text: True
    new = win.desktop.backups.restore_from_backup()
    qtbot.addWidget(new)
    wait_loaded(qtbot, new)
    assert offered and offered[0].path == good.path
    titles = {s.title for s in new.controller.shown()}
    assert "Added after the backup" not in titles and "Morning yoga" in titles
    assert new.isVisible() and not win.isVisible()
    assert [b.reason for b in list_backups(path)][:2] == ["before-restore", "manual"]
    new.services.close()


def test_cancelled_restore_changes_nothing(qtbot, tmp_path, settings):
    svc = open_services(tmp_path / "studio.sqlite3", now=lambda: NOW)
    load_sample_business(svc)
    backup_now(svc)
    win = open_window(qtbot, svc, settings)
    win.desktop.backups.choose_backup = lambda backups: backups[0]
    win.desktop.backups.confirm = lambda title, text: False
    assert win.desktop.backups.restore_from_backup() is None
    assert len(list_backups(svc.path)) == 1 and win.isVisible()
    svc.close()
