"""Two front desks on one PostgreSQL calendar, each a real window on its own connection:
live refresh within a second, a move at both desks at once (one is asked), and the server
stopped and started again (both say so and recover without a restart)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPointF, QSettings

from sessions_desktop.services import open_services
from sessions_desktop.ui.shell.conflicts import KEEP, RELOAD
from tests.ui.business import build_business
from tests.ui.conftest import MONDAY, NOW, wait_loaded
from tests.ui.helpers import drag, scene_to_view

LIVE_MS = 1000   # a change made at one desk shows at the other within a second


def open_desk(qtbot, url: str, folder, name: str):
    from sessions_desktop.ui.shell.main_window import MainWindow

    services = open_services(url, now=lambda: NOW)
    settings = QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat)
    settings.setValue("first_day_of_week", 0)
    settings.setValue("view/date", MONDAY.isoformat())
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    win.asked = []
    win.actions_.confirm = lambda title, text: True
    win.actions_.quick_create = lambda *args: win.asked.append("create") or None
    win.actions_.notifier.ask = lambda text: False
    win.ops.show_error = lambda label, exc: win.asked.append(f"error:{exc}")
    wait_loaded(qtbot, win)
    return win


@pytest.fixture
def desks(qtbot, pg_url, tmp_path):
    with open_services(pg_url, now=lambda: NOW) as setup:
        setup.ctx.set_business_zone("Europe/Berlin")
        business = build_business(setup, MONDAY)
    front, back = (open_desk(qtbot, pg_url, tmp_path, n) for n in ("front", "back"))
    yield front, back, business
    for win in (front, back):
        win.close()
        win.services.close()


def tile_keys(win) -> set[str]:
    return {t.key for t in win.views.week.grid_view.tiles()}


def start_of(win, session_id: str) -> datetime | None:
    found = win.controller.find(session_id)
    return found.start.astimezone(win.controller.tz).replace(tzinfo=None) if found else None


def create_at(qtbot, win, business, hour: int, title: str):
    """A new session written through the window's one door; waits until it is drawn."""
    fields = {"schedule_id": business.schedules["Massage"], "title": title,
              "start": datetime(2026, 11, 26, hour), "end": datetime(2026, 11, 26, hour + 1)}
    made = win.ops.call("New session", win.services.sessions.create_session, fields)
    if made is not None:
        qtbot.waitUntil(lambda: made.id in tile_keys(win), timeout=LIVE_MS)
    return made


def drag_to(win, session_id: str, hour: float) -> None:
    """Drag a tile (in its own day column) so that it starts at ``hour``."""
    view = win.views.week.grid_view
    rect = view.rect_of(session_id)
    assert rect is not None, "the session has a tile to drag"
    top = view.grid.y_for_minute(hour * 60)
    view.scroll_to_minute(max(0.0, min(view.grid.minute_for_y(rect.top()), hour * 60) - 60))
    x = rect.center().x()
    start = scene_to_view(view, x, rect.center().y())
    drag(view.viewport(), [start, QPointF(start.x(), start.y() + 12),
                           scene_to_view(view, x, top + rect.height() / 2)])


def test_a_session_created_at_one_desk_shows_at_the_other_within_a_second(qtbot, desks):
    front, back, business = desks
    made = create_at(qtbot, front, business, 15, "Walk-in")
    assert made is not None
    qtbot.waitUntil(lambda: made.id in tile_keys(back), timeout=LIVE_MS)
    drag_to(front, made.id, 17.0)
    qtbot.waitUntil(lambda: start_of(back, made.id) == datetime(2026, 11, 26, 17),
                    timeout=LIVE_MS)


@pytest.mark.parametrize("answer", [RELOAD, KEEP])
def test_both_desks_move_one_session_at_once_and_the_second_is_asked(qtbot, desks, answer):
    front, back, business = desks
    made = create_at(qtbot, front, business, 15, "Contested")
    qtbot.waitUntil(lambda: made.id in tile_keys(back), timeout=LIVE_MS)
    asked = []
    back.ops.on_conflict.ask = lambda conflict: asked.append(conflict) or answer
    # Both drops before either desk hears of the other's: no events are processed between.
    drag_to(front, made.id, 17.0)
    drag_to(back, made.id, 9.0)
    assert len(asked) == 1, "the second desk is asked, never silently overwritten"
    conflict = asked[0]
    assert conflict.theirs.start.astimezone(back.controller.tz).hour == 17
    assert conflict.yours.start.astimezone(back.controller.tz).hour == 15
    assert conflict.wanted["start"].astimezone(back.controller.tz).hour == 9
    expected = 9 if answer == KEEP else 17
    saved = front.services.sessions.get_session(made.id)
    assert saved.start.astimezone(back.controller.tz).hour == expected
    assert saved.version == (3 if answer == KEEP else 2)
    for win in (front, back):
        qtbot.waitUntil(lambda w=win: start_of(w, made.id) == datetime(2026, 11, 26, expected),
                        timeout=LIVE_MS * 2)


def test_the_server_stopped_and_started_again(qtbot, desks, pg_cluster):
    front, back, business = desks
    made = create_at(qtbot, front, business, 15, "Before the outage")
    qtbot.waitUntil(lambda: made.id in tile_keys(back), timeout=LIVE_MS)
    try:
        pg_cluster.stop()
        for win in (front, back):
            qtbot.waitUntil(lambda w=win: not w.live.online, timeout=5000)
            assert "Offline" in w_label(win)
            assert made.id in tile_keys(win), "the last view stays readable"
        assert create_at(qtbot, back, business, 16, "During the outage") is None
        assert "no connection to the database server" in back.asked[-1]
        front.controller.step(1)   # navigating while away: a message, not a crash
        qtbot.waitUntil(lambda: not front.controller.loading, timeout=5000)
    finally:
        pg_cluster.start()
    for win in (front, back):
        qtbot.waitUntil(lambda w=win: w.live.online, timeout=10_000)
        assert "connected" in w_label(win)
    front.controller.step(-1)
    after = create_at(qtbot, back, business, 16, "After the outage")
    assert after is not None
    qtbot.waitUntil(lambda: after.id in tile_keys(front), timeout=LIVE_MS)


def w_label(win) -> str:
    return win.live.label.text()


def test_a_window_on_a_file_notices_another_process_writing(qtbot, window, services, business):
    """SQLite: the command line (here: a second connection with its own origin) writes the
    file; the window's data_version watcher notices and shows it without a restart."""
    with open_services(services.opened_with, now=lambda: NOW) as other:
        made = other.sessions.create_session({
            "schedule_id": business.schedules["Massage"], "title": "Booked by phone",
            "start": datetime(2026, 11, 26, 15), "end": datetime(2026, 11, 26, 16)})
    qtbot.waitUntil(lambda: made.id in tile_keys(window), timeout=LIVE_MS)
    assert not window.live.label.isVisible(), "a file has no server to lose"
