"""The speed benchmark of issue 2: window queries against the naive way, and single writes.

    python benchmarks/run.py [--profile]

Builds (or reuses) the ten-year business under benchmarks/out/, then measures
``query_sessions`` for a week, a month and a year (all pages, limit 1000), cold (a fresh
``open_services`` and its first query) and warm (median of repeated runs); in the same run the
naive way (dateutil ``rrulestr`` + ``between`` from DTSTART for every series) and the raw SQL
read of the singles for the same week. Writes are timed on a scratch copy of the database so
the benchmark never grows the main file. The table goes to stdout and benchmarks/out/results.txt.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "benchmarks"):  # run as a script: find the package and the builder
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from build_business import BUSINESS_ZONE, build, fixed_now  # noqa: E402

from sessions_desktop.services import Services, open_services  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
DATABASE = OUT / "business-seed7.sqlite3"
SCRATCH = OUT / "scratch.sqlite3"
RESULTS = OUT / "results.txt"
BERLIN = ZoneInfo(BUSINESS_ZONE)
WINDOWS = {  # (from, to, warm runs); the week and month end just after the history does
    "week": (datetime(2026, 11, 16, tzinfo=BERLIN), datetime(2026, 11, 23, tzinfo=BERLIN), 21),
    "month": (datetime(2026, 11, 1, tzinfo=BERLIN), datetime(2026, 12, 1, tzinfo=BERLIN), 11),
    "year": (datetime(2025, 12, 1, tzinfo=BERLIN), datetime(2026, 12, 1, tzinfo=BERLIN), 3),
}
GOALS_MS = {"week": 15.0, "month": 40.0}
RATIO_GOAL = 20.0
COLD_RUNS = 5
NAIVE_RUNS = 5
WRITE_RUNS = 15
PAGE = 1000


# -- timing helpers ---------------------------------------------------------------------------
def timed(step: Callable[[], object]) -> tuple[float, object]:
    """(milliseconds, result) of one call, with the collector quiet during the call."""
    gc.collect()
    gc.disable()
    try:
        t0 = time.perf_counter()
        value = step()
        return (time.perf_counter() - t0) * 1000, value
    finally:
        gc.enable()


def median_ms(step: Callable[[], object], runs: int) -> float:
    return statistics.median(timed(step)[0] for _ in range(runs))


# -- ours -------------------------------------------------------------------------------------
def open_business(path: Path) -> Services:
    return open_services(path, now=fixed_now())


def query_all(svc: Services, lo: datetime, hi: datetime) -> tuple[list, int]:
    """Every session of the window, following cursors; (items, pages)."""
    result = svc.queries.query_sessions(lo, hi, limit=PAGE)
    items, pages = list(result.items), 1
    while result.has_next:
        result = svc.queries.query_sessions(cursor=result.next_cursor)
        items.extend(result.items)
        pages += 1
    return items, pages


def cold_once(path: Path, name: str) -> dict:
    """In this (fresh) process: open the file, then the first query of window ``name``."""
    lo, hi, _ = WINDOWS[name]
    open_ms, svc = timed(lambda: open_business(path))
    try:
        query_ms, _ = timed(lambda: query_all(svc, lo, hi))
    finally:
        svc.close()
    return {"open_ms": open_ms, "cold_ms": query_ms}


def measure_cold(name: str) -> dict:
    """Median over COLD_RUNS fresh processes (no module-level caches, imports not timed)."""
    runs = []
    for _ in range(COLD_RUNS):
        out = subprocess.run([sys.executable, __file__, "--cold", name], check=True,
                             capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def measure_ours(svc: Services) -> dict:
    results = {}
    for name, (lo, hi, runs) in WINDOWS.items():
        items, pages = query_all(svc, lo, hi)
        row = {"items": len(items), "pages": pages,
               "series_items": sum(1 for s in items if s.recurring_session_id)}
        row.update(measure_cold(name))
        row["warm_ms"] = median_ms(lambda a=lo, b=hi: query_all(svc, a, b), runs)
        results[name] = row
        print(f"  ours {name}: {row['items']} items, cold {row['cold_ms']:.1f} ms, "
              f"warm {row['warm_ms']:.1f} ms", flush=True)
    return results


# -- the naive way ----------------------------------------------------------------------------
def load_series(path: Path) -> list[tuple[str, datetime, timedelta, ZoneInfo]]:
    """(rule text, naive local DTSTART, duration, zone) of every series; UNTIL made local so
    dateutil accepts it with a naive DTSTART (rules are expanded on wall-clock times)."""
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT recurrence, start_local, end_local, time_zone FROM session "
                          "WHERE kind = 'SERIES'").fetchall()
    out = []
    for rule, start_text, end_text, zone_name in rows:
        tz = ZoneInfo(zone_name)
        start, end = datetime.fromisoformat(start_text), datetime.fromisoformat(end_text)
        out.append((_local_until(rule, tz), start, end - start, tz))
    return out


def _local_until(rule: str, tz: ZoneInfo) -> str:
    parts = []
    for part in rule.split(";"):
        if part.startswith("UNTIL=") and part.endswith("Z"):
            moment = datetime.strptime(part[6:], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            part = "UNTIL=" + moment.astimezone(tz).strftime("%Y%m%dT%H%M%S")
        parts.append(part)
    return ";".join(parts)


def _local_window(lo: datetime, hi: datetime, tz: ZoneInfo, duration: timedelta
                  ) -> tuple[datetime, datetime]:
    return (lo.astimezone(tz).replace(tzinfo=None) - duration,
            hi.astimezone(tz).replace(tzinfo=None))


def naive_cold(series: list, lo: datetime, hi: datetime) -> int:
    """Parse every rule and replay it from DTSTART to the window."""
    found = 0
    for rule, start, duration, tz in series:
        a, b = _local_window(lo, hi, tz, duration)
        found += len(rrulestr(rule, dtstart=start).between(a, b))
    return found


def naive_warm(rules: list, lo: datetime, hi: datetime) -> int:
    """Rule objects built beforehand; ``between`` still replays from DTSTART."""
    found = 0
    for rule, duration, tz in rules:
        a, b = _local_window(lo, hi, tz, duration)
        found += len(rule.between(a, b))
    return found


def build_rules(series: list, cache: bool) -> list:
    return [(rrulestr(rule, dtstart=start, cache=cache), duration, tz)
            for rule, start, duration, tz in series]


def measure_naive(path: Path, name: str = "week") -> dict:
    lo, hi, _ = WINDOWS[name]
    series = load_series(path)
    reused, cached = build_rules(series, False), build_rules(series, True)
    naive_warm(cached, lo, hi)  # fills dateutil's own occurrence cache
    count = naive_cold(series, lo, hi)
    row: dict = {"instances": count}
    for label, step in (("cold", lambda: naive_cold(series, lo, hi)),
                        ("warm", lambda: naive_warm(reused, lo, hi)),
                        ("warm_cached", lambda: naive_warm(cached, lo, hi))):
        row[f"{label}_ms"] = median_ms(step, NAIVE_RUNS)
    row.update(measure_singles_sql(path, lo, hi))
    print(f"  naive {name}: {count} instances, cold {row['cold_ms']:.1f} ms, warm "
          f"{row['warm_ms']:.1f} ms, cache=True {row['warm_cached_ms']:.1f} ms", flush=True)
    return row


def measure_singles_sql(path: Path, lo: datetime, hi: datetime) -> dict:
    """The raw SQL read of singles and exceptions in the window (the bounded predicate)."""
    a, b = int(lo.timestamp()), int(hi.timestamp())

    def read(db: sqlite3.Connection) -> list:
        longest = db.execute("SELECT value FROM meta WHERE key = 'max_duration_session'"
                             ).fetchone()
        return db.execute("SELECT * FROM session WHERE start_utc >= ? AND start_utc < ? "
                          "AND end_utc > ? AND kind != 'SERIES'",
                          (a - int(longest[0] if longest else 0), b, a)).fetchall()

    def cold() -> int:
        with sqlite3.connect(path) as db:
            return len(read(db))

    with sqlite3.connect(path) as db:
        rows = len(read(db))
        warm = median_ms(lambda: read(db), 21)
    return {"sql_rows": rows, "sql_cold_ms": median_ms(cold, 5), "sql_warm_ms": warm}


# -- writes on a scratch copy -----------------------------------------------------------------
def remove_scratch() -> None:
    for suffix in ("", "-wal", "-shm"):
        leftover = SCRATCH.with_name(SCRATCH.name + suffix)
        if leftover.exists():
            leftover.unlink()


def scratch_copy(path: Path) -> Path:
    remove_scratch()
    shutil.copyfile(path, SCRATCH)
    return SCRATCH


def _instances_by_series(items: list) -> list:
    """One instance per series from a query result, in a stable order."""
    seen, picked = set(), []
    for session in items:
        series_id = session.recurring_session_id
        if series_id and series_id not in seen:
            seen.add(series_id)
            picked.append(session)
    return picked


def measure_writes(path: Path) -> dict:
    svc = open_business(scratch_copy(path))
    try:
        lo, hi, _ = WINDOWS["week"]
        items, _ = query_all(svc, lo, hi)
        singles = [s for s in items if not s.recurring_session_id][:WRITE_RUNS]
        instances = _instances_by_series(items)
        return _time_writes(svc, singles, instances)
    finally:
        svc.close()
        remove_scratch()


def _median_over(values: list, action: Callable[[object], object]) -> float:
    return statistics.median(timed(lambda v=v: action(v))[0] for v in values)


def _time_writes(svc: Services, singles: list, instances: list) -> dict:
    sessions = svc.sessions
    moved, split = instances[:WRITE_RUNS], instances[WRITE_RUNS:2 * WRITE_RUNS]
    hour = timedelta(hours=1)
    return {
        "get single": _median_over(singles, lambda s: sessions.get_session(s.id)),
        "get instance": _median_over(moved, lambda s: sessions.get_session(s.id)),
        "update single": _median_over(singles, lambda s: sessions.update_session(
            s.id, {"title": f"{s.title} (edited)"})),
        "update instance THIS": _median_over(moved, lambda s: sessions.update_session(
            s.id, {"start": s.start + hour, "end": s.end + hour}, scope="THIS")),
        "update FOLLOWING split": _median_over(split, lambda s: sessions.update_session(
            s.id, {"title": f"{s.title} (from now on)"}, scope="FOLLOWING")),
        "runs": min(len(singles), len(moved), len(split)),
    }


# -- the table --------------------------------------------------------------------------------
def _verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("ok" if ok else "MISSED")


def _align(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                       enumerate(zip(r, widths, strict=True))).rstrip() for r in rows]
    lines.insert(1, "-" * len(lines[0]))
    return lines


def query_table(ours: dict) -> list[str]:
    rows = [["query_sessions (all pages)", "items", "pages", "open", "cold", "warm",
             "goal warm", "status"]]
    for name, row in ours.items():
        goal = GOALS_MS.get(name)
        rows.append([name, str(row["items"]), str(row["pages"]), f"{row['open_ms']:.1f} ms",
                     f"{row['cold_ms']:.1f} ms", f"{row['warm_ms']:.1f} ms",
                     f"<= {goal:.0f} ms" if goal else "-",
                     _verdict(row["warm_ms"] <= goal if goal else None)])
    return _align(rows)


def naive_table(week: dict, naive: dict) -> list[str]:
    rows = [["week: ours vs naive", "naive", "ours", "ratio", "goal", "status"]]
    # The goal is against the naive way (replay from DTSTART). dateutil's cache=True keeps
    # every occurrence it ever generated in memory: a peer to compare with, not the naive way.
    pairs = (("cold (rrulestr + between)", "cold", "cold", True),
             ("warm (rule objects reused)", "warm", "warm", True),
             ("peer: dateutil cache=True, warm", "warm_cached", "warm", False))
    for label, theirs, mine, has_goal in pairs:
        ratio = naive[f"{theirs}_ms"] / week[f"{mine}_ms"]
        rows.append([label, f"{naive[f'{theirs}_ms']:.1f} ms", f"{week[f'{mine}_ms']:.1f} ms",
                     f"{ratio:.1f}x", f">= {RATIO_GOAL:.0f}x" if has_goal else "-",
                     _verdict(ratio >= RATIO_GOAL) if has_goal else "-"])
    rows.append(["singles SQL, cold / warm (context)", f"{naive['sql_cold_ms']:.1f} ms",
                 f"{naive['sql_warm_ms']:.1f} ms", "-", "-", "-"])
    return _align(rows)


def writes_table(writes: dict) -> list[str]:
    rows = [[f"single calls (median of {writes['runs']}, scratch copy)", "time"]]
    rows += [[name, f"{value:.1f} ms"] for name, value in writes.items() if name != "runs"]
    return _align(rows)


def build_summary(info: dict) -> str:
    steps = ", ".join(f"{k} {v:.1f} s" for k, v in info["timings_s"].items())
    singles = info["singles_creation"]
    how = (f"one by one {singles['one_by_one_ms']:.2f} ms each" if not singles["batched"] else
           f"{singles['switched_after']:,} one by one at {singles['one_by_one_ms']:.2f} ms each, "
           f"the rest in transactions of {singles['batch_size']:,} at "
           f"{singles['batched_ms']:.2f} ms each")
    reused = " (file reused)" if info.get("reused") else ""
    return f"{info['build_seconds']:.1f} s{reused} ({steps}; singles {how})"


def code_version() -> str:
    """The commit measured (read-only git), marked when sessions_desktop has local changes."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    dirty = git("status", "--porcelain", "--", "sessions_desktop")
    return commit + (" + local changes in sessions_desktop/" if dirty else "")


def report(info: dict, ours: dict, naive: dict, writes: dict) -> str:
    counts = info["counts"]
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    head = [f"Sessions Desktop benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python "
            f"{sys.version.split()[0]}, {os.cpu_count()} cores, load average {load}",
            f"code: {code_version()}",
            f"business: {counts['schedules']} schedules, {counts['series']} series "
            f"({counts['moved_instances']} moved, {counts['cancelled_instances']} cancelled "
            f"instances), {counts['singles']:,} singles; {counts['occurrence_rows']:,} "
            f"materialised instance rows; zones {', '.join(info['zones'])}",
            f"build: {build_summary(info)}",
            f"week: {naive['instances']} series instances by dateutil, {naive['sql_rows']} "
            f"singles/exceptions by SQL; ours returns {ours['week']['items']} sessions "
            f"({ours['week']['series_items']} instances), built as Session objects", ""]
    body = [*query_table(ours), "", *naive_table(ours["week"], naive), "",
            *writes_table(writes)]
    return "\n".join(head + body) + "\n"


# -- profiling (--profile) --------------------------------------------------------------------
def profile_queries(path: Path) -> None:
    import cProfile
    import pstats

    for name in ("week", "month"):
        lo, hi, _ = WINDOWS[name]
        for label in ("cold", "warm"):
            svc = open_business(path)
            if label == "warm":
                query_all(svc, lo, hi)
            profiler = cProfile.Profile()
            profiler.runcall(query_all, svc, lo, hi)
            svc.close()
            print(f"\n===== {name} {label} =====")
            pstats.Stats(profiler).sort_stats("tottime").print_stats(18)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--cold"]:
        print(json.dumps(cold_once(DATABASE, argv[1])))
        return 0
    info = build(DATABASE)
    if "--profile" in argv:
        profile_queries(DATABASE)
        return 0
    svc = open_business(DATABASE)
    try:
        ours = measure_ours(svc)
    finally:
        svc.close()
    naive = measure_naive(DATABASE)
    writes = measure_writes(DATABASE)
    text = report(info, ours, naive, writes)
    print("\n" + text)
    RESULTS.write_text(text)
    print(f"written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
