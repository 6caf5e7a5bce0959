"""A shared calendar on PostgreSQL: the ten-year benchmark business copied into a throwaway
PostgreSQL server on this machine (durable settings: fsync on), then measured.

    python benchmarks/postgres.py            # starts its own cluster (Debian's initdb/pg_ctl)
    python benchmarks/postgres.py --url postgresql://user@host/emptydb

- copy of the whole business SQLite -> PostgreSQL and back into a new SQLite file;
- query_sessions for a week and a month, warm (median) and cold (first after opening), on
  PostgreSQL and, in the same run, on the SQLite file (the peer);
- a change at one desk visible at another: desk A moves a session, desk B's change feed
  hears of it (LISTEN/NOTIFY) and reloads the week; 100 runs, median and worst. SQLite's
  way (PRAGMA data_version polled every 0.2 s) is measured beside it.
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "benchmarks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from build_business import build, fixed_now  # noqa: E402
from run import DATABASE, WINDOWS, query_all  # noqa: E402

from sessions_desktop.services import open_services  # noqa: E402
from sessions_desktop.services.live import ChangeFeed  # noqa: E402
from sessions_desktop.storage.copy import copy_calendar  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
RESULTS = OUT / "postgres.txt"
GOALS_MS = {"week": 30.0, "month": 80.0}
LIVE_RUNS = 100
LIVE_GOAL_MS = 1000.0
COPY_GOAL_S = 60.0


def ms(seconds: float) -> float:
    return seconds * 1000


def measure_queries(location) -> dict:
    rows = {}
    for name in ("week", "month"):
        lo, hi, runs = WINDOWS[name]
        t0 = time.perf_counter()
        svc = open_services(location, now=fixed_now())
        opened = time.perf_counter()
        items, _ = query_all(svc, lo, hi)
        cold = time.perf_counter() - opened
        warm = []
        for _ in range(runs):
            t1 = time.perf_counter()
            query_all(svc, lo, hi)
            warm.append(time.perf_counter() - t1)
        svc.close()
        rows[name] = {"items": len(items), "open_ms": ms(opened - t0), "cold_ms": ms(cold),
                      "warm_ms": ms(statistics.median(warm))}
    return rows


def measure_live(location, runs: int = LIVE_RUNS) -> dict:
    """Desk A moves a session; desk B hears of it and reloads the week that shows it."""
    desk_a = open_services(location, now=fixed_now())
    desk_b = open_services(location, now=fixed_now())
    lo, hi, _ = WINDOWS["week"]
    target = next(s for s in query_all(desk_a, lo, hi)[0] if not s.recurring_session_id)
    heard = threading.Event()
    feed = ChangeFeed(desk_b, lambda changes: heard.set()).start()
    time.sleep(0.5)   # the feed is listening
    notified, visible = [], []
    try:
        for i in range(runs):
            heard.clear()
            current = desk_a.sessions.get_session(target.id)
            shift = timedelta(minutes=15 if i % 2 == 0 else -15)
            t0 = time.perf_counter()
            desk_a.sessions.update_session(target.id, {"start": current.start + shift,
                                                       "end": current.end + shift},
                                           expected_version=current.version)
            if not heard.wait(5):
                raise RuntimeError("desk B never heard of the change")
            notified.append(time.perf_counter() - t0)
            items, _ = query_all(desk_b, lo, hi)
            visible.append(time.perf_counter() - t0)
            assert any(s.id == target.id and s.start == current.start + shift for s in items)
    finally:
        feed.stop()
        desk_a.close()
        desk_b.close()
    return {"notified_median_ms": ms(statistics.median(notified)),
            "notified_worst_ms": ms(max(notified)),
            "visible_median_ms": ms(statistics.median(visible)),
            "visible_worst_ms": ms(max(visible))}


def verdict(value: float, goal: float) -> str:
    return "ok" if value <= goal else "OVER"


def main(argv: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    build(DATABASE)
    cluster = None
    if "--url" in argv:
        url = argv[argv.index("--url") + 1]
    else:
        from tests.pg_cluster import Cluster

        cluster = Cluster(durable=True)
        cluster.start()
        url = cluster.create_database("business")
    lines = []
    try:
        there = copy_calendar(DATABASE, url)
        back_path = OUT / "business-from-postgres.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{back_path}{suffix}").unlink(missing_ok=True)
        back = copy_calendar(url, back_path)
        counts = ", ".join(f"{t} {c.rows:,}" for t, c in there.tables.items())
        lines.append(f"rows copied: {counts}")
        lines.append(f"copy SQLite -> PostgreSQL: {there.seconds:.1f} s "
                     f"(goal <= {COPY_GOAL_S:.0f} s: {verdict(there.seconds, COPY_GOAL_S)})")
        lines.append(f"copy PostgreSQL -> SQLite: {back.seconds:.1f} s "
                     f"(goal <= {COPY_GOAL_S:.0f} s: {verdict(back.seconds, COPY_GOAL_S)})")
        print("\n".join(lines), flush=True)
        for label, location in (("PostgreSQL", url), ("SQLite (peer)", DATABASE)):
            for name, row in measure_queries(location).items():
                goal = GOALS_MS[name]
                text = (f"{label} {name}: {row['items']:,} sessions, open {row['open_ms']:.0f} "
                        f"ms, cold {row['cold_ms']:.1f} ms, warm {row['warm_ms']:.1f} ms")
                if label == "PostgreSQL":
                    text += f" (goal <= {goal:.0f} ms warm: {verdict(row['warm_ms'], goal)})"
                lines.append(text)
                print(text, flush=True)
        for label, location, runs in (("PostgreSQL LISTEN/NOTIFY", url, LIVE_RUNS),
                                      ("SQLite data_version poll (peer)", back_path, 30)):
            live = measure_live(location, runs)
            text = (f"{label}, change at desk A visible at desk B over {runs} runs: heard "
                    f"{live['notified_median_ms']:.1f} ms median / "
                    f"{live['notified_worst_ms']:.1f} ms worst; week reloaded "
                    f"{live['visible_median_ms']:.1f} ms median / "
                    f"{live['visible_worst_ms']:.1f} ms worst "
                    f"(goal <= {LIVE_GOAL_MS:.0f} ms: "
                    f"{verdict(live['visible_worst_ms'], LIVE_GOAL_MS)})")
            lines.append(text)
            print(text, flush=True)
    finally:
        if cluster is not None:
            cluster.remove()
    RESULTS.write_text("\n".join(lines) + "\n")
    print(f"written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
