"""Direct manipulation on the time grid: drag to create, move, resize; Escape; conflicts; undo."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, Qt

from sessions_desktop.presentation.navigation import ViewKind
from tests.ui.conftest import MONDAY, wait_loaded
from tests.ui.helpers import drag, grid_point, key, release, scene_to_view

WEDNESDAY, THURSDAY = MONDAY + timedelta(days=2), MONDAY + timedelta(days=3)


def find(services, title: str, day: date | None = None):
    start = datetime.combine(day or MONDAY, datetime.min.time())
    items = services.queries.query_sessions(start, start + timedelta(days=1 if day else 7),
                                            filter={"title": title}, limit=100).items
    assert len(items) == 1, f"{title!r}: {len(items)} found"
    return items[0]


def local(session, tz):
    return session.start.astimezone(tz).replace(tzinfo=None), \
        session.end.astimezone(tz).replace(tzinfo=None)


def tile_point(view, session_id: str, where: str = "body") -> QPointF:
    rect = view.rect_of(session_id)
    assert rect is not None, "the session has a tile"
    view.scroll_to_minute(max(0.0, view.grid.minute_for_y(rect.top()) - 60))
    y = {"body": rect.center().y(), "bottom": rect.bottom() - 2, "top": rect.top() + 2}[where]
    return scene_to_view(view, rect.center().x(), y)


def test_drag_on_empty_time_creates_a_session(qtbot, window, services, business):
    view = window.views.week.grid_view
    window.answers.draft = {"title": "Drag made", "schedule_id": business.schedules["Massage"]}
    start, end = grid_point(view, THURSDAY, 16.1), grid_point(view, THURSDAY, 17.4)
    drag(view.viewport(), [start, QPointF(start.x(), start.y() + 10), end])
    assert window.answers.asked == ["create"]
    made = find(services, "Drag made")
    assert local(made, services.ctx.business_zone) == (datetime(2026, 11, 26, 16),
                                                       datetime(2026, 11, 26, 17, 30))
    wait_loaded(qtbot, window)
    assert made.id in {t.key for t in view.tiles()}, "the grid redrew from the broadcast"
    window.ops.stack.undo()
    wait_loaded(qtbot, window)
    assert made.id not in {t.key for t in view.tiles()}
    window.ops.stack.redo()
    assert find(services, "Drag made").id == made.id


def test_escape_in_quick_create_writes_nothing(qtbot, window, services):
    view = window.views.week.grid_view
    window.answers.draft = None
    start, end = grid_point(view, THURSDAY, 16.1), grid_point(view, THURSDAY, 17.4)
    before = window.ops.stack.count()
    drag(view.viewport(), [start, end])
    assert window.answers.asked == ["create"] and window.ops.stack.count() == before


def test_move_by_drag_to_another_day_and_undo(qtbot, window, services):
    view, tz = window.views.week.grid_view, services.ctx.business_zone
    massage = find(services, "Hot stone massage")
    grab = tile_point(view, massage.id)
    shift_x = view.grid.column_width  # one day later
    shift_y = view.grid.y_for_minute(16 * 60) - view.grid.y_for_minute(14 * 60)
    target = QPointF(grab.x() + shift_x, grab.y() + shift_y)
    drag(view.viewport(), [grab, QPointF(grab.x() + 10, grab.y() + 10), target])
    moved = services.sessions.get_session(massage.id)
    assert local(moved, tz) == (datetime(2026, 11, 26, 16), datetime(2026, 11, 26, 17))
    window.ops.stack.undo()
    assert local(services.sessions.get_session(massage.id), tz) == local(massage, tz)
    window.ops.stack.redo()
    assert local(services.sessions.get_session(massage.id), tz) == local(moved, tz)


def test_resize_by_dragging_the_bottom_edge(qtbot, window, services):
    view, tz = window.views.week.grid_view, services.ctx.business_zone
    massage = find(services, "Hot stone massage")
    edge = tile_point(view, massage.id, "bottom")
    half_hour = view.grid.hour_height / 2
    drag(view.viewport(), [edge, QPointF(edge.x(), edge.y() + 8),
                           QPointF(edge.x(), edge.y() + half_hour)])
    assert local(services.sessions.get_session(massage.id), tz)[1] == datetime(2026, 11, 25,
                                                                               15, 30)
    window.ops.stack.undo()
    assert local(services.sessions.get_session(massage.id), tz)[1] == datetime(2026, 11, 25, 15)


def test_resize_the_top_edge(qtbot, window, services):
    view, tz = window.views.week.grid_view, services.ctx.business_zone
    massage = find(services, "Hot stone massage")
    edge = tile_point(view, massage.id, "top")
    half_hour = view.grid.hour_height / 2
    drag(view.viewport(), [edge, QPointF(edge.x(), edge.y() - 8),
                           QPointF(edge.x(), edge.y() - half_hour)])
    assert local(services.sessions.get_session(massage.id), tz)[0] == datetime(2026, 11, 25,
                                                                               13, 30)


def test_escape_during_a_drag_cancels_it(qtbot, window, services):
    view = window.views.week.grid_view
    massage = find(services, "Hot stone massage")
    grab = tile_point(view, massage.id)
    far = QPointF(grab.x(), grab.y() + view.grid.hour_height * 2)
    drag(view.viewport(), [grab, QPointF(grab.x(), grab.y() + 10), far], release=False)
    assert view._ghost.isVisible()
    assert any(t.opacity() < 1 for t in view.tiles() if t.key == massage.id)
    key(view, Qt.Key.Key_Escape)
    assert not view._ghost.isVisible()
    assert all(t.opacity() == 1 for t in view.tiles() if t.key == massage.id)
    release(view.viewport(), far)  # the release after Escape does nothing
    assert services.sessions.get_session(massage.id).version == massage.version
    assert window.answers.asked == []


def test_conflicting_drop_turns_the_ghost_red_and_asks(qtbot, window, services):
    """Clara works 12-20 on Wednesdays: 10:00 is outside her working hours."""
    view = window.views.week.grid_view
    massage = find(services, "Hot stone massage")
    grab = tile_point(view, massage.id)
    up = QPointF(grab.x(), grab.y() - view.grid.hour_height * 4)
    drag(view.viewport(), [grab, QPointF(grab.x(), grab.y() - 10), up], release=False)
    assert view._ghost.conflict and "Clara" in view._ghost.conflict
    window.answers.confirm = False
    release(view.viewport(), up)
    assert any("working hours" in q for q in window.answers.asked)
    assert services.sessions.get_session(massage.id).version == massage.version


def test_double_booking_is_a_conflict_too(qtbot, window, services):
    """Ms Ortiz's physiotherapy takes Anna; Anna's Lunch (Blocked) is hers too."""
    view = window.views.week.grid_view
    ortiz = find(services, "Physiotherapy – Ms Ortiz")
    grab = tile_point(view, ortiz.id)
    up = QPointF(grab.x(), grab.y() - view.grid.hour_height * 2)   # 12:30, Anna's lunch
    drag(view.viewport(), [grab, QPointF(grab.x(), grab.y() - 10), up], release=False)
    assert "Anna is not available: Lunch" in (view._ghost.conflict or "")   # her time off
    window.answers.confirm = True
    release(view.viewport(), up)
    assert services.sessions.get_session(ortiz.id).version > ortiz.version


def test_month_chip_drags_to_another_day(qtbot, window, services):
    window.acts.views[ViewKind.MONTH].trigger()
    wait_loaded(qtbot, window)
    month, tz = window.views.month, services.ctx.business_zone
    massage = find(services, "Hot stone massage")
    cell = next(c for c in month.cells if c.day == WEDNESDAY)
    chip = next(rect for rect, s in cell.chips if s.id == massage.id)
    target = next(c for c in month.cells if c.day == date(2026, 12, 1)).rect.center()
    drag(month, [chip.center(), QPointF(chip.center().x() + 20, chip.center().y()), target])
    assert local(services.sessions.get_session(massage.id), tz) == (
        datetime(2026, 12, 1, 14), datetime(2026, 12, 1, 15))
    window.ops.stack.undo()
    assert local(services.sessions.get_session(massage.id), tz)[0] == datetime(2026, 11, 25, 14)
