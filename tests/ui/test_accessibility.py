"""What a screen reader reads, through Qt's own accessibility API: every painted session tile,
day and slot of every view has a name, a description and a role; focus follows the keys."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from sessions_desktop.presentation.navigation import ViewKind
from sessions_desktop.ui.common.texts import time_text
from tests.ui.conftest import wait_loaded
from tests.ui.test_window_drag import find
from tests.ui.test_window_keyboard import focus_grid

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description
Role = QAccessible.Role


def tree(widget) -> list:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return [iface.child(i) for i in range(iface.childCount())]


def named(children, start: str):
    found = [c for c in children if c.text(NAME).startswith(start)]
    assert found, f"no child named {start!r}; names: {[c.text(NAME) for c in children][:20]}"
    return found[0]


def at(hour: int, minute: int = 0) -> str:
    return time_text(datetime(2000, 1, 1, hour, minute))


def test_the_time_grid_names_a_tile_with_time_staff_room_and_status(qtbot, window, services):
    view = window.views.week.grid_view
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface.text(NAME) == "Time grid" and iface.role() == Role.List
    children = tree(view)
    tile = named(children, "Hot stone massage")
    assert tile.text(NAME) == f"Hot stone massage, {at(14)} to {at(15)}"
    assert tile.role() == Role.ListItem
    description = tile.text(DESCRIPTION)
    assert "25 November 2026" in description and "Staff: Clara" in description
    yoga = named(children, "Morning yoga")
    assert "Room: Studio A" in yoga.text(DESCRIPTION)
    assert "3 of 12 places booked" in yoga.text(DESCRIPTION)
    assert "Part of a series" in yoga.text(DESCRIPTION)
    assert tile.parent() is not None and iface.indexOfChild(tile) == children.index(tile)
    view_rect = iface.rect()
    assert view_rect.intersects(tile.rect()) or tile.state().offscreen
    assert tile.rect().width() > 10 and tile.rect().height() > 10


def test_time_slots_are_cells_that_say_when_and_whether_free(qtbot, window):
    view = window.views.week.grid_view
    children = tree(view)
    slots = [c for c in children if c.role() == Role.Cell]
    days, per_day = view.grid.day_count, (view.grid.last_minute - view.grid.first_minute) // 15
    assert len(slots) == days * per_day
    def slot(start, end):
        return next(c for c in slots if c.text(NAME) == f"{at(*start)} to {at(*end)}"
                and "25 November" in c.text(DESCRIPTION))

    assert slot((14, 0), (14, 15)).text(DESCRIPTION).endswith("1 session.")   # the massage
    assert slot((14, 30), (14, 45)).text(DESCRIPTION).endswith("2 sessions.")  # and physio
    early = next(c for c in slots if c.text(NAME) == f"{at(6)} to {at(6, 15)}")
    assert early.text(DESCRIPTION).endswith("Free.")


def test_keyboard_focus_is_the_focused_child(qtbot, window, services):
    view = focus_grid(qtbot, window)
    iface = QAccessible.queryAccessibleInterface(view)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    focused = iface.focusChild()
    first = sorted(view.data.timed, key=lambda s: (s.start, s.id))[0]
    assert focused.text(NAME).startswith(first.title)
    assert focused.state().focused and focused.state().selected
    qtbot.keyClick(view, Qt.Key.Key_Down)        # onto empty time: the slot is focused
    slot = iface.focusChild()
    assert slot.role() == Role.Cell and slot.state().focused
    assert slot.text(NAME) == f"{at(9, 15)} to {at(9, 30)}"


def test_day_headers_and_all_day_chips(qtbot, window):
    header = window.views.week.header
    children = tree(header)
    days = [c for c in children if c.role() == Role.ColumnHeader]
    assert len(days) == 7
    wednesday = named(days, "Wednesday")
    assert "25 November 2026" in wednesday.text(NAME)
    assert "Today" in wednesday.text(DESCRIPTION) and "sessions" in wednesday.text(DESCRIPTION)
    closure = named(children, "Closed – staff training")
    assert closure.role() == Role.ListItem and closure.text(NAME).endswith("all day")


def test_month_days_and_chips(qtbot, window):
    window.controller.set_kind(ViewKind.MONTH)
    wait_loaded(qtbot, window)
    children = tree(window.views.month)
    days = [c for c in children if c.role() == Role.ColumnHeader]
    assert len(days) == 42
    assert named(children, "Hot stone massage").role() == Role.ListItem
    window.views.month.setFocus()
    qtbot.waitUntil(window.views.month.hasFocus)
    qtbot.keyClick(window.views.month, Qt.Key.Key_Tab)
    assert window.controller.selected is not None
    focused = QAccessible.queryAccessibleInterface(window.views.month).focusChild()
    assert focused.state().selected


def test_agenda_rows_carry_a_description(qtbot, window):
    window.controller.set_kind(ViewKind.AGENDA)
    wait_loaded(qtbot, window)
    agenda = window.views.agenda
    model = agenda.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 1).data() == "Hot stone massage")
    description = model.index(row, 1).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Staff: Clara" in description
    cells = [c.text(NAME) for c in _walk(QAccessible.queryAccessibleInterface(agenda))]
    assert "Hot stone massage" in cells


def _walk(iface, depth: int = 0):
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is None:
            continue
        yield child
        if depth < 3:
            yield from _walk(child, depth + 1)


def test_staff_views_name_their_tiles(qtbot, window, services):
    window.controller.set_kind(ViewKind.RESOURCES)
    window.controller.set_anchor(find(services, "Hot stone massage").start.date())
    wait_loaded(qtbot, window)
    column = named(tree(window.views.resources.view), "Hot stone massage")
    assert column.role() == Role.ListItem and column.text(DESCRIPTION).startswith("Clara.")
    window.controller.set_kind(ViewKind.RESOURCE_WEEK)
    wait_loaded(qtbot, window)
    children = tree(window.views.resource_week)
    assert named(children, "Hot stone massage").role() == Role.ListItem
    assert any(c.text(NAME).startswith("Clara, ") for c in children)


def test_a_relayout_drops_interfaces_of_sessions_no_longer_shown(qtbot, window, services):
    view = window.views.week.grid_view
    tile = named(tree(view), "Hot stone massage")
    assert tile.isValid()
    window.controller.step(1)
    wait_loaded(qtbot, window)
    assert not any(c.text(NAME).startswith("Hot stone massage") for c in tree(view))
    assert not tile.isValid(), "the stale interface was deleted from Qt's cache"


def _focus_widget(window, kind: ViewKind):
    views = window.views
    return {ViewKind.WEEK: views.week.grid_view, ViewKind.DAY: views.week.grid_view,
            ViewKind.WORK_WEEK: views.week.grid_view, ViewKind.MONTH: views.month,
            ViewKind.AGENDA: views.agenda, ViewKind.RESOURCES: views.resources.view,
            ViewKind.RESOURCE_WEEK: views.resource_week}[kind]


@pytest.mark.parametrize("kind", list(ViewKind))
def test_tab_goes_through_the_sessions_of_every_view(qtbot, window, services, kind):
    """Tab selects the first session, the next one, Shift+Tab goes back: in every view."""
    window.controller.set_kind(kind)
    window.controller.set_anchor(find(services, "Hot stone massage").start.date())
    wait_loaded(qtbot, window)
    widget = _focus_widget(window, kind)
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    window.controller.select(None)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    first = window.controller.selected
    assert first is not None and window.controller.find(first) is not None
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    second = window.controller.selected
    assert second not in (None, first)
    starts = [window.controller.find(k).start for k in (first, second)]
    assert starts[0] <= starts[1], "in time order"
    assert widget.hasFocus(), "Tab stays in the view while there are sessions"
    qtbot.keyClick(widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.controller.selected == first


def test_keyboard_focus_starts_in_the_calendar(qtbot, window):
    """The first Tab after the window opens selects a session, not a toolbar button."""
    view = window.views.week.grid_view
    window.activateWindow()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    first = min(view.data.timed, key=lambda s: (s.start, s.id))
    assert window.controller.selected == first.id


def test_the_shortcuts_list_names_the_keyboard_ways(qtbot, window):
    from sessions_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = {dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i).text(1)
            for i in range(dialog.tree.topLevelItemCount())}
    assert rows["Go to date"] == "Ctrl+G"
    assert rows["Move later"] == "Alt+Down" and rows["End later"] == "Alt+Shift+Down"
    assert rows["Copy session"] == "Ctrl+C" and rows["Paste session"] == "Ctrl+V"
    assert rows["Select the next or previous session"] == "Tab, Shift+Tab"
    assert rows["Save the move"].startswith("Let go of Alt")
