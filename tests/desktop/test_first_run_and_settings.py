"""First run (empty database, welcome, sample business, the week shows sessions) and settings
(kept in QSettings and the database, applied to the window at once)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QAction

from sessions_desktop.presentation.navigation import ViewKind
from sessions_desktop.services.backups import list_backups
from sessions_desktop.services.business import business_name
from sessions_desktop.services.sample_business import SAMPLE_NAME, load_sample_business
from sessions_desktop.ui.shell.desktop import SCHEDULE_ACTIONS
from sessions_desktop.ui.shell.preferences import load_preferences
from tests.desktop.support import NOW, open_window, wait_loaded


def test_sample_business_is_believable(empty_services):
    made = load_sample_business(empty_services)
    kinds = [s.kind for s in empty_services.schedules.by_id().values()]
    assert sum(k.value == "STAFF" for k in kinds) == 4
    assert sum(k.value == "ROOM" for k in kinds) == 2
    assert sum(k.value in ("GROUP", "INDIVIDUAL") for k in kinds) == 4
    monday = NOW.date() - timedelta(days=NOW.weekday())
    week = empty_services.queries.query_sessions(monday, monday + timedelta(days=7),
                                                 type="EVENT", fieldsets="ALL_PI", limit=500)
    assert len(week.items) >= 20
    assert any(s.participants for s in week.items)
    assert len(made.series) == 4 and business_name(empty_services) == SAMPLE_NAME


def test_first_run_welcome_then_sample_business(qtbot, empty_services, settings):
    win = open_window(qtbot, empty_services, settings)
    welcome = win.desktop.welcome
    assert welcome.isVisible()
    assert [b.text() for b in welcome.buttons.values()] == [
        "Create your first schedule", "Load a sample business", "Import .ics"]
    assert win.controller.shown() == []

    welcome.buttons["sample"].click()
    wait_loaded(qtbot, win)
    qtbot.waitUntil(lambda: len(win.controller.shown()) > 10, timeout=5000)
    assert not welcome.isVisible()
    assert win.controller.kind is ViewKind.WEEK
    assert NOW.date() in win.controller.period()
    assert win.views.week.grid_view.tiles(), "the week grid draws the sample's sessions"
    assert win.windowTitle().startswith(SAMPLE_NAME)


def test_welcome_choices_trigger_the_dialogs_by_name_or_say_what_to_do(qtbot, empty_services,
                                                                       settings):
    win = open_window(qtbot, empty_services, settings)
    triggered = []
    win.acts.import_ics = QAction("Import", win)
    win.acts.import_ics.triggered.connect(lambda: triggered.append("import"))
    win.desktop.welcome.buttons["import"].click()
    assert triggered == ["import"]
    for name in SCHEDULE_ACTIONS:          # no schedules dialog: a clear message instead
        for holder in win.desktop.action_holders():
            if isinstance(getattr(holder, name, None), QAction):
                setattr(holder, name, None)
    win.desktop.welcome.buttons["create"].click()
    assert win.informed and "schedules" in win.informed[-1][1]


def test_settings_apply_at_once_and_are_remembered(qtbot, empty_services, settings):
    load_sample_business(empty_services)
    win = open_window(qtbot, empty_services, settings)
    dialog = win.desktop.settings.settings_dialog()
    dialog.first_day.setCurrentIndex(6)           # Sunday
    dialog.visible_start.setValue(7)
    dialog.visible_end.setValue(21)
    dialog.snap.setCurrentIndex(dialog.snap.findData(30))
    dialog.duration.setValue(45)
    dialog.work_start.setValue(8)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.name.setText("Studio Nord")
    dialog.name.editingFinished.emit()
    dialog.zone.setCurrentText("America/New_York")
    wait_loaded(qtbot, win)

    grid = win.views.week.grid_view.grid
    assert win.controller.period().start.weekday() == 6
    assert (grid.day_start_hour, grid.day_end_hour, grid.snap_minutes) == (7, 21, 30)
    assert grid.days[0].weekday() == 6
    assert win.actions_.default_minutes == 45
    assert win.views.week.grid_view.default_minutes == 45
    assert win.windowTitle().startswith("Studio Nord")
    assert str(win.controller.tz) == "America/New_York"
    assert empty_services.ctx.business_zone_name == "America/New_York"
    from sessions_desktop.ui.common.palette_colours import grid_colours

    view = win.views.week.grid_view
    assert grid_colours(view.palette()).working.lightness() < 100   # the grid is dark too
    assert win.period_label.palette().windowText().color().lightness() > 150
    dialog.close()
    win.close()

    again = open_window(qtbot, empty_services, settings)
    prefs = load_preferences(settings)
    assert (prefs.first_day_of_week, prefs.visible_start, prefs.visible_end) == (6, 7, 21)
    assert (prefs.snap_minutes, prefs.session_minutes, prefs.theme) == (30, 45, "dark")
    assert prefs.work_start == 8
    grid = again.views.week.grid_view.grid
    assert (grid.day_start_hour, grid.snap_minutes, grid.days[0].weekday()) == (7, 30, 6)
    assert again.windowTitle().startswith("Studio Nord")
    # theme back to system
    again.desktop.settings.set_preferences(prefs.__class__(first_day_of_week=0))


def test_invalid_settings_are_shown_not_applied(qtbot, empty_services, settings):
    win = open_window(qtbot, empty_services, settings)
    dialog = win.desktop.settings.settings_dialog()
    dialog.visible_end.setValue(10)               # 0:00 to 10:00, applied
    dialog.visible_start.setValue(12)             # 12:00 to 10:00, refused
    assert "visible hours" in dialog.problem.text().lower()
    grid = win.views.week.grid_view.grid
    assert (grid.day_start_hour, grid.day_end_hour) == (0, 10)
    assert load_preferences(settings).visible_start == 0


def test_back_up_now_from_settings(qtbot, empty_services, settings):
    load_sample_business(empty_services)
    win = open_window(qtbot, empty_services, settings)
    dialog = win.desktop.settings.settings_dialog()
    dialog.backup.click()
    made = list_backups(empty_services.path)
    assert len(made) == 1 and made[0].reason == "manual"
    assert str(made[0].path) in dialog.status.text()
