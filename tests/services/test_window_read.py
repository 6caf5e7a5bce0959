"""The window's own read (``window_sessions``): the same sessions as every page of
``query_sessions``, and singles built once per version."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.services.test_queries import busy_db  # noqa: F401 (a module fixture)


def every_page(svc, start, end, **kwargs):
    result = svc.queries.query_sessions(start, end, limit=7, **kwargs)
    items = list(result.items)
    while result.has_next:
        result = svc.queries.query_sessions(cursor=result.next_cursor)
        items.extend(result.items)
    return items


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start_day=st.integers(1, 25), days=st.integers(1, 35), cancelled=st.booleans())
def test_the_window_read_equals_every_page_of_the_query(busy_db, start_day, days,  # noqa: F811
                                                         cancelled):
    start = datetime(2026, 11, start_day)
    end = start + timedelta(days=days)
    window = busy_db.queries.window_sessions(start, end, include_cancelled=cancelled,
                                             fieldsets="ALL_PI")
    paged = every_page(busy_db, start, end, include_cancelled=cancelled, fieldsets="ALL_PI")
    assert window == paged


def test_a_single_is_built_again_only_when_its_row_changes(svc, yoga):
    made = svc.sessions.create_session({"schedule_id": yoga.id, "title": "Massage",
                                        "start": datetime(2026, 12, 1, 9),
                                        "end": datetime(2026, 12, 1, 10)})
    window = (datetime(2026, 12, 1), datetime(2026, 12, 2))
    first = svc.queries.window_sessions(*window)
    again = svc.queries.window_sessions(*window)
    assert again[0] is first[0], "an unchanged row is not built twice"
    svc.sessions.update_session(made.id, {"title": "Hot stone massage"})
    changed = svc.queries.window_sessions(*window)
    assert changed[0] is not first[0] and changed[0].title == "Hot stone massage"
    svc.schedules.update_schedule(yoga.id, {"capacity": 3})
    inherited = svc.queries.window_sessions(*window)
    assert inherited[0].capacity == 3, "a schedule's new default reaches its sessions"
    svc.sessions.delete_session(made.id)
    assert svc.queries.window_sessions(*window) == []
    assert svc.queries.window_sessions(*window, include_cancelled=True)[0].is_cancelled


def test_a_series_changed_by_another_desk_shows_in_the_next_window_read(svc, yoga, location):
    """The window read keeps series versions while nothing is committed; a commit by another
    open database (another desk or process) is seen by the very next read."""
    from sessions_desktop.services import open_services
    from tests.services.conftest import NOW

    series = svc.sessions.create_session({
        "schedule_id": yoga.id, "title": "Morning flow", "start": datetime(2026, 11, 2, 8),
        "end": datetime(2026, 11, 2, 9), "recurrence": "FREQ=DAILY"})
    window = (datetime(2026, 12, 1), datetime(2026, 12, 8))
    assert {s.title for s in svc.queries.window_sessions(*window)} == {"Morning flow"}
    other = open_services(location, now=lambda: NOW)
    try:
        other.sessions.update_session(series.id, {"title": "Evening flow"})
        assert {s.title for s in svc.queries.window_sessions(*window)} == {"Evening flow"}
        other.sessions.delete_session(series.id)
        assert svc.queries.window_sessions(*window) == []
        cancelled = svc.queries.window_sessions(*window, include_cancelled=True)
        assert len(cancelled) == 7 and all(s.is_cancelled for s in cancelled)
    finally:
        other.close()


def test_a_series_changed_here_shows_in_the_next_window_read(svc, yoga):
    series = svc.sessions.create_session({
        "schedule_id": yoga.id, "title": "Morning flow", "start": datetime(2026, 11, 2, 8),
        "end": datetime(2026, 11, 2, 9), "recurrence": "FREQ=DAILY"})
    window = (datetime(2026, 12, 1), datetime(2026, 12, 8))
    first = svc.queries.window_sessions(*window)
    assert len(first) == 7 and svc.queries.window_sessions(*window)[0] is first[0]
    svc.sessions.update_session(series.id, {"title": "Evening flow"})
    assert {s.title for s in svc.queries.window_sessions(*window)} == {"Evening flow"}
