""""This session / This and following / All sessions": which part of a series an edit reaches.

Asked after the gesture (on release, on Delete), never before, as KOrganizer and GNOME do: the
user sees the result first and then says how far it goes. None means cancel: nothing is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from sessions_desktop.domain.enums import Scope
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

CHOICES = (
    (Scope.THIS, QT_TRANSLATE_NOOP("ScopeDialog", "This session")),
    (Scope.FOLLOWING, QT_TRANSLATE_NOOP("ScopeDialog", "This and following")),
    (Scope.ALL, QT_TRANSLATE_NOOP("ScopeDialog", "All sessions")),
)
VERBS = (QT_TRANSLATE_NOOP("ScopeDialog", "Change"), QT_TRANSLATE_NOOP("ScopeDialog", "Delete"),
         QT_TRANSLATE_NOOP("ScopeDialog", "Cancel"), QT_TRANSLATE_NOOP("ScopeDialog", "Move"))


def ask_scope(parent: QWidget | None, action: str = "Change") -> Scope | None:
    """A modal question with one button per scope and Cancel; ``action`` is one of
    ``VERBS`` in English, shown translated."""
    shown = translate("ScopeDialog", action)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ScopeDialog", "{action} recurring session").format(action=shown),
        translate(
            "ScopeDialog",
            "{action} only this session, this and the following "
            "ones, or every session of the series?",
        ).format(action=shown),
        parent=parent,
    )
    buttons = {
        box.addButton(translate("ScopeDialog", text), QMessageBox.ButtonRole.AcceptRole): scope
        for scope, text in CHOICES
    }
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    if action == "Cancel":          # "Cancel" would read as "cancel the sessions"
        cancel.setText(translate("ScopeDialog", "Keep them"))
    box.setDefaultButton(next(iter(buttons)))
    box.setEscapeButton(cancel)
    box.exec()
    return buttons.get(box.clickedButton())


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No with No as the default (used for conflicting drops)."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
