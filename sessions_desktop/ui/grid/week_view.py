"""The time grid of the day, work-week and week views: a QGraphicsView over thin tile items.

The hour grid, working-hours shading and hour labels are drawn in ``drawBackground`` (cached),
the current-time line in ``drawForeground``; the scene holds two items: the ``TileLayer`` that
paints the visible tiles (and the "+N" markers of collapsed lanes, and the density strip of a
crowded period) and the drag ghost. A new period is one ``set_layout`` on the layer, never a
scene rebuilt item by item. Tooltips come from the same hit boxes the pointer uses. Pointer
events go through the Qt-free ``DragMachine``: during a drag only the ghost moves; the release
emits a request and the grid redraws later from the service broadcast, never from where the
item was dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QMenu, QToolTip, QWidget

from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.hits import Part, hit_test
from sessions_desktop.presentation.interaction import DragMachine, DragState, Gesture, Pointer
from sessions_desktop.presentation.interaction import Target as DragTarget
from sessions_desktop.presentation.keyboard import Slot, slot_at
from sessions_desktop.presentation.snapping import at_minute
from sessions_desktop.ui.common.accessible import announce_focus, forget_missing, install_factory
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.palette_colours import GridColours, grid_colours
from sessions_desktop.ui.common.texts import time_text
from sessions_desktop.ui.grid.grid_access import GridAccess
from sessions_desktop.ui.grid.grid_keys import GridKeyboard, GridKeys
from sessions_desktop.ui.grid.tile_layer import TileLayer, marker_tooltip
from sessions_desktop.ui.grid.week_items import GhostItem
from sessions_desktop.ui.grid.week_layout import (
    DayData,
    Marker,
    build_patched_tiles,
    build_tiles,
)
from sessions_desktop.ui.grid.zone_gutter import draw_hours, gutter_width, zone_name

NOW_LINE = QColor("#e74c3c")
MIN_HOUR, MAX_HOUR = 24.0, 160.0


def busiest(density: list[list[int]]) -> int:
    """The most sessions in any quarter hour (the density strip's darkest shade)."""
    return max((max(day) for day in density if day), default=0)


class GridView(GridKeyboard, GridAccess, QGraphicsView):
    create_requested = Signal(object, object)        # naive wall start, end
    move_requested = Signal(str, object, object, str)  # key, wall start, end, label
    open_requested = Signal(object)                  # key, or None for empty time
    selected = Signal(object)                        # key or None
    context_requested = Signal(str, QPoint)
    day_requested = Signal(object)                   # date: "Show the day" of a "+N"
    relaid = Signal()                                # new grid geometry
    period_needed = Signal(object)                   # date the keyboard cursor went to

    def __init__(self, parent: QWidget | None = None) -> None:
        install_factory()           # painted tiles and slots for screen readers
        super().__init__(parent)
        self.setAccessibleName(translate("GridView", "Time grid"))
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # two items
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hour_height = 48.0
        # Settings (ui/preferences.py): visible hours, snap, length of a double-click session,
        # and the hours shaded as working time when no WORKING_HOURS sessions exist.
        self.day_hours: tuple[int, int] = (0, 24)
        self.snap_minutes = 15
        self.default_minutes = 60
        self.default_working: tuple[float, float] | None = None
        self.second_zone: tzinfo | None = None     # a second column of hours (zone_gutter.py)
        self.data = DayData((date.today(),))
        self.grid = TimeGrid(date.today(), 1)
        self.machine = DragMachine.for_grid(self.grid)
        self.conflict_check: Callable[[str | None, datetime, datetime], str | None] = \
            lambda key, start, end: None
        self.now: Callable[[], datetime] = datetime.now
        self._tiles: list = []
        self._boxes: list = []
        self._background: tuple | None = None
        self._ghost = GhostItem()
        self._layer = TileLayer()
        self.scene().addItem(self._layer)
        self.scene().addItem(self._ghost)
        self._ghost.setVisible(False)
        self._proposal: tuple[datetime, datetime] | None = None
        self._dragged: str | None = None
        # Keyboard (grid_keys.py): the slot cursor, the selected session, the items told to
        # screen readers (grid_access.py, made when asked).
        self.cursor: Slot | None = None
        self.chosen_key: str | None = None
        self.keys = GridKeys(self)
        self._clock = QTimer(self, interval=60_000)
        self._clock.timeout.connect(self.viewport().update)
        self._clock.start()

    # -- content ---------------------------------------------------------------------
    def show_data(self, data: DayData) -> bool:
        """Show ``data``; True when it was patched from the week shown (``week_patch``) and
        only its touched columns were laid out and repainted."""
        base, data.base = data.base, None   # used once: the old week is not kept alive
        if base is not None and base is self.data and self._patch(data, base):
            return True
        self.data = data
        self.rebuild()
        return False

    def _patch(self, data: DayData, base: DayData) -> bool:
        """The touched days of ``data`` laid out again and only their columns repainted,
        for the same grid as shown and when no drag is under way."""
        grid = self._grid_for(data)
        if grid != self.grid or self.machine.state is not DragState.IDLE:
            return False
        layout = build_patched_tiles(grid, data, base)
        if layout is None:
            return False
        before = self._layer.layout
        self.data = data
        self._tiles, self._boxes = layout.tiles, layout.boxes
        self._layer.set_layout(layout, grid, self.palette())
        if layout.strip and busiest(before.density) != busiest(layout.density):
            self.viewport().update()   # the strip's shades are scaled to the busiest day
        else:
            for day in data.touched:
                column = QRectF(grid.x_for_day(day), 0, grid.column_width, grid.height)
                self.viewport().update(self.mapFromScene(column).boundingRect())
        self.invalidate_access()
        forget_missing(self)
        return True

    def rebuild(self) -> None:
        """New grid for the current size and data; one item per drawn part of a session."""
        if self.machine.state is not DragState.IDLE:
            self.cancel_drag()
        self.grid = self._grid_for(self.data)
        self.machine = DragMachine.for_grid(self.grid)
        self.scene().setSceneRect(QRectF(0, 0, self.grid.width, self.grid.height))
        layout = build_tiles(self.grid, self.data)
        self._tiles, self._boxes = layout.tiles, layout.boxes
        self._layer.set_layout(layout, self.grid, self.palette())
        self._ghost.setVisible(False)
        background = self._background_key()
        if background != self._background:   # most weeks shade the same hours: keep the cache
            self._background = background
            self.resetCachedContent()
        self.viewport().update()
        self.invalidate_access()
        forget_missing(self)
        self.relaid.emit()

    def _background_key(self) -> tuple:
        """What ``drawBackground`` depends on besides the palette."""
        working = self.data.working or self._default_working()
        return (replace(self.grid, first_day=date.min),
                tuple(sorted((i, tuple(s)) for i, s in working.items())),
                self.grid.index_for_date(self.now().date()),
                zone_name(self.second_zone), self.data.tz,
                self.grid.first_day if self.second_zone is not None else None)

    def _grid_for(self, data: DayData) -> TimeGrid:
        width = max(self.viewport().width(), 200)
        gutter = gutter_width(self.second_zone)
        column = max(36.0, (width - gutter) / len(data.days))
        return TimeGrid(data.days[0], len(data.days), self.hour_height, column, gutter,
                        day_start_hour=self.day_hours[0], day_end_hour=self.day_hours[1],
                        snap_minutes=self.snap_minutes)

    def prepare(self, data: DayData) -> None:
        """Lay ``data`` out for the current size ahead of time (kept on ``data``) and paint
        the part of it the view shows now, so showing it later only copies an image."""
        grid = self._grid_for(data)
        layout = build_tiles(grid, data)
        if layout.rendered is None and self.isVisible():
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            self._layer.render_ahead(layout, grid, shown, self.viewport().devicePixelRatioF())

    def set_selected(self, key: str | None) -> None:
        """Tiles repaint themselves when chosen or no longer; the slot cursor (shown only
        while nothing is selected) when it comes or goes."""
        for tile in self._tiles:
            tile.set_chosen(tile.key == key)
        chosen = key if key in self.data.wall else None
        before, self.chosen_key = self.chosen_key, chosen
        cursor = self.cursor
        self.keys.follow(self.chosen_key)
        self.invalidate_access()
        if (before is None) != (chosen is None):
            self.keys.update_cursor(cursor)
            self.keys.update_cursor(self.cursor)
        announce_focus(self)

    def tiles(self) -> list:
        """The drawn tiles (collapsed sessions have none: see ``markers``)."""
        return list(self._tiles)

    def markers(self) -> list[Marker]:
        """The "+N" markers of collapsed lanes, by day and hour."""
        return list(self._layer.layout.markers)

    def scroll_to_minute(self, minute: float) -> None:
        self.verticalScrollBar().setValue(int(self.grid.y_for_minute(minute)))

    def rect_of(self, key: str) -> QRectF | None:
        """Scene rect of the first drawn part of a session (tests, keyboard focus)."""
        return next((t.boundingRect() for t in self._tiles if t.key == key), None)

    def resizeEvent(self, event) -> None:
        """A new width lays the period out again; a new height alone (the all-day row above
        grew or shrank with the period's all-day sessions) changes no tile, so nothing is
        laid out twice for one step."""
        super().resizeEvent(event)
        if self._grid_for(self.data) != self.grid:
            self.rebuild()

    # -- painting --------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        grid = self.grid
        colours = grid_colours(self.palette())
        painter.fillRect(rect, colours.off_hours)
        for index, spans in (self.data.working or self._default_working()).items():
            for low, high in spans:
                y0, y1 = grid.y_for_minute(max(low, grid.first_minute)), grid.y_for_minute(high)
                painter.fillRect(QRectF(grid.x_for_day(index), y0, grid.column_width, y1 - y0),
                                 colours.working)
        today = grid.index_for_date(self.now().date())
        if today is not None:
            painter.fillRect(QRectF(grid.x_for_day(today), 0, grid.column_width, grid.height),
                             colours.today_tint)
        self._draw_lines(painter, rect, colours)
        self._draw_gutter(painter, rect)

    def _default_working(self) -> dict[int, list[tuple[float, float]]]:
        """Monday to Friday in the default working hours, for a business with none set."""
        if self.default_working is None:
            return {}
        return {i: [self.default_working] for i, day in enumerate(self.data.days)
                if day.weekday() < 5}

    def _draw_lines(self, painter: QPainter, rect: QRectF, colours: GridColours) -> None:
        grid, step = self.grid, 15 if self.hour_height >= 40 else 60
        first = int(grid.minute_for_y(rect.top()) // step * step)
        for minute in range(first, int(grid.minute_for_y(rect.bottom())) + 1, step):
            painter.setPen(colours.hour_line if minute % 60 == 0 else colours.quarter_line)
            y = grid.y_for_minute(minute)
            painter.drawLine(QPointF(grid.gutter_width, y), QPointF(grid.width, y))
        painter.setPen(colours.hour_line)
        for index in range(grid.day_count + 1):
            x = grid.x_for_day(index)
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

    def _draw_gutter(self, painter: QPainter, rect: QRectF) -> None:
        draw_hours(painter, self.grid, rect, self.palette(), self.data.tz, self.second_zone)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        self.keys.paint_cursor(painter)
        now = self.now()
        index = self.grid.index_for_date(now.date())
        if index is None:
            return
        y, x = self.grid.y_for_time(now), self.grid.x_for_day(index)
        painter.setPen(QPen(NOW_LINE, 2))
        painter.drawLine(QPointF(x, y), QPointF(x + self.grid.column_width, y))
        painter.setBrush(NOW_LINE)
        painter.drawEllipse(QPointF(x, y), 4, 4)

    # -- pointer ---------------------------------------------------------------------
    def _pointer(self, event: QMouseEvent) -> Pointer:
        point = self.mapToScene(event.position().toPoint())
        return Pointer(point.x(), point.y(), *self.grid.locate(point.x(), point.y()))

    def _target(self, pointer: Pointer) -> DragTarget | None:
        hit = hit_test(self._boxes, pointer.x, pointer.y, edge=5.0)
        if hit is None:
            return None
        start, end = self.data.wall[hit.key]
        return DragTarget(hit.key, hit.part, start, end)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pointer = self._pointer(event)
        if pointer.x < self.grid.gutter_width:
            return None
        marker = self._layer.marker_at(pointer.x, pointer.y)
        if marker is not None:
            self._overflow_menu(marker, event.globalPosition().toPoint())
            return None
        target = self._target(pointer)
        self.selected.emit(target.key if target else None)
        if target is None:       # empty time: the keyboard cursor goes there
            self.keys.set_cursor(slot_at(at_minute(pointer.day, pointer.minute),
                                         self.grid.snap_minutes, self.grid.first_minute,
                                         self.grid.last_minute), deselect=False)
        self._dragged = str(target.key) if target else None
        self.machine.press(pointer, target)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pointer = self._pointer(event)
        if self.machine.state is DragState.IDLE:
            self._hover(pointer)
            return
        proposal = self.machine.move(pointer)
        if self.machine.dragging and proposal is not None and proposal != self._proposal:
            self._show_ghost(proposal, event)

    def _overflow_menu(self, marker: Marker, where: QPoint) -> None:
        """A "+N": the day, or one of the sessions hidden there, chosen from a list."""
        menu = QMenu(self)
        day = self.grid.date_for_index(marker.day)
        menu.addAction(translate("GridView", "Show the day")).triggered.connect(
            lambda: self.day_requested.emit(day)
        )
        menu.addSeparator()
        for session in sorted(marker.sessions, key=lambda s: (s.start, s.id)):
            start = self.data.wall.get(session.id, (session.start,))[0]
            action = menu.addAction(
                translate("GridView", "{time_text}  {value}").format(
                    time_text=time_text(start), value=session.title or "(no title)"
                )
            )
            action.triggered.connect(lambda _=False, key=session.id: self._open_hidden(key))
        menu.popup(where)

    def _open_hidden(self, key: str) -> None:
        self.selected.emit(key)
        self.open_requested.emit(key)

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips from the layout: a tile's text, a "+N"'s sessions, the strip's count."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = self.mapToScene(event.pos())
            text = self._tooltip(point.x(), point.y())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _tooltip(self, x: float, y: float) -> str | None:
        marker = self._layer.marker_at(x, y)
        if marker is not None:
            return marker_tooltip(marker, self.data.tz)
        hit = hit_test(self._boxes, x, y)
        if hit is not None:
            tile = next((t for t in self._tiles if t.key == hit.key), None)
            return tile.text.line() if tile is not None else None
        found = self._layer.strip_count_at(x, y)
        if found is not None:
            count, minute = found
            text = (translate("GridView", "1 session at {time_text}") if count == 1
                    else translate("GridView", "{count} sessions at {time_text}"))
            return text.format(count=count,
                time_text=time_text(datetime(2000, 1, 1, minute // 60, minute % 60)),
            )
        return None

    def _hover(self, pointer: Pointer) -> None:
        target = self._target(pointer)
        edge = target is not None and target.part is not Part.BODY
        self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if edge
                                  else Qt.CursorShape.ArrowCursor)

    def _show_ghost(self, proposal: tuple[datetime, datetime], event: QMouseEvent) -> None:
        self._proposal = proposal
        key = self._drag_key()
        rects = [self.grid.segment_rect(s, min_height=8) for s in self.grid.segments(*proposal)]
        conflict = self.conflict_check(key, *proposal)
        label = translate("GridView", "{time_text} – {time_text2}").format(
            time_text=time_text(proposal[0]), time_text2=time_text(proposal[1])
        )
        self._ghost.set_rects(rects, label, conflict)
        self._ghost.setVisible(True)
        self._fade(key, True)
        if conflict:
            QToolTip.showText(event.globalPosition().toPoint(), conflict, self)

    def _drag_key(self) -> str | None:
        return self._dragged

    def _fade(self, key: str | None, faded: bool) -> None:
        for tile in self._tiles:
            if tile.key == key:
                tile.setOpacity(0.35 if faded else 1.0)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.machine.state is DragState.IDLE:
            return super().mouseReleaseEvent(event)
        key = self._drag_key()
        result = self.machine.release(self._pointer(event))
        self._end_ghost(key)
        if result.gesture is Gesture.CREATE and result.start is not None:
            self.create_requested.emit(result.start, result.end)
        elif result.changed and result.key is not None:
            label = "Move session" if result.gesture is Gesture.MOVE else "Resize session"
            self.move_requested.emit(str(result.key), result.start, result.end, label)
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pointer = self._pointer(event)
        target = self._target(pointer)
        if target is not None:
            self.open_requested.emit(target.key)
        elif pointer.x >= self.grid.gutter_width:
            start = at_minute(pointer.day, self.grid.snap(pointer.minute - 29))
            self.create_requested.emit(start, start + timedelta(minutes=self.default_minutes))

    def contextMenuEvent(self, event) -> None:
        point = self.mapToScene(event.pos())
        hit = hit_test(self._boxes, point.x(), point.y())
        if hit is not None:
            self.selected.emit(hit.key)
            self.context_requested.emit(str(hit.key), event.globalPos())

    def _end_ghost(self, key: str | None) -> None:
        self._ghost.setVisible(False)
        self._proposal = None
        self._fade(key, False)
        QToolTip.hideText()

    def cancel_drag(self) -> None:
        """Escape: the ghost goes, the tile comes back, nothing is written."""
        key = self._drag_key()
        self.machine.cancel()
        self._end_ghost(key)

    def changeEvent(self, event: QEvent) -> None:
        """A theme switch changes the palette: redraw the cached background in its colours."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._layer.set_palette(self.palette())
            self._background = None
            self.resetCachedContent()
            self.viewport().update()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.machine.state is not DragState.IDLE:
            self.cancel_drag()
            return
        if self.machine.state is DragState.IDLE and self.keys.key_press(event):
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms the hour height around the pointer's time."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return super().wheelEvent(event)
        y = self.mapToScene(event.position().toPoint()).y()
        minute = self.grid.minute_for_y(y)
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.set_hour_height(self.hour_height * factor)
        offset = event.position().y()
        self.verticalScrollBar().setValue(int(self.grid.y_for_minute(minute) - offset))
        return None

    def set_hour_height(self, height: float) -> None:
        self.hour_height = max(MIN_HOUR, min(MAX_HOUR, height))
        self.grid = replace(self.grid, hour_height=self.hour_height)
        self.rebuild()
