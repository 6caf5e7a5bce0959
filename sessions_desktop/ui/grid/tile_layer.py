"""The one scene item that paints the time grid's sessions, and what a pointer finds on it.

A week switch gives the layer a new ``GridLayout`` (one assignment) instead of clearing the
scene and adding an item per session; ``paint`` draws only the tiles that intersect the
exposed rect, then the "+N" markers of collapsed lanes, then, for a crowded period, the
density strip at the left of each column (darker where more sessions overlap). Hit tests and
tooltips read the same layout, so they agree with what is drawn.

Render ahead: a period laid out before the user asks for it (the prefetch) is also painted
then, into an image of the part of the scene the view shows (``render_ahead``); when it is
shown and the exposed rect lies inside that image, ``paint`` copies it instead of painting
each tile. Any change of a tile (selection, a drag's fading) or of the palette drops the image,
so it never shows a stale state.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sessions_desktop.presentation.formatting import one_line
from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.week_plan import BIN_MINUTES
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import time_text
from sessions_desktop.ui.grid.week_items import qrect, refresh_tile_fonts
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
        """Hand the layer a new layout. The view repaints its whole viewport after this
        (``GridView.rebuild``), so the layer does not mark itself dirty as well: the scene
        would process that mark after the view's paint and paint every tile a second time."""
        bounds = QRectF(0, 0, grid.width, grid.height)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        for tile in self.layout.tiles:
            tile.layer = None
        if palette.cacheKey() != layout.rendered_palette:
            layout.rendered = None
        self.layout, self.grid, self.palette = layout, grid, palette
        for tile in layout.tiles:
            tile.layer = self

    def tile_changed(self, rect: QRectF) -> None:
        """A tile's look changed: the image made ahead no longer shows it as it is."""
        self.layout.rendered = None
        self.update(rect)

    def set_palette(self, palette: QPalette) -> None:
        self.palette = palette
        self.layout.rendered = None
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        exposed = option.exposedRect  # type: ignore[attr-defined]
        rendered = self.layout.rendered
        if rendered is not None and rendered[0].contains(exposed):
            region, image = rendered
            ratio = image.devicePixelRatio()
            source = exposed.translated(-region.topLeft())
            painter.drawImage(exposed, image, QRectF(source.x() * ratio, source.y() * ratio,
                                                     source.width() * ratio,
                                                     source.height() * ratio))
            return
        self.paint_region(painter, exposed)

    def render_ahead(self, layout: GridLayout, grid: TimeGrid, region: QRectF,
                     ratio: float) -> None:
        """Paint ``layout`` for ``region`` of the scene into an image kept on the layout."""
        region = region.intersected(QRectF(0, 0, grid.width, grid.height))
        if region.isEmpty():
            return
        image = QImage(int(region.width() * ratio) + 1, int(region.height() * ratio) + 1,
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(-region.topLeft())
        shown, self.layout, self.grid = (self.layout, self.grid), layout, grid
        try:
            self.paint_region(painter, region)
        finally:
            self.layout, self.grid = shown
            painter.end()
        layout.rendered = (region, image)
        layout.rendered_palette = self.palette.cacheKey()

    def paint_region(self, painter: QPainter, exposed: QRectF) -> None:
        refresh_tile_fonts()
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
        pen = QPen(border, 1.0)
        for marker in self.layout.markers:
            rect = qrect(marker.rect)
            if not rect.intersects(exposed):
                continue
            painter.setPen(pen)
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
        colours: dict[int, QColor] = {}   # one per count: a crowded week has a few dozen
        for day, counts in enumerate(self.layout.density):
            x = grid.x_for_day(day)
            if x > exposed.right() or x + self.layout.strip < exposed.left():
                continue
            for index, count in enumerate(counts):
                if not count:
                    continue
                y = grid.y_for_minute(index * BIN_MINUTES)
                if y + height < exposed.top() or y > exposed.bottom():
                    continue
                colour = colours.get(count)
                if colour is None:
                    colour = colours[count] = QColor(accent)
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
    lines = [
        translate("TileLayer", "{time_text} {value}").format(
            time_text=time_text(s.start.astimezone(tz)), value=one_line(s.title) or "(no title)"
        )
        for s in ordered[:LISTED]
    ]
    if len(ordered) > LISTED:
        lines.append(
            translate("TileLayer", "… and {value} more").format(value=len(ordered) - LISTED))
    hour = time_text(datetime(2000, 1, 1, marker.hour % 24))
    return translate("TileLayer", "{n_ordered} more from {hour} (click for the list)\n").format(
        n_ordered=len(ordered), hour=hour
    ) + "\n".join(lines)
