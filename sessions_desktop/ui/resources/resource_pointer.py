"""Pointer gestures of the resource day view, kept apart from its drawing.

A mixin of ``ResourceView``: presses, moves and releases go through the week grid's drag
machine in grid coordinates (column ``i`` is the grid's day ``i``); a release becomes a
create, move or hand-over request in real wall-clock times of the shown day. Resizing stays
in the column it started in; a move lands in the column under the pointer.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip

from sessions_desktop.presentation.hits import Part, hit_test
from sessions_desktop.presentation.interaction import DragState, Gesture, Pointer
from sessions_desktop.presentation.interaction import Target as DragTarget
from sessions_desktop.presentation.resource_layout import VIRTUAL_FIRST, from_grid, to_grid
from sessions_desktop.presentation.snapping import at_minute
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import time_text
from sessions_desktop.ui.resources.resource_items import MoreItem


class ColumnPointer:
    """Needs the view's ``grid``, ``data``, ``machine``, ``_boxes``, ``_more``, ``_tiles``,
    ``_ghost`` and its signals."""

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
        label = translate("ColumnPointer", "{time_text} – {time_text2}  {name}").format(
            time_text=time_text(start), time_text2=time_text(end), name=name
        )
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
