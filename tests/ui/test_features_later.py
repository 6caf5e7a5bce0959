"""A start shows the calendar first: the rest of the window is built right after the first
paint, and asking for any of it earlier builds it at once."""

from __future__ import annotations

from conftest import MONDAY

from sessions_desktop.ui.shell.main_window import FEATURE_PARTS, MainWindow


def later_window(qtbot, services, settings) -> MainWindow:
    settings.setValue("view/date", MONDAY.isoformat())
    win = MainWindow(services, settings, features_later=True)
    qtbot.addWidget(win)
    return win


def test_features_are_built_after_the_first_paint(qtbot, services, business, settings):
    win = later_window(qtbot, services, settings)
    told: list[MainWindow] = []
    win.when_built(told.append)
    assert not any(part in win.__dict__ for part in FEATURE_PARTS)
    assert told == []
    win.resize(1000, 700)
    win.show()
    qtbot.waitUntil(lambda: told == [win], timeout=5000)
    assert all(part in win.__dict__ for part in FEATURE_PARTS)
    assert win.controller.shown()                       # the week was loaded and painted first
    titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert "Schedules" in titles and "Tools" in titles  # the menus the features add
    win.when_built(told.append)                         # once built: at once
    assert told == [win, win]


def test_asking_for_a_feature_early_builds_them_all_once(qtbot, services, business, settings):
    win = later_window(qtbot, services, settings)
    told: list[MainWindow] = []
    win.when_built(told.append)
    dialogs = win.dialogs                               # e.g. a shortcut in the first moments
    assert all(part in win.__dict__ for part in FEATURE_PARTS)
    assert told == [win]
    win.build_features()
    assert win.dialogs is dialogs and told == [win]     # not built twice


def test_a_window_built_at_once_has_its_features(qtbot, services, business, settings):
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    assert all(part in win.__dict__ for part in FEATURE_PARTS)


def test_closing_before_the_features_exist_does_not_build_them(qtbot, services, business,
                                                                settings):
    win = later_window(qtbot, services, settings)
    win.quit()
    assert not any(part in win.__dict__ for part in FEATURE_PARTS)
    assert settings.value("view/date") == MONDAY.isoformat()     # its state was still saved
