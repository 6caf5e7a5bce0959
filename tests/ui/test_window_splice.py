"""A write of the window's own reads only the span it touched and splices it into the shown
week; the result is always what reading the whole week again gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPointF

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.enums import Scope
from sessions_desktop.presentation.navigation import ViewKind
from sessions_desktop.services import open_services
from sessions_desktop.ui.shell.splice import patch_span, spliced
from tests.ui.conftest import NOW, wait_loaded
from tests.ui.helpers import drag
from tests.ui.test_window_drag import find, tile_point
from tests.ui.test_window_series import drag_up_one_hour, thursday_yoga


def whole_read(window, services):
    return services.queries.window_sessions(*window.controller.window(), fieldsets="ALL_PI",
                                            include_cancelled=True)


@pytest.fixture
def reads(window, monkeypatch):
    """What the controller asks the loader for after a write: ("whole", window) for a
    reload, ("span", span) for a patch (prefetches are not asked this way)."""
    asked: list[tuple[str, tuple[datetime, datetime]]] = []
    loader = window.controller.loader
    request, patch = loader.request, loader.patch

    def whole(start, end):
        asked.append(("whole", (start, end)))
        return request(start, end)

    def span(window_, sessions, part):
        asked.append(("span", part))
        return patch(window_, sessions, part)

    monkeypatch.setattr(loader, "request", whole)
    monkeypatch.setattr(loader, "patch", span)
    return asked


def move_down_one_hour(window, session_id: str) -> None:
    view = window.views.week.grid_view
    grab = tile_point(view, session_id)
    down = QPointF(grab.x(), grab.y() + view.grid.hour_height)
    drag(view.viewport(), [grab, QPointF(grab.x(), grab.y() + 10), down])


def test_a_drag_reads_only_the_moved_span_and_shows_what_a_whole_read_shows(
        qtbot, window, services, reads):
    massage = find(services, "Hot stone massage")
    week = window.controller.window()
    move_down_one_hour(window, massage.id)
    wait_loaded(qtbot, window)
    assert window.controller.sessions == whole_read(window, services)
    assert [kind for kind, _ in reads] == ["span"], reads
    start, end = reads[0][1]
    assert week[0] <= start < end <= week[1] and end - start < timedelta(days=1)
    tile = window.views.week.grid_view.rect_of(massage.id)
    assert tile is not None, "the moved session has its tile"
    reads.clear()
    window.ops.stack.undo()
    wait_loaded(qtbot, window)
    assert window.controller.sessions == whole_read(window, services)
    assert [kind for kind, _ in reads] == ["span"], reads
    assert window.controller.find(massage.id).start == massage.start


@pytest.mark.parametrize("scope", [Scope.THIS, Scope.FOLLOWING])
def test_moving_an_instance_shows_what_a_whole_read_shows(qtbot, window, services, scope):
    window.answers.scope = scope
    drag_up_one_hour(window, thursday_yoga(window).id)
    wait_loaded(qtbot, window)
    assert window.controller.sessions == whole_read(window, services)
    window.ops.stack.undo()
    wait_loaded(qtbot, window)
    assert window.controller.sessions == whole_read(window, services)


def test_the_month_reads_its_days_again(qtbot, window, services):
    """The month shows counts and first chips (``month_days``), not a list to splice: an
    edit has it read its days again, equal to a fresh read."""
    c = window.controller
    c.set_kind(ViewKind.MONTH)
    wait_loaded(qtbot, window)
    massage = find(services, "Hot stone massage")
    services.sessions.update_session(massage.id, {"start": massage.start + timedelta(days=2),
                                                  "end": massage.end + timedelta(days=2)})
    wait_loaded(qtbot, window)
    ask = c.month_ask(c.period())
    assert c.month_days == services.queries.month_days(ask.first, ask.days, ask.chips)
    moved = massage.start.astimezone(services.ctx.business_zone).date() + timedelta(days=2)
    assert massage.id in {s.id for s in window.views.month.sessions_on(moved)}


def test_another_desks_change_reads_the_whole_week(qtbot, window, services, reads):
    week = window.controller.window()
    record = ChangeRecord(action="update", ids=("x",), start=week[0], end=week[0] +
                          timedelta(hours=1))
    assert patch_span(record, week) is None, "no rows: known only by its record"
    massage = find(services, "Hot stone massage")
    later = massage.start + timedelta(hours=1)
    with open_services(services.path, now=lambda: NOW) as other_desk:
        other_desk.sessions.update_session(massage.id, {"start": later,
                                                        "end": massage.end + timedelta(hours=1)})
    qtbot.waitUntil(lambda: bool(reads) and not window.controller.loading, timeout=5000)
    assert reads == [("whole", week)]
    assert window.controller.find(massage.id).start == later
    assert window.controller.sessions == whole_read(window, services)


def test_the_span_is_the_part_of_the_window_the_change_reached():
    window = (datetime(2026, 11, 23, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC))
    rows = (("a", None),)
    inside = ChangeRecord("update", ("a",), datetime(2026, 11, 24, 9, tzinfo=UTC),
                          datetime(2026, 11, 24, 11, tzinfo=UTC), after=rows)
    across = ChangeRecord("update", ("a",), datetime(2026, 11, 29, 9, tzinfo=UTC),
                          datetime(2026, 12, 2, tzinfo=UTC), after=rows)
    unbounded = ChangeRecord("update", ("a",), window[0], None, after=rows)
    schedule = ChangeRecord("update_schedule", ("s",), window[0], window[1], after=rows)
    assert patch_span(inside, window) == (inside.start, inside.end)
    assert patch_span(across, window) == (across.start, window[1])
    assert patch_span(unbounded, window) is None and patch_span(schedule, window) is None


def test_splicing_replaces_what_overlaps_the_span_in_start_order(window):
    sessions = window.controller.sessions
    assert len(sessions) > 10
    middle = sessions[len(sessions) // 2]
    span = (middle.start, middle.end)
    overlapping = [s for s in sessions if s.start < span[1] and s.end > span[0]]
    rest = [s for s in sessions if s not in overlapping]
    assert spliced(sessions, span, overlapping) == sessions, "the same read: the same list"
    assert spliced(sessions, span, []) == rest, "gone from the span: gone"
    moved = overlapping[0]
    assert spliced(rest, span, [moved]) == sorted([*rest, moved],
                                                 key=lambda s: (s.start.timestamp(), s.id))


class _Timed(NamedTuple):
    id: str
    start: datetime
    end: datetime


TIMES = st.integers(0, 7 * 96)


@given(st.lists(st.tuples(TIMES, st.integers(0, 40)), max_size=60, unique_by=lambda t: t),
       st.lists(st.tuples(TIMES, st.integers(0, 40)), max_size=8), TIMES, st.integers(1, 200))
def test_the_splice_is_the_merge_of_what_stays_and_what_was_read(old, new, at, length):
    """Found by bisection, inserted by bisection: the same list as dropping every session
    that overlaps the span and merging the read in, by (start instant, id)."""
    monday = datetime(2026, 11, 23, tzinfo=UTC)

    def timed(pairs, prefix):
        return sorted((_Timed(f"{prefix}{i:02}", monday + timedelta(minutes=15 * q),
                              monday + timedelta(minutes=15 * (q + n)))
                       for i, (q, n) in enumerate(pairs)),
                      key=lambda s: (s.start.timestamp(), s.id))

    span = (monday + timedelta(minutes=15 * at), monday + timedelta(minutes=15 * (at + length)))
    touching = [(at - 2, 2), (at + length, 1)]   # end where the span starts, start at its end
    sessions = timed(old + touching, "a")
    low, high = span[0].timestamp(), span[1].timestamp()
    fresh = [s for s in timed(new, "b") if s.start.timestamp() < high and s.end.timestamp() > low]
    fresh += [s._replace(start=span[0]) for s in sessions[:2]]   # read again, moved
    fresh.sort(key=lambda s: (s.start.timestamp(), s.id))
    ids = {s.id for s in fresh}
    stays = [s for s in sessions if s.id not in ids
             and not (s.start.timestamp() < high and s.end.timestamp() > low)]
    expected = sorted([*stays, *fresh], key=lambda s: (s.start.timestamp(), s.id))
    assert spliced(sessions, span, fresh) == expected
