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
from datetime import date, datetime

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from sessions_desktop.presentation.colours import tile_colours
from sessions_desktop.presentation.formatting import time_range_text
from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.interaction import DragMachine, DragState
from sessions_desktop.presentation.resource_layout import (
    VIRTUAL_FIRST,
    PlacedTile,
    ResourceDay,
    hit_boxes,
    place,
)
from sessions_desktop.ui.common.accessible import announce_focus, install_factory
from sessions_desktop.ui.common.fonts import small_font
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.palette_colours import grid_colours
from sessions_desktop.ui.common.texts import time_text
from sessions_desktop.ui.resources.resource_access import ColumnAccess
from sessions_desktop.ui.resources.resource_items import ColumnTile, Ghost, MoreItem
from sessions_desktop.ui.resources.resource_pointer import ColumnPointer

NOW_LINE = QColor("#e74c3c")
MIN_COLUMN = 100.0
GUTTER = 56.0


class ResourceView(ColumnAccess, ColumnPointer, QGraphicsView):
    create_requested = Signal(object, object, object)          # wall start, end, column key
    move_requested = Signal(str, object, object, str)          # id, wall start, end, label
    reassign_requested = Signal(str, object, object, object, object)  # id, from, to, start, end
    open_requested = Signal(str)
    selected = Signal(object)
    context_requested = Signal(str, QPoint)
    more_requested = Signal(object, QPoint)                    # hidden ids, where
    relaid = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        install_factory()           # tiles for screen readers (resource_access.py)
        super().__init__(parent)
        self.chosen_key: str | None = None
        self.schedules: dict = {}         # who and where, said to screen readers
        self.tz = None
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
        self.grid = self._grid_for()
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
        self.relaid_access()
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
        tip = (
            translate("ResourceView", "{when} {title}").format(when=when, title=title)
            + (
                translate("ResourceView", " (with {people})").format(people=people)
                if people
                else ""
            )
            + (translate("ResourceView", ", cancelled") if session.is_cancelled else "")
        )
        return ColumnTile(placed.key, placed.rect, colours, (when, title, people),
                          blocked=blocked, cancelled=session.is_cancelled, tooltip=tip)

    def _more_text(self, hidden: tuple[str, ...]) -> str:
        names = [self.data.labels.get(key, "") for key in hidden]
        return (
            translate("ResourceView", "{n_hidden} more: ").format(n_hidden=len(hidden))
            + ", ".join(names[:8])
            + ("…" if len(names) > 8 else "")
        )

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
        self.chosen_key = key if any(t.session_id == key for t in self._tiles) else None
        self.invalidate_access()
        announce_focus(self)

    def scroll_to_minute(self, minute: float) -> None:
        self.verticalScrollBar().setValue(int(self.grid.y_for_minute(minute)))

    def _grid_for(self) -> TimeGrid:
        """The grid the current width, columns and hours give."""
        count = max(1, len(self.data.columns))
        column = max(MIN_COLUMN, (max(self.viewport().width(), 200) - GUTTER) / count)
        return TimeGrid(VIRTUAL_FIRST, count, self.hour_height, column, GUTTER,
                        self.day_hours[0], self.day_hours[1], self.snap_minutes)

    def resizeEvent(self, event) -> None:
        """A new width lays the columns out again; a new height alone (the header above
        changed) changes no tile, so the scene is not rebuilt for it (as the week grid)."""
        super().resizeEvent(event)
        if self._grid_for() != self.grid:
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.resetCachedContent()
            self.viewport().update()
        super().changeEvent(event)

    def column_x(self, index: int) -> float:
        """Scene x of a column's left edge (the header aligns to it)."""
        return self.grid.x_for_day(index)
