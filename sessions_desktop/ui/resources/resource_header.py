"""Column heads of the resource day view: each staff member's or room's name, and its all-day
items under it (a day off hatched and labelled with whose it is), aligned with the columns.

Painted from the view's own ``TimeGrid`` and horizontal scroll position, so heads and columns
never drift apart. Items of the whole business (a closure that names no one) span every column.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.colours import tile_colours
from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.resource_layout import ResourceDay
from sessions_desktop.presentation.zones import zone_city
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.palette_colours import grid_colours

NAMES_HEIGHT = 30
ROW = 20
EMPTY = QT_TRANSLATE_NOOP(
    "ResourceHeader",
    "No staff or rooms to show: add them in Schedules > Services and staff, or tick them.",
)


class ResourceHeader(QWidget):
    selected = Signal(object)
    open_requested = Signal(str)
    context_requested = Signal(str, QPoint)
    column_context = Signal(object, QPoint)      # column key (None: unassigned), where
    column_opened = Signal(object)               # a double-click on a name: that one's week

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: TimeGrid | None = None
        self.data: ResourceDay | None = None
        self.offset = 0.0
        self.colours: dict[str, str] = {}
        self.chosen: str | None = None
        self.chips: list[tuple[QRectF, Session]] = []
        self.zone: tzinfo | None = None        # the business zone, named above the hours
        self.corner_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_grid(self, grid: TimeGrid, data: ResourceDay, offset: float,
                  colours: dict[str, str]) -> None:
        self.grid, self.data, self.offset, self.colours = grid, data, offset, colours
        self._layout_chips()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        bottom = max((r.bottom() for r, _ in self.chips), default=NAMES_HEIGHT)
        return QSize(400, int(bottom) + 4)

    def _layout_chips(self) -> None:
        self.chips = []
        grid, data = self.grid, self.data
        if grid is None or data is None:
            return
        top = NAMES_HEIGHT
        for session in data.everywhere:
            self.chips.append((QRectF(self.offset + grid.gutter_width + 1, top + 1,
                                      grid.column_width * grid.day_count - 3, ROW - 3), session))
            top += ROW
        for index in range(len(data.columns)):
            y = top
            for session in [*data.bands.get(index, []), *data.all_day.get(index, [])]:
                x = self.offset + grid.x_for_day(index)
                self.chips.append((QRectF(x + 1, y + 1, grid.column_width - 3, ROW - 3),
                                   session))
                y += ROW

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self.grid is None or self.data is None:
            return
        if not self.data.columns:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect().adjusted(self.grid.gutter_width, 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter, translate("ResourceHeader", EMPTY))
            return
        self._paint_names(painter)
        for rect, session in self.chips:
            self._paint_chip(painter, rect, session)
        # columns scrolled to the left pass under the hours' gutter, as in the grid below
        painter.fillRect(QRectF(0, 0, self.grid.gutter_width, self.height()),
                         self.palette().window())
        self._paint_zone(painter)
        painter.setPen(grid_colours(self.palette()).hour_line)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)

    def _paint_zone(self, painter: QPainter) -> None:
        """The business zone's city in the corner above the hours ("Berlin")."""
        city = zone_city(str(getattr(self.zone, "key", "") or ""))
        if not city or self.grid is None:
            return
        painter.setFont(small_font())
        painter.setPen(self.palette().placeholderText().color())
        text = painter.fontMetrics().elidedText(city, Qt.TextElideMode.ElideRight,
                                                int(self.grid.gutter_width - 8))
        painter.drawText(QRectF(0, 0, self.grid.gutter_width - 6, NAMES_HEIGHT),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        self.corner_text = text

    def _paint_names(self, painter: QPainter) -> None:
        grid, data = self.grid, self.data
        assert grid is not None and data is not None
        painter.setFont(small_font(bold=True))
        for index, column in enumerate(data.columns):
            x = self.offset + grid.x_for_day(index)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(column.colour))
            painter.drawRoundedRect(QRectF(x + 6, 9, 12, 12), 3, 3)
            painter.setPen(self.palette().windowText().color())
            box = QRectF(x + 22, 0, grid.column_width - 26, NAMES_HEIGHT)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(
                                 column.name, Qt.TextElideMode.ElideRight, int(box.width())))

    def _paint_chip(self, painter: QPainter, rect: QRectF, session: Session) -> None:
        assert self.data is not None
        colours = tile_colours(self.colours.get(session.schedule_id, "#7f8c8d"),
                               cancelled=session.is_cancelled)
        painter.setPen(QColor(colours.text if session.id == self.chosen else colours.border))
        painter.setBrush(QColor(colours.background))
        painter.drawRoundedRect(rect, 3, 3)
        if "Blocked" in session.tags:
            hatch = QColor(colours.stripes)
            hatch.setAlpha(90)
            painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor(colours.text))
        painter.setFont(small_font(bold=True, struck=session.is_cancelled))
        text = self.data.labels.get(session.id, session.title or "")
        painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                          int(rect.width() - 8)))

    def chip_at(self, point: QPointF) -> Session | None:
        return next((s for rect, s in reversed(self.chips) if rect.contains(point)), None)

    def column_at(self, x: float) -> int | None:
        if self.grid is None:
            return None
        return self.grid.day_index_for_x(x - self.offset)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.data is not None:
            session = self.chip_at(QPointF(event.pos()))
            column = self.column_at(event.pos().x())
            if session is not None:
                QToolTip.showText(event.globalPos(), self.data.labels.get(session.id, ""), self)
                return True
            if column is not None and event.pos().y() < NAMES_HEIGHT:
                QToolTip.showText(event.globalPos(), self.data.columns[column].full_name, self)
                return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        session = self.chip_at(event.position())
        right = event.button() == Qt.MouseButton.RightButton
        if session is not None:
            self.selected.emit(session.id)
            if right:
                self.context_requested.emit(session.id, event.globalPosition().toPoint())
            return
        column = self.column_at(event.position().x())
        if right and column is not None and self.data is not None:
            self.column_context.emit(self.data.columns[column].key,
                                     event.globalPosition().toPoint())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        session = self.chip_at(event.position())
        column = self.column_at(event.position().x())
        if session is not None:
            self.open_requested.emit(session.id)
        elif column is not None and self.data is not None and \
                event.position().y() < NAMES_HEIGHT:
            self.column_opened.emit(self.data.columns[column].key)
