"""The small font of tiles, chips and headers, shared by the grid, month and agenda."""

from __future__ import annotations

from PySide6.QtGui import QFont


def small_font(bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    font.setBold(bold)
    return font
