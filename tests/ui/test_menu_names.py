"""Each menu of the bar exists once and is found by its name, in English and in German
(parts used to find a menu by its translated title)."""

from __future__ import annotations

from collections import Counter

from sessions_desktop.ui.common import menus


def bar_menus(window) -> list:
    return [a.menu() for a in window.menuBar().actions() if a.menu() is not None]


def test_every_menu_is_named_and_there_once(window):
    names = Counter(m.objectName() for m in bar_menus(window))
    wanted = {menus.FILE, menus.EDIT, menus.VIEW, menus.SCHEDULES, menus.TOOLS, menus.HELP}
    assert set(names) == wanted
    assert all(count == 1 for count in names.values())


def test_parts_put_their_actions_into_the_named_menus(window):
    texts = {name: [a.text() for a in menus.find_menu(window, name).actions()]
             for name in (menus.FILE, menus.TOOLS, menus.HELP, menus.EDIT, menus.VIEW)}
    assert any("Print" in t for t in texts[menus.FILE])          # printing's part
    assert any("Reports" in t for t in texts[menus.TOOLS])       # reports' part
    assert any("Keyboard shortcuts" in t for t in texts[menus.HELP])
    assert any("Go to date" in t for t in texts[menus.VIEW])     # the flow actions
    assert any("Copy" in t for t in texts[menus.EDIT])           # the clipboard
