"""Storage trouble in plain words, on real file systems: a full disk, a read-only disk, a file
that vanished. The message says what happened, nothing is changed, and the window keeps
running."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from sessions_desktop.errors import StorageError
from sessions_desktop.services import open_services
from tests.desktop.support import NOW, open_window
from tests.filesystems import fill, read_only_place, small_disk

ROOT = Path(__file__).resolve().parents[2]


def rows(path: Path) -> list:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return con.execute("SELECT id, version, fields FROM session ORDER BY id").fetchall()


def big_ics(events: int) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//EN"]
    for n in range(events):
        lines += ["BEGIN:VEVENT", f"UID:full-{n}", "DTSTAMP:20260101T000000Z",
                  f"DTSTART:2027{1 + n % 12:02d}{1 + n % 28:02d}T{8 + n % 10:02d}0000Z",
                  f"DTEND:2027{1 + n % 12:02d}{1 + n % 28:02d}T{9 + n % 10:02d}0000Z",
                  f"SUMMARY:Session number {n} with a title long enough to take room",
                  f"DESCRIPTION:{'notes ' * 30}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def test_a_full_disk_during_import_says_so_and_changes_nothing(tmp_path):
    with small_disk(tmp_path / "disk", 1200) as disk:
        db = disk / "studio.sqlite3"
        with open_services(db, now=lambda: NOW) as svc:
            yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP"})
            svc.sessions.create_session({"schedule_id": yoga.id, "title": "Before",
                                         "start": datetime(2027, 1, 4, 10),
                                         "end": datetime(2027, 1, 4, 11)})
        before = rows(db)
        source = tmp_path / "big.ics"
        source.write_bytes(big_ics(4000))
        done = subprocess.run([sys.executable, "-m", "sessions_desktop", "--db", str(db),
                               "import", str(source)], capture_output=True, text=True,
                              cwd=ROOT, timeout=300)
        assert done.returncode == 6, done.stderr
        assert done.stderr.splitlines() == [
            f"STORAGE: the disk is full; nothing was changed ({db}). Free some space and try "
            "again"]
        assert rows(db) == before


def test_a_full_disk_in_the_window_is_a_message_and_the_window_goes_on(qtbot, tmp_path,
                                                                         settings):
    with small_disk(tmp_path / "disk", 1024) as disk:
        svc = open_services(disk / "studio.sqlite3", now=lambda: NOW)
        yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP"})
        win = open_window(qtbot, svc, settings)
        shown = []
        win.ops.show_error = lambda label, exc: shown.append(str(exc))
        filler = fill(disk)
        new = {"schedule_id": yoga.id, "start": datetime(2026, 11, 25, 10),
               "end": datetime(2026, 11, 25, 11), "title": "x" * 4000, "notes": "y" * 20000}
        for _ in range(40):           # SQLite has a little room in its pages; use it up
            if win.ops.call("New session", svc.sessions.create_session, new) is None:
                break
        assert shown and shown[-1].startswith("the disk is full; nothing was changed")
        filler.unlink()
        assert win.ops.call("New session", svc.sessions.create_session, new) is not None
        assert win.isVisible()
        win.close()
        svc.close()


def test_a_read_only_disk_opens_read_only_and_says_so(qtbot, tmp_path, settings):
    with read_only_place(tmp_path) as (folder, lock):
        db = folder / "studio.sqlite3"
        with open_services(db, now=lambda: NOW) as svc:
            svc.ctx.set_business_zone("Europe/Berlin")
            yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP"})
            svc.sessions.create_session({"schedule_id": yoga.id, "title": "Kept",
                                         "start": datetime(2026, 11, 25, 10),
                                         "end": datetime(2026, 11, 25, 11)})
        lock()
        svc = open_services(db, now=lambda: NOW)
        assert svc.read_only
        win = open_window(qtbot, svc, settings)
        assert "(read-only)" in win.windowTitle()
        assert not win.acts.new.isEnabled() and not win.acts.import_ics.isEnabled()
        assert not any(b.isEnabled() for b in win.desktop.welcome.buttons.values())
        assert "read-only" in win.file_label.text()
        assert win.read_only_badge.isVisible()
        assert [s.title for s in win.controller.shown()] == ["Kept"]
        shown = []
        win.ops.show_error = lambda label, exc: shown.append(str(exc))
        assert win.ops.call("Move", svc.sessions.update_session, win.controller.shown()[0].id,
                            {"title": "Changed"}) is None
        assert "is open read-only" in shown[0] and "nothing was changed" in shown[0]
        told = []
        win.read_only_notice = lambda: told.append(True)
        start = datetime(2026, 11, 26, 10, tzinfo=svc.ctx.business_zone)
        win.views.create_requested.emit(start, start.replace(hour=11))
        assert told == [True] and [s.title for s in win.controller.shown()] == ["Kept"]
        win.grab().save(str(tmp_path / "read-only.png"))
        win.close()
        svc.close()


def test_the_command_line_reads_a_read_only_disk_and_refuses_to_write(tmp_path):
    with read_only_place(tmp_path) as (folder, lock):
        db = folder / "studio.sqlite3"
        with open_services(db, now=lambda: NOW) as svc:
            yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP"})
        lock()
        command = [sys.executable, "-m", "sessions_desktop", "--db", str(db)]
        listed = subprocess.run([*command, "schedules"], capture_output=True, text=True,
                                cwd=ROOT, timeout=120)
        assert listed.returncode == 0 and "Yoga" in listed.stdout, listed.stderr
        refused = subprocess.run([*command, "create", "--json", "-"], capture_output=True,
                                 text=True, cwd=ROOT, timeout=120, input=(
                                     f'{{"scheduleId": "{yoga.id}", "start": '
                                     '"2027-01-04T10:00", "end": "2027-01-04T11:00"}'))
        assert refused.returncode == 6
        assert refused.stderr.startswith(f"STORAGE: the database {db} is open read-only")


def test_a_vanished_file_refuses_writes_and_the_window_goes_on(qtbot, tmp_path, settings):
    db = tmp_path / "stick" / "studio.sqlite3"
    db.parent.mkdir()
    svc = open_services(db, now=lambda: NOW)
    yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP"})
    win = open_window(qtbot, svc, settings)
    shown = []
    win.ops.show_error = lambda label, exc: shown.append(str(exc))
    for path in db.parent.iterdir():         # the stick is pulled: the files are gone
        path.unlink()
    new = {"schedule_id": yoga.id, "start": datetime(2026, 11, 25, 10),
           "end": datetime(2026, 11, 25, 11)}
    assert win.ops.call("New session", svc.sessions.create_session, new) is None
    assert "was moved, deleted or its drive was removed while it was open" in shown[0]
    assert not db.exists()                    # nothing written into the void
    try:
        svc.sessions.create_session(new)
    except StorageError as exc:
        assert "nothing was changed" in str(exc)
    assert win.isVisible()
    win.close()
    svc.close()
