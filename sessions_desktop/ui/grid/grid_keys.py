"""The time grid by keyboard: a slot cursor, Tab through sessions, Enter, and the preview of a
keyboard move (the shell's ``KeyboardMove`` decides and writes; the grid only shows it).

Arrows move the cursor a snap up or down and a day sideways (past the shown days the grid
asks for the neighbouring period); Tab and Shift+Tab select the next or previous session in
time order and leave the grid past the last one; Enter opens the selected session or creates
one at the cursor. The grid claims these keys before the window's shortcuts
(``ShortcutOverride``) only while it has focus, so the search box keeps its arrows.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen

from sessions_desktop.presentation.keyboard import Arrow, Slot, move_slot, slot_at, tab_target
from sessions_desktop.ui.common.accessible import announce_focus
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import time_text

ARROWS = {Qt.Key.Key_Up: Arrow.UP, Qt.Key.Key_Down: Arrow.DOWN, Qt.Key.Key_Left: Arrow.LEFT,
          Qt.Key.Key_Right: Arrow.RIGHT}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class GridKeys:
    def __init__(self, view) -> None:
        self.view = view

    # -- which keys ------------------------------------------------------------------
    def wants(self, event: QKeyEvent) -> bool:
        """Keys the grid handles itself rather than the window's shortcut of the same key."""
        return event.modifiers() in PLAIN and (event.key() in ARROWS or event.key() in ENTER)

    def key_press(self, event: QKeyEvent) -> bool:
        if not self.wants(event):
            return False
        if event.key() in ENTER:
            self._enter()
        else:
            self.move_cursor(ARROWS[Qt.Key(event.key())])
        return True

    # -- the cursor ------------------------------------------------------------------
    def ensure_cursor(self) -> Slot:
        view = self.view
        grid = view.grid
        if view.cursor is None or view.cursor.length != grid.snap_minutes:
            now = view.now()
            start = now if grid.index_for_date(now.date()) is not None else \
                datetime.combine(grid.first_day, time(9))
            view.cursor = slot_at(start, grid.snap_minutes, grid.first_minute, grid.last_minute)
        return view.cursor

    def move_cursor(self, arrow: Arrow) -> None:
        view, grid = self.view, self.view.grid
        slot = move_slot(self.ensure_cursor(), arrow, grid.first_minute, grid.last_minute)
        self.set_cursor(slot)
        if grid.index_for_date(slot.day) is None:
            view.period_needed.emit(slot.day)

    def set_cursor(self, slot: Slot, deselect: bool = True) -> None:
        view = self.view
        before, view.cursor = view.cursor, slot
        if deselect and view.chosen_key is not None:
            view.selected.emit(None)
        view.invalidate_access()
        index = view.grid.index_for_date(slot.day)
        if index is not None:
            rect = self.cursor_rect(slot, index)
            view.ensureVisible(rect, 0, int(view.grid.hour_height))
        self.update_cursor(before)
        self.update_cursor(slot)
        announce_focus(view)

    def update_cursor(self, slot: Slot | None) -> None:
        """Repaint where ``slot``'s cursor is drawn (not the whole grid)."""
        view = self.view
        index = view.grid.index_for_date(slot.day) if slot is not None else None
        if slot is not None and index is not None:
            rect = self.cursor_rect(slot, index).adjusted(-2, -2, 2, 2)
            view.viewport().update(view.mapFromScene(rect).boundingRect())

    def follow(self, key: str | None) -> None:
        """A session was selected: the cursor moves to its start, so arrows go on from it."""
        view = self.view
        if key is None or key not in view.data.wall:
            return
        grid = view.grid
        view.cursor = slot_at(view.data.wall[key][0], grid.snap_minutes, grid.first_minute,
                              grid.last_minute)

    def cursor_rect(self, slot: Slot, index: int) -> QRectF:
        grid = self.view.grid
        y = grid.y_for_minute(slot.minute)
        return QRectF(grid.x_for_day(index), y, grid.column_width,
                      grid.y_for_minute(slot.minute + slot.length) - y)

    def paint_cursor(self, painter: QPainter) -> None:
        view = self.view
        slot = view.cursor
        if slot is None or view.chosen_key is not None or not view.hasFocus():
            return
        index = view.grid.index_for_date(slot.day)
        if index is None:
            return
        accent = QColor(view.palette().highlight().color())
        fill = QColor(accent)
        fill.setAlpha(60)
        painter.setPen(QPen(accent, 2))
        painter.setBrush(fill)
        painter.drawRect(self.cursor_rect(slot, index).adjusted(1, 1, -1, -1))

    # -- Tab and Enter ---------------------------------------------------------------
    def tab(self, forward: bool) -> bool:
        """Select the next session in time order; False past the last (focus moves on)."""
        view = self.view
        ordered = sorted(((s.id, view.data.wall[s.id][0]) for s in view.data.timed),
                         key=lambda pair: (pair[1], pair[0]))
        cursor = view.cursor.start if view.cursor is not None else None
        key = tab_target(ordered, view.chosen_key, cursor, forward)
        if key is None:
            return False
        view.selected.emit(key)
        rect = view.rect_of(key)
        if rect is not None:
            view.ensureVisible(rect, 0, 24)
        return True

    def _enter(self) -> None:
        view = self.view
        if view.chosen_key is not None:
            view.open_requested.emit(view.chosen_key)
            return
        slot = self.ensure_cursor()
        view.create_requested.emit(slot.start,
                                   slot.start + timedelta(minutes=view.default_minutes))

    # -- a keyboard move, shown as a drag's ghost --------------------------------------
    def show_preview(self, key: str, start: datetime, end: datetime) -> None:
        view = self.view
        rects = [view.grid.segment_rect(s, min_height=8) for s in view.grid.segments(start, end)]
        conflict = view.conflict_check(key, start, end)
        view._ghost.set_rects(
            rects,
            translate("GridKeys", "{time_text} – {time_text2}").format(
                time_text=time_text(start), time_text2=time_text(end)
            ),
            conflict,
        )
        view._ghost.setVisible(bool(rects))
        view._fade(key, True)
        if rects:
            first = rects[0]
            view.ensureVisible(QRectF(first.x, first.y, first.width, first.height), 0, 24)

    def clear_preview(self, key: str | None) -> None:
        self.view._end_ghost(key)


class GridKeyboard:
    """The Qt event side (mixed into ``GridView``): claim the keys, Tab, focus repaint."""

    keys: GridKeys

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self.keys.wants(event):
            event.accept()       # arrows and Enter are the cursor's here, not the window's
            return True
        return super().event(event)  # type: ignore[misc]

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab: the next or previous session; past the last, the next widget."""
        if self.hasFocus() and self.keys.tab(forward):  # type: ignore[attr-defined]
            return True
        return super().focusNextPrevChild(forward)  # type: ignore[misc]

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        self.viewport().update()  # type: ignore[attr-defined]
        announce_focus(self)  # type: ignore[arg-type]

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)  # type: ignore[misc]
        self.viewport().update()  # type: ignore[attr-defined]
