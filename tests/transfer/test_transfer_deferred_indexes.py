"""A large import into an empty database builds its secondary indexes once, at the end, inside
its transaction (``storage.bulk_indexes``): the database it leaves is the one an import with
the indexes kept writes, with the same schema; a refused, cancelled or killed import leaves
the indexes as they were; a database that holds sessions keeps its indexes throughout."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from test_transfer_import import event, ics
from test_transfer_parallel_finish import calendar, tables
from transfer_sample import fresh

from sessions_desktop.errors import ValidationError
from sessions_desktop.ical import batch, import_
from sessions_desktop.ical.plan import ImportCancelled
from sessions_desktop.services import transfer, transfer_apply
from sessions_desktop.storage import bulk_indexes

WINDOW = (datetime(2025, 1, 1), datetime(2025, 12, 31))
DEFERRED = {*bulk_indexes.SESSION_DEFERRED, *bulk_indexes.OCCURRENCE_DEFERRED}


def schema(svc) -> list[tuple]:
    return svc.ctx.repo.database.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()


def index_names(svc) -> set[str]:
    return {name for kind, name, _, _ in schema(svc) if kind == "index"}


@pytest.fixture
def watched(monkeypatch):
    """The indexes present while each batch is applied, one set per batch."""
    seen: list[set[str]] = []
    original = transfer_apply.Applier.apply_batch

    def spy(self, items):
        seen.append(index_names(self.svc))
        original(self, items)

    monkeypatch.setattr(transfer_apply.Applier, "apply_batch", spy)
    monkeypatch.setattr(transfer_apply, "UNDO_ROWS", 10)     # a "large" import
    return seen


@pytest.mark.parametrize("undo_rows", [10, 10**6], ids=["rows let go", "one undo step"])
def test_the_database_is_the_one_written_with_indexes_kept(tmp_path, monkeypatch, watched,
                                                          undo_rows):
    monkeypatch.setattr(transfer_apply, "UNDO_ROWS", undo_rows)
    monkeypatch.setattr(import_, "BATCH", 16)    # UIDs met again in later batches
    monkeypatch.setattr(transfer, "BULK_FROM", 10**9)
    again = [event("s3@x", "20250404T090000", "20250404T100000", "Again"),
             event("r1@x", "20250404T110000", "20250404T120000", "Not a series"),
             event("r1@x_20250104T113000", "20250404T130000", "20250404T140000", "Slot")]
    data = calendar().replace(b"END:VCALENDAR", "\r\n".join(again).encode()
                              + b"\r\nEND:VCALENDAR")
    kept = fresh(tmp_path / "kept.sqlite3")
    first = transfer.import_ics(kept, data, partial=True)
    assert all(names >= DEFERRED for names in watched)
    watched.clear()
    monkeypatch.setattr(transfer, "BULK_FROM", 1)
    deferred = fresh(tmp_path / "deferred.sqlite3")
    second = transfer.import_ics(deferred, data, partial=True)
    assert watched and all(not DEFERRED & names for names in watched)
    assert (second.created, second.updated, second.instances, second.skipped) == (
        first.created, first.updated, first.instances, first.skipped)
    assert first.created >= 143 and first.instances == 8
    assert tables(deferred) == tables(kept) and len(tables(kept)["occurrence"]) > 500
    empty = fresh(tmp_path / "empty.sqlite3")
    assert schema(deferred) == schema(kept) == schema(empty)
    week = deferred.queries.query_sessions(*WINDOW, limit=1000).items
    assert [s.id for s in week] == [s.id for s in kept.queries.query_sessions(
        *WINDOW, limit=1000).items] and week
    assert deferred.ctx.repo.database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for svc in (kept, deferred, empty):
        svc.close()


def test_with_workers_the_session_indexes_are_built_while_they_compute_rows(
        tmp_path, monkeypatch, watched):
    """A large import with a worker builds its session indexes once the worker has the first
    series to compute (``materialise_many``'s ``meanwhile``), and writes the same database."""
    monkeypatch.setattr(import_, "BATCH", 16)
    monkeypatch.setattr(transfer, "BULK_FROM", 10**9)
    kept = fresh(tmp_path / "kept.sqlite3")
    transfer.import_ics(kept, calendar())
    monkeypatch.setattr(batch, "PARALLEL_FROM", 0)
    monkeypatch.setattr(batch, "worker_count", lambda: 1)
    monkeypatch.setattr(transfer, "BULK_FROM", 1)
    shared: list[str] = []
    at_restore: list[list[str]] = []
    original_init = batch.Shared.__init__
    original_restore = bulk_indexes.DeferredIndexes.restore_sessions

    def spy_init(self, pool, function, *args, **kwargs):
        shared.append(function.__name__)
        original_init(self, pool, function, *args, **kwargs)

    def spy_restore(self):
        at_restore.append(list(shared))
        original_restore(self)

    monkeypatch.setattr(batch.Shared, "__init__", spy_init)
    monkeypatch.setattr(bulk_indexes.DeferredIndexes, "restore_sessions", spy_restore)
    deferred = fresh(tmp_path / "deferred.sqlite3")
    transfer.import_ics(deferred, calendar())
    assert at_restore == [["read_batch", "series_rows"]]
    assert tables(deferred) == tables(kept) and schema(deferred) == schema(kept)
    assert deferred.ctx.repo.database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for svc in (kept, deferred):
        svc.close()


def test_a_refused_import_leaves_the_indexes_and_writes_nothing(tmp_path, monkeypatch,
                                                                 watched):
    monkeypatch.setattr(transfer, "BULK_FROM", 1)
    svc = fresh(tmp_path / "refused.sqlite3")
    before = schema(svc)
    bad = event("big@x", "20250304T090000", "20250304T100000", "Huge",
                "X-SESSIONS-TYPE:EVENT", "X-SESSIONS-CAPACITY:5000")
    data = calendar().replace(b"END:VCALENDAR", bad.encode() + b"\r\nEND:VCALENDAR")
    with pytest.raises(ValidationError):
        transfer.import_ics(svc, data)
    assert watched and not DEFERRED & watched[-1]     # they were set aside meanwhile
    assert schema(svc) == before and tables(svc) == {"session": [], "occurrence": []}
    report = transfer.import_ics(svc, data, partial=True)
    assert report.created == 143 and [s.uid for s in report.skipped] == ["big@x"]
    assert schema(svc) == before
    svc.close()


def test_a_cancel_at_the_end_leaves_the_indexes(tmp_path, monkeypatch, watched):
    monkeypatch.setattr(transfer, "BULK_FROM", 1)
    svc = fresh(tmp_path / "cancelled.sqlite3")
    before = schema(svc)
    with pytest.raises(ImportCancelled):
        transfer.import_ics(svc, calendar(), progress=lambda done, total: done < total)
    assert watched and not DEFERRED & watched[-1]
    assert schema(svc) == before and tables(svc) == {"session": [], "occurrence": []}
    svc.close()


def test_a_database_with_sessions_keeps_its_indexes(tmp_path, monkeypatch, watched):
    monkeypatch.setattr(transfer, "BULK_FROM", 1)
    svc = fresh(tmp_path / "busy.sqlite3")
    transfer.import_ics(svc, ics(event("one@x", "20250303T090000", "20250303T100000", "One")))
    watched.clear()
    report = transfer.import_ics(svc, calendar())
    assert report.created == 143
    assert watched and all(names >= DEFERRED for names in watched)
    svc.close()


KILLED_IMPORT = """
import sys, threading
sys.path[:0] = [sys.argv[2]]
from test_transfer_parallel_finish import calendar
from transfer_sample import fresh
from sessions_desktop.services import transfer, transfer_apply
transfer.BULK_FROM = 1
original = transfer_apply.Applier.apply_batch
def stop(self, items):
    original(self, items)
    names = {r[0] for r in self.repo.database.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}
    print("written without", sorted(set(sys.argv[3].split(",")) - names), flush=True)
    threading.Event().wait()
transfer_apply.Applier.apply_batch = stop
transfer.import_ics(fresh(sys.argv[1]), calendar())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_import_leaves_the_file_with_its_indexes(tmp_path):
    path = tmp_path / "killed.sqlite3"
    here = Path(__file__).resolve().parent
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(path), str(here), ",".join(sorted(DEFERRED))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=here.parents[1],
        env={**os.environ, "PYTHONPATH": str(here.parents[1])})
    line = child.stdout.readline().decode()
    assert line == f"written without {sorted(DEFERRED)}\n", child.stderr.read().decode()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    child.stderr.close()
    svc = fresh(path)
    assert index_names(svc) >= DEFERRED
    assert tables(svc) == {"session": [], "occurrence": []}
    assert svc.ctx.repo.database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    svc.close()
