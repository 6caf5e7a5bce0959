"""View > Resource columns…: the order of the staff and rooms columns, as the person wants it.

Drag a name, or use Up and Down; the dialog returns the order (schedule ids) and the caller
remembers it. Which columns show is the sidebar's business (ticks, "show only this").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.domain.model import Schedule
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.swatches import swatch_icon

ROLE = Qt.ItemDataRole.UserRole


class ColumnsDialog(QDialog):
    def __init__(self, resources: list[Schedule], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ColumnsDialog", "Resource columns"))
        self.list = QListWidget(objectName="columnOrder")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for schedule in resources:
            item = QListWidgetItem(swatch_icon(schedule.colour), schedule.name)
            item.setData(ROLE, schedule.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        up = QPushButton(translate("ColumnsDialog", "Up"), objectName="columnUp")
        down = QPushButton(translate("ColumnsDialog", "Down"), objectName="columnDown")
        up.clicked.connect(lambda: self.move(-1))
        down.clicked.connect(lambda: self.move(1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(up)
        side.addWidget(down)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(
            translate("ColumnsDialog", "Columns of the staff and rooms views, left to right (drag "
                                       "a name or use Up and Down):"), wordWrap=True))
        column.addLayout(row)
        column.addWidget(buttons)
        self.resize(380, 420)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def order(self) -> list[str]:
        return [self.list.item(i).data(ROLE) for i in range(self.list.count())]
