"""A report table for a QTableView: locale-formatted text, numbers right-aligned, the total
row in bold and kept last, sorting by the raw values (a date sorts as a date)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from sessions_desktop.services.api import Table
from sessions_desktop.ui.common.report_format import value_text
from sessions_desktop.ui.reports.report_words import shown

NUMERIC = ("count", "hours", "percent", "money")
SORT_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ReportTableModel(QAbstractTableModel):
    def __init__(self, table: Table, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.rows = list(table.rows)
        self.total = table.total
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows) + (self.total is not None)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.table.columns)

    def _row(self, index: int) -> tuple:
        return self.rows[index] if index < len(self.rows) else self.total  # type: ignore

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.table.columns[index.column()]
        value = self._row(index.row())[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == "flag" or (index.row() >= len(self.rows) and index.column() == 0):
                return shown(str(value))     # the report's own words: flags, the total's name
            return value_text(column.kind, value) if value != "" else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() >= len(self.rows):
            return self._bold
        if role == SORT_ROLE:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return shown(self.table.columns[section].label)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows only: the total row stays at the bottom. None sorts first. Column -1 (no sort
        indicator, as when sorting is switched on) is the report's own order."""
        self.layoutAboutToBeChanged.emit()
        if column < 0:
            self.rows = list(self.table.rows)
            self.layoutChanged.emit()
            return
        self.rows.sort(key=lambda r: (r[column] is not None, _key(r[column])),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _key(value):
    if isinstance(value, str):
        return value.casefold()
    return value if value is not None else 0
