"""A prefetch the user then asks for: what of it has not started is read next, as one job,
ahead of the other prefetches, which are dropped (the prefetcher asks again around the new
period); the window it gives is the whole read's. Measured: the first step back at five
times the business waited behind the week ahead's four parts and then its own."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import sessions_desktop.ui.shell.loader as loader_module
from sessions_desktop.ui.shell.loader import PREFETCH_PART, Loader, fetch_window, parts_of
from tests.ui.test_read_thread import Blocking

MONDAY = datetime(2026, 11, 23)


def recorded_reads(monkeypatch) -> list[tuple[datetime, datetime]]:
    """The windows the loader reads from now on, in order."""
    reads: list[tuple[datetime, datetime]] = []

    def recorded(svc, low, high):
        reads.append((low, high))
        return fetch_window(svc, low, high)

    monkeypatch.setattr(loader_module, "fetch_window", recorded)
    return reads


def keep_busy(loader: Loader) -> threading.Event:
    """Keep the loader's reading thread on a job of its own until the event is set, so
    what is queued meanwhile waits."""
    gate, started = threading.Event(), threading.Event()
    loader._pool.start(Blocking("busy", [], gate, started=started), 5)
    assert started.wait(5)
    return gate


def test_a_prefetch_asked_for_is_read_next_as_one_job(qtbot, services, business,
                                                      monkeypatch):
    tz = services.business_zone
    week = (MONDAY.replace(tzinfo=tz), (MONDAY + timedelta(days=7)).replace(tzinfo=tz))
    other = (week[1], week[1] + timedelta(days=7))
    reads = recorded_reads(monkeypatch)
    loader = Loader(services, threaded=True)
    gate = keep_busy(loader)
    loader.prefetch([other, week])            # both in two-day parts, behind the busy job
    with qtbot.waitSignal(loader.loaded, timeout=10000) as got:
        loader.request(*week)
        gate.set()
    assert got.args[0] == week
    assert reads == [week], "the week was read as one job, the other prefetch dropped"
    whole = [s.id for s in fetch_window(services, *week)]
    assert whole and [s.id for s in got.args[1]] == whole
    assert other not in loader._prefetching, "the dropped prefetch can be asked for again"
    loader.prefetch([other])
    qtbot.waitUntil(lambda: loader.cached(other) is not None, timeout=10000)
    assert reads[1:] == parts_of(other, PREFETCH_PART)
    loader.shutdown()


def test_a_prefetch_half_read_is_finished_as_one_job(qtbot, services, business, monkeypatch):
    tz = services.business_zone
    week = (MONDAY.replace(tzinfo=tz), (MONDAY + timedelta(days=7)).replace(tzinfo=tz))
    reads: list[tuple[datetime, datetime]] = []
    gate, in_first = threading.Event(), threading.Event()

    def recorded(svc, start, end):
        reads.append((start, end))
        if len(reads) == 1:          # the first part keeps the thread while the user asks
            in_first.set()
            gate.wait(5)
        return fetch_window(svc, start, end)

    monkeypatch.setattr(loader_module, "fetch_window", recorded)
    loader = Loader(services, threaded=True)
    loader.prefetch([week])
    assert in_first.wait(5)
    with qtbot.waitSignal(loader.loaded, timeout=10000) as got:
        loader.request(*week)
        gate.set()
    two = week[0] + timedelta(days=2)
    assert reads == [(week[0], two), (two, week[1])]
    assert [s.id for s in got.args[1]] == [s.id for s in fetch_window(services, *week)]
    loader.shutdown()


def test_a_request_left_for_another_is_not_read_before_it(qtbot, services, business,
                                                          monkeypatch):
    """Stepping on through the agenda: the new page's first days do not wait behind the
    weeks of the page the user left."""
    tz = services.business_zone
    start = MONDAY.replace(tzinfo=tz)
    page = (start, start + timedelta(days=28))
    first_days = (page[1], page[1] + timedelta(days=2))
    reads = recorded_reads(monkeypatch)
    loader = Loader(services, threaded=True)
    gate = keep_busy(loader)
    loader.request(*page)                       # four weeks, queued behind the busy job
    with qtbot.waitSignal(loader.loaded, timeout=10000) as got:
        loader.request(*first_days)
        gate.set()
    assert got.args[0] == first_days and reads == [first_days]
    loader.request(*page)
    qtbot.waitUntil(lambda: loader.cached(page) is not None, timeout=10000)
    assert reads[1:] == parts_of(page), "asked for again, the page is read whole"
    loader.shutdown()


def test_a_pages_first_rows_keep_the_pages_prefetch(qtbot, services, business, monkeypatch):
    """The agenda asks for a page's first rows, then the page: a prefetch of that page
    keeps running for it."""
    from sessions_desktop.ui.shell.first_rows import FirstSessions

    tz = services.business_zone
    start = MONDAY.replace(tzinfo=tz)
    page = (start, start + timedelta(days=28))
    reads = recorded_reads(monkeypatch)
    loader = Loader(services, threaded=True)
    gate = keep_busy(loader)
    loader.prefetch([page])
    with qtbot.waitSignal(loader.loaded, timeout=10000) as first:
        loader.request(*page, FirstSessions(3))
    assert len(first.args[1]) == 3 and reads == [], "the first rows are read at once"
    assert page in loader._prefetching
    with qtbot.waitSignal(loader.loaded, timeout=10000) as whole:
        loader.request(*page)
        gate.set()
    assert reads == [page], "the page's prefetch, hurried as one job"
    assert [s.id for s in whole.args[1]] == [s.id for s in fetch_window(services, *page)]
    loader.shutdown()


def test_a_months_prefetch_asked_for_is_read_next_as_one_job(qtbot, services, business,
                                                             monkeypatch):
    """The month's days are prefetched a week at a time; asked for, the weeks not yet read
    are read as one ask, and the days joined equal the month read whole."""
    from sessions_desktop.ui.shell.loader import fetch_month
    from sessions_desktop.ui.shell.month_summary import MonthAsk

    tz = services.business_zone
    first = MONDAY.date() - timedelta(days=7)
    ask = MonthAsk(first, 42, 3)
    key = (datetime.combine(first, datetime.min.time(), tz),
           datetime.combine(first + timedelta(days=42), datetime.min.time(), tz), ask)
    asked: list[tuple] = []

    def recorded(svc, part, schedules):
        asked.append((part.first, part.days))
        return fetch_month(svc, part, schedules)

    monkeypatch.setattr(loader_module, "fetch_month", recorded)
    loader = Loader(services, threaded=True)
    gate = keep_busy(loader)
    loader.prefetch([key])
    with qtbot.waitSignal(loader.loaded, timeout=10000) as got:
        loader.request(*key)
        gate.set()
    assert asked == [(first, 42)], "the six weeks not started, as one ask"
    whole = services.queries.month_days(first, 42, 3)
    assert [(d.day, d.count, [s.id for s in d.chips]) for d in got.args[1].days] == \
        [(d.day, d.count, [s.id for s in d.chips]) for d in whole.days]
    assert got.args[1].total == whole.total
    loader.shutdown()
