"""Day headers and the all-day row above the time grid, aligned with the grid's columns.

Painted in one ``paintEvent`` from the grid's own geometry (``TimeGrid``), so headers and
columns can never drift apart; all-day sessions get lanes over day indices like timed ones.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from sessions_desktop.domain.enums import BLOCKED_TAG
from sessions_desktop.presentation.colours import tile_colours
from sessions_desktop.presentation.formatting import one_line
from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.layout import assign_lanes
from sessions_desktop.presentation.navigation import iso_week
from sessions_desktop.presentation.titles import Names
from sessions_desktop.presentation.visibility import local_dates
from sessions_desktop.ui.common.accessible import install_factory
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.palette_colours import grid_colours
from sessions_desktop.ui.grid.grid_access import HeaderAccess
from sessions_desktop.ui.grid.week_layout import FALLBACK_COLOUR, DayData
from sessions_desktop.ui.grid.zone_gutter import draw_corner

NAMES_HEIGHT = 40
ROW = 20


class WeekHeader(HeaderAccess, QWidget):
    day_clicked = Signal(object)        # date
    open_requested = Signal(str)
    selected = Signal(object)
    context_requested = Signal(str, QPoint)

    def __init__(self, names: Names, parent: QWidget | None = None) -> None:
        install_factory()           # days and all-day chips for screen readers
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)     # Tab goes through the chips
        self.names = names
        self.grid: TimeGrid | None = None
        self.data: DayData | None = None
        self.offset = 0.0
        self.today = date.today()
        self.chosen: str | None = None
        self.second_zone: tzinfo | None = None      # the grid's second column of hours
        self.corner_texts: list[str] = []           # week and zones, as last painted
        self._chips: list[tuple[QRectF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_grid(self, grid: TimeGrid, data: DayData, offset: float, today: date) -> None:
        self.grid, self.data, self.offset, self.today = grid, data, offset, today
        self._layout_chips()
        self.relaid_access()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        # a chip of lane n ends inside row n (its rect is a little shorter than the row)
        rows = max((int(r.bottom() - NAMES_HEIGHT) // ROW + 1 for r, _ in self._chips),
                   default=1)
        return QSize(400, NAMES_HEIGHT + rows * ROW + 4)

    def _layout_chips(self) -> None:
        self._chips = []
        if self.grid is None or self.data is None:
            return
        spans = {}
        for session in self.data.all_day:
            first, end = local_dates(session, self.data.tz) if self.data.tz else \
                (session.start.date(), session.end.date())
            span = self.grid.day_span(first, end)
            if span is not None:
                spans[session.id] = span
        lanes = assign_lanes([(key, low, high + 1) for key, (low, high) in spans.items()])
        for key, (low, high) in spans.items():
            x = self.offset + self.grid.x_for_day(low)
            width = (high - low + 1) * self.grid.column_width
            y = NAMES_HEIGHT + lanes[key].lane * ROW
            self._chips.append((QRectF(x + 1, y + 1, width - 3, ROW - 3), key))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self.grid is None or self.data is None:
            return
        self._paint_names(painter)
        self._paint_chips(painter)
        if self.hasFocus() and self.chosen_key is None:    # where the keyboard is
            painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.setPen(grid_colours(self.palette()).hour_line)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)

    def _paint_names(self, painter: QPainter) -> None:
        grid = self.grid
        assert grid is not None
        painter.setPen(self.palette().placeholderText().color())
        painter.setFont(small_font())
        week = translate("WeekHeader", "W{iso_week}").format(iso_week=iso_week(grid.first_day))
        self.corner_texts = draw_corner(
            painter, QRectF(0, 0, self.offset + grid.gutter_width, NAMES_HEIGHT), week,
            self.data.tz, self.second_zone)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        for index, day in enumerate(grid.days):
            x = self.offset + grid.x_for_day(index)
            self._paint_day_name(painter, QRectF(x, 0, grid.column_width, NAMES_HEIGHT), day, big)

    def _paint_day_name(self, painter: QPainter, box: QRectF, day: date, big: QFont) -> None:
        is_today = day == self.today
        accent = self.palette().highlight().color()
        painter.setFont(small_font(bold=is_today))
        painter.setPen(accent if is_today else self.palette().windowText().color())
        name = self.names.weekday(day, short=box.width() < 110)
        painter.drawText(box.adjusted(6, 2, 0, 0), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignTop, name)
        number = QRectF(box.x() + 4, box.y() + 16, 24, 22)
        if is_today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawRoundedRect(number, 11, 11)
            painter.setPen(self.palette().highlightedText().color())
        painter.setFont(big)
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))

    def _paint_chips(self, painter: QPainter) -> None:
        assert self.data is not None
        by_id = {s.id: s for s in self.data.all_day}
        for rect, key in self._chips:
            session = by_id[key]
            colours = tile_colours(self.data.colours.get(session.schedule_id, FALLBACK_COLOUR),
                                   cancelled=session.is_cancelled)
            painter.setPen(QColor(colours.border if key != self.chosen else colours.text))
            painter.setBrush(QColor(colours.background))
            painter.drawRoundedRect(rect, 3, 3)
            if BLOCKED_TAG in session.tags:    # time off and closures: hatched, as in the grid
                hatch = QColor(colours.stripes)
                hatch.setAlpha(90)               # light enough to read the label through
                painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor(colours.text))
            painter.setFont(small_font(struck=session.is_cancelled))
            text = (
                self.data.labels.get(key)
                or one_line(session.title)
                or translate("WeekHeader", "(no title)")
            )
            painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(
                                 text, Qt.TextElideMode.ElideRight, int(rect.width() - 8)))

    def event(self, event: QEvent) -> bool:
        """Hovering a chip tells its whole label and who it concerns."""
        if event.type() == QEvent.Type.ToolTip and self.data is not None:
            key = self.chip_at(QPointF(event.pos()))
            if key is not None:
                people = self.data.people.get(key, "")
                text = self.data.labels.get(key, "") + (
                    translate("WeekHeader", " ({people})").format(people=people) if people else "")
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().event(event)

    def chip_at(self, point) -> str | None:
        return next((key for rect, key in reversed(self._chips) if rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        key = self.chip_at(event.position())
        if key is not None:
            self.selected.emit(key)
            if event.button() == Qt.MouseButton.RightButton:
                self.context_requested.emit(key, event.globalPosition().toPoint())
        elif self.grid is not None and event.position().y() < NAMES_HEIGHT:
            index = self.grid.day_index_for_x(event.position().x() - self.offset)
            if index is not None:
                self.day_clicked.emit(self.grid.date_for_index(index))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        key = self.chip_at(event.position())
        if key is not None:
            self.open_requested.emit(key)
