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

EXTRA = (("Drag on empty time", "Create a session"), ("Drag a session", "Move it"),
         ("Drag a session's edge", "Resize it"), ("Escape during a drag", "Cancel the drag"),
         ("Ctrl + mouse wheel", "Zoom the hours"), ("Double-click a session", "Open it"),
         ("Drag a session to another column (Staff and rooms)",
          "Give it to that staff member or room"),
         ("Double-click a schedule in the sidebar", "Show it alone (again: all)"))
# Keys that are not menu commands (the calendar's own); shown after the mouse's gestures.
KEYBOARD = (("Tab, Shift+Tab", "Select the next or previous session"),
            ("Arrows (day and week)", "Move the slot cursor"),
            ("Enter on the slot cursor", "Create a session there"),
            ("Let go of Alt (after Alt+arrows)", "Save the move"),
            ("Escape (while Alt is held)", "Cancel the move"))


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
        self.setWindowTitle("Keyboard shortcuts")
        self.setObjectName("shortcutsDialog")
        self.resize(480, 560)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Command", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for text, keys in shortcut_rows(window):
            QTreeWidgetItem(self.tree, [text, keys])
        for text, effect in (*EXTRA, *KEYBOARD):
            QTreeWidgetItem(self.tree, [effect, text])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
