"""The menu bar's menus, found by a fixed name rather than by their titles.

Several parts add their actions to the shell's menus (File, Edit, View, Schedules, Tools,
Help). Looking a menu up by its title broke as soon as titles were translated (each part
translates "&Edit" in its own context); a name that never changes is found in any language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

FILE, EDIT, VIEW = "menuFile", "menuEdit", "menuView"
SCHEDULES, TOOLS, HELP = "menuSchedules", "menuTools", "menuHelp"


def add_menu(window: QMainWindow, name: str, title: str) -> QMenu:
    """A new menu at the end of the bar, named so that other parts find it."""
    menu = window.menuBar().addMenu(title)
    menu.setObjectName(name)
    return menu


def find_menu(window: QMainWindow, name: str) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and menu.objectName() == name:
            return menu
    return None


def menu_for(window: QMainWindow, name: str, title: str) -> QMenu:
    """The named menu; added with ``title`` when no part has made it yet."""
    return find_menu(window, name) or add_menu(window, name, title)
