"""Soak: the window stays open while another process writes 1,000 changes. Its memory does not
grow, and it ends up showing the last state (other programs' writes reach it within a second,
``ui/shell/live_refresh.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from sessions_desktop.services import open_services
from tests.desktop.support import NOW, open_window

ROOT = Path(__file__).resolve().parents[2]
CHANGES = int(os.environ.get("SOAK_CHANGES", "1000"))   # the hand run used 4,000
WRITER = """
import sys
from datetime import UTC, datetime
from sessions_desktop.services import open_services
svc = open_services(sys.argv[1], now=lambda: datetime(2026, 11, 25, 11, tzinfo=UTC))
ids = sys.argv[2].split(",")
for n in range(1, int(sys.argv[3]) + 1):
    svc.sessions.update_session(ids[n % len(ids)], {"title": f"change {n}"})
svc.close()
"""


def resident_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc for memory")
def test_the_window_follows_a_thousand_outside_changes_without_growing(qtbot, tmp_path,
                                                                        settings):
    db = tmp_path / "soak.sqlite3"
    svc = open_services(db, now=lambda: NOW)
    svc.ctx.set_business_zone("Europe/Berlin")
    yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP"})
    ids = [svc.sessions.create_session({
        "schedule_id": yoga.id, "title": "start", "start": datetime(2026, 11, 23 + day, 9),
        "end": datetime(2026, 11, 23 + day, 10)}).id for day in range(5)]
    win = open_window(qtbot, svc, settings)

    def titles() -> set[str]:
        return {s.title for s in win.controller.shown()}

    def write(changes: int) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), ",".join(ids),
                                   str(changes)], env=env, stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: writer.poll() is not None, timeout=240_000)
        assert writer.returncode == 0, writer.stderr.read()

    write(50)                                    # warm up: caches, Qt's first allocations
    qtbot.waitUntil(lambda: "change 50" in titles(), timeout=10_000)
    before = resident_mb()
    write(CHANGES)
    qtbot.waitUntil(lambda: titles() == {f"change {n}" for n in range(CHANGES - 4, CHANGES + 1)},
                    timeout=10_000)
    grown = resident_mb() - before
    print(f"\nresident memory grew {grown:.1f} MB over {CHANGES} outside changes")
    assert grown < 25
    assert win.isVisible()
    win.close()
    svc.close()
