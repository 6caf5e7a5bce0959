"""Fuzz: hostile .ics files and wire inputs against the real services, each case bounded.

Every case either succeeds, and then everything written reads back, queries and exports, or
fails with a SessionsError that is not INTERNAL and leaves the database exactly as it was
(rows, derived instances and meta). Each case must finish within ``CASE_SECONDS`` and
``CASE_BYTES`` of Python memory (tracemalloc's peak): the bounds catch a runaway (the trials
saw minutes and hundreds of MB), they do not time anything finely.

CI runs ``FUZZ_EXAMPLES`` cases per test (default 40); the hand run of the closing note used
``FUZZ_EXAMPLES=2500`` (10,000 cases over the four tests).
"""

from __future__ import annotations

import io
import os
import time
import tracemalloc
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from sessions_desktop.domain.limits import year_in_range
from sessions_desktop.errors import SessionsError, StorageError
from sessions_desktop.services import open_services
from sessions_desktop.services.transfer import export_ics, import_ics
from sessions_desktop.services.wire_input import session_fields_from_wire
from tests.fuzz.hostile import filters, ics_files, rules, wire_sessions

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
CASE_SECONDS = float(os.environ.get("FUZZ_CASE_SECONDS", "5"))
CASE_BYTES = 100_000_000
NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
# No "explain" phase: after a failure it traces every line (sys.settrace on Python 3.11), which
# made each later case a hundred times slower and a failing run take an hour; the failing
# input itself is still printed.
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
WORST: dict[str, tuple[float, int]] = {}
CASES: dict[str, int] = {}


@pytest.fixture(scope="module", autouse=True)
def report_worst():
    """The slowest case and the largest peak of each kind, printed with ``-s`` (hand runs)."""
    yield
    for name, (seconds, peak) in sorted(WORST.items()):
        print(f"\nfuzz {name}: {CASES[name]} cases, slowest {seconds:.3f} s, largest peak "
              f"{peak / 1e6:.1f} MB")


def bounded(name: str, call):
    """Run ``call`` under the per-case bounds; returns its result or the SessionsError."""
    tracemalloc.start()
    began = time.perf_counter()
    try:
        try:
            result = call()
        except SessionsError as error:
            assert not isinstance(error, StorageError), f"a storage failure from input: {error}"
            assert error.code != "INTERNAL"
            result = error
    finally:
        seconds = time.perf_counter() - began
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    CASES[name] = CASES.get(name, 0) + 1
    worst = WORST.get(name, (0.0, 0))
    WORST[name] = (max(worst[0], seconds), max(worst[1], peak))
    assert seconds < CASE_SECONDS, f"{name} took {seconds:.2f} s"
    assert peak < CASE_BYTES, f"{name} peaked at {peak / 1e6:.0f} MB"
    return result


def fresh():
    svc = open_services(":memory:", now=lambda: NOW)
    svc.ctx.set_business_zone("Europe/Berlin")
    schedule = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP"})
    return svc, schedule


def state(svc) -> tuple:
    run = svc.database.execute
    return (run("SELECT * FROM session ORDER BY id").fetchall(),
            run("SELECT * FROM occurrence ORDER BY id").fetchall(),
            run("SELECT * FROM schedule ORDER BY id").fetchall(),
            run("SELECT * FROM meta ORDER BY key").fetchall())


def readable(svc) -> None:
    """Everything stored reads back, shows in a query of its week, and exports."""
    for (session_id, start) in svc.database.execute("SELECT id, start_utc FROM session"):
        svc.sessions.get_session(session_id, "ALL_PI")
        moment = datetime.fromtimestamp(start, UTC)
        if year_in_range(moment) and year_in_range(moment + timedelta(days=7)):
            svc.queries.query_sessions(moment, moment + timedelta(days=7), limit=1000,
                                       include_cancelled=True)
    export_ics(svc, io.BytesIO(), include_pi=True)


def unchanged_or_readable(svc, before, outcome) -> None:
    if isinstance(outcome, SessionsError):
        assert state(svc) == before, f"{outcome.code} but the database changed: {outcome}"
    else:
        readable(svc)


@FUZZ
@given(data=ics_files(), partial=st.booleans())
def test_hostile_ics_files_import_or_change_nothing(data, partial):
    svc, _ = fresh()
    before = state(svc)
    outcome = bounded("import", lambda: import_ics(svc, data, schedule_name="Fuzz",
                                                   partial=partial))
    unchanged_or_readable(svc, before, outcome)


@FUZZ
@given(data=st.data())
def test_hostile_wire_sessions_create_or_change_nothing(data):
    svc, schedule = fresh()
    wire = data.draw(wire_sessions(schedule.id))
    before = state(svc)

    def create():
        return svc.sessions.create_session(session_fields_from_wire(wire))

    unchanged_or_readable(svc, before, bounded("create", create))


@FUZZ
@given(data=st.data(), rule=rules())
def test_hostile_updates_of_a_series_change_all_or_nothing(data, rule):
    svc, schedule = fresh()
    series = svc.sessions.create_session({
        "schedule_id": schedule.id, "start": datetime(2027, 1, 4, 10),
        "end": datetime(2027, 1, 4, 11), "recurrence": "FREQ=WEEKLY;BYDAY=MO,TH"})
    patch = data.draw(wire_sessions(schedule.id))
    patch["recurrence"] = rule
    patch.pop("scheduleId", None)
    scope = data.draw(st.sampled_from(["ALL", "FOLLOWING", "THIS", None]))
    target = data.draw(st.sampled_from([series.id, f"{series.id}_20270211T100000"]))
    before = state(svc)

    def update():
        return svc.sessions.update_session(target, session_fields_from_wire(patch, patch=True),
                                           scope=scope)

    unchanged_or_readable(svc, before, bounded("update", update))


@FUZZ
@given(filter_=filters(), start=st.sampled_from([datetime(2027, 1, 4), datetime(2190, 5, 1),
                                                  datetime(1900, 1, 1), datetime(2200, 12, 1)]),
       days=st.sampled_from([1, 7, 31, 365, 366]), limit=st.sampled_from([1, 100, 1000]))
def test_hostile_queries_answer_or_refuse_within_bounds(filter_, start, days, limit):
    svc, schedule = fresh()
    for rule in ("FREQ=MINUTELY;INTERVAL=5", "FREQ=HOURLY;BYHOUR=9,10,11", "FREQ=DAILY"):
        svc.sessions.create_session({"schedule_id": schedule.id, "start": datetime(1990, 1, 1),
                                     "end": datetime(1990, 1, 1, 0, 5), "recurrence": rule})
    end = start + timedelta(days=days)

    def query():
        page = svc.queries.query_sessions(start, end, filter=filter_, limit=limit)
        pages = 1
        while page.has_next and pages < 3:
            page = svc.queries.query_sessions(cursor=page.next_cursor)
            pages += 1
        return page

    bounded("query", query)
