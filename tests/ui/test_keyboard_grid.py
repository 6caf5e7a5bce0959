"""The calendar by keyboard alone: the slot cursor, Enter on empty time, moving and resizing
the selected session with Alt+arrows (one write when Alt is let go, the drop's questions,
one undo step), Escape."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from sessions_desktop.domain.enums import Scope
from sessions_desktop.presentation.keyboard import Slot
from sessions_desktop.presentation.navigation import ViewKind
from tests.ui.conftest import MONDAY, wait_loaded
from tests.ui.test_window_drag import find, local
from tests.ui.test_window_keyboard import focus_grid
from tests.ui.test_window_series import THURSDAY, thursday_yoga, yoga_hours

ALT = Qt.KeyboardModifier.AltModifier


def held(qtbot, view, key: Qt.Key, modifiers=ALT) -> None:
    """``key`` pressed and let go while Alt stays down (QTest's keyClick lets go of Alt)."""
    qtbot.keyPress(view, key, modifiers)        # Alt (again) and the key, through shortcuts
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers))


def let_go_of_alt(view) -> None:
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Alt,
                                           Qt.KeyboardModifier.NoModifier))


def alt_keys(qtbot, view, *keys: Qt.Key, shift: bool = False) -> None:
    """Hold Alt, press the keys, let go of Alt (as a person does)."""
    modifiers = ALT | (Qt.KeyboardModifier.ShiftModifier if shift else
                       Qt.KeyboardModifier.NoModifier)
    for key in keys:
        held(qtbot, view, key, modifiers)
    let_go_of_alt(view)


def tab_to(qtbot, view, window, session_id: str) -> None:
    for _ in range(60):
        if window.controller.selected == session_id:
            return
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the session")


def test_arrows_move_the_cursor_and_enter_creates_there(qtbot, window, services, business):
    view = focus_grid(qtbot, window)
    view.cursor = Slot(THURSDAY, 16 * 60, view.grid.snap_minutes)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.cursor == Slot(THURSDAY - timedelta(days=1), 16 * 60 + 30, 15)
    window.answers.draft = {"title": "Typed in", "schedule_id": business.schedules["Massage"]}
    qtbot.keyClick(view, Qt.Key.Key_Return)
    made = find(services, "Typed in")
    assert local(made, services.ctx.business_zone) == (
        datetime(2026, 11, 25, 16, 30), datetime(2026, 11, 25, 17, 30))
    assert window.answers.asked == ["create"]


def test_the_cursor_past_the_last_day_shows_the_next_week(qtbot, window):
    view = focus_grid(qtbot, window)
    view.cursor = Slot(MONDAY + timedelta(days=6), 10 * 60, 15)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    wait_loaded(qtbot, window)
    assert window.controller.period().start == MONDAY + timedelta(days=7)
    assert view.cursor.day == MONDAY + timedelta(days=7)
    assert view.grid.index_for_date(view.cursor.day) == 0


def test_a_session_moves_one_hour_later_with_alt_down_and_undoes(qtbot, window, services):
    """The done-when gesture: Tab to the session, Alt+Down four times (15-minute snaps), let
    go: one write, one undo step; Ctrl+Z puts it back."""
    view = focus_grid(qtbot, window)
    massage = find(services, "Hot stone massage")
    tz = services.ctx.business_zone
    tab_to(qtbot, view, window, massage.id)
    alt_keys(qtbot, view, *[Qt.Key.Key_Down] * 4)
    moved = services.sessions.get_session(massage.id)
    assert local(moved, tz) == (datetime(2026, 11, 25, 15), datetime(2026, 11, 25, 16))
    assert window.ops.stack.count() == 1
    assert window.answers.asked == [], "a single session with no clash asks nothing"
    assert "Moved “Hot stone massage”" in window.flow.feedback.message.text()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = services.sessions.get_session(massage.id)
    assert local(back, tz) == (datetime(2026, 11, 25, 14), datetime(2026, 11, 25, 15))


def test_keys_held_show_a_ghost_and_escape_writes_nothing(qtbot, window, services):
    view = focus_grid(qtbot, window)
    massage = find(services, "Hot stone massage")
    tab_to(qtbot, view, window, massage.id)
    held(qtbot, view, Qt.Key.Key_Down)
    held(qtbot, view, Qt.Key.Key_Right)
    assert view._ghost.isVisible(), "the proposal shows as a drag's ghost"
    assert window.flow.feedback.message.text().startswith(
        "Moving “Hot stone massage” to Thu 26 Nov, 14:15")
    held(qtbot, view, Qt.Key.Key_Escape)
    let_go_of_alt(view)
    assert not view._ghost.isVisible()
    assert services.sessions.get_session(massage.id).version == massage.version
    assert window.ops.stack.count() == 0


def test_alt_shift_down_makes_it_longer(qtbot, window, services):
    view = focus_grid(qtbot, window)
    massage = find(services, "Hot stone massage")
    tab_to(qtbot, view, window, massage.id)
    alt_keys(qtbot, view, Qt.Key.Key_Down, Qt.Key.Key_Down, shift=True)
    stored = services.sessions.get_session(massage.id)
    assert local(stored, services.ctx.business_zone) == (datetime(2026, 11, 25, 14),
                                                         datetime(2026, 11, 25, 15, 30))
    assert window.ops.stack.command(0).text() == "Resize session"
    said = window.flow.feedback
    assert said.message.text().startswith("Resized “Hot stone massage”: now Wed 25 Nov")
    assert "Undo" in said.link.text()


def test_keyboard_move_of_a_series_instance_asks_the_scope_and_is_one_undo_step(
        qtbot, window, services):
    view = focus_grid(qtbot, window)
    before = yoga_hours(services)
    yoga = thursday_yoga(window)
    tab_to(qtbot, view, window, yoga.id)
    window.answers.scope = Scope.THIS
    alt_keys(qtbot, view, *[Qt.Key.Key_Down] * 4)
    assert window.answers.asked == ["scope:Move"]
    after = yoga_hours(services)
    assert after[THURSDAY] == before[THURSDAY] + 1
    assert {d: h for d, h in after.items() if d != THURSDAY} == \
        {d: h for d, h in before.items() if d != THURSDAY}
    assert window.ops.stack.count() == 1, "one gesture, one undo step"
    window.ops.stack.undo()
    assert yoga_hours(services) == before


def test_cancelling_the_scope_writes_nothing(qtbot, window, services):
    view = focus_grid(qtbot, window)
    before = yoga_hours(services)
    tab_to(qtbot, view, window, thursday_yoga(window).id)
    window.answers.scope = None
    alt_keys(qtbot, view, Qt.Key.Key_Down)
    assert window.answers.asked == ["scope:Move"]
    assert yoga_hours(services) == before and window.ops.stack.count() == 0


def test_quick_separate_moves_build_on_each_other(qtbot, window, services):
    """Alt let go after each press (xdotool's alt+Down): each press is its own move, each
    starts where the last one put the session even before the window reloads, no clash."""
    view = focus_grid(qtbot, window)
    massage = find(services, "Hot stone massage")
    tab_to(qtbot, view, window, massage.id)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    stored = services.sessions.get_session(massage.id)
    assert local(stored, services.ctx.business_zone)[0] == datetime(2026, 11, 25, 15)
    assert window.ops.stack.count() == 4
    assert not [q for q in window.answers.asked if q.startswith("error")]


@pytest.mark.parametrize("kind, keys, shift", [
    (ViewKind.MONTH, [Qt.Key.Key_Right], timedelta(days=1)),
    (ViewKind.AGENDA, [Qt.Key.Key_Down] * 4, timedelta(hours=1)),
    (ViewKind.RESOURCES, [Qt.Key.Key_Down] * 4, timedelta(hours=1)),
    (ViewKind.RESOURCE_WEEK, [Qt.Key.Key_Right], timedelta(days=1)),
])
def test_alt_arrows_move_the_selected_session_in_every_view(qtbot, window, services, kind,
                                                            keys, shift):
    """Not only the time grid: in the month, the agenda and the staff views a selected
    session moves with Alt+arrows too (a week per Alt+Up/Down in the month), one undo step."""
    massage = find(services, "Hot stone massage")
    tz = services.ctx.business_zone
    before = local(massage, tz)
    window.controller.set_kind(kind)
    window.controller.set_anchor(before[0].date())
    wait_loaded(qtbot, window)
    widget = {ViewKind.MONTH: window.views.month, ViewKind.AGENDA: window.views.agenda,
              ViewKind.RESOURCES: window.views.resources.view,
              ViewKind.RESOURCE_WEEK: window.views.resource_week}[kind]
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    window.controller.select(massage.id)
    alt_keys(qtbot, widget, *keys)
    after = local(services.sessions.get_session(massage.id), tz)
    assert after == (before[0] + shift, before[1] + shift)
    assert window.ops.stack.count() == 1
    window.ops.stack.undo()
    assert local(services.sessions.get_session(massage.id), tz) == before
