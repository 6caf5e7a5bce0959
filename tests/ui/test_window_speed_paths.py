"""What makes the window fast, checked for what the user sees: a crowded day collapses into
"+N" per hour (and the hidden sessions can be reached), a prefetched week is laid out and
painted ahead and looks the same, a month asks for its days' counts, an agenda page
shows its first rows first, and the start backup runs beside the window."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu

from sessions_desktop.presentation.navigation import ViewKind
from tests.ui.conftest import MONDAY, wait_loaded
from tests.ui.helpers import click, scene_to_view

TUESDAY = MONDAY + timedelta(days=1)


def crowd(services, count: int = 30) -> list[str]:
    """``count`` overlapping appointments on Tuesday morning."""
    schedule = next(s for s in services.schedules.list_schedules() if s.name == "Physiotherapy")
    made = []
    for i in range(count):
        start = datetime(2026, 11, 24, 9, 15 * (i % 4))
        made.append(services.sessions.create_session({
            "schedule_id": schedule.id, "title": f"Crowded {i:02d}", "start": start,
            "end": start + timedelta(minutes=90)}).id)
    return made


def test_a_crowded_day_collapses_into_plus_n_per_hour(qtbot, window, services):
    made = crowd(services)
    wait_loaded(qtbot, window)
    view = window.views.week.grid_view
    drawn = {t.key for t in view.tiles()}
    hidden = {s.id for m in view.markers() for s in m.sessions}
    assert set(made) <= drawn | hidden and hidden, "every one is drawn or counted in a +N"
    assert all(t.boundingRect().width() >= 40 for t in view.tiles() if t.key in made), \
        "no bare slivers: the lanes that are drawn can be read"
    marker = view.markers()[0]
    assert marker.day == 1 and 9 <= marker.hour <= 10
    assert view._layer.layout.strip > 0, "the crowded week gets its density strip"
    point = scene_to_view(view, marker.rect.x + 5, marker.rect.y + 5)
    help_event = QHelpEvent(QEvent.Type.ToolTip, point.toPoint(),
                            view.viewport().mapToGlobal(point.toPoint()))
    assert view._tooltip(marker.rect.x + 5, marker.rect.y + 5).startswith(
        f"{len(marker.sessions)} more")
    QApplication.sendEvent(view.viewport(), help_event)
    click(view.viewport(), point)
    menu = next(m for m in view.findChildren(QMenu) if m.isVisible())
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels[0] == "Show the day" and len(labels) - 1 == len(marker.sessions)
    assert sum("Crowded" in text for text in labels) >= len(marker.sessions) - 2
    opened = []
    window.views.open_requested.connect(opened.append)
    next(a for a in menu.actions() if "Crowded" in a.text()).trigger()
    assert opened and opened[0] in made and window.controller.selected == opened[0]
    menu.actions()[0].trigger()
    wait_loaded(qtbot, window)
    assert window.controller.kind is ViewKind.DAY and window.controller.anchor == TUESDAY
    day_tiles = {t.key for t in view.tiles()}
    assert len(day_tiles & set(made)) > len(drawn & set(made)), "the day shows more of them"


def test_a_prefetched_week_is_laid_out_and_painted_ahead(qtbot, window):
    view = window.views.week.grid_view
    qtbot.waitUntil(lambda: any(key[0] == MONDAY + timedelta(days=7)
                                for key in window.views._day_data), timeout=5000)
    following = next(entry[2] for key, entry in window.views._day_data.items()
                     if key[0] == MONDAY + timedelta(days=7))
    qtbot.waitUntil(lambda: any(layout.rendered is not None
                                for layout in following.layouts.values()), timeout=5000)
    window.acts.next.trigger()
    wait_loaded(qtbot, window)
    assert view.data is following, "the week prepared ahead is the one shown"
    assert view._layer.layout.rendered is not None
    ahead = view.viewport().grab().toImage()
    view._layer.layout.rendered = None
    direct = view.viewport().grab().toImage()
    assert ahead == direct, "the image made ahead looks exactly like painting the tiles"
    tile = view.tiles()[0]
    window.controller.select(tile.key)
    assert view._layer.layout.rendered is None, "a selection paints the tiles again"


def count_reads(window) -> list[tuple]:
    reads: list[tuple] = []
    queries = window.services.queries
    original = queries.window_sessions

    def counted(start, end, **kwargs):
        reads.append((start, end))
        return original(start, end, **kwargs)

    queries.window_sessions = counted
    return reads


def test_a_month_asks_for_its_days_not_for_its_sessions(qtbot, window):
    """The month shows counts and first chips: it asks ``month_days`` once for its six
    weeks and reads no week of them whole."""
    reads = count_reads(window)
    queries = window.services.queries
    asked: list[tuple] = []
    original = queries.month_days

    def counted(first, days, chips, **kwargs):
        asked.append((first, days, chips))
        return original(first, days, chips, **kwargs)

    queries.month_days = counted
    before_shown: list[int] = []
    window.controller.data_changed.connect(lambda: before_shown.append(len(reads)))
    window.controller.set_kind(ViewKind.MONTH)
    wait_loaded(qtbot, window)
    period = window.controller.period()
    weeks = {window.controller.window(period)[0] + timedelta(days=7 * i) for i in range(6)}
    # read-ahead of the week view may still run at the switch: only the month's weeks count
    assert not [r for r in reads[:before_shown[-1]] if r[0] in weeks and
                r[1] - r[0] >= timedelta(days=7)], "no week of the month is read whole"
    mine = [a for a in asked if a[0] == period.start]   # not the neighbours' prefetch
    assert mine == [(period.start, 42, window.views.month.chips_wanted())], \
        "asked once, for as many chips as its cells show"
    shown = {s.id for s in window.controller.shown()}
    assert len(shown) == len(window.controller.shown()), "sessions across weeks appear once"


def test_an_agenda_page_shows_its_first_rows_then_the_whole_page(qtbot, window,
                                                                   monkeypatch):
    import sessions_desktop.ui.shell.controller as controller_module

    monkeypatch.setattr(controller_module, "AGENDA_FIRST_ROWS", 5)
    seen: list[tuple[list, str]] = []
    window.controller.data_changed.connect(lambda: seen.append(
        (list(window.views.agenda.agenda.rows), window.count_label.text())))
    window.controller.set_kind(ViewKind.AGENDA)
    wait_loaded(qtbot, window)
    assert len(seen) == 2, "first rows, then the page"
    (first, first_label), (page, page_label) = seen
    listed = [row for row in first if not isinstance(row, date)]
    assert len(listed) == 5 and first == page[:len(first)], "the page's first rows, in order"
    assert first_label == "Loading…", "no count until the page is in"
    start, end = window.controller.window()
    assert window.controller.loaded_window == (start, end)
    ids = window.views.agenda.items_by_id()
    assert len(ids) == len(window.controller.shown()) > 5
    assert page_label == f"{len(ids):,} sessions shown"
    window.acts.next.trigger()
    wait_loaded(qtbot, window)
    assert window.views.agenda.items_by_id().keys() == {s.id for s in window.controller.shown()}


def test_first_rows_a_filter_hides_say_loading_not_empty(qtbot, window, monkeypatch):
    """The page's first rows are read before the filter is applied: when it hides all of
    them, the agenda says it is loading, not that the thirty days are empty."""
    import sessions_desktop.ui.shell.controller as controller_module

    window.controller.set_kind(ViewKind.AGENDA)
    wait_loaded(qtbot, window)
    last = window.controller.shown()[-1]
    monkeypatch.setattr(controller_module, "AGENDA_FIRST_ROWS", 1)
    window.controller.set_search(last.title)   # the page's last session, not its first
    empty_rows: list[str] = []
    window.controller.data_changed.connect(lambda: empty_rows.append(
        window.views.agenda.agenda.data(window.views.agenda.agenda.index(0, 1))
        if window.views.agenda.agenda.rows == [None] else ""))
    window.controller.loader.invalidate()      # the page is read again, first rows first
    window.controller.reload()
    wait_loaded(qtbot, window)
    assert empty_rows[0] == "Loading…", "the first rows, all filtered out"
    assert last.id in window.views.agenda.items_by_id(), "then the page, with the match"


def test_the_start_backup_runs_beside_the_window(tmp_path, monkeypatch, services, business):
    from sessions_desktop.app import backup_beside_the_window
    from sessions_desktop.services.backups import list_backups

    monkeypatch.setenv("SESSIONS_DESKTOP_BACKUPS", str(tmp_path / "backups"))
    thread = backup_beside_the_window(services)
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert [b.reason for b in list_backups(services.path, tmp_path / "backups")] == ["start"]
    assert services.schedules.by_id(), "the window's own connection is still open"


def test_the_full_collection_waits_for_a_quiet_moment(qtbot, window, monkeypatch):
    import gc

    collector = window.controller.collector
    assert not gc.isenabled(), "no automatic collection, in any thread, inside a step"
    collected = []
    monkeypatch.setattr(collector, "collect", lambda: collected.append(True))
    collector._timer.timeout.disconnect()
    collector._timer.timeout.connect(collector.collect)
    window.acts.next.trigger()
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: bool(collected), timeout=5000)


def test_the_young_collection_follows_a_shown_period(qtbot, window, monkeypatch):
    """Young generations are collected a moment after a period is shown, when the user
    reads it, not while a step is being read or laid out."""
    from sessions_desktop.ui.shell import collector as module

    collector = window.controller.collector
    monkeypatch.setattr(module, "YOUNG_MS", 0)              # due at once after a show
    monkeypatch.setattr(module, "YOUNG_MOST_MS", 10 ** 9)   # the ceiling never fires
    loading: list[bool] = []
    monkeypatch.setattr(collector, "collect_young",
                        lambda: loading.append(window.controller.loading))
    window.acts.next.trigger()
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: bool(loading), timeout=5000)
    assert not any(loading), "after the period was shown, never while one is read"


def test_stepping_on_back_to_back_collects_after_each_shown_period(qtbot, window,
                                                                    monkeypatch):
    """A window stepped through without a quiet moment collects the young generations
    right after a period is shown (a second's steps at a time), not four seconds of them
    inside one step."""
    from sessions_desktop.ui.shell import collector as module

    collector = window.controller.collector
    monkeypatch.setattr(module, "YOUNG_STEPPING_MS", 0)
    monkeypatch.setattr(module, "YOUNG_MOST_MS", 10 ** 9)
    collector._quiet.setInterval(10 ** 6)      # the user steps on before a quiet moment
    loading: list[bool] = []
    monkeypatch.setattr(collector, "collect_young",
                        lambda: loading.append(window.controller.loading))
    collector._stepping.timeout.disconnect()
    collector._stepping.timeout.connect(collector.collect_young)
    for _ in range(3):
        window.acts.next.trigger()
        wait_loaded(qtbot, window)
        QApplication.processEvents()     # the event loop comes round, as between two keys
    qtbot.waitUntil(lambda: len(loading) >= 2, timeout=5000)
    assert not any(loading), "after a period was shown, never while one is read"
    collected = len(loading)
    for _ in range(3):                   # the next step asked before the loop comes round
        window.acts.next.trigger()
        wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: len(loading) > collected, timeout=5000)
    assert not any(loading), "a collection not yet run waits for the next period shown"


def test_collection_runs_on_the_ui_thread_and_is_automatic_again_once_closed(qtbot, services,
                                                                             business,
                                                                             settings):
    """While a window is open Python collects only when the window says so, on the UI thread
    (a collection tripped in a reading thread could destroy a Qt object from there); the
    young generations still collect every second, and closing the last window gives
    collection back to Python."""
    import gc
    import threading

    from sessions_desktop.ui.shell.main_window import MainWindow

    was = gc.isenabled()   # True unless another test left a window open
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.show()
    wait_loaded(qtbot, win)
    assert not gc.isenabled()
    threads: list[str] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        qtbot.waitUntil(lambda: len(threads) >= 1, timeout=5000)
        win.acts.next.trigger()
        wait_loaded(qtbot, win)
        qtbot.waitUntil(lambda: len(threads) >= 2, timeout=5000)
    finally:
        gc.callbacks.remove(note)
    assert set(threads) == {threading.main_thread().name}
    win.quitting = True
    win.close()
    assert gc.isenabled() == was


def test_a_taller_all_day_row_lays_the_week_out_once(qtbot, window, services, monkeypatch):
    """The next week has three all-day lanes: the row above the grid grows and the grid's
    viewport gets shorter. That is a new height only, so the week is laid out once when it is
    shown (not again for the resize) and its tiles still stand at their times."""
    schedule = next(s for s in services.schedules.list_schedules() if s.name == "Physiotherapy")
    tuesday = TUESDAY + timedelta(days=7)
    for i in range(3):
        services.sessions.create_session({
            "schedule_id": schedule.id, "title": f"All day {i}", "start": tuesday,
            "end": tuesday + timedelta(days=2), "all_day": True})
    wait_loaded(qtbot, window)
    view = window.views.week.grid_view
    before = view.viewport().height()
    laid: list[object] = []      # the data each rebuild laid out (prepared weeks are not)
    original = view.rebuild
    monkeypatch.setattr(view, "rebuild", lambda: laid.append(view.data) or original())
    window.acts.next.trigger()
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: view.viewport().height() < before, timeout=5000)
    QApplication.processEvents()
    assert laid == [view.data], "shown once; a new height alone lays nothing out again"
    tile = next(t for t in view.tiles() if not t.key.startswith("All day"))
    start, _ = view.data.wall[tile.key]
    assert abs(tile.boundingRect().top() - view.grid.y_for_time(start)) < 1.5
