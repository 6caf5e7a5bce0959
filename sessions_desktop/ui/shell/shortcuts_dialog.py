"""Help > Keyboard shortcuts: read from the window's own actions, so the list is never stale."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

EXTRA = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag on empty time"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Create a session")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag a session"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Move it")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag a session's edge"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Resize it")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape during a drag"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Cancel the drag")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl + mouse wheel"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom the hours")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Double-click a session"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Open it")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag a session to another column (Staff and rooms)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Give it to that staff member or room")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Double-click a schedule in the sidebar"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Show it alone (again: all)")),
)
# Keys that are not menu commands (the calendar's own); shown after the mouse's gestures.
KEYBOARD = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab, Shift+Tab"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Select the next or previous session")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrows (day and week)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the slot cursor")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter on the slot cursor"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Create a session there")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Let go of Alt (after Alt+arrows)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the move")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape (while Alt is held)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Cancel the move")),
)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(action, keys) for every action with a shortcut on the window and its children."""
    seen: dict[str, str] = {}
    actions = window.findChildren(QAction) + window.actions()
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        text = action.text().replace("&", "").rstrip(".…").strip()
        if len(text) <= 1:  # a symbol such as ◀: its tooltip says it in words
            text = action.toolTip().split(" (")[0]
        if keys and text and text not in seen:
            seen[text] = ", ".join(keys)
    return sorted(seen.items(), key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.resize(480, 560)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([
            translate("ShortcutsDialog", "Command"), translate("ShortcutsDialog", "Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for text, keys in shortcut_rows(window):
            QTreeWidgetItem(self.tree, [text, keys])
        for text, effect in (*EXTRA, *KEYBOARD):
            QTreeWidgetItem(self.tree, [translate("ShortcutsDialog", effect),
                                         translate("ShortcutsDialog", text)])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
