"""The resource day view: one column per staff member or room, a QGraphicsView over thin tiles.

Drawn like the week grid (hour lines, gutter and shading in a cached ``drawBackground``, one
item per drawn tile) with the week grid's drag machine: column ``i`` is the grid's day ``i``
(``presentation.resource_layout``). A drag within a column moves or resizes; a drag into
another column asks to hand the session to that staff member or room; a drag on empty time
in a column asks to create a session for that resource. The release emits a request; the view
redraws from the service broadcast, never from where the tile was dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from sessions_desktop.presentation.colours import tile_colours
from sessions_desktop.presentation.formatting import time_range_text
from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.hits import Part, hit_test
from sessions_desktop.presentation.interaction import DragMachine, DragState, Gesture, Pointer
from sessions_desktop.presentation.interaction import Target as DragTarget
from sessions_desktop.presentation.resource_layout import (
    VIRTUAL_FIRST,
    PlacedTile,
    ResourceDay,
    from_grid,
    hit_boxes,
    place,
    to_grid,
)
from sessions_desktop.presentation.snapping import at_minute
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.palette_colours import grid_colours
from sessions_desktop.ui.common.texts import time_text
from sessions_desktop.ui.resources.resource_items import ColumnTile, Ghost, MoreItem

NOW_LINE = QColor("#e74c3c")
MIN_COLUMN = 100.0
GUTTER = 56.0


class ResourceView(QGraphicsView):
    create_requested = Signal(object, object, object)          # wall start, end, column key
    move_requested = Signal(str, object, object, str)          # id, wall start, end, label
    reassign_requested = Signal(str, object, object, object, object)  # id, from, to, start, end
    open_requested = Signal(str)
    selected = Signal(object)
    context_requested = Signal(str, QPoint)
    more_requested = Signal(object, QPoint)                    # hidden ids, where
    relaid = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hour_height = 48.0
        self.day_hours: tuple[int, int] = (0, 24)
        self.snap_minutes = 15
        self.default_minutes = 60
        self.clock24 = True
        self.data = ResourceDay(date.today(), [])
        self.grid = TimeGrid(VIRTUAL_FIRST, 1)
        self.machine = DragMachine.for_grid(self.grid)
        self.conflict_check: Callable[[str, str | None, str | None, datetime, datetime],
                                      str | None] = lambda *args: None
        self.now: Callable[[], datetime] = datetime.now
        self.colours: dict[str, str] = {}
        self._tiles: list[ColumnTile] = []
        self._placed: list[PlacedTile] = []
        self._boxes: list = []
        self._more: list[MoreItem] = []
        self._ghost = Ghost()
        self._press_column: int | None = None
        self._dragged: tuple[str, int] | None = None
        self._proposal: tuple[datetime, datetime] | None = None
        self._clock = QTimer(self, interval=60_000)
        self._clock.timeout.connect(self.viewport().update)
        self._clock.start()

    # -- content ---------------------------------------------------------------------
    def show_data(self, data: ResourceDay, colours: dict[str, str]) -> None:
        self.data, self.colours = data, colours
        self.rebuild()

    def rebuild(self) -> None:
        if self.machine.state is not DragState.IDLE:
            self.cancel_drag()
        count = max(1, len(self.data.columns))
        width = max(self.viewport().width(), 200)
        column = max(MIN_COLUMN, (width - GUTTER) / count)
        self.grid = TimeGrid(VIRTUAL_FIRST, count, self.hour_height, column, GUTTER,
                             self.day_hours[0], self.day_hours[1], self.snap_minutes)
        self.machine = DragMachine.for_grid(self.grid)
        scene = self.scene()
        if self._ghost.scene() is scene:
            scene.removeItem(self._ghost)
        scene.clear()
        scene.setSceneRect(QRectF(0, 0, self.grid.width, self.grid.height))
        self._placed, overflow = place(self.grid, self.data)
        self._tiles = [self._tile(p) for p in self._placed]
        self._boxes = hit_boxes(self._placed)
        for tile in self._tiles:
            scene.addItem(tile)
        self._more = [MoreItem(o.rect, o.hidden, self._more_text(o.hidden)) for o in overflow]
        for item in self._more:
            scene.addItem(item)
        self._ghost.setVisible(False)
        scene.addItem(self._ghost)
        self.resetCachedContent()
        self.viewport().update()
        self.relaid.emit()

    def _tile(self, placed: PlacedTile) -> ColumnTile:
        session = placed.session
        base = self.colours.get(session.schedule_id, "#3a7bd5")
        blocked = "Blocked" in session.tags
        start, end = self.data.wall[session.id]
        colours = tile_colours("#b2bec3" if blocked else base, past=end <= self.now(),
                               cancelled=session.is_cancelled)
        when = time_range_text(start, end, self.clock24)
        title = self.data.labels.get(session.id, "")
        people = self.data.people.get(placed.key, "")
        tip = f"{when} {title}" + (f" (with {people})" if people else "") + \
            (", cancelled" if session.is_cancelled else "")
        return ColumnTile(placed.key, placed.rect, colours, (when, title, people),
                          blocked=blocked, cancelled=session.is_cancelled, tooltip=tip)

    def _more_text(self, hidden: tuple[str, ...]) -> str:
        names = [self.data.labels.get(key, "") for key in hidden]
        return f"{len(hidden)} more: " + ", ".join(names[:8]) + ("…" if len(names) > 8 else "")

    def tiles(self) -> list[ColumnTile]:
        return list(self._tiles)

    def more_items(self) -> list[MoreItem]:
        return list(self._more)

    def rect_of(self, session_id: str, column: int | None = None) -> QRectF | None:
        return next((t.boundingRect() for t in self._tiles if t.key[0] == session_id
                     and (column is None or t.key[1] == column)), None)

    def set_selected(self, key: str | None) -> None:
        for tile in self._tiles:
            tile.set_chosen(tile.session_id == key)

    def scroll_to_minute(self, minute: float) -> None:
        self.verticalScrollBar().setValue(int(self.grid.y_for_minute(minute)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.rebuild()

    # -- painting --------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        grid, colours = self.grid, grid_colours(self.palette())
        painter.fillRect(rect, colours.off_hours)
        for index, spans in self.data.working.items():
            for low, high in spans:
                y0 = grid.y_for_minute(max(low, grid.first_minute))
                y1 = grid.y_for_minute(min(high, grid.last_minute))
                painter.fillRect(QRectF(grid.x_for_day(index), y0, grid.column_width, y1 - y0),
                                 colours.working)
        for index, sessions in self.data.bands.items():   # whole days off: hatched
            if sessions and index < grid.day_count:
                band = QRectF(grid.x_for_day(index), 0, grid.column_width, grid.height)
                painter.fillRect(band, QBrush(colours.hour_line, Qt.BrushStyle.BDiagPattern))
        self._draw_lines(painter, rect, colours)
        self._draw_gutter(painter, rect)

    def _draw_lines(self, painter: QPainter, rect: QRectF, colours) -> None:
        grid, step = self.grid, 15 if self.hour_height >= 40 else 60
        first = int(grid.minute_for_y(rect.top()) // step * step)
        for minute in range(first, int(grid.minute_for_y(rect.bottom())) + 1, step):
            painter.setPen(colours.hour_line if minute % 60 == 0 else colours.quarter_line)
            y = grid.y_for_minute(minute)
            painter.drawLine(QPointF(grid.gutter_width, y), QPointF(grid.width, y))
        painter.setPen(QPen(colours.hour_line, 2))
        for index in range(grid.day_count + 1):
            x = grid.x_for_day(index)
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

    def _draw_gutter(self, painter: QPainter, rect: QRectF) -> None:
        grid = self.grid
        left = self.mapToScene(QPoint(0, 0)).x()    # the gutter stays put when scrolled
        painter.fillRect(QRectF(left, rect.top(), grid.gutter_width, rect.height()),
                         self.palette().window())
        painter.setPen(self.palette().placeholderText().color())
        painter.setFont(small_font())
        for hour in range(grid.day_start_hour + 1, grid.day_end_hour):
            y = grid.y_for_minute(hour * 60)
            painter.drawText(QRectF(left, y - 8, grid.gutter_width - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             time_text(datetime(2000, 1, 1, hour)))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx:
            self.resetCachedContent()     # the gutter is drawn at the left edge
            self.relaid.emit()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        now = self.now()
        if now.date() != self.data.day:
            return
        y = self.grid.y_for_time(now)
        painter.setPen(QPen(NOW_LINE, 2))
        painter.drawLine(QPointF(self.grid.gutter_width, y), QPointF(self.grid.width, y))

    # -- pointer ---------------------------------------------------------------------
    def _pointer(self, event: QMouseEvent) -> Pointer:
        point = self.mapToScene(event.position().toPoint())
        return Pointer(point.x(), point.y(), *self.grid.locate(point.x(), point.y()))

    def _column(self, pointer: Pointer) -> int:
        return (pointer.day - VIRTUAL_FIRST).days

    def _target(self, pointer: Pointer) -> DragTarget | None:
        hit = hit_test(self._boxes, pointer.x, pointer.y, edge=5.0)
        if hit is None:
            return None
        session_id, column = hit.key
        start, end = self.data.wall[session_id]
        return DragTarget(hit.key, hit.part, to_grid(start, self.data.day, column),
                          to_grid(end, self.data.day, column))

    def _more_at(self, point: QPointF) -> MoreItem | None:
        return next((m for m in self._more if m.boundingRect().contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pointer = self._pointer(event)
        if pointer.x < self.grid.gutter_width or not self.data.columns:
            return None
        more = self._more_at(QPointF(pointer.x, pointer.y))
        if more is not None:
            self.more_requested.emit(list(more.hidden), event.globalPosition().toPoint())
            return None
        target = self._target(pointer)
        self.selected.emit(target.key[0] if target else None)
        self._dragged = target.key if target else None
        self._press_column = self._column(pointer)
        self.machine.press(pointer, target)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pointer = self._pointer(event)
        if self.machine.state is DragState.IDLE:
            target = self._target(pointer)
            edge = target is not None and target.part is not Part.BODY
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if edge
                                      else Qt.CursorShape.ArrowCursor)
            return
        if self.machine.state in (DragState.RESIZING_START, DragState.RESIZING_END):
            pointer = self._in_column(pointer, self._press_column or 0)
        proposal = self.machine.move(pointer)
        if self.machine.dragging and proposal is not None and proposal != self._proposal:
            self._show_ghost(proposal, pointer, event)

    def _in_column(self, pointer: Pointer, column: int) -> Pointer:
        return Pointer(pointer.x, pointer.y, VIRTUAL_FIRST + timedelta(days=column),
                       pointer.minute)

    def _show_ghost(self, proposal: tuple[datetime, datetime], pointer: Pointer,
                    event: QMouseEvent) -> None:
        self._proposal = proposal
        column = self._drop_column(pointer)
        start, end = (from_grid(t, self.data.day, column) for t in proposal)
        segment = next(iter(self.grid.segments(*(to_grid(t, self.data.day, column)
                                                 for t in (start, end)))), None)
        if segment is None:
            return
        conflict = None
        if self._dragged is not None:
            source = self.data.columns[self._dragged[1]].key
            conflict = self.conflict_check(self._dragged[0], source,
                                           self.data.columns[column].key, start, end)
        name = self.data.columns[column].name
        label = f"{time_text(start)} – {time_text(end)}  {name}"
        self._ghost.show_at(self.grid.segment_rect(segment, min_height=8), label, conflict)
        self._fade(True)
        if conflict:
            QToolTip.showText(event.globalPosition().toPoint(), conflict, self)

    def _drop_column(self, pointer: Pointer) -> int:
        """Where a release lands: the column under the pointer for a move, else the press's."""
        if self.machine.state is DragState.MOVING:
            return max(0, min(len(self.data.columns) - 1, self._column(pointer)))
        return self._press_column or 0

    def _fade(self, faded: bool) -> None:
        for tile in self._tiles:
            if self._dragged is not None and tile.session_id == self._dragged[0]:
                tile.setOpacity(0.35 if faded else 1.0)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.machine.state is DragState.IDLE:
            return super().mouseReleaseEvent(event)
        pointer = self._pointer(event)
        if self.machine.state in (DragState.RESIZING_START, DragState.RESIZING_END):
            pointer = self._in_column(pointer, self._press_column or 0)
        column, dragged = self._drop_column(pointer), self._dragged
        result = self.machine.release(pointer)
        self._end_drag()
        if result.gesture is Gesture.CREATE and result.start is not None:
            start, end = (from_grid(t, self.data.day, column) for t in (result.start, result.end))
            self.create_requested.emit(start, end, self.data.columns[column].key)
        elif result.gesture in (Gesture.MOVE, Gesture.RESIZE) and dragged is not None:
            self._moved(dragged, column, result)
        return None

    def _moved(self, dragged: tuple[str, int], column: int, result) -> None:
        session_id, source = dragged
        if result.start is None:
            return
        start, end = (from_grid(t, self.data.day, column) for t in (result.start, result.end))
        if column == source:
            label = "Move session" if result.gesture is Gesture.MOVE else "Resize session"
            self.move_requested.emit(session_id, start, end, label)
            return
        old = self.data.wall[session_id]
        times = (None, None) if (start, end) == old else (start, end)
        self.reassign_requested.emit(session_id, self.data.columns[source].key,
                                     self.data.columns[column].key, *times)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pointer = self._pointer(event)
        target = self._target(pointer)
        if target is not None:
            self.open_requested.emit(target.key[0])
        elif pointer.x >= self.grid.gutter_width and self.data.columns:
            column = self._column(pointer)
            start = at_minute(self.data.day, self.grid.snap(pointer.minute - 29))
            self.create_requested.emit(start, start + timedelta(minutes=self.default_minutes),
                                       self.data.columns[column].key)

    def contextMenuEvent(self, event) -> None:
        point = self.mapToScene(event.pos())
        hit = hit_test(self._boxes, point.x(), point.y())
        if hit is not None:
            self.selected.emit(hit.key[0])
            self.context_requested.emit(hit.key[0], event.globalPos())

    def _end_drag(self) -> None:
        self._ghost.setVisible(False)
        self._proposal = None
        self._fade(False)
        self._dragged = None
        QToolTip.hideText()

    def cancel_drag(self) -> None:
        self.machine.cancel()
        self._end_drag()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.machine.state is not DragState.IDLE:
            self.cancel_drag()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.resetCachedContent()
            self.viewport().update()
        super().changeEvent(event)

    def column_x(self, index: int) -> float:
        """Scene x of a column's left edge (the header aligns to it)."""
        return self.grid.x_for_day(index)
