"""The month grid: six weeks of days with session chips, "+N more", and chip drag to a day.

A painted widget (one paintEvent for ~42 cells and a few hundred chips is cheaper than a
widget per chip). "+N more" opens that day; dropping a chip on another day asks for a move that
keeps the time of day (``hits.move_to_date``); Escape during a drag puts the chip back.
It draws from the days' summary (``MonthDays``: per day the count and the first chips, read
by ``queries.month_days``), so a month of a busy business never builds every session; the
day view, opened from a day or its "+N more", reads every session of that day.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.colours import tile_colours
from sessions_desktop.presentation.formatting import one_line
from sessions_desktop.presentation.hits import move_to_date
from sessions_desktop.presentation.navigation import iso_week
from sessions_desktop.presentation.people import SEPARATOR, label, people_text
from sessions_desktop.presentation.titles import Names
from sessions_desktop.services.api import MonthDays
from sessions_desktop.ui.common.accessible import install_factory
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.palette_colours import grid_colours
from sessions_desktop.ui.common.texts import time_text
from sessions_desktop.ui.month.month_access import MonthAccess
from sessions_desktop.ui.month.month_layout import (
    HEADER,
    WEEK_COLUMN,
    CellLayout,
    MonthGeometry,
    lay_out_cells,
    summarise,
)

DRAG_DISTANCE = 6
CHIPS_STEP = 4   # chips asked per day: the rows a cell shows, rounded up to this


class MonthView(MonthAccess, QWidget):
    day_requested = Signal(object)                    # date: "+N more" or a day number
    move_requested = Signal(str, object, object, str)  # id, aware start, end, label
    open_requested = Signal(str)
    selected = Signal(object)
    context_requested = Signal(str, QPoint)
    chips_needed = Signal()    # grown taller than the chips held per day

    def __init__(self, names: Names, parent: QWidget | None = None) -> None:
        install_factory()           # days and chips for screen readers (month_access.py)
        super().__init__(parent)
        self.names = names
        self.first = date.today()
        self.month = date.today()
        self.today = date.today()
        self.sessions: list[Session] = []          # the chips' sessions
        self.days = MonthDays(self.first, (), 0)
        self.colours: dict[str, str] = {}
        self.schedules: dict = {}
        self.tz = None
        self.chosen: str | None = None
        self.cells: list[CellLayout] = []
        self._chip_fonts = {False: small_font(), True: small_font(struck=True)}
        self._press: tuple[QPointF, Session] | None = None
        self._drop: date | None = None
        self._colours = grid_colours(self.palette())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    def show_days(self, first: date, month: date, days: MonthDays, colours: dict[str, str],
                  tz, today: date, schedules: dict | None = None) -> None:
        """``days``: each day's count and first chips; ``schedules`` (by id) name who and
        where on each chip."""
        self.first, self.month, self.days = first, month, days
        self.sessions = days.sessions
        self.colours, self.tz, self.today = colours, tz, today
        self.schedules = schedules or {}
        self._relayout()

    def show_month(self, first: date, month: date, sessions: list[Session],
                   colours: dict[str, str], tz, today: date, schedules: dict | None = None
                   ) -> None:
        """``show_days`` for a list of every session of the month."""
        self.show_days(first, month, summarise(sessions, first, 42, tz), colours, tz, today,
                       schedules)

    def geometry_now(self) -> MonthGeometry:
        return MonthGeometry(self.first, self.width(), self.height())

    def chips_wanted(self, height: float | None = None) -> int:
        """How many first chips a day's summary should hold for cells of this size (or of
        the month at ``height``: a page not shown yet is not given its size)."""
        rows = MonthGeometry(self.first, self.width(),
                             self.height() if height is None else height).rows_per_cell()
        return -(-rows // CHIPS_STEP) * CHIPS_STEP

    def _relayout(self) -> None:
        self.cells = lay_out_cells(self.geometry_now(), self.days)
        self.relaid_access()
        self.update()

    def sessions_on(self, day: date) -> list[Session]:
        """The day's first sessions in chip order, as many as the summary holds (the day
        view lists them all)."""
        summary = self.days.on(day)
        return list(summary.chips) if summary is not None else []

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()
        if self.geometry_now().rows_per_cell() > self.days.chips and any(
                d.count > len(d.chips) for d in self.days.days):
            self.chips_needed.emit()

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._chip_fonts = {False: small_font(), True: small_font(struck=True)}
        painter.fillRect(self.rect(), self.palette().base())
        self._colours = grid_colours(self.palette())
        self._paint_frame(painter)
        for cell in self.cells:
            self._paint_cell(painter, cell)

    def _paint_frame(self, painter: QPainter) -> None:
        geometry = self.geometry_now()
        painter.setFont(small_font(bold=True))
        painter.setPen(self.palette().placeholderText().color())
        for column in range(7):
            day = self.cells[column].day if self.cells else self.first
            box = QRectF(WEEK_COLUMN + column * geometry.cell_width, 0, geometry.cell_width,
                         HEADER)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter,
                             self.names.weekday(day, short=geometry.cell_width < 120))
        painter.setFont(small_font())
        for row in range(geometry.weeks):
            y = HEADER + row * geometry.cell_height
            painter.drawText(QRectF(0, y + 2, WEEK_COLUMN - 4, 16), Qt.AlignmentFlag.AlignRight,
                             str(iso_week(self.cells[row * 7].day)) if self.cells else "")

    def _paint_cell(self, painter: QPainter, cell: CellLayout) -> None:
        other = cell.day.month != self.month.month
        colours = self._colours
        painter.setPen(colours.hour_line)
        background = colours.other_month if other else colours.working
        if cell.day == self._drop:
            background = colours.drop_target
        painter.setBrush(background)
        painter.drawRect(cell.rect)
        self._paint_day_number(painter, cell, other)
        for rect, session in cell.chips:
            self._paint_chip(painter, rect, session, other)
        painter.setFont(self._chip_fonts[False])
        if cell.more_rect is not None:
            painter.setPen(self.palette().link().color())
            painter.drawText(cell.more_rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                             translate("MonthView", "+{more} more").format(more=cell.more))

    def _paint_day_number(self, painter: QPainter, cell: CellLayout, other: bool) -> None:
        box = QRectF(cell.rect.x() + 3, cell.rect.y() + 2, 22, 16)
        painter.setFont(small_font(bold=cell.day == self.today))
        if cell.day == self.today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().highlight())
            painter.drawRoundedRect(box, 8, 8)
            painter.setPen(self.palette().highlightedText().color())
        else:
            painter.setPen(self._colours.dim_text if other
                           else self.palette().text().color())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(cell.day.day))

    def _chip_title(self, session: Session) -> str:
        """'Pilates Mat · Maya · Big room': the title, then who and where."""
        if not self.schedules:
            return one_line(session.title) or translate("MonthView", "(no title)")
        people = people_text(session, self.schedules)
        title = label(session, self.schedules)
        return f"{title}{SEPARATOR}{people}" if people and not session.all_day else title

    def _paint_chip(self, painter: QPainter, rect: QRectF, session: Session, dim: bool) -> None:
        base = self.colours.get(session.schedule_id, "#3a7bd5")
        colours = tile_colours(base, past=dim, cancelled=session.is_cancelled)
        title = self._chip_title(session)
        painter.setFont(self._chip_fonts[session.is_cancelled])
        dragging = self._press is not None and self._drop is not None and \
            self._press[1].id == session.id
        painter.setOpacity(0.4 if dragging else 1.0)
        if session.all_day or session.id == self.chosen:
            painter.setPen(QColor(colours.border))
            painter.setBrush(QColor(colours.background))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor(colours.text))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(base))
            painter.drawEllipse(QRectF(rect.x() + 3, rect.center().y() - 3, 6, 6))
            painter.setPen(self.palette().text().color())
        text = (
            title
            if session.all_day
            else translate("MonthView", "{time_text} {title}").format(
                time_text=time_text(session.start.astimezone(self.tz)), title=title
            )
        )
        inner = rect.adjusted(12 if not session.all_day and session.id != self.chosen else 4,
                              0, -2, 0)
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter, painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, int(inner.width())))
        painter.setOpacity(1.0)

    # -- pointer ---------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        """Hovering a chip shows its time, whole title, who and where."""
        if event.type() == QEvent.Type.ToolTip:
            session = self.chip_at(QPointF(event.pos()))
            if session is not None:
                when = translate("MonthView", "All day") if session.all_day else \
                    time_text(session.start.astimezone(self.tz))
                state = translate("MonthView", ", cancelled") if session.is_cancelled else ""
                QToolTip.showText(
                    event.globalPos(),
                    translate("MonthView", "{when} {chip_title}{state}").format(
                        when=when, chip_title=self._chip_title(session), state=state
                    ),
                    self,
                )
                return True
        return super().event(event)

    def chip_at(self, point: QPointF) -> Session | None:
        for cell in self.cells:
            if cell.rect.contains(point):
                return next((s for rect, s in cell.chips if rect.contains(point)), None)
        return None

    def _more_at(self, point: QPointF) -> date | None:
        return next((c.day for c in self.cells
                     if c.more_rect is not None and c.more_rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        session = self.chip_at(point)
        self.selected.emit(session.id if session else None)
        if session is not None and event.button() == Qt.MouseButton.RightButton:
            self.context_requested.emit(session.id, event.globalPosition().toPoint())
        elif session is not None:
            self._press = (point, session)
        elif (day := self._more_at(point)) is not None:
            self.day_requested.emit(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        start = self._press[0]
        if (event.position() - start).manhattanLength() >= DRAG_DISTANCE or self._drop:
            self._drop = self.geometry_now().day_at(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, drop = self._press, self._drop
        self._press, self._drop = None, None
        self.update()
        if press is None or drop is None:
            return
        session = press[1]
        if session.all_day:
            start, end = move_to_date(session.start.replace(tzinfo=None),
                                      session.end.replace(tzinfo=None), drop)
            start, end = start.date(), end.date()
        else:
            start, end = move_to_date(session.start.astimezone(self.tz),
                                      session.end.astimezone(self.tz), drop)
        if (start, end) != (session.start, session.end):
            self.move_requested.emit(session.id, start, end, "Move session")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        session = self.chip_at(event.position())
        if session is not None:
            self.open_requested.emit(session.id)
        elif (day := self.geometry_now().day_at(event.position())) is not None:
            self.day_requested.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._press is not None:
            self._press, self._drop = None, None
            self.update()
            return
        super().keyPressEvent(event)

