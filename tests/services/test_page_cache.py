"""Pages of ``query_sessions`` kept while nothing is committed: a repeated page comes from
memory, and any commit (here, by another open database, inside a write that rolls back) is
seen by the very next page."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.services.conftest import NOW

WEEK = (datetime(2026, 12, 1), datetime(2026, 12, 8))


def every_page(svc, limit=3):
    result = svc.queries.query_sessions(*WEEK, limit=limit)
    pages = [result]
    while result.has_next:
        result = svc.queries.query_sessions(cursor=result.next_cursor)
        pages.append(result)
    return pages


def titles(pages):
    return [s.title for page in pages for s in page.items]


@pytest.fixture
def series(svc, yoga):
    return svc.sessions.create_session({
        "schedule_id": yoga.id, "title": "Morning flow", "start": datetime(2026, 11, 2, 8),
        "end": datetime(2026, 11, 2, 9), "recurrence": "FREQ=DAILY"})


def test_a_repeated_walk_gives_the_same_pages_from_memory(svc, series):
    first = every_page(svc)
    again = every_page(svc)
    assert [p.items for p in again] == [p.items for p in first] and len(first) == 3
    assert [p.next_cursor for p in again] == [p.next_cursor for p in first]
    if svc.ctx.repo.dialect.name == "sqlite":
        assert again[1].items[0] is first[1].items[0], "a kept page is not built again"
    again[0].items.clear()
    assert len(every_page(svc)[0].items) == 3, "a caller's list is its own"


def test_a_write_here_shows_in_the_next_page(svc, series):
    assert set(titles(every_page(svc))) == {"Morning flow"}
    svc.sessions.update_session(series.id, {"title": "Evening flow"})
    assert set(titles(every_page(svc))) == {"Evening flow"}


def test_a_commit_by_another_desk_shows_in_the_next_page(svc, series, location):
    from sessions_desktop.services import open_services

    assert set(titles(every_page(svc))) == {"Morning flow"}
    other = open_services(location, now=lambda: NOW)
    try:
        other.sessions.update_session(series.id, {"title": "Evening flow"})
        assert set(titles(every_page(svc))) == {"Evening flow"}
        other.sessions.delete_session(series.id)
        assert titles(every_page(svc)) == []
    finally:
        other.close()


def test_a_page_read_inside_a_write_that_rolls_back_is_not_kept(svc, series):
    """Inside a write, the connection's change count already counts the uncommitted rows
    and a rollback does not take it back: a page kept there would outlive the rollback."""
    assert set(titles(every_page(svc))) == {"Morning flow"}
    with pytest.raises(RuntimeError), svc.ctx.repo.write():
        svc.sessions.update_session(series.id, {"title": "Never saved"})
        assert set(titles(every_page(svc))) == {"Never saved"}
        raise RuntimeError("the write fails")
    assert set(titles(every_page(svc))) == {"Morning flow"}
