"""What reminders cost: the bounded reads of the reminder center against the naive way.

On a copy of the benchmark business (benchmarks/build_business.py, 1x: 100,000 singles and
1,000 series over ten years) with reminders of 15 minutes and one day on every service, it
times, with the clock at 2026-11-25 12:00 UTC:

- the near read (the next 25 hours, every five minutes and after writes that reach it);
- the far read (the next four weeks, hourly);
- the naive way: every session of the next year, read to find the due reminders;
- one tick (which alarms are due, when to wake) over the alarms the reads found.

    python benchmarks/reminders.py
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.build_business import END, build_size  # noqa: E402
from sessions_desktop.presentation.reminders import (  # noqa: E402
    FAR,
    NEAR,
    ReminderPlanner,
    read_window,
)
from sessions_desktop.services import open_services  # noqa: E402


def timed(work, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    source = build_size("1x")["path"]
    folder = Path(tempfile.mkdtemp(prefix="reminders-bench-"))
    path = folder / "business.sqlite3"
    shutil.copy(source, path)
    services = open_services(path, now=lambda: END)
    try:
        for schedule in services.schedules.list_schedules():
            if schedule.is_service:
                services.schedules.update_schedule(schedule.id,
                                                   {"defaults": {"reminders": [15, 1440]}})
        query = services.queries.query_sessions
        now = END
        near_s, near = timed(lambda: read_window(query, now, now + NEAR), 7)
        far_s, far = timed(lambda: read_window(query, now + NEAR, now + FAR), 5)
        year_s, year = timed(lambda: read_window(query, now, now + timedelta(days=365)), 3)
        planner = ReminderPlanner()
        planner.plan(near.alarms, now + NEAR, far.alarms)
        tick_s, _ = timed(lambda: (planner.due(now), planner.next_wake(now)), 51)
        print(f"sessions with reminders: {len(near.alarms) // 2} in 25 h, "
              f"{len(far.alarms) // 2} more in 4 weeks, {len(year.alarms) // 2} in a year")
        print(f"{'read':<28}{'median':>10}{'vs near':>10}")
        for label, seconds in (("near (25 h, every 5 min)", near_s),
                               ("far (4 weeks, hourly)", far_s),
                               ("naive (a year, each time)", year_s)):
            print(f"{label:<28}{seconds * 1000:>8.1f} ms{seconds / near_s:>9.1f}x")
        print(f"{'one tick (due, next wake)':<28}{tick_s * 1e6:>8.0f} µs")
        per_hour = 12 * near_s + far_s
        print(f"reading per hour: {per_hour * 1000:.0f} ms on the worker thread "
              f"(naive every 5 min: {12 * year_s * 1000:.0f} ms)")
    finally:
        services.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
