"""A large import with worker processes: its workers start before the file is scanned, read
its events beside this process (which reads a batch itself rather than wait), and compute the
materialised rows of its series at the end while this process writes them. The database is
the one a single process writes; a cancel at the end writes nothing."""

from __future__ import annotations

import pytest
from test_transfer_import import event, ics
from transfer_sample import fresh

from sessions_desktop.ical import ImportCancelled, batch, import_
from sessions_desktop.services import materialise_many, transfer_apply
from sessions_desktop.services.transfer import import_ics


def calendar() -> bytes:
    events = [event(f"s{i}@x", f"2025{1 + i % 12:02}{1 + i % 28:02}T0{i % 9}0000",
                    f"2025{1 + i % 12:02}{1 + i % 28:02}T0{i % 9}4500", f"S{i}")
              for i in range(120)]
    rules = ["FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=DAILY;COUNT=40", "FREQ=MONTHLY;BYDAY=2TU",
             "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270101T000000Z"]
    for i in range(23):
        start = f"2025{1 + i % 9:02}{3 + i % 20:02}T1{i % 8}3000"
        end = f"2025{1 + i % 9:02}{3 + i % 20:02}T1{i % 8}5900"
        events.append(event(f"r{i}@x", start, end, f"Series {i}", f"RRULE:{rules[i % 4]}"))
        if i % 3 == 0:     # a moved instance: the series waits for it (joined at the end)
            events.append(event(f"r{i}@x", start.replace("T1", "T0", 1),
                                end.replace("T1", "T0", 1), f"Moved {i}",
                                f"RECURRENCE-ID;TZID=Europe/Berlin:{start}"))
    return ics(*events, name="Parallel")


def tables(svc) -> dict[str, list[tuple]]:
    run = svc.ctx.repo.database.execute
    return {"session": run("SELECT id, kind, start_utc, end_utc, until_utc, materialized_until,"
                           " fields FROM session ORDER BY id").fetchall(),
            "occurrence": run("SELECT * FROM occurrence ORDER BY id").fetchall()}


@pytest.fixture
def large(monkeypatch):
    """Everything counts as large here: rows let go, one worker however many cores."""
    monkeypatch.setattr(transfer_apply, "UNDO_ROWS", 10)
    monkeypatch.setattr(import_, "BATCH", 16)
    monkeypatch.setattr(materialise_many, "SERIES_CHUNK", 4)
    monkeypatch.setattr(batch, "worker_count", lambda: 1)


def import_into(path, monkeypatch, parallel: bool, progress=None):
    monkeypatch.setattr(batch, "PARALLEL_FROM", 0 if parallel else 10**9)
    svc = fresh(path)
    report = import_ics(svc, calendar(), progress=progress)
    return svc, report


def test_workers_write_what_one_process_writes(tmp_path, monkeypatch, large):
    shared_jobs = []
    original = batch.Shared.__init__

    def spy(self, pool, function, *args, **kwargs):
        shared_jobs.append((function.__name__, kwargs.get("steal")))
        original(self, pool, function, *args, **kwargs)

    monkeypatch.setattr(batch.Shared, "__init__", spy)
    alone, first = import_into(tmp_path / "alone.sqlite3", monkeypatch, parallel=False)
    assert shared_jobs == []
    shared, second = import_into(tmp_path / "shared.sqlite3", monkeypatch, parallel=True)
    assert ("read_batch", True) in shared_jobs and ("series_rows", True) in shared_jobs
    assert (second.created, second.instances) == (first.created, first.instances) == (143, 8)
    assert tables(shared) == tables(alone)
    assert len(tables(shared)["occurrence"]) > 500
    alone.close()
    shared.close()


def test_a_cancel_while_the_series_are_materialised_writes_nothing(tmp_path, monkeypatch,
                                                                   large):
    asked = []
    original = materialise_many.materialise_many

    def counting(repo, ids, now, pool, cancelled, **more):
        def ask() -> bool:
            asked.append(len(asked))
            return len(asked) > 2         # the third chunk is cancelled
        assert pool, "the workers were there to compute the rows"
        return original(repo, ids, now, pool, ask, **more)

    monkeypatch.setattr(transfer_apply, "materialise_many", counting)
    with pytest.raises(ImportCancelled):
        import_into(tmp_path / "cancelled.sqlite3", monkeypatch, parallel=True)
    svc = fresh(tmp_path / "cancelled.sqlite3")
    assert tables(svc) == {"session": [], "occurrence": []} and len(asked) == 3
    svc.close()
