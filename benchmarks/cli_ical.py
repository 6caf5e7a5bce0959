"""Benchmark of issue 4: iCal import and export, and the command line's week query.

    python benchmarks/cli_ical.py

- import of a generated 10,000-event .ics into an empty database (goal <= 3 s), beside the
  parse alone;
- export of a busy year of the ten-year business (goal <= 1 s);
- ``sessions-desktop query`` for one week on the ten-year database, end to end in a fresh
  process (goal <= 0.5 s), beside recurring-ical-events over the exported file for the same
  week (parse + expand, and expand alone), with ratios.

The ten-year database comes from ``benchmarks/build_business.py`` (built once, then reused).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "benchmarks"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from build_business import BUSINESS_ZONE, build, fixed_now  # noqa: E402

from sessions_desktop.services import open_services  # noqa: E402
from sessions_desktop.services.transfer import export_ics, import_ics, read_plan  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
DATABASE = OUT / "business-seed7.sqlite3"
YEAR = (datetime(2025, 11, 25, tzinfo=UTC), datetime(2026, 11, 25, tzinfo=UTC))
WEEK = ("2026-11-16", "2026-11-23")
GOALS = {"import": 3.0, "export": 1.0, "cli week query": 0.5}
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Tokyo")


def generated_ics(events: int = 10_000) -> bytes:
    """Singles in three zones, one in ten recurring, some with a moved instance."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN",
             "X-WR-CALNAME:Benchmark"]
    start = datetime(2025, 1, 6, 8, 0)
    for i in range(events):
        begin = start + timedelta(days=i % 365, hours=i % 9)
        zone = ZONES[i % len(ZONES)]
        body = [f"UID:bench-{i}@example.com", "DTSTAMP:20250101T000000Z",
                f"DTSTART;TZID={zone}:{begin:%Y%m%dT%H%M%S}",
                f"DTEND;TZID={zone}:{begin + timedelta(minutes=45):%Y%m%dT%H%M%S}",
                f"SUMMARY:Event {i}", f"DESCRIPTION:Generated event number {i}",
                "CATEGORIES:bench,generated"]
        if i % 10 == 0:
            body.append("RRULE:FREQ=WEEKLY;COUNT=10")
        lines += ["BEGIN:VEVENT", *body, "END:VEVENT"]
        if i % 50 == 0:
            moved = begin + timedelta(days=7)
            lines += ["BEGIN:VEVENT", f"UID:bench-{i}@example.com", "DTSTAMP:20250101T000000Z",
                      f"RECURRENCE-ID;TZID={zone}:{moved:%Y%m%dT%H%M%S}",
                      f"DTSTART;TZID={zone}:{moved + timedelta(hours=1):%Y%m%dT%H%M%S}",
                      f"DTEND;TZID={zone}:{moved + timedelta(hours=2):%Y%m%dT%H%M%S}",
                      f"SUMMARY:Moved {i}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def timed(step) -> tuple[float, object]:
    t0 = time.perf_counter()
    value = step()
    return time.perf_counter() - t0, value


def bench_import(work: Path) -> dict:
    data = generated_ics()
    svc = open_services(work / "import.sqlite3", now=fixed_now())
    svc.ctx.set_business_zone(BUSINESS_ZONE)
    parse_s, plan = timed(lambda: read_plan(svc, data, partial=False))
    import_s, report = timed(lambda: import_ics(svc, data))
    svc.close()
    return {"import": import_s, "parse only": parse_s, "events": len(plan.items),
            "created": report.created, "instances changed": report.instances,
            "bytes": len(data)}


def bench_export(work: Path) -> tuple[dict, Path]:
    svc = open_services(DATABASE, now=fixed_now())
    path = work / "year.ics"
    export_ics(svc, work / "warm.ics", start=YEAR[0], end=YEAR[0] + timedelta(days=7))
    export_s, report = timed(lambda: export_ics(svc, path, start=YEAR[0], end=YEAR[1]))
    svc.close()
    return {"export": export_s, "singles": report.singles, "series": report.series,
            "changed instances": report.exceptions, "bytes": report.size}, path


def bench_cli_week(runs: int = 5) -> dict:
    command = [sys.executable, "-m", "sessions_desktop", "--db", str(DATABASE), "query",
               "--from", WEEK[0], "--to", WEEK[1], "--all-pages"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times, count = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=True)
        times.append(time.perf_counter() - t0)
        count = done.stdout.count(b'"scheduleId"')
    bare = [timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))[0]
            for _ in range(runs)]
    return {"cli week query": statistics.median(times), "sessions": count,
            "python start alone": statistics.median(bare)}


def bench_oracle(path: Path) -> dict:
    import icalendar
    import recurring_ical_events

    zone = __import__("zoneinfo").ZoneInfo(BUSINESS_ZONE)
    start = datetime.fromisoformat(WEEK[0]).replace(tzinfo=zone)
    end = datetime.fromisoformat(WEEK[1]).replace(tzinfo=zone)
    data = path.read_bytes()
    parse_s, calendar = timed(lambda: icalendar.Calendar.from_ical(data))
    expand_s, found = timed(lambda: list(recurring_ical_events.of(calendar).between(start,
                                                                                    end)))
    return {"rie parse + expand": parse_s + expand_s, "rie expand only": expand_s,
            "rie sessions": len(found)}


def main() -> int:
    build(DATABASE)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        results = bench_import(work)
        exported, path = bench_export(work)
        results.update(exported)
        results.update(bench_cli_week())
        results.update(bench_oracle(path))
    report(results)
    return 0


def report(r: dict) -> None:
    print(f"\n{'measure':<34}{'seconds':>10}{'goal':>8}")
    for key in ("import", "parse only", "export", "cli week query", "python start alone",
                "rie parse + expand", "rie expand only"):
        goal = GOALS.get(key)
        mark = "" if goal is None else (" ok" if r[key] <= goal else " SLOW")
        print(f"{key:<34}{r[key]:>10.3f}{goal if goal else '':>8}{mark}")
    print(f"\nimport: {r['events']} events ({r['created']} sessions created, "
          f"{r['instances changed']} changed instances), {r['bytes'] / 1e6:.1f} MB")
    print(f"export of a busy year: {r['singles']} singles, {r['series']} recurring sessions, "
          f"{r['changed instances']} changed instances, {r['bytes'] / 1e6:.1f} MB")
    print(f"week query: {r['sessions']} sessions from the command line, "
          f"{r['rie sessions']} from recurring-ical-events over the exported year")
    print(f"ratios: import / parse only = {r['import'] / r['parse only']:.2f}; "
          f"cli week query / rie parse + expand = "
          f"{r['cli week query'] / r['rie parse + expand']:.2f}; "
          f"cli week query / rie expand only = {r['cli week query'] / r['rie expand only']:.2f}")


if __name__ == "__main__":
    sys.exit(main())
