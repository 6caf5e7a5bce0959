"""A word in the status bar after every change, with a link that takes it back.

Every write of the window goes through ``Operations`` and lands on its undo stack, so the
stack says when something was done, undone or redone: a new command shows "Done: <what>",
an undo "Undone: <what>" with a Redo link, a redo "Redone: <what>" with an Undo link. The
gesture's own code may then say it better ("Moved “Yoga” to Tue 24 Nov, 10:00 – 11:00.")
through ``say``. The message stays until the next one (or a minute) and is also announced
to screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from sessions_desktop.ui.common.accessible import announce
from sessions_desktop.ui.common.i18n import translate

SHOWN_MS = 60_000


class Feedback(QObject):
    def __init__(self, stack: QUndoStack, bar: QStatusBar, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.stack = stack
        self.box = QWidget()
        self.box.setObjectName("feedback")
        row = QHBoxLayout(self.box)
        row.setContentsMargins(16, 0, 0, 0)    # apart from the count of sessions shown
        self.message = QLabel()
        self.message.setObjectName("feedbackMessage")
        self.link = QLabel()
        self.link.setObjectName("feedbackLink")
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.link.linkActivated.connect(self._follow)
        row.addWidget(self.message)
        row.addWidget(self.link)
        row.addStretch(1)
        bar.addWidget(self.box, 1)
        self._index, self._count = stack.index(), stack.count()
        self._undo_text = stack.undoText()
        self._clear = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._clear.timeout.connect(lambda: self.show("", ""))
        stack.indexChanged.connect(self._moved)

    def _moved(self, index: int) -> None:
        try:
            self._said(index)
        except RuntimeError:     # the stack is being destroyed with the window
            return

    def _said(self, index: int) -> None:
        before, self._index = self._index, index
        count, self._count = self._count, self.stack.count()
        if index < before and self._count < count:   # refused and dropped (shown as error)
            self.show(
                translate("Feedback", "Not undone: {undo_text}.").format(undo_text=self._undo_text),
                "",
            )
        elif index < before:
            self.show(
                translate("Feedback", "Undone: {text}.").format(text=self.stack.text(index)), "redo"
            )
        elif index > before:
            command = self.stack.command(index - 1)
            if command is not None and getattr(command, "announced", False):
                self.show(
                    translate("Feedback", "Redone: {text}.").format(
                        text=self.stack.text(index - 1)
                    ),
                    "undo",
                )
            else:
                if command is not None:
                    command.announced = True     # the next time it comes back is a redo
                self.show(
                    translate("Feedback", "Done: {text}.").format(text=self.stack.text(index - 1)),
                    "undo",
                )
        self._undo_text = self.stack.undoText()

    def say(self, text: str) -> None:
        """Replace the message (a better word for what was just done) with an Undo link if
        there is something to undo; a hint when the last change cannot be undone."""
        self.show(text, "undo" if self.stack.canUndo() else "")

    def show(self, text: str, link: str) -> None:
        self.message.setText(text)
        words = {"undo": translate("Feedback", "Undo"), "redo": translate("Feedback", "Redo")}
        self.link.setText(
            translate("Feedback", '<a href="{link}">{value}</a>').format(
                link=link, value=words[link]
            )
            if link and text
            else ""
        )
        self.link.setAccessibleName(words.get(link, "") if text else "")
        if text:
            announce(self.message, text)
            self._clear.start()

    def _follow(self, link: str) -> None:
        if link == "undo" and self.stack.canUndo():
            self.stack.undo()
        elif link == "redo" and self.stack.canRedo():
            self.stack.redo()
