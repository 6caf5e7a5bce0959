"""Navigating periods and switching views in the main window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from sessions_desktop.presentation.navigation import ViewKind
from tests.ui.conftest import MONDAY, wait_loaded


def test_opens_on_the_remembered_week_with_its_sessions(window):
    assert window.controller.kind is ViewKind.WEEK
    assert window.controller.period().start == MONDAY
    assert window.period_label.text() == "23 – 29 November 2026"
    titles = {t.text.title for t in window.views.week.grid_view.tiles()}
    assert {"Morning yoga", "Pilates", "Yoga flow", "Anna: Lunch"} <= titles   # whose time off
    assert "Working hours" not in titles
    assert window.count_label.text().endswith("sessions shown")
    assert "studio.sqlite3" in window.file_label.text()


def test_next_previous_and_today(qtbot, window):
    window.acts.next.trigger()
    wait_loaded(qtbot, window)
    assert window.controller.period().start == date(2026, 11, 30)
    assert window.period_label.text() == "30 November – 6 December 2026"
    window.acts.previous.trigger()
    window.acts.previous.trigger()
    wait_loaded(qtbot, window)
    assert window.controller.period().start == date(2026, 11, 16)
    window.acts.today.trigger()
    wait_loaded(qtbot, window)
    assert window.controller.anchor == date(2026, 11, 25)


def test_switching_views_shows_each_page(qtbot, window):
    views = window.views
    expected = {ViewKind.DAY: views.week, ViewKind.WEEK: views.week,
                ViewKind.WORK_WEEK: views.week, ViewKind.MONTH: views.month,
                ViewKind.AGENDA: views.agenda}
    for kind, page in expected.items():
        window.acts.views[kind].trigger()
        wait_loaded(qtbot, window)
        assert window.controller.kind is kind
        assert views.currentWidget() is page
    assert window.views.agenda.items_by_id(), "the agenda lists the coming sessions"


def test_work_week_and_day_grids_have_their_columns(qtbot, window):
    window.acts.views[ViewKind.WORK_WEEK].trigger()
    wait_loaded(qtbot, window)
    assert window.views.week.grid_view.grid.day_count == 5
    window.acts.views[ViewKind.DAY].trigger()
    wait_loaded(qtbot, window)
    assert window.views.week.grid_view.grid.day_count == 1
    assert window.period_label.text() == "Monday 23 November 2026"


def test_month_shows_six_weeks_and_more_opens_the_day(qtbot, window, services, business):
    from tests.ui.business import crowd

    crowd(services, business.schedules["Physiotherapy"], date(2026, 11, 26))
    window.acts.views[ViewKind.MONTH].trigger()
    wait_loaded(qtbot, window)
    month = window.views.month
    assert len(month.cells) == 42
    cell = next(c for c in month.cells if c.day == date(2026, 11, 26))
    assert cell.more > 0 and cell.more_rect is not None
    from tests.ui.helpers import click

    click(month, cell.more_rect.center())
    wait_loaded(qtbot, window)
    assert window.controller.kind is ViewKind.DAY
    assert window.controller.anchor == date(2026, 11, 26)


def test_mini_month_and_day_header_navigate(qtbot, window):
    window.sidebar.mini_month.date_picked.emit(date(2027, 3, 3))
    wait_loaded(qtbot, window)
    assert window.controller.period().start == date(2027, 3, 1)
    window.views.week.header.day_clicked.emit(date(2027, 3, 4))
    wait_loaded(qtbot, window)
    assert window.controller.kind is ViewKind.DAY


def test_keys_navigate_and_switch_views(qtbot, window):
    grid = window.views.week.grid_view
    grid.setFocus()
    for code, kind in ((Qt.Key.Key_4, ViewKind.MONTH), (Qt.Key.Key_5, ViewKind.AGENDA),
                       (Qt.Key.Key_1, ViewKind.DAY), (Qt.Key.Key_2, ViewKind.WEEK)):
        qtbot.keyClick(window, code)
        assert window.controller.kind is kind
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.controller.period().start == date(2026, 11, 30)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.controller.period().start == date(2026, 11, 16)
    qtbot.keyClick(window, Qt.Key.Key_T)
    wait_loaded(qtbot, window)
    assert window.controller.anchor == date(2026, 11, 25)


def test_series_shows_in_a_week_five_years_ahead(qtbot, window):
    window.controller.set_anchor(date(2031, 11, 26))
    wait_loaded(qtbot, window)
    tiles = window.views.week.grid_view.tiles()
    titles = [t.text.title for t in tiles]
    assert titles.count("Morning yoga") == 5
    assert titles.count("Yoga flow") == 2 and titles.count("Pilates") == 2
    assert any(t.blocked for t in tiles), "blocked lunch is drawn hatched"


def test_hidden_schedule_disappears_and_comes_back(qtbot, window, business):
    items = window.sidebar.schedules.schedule_items()
    yoga = items[business.schedules["Yoga"]]
    yoga.setCheckState(0, Qt.CheckState.Unchecked)
    wait_loaded(qtbot, window)
    titles = {t.text.title for t in window.views.week.grid_view.tiles()}
    assert "Morning yoga" not in titles and "Pilates" in titles
    yoga.setCheckState(0, Qt.CheckState.Checked)
    wait_loaded(qtbot, window)
    assert "Morning yoga" in {t.text.title for t in window.views.week.grid_view.tiles()}


def test_search_box_filters_what_is_shown(window):
    window.search.setText("pilates")
    titles = {t.text.title for t in window.views.week.grid_view.tiles()}
    assert titles == {"Pilates"}
    window.search.clear()
    assert len(window.views.week.grid_view.tiles()) > 10


def test_window_remembers_view_and_date(qtbot, window, services, settings):
    from sessions_desktop.ui.shell.main_window import MainWindow

    window.acts.views[ViewKind.MONTH].trigger()
    window.controller.set_anchor(date(2027, 2, 10))
    window.close()
    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    assert again.controller.kind is ViewKind.MONTH
    assert again.controller.anchor == date(2027, 2, 10)
    again.close()


def test_ctrl_wheel_zooms_the_hour_height_and_plain_wheel_does_not(window, qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view = window.views.week.grid_view
    before = view.hour_height

    def wheel(delta: int, modifiers) -> None:
        centre = QPointF(view.viewport().width() / 2, view.viewport().height() / 2)
        event = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0),
                            QPoint(0, delta), Qt.MouseButton.NoButton, modifiers,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view.viewport(), event)

    wheel(120, Qt.KeyboardModifier.ControlModifier)
    zoomed = view.hour_height
    assert zoomed > before
    tile_heights = {round(t.boundingRect().height()) for t in view.tiles()}
    wheel(120, Qt.KeyboardModifier.NoModifier)
    assert view.hour_height == zoomed
    wheel(-120, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.hour_height - before) < 0.01
    assert tile_heights  # the zoomed grid still shows its sessions
