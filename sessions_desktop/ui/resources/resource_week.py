"""The resource week: a row per staff member or room, a painted cell per day, in a scroll area.

One ``paintEvent`` for every cell and chip (as the month grid). Dragging a chip to another
row hands the session to that resource; to another day moves it there at the same time of
day; the release emits one request. "+N more" opens that resource day; double-click opens
the session; right-click on a row's name offers that resource's menu.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QWidget

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.hits import move_to_date
from sessions_desktop.presentation.people import people_text
from sessions_desktop.presentation.resource_columns import Column
from sessions_desktop.presentation.resource_week import (
    HEADER,
    MIN_ROW,
    NAME_WIDTH,
    ResourceWeekData,
    WeekCell,
    WeekGeometry,
    collect_week,
    lay_out_week,
)
from sessions_desktop.presentation.titles import Names
from sessions_desktop.ui.common.accessible import announce_focus, install_factory
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.resources.resource_access import WeekAccess
from sessions_desktop.ui.resources.resource_week_paint import WeekPainting, qrect

DRAG_DISTANCE = 6


class _Canvas(QWidget):
    def __init__(self, owner: ResourceWeek) -> None:
        super().__init__()
        self.owner = owner
        self.setMouseTracking(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.owner.paint(QPainter(self), event.rect())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return self.owner.tooltip(event)
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.owner.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.owner.drag(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.owner.release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.owner.double_click(event)


class ResourceWeek(WeekAccess, WeekPainting, QScrollArea):
    move_requested = Signal(str, object, object, str)
    reassign_requested = Signal(str, object, object, object, object)
    day_requested = Signal(object)
    open_requested = Signal(str)
    selected = Signal(object)
    context_requested = Signal(str, QPoint)
    row_context = Signal(object, QPoint)

    def __init__(self, names: Names, parent: QWidget | None = None) -> None:
        install_factory()           # cells and chips for screen readers (resource_access.py)
        super().__init__(parent)
        self.names = names
        self.canvas = _Canvas(self)
        self.setWidget(self.canvas)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.data = ResourceWeekData((date.today(),), [])
        self.schedules: dict = {}
        self.tz: tzinfo | None = None
        self.today = date.today()
        self.chosen: str | None = None
        self.cells: list[WeekCell] = []
        self.geometry_ = WeekGeometry(7, 0, 800)
        self.conflict_check = lambda *args: None
        self._press: tuple[QPointF, Session, tuple[int, int]] | None = None
        self._drop: tuple[int, int] | None = None

    def show_week(self, days, rows: list[Column], shown, loaded, schedules, tz,
                  with_hours: set[str], today: date) -> None:
        self.schedules, self.tz, self.today = schedules, tz, today
        self.data = collect_week(days, rows, shown, loaded, schedules, tz, with_hours)
        self._relayout()

    def _relayout(self) -> None:
        width = max(300, self.viewport().width())
        rows = max(1, len(self.data.rows))
        row_height = max(MIN_ROW, (self.viewport().height() - HEADER) / rows)
        self.geometry_ = WeekGeometry(len(self.data.days), len(self.data.rows), width,
                                      row_height)
        self.canvas.resize(int(width), int(self.geometry_.height) + 1)
        self.cells = lay_out_week(self.geometry_, self.data)
        self.relaid_access()
        self.canvas.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def set_selected(self, key: str | None) -> None:
        self.chosen = key
        self.canvas.update()
        announce_focus(self)

    # -- pointer ---------------------------------------------------------------------
    def chip_at(self, point: QPointF) -> tuple[Session, tuple[int, int]] | None:
        for cell in self.cells:
            if qrect(cell.rect).contains(point):
                session = next((s for r, s in cell.chips if qrect(r).contains(point)), None)
                return (session, cell.cell) if session else None
        return None

    def more_at(self, point: QPointF) -> int | None:
        return next((c.cell[1] for c in self.cells
                     if c.more_rect is not None and qrect(c.more_rect).contains(point)), None)

    def tooltip(self, event) -> bool:
        hit = self.chip_at(QPointF(event.pos()))
        if hit is None:
            return False
        session = hit[0]
        people = people_text(session, self.schedules)
        text = self.chip_text(session) + (
            translate("ResourceWeek", " ({people})").format(people=people) if people else "") + \
            (translate("ResourceWeek", ", cancelled") if session.is_cancelled else "")
        QToolTip.showText(event.globalPos(), text, self.canvas)
        return True

    def press(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position()
        hit = self.chip_at(point)
        self.selected.emit(hit[0].id if hit else None)
        if hit is not None and event.button() == Qt.MouseButton.RightButton:
            self.context_requested.emit(hit[0].id, event.globalPosition().toPoint())
        elif hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = (point, hit[0], hit[1])
        elif (day := self.more_at(point)) is not None:
            self.day_requested.emit(self.data.days[day])
        elif point.x() < NAME_WIDTH and event.button() == Qt.MouseButton.RightButton:
            row = int((point.y() - HEADER) // self.geometry_.row_height)
            if 0 <= row < len(self.data.rows):
                self.row_context.emit(self.data.rows[row].key, event.globalPosition().toPoint())

    def drag(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        start = self._press[0]
        if (event.position() - start).manhattanLength() >= DRAG_DISTANCE or self._drop:
            self._drop = self.geometry_.cell_at(event.position().x(), event.position().y())
            self.canvas.update()
            if self._drop is not None and self._drop[0] != self._press[2][0]:
                self._show_conflict(event)

    def _show_conflict(self, event: QMouseEvent) -> None:
        assert self._press is not None and self._drop is not None
        session, (row, _day) = self._press[1], self._press[2]
        start, end = self._times(session, self._drop[1])
        reason = self.conflict_check(session.id, self.data.rows[row].key,
                                     self.data.rows[self._drop[0]].key, start, end)
        if reason:
            QToolTip.showText(event.globalPosition().toPoint(), reason, self.canvas)
        else:
            QToolTip.hideText()

    def _times(self, session: Session, day_index: int):
        day = self.data.days[day_index]
        if session.all_day:
            start, end = move_to_date(session.start.replace(tzinfo=None),
                                      session.end.replace(tzinfo=None), day)
            return start.date(), end.date()
        return move_to_date(session.start.astimezone(self.tz),
                            session.end.astimezone(self.tz), day)

    def release(self, event: QMouseEvent) -> None:
        press, drop = self._press, self._drop
        self._press, self._drop = None, None
        self.canvas.update()
        QToolTip.hideText()
        if press is None or drop is None or drop == press[2]:
            return
        session, (row, day) = press[1], press[2]
        start, end = self._times(session, drop[1])
        moved = drop[1] != day
        if drop[0] == row:
            self.move_requested.emit(session.id, start, end, "Move session")
        else:
            self.reassign_requested.emit(session.id, self.data.rows[row].key,
                                         self.data.rows[drop[0]].key,
                                         start if moved else None, end if moved else None)

    def double_click(self, event: QMouseEvent) -> None:
        hit = self.chip_at(event.position())
        if hit is not None:
            self.open_requested.emit(hit[0].id)
        elif (cell := self.geometry_.cell_at(event.position().x(),
                                             event.position().y())) is not None:
            self.day_requested.emit(self.data.days[cell[1]])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._press is not None:
            self._press, self._drop = None, None
            self.canvas.update()
            return
        super().keyPressEvent(event)

    def point_of(self, session_id: str) -> QPointF | None:
        """Canvas centre of a session's first chip (tests, keyboard)."""
        for cell in self.cells:
            for rect, session in cell.chips:
                if session.id == session_id:
                    return qrect(rect).center()
        return None
