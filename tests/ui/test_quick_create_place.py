"""The quick-create popup opens beside where the drag ended, wholly on the screen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from sessions_desktop.ui.grid.quick_create import GAP, QuickCreate, place_beside


def popup(qtbot, services) -> QuickCreate:
    schedules = services.schedules.list_schedules()
    dialog = QuickCreate(datetime(2026, 12, 2, 9), datetime(2026, 12, 2, 10), schedules, None)
    qtbot.addWidget(dialog)
    return dialog


def host(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def screen_of(window: QWidget) -> QRect:
    return window.screen().availableGeometry()


def test_right_of_the_pointer_inside_the_window(qtbot, services, business):
    window, dialog = host(qtbot), popup(qtbot, services)
    pointer = window.frameGeometry().topLeft() + QPoint(200, 300)
    place_beside(dialog, pointer, window)
    assert dialog.x() == pointer.x() + GAP
    assert dialog.y() <= pointer.y() <= dialog.y() + dialog.sizeHint().height()


def test_left_of_the_pointer_at_the_screens_right_edge(qtbot, services, business):
    window, dialog = host(qtbot), popup(qtbot, services)
    screen = screen_of(window)
    window.setGeometry(screen.right() - 900, screen.top() + 50, 880, 600)
    pointer = QPoint(screen.right() - 30, screen.top() + 300)
    place_beside(dialog, pointer, window)
    assert dialog.x() + dialog.sizeHint().width() == pointer.x() - GAP
    assert screen.contains(QRect(dialog.pos(), dialog.sizeHint()))


def test_kept_on_the_screen_near_its_bottom(qtbot, services, business):
    window, dialog = host(qtbot), popup(qtbot, services)
    screen = screen_of(window)
    window.setGeometry(screen.left(), screen.bottom() - 400, 800, 390)
    pointer = QPoint(screen.left() + 100, screen.bottom() - 20)
    place_beside(dialog, pointer, window)
    assert screen.contains(QRect(dialog.pos(), dialog.sizeHint()))


def test_a_pointer_outside_the_window_leaves_it_to_qt(qtbot, services, business):
    window, dialog = host(qtbot), popup(qtbot, services)
    before = dialog.pos()
    place_beside(dialog, window.frameGeometry().bottomRight() + QPoint(50, 50), window)
    assert dialog.pos() == before
