"""Drive the real session editor as a person would, without a modal loop: the window's
``edit``/``compose`` hooks build the dialog, a test function fills it, and Save is clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sessions_desktop.ui.editor import SessionEditor, new_draft


class Filler:
    """``fill`` fills a new editor; ``refill`` (when set) acts on the same editor when the
    window brings it back (Cancel in the scope question, a refused save), seeing the refusal."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window, self.fill = qtbot, window, None
        self.refill = None
        self.dialogs: list[SessionEditor] = []
        self.refusals: list = []
        acts = window.actions_
        acts.edit = self.edit
        acts.compose = self.compose
        acts.reopen = self.reopen

    def _run(self, dialog: SessionEditor, fill=None):
        if dialog not in self.dialogs:
            self.qtbot.addWidget(dialog)
            self.dialogs.append(dialog)
        fill = fill or self.fill
        if fill:
            fill(dialog)
        if not dialog.save_button.isEnabled():
            return None
        self.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.editor_result()

    def edit(self, session):
        flow = self.window.actions_.flow
        return self._run(SessionEditor(session, flow.editor_input(session), self.window))

    def reopen(self, session, refusal):
        self.refusals.append(refusal)
        refill, self.refill = self.refill, None        # once: a second refusal gives up
        if refill is None or not self.dialogs:
            return None
        dialog = self.dialogs[-1]
        if refusal is not None:
            dialog.show_refusal(refusal)
        return self._run(dialog, refill)

    def compose(self, start, end, schedules, last):
        flow = self.window.actions_.flow
        chosen = next((s for s in schedules if s.id == last), schedules[0])
        draft = new_draft(chosen, start, end)
        return self._run(SessionEditor(draft, flow.editor_input(draft, is_new=True),
                                       self.window))


def type_into(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
