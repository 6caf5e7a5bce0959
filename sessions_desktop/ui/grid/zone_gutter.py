"""The hours' gutter of the time grid and its corner: the business zone's hours next to the
days, and a second zone's hours in a column to their left when one is chosen in Settings.

Painted from the grid's geometry like the rest of the background; the corner above it (in the
day header) names both zones, so a grid with two columns of hours never leaves a reader to
guess which is which.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette

from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.zones import other_wall_time, zone_city
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.texts import time_text

COLUMN = 56.0      # one column of hours


def gutter_width(second_zone: tzinfo | None) -> float:
    return COLUMN * (2 if second_zone is not None else 1)


def zone_name(zone: tzinfo | None) -> str:
    return str(getattr(zone, "key", "") or "") if zone is not None else ""


def draw_hours(painter: QPainter, grid: TimeGrid, rect: QRectF, palette: QPalette,
               business: tzinfo | None, second: tzinfo | None) -> None:
    """The hour labels: the business zone's right beside the days, the second zone's (on the
    first day shown) in the column left of them."""
    painter.fillRect(QRectF(0, rect.top(), grid.gutter_width, rect.height()), palette.window())
    painter.setPen(palette.placeholderText().color())
    painter.setFont(small_font())
    right = grid.gutter_width - COLUMN
    for hour in range(grid.day_start_hour + 1, grid.day_end_hour):
        y = grid.y_for_minute(hour * 60)
        painter.drawText(QRectF(right, y - 8, COLUMN - 6, 16),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         time_text(datetime(2000, 1, 1, hour)))
        if second is not None and business is not None and right > 0:
            there = other_wall_time(grid.first_day, hour * 60, business, second)
            painter.drawText(QRectF(0, y - 8, right - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             time_text(there))


def draw_corner(painter: QPainter, box: QRectF, week_label: str,
                business: tzinfo | None, second: tzinfo | None) -> list[str]:
    """Above the hours: the week number, then each column's zone (city names, elided);
    returns the texts drawn, left to right after the week."""
    half = box.height() / 2
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRectF(box.left(), box.top(), box.width() - 6, half), align, week_label)
    drawn = [week_label]
    metrics = QFontMetrics(painter.font())
    columns = [(second, box.right() - 2 * COLUMN)] if second is not None else []
    columns.append((business, box.right() - COLUMN))
    for zone, left in columns:
        if zone is None or left < box.left() - 1:
            continue
        text = metrics.elidedText(zone_city(zone_name(zone)), Qt.TextElideMode.ElideRight,
                                  int(COLUMN - 8))
        painter.drawText(QRectF(left, box.top() + half, COLUMN - 6, half), align, text)
        drawn.append(text)
    return drawn
