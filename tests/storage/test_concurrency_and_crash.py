"""Two connections on one file; a process killed in the middle of writes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from sessions_desktop.errors import ConflictError
from sessions_desktop.services import open_services

ROOT = Path(__file__).resolve().parents[2]


def test_two_connections_stale_version_is_conflict_and_writes_nothing(location):
    first = open_services(location)
    second = open_services(location)
    sched = first.schedules.create_schedule({"name": "Room", "kind": "ROOM"})
    made = first.sessions.create_session({"schedule_id": sched.id,
                                          "start": datetime(2026, 12, 1, 9),
                                          "end": datetime(2026, 12, 1, 10)})
    seen_by_second = second.sessions.get_session(made.id)
    first.sessions.update_session(made.id, {"title": "First"},
                                  expected_version=made.version)
    with pytest.raises(ConflictError):
        second.sessions.update_session(made.id, {"title": "Second"},
                                       expected_version=seen_by_second.version)
    assert second.sessions.get_session(made.id).title == "First"
    assert first.sessions.get_session(made.id).version == 2


WRITER = """
import sys
from datetime import datetime, timedelta
from sessions_desktop.services import open_services
svc = open_services(sys.argv[1])
sched = svc.schedules.create_schedule({"name": "Busy", "kind": "STAFF"})
start = datetime(2026, 1, 1, 8)
i = 0
while True:
    s = svc.sessions.create_session({"schedule_id": sched.id, "title": f"n{i}",
                                     "start": start + timedelta(hours=i),
                                     "end": start + timedelta(hours=i, minutes=30)})
    if i % 3 == 0:
        svc.sessions.update_session(s.id, {"title": f"u{i}"})
    print(s.id, flush=True)
    i += 1
"""


@pytest.mark.slow
def test_killed_writer_leaves_a_readable_database_with_every_acknowledged_write(tmp_path):
    path = tmp_path / "crash.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                            text=True, env=env)
    acknowledged = []
    assert proc.stdout is not None
    while len(acknowledged) < 150:
        line = proc.stdout.readline()
        assert line, "the writer stopped early"
        acknowledged.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    acknowledged.extend(line.strip() for line in proc.stdout.read().splitlines())
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    svc = open_services(path)
    found = [s for i in range(0, len(acknowledged), 1000)
             for s in svc.sessions.list_sessions(acknowledged[i:i + 1000])]
    assert [s.id for s in found] == acknowledged


def test_a_write_that_fails_midway_changes_nothing(location):
    svc = open_services(location)
    sched = svc.schedules.create_schedule({"name": "Room", "kind": "ROOM"})
    before = svc.ctx.repo.count()
    with pytest.raises(RuntimeError), svc.ctx.repo.write():
        svc.sessions.create_session({"schedule_id": sched.id,
                                     "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
        raise RuntimeError("power cut")
    assert svc.ctx.repo.count() == before
