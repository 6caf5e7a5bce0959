"""The small font of tiles, chips and headers, shared by the grid, month and agenda."""

from __future__ import annotations

from PySide6.QtGui import QFont


def small_font(bold: bool = False, struck: bool = False) -> QFont:
    """``struck``: a line through the text, for cancelled sessions."""
    font = QFont()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    font.setBold(bold)
    font.setStrikeOut(struck)
    return font
