"""One dialog for everything one gesture asks: the clash, how far in a series, and whether to
write to the participants (``presentation.questions``). Nothing is shown when nothing needs
asking. Enter does it; Escape writes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.domain.enums import Scope
from sessions_desktop.presentation.questions import (
    SCOPES,
    GestureAnswer,
    GestureQuestions,
    answer_without_asking,
)
from sessions_desktop.ui.common.i18n import translate


class GestureDialog(QDialog):
    def __init__(self, questions: GestureQuestions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gestureDialog")
        self.setWindowTitle(questions.heading)
        self.questions = questions
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{_escape(questions.heading)}</b>")
        heading.setObjectName("gestureHeading")
        layout.addWidget(heading)
        self.conflict: QLabel | None = None
        if questions.conflict:
            self.conflict = QLabel(
                translate("GestureDialog", "⚠ {clash}").format(clash=questions.clash))
            self.conflict.setObjectName("gestureConflict")
            self.conflict.setWordWrap(True)
            layout.addWidget(self.conflict)
        self.scopes: dict[Scope, QRadioButton] = {}
        if questions.scope:
            layout.addWidget(self._scope_box())
        self.tell: QCheckBox | None = None
        if questions.recipients:
            self.tell = QCheckBox(questions.tell_text)
            self.tell.setObjectName("gestureTell")
            self.tell.setChecked(True)
            layout.addWidget(self.tell)
        buttons = QDialogButtonBox()
        self.do_button = buttons.addButton(questions.confirm_text,
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton(questions.keep_text,
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.do_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(
            translate("GestureDialog", "This session is part of a series. Which sessions?"))
        box.setObjectName("gestureScope")
        inner = QVBoxLayout(box)
        group = QButtonGroup(box)
        for scope, text in SCOPES:
            button = QRadioButton(translate("Questions", text))
            group.addButton(button)
            inner.addWidget(button)
            self.scopes[scope] = button
        self.scopes[Scope.THIS].setChecked(True)
        return box

    def answer(self) -> GestureAnswer:
        scope = next((s for s, b in self.scopes.items() if b.isChecked()), None)
        return GestureAnswer(scope, self.tell is not None and self.tell.isChecked())


def ask_together(parent: QWidget | None, questions: GestureQuestions) -> GestureAnswer | None:
    """The answer to every question the gesture needs, from one dialog; None writes nothing."""
    plain = answer_without_asking(questions)
    if plain is not None:
        return plain
    dialog = GestureDialog(questions, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.answer() if accepted else None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
