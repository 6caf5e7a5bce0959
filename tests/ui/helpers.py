"""Synthetic pointer and key input for window tests (qtbot drags are unreliable in Qt 6)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

LEFT = Qt.MouseButton.LeftButton


def _mouse(kind: QEvent.Type, widget: QWidget, pos: QPointF, button, buttons) -> QMouseEvent:
    return QMouseEvent(kind, pos, QPointF(widget.mapToGlobal(pos.toPoint())), button, buttons,
                       Qt.KeyboardModifier.NoModifier)


def drag(widget: QWidget, points: list[QPointF], *, release: bool = True) -> None:
    """Press at the first point, move through the rest, release at the last."""
    send = QApplication.sendEvent
    send(widget, _mouse(QEvent.Type.MouseButtonPress, widget, points[0], LEFT, LEFT))
    for point in points[1:]:
        send(widget, _mouse(QEvent.Type.MouseMove, widget, point, Qt.MouseButton.NoButton, LEFT))
    if release:
        send(widget, _mouse(QEvent.Type.MouseButtonRelease, widget, points[-1], LEFT,
                            Qt.MouseButton.NoButton))


def click(widget: QWidget, point: QPointF) -> None:
    drag(widget, [point])


def key(widget: QWidget, code: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier,
        text: str = "") -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, code, modifiers, text))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, code, modifiers, text))


def grid_point(view, day: date, hour: float, column_fraction: float = 0.5) -> QPointF:
    """Viewport position of ``hour`` o'clock on ``day`` in a GridView (scrolls there first)."""
    grid = view.grid
    index = grid.index_for_date(day)
    assert index is not None, f"{day} is not shown"
    minute = hour * 60
    view.scroll_to_minute(max(0.0, minute - 120))
    x = grid.x_for_day(index) + grid.column_width * column_fraction
    return QPointF(view.mapFromScene(QPointF(x, grid.y_for_minute(minute))))


def scene_to_view(view, x: float, y: float) -> QPointF:
    return QPointF(view.mapFromScene(QPointF(x, y)))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(hours=hour, minutes=minute)


def global_point(widget: QWidget, point: QPointF) -> QPoint:
    return widget.mapToGlobal(point.toPoint())


def release(widget: QWidget, point: QPointF) -> None:
    """Only the release of a drag started with ``drag(..., release=False)``."""
    QApplication.sendEvent(widget, _mouse(QEvent.Type.MouseButtonRelease, widget, point, LEFT,
                                          Qt.MouseButton.NoButton))


def answer_together(answers, record_tell: bool = False):
    """``SessionActions.ask_together`` answered from a test's ``Answers``: each part of the one
    dialog is recorded as the separate question it used to be ("confirm:…", "scope:Move",
    "tell:…"), so tests say which parts a gesture asked."""
    from sessions_desktop.presentation.questions import GestureAnswer

    def ask(questions):
        answers.together.append(questions)
        if questions.conflict:
            answers.asked.append(f"confirm:{questions.conflict}.\n\nSave anyway?")
            if not answers.confirm:
                return None
        scope = None
        if questions.scope:
            answers.asked.append(f"scope:{questions.verb}")
            scope = answers.scope
            if scope is None:
                return None
        if questions.recipients and record_tell:
            answers.asked.append(f"tell:{questions.tell_text}")
        return GestureAnswer(scope, bool(questions.recipients) and answers.tell)
    return ask
