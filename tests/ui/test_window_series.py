"""Recurring instances: a drag asks the scope; each scope writes once and undoes in one step."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPointF

from sessions_desktop.domain.enums import Scope
from sessions_desktop.errors import NotFoundError
from tests.ui.conftest import MONDAY, wait_loaded
from tests.ui.helpers import drag
from tests.ui.test_window_drag import tile_point

THURSDAY = MONDAY + timedelta(days=3)


def yoga_hours(services) -> dict[date, int]:
    """Start hour of each Morning yoga from Monday 23 to Friday 4 December."""
    start = datetime.combine(MONDAY, datetime.min.time())
    items = services.queries.query_sessions(start, start + timedelta(days=12),
                                            filter={"title": "Morning yoga"}, limit=100).items
    tz = services.ctx.business_zone
    return {s.start.astimezone(tz).date(): s.start.astimezone(tz).hour for s in items}


def thursday_yoga(window):
    return next(s for s in window.controller.shown()
                if s.title == "Morning yoga" and s.start.date() == THURSDAY)


def drag_up_one_hour(window, session_id: str) -> None:
    view = window.views.week.grid_view
    grab = tile_point(view, session_id)
    up = QPointF(grab.x(), grab.y() - view.grid.hour_height)
    drag(view.viewport(), [grab, QPointF(grab.x(), grab.y() - 10), up])


EXPECTED = {
    Scope.THIS: {date(2026, 11, 25): 9, date(2026, 11, 26): 8, date(2026, 11, 27): 9,
                 date(2026, 11, 30): 9},
    Scope.FOLLOWING: {date(2026, 11, 25): 9, date(2026, 11, 26): 8, date(2026, 11, 27): 8,
                      date(2026, 11, 30): 8},
    Scope.ALL: {date(2026, 11, 23): 8, date(2026, 11, 25): 8, date(2026, 11, 26): 8,
                date(2026, 12, 4): 8},
}


@pytest.mark.parametrize("scope", list(Scope))
def test_move_an_instance_with_each_scope_then_undo_and_redo(qtbot, window, services, scope):
    before = yoga_hours(services)
    window.answers.scope = scope
    drag_up_one_hour(window, thursday_yoga(window).id)
    assert window.answers.asked == ["scope:Move"]
    after = yoga_hours(services)
    for day, hour in EXPECTED[scope].items():
        assert after[day] == hour, (scope, day)
    assert window.ops.stack.count() == 1, "one gesture, one undo step"
    window.ops.stack.undo()
    assert yoga_hours(services) == before
    window.ops.stack.redo()
    assert yoga_hours(services) == after
    wait_loaded(qtbot, window)
    moved = [s for s in window.controller.shown()
             if s.title == "Morning yoga" and s.start.astimezone(services.ctx.business_zone)
             .date() == THURSDAY]
    assert moved and moved[0].start.astimezone(services.ctx.business_zone).hour == 8


def test_cancelling_the_scope_question_writes_nothing(window, services):
    before = yoga_hours(services)
    window.answers.scope = None
    drag_up_one_hour(window, thursday_yoga(window).id)
    assert yoga_hours(services) == before and window.ops.stack.count() == 0


def test_delete_key_deletes_an_instance_with_the_chosen_scope(qtbot, window, services):
    view = window.views.week.grid_view
    session = thursday_yoga(window)
    window.activateWindow()
    view.setFocus()
    drag(view.viewport(), [tile_point(view, session.id)])
    assert window.controller.selected == session.id
    window.answers.scope = Scope.THIS
    window.acts.delete.trigger()
    assert date(2026, 11, 26) not in yoga_hours(services)
    assert date(2026, 11, 27) in yoga_hours(services)
    window.ops.stack.undo()
    assert date(2026, 11, 26) in yoga_hours(services)


def test_three_steps_undo_back_to_nothing_and_redo(window, services, business):
    ops, sessions = window.ops, services.sessions
    made = ops.run("New session", lambda: sessions.create_session({
        "schedule_id": business.schedules["Yoga"], "title": "Extra class",
        "start": datetime(2026, 11, 27, 17), "end": datetime(2026, 11, 27, 18)}))
    ops.run("Rename", lambda: sessions.update_session(made.id, {"title": "Extra yoga"}))
    ops.run("Move", lambda: sessions.update_session(made.id, {
        "start": datetime(2026, 11, 27, 19), "end": datetime(2026, 11, 27, 20)}))
    for _ in range(3):
        ops.stack.undo()
    assert ops.last_error is None
    with pytest.raises(NotFoundError):
        sessions.get_session(made.id)
    for _ in range(3):
        ops.stack.redo()
    again = sessions.get_session(made.id)
    assert (again.title, again.start.hour) == ("Extra yoga", 19)
