"""The one scene item that paints the time grid's sessions, and what a pointer finds on it.

A week switch gives the layer a new ``GridLayout`` (one assignment) instead of clearing the
scene and adding an item per session; ``paint`` draws only the tiles that intersect the
exposed rect, then the "+N" markers of collapsed lanes, then, for a crowded period, the
density strip at the left of each column (darker where more sessions overlap). Hit tests and
tooltips read the same layout, so they agree with what is drawn.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sessions_desktop.presentation.formatting import one_line
from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.week_plan import BIN_MINUTES
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.texts import time_text
from sessions_desktop.ui.grid.week_items import qrect
from sessions_desktop.ui.grid.week_layout import GridLayout, Marker

LISTED = 15   # sessions a "+N" tooltip names before "and N more"


class TileLayer(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.layout = GridLayout([], [])
        self.grid: TimeGrid | None = None
        self._bounds = QRectF()
        self.palette = QPalette()

    def set_layout(self, layout: GridLayout, grid: TimeGrid, palette: QPalette) -> None:
        self.prepareGeometryChange()
        for tile in self.layout.tiles:
            tile.layer = None
        self.layout, self.grid, self.palette = layout, grid, palette
        for tile in layout.tiles:
            tile.layer = self
        self._bounds = QRectF(0, 0, grid.width, grid.height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        exposed = option.exposedRect  # type: ignore[attr-defined]
        for tile in self.layout.tiles:
            if tile.boundingRect().intersects(exposed):
                faded = tile.opacity() != 1.0
                if faded:
                    painter.setOpacity(tile.opacity())
                tile.paint(painter)
                if faded:
                    painter.setOpacity(1.0)
        if self.layout.markers:
            self._paint_markers(painter, exposed)
        if self.layout.strip and self.grid is not None:
            self._paint_strip(painter, exposed, self.grid)

    def _paint_markers(self, painter: QPainter, exposed: QRectF) -> None:
        painter.setFont(small_font(bold=True))
        fill = self.palette.color(QPalette.ColorRole.Button)
        ink = self.palette.color(QPalette.ColorRole.ButtonText)
        border = self.palette.color(QPalette.ColorRole.Mid)
        for marker in self.layout.markers:
            rect = qrect(marker.rect)
            if not rect.intersects(exposed):
                continue
            painter.setPen(QPen(border, 1.0))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             f"+{len(marker.sessions)}")

    def _paint_strip(self, painter: QPainter, exposed: QRectF, grid: TimeGrid) -> None:
        busiest = max(1, max((max(day) for day in self.layout.density if day), default=1))
        accent = self.palette.color(QPalette.ColorRole.Highlight)
        height = grid.hour_height * BIN_MINUTES / 60
        painter.setPen(Qt.PenStyle.NoPen)
        for day, counts in enumerate(self.layout.density):
            x = grid.x_for_day(day)
            if x > exposed.right() or x + self.layout.strip < exposed.left():
                continue
            for index, count in enumerate(counts):
                y = grid.y_for_minute(index * BIN_MINUTES)
                if not count or y + height < exposed.top() or y > exposed.bottom():
                    continue
                colour = QColor(accent)
                colour.setAlphaF(0.15 + 0.85 * count / busiest)
                painter.fillRect(QRectF(x + 1, y, self.layout.strip - 2, height), colour)

    # -- what is under a point -------------------------------------------------------
    def marker_at(self, x: float, y: float) -> Marker | None:
        return next((m for m in self.layout.markers if m.rect.contains(x, y)), None)

    def strip_count_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(sessions, minute of day) of the density strip under the point, if any."""
        grid = self.grid
        if not self.layout.strip or grid is None:
            return None
        day = grid.day_index_for_x(x)
        if day is None or x - grid.x_for_day(day) > self.layout.strip:
            return None
        minute = int(grid.minute_for_y(y) // BIN_MINUTES * BIN_MINUTES)
        counts = self.layout.density[day]
        return counts[min(len(counts) - 1, minute // BIN_MINUTES)], minute


def marker_tooltip(marker: Marker, tz) -> str:
    """The hidden sessions of a "+N", by start time: the first ``LISTED`` and how many more."""
    ordered = sorted(marker.sessions, key=lambda s: (s.start, s.id))
    lines = [f"{time_text(s.start.astimezone(tz))} {one_line(s.title) or '(no title)'}"
             for s in ordered[:LISTED]]
    if len(ordered) > LISTED:
        lines.append(f"… and {len(ordered) - LISTED} more")
    hour = time_text(datetime(2000, 1, 1, marker.hour % 24))
    return f"{len(ordered)} more from {hour} (click for the list)\n" + "\n".join(lines)
