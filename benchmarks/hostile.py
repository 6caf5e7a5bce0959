"""The hostile inputs of the attack trials, as a user runs them: time and peak memory each.

Every input goes through the real command line in its own process; time is wall-clock and
memory the process's peak resident set (``ru_maxrss`` of the child, the figure
``/usr/bin/time -v`` prints as "Maximum resident set size"). Goal: each answered with one line
within 1 s and 100 MB.

    python benchmarks/hostile.py                    # this checkout
    python benchmarks/hostile.py --compare OLD_SRC  # and another source tree, side by side
                                                     # (e.g. `git archive <commit>` unpacked)

A case still running after ``--timeout`` seconds (default 20) is stopped and shown as such.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MINUTELY_VTIMEZONE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//x//y//EN\r
BEGIN:VTIMEZONE\r
TZID:Custom Zone\r
BEGIN:STANDARD\r
DTSTART:19701025T030000\r
RRULE:FREQ=MINUTELY\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:tz-1\r
DTSTAMP:20270101T000000Z\r
DTSTART;TZID=Custom Zone:20270104T100000\r
DTEND;TZID=Custom Zone:20270104T110000\r
SUMMARY:Hello\r
END:VEVENT\r
END:VCALENDAR\r
"""
SECONDLY_ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//x//y//EN\r
BEGIN:VEVENT\r
UID:s-1\r
DTSTAMP:20270101T000000Z\r
DTSTART:20270104T100000Z\r
DTEND:20270104T110000Z\r
RRULE:FREQ=SECONDLY;COUNT=999999999\r
SUMMARY:x\r
END:VEVENT\r
END:VCALENDAR\r
"""
ALL_DAY_HOURLY_ICS = SECONDLY_ICS.replace("UID:s-1", "UID:a-1").replace(
    "DTSTART:20270104T100000Z", "DTSTART;VALUE=DATE:20270104").replace(
    "DTEND:20270104T110000Z", "DTEND;VALUE=DATE:20270105").replace(
    "RRULE:FREQ=SECONDLY;COUNT=999999999", "RRULE:FREQ=HOURLY;COUNT=5")
# Found by the fuzz suite (tests/fuzz) after the trials: a rule searched for centuries.
SETPOS_1900_ICS = SECONDLY_ICS.replace("UID:s-1", "UID:p-1").replace(
    "DTSTART:20270104T100000Z", "DTSTART:19000104T100000").replace(
    "DTEND:20270104T110000Z", "DTEND:19000104T110000").replace(
    "RRULE:FREQ=SECONDLY;COUNT=999999999",
    "RRULE:FREQ=DAILY;UNTIL=20271231T000000Z;BYHOUR=9,2,4;BYSETPOS=5,-5;"
    "BYYEARDAY=-35,-47,-56,329")
MANY_RULES_ICS = SECONDLY_ICS.replace("UID:s-1", "UID:m-1").replace(
    "RRULE:FREQ=SECONDLY;COUNT=999999999\r\n",
    "RRULE:FREQ=DAILY;COUNT=3\r\n" + "RRULE:FREQ=YEARLY;BYMONTHDAY=1,-7;BYYEARDAY=-19\r\n" * 55)
GOOD_EVENT = """BEGIN:VEVENT\r
UID:good-{0}\r
DTSTAMP:20270101T000000Z\r
DTSTART;TZID=Europe/Berlin:20270105T{0:02d}0000\r
DTEND;TZID=Europe/Berlin:20270105T{0:02d}3000\r
SUMMARY:Good {0}\r
END:VEVENT\r
"""


def mixed_ics() -> str:
    """The three hostile inputs in one file with good events between them."""
    zone, _, zone_event = MINUTELY_VTIMEZONE.partition("BEGIN:VEVENT")
    bodies = [part.split("END:VCALENDAR")[0] for part in (
        "BEGIN:VEVENT" + zone_event, SECONDLY_ICS.split("PRODID:-//x//y//EN\r\n")[1],
        ALL_DAY_HOURLY_ICS.split("PRODID:-//x//y//EN\r\n")[1])]
    good = [GOOD_EVENT.format(hour) for hour in range(8, 18)]
    return zone + "".join(good[:3] + bodies[:1] + good[3:6] + bodies[1:2] + good[6:] +
                          bodies[2:]) + "END:VCALENDAR\r\n"


def cases(schedule: str) -> list[tuple[str, list[str], str | None]]:
    """(name, command-line arguments, stdin)."""
    def create(**fields) -> tuple[list[str], str]:
        body = {"scheduleId": schedule, "start": "2027-01-04T10:00", "end": "2027-01-04T11:00",
                **fields}
        return ["create", "--json", "-"], json.dumps(body)

    deep = '{"$and":[' * 1000 + '{"title":"x"}' + "]}" * 1000
    found = [
        ("create FREQ=SECONDLY;COUNT=999999999",
         *create(recurrence="FREQ=SECONDLY;COUNT=999999999")),
        ("import FREQ=SECONDLY;COUNT=999999999 (.ics)", ["import", "@secondly.ics"], None),
        ("import VTIMEZONE with FREQ=MINUTELY", ["import", "@vtimezone.ics"], None),
        ("import all-day with FREQ=HOURLY (.ics)", ["import", "@allday_hourly.ics"], None),
        ("import a DAILY rule from 1900 whose BYSETPOS picks nothing",
         ["import", "@setpos_1900.ics"], None),
        ("import an event with 55 copies of an RRULE that never matches",
         ["import", "@many_rules.ics"], None),
        ("import the three among 10 good events", ["import", "@mixed.ics"], None),
        ("... the same with --partial", ["import", "--partial", "@mixed.ics"], None),
        ('create title "\\ud800"', *create(title="\ud800")),
        ("create all-day with FREQ=HOURLY", *create(start="2027-01-04", end="2027-01-05",
                                                    recurrence="FREQ=HOURLY;COUNT=5")),
        ("create in year 0001", *create(start="0001-01-01T10:00", end="0001-01-01T11:00")),
        ("create in year 9999", *create(start="9999-12-31T10:00", end="9999-12-31T11:00")),
        ("create UNTIL=99991231T000000Z", *create(recurrence="FREQ=DAILY;UNTIL=99991231T000000Z")),
        ("query a filter nested 1,000 deep",
         ["query", "--from", "2027-01-04", "--to", "2027-01-11", "--filter", deep], None),
        ("query year 9999", ["query", "--from", "9999-01-01", "--to", "9999-12-31"], None),
    ]
    return [(name, args, stdin) for name, args, stdin in found]


def run(source: Path, db: Path, work: Path, args: list[str], stdin: str | None,
        timeout: float) -> tuple[str, float, float]:
    """First stderr line, seconds and peak MB of one command-line process (``wait4`` gives
    that child's own resource usage)."""
    args = [str(work / a[1:]) if a.startswith("@") else a for a in args]
    env = {**os.environ, "PYTHONPATH": str(source), "SESSIONS_DESKTOP_DB": str(db)}
    err_file = work / "stderr.txt"
    began = time.perf_counter()
    with err_file.open("w") as err, (work / "stdout.txt").open("w") as out, subprocess.Popen(
            [sys.executable, "-m", "sessions_desktop", *args], env=env, text=True, cwd=work,
            stdin=subprocess.PIPE, stdout=out, stderr=err) as process:
        if stdin is not None:
            process.stdin.write(stdin)
        process.stdin.close()
        deadline = began + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                process.returncode = os.waitstatus_to_exitcode(status)
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                process.returncode = -9
                break
            time.sleep(0.01)
    seconds = time.perf_counter() - began
    text = err_file.read_text(errors="backslashreplace").strip().splitlines()
    if process.returncode == -9:
        line = f"still running after {timeout:g} s (stopped)"
    elif text:
        line = text[0]
    else:
        out = (work / "stdout.txt").read_text().strip()
        line = f"exit {process.returncode}: {out}" if out else f"exit {process.returncode}, ok"
    return line, seconds, usage.ru_maxrss / 1024


def measure(source: Path, timeout: float) -> list[tuple[str, str, float, float]]:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "secondly.ics").write_text(SECONDLY_ICS)
        (work / "vtimezone.ics").write_text(MINUTELY_VTIMEZONE)
        (work / "allday_hourly.ics").write_text(ALL_DAY_HOURLY_ICS)
        (work / "mixed.ics").write_text(mixed_ics())
        (work / "setpos_1900.ics").write_text(SETPOS_1900_ICS)
        (work / "many_rules.ics").write_text(MANY_RULES_ICS)
        db = work / "studio.sqlite3"
        env = {**os.environ, "PYTHONPATH": str(source)}
        code = ("import sys; from sessions_desktop.services import open_services; "
                "s = open_services(sys.argv[1]); "
                "print(s.schedules.create_schedule({'name': 'Yoga', 'kind': 'GROUP'}).id)")
        schedule = subprocess.run([sys.executable, "-c", code, str(db)], env=env, text=True,
                                  cwd=work, capture_output=True, check=True).stdout.strip()
        results = []
        for name, args, stdin in cases(schedule):
            if args[0] == "import":
                args = [*args, "--schedule", "Yoga"]
            line, seconds, mb = run(source, db, work, args, stdin, timeout)
            results.append((name, line, seconds, mb))
        return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, help="another source tree to measure too")
    parser.add_argument("--timeout", type=float, default=20.0)
    options = parser.parse_args()
    ours = measure(ROOT, options.timeout)
    theirs = measure(options.compare, options.timeout) if options.compare else None
    print("Hostile inputs through the command line (wall time, peak RSS of the process)\n")
    for i, (name, line, seconds, mb) in enumerate(ours):
        print(f"{name}\n    this tree:  {seconds:6.2f} s  {mb:6.0f} MB  {line[:150]}")
        if theirs:
            _, their_line, their_s, their_mb = theirs[i]
            print(f"    compared:   {their_s:6.2f} s  {their_mb:6.0f} MB  {their_line[:150]}")
    worst = max(s for _, _, s, _ in ours)
    print(f"\nslowest here: {worst:.2f} s (goal: each within 1 s and 100 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
