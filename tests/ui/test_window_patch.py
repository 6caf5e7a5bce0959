"""After a write in the shown week the grid plans, lays out and repaints only the days the
write touched (``ui/grid/week_patch.py``), and what it shows is always what reading the
whole week again and laying it out from scratch gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, QRect

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.enums import Scope
from sessions_desktop.services import open_services
from sessions_desktop.ui.common.texts import uses_24_hours
from sessions_desktop.ui.grid.week_layout import build_tiles, make_day_data
from sessions_desktop.ui.shell.loader import Loader, small_read
from tests.ui.business import crowd
from tests.ui.conftest import MONDAY, NOW, wait_loaded
from tests.ui.helpers import drag, grid_point
from tests.ui.test_window_drag import find, tile_point
from tests.ui.test_window_series import drag_up_one_hour, thursday_yoga

WEDNESDAY, THURSDAY = 2, 3     # day columns of the week of MONDAY


class Paints(QObject):
    """The regions the grid's viewport was asked to paint."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.regions: list = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.regions.append(event.region())
        return False


@pytest.fixture
def paints(window):
    return Paints(window.views.week.grid_view.viewport())


def whole(window, services):
    """The grid's input and layout made from scratch from a whole read of the week."""
    c, views = window.controller, window.views
    sessions = services.queries.window_sessions(*c.window(), fieldsets="ALL_PI",
                                                include_cancelled=True)
    period = c.period()
    data = make_day_data(period.days, c.shown_of(sessions), sessions, c.schedules,
                         views._hidden(), c.tz, uses_24_hours(), services.now())
    return sessions, data, build_tiles(views.week.grid_view.grid, data)


def drawn(layout):
    """What a layout draws, comparable: tiles (session, rect, edges), markers, the strip."""
    return ([(t.key, t.boundingRect().getRect()) for t in layout.tiles],
            [(b.key, b.rect, b.top_edge, b.bottom_edge) for b in layout.boxes],
            [(m.rect, m.day, m.hour, sorted(s.id for s in m.sessions)) for m in layout.markers],
            layout.strip, layout.density)


def assert_as_whole(window, services):
    """The shown week (list, plan, tiles, markers, density) is the whole read's."""
    view = window.views.week.grid_view
    sessions, data, layout = whole(window, services)
    assert window.controller.sessions == sessions
    assert [s.id for s in view.data.timed] == [s.id for s in data.timed]
    assert view.data.wall == data.wall
    assert view.data.plan(view.grid) == data.plan(view.grid)
    assert drawn(build_tiles(view.grid, view.data)) == drawn(layout)
    assert drawn(view._layer.layout) == drawn(layout)


def columns(view, days) -> QRect:
    """The viewport rect of these day columns."""
    grid, rect = view.grid, QRect()
    for day in days:
        column = view.mapFromScene(
            grid.x_for_day(day), 0, grid.column_width, grid.height).boundingRect()
        rect = rect.united(column)
    return rect


def tiles_by_day(view) -> dict[int, list]:
    starts = view._layer.layout.day_starts
    return {day: view.tiles()[starts[day]:starts[day + 1]] for day in range(len(starts) - 1)}


def move_to_thursday_four(window, services):
    view = window.views.week.grid_view
    massage = find(services, "Hot stone massage")       # Wednesday 14:00-15:00
    grab = tile_point(view, massage.id)
    shift_y = view.grid.y_for_minute(16 * 60) - view.grid.y_for_minute(14 * 60)
    target = QPointF(grab.x() + view.grid.column_width, grab.y() + shift_y)
    drag(view.viewport(), [grab, QPointF(grab.x() + 10, grab.y() + 10), target])
    return massage


def test_a_drag_to_another_day_patches_the_day_left_and_the_day_entered(
        qtbot, window, services, paints):
    view = window.views.week.grid_view
    before = tiles_by_day(view)
    window.controller.data_changed.connect(paints.regions.clear)   # paints after the write
    move_to_thursday_four(window, services)
    wait_loaded(qtbot, window)
    assert view.data.touched == (WEDNESDAY, THURSDAY)
    after = tiles_by_day(view)
    for day in (0, 1, 4, 5, 6):
        assert all(a is b for a, b in zip(after[day], before[day], strict=True)), \
            f"day {day} keeps its tiles"
    assert_as_whole(window, services)
    qtbot.waitUntil(lambda: bool(paints.regions), timeout=5000)
    painted = paints.regions[0].boundingRect()
    assert columns(view, (WEDNESDAY, THURSDAY)).contains(painted), painted
    for others in ((0, 1), (4, 5, 6)):   # (a pixel of a neighbour's edge may be repainted)
        assert not columns(view, others).adjusted(2, 0, -2, 0).intersects(painted)


def test_a_drag_within_a_day_patches_that_day(qtbot, window, services):
    view = window.views.week.grid_view
    massage = find(services, "Hot stone massage")
    grab = tile_point(view, massage.id)
    down = QPointF(grab.x(), grab.y() + view.grid.hour_height * 2)
    drag(view.viewport(), [grab, QPointF(grab.x(), grab.y() + 10), down])
    wait_loaded(qtbot, window)
    assert view.data.touched == (WEDNESDAY,)
    assert view.rect_of(massage.id) is not None
    assert_as_whole(window, services)


def test_a_resize_patches_its_day(qtbot, window, services):
    view = window.views.week.grid_view
    massage = find(services, "Hot stone massage")
    height = view.rect_of(massage.id).height()
    edge = tile_point(view, massage.id, "bottom")
    drag(view.viewport(), [edge, QPointF(edge.x(), edge.y() + 8),
                           QPointF(edge.x(), edge.y() + view.grid.hour_height / 2)])
    wait_loaded(qtbot, window)
    assert view.data.touched == (WEDNESDAY,)
    assert view.rect_of(massage.id).height() > height
    assert_as_whole(window, services)


def test_undo_and_redo_after_a_patched_move(qtbot, window, services):
    view = window.views.week.grid_view
    massage = move_to_thursday_four(window, services)
    wait_loaded(qtbot, window)
    moved = window.controller.find(massage.id)
    window.ops.stack.undo()
    wait_loaded(qtbot, window)
    assert view.data.touched == (WEDNESDAY, THURSDAY)
    assert window.controller.find(massage.id).start == massage.start
    assert_as_whole(window, services)
    window.ops.stack.redo()
    wait_loaded(qtbot, window)
    assert window.controller.find(massage.id).start == moved.start
    assert_as_whole(window, services)


def test_a_write_from_another_desk_still_refreshes_the_week(qtbot, window, services,
                                                           monkeypatch):
    """Another desk's change is known only by its record: the whole week is read again;
    the sessions it did not change are the objects already shown (the read builds a row
    version once), so the grid still lays out only the days that changed."""
    view, loader = window.views.week.grid_view, window.controller.loader
    asked: list = []
    request = loader.request
    monkeypatch.setattr(loader, "request", lambda *w: asked.append(w) or request(*w))
    massage = find(services, "Hot stone massage")
    later = massage.start + timedelta(days=1)
    with open_services(services.path, now=lambda: NOW) as other_desk:
        other_desk.sessions.update_session(massage.id, {"start": later,
                                                        "end": massage.end + timedelta(days=1)})
    qtbot.waitUntil(lambda: window.controller.find(massage.id).start == later, timeout=5000)
    wait_loaded(qtbot, window)
    assert asked == [window.controller.window()], "the whole week was read"
    assert view.data.touched == (WEDNESDAY, THURSDAY)
    assert_as_whole(window, services)


@pytest.mark.parametrize("scope", [Scope.THIS, Scope.FOLLOWING, Scope.ALL])
def test_an_instance_moved_with_each_scope(qtbot, window, services, scope):
    view = window.views.week.grid_view
    window.answers.scope = scope
    drag_up_one_hour(window, thursday_yoga(window).id)
    wait_loaded(qtbot, window)
    if scope is Scope.THIS:
        assert view.data.touched == (THURSDAY,)
    assert_as_whole(window, services)
    window.ops.stack.undo()
    wait_loaded(qtbot, window)
    assert_as_whole(window, services)


def test_a_session_created_by_drag_then_deleted(qtbot, window, services, business):
    view = window.views.week.grid_view
    window.answers.draft = {"title": "Drag made", "schedule_id": business.schedules["Massage"]}
    start, end = grid_point(view, MONDAY + timedelta(days=4), 17.1), \
        grid_point(view, MONDAY + timedelta(days=4), 18.4)
    drag(view.viewport(), [start, QPointF(start.x(), start.y() + 10), end])
    wait_loaded(qtbot, window)
    made = find(services, "Drag made")
    assert view.data.touched == (4,) and view.rect_of(made.id) is not None
    assert_as_whole(window, services)
    window.controller.select(made.id)
    window.actions_.delete(made.id)
    wait_loaded(qtbot, window)
    assert view.data.touched == (4,) and view.rect_of(made.id) is None
    assert_as_whole(window, services)


def test_working_hours_and_the_all_day_row_are_made_whole(qtbot, window, services, business):
    """A change of the shading or of the all-day row is not a patch of the lanes."""
    view = window.views.week.grid_view
    hours = next(s for s in window.controller.sessions if s.type.value == "WORKING_HOURS")
    services.sessions.update_session(hours.id, {"end": hours.end + timedelta(hours=1)},
                                     scope=Scope.THIS if hours.is_instance else None)
    wait_loaded(qtbot, window)
    assert view.data.touched == ()
    assert_as_whole(window, services)
    thursday = MONDAY + timedelta(days=3)
    services.sessions.create_session({"schedule_id": business.schedules["Massage"],
                                      "title": "Away day", "start": thursday,
                                      "end": thursday + timedelta(days=1)})
    wait_loaded(qtbot, window)
    assert view.data.touched == ()
    assert "Away day" in [s.title for s in view.data.all_day]
    assert_as_whole(window, services)


def test_a_crowded_day_keeps_its_plus_n_and_strip_right(qtbot, window, services, business):
    """Eleven sessions at once collapse into "+N"; a move into and out of the crowd
    changes the counts and the density strip as a whole re-plan would."""
    ids = crowd(services, business.schedules["Physiotherapy"], MONDAY + timedelta(days=1),
                count=12)
    wait_loaded(qtbot, window)
    view = window.views.week.grid_view
    assert view.markers(), "the crowd collapsed"
    one = window.controller.find(ids[0])
    services.sessions.update_session(one.id, {"start": one.start + timedelta(days=1),
                                              "end": one.end + timedelta(days=1)})
    wait_loaded(qtbot, window)
    assert view.data.touched == (1, 2)
    assert_as_whole(window, services)
    other = window.controller.find(ids[1])
    services.sessions.update_session(other.id, {"start": other.start + timedelta(hours=6),
                                                "end": other.end + timedelta(hours=6)})
    wait_loaded(qtbot, window)
    assert_as_whole(window, services)


def test_a_read_in_flight_survives_a_write_elsewhere_only(qtbot, services, business):
    """A prefetch running while a write commits is kept when the write did not touch its
    window, and dropped (read again when asked) when it did."""
    loader = Loader(services, threaded=True)
    got: list = []
    loader.prefetched.connect(lambda window, sessions: got.append(window))
    week = (datetime(2026, 11, 23, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC))
    later = (week[0] + timedelta(weeks=3), week[1] + timedelta(weeks=3))
    elsewhere = ChangeRecord("update", ("x",), week[0] - timedelta(weeks=8),
                             week[0] - timedelta(weeks=7), after=(("x", None),))
    loader.prefetch([week])
    loader.invalidate(elsewhere)      # before the read can have been delivered
    qtbot.waitUntil(lambda: got == [week], timeout=5000)
    assert loader.cached(week) is not None
    inside = ChangeRecord("update", ("x",), later[0] + timedelta(days=1),
                          later[0] + timedelta(days=1, hours=1), after=(("x", None),))
    loader.prefetch([later])
    loader.invalidate(inside)
    qtbot.waitUntil(lambda: not loader._prefetching, timeout=5000)
    assert later not in got and loader.cached(later) is None
    loader.invalidate(None)
    assert loader.cached(week) is None, "a write without bounds drops everything"
    loader.shutdown()


def test_a_short_patch_is_read_at_once_and_a_long_one_on_the_reading_thread(
        qtbot, services, business):
    loader = Loader(services, threaded=True)
    got: list = []
    loader.loaded.connect(lambda window, sessions: got.append(sessions))
    week = (datetime(2026, 11, 23, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC))
    sessions = services.queries.window_sessions(*week, fieldsets="ALL_PI",
                                                include_cancelled=True)
    span = (week[0] + timedelta(days=2, hours=13), week[0] + timedelta(days=2, hours=16))
    assert small_read(sessions, span)
    loader.patch(week, sessions, span)
    assert len(got) == 1, "delivered before patch returned"
    assert got[0] == sessions
    month = (week[0], week[0] + timedelta(days=30))
    assert not small_read(sessions, month)
    loader.patch(month, sessions, month)
    assert len(got) == 1, "a long span is read on the reading thread"
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    loader.shutdown()
