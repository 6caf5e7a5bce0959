"""New sessions of an import are written a few hundred at a time: the database ends up the
same as with one insert each, and a failed write still fails the whole import."""

from __future__ import annotations

import pytest
from test_transfer_import import event, ics
from transfer_sample import fresh

from sessions_desktop.errors import StorageError
from sessions_desktop.services import transfer_apply
from sessions_desktop.services.transfer import import_ics


def sample() -> bytes:
    events = [event(f"e{i}@x", f"202503{1 + i % 28:02}T0{i % 9}0000",
                    f"202503{1 + i % 28:02}T0{i % 9}4500", f"E{i}") for i in range(40)]
    events += [event("r@x", "20250304T180000", "20250304T190000", "Weekly",
                     "RRULE:FREQ=WEEKLY;COUNT=4"),
               event("r@x", "20250311T200000", "20250311T210000", "Moved",
                     "RECURRENCE-ID;TZID=Europe/Berlin:20250311T180000"),
               event("late@x", "20250320T090000", "20250320T100000", "Late")]
    return ics(*events, name="Bulk")


def rows(svc) -> list[tuple]:
    names = {s.id: s.name for s in svc.schedules.list_schedules()}
    found = svc.ctx.repo.database.execute("SELECT * FROM session ORDER BY id").fetchall()
    columns = [c[1] for c in svc.ctx.repo.database.execute("PRAGMA table_info(session)")]
    at = columns.index("schedule_id")
    return [(*row[:at], names[row[at]], *row[at + 1:]) for row in found]


def test_batched_inserts_write_what_single_inserts_write(tmp_path, monkeypatch):
    one_by_one = fresh(tmp_path / "one.sqlite3")
    monkeypatch.setattr(transfer_apply, "FLUSH_EVERY", 1)
    first = import_ics(one_by_one, sample())
    batched = fresh(tmp_path / "batched.sqlite3")
    monkeypatch.setattr(transfer_apply, "FLUSH_EVERY", 7)
    second = import_ics(batched, sample())
    assert rows(batched) == rows(one_by_one) and len(rows(batched)) > 40
    assert (second.created, second.instances, second.schedules) == \
        (first.created, first.instances, first.schedules)
    assert second.change.ids == first.change.ids
    assert [k for k, _ in second.change.after] == [k for k, _ in first.change.after]
    assert batched.ctx.repo.max_duration("session") == one_by_one.ctx.repo.max_duration(
        "session")
    one_by_one.close()
    batched.close()


def test_a_failed_batch_write_writes_nothing(tmp_path, monkeypatch):
    svc = fresh(tmp_path / "target.sqlite3")

    def broken(self, records):
        raise StorageError("the disk is full; nothing was saved")

    monkeypatch.setattr(type(svc.ctx.repo), "insert_many", broken)
    with pytest.raises(StorageError):
        import_ics(svc, sample())
    assert svc.ctx.repo.database.execute("SELECT count(*) FROM session").fetchone()[0] == 0
    assert svc.schedules.list_schedules() == []
    svc.close()
