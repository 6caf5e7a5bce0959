"""Keyboard: Delete, Ctrl+N, Tab between sessions, Enter opens; the context menu actions."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from sessions_desktop.errors import NotFoundError
from tests.ui.conftest import wait_loaded
from tests.ui.helpers import drag
from tests.ui.test_window_drag import find, tile_point


def focus_grid(qtbot, window):
    view = window.views.week.grid_view
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def test_delete_key_deletes_the_selected_session(qtbot, window, services):
    """Delete removes for good (Undo brings it back); Cancel session is what keeps it."""
    view = focus_grid(qtbot, window)
    massage = find(services, "Hot stone massage")
    drag(view.viewport(), [tile_point(view, massage.id)])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    with pytest.raises(NotFoundError):
        services.sessions.get_session(massage.id)
    assert window.answers.asked == [], "a single session needs no scope"
    wait_loaded(qtbot, window)
    assert massage.id not in {t.key for t in view.tiles()}
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not services.sessions.get_session(massage.id).is_cancelled
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    with pytest.raises(NotFoundError):
        services.sessions.get_session(massage.id)


def test_tab_moves_through_sessions_and_enter_opens(qtbot, window, services):
    """In the time grid Tab goes through the sessions in time order (arrows move the slot
    cursor, see test_keyboard_grid.py); Enter opens the selected one."""
    view = focus_grid(qtbot, window)
    ordered = sorted(view.data.timed, key=lambda s: (s.start, s.id))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert window.controller.selected == ordered[0].id
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.controller.selected == ordered[1].id
    assert view.hasFocus(), "Tab stays in the grid while there are sessions"
    chosen = [t for t in view.tiles() if t.chosen]
    assert chosen and {t.key for t in chosen} == {ordered[1].id}
    window.answers.patch = {"title": "Renamed by Enter"}
    window.answers.scope = None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert "edit" in window.answers.asked


def test_enter_saves_the_editor_patch(qtbot, window, services):
    view = focus_grid(qtbot, window)
    massage = find(services, "Hot stone massage")
    drag(view.viewport(), [tile_point(view, massage.id)])
    window.answers.patch = {"title": "Hot stones", "notes": "bring towels"}
    qtbot.keyClick(view, Qt.Key.Key_Return)
    stored = services.sessions.get_session(massage.id)
    assert (stored.title, stored.notes) == ("Hot stones", "bring towels")


def test_ctrl_n_creates_at_the_next_free_hour(qtbot, window, services, business):
    view = focus_grid(qtbot, window)
    window.answers.draft = {"title": "Walk-in", "schedule_id": business.schedules["Massage"]}
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    made = find(services, "Walk-in")
    # Now is Wednesday 12:00; 12:30-13:15 is Lunch, 14:00-15:30 taken, so 13:00 overlaps lunch.
    start = made.start.astimezone(services.ctx.business_zone).replace(tzinfo=None)
    assert start == datetime(2026, 11, 25, 16)


def test_context_menu_duplicate_and_cancel(qtbot, window, services):
    massage = find(services, "Hot stone massage")
    window.controller.select(massage.id)
    window.acts.duplicate.trigger()
    copies = services.queries.query_sessions(massage.start, massage.end,
                                             filter={"title": "Hot stone massage"}).items
    assert len(copies) == 2
    window.controller.select(massage.id)
    window.acts.cancel.trigger()
    assert services.sessions.get_session(massage.id).is_cancelled
    labels = [window.ops.stack.command(i).text() for i in range(window.ops.stack.count())]
    assert labels == ["Duplicate session", "Cancel session"]
