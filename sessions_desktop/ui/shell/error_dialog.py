"""The dialog of a refused change: what did not happen, why in the form's words, what to do
next, and the details (Show details…) with a button that copies them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from sessions_desktop.errors import SessionsError
from sessions_desktop.presentation.refusals import Refusal, refusal
from sessions_desktop.ui.common.i18n import translate

MIN_WIDTH = 460


class RefusalBox(QMessageBox):
    def __init__(self, label: str, error: SessionsError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refusal: Refusal = refusal(label, error)
        self.setObjectName("refusalBox")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(label)
        self.setText(f"<b>{_escape(self.refusal.what)}</b>")
        why = "".join(f"<p>{_escape(line)}</p>" for line in self.refusal.why)
        self.setInformativeText(f"{why}<p>{_escape(self.refusal.next_step)}</p>")
        self.setDetailedText(self.refusal.details)
        self.copy_button = self.addButton(
            translate("RefusalBox", "Copy details"), QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.disconnect()     # copying does not close the box
        self.copy_button.clicked.connect(self.copy_details)
        self.setStandardButtons(self.standardButtons() | QMessageBox.StandardButton.Close)
        self.setDefaultButton(QMessageBox.StandardButton.Close)
        self.setEscapeButton(QMessageBox.StandardButton.Close)
        grid = self.layout()        # a message box sizes itself to its text: not a tiny box
        if isinstance(grid, QGridLayout):
            grid.addItem(QSpacerItem(MIN_WIDTH, 0, QSizePolicy.Policy.Minimum,
                                     QSizePolicy.Policy.Expanding),
                         grid.rowCount(), 0, 1, grid.columnCount())

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.refusal.details)


def show_refusal(parent: QWidget | None, label: str, error: SessionsError) -> None:
    RefusalBox(label, error, parent).exec()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
