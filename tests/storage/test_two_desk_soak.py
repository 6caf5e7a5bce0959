"""The two-desk soak: two processes, 1,000 versioned writes each on the same few sessions.

Each desk reads a session, then writes it with the version it read (a move and a new title).
Afterwards: every attempt was acknowledged or refused with CONFLICT (nothing else), every
acknowledged write produced exactly one new version (no two share one: no lost update), each
session's version is 1 + its acknowledged writes, and what is stored is the last acknowledged
write of each session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest

from sessions_desktop.services import open_services

ROOT = Path(__file__).resolve().parents[2]
WRITES = 1000
SESSIONS = 4

DESK = """
import json, random, sys
from datetime import datetime, timedelta
from sessions_desktop.errors import ConflictError
from sessions_desktop.services import open_services
location, desk, ids, count = sys.argv[1], sys.argv[2], sys.argv[3].split(","), int(sys.argv[4])
rng = random.Random(desk)
svc = open_services(location)
for i in range(count):
    session_id = rng.choice(ids)
    seen = svc.sessions.get_session(session_id)
    start = datetime(2026, 12, 1, 8) + timedelta(minutes=15 * rng.randrange(40))
    title = f"{desk}-{i}"
    try:
        saved = svc.sessions.update_session(
            session_id, {"title": title, "start": start, "end": start + timedelta(hours=1)},
            expected_version=seen.version)
    except ConflictError:
        print(json.dumps(["conflict", session_id, seen.version]), flush=True)
        continue
    # The write made version seen + 1; ``saved`` is read afterwards and may already show the
    # other desk's next write.
    assert saved.version >= seen.version + 1
    print(json.dumps(["ok", session_id, seen.version + 1, title, start.isoformat()]), flush=True)
svc.close()
"""


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_desks_lose_no_update(backend, request, tmp_path):
    location = str(tmp_path / "soak.sqlite3") if backend == "sqlite" else \
        request.getfixturevalue("pg_url")
    with open_services(location) as svc:
        svc.ctx.set_business_zone("Europe/Berlin")
        room = svc.schedules.create_schedule({"name": "Room", "kind": "ROOM"})
        ids = [svc.sessions.create_session({"schedule_id": room.id, "title": "start",
                                            "start": datetime(2026, 12, 1, 9),
                                            "end": datetime(2026, 12, 1, 10)}).id
               for _ in range(SESSIONS)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    desks = [subprocess.Popen([sys.executable, "-c", DESK, location, name, ",".join(ids),
                               str(WRITES)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for name in ("front", "back")]
    outcomes = []
    for desk in desks:
        out, err = desk.communicate(timeout=600)
        assert desk.returncode == 0, err
        outcomes.extend(json.loads(line) for line in out.splitlines())
    assert len(outcomes) == 2 * WRITES, "every attempt was acknowledged or refused"
    acknowledged = [o for o in outcomes if o[0] == "ok"]
    conflicts = [o for o in outcomes if o[0] == "conflict"]
    assert len(acknowledged) + len(conflicts) == 2 * WRITES
    versions = defaultdict(list)
    for _, session_id, version, title, start in acknowledged:
        versions[session_id].append((version, title, start))
    with open_services(location) as svc:
        for session_id in ids:
            writes = sorted(versions[session_id])
            assert [v for v, _, _ in writes] == list(range(2, len(writes) + 2)), \
                "each acknowledged write made exactly one new version: none was lost"
            stored = svc.sessions.get_session(session_id)
            assert stored.version == 1 + len(writes)
            _, last_title, last_start = writes[-1]
            assert (stored.title, stored.start.replace(tzinfo=None).isoformat()) == \
                (last_title, last_start)
    print(f"\n{backend}: {len(acknowledged)} acknowledged, {len(conflicts)} conflicts")
