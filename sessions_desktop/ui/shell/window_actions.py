"""The window's actions with their shortcuts, and the menus and toolbar built from them.

One QAction per command, so a menu item, a toolbar button and a key always do the same thing.
Keys that also mean something in a text field (arrows, Enter, Delete) are bound to the calendar
area only, so typing in the search box is never hijacked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QSizePolicy, QToolBar, QWidget

from sessions_desktop.presentation.navigation import ViewKind
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.menus import EDIT, FILE, VIEW, add_menu

VIEW_LABELS = (
    (ViewKind.DAY, QT_TRANSLATE_NOOP("WindowActions", "Day")),
    (ViewKind.WEEK, QT_TRANSLATE_NOOP("WindowActions", "Week")),
    (ViewKind.WORK_WEEK, QT_TRANSLATE_NOOP("WindowActions", "Work week")),
    (ViewKind.MONTH, QT_TRANSLATE_NOOP("WindowActions", "Month")),
    (ViewKind.AGENDA, QT_TRANSLATE_NOOP("WindowActions", "Agenda")),
    (ViewKind.RESOURCES, QT_TRANSLATE_NOOP("WindowActions", "Staff and rooms")),
    (ViewKind.RESOURCE_WEEK, QT_TRANSLATE_NOOP("WindowActions", "Staff week")),
)


def _action(owner: QWidget, text: str, *keys: QKeySequence | str,
            context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(context)
    owner.addAction(action)
    return action


class WindowActions:
    """Creates every action on ``window``; calendar-only keys go on ``calendar_area``."""

    def __init__(self, window: QMainWindow, calendar_area: QWidget, undo: QAction,
                 redo: QAction) -> None:
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo, self.redo = undo, redo
        self.today = _action(window, translate("WindowActions", "Today"), "T")
        self.previous = _action(window, translate("WindowActions", "Previous"), "Left", "PgUp")
        self.next = _action(window, translate("WindowActions", "Next"), "Right", "PgDown")
        self.new = _action(window,
            translate("WindowActions", "New session"), QKeySequence.StandardKey.New)
        self.open = _action(calendar_area,
            translate("WindowActions", "Open"), "Return", "Enter", context=local)
        self.duplicate = _action(calendar_area,
            translate("WindowActions", "Duplicate"), "Ctrl+D", context=local)
        self.cancel = _action(calendar_area,
            translate("WindowActions", "Cancel session"), context=local)
        self.delete = _action(calendar_area,
            translate("WindowActions", "Delete session"), QKeySequence.StandardKey.Delete,
                              context=local)
        self.select_previous = _action(calendar_area,
            translate("WindowActions", "Previous session"), "Up", context=local)
        self.select_next = _action(calendar_area,
            translate("WindowActions", "Next session"), "Down", context=local)
        self.quit = _action(window,
            translate("WindowActions", "Quit"), QKeySequence.StandardKey.Quit)
        self.import_ics = _action(window, translate("WindowActions", "Import .ics…"), "Ctrl+I")
        self.export_ics = _action(window, translate("WindowActions", "Export .ics…"), "Ctrl+E")
        self.publish_feeds = _action(window,
            translate("WindowActions", "Publish feeds for phones…"))
        self.views: dict[ViewKind, QAction] = {}
        group = QActionGroup(window)
        for number, (kind, label) in enumerate(VIEW_LABELS, start=1):
            action = _action(window, translate("WindowActions", label), str(number))
            action.setCheckable(True)
            group.addAction(action)
            self.views[kind] = action
        self.previous.setText("◀")
        self.next.setText("▶")
        self.previous.setToolTip(translate("WindowActions", "Previous period (Left, Page Up)"))
        self.next.setToolTip(translate("WindowActions", "Next period (Right, Page Down)"))

    def build_menus(self, window: QMainWindow) -> None:
        file_menu = add_menu(window, FILE, translate("WindowActions", "&File"))
        file_menu.addAction(self.new)
        file_menu.addSeparator()
        file_menu.addActions([self.import_ics, self.export_ics, self.publish_feeds])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit = add_menu(window, EDIT, translate("WindowActions", "&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.open, self.duplicate, self.cancel, self.delete])
        view = add_menu(window, VIEW, translate("WindowActions", "&View"))
        view.addActions(list(self.views.values()))
        view.addSeparator()
        view.addActions([self.today, self.previous, self.next])

    def build_toolbar(self, window: QMainWindow) -> tuple[QLabel, QLineEdit]:
        bar = QToolBar(translate("WindowActions", "Navigation"), window)
        bar.setObjectName("navigation")
        bar.setMovable(False)
        window.addToolBar(bar)
        bar.addActions([self.today, self.previous, self.next])
        title = QLabel()
        title.setObjectName("periodTitle")
        # A font, not a style sheet: a style sheet freezes the palette at polish time, so the
        # title stayed dark on the dark theme.
        font = title.font()
        font.setPixelSize(15)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setContentsMargins(12, 0, 12, 0)
        bar.addWidget(title)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addActions(list(self.views.values()))
        bar.addSeparator()
        search = QLineEdit(
            placeholderText=translate("WindowActions", "Search sessions"), clearButtonEnabled=True
        )
        search.setMaximumWidth(220)
        bar.addWidget(search)
        return title, search
