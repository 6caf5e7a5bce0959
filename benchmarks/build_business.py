"""Build the benchmark business: ten years of history ending around 2026-11-25.

50 schedules (services and resources in five IANA zones), 1,000 recurring series (weekly, every
two weeks, monthly on the Nth weekday; open-ended, UNTIL or COUNT; some with moved and cancelled
instances) and 100,000 single sessions, all made through the public service API. The result is
deterministic for a seed. A finished build leaves a JSON marker next to the database; a later
call with the same seed, build version and schema version reuses the file.

    python benchmarks/build_business.py [1x | 5x | path]

The 5x business (250 schedules, 5,000 series, 500,000 singles) is the same recipe at five
times the size (``build_size("5x")``), for the benchmarks of the busiest businesses.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere: find the package
    sys.path.insert(0, str(ROOT))

from sessions_desktop.services import Services, open_services  # noqa: E402
from sessions_desktop.storage.migrations import LATEST as SCHEMA_VERSION  # noqa: E402

BUILD_VERSION = 1
END = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
START = datetime(2016, 11, 25, 0, 0, tzinfo=UTC)
BUSINESS_ZONE = "Europe/Berlin"
ZONE_MIX = (("Europe/Berlin", 20), ("America/New_York", 10), ("Australia/Sydney", 8),
            ("Asia/Tokyo", 6), ("UTC", 6))
SERVICE_KINDS = ("GROUP", "INDIVIDUAL", "COURSE")
RESOURCE_KINDS = ("STAFF", "ROOM", "EQUIPMENT")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DURATIONS = (30, 45, 60, 60, 90, 120)
CHECK_EVERY = 500            # singles created one by one between two projections of the total
ONE_BY_ONE_BUDGET_S = 120.0  # above this projected time, batch the rest into transactions
BATCH = 5000                 # sessions per outer transaction when batching


def fixed_now(moment: datetime = END) -> Callable[[], datetime]:
    return lambda: moment


# -- plans (pure, deterministic) ------------------------------------------------------------
def plan_schedules(rng: random.Random, count: int = 50) -> list[dict]:
    zones = [name for name, weight in ZONE_MIX for _ in range(weight)]
    rng.shuffle(zones)
    plans = []
    for i in range(count):
        service = i % 5 < 3
        kind = rng.choice(SERVICE_KINDS if service else RESOURCE_KINDS)
        plans.append({
            "id": f"sched-{i:02d}", "name": f"{kind.title()} {i:02d}", "kind": kind,
            "time_zone": zones[i % len(zones)], "colour": f"#{rng.randrange(1 << 24):06x}",
            "capacity": rng.choice((1, 4, 8, 12, 20)) if service else 1,
            "title": f"{kind.title()} session {i:02d}",
        })
    return plans


def _random_day(rng: random.Random, first: datetime, last: datetime) -> date:
    span = (last.date() - first.date()).days
    return first.date() + timedelta(days=rng.randrange(span))


def _rule_body(rng: random.Random) -> tuple[str, str]:
    """(pattern name, rule text without the end part)."""
    roll = rng.random()
    if roll < 0.5:
        days = rng.sample(WEEKDAYS[:6], 2 if rng.random() < 0.2 else 1)
        days.sort(key=WEEKDAYS.index)
        return "weekly", f"FREQ=WEEKLY;BYDAY={','.join(days)}"
    if roll < 0.75:
        return "biweekly", f"FREQ=WEEKLY;INTERVAL=2;BYDAY={rng.choice(WEEKDAYS[:6])}"
    nth = rng.choice((1, 2, 3, 4, -1))
    return "monthly", f"FREQ=MONTHLY;BYDAY={nth}{rng.choice(WEEKDAYS[:5])}"


def _rule_end(rng: random.Random, start: datetime) -> tuple[str, str]:
    """(end kind, rule suffix): open-ended, UNTIL (6 months to 5 years on) or COUNT."""
    roll = rng.random()
    if roll < 0.4:
        return "open", ""
    if roll < 0.75:
        until = start + timedelta(days=rng.randrange(180, 5 * 365))
        stamp = until.astimezone(UTC).strftime("%Y%m%dT235959Z")
        return "until", f";UNTIL={stamp}"
    return "count", f";COUNT={rng.randrange(10, 150)}"


def plan_series(rng: random.Random, schedules: list[dict], count: int = 1000) -> list[dict]:
    plans = []
    for i in range(count):
        schedule = rng.choice(schedules)
        tz = ZoneInfo(schedule["time_zone"])
        pattern, body = _rule_body(rng)
        day = _random_day(rng, START, END - timedelta(days=60))
        wall = datetime(day.year, day.month, day.day, rng.randrange(7, 20),
                        rng.choice((0, 15, 30, 45)))
        first = rrulestr(body, dtstart=wall).after(wall, inc=True)
        start = first.replace(tzinfo=tz)
        end_kind, suffix = _rule_end(rng, start)
        minutes = rng.choice(DURATIONS)
        plans.append({
            "fields": {"id": f"series-{i:04d}", "schedule_id": schedule["id"], "start": start,
                       "end": start + timedelta(minutes=minutes), "recurrence": body + suffix,
                       "title": f"{pattern.title()} class {i:04d}"},
            "pattern": pattern, "end_kind": end_kind,
            "edits": (rng.randrange(1, 5), rng.randrange(0, 4)) if rng.random() < 0.25
            else None,
        })
    return plans


def plan_singles(rng: random.Random, schedules: list[dict], count: int) -> Iterator[dict]:
    for i in range(count):
        schedule = rng.choice(schedules)
        day = _random_day(rng, START, END)
        fields = {"id": f"single-{i:06d}", "schedule_id": schedule["id"],
                  "title": f"Appointment {i:06d}"}
        if rng.random() < 0.01:
            fields["start"], fields["end"] = day, day + timedelta(days=1)
        else:
            tz = ZoneInfo(schedule["time_zone"])
            start = datetime(day.year, day.month, day.day, rng.randrange(7, 21),
                             rng.choice((0, 15, 30, 45)), tzinfo=tz)
            fields["start"] = start
            fields["end"] = start + timedelta(minutes=rng.choice(DURATIONS))
        yield fields


# -- making it through the service API ------------------------------------------------------
def create_schedules(svc: Services, plans: list[dict]) -> None:
    for plan in plans:
        svc.schedules.create_schedule(plan)


def create_series(svc: Services, plans: list[dict]) -> None:
    with svc.ctx.repo.write():
        for plan in plans:
            svc.sessions.create_session(plan["fields"])


def _edit_window(plan: dict, rng: random.Random) -> tuple[datetime, datetime]:
    """A window of up to 16 weeks inside the series' span (before END) to find instances."""
    start = plan["fields"]["start"]
    last = END
    if plan["end_kind"] == "until":
        stamp = plan["fields"]["recurrence"].rsplit("UNTIL=", 1)[1]
        last = min(END, datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC))
    elif plan["end_kind"] == "count":
        count = int(plan["fields"]["recurrence"].rsplit("COUNT=", 1)[1])
        step = {"weekly": 7, "biweekly": 14, "monthly": 28}[plan["pattern"]]
        last = min(END, start + timedelta(days=count * step // 2))
    span = max(0, int((last - start).total_seconds() // 86400) - 112)
    first = start + timedelta(days=rng.randrange(span + 1))
    return first, first + timedelta(days=112)


def add_exceptions(svc: Services, plans: list[dict], rng: random.Random) -> tuple[int, int]:
    """Move and cancel instances (THIS scope) of the series whose plan asks for edits."""
    moved = cancelled = 0
    with svc.ctx.repo.write():
        for plan in plans:
            if plan["edits"] is None:
                continue
            found = _instances_of(svc, plan, *_edit_window(plan, rng))
            n_move, n_cancel = plan["edits"]
            chosen = rng.sample(found, min(len(found), n_move + n_cancel))
            for k, session in enumerate(chosen):
                if k < n_move:
                    shift = timedelta(hours=rng.choice((1, 2, -1, 24, 48)))
                    svc.sessions.update_session(session.id, {
                        "start": session.start + shift, "end": session.end + shift,
                        "title": f"{session.title} (moved)"}, scope="THIS")
                    moved += 1
                else:
                    svc.sessions.delete_session(session.id, scope="THIS")
                    cancelled += 1
    return moved, cancelled


def _instances_of(svc: Services, plan: dict, first: datetime, last: datetime) -> list:
    series_id = plan["fields"]["id"]
    result = svc.queries.query_sessions(
        first, last, limit=1000,
        filter={"scheduleId": plan["fields"]["schedule_id"], "recurringSessionId": series_id})
    return [s for s in result.items if s.recurring_session_id == series_id]


def _create_some(svc: Services, plans: Iterator[dict], size: int, batched: bool) -> None:
    if not batched:
        for _ in range(size):
            svc.sessions.create_session(next(plans))
        return
    with svc.ctx.repo.write():  # nested writes become savepoints: one commit for the batch
        for _ in range(size):
            svc.sessions.create_session(next(plans))


def create_singles(svc: Services, plans: Iterator[dict], count: int,
                   budget_s: float = ONE_BY_ONE_BUDGET_S) -> dict:
    """One by one (a transaction each) while the projected total stays within ``budget_s``;
    once it does not, the rest in outer transactions of BATCH (still ``create_session``)."""
    t0 = time.perf_counter()
    done, switched_at = 0, None
    while done < count:
        batched = switched_at is not None
        size = min(BATCH if batched else CHECK_EVERY, count - done)
        _create_some(svc, plans, size, batched)
        done += size
        if not batched and (time.perf_counter() - t0) / done * count > budget_s:
            switched_at, t_switch = done, time.perf_counter()
            print(f"  singles: {done:,} one by one at {(t_switch - t0) / done * 1000:.2f} ms "
                  f"each project beyond {budget_s:.0f} s; batching the rest", flush=True)
    total = time.perf_counter() - t0
    if switched_at is None:
        return {"batched": False, "one_by_one_ms": total / max(count, 1) * 1000}
    return {"batched": True, "batch_size": BATCH, "switched_after": switched_at,
            "one_by_one_ms": (t_switch - t0) / switched_at * 1000,
            "batched_ms": (total - (t_switch - t0)) / max(count - switched_at, 1) * 1000}


# -- the build --------------------------------------------------------------------------------
def marker_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _reusable(path: Path, seed: int, sizes: tuple[int, int, int]) -> dict | None:
    marker = marker_path(path)
    if not (path.exists() and marker.exists()):
        return None
    info = json.loads(marker.read_text())
    counts = info.get("counts", {})
    built = (counts.get("schedules"), counts.get("series"), counts.get("singles"))
    if (info.get("seed"), info.get("build_version"), info.get("schema_version"), built) != (
            seed, BUILD_VERSION, SCHEMA_VERSION, sizes):
        return None  # another seed, size, builder or schema: build afresh, never migrate
    return info


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()


def _timed(label: str, step: Callable[[], object], timings: dict) -> object:
    t0 = time.perf_counter()
    value = step()
    timings[label] = round(time.perf_counter() - t0, 2)
    print(f"  {label}: {timings[label]:.1f} s", flush=True)
    return value


def _populate(svc: Services, rng: random.Random, sizes: tuple[int, int, int],
              budget_s: float) -> dict:
    n_schedules, n_series, n_singles = sizes
    timings: dict = {}
    svc.ctx.set_business_zone(BUSINESS_ZONE)
    schedules = plan_schedules(rng, n_schedules)
    series = plan_series(rng, schedules, n_series)
    _timed("schedules", lambda: create_schedules(svc, schedules), timings)
    _timed("series", lambda: create_series(svc, series), timings)
    moved, cancelled = _timed("exceptions", lambda: add_exceptions(svc, series, rng), timings)
    singles = plan_singles(rng, schedules, n_singles)
    single_stats = _timed("singles", lambda: create_singles(svc, singles, n_singles, budget_s),
                          timings)
    return {"timings_s": timings, "singles_creation": single_stats,
            "counts": {"schedules": n_schedules, "series": n_series, "singles": n_singles,
                       "moved_instances": moved, "cancelled_instances": cancelled,
                       "occurrence_rows": svc.ctx.repo.count("occurrence"),
                       "session_rows": svc.ctx.repo.count("session")},
            "zones": sorted({s["time_zone"] for s in schedules})}


def build(path: str | Path, *, seed: int = 7, now: Callable[[], datetime] | None = None,
          sizes: tuple[int, int, int] = (50, 1000, 100_000), force: bool = False,
          budget_s: float = ONE_BY_ONE_BUDGET_S) -> dict:
    """Build the business at ``path`` (or reuse a finished build with the same seed).
    ``budget_s``: how long creating the singles one by one may take before batching."""
    path = Path(path)
    info = None if force else _reusable(path, seed, sizes)
    if info is not None:
        print(f"reusing {path} (built in {info['build_seconds']:.0f} s)", flush=True)
        return {**info, "path": str(path), "reused": True}
    partial = path.with_name(path.name + ".partial")
    _remove(partial)
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {path} (seed {seed})", flush=True)
    t0 = time.perf_counter()
    svc = open_services(partial, now=now or fixed_now())
    try:
        info = _populate(svc, random.Random(seed), sizes, budget_s)
    finally:
        svc.close()
    info.update(seed=seed, build_version=BUILD_VERSION, schema_version=SCHEMA_VERSION,
                now=(now or fixed_now())().isoformat(),
                build_seconds=round(time.perf_counter() - t0, 1))
    _remove(path)
    os.replace(partial, path)
    marker_path(path).write_text(json.dumps(info, indent=2))
    print(f"built in {info['build_seconds']:.1f} s: {json.dumps(info['counts'])}", flush=True)
    return {**info, "path": str(path), "reused": False}


SIZES = {"1x": (50, 1000, 100_000), "5x": (250, 5000, 500_000)}
PATHS = {"1x": ROOT / "benchmarks" / "out" / "business-seed7.sqlite3",
         "5x": ROOT / "benchmarks" / "out" / "business-5x-seed7.sqlite3"}


def build_size(size: str) -> dict:
    """The 1x (ten years: 1,000 series, 100,000 singles) or 5x business, built once."""
    return build(PATHS[size], sizes=SIZES[size], budget_s=0 if size == "5x" else
                 ONE_BY_ONE_BUDGET_S)


if __name__ == "__main__":
    argument = sys.argv[1] if len(sys.argv) > 1 else "1x"
    if argument in SIZES:
        build_size(argument)
    else:
        build(argument)
