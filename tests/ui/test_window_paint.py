"""Painting many items (the PySide6 6.12 / Python 3.11 crash), the loader, and write errors."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtGui import QImage, QPainter

from sessions_desktop.domain.model import Session
from sessions_desktop.errors import ConflictError
from sessions_desktop.ui.common.texts import locale_names
from sessions_desktop.ui.grid.week_layout import make_day_data
from sessions_desktop.ui.grid.week_view import GridView
from sessions_desktop.ui.month.month_view import MonthView
from sessions_desktop.ui.shell.loader import Loader
from tests.ui.conftest import MONDAY

BERLIN = "Europe/Berlin"


def many_sessions(count: int) -> list[Session]:
    start = datetime(2026, 11, 23, 6, tzinfo=UTC)
    return [Session(id=f"s{i}", schedule_id="x", time_zone=BERLIN, title=f"Session {i}",
                    start=start + timedelta(minutes=7 * i % (7 * 24 * 60)),
                    end=start + timedelta(minutes=7 * i % (7 * 24 * 60) + 45),
                    tags=("Blocked",) if i % 5 == 0 else (), capacity=10,
                    total_number_of_participants=i % 11)
            for i in range(count)]


def render(widget) -> QImage:
    return widget.grab().toImage()


def render_scene(scene) -> QImage:
    """Every item of the scene at once, not only the visible part."""
    image = QImage(int(scene.width()), int(scene.height()), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    return image


def test_grid_paints_thousands_of_tiles(qtbot):
    from zoneinfo import ZoneInfo

    view = GridView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    sessions = many_sessions(4000)
    days = tuple(MONDAY + timedelta(days=i) for i in range(7))
    view.show_data(make_day_data(days, sessions, sessions, {}, set(), ZoneInfo(BERLIN)))
    drawn = {t.key for t in view.tiles()}
    collapsed = {s.id for marker in view.markers() for s in marker.sessions}
    in_week = {s.id for s in sessions if s.start.astimezone(ZoneInfo(BERLIN)).date() in days}
    assert drawn | collapsed == in_week, "every session of the week drawn or in a +N"
    assert len(drawn) < 1000, "crowded lanes collapse instead of drawing 4,000 slivers"
    assert not render_scene(view.scene()).isNull()
    for hour_height in (24, 160, 48):
        view.set_hour_height(hour_height)
        for minute in range(0, 24 * 60, 240):
            view.scroll_to_minute(minute)
            assert not render(view).isNull()


def test_month_paints_thousands_of_chips(qtbot):
    from zoneinfo import ZoneInfo

    month = MonthView(locale_names())
    qtbot.addWidget(month)
    month.resize(1400, 1200)
    month.show_month(date(2026, 10, 26), date(2026, 11, 1), many_sessions(3000), {"x": "#123456"},
                     ZoneInfo(BERLIN), MONDAY)
    for _ in range(3):
        assert not render(month).isNull()


def test_loader_drops_stale_results(qtbot, services, business):
    loader = Loader(services, threaded=True)
    got = []
    loader.loaded.connect(lambda window, items: got.append(window))
    tz = services.ctx.business_zone
    first = datetime(2026, 11, 23, tzinfo=tz)
    windows = [(first + timedelta(weeks=i), first + timedelta(weeks=i + 1)) for i in range(5)]
    with qtbot.waitSignal(loader.loaded, timeout=5000,
                          check_params_cb=lambda window, items: window == windows[-1]):
        for window in windows:
            loader.request(*window)
    qtbot.waitUntil(lambda: not loader.busy, timeout=5000)
    assert got == [windows[-1]], "only the newest request is delivered"
    loader.shutdown()


def test_a_refused_write_is_shown_and_pushes_no_undo_step(window, services):
    def refuse():
        raise ConflictError("changed elsewhere")

    assert window.ops.run("Move session", refuse) is None
    assert window.answers.asked == ["error:changed elsewhere"]
    assert window.ops.stack.count() == 0


def test_undo_refused_after_someone_else_changed_the_session(window, services):
    from tests.ui.test_window_drag import find

    massage = find(services, "Hot stone massage")
    window.ops.call("Rename", services.sessions.update_session, massage.id, {"title": "A"})
    services.sessions.update_session(massage.id, {"title": "B"})  # another window
    window.ops.stack.undo()
    assert services.sessions.get_session(massage.id).title == "B"
    assert window.answers.asked and window.answers.asked[0].startswith("error:")


def test_the_loader_reads_on_one_connection_that_stays_open(qtbot, services, business,
                                                            monkeypatch):
    """Its reading thread keeps its database connection from one read to the next (a new
    connection per read starts with a cold cache)."""
    from sessions_desktop.ui.shell import loader as loader_module

    connections: list[int] = []
    original = loader_module.fetch_window

    def fetch(reader, start, end):
        if reader is services:   # not a window of an earlier test still reading ahead
            connections.append(id(reader.ctx.repo.database.db.connection()))
        return original(reader, start, end)

    monkeypatch.setattr(loader_module, "fetch_window", fetch)
    loader = Loader(services, threaded=True)
    tz = services.ctx.business_zone
    first = datetime(2026, 11, 23, tzinfo=tz)
    for week in range(3):
        window = (first + timedelta(weeks=week), first + timedelta(weeks=week + 1))
        with qtbot.waitSignal(loader.loaded, timeout=5000):
            loader.request(*window)
    loader.shutdown()
    assert len(connections) == 3 and len(set(connections)) == 1


def test_the_wall_clock_of_each_session_even_when_two_instants_compare_equal():
    """make_day_data converts each instant once; the two 02:30s of Berlin's autumn night
    compare equal in Python (same zone, ``fold`` ignored) but are an hour apart in UTC."""
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo(BERLIN)
    first = datetime(2026, 10, 25, 2, 30, tzinfo=berlin)
    second = first.replace(fold=1)
    assert first == second and first.astimezone(UTC) != second.astimezone(UTC)
    sessions = [Session(id=key, schedule_id="x", time_zone=BERLIN, title=key, start=start,
                        end=start + timedelta(minutes=30))
                for key, start in (("a", first), ("b", second), ("c", first))]
    days = tuple(date(2026, 10, 19) + timedelta(days=i) for i in range(7))
    data = make_day_data(days, sessions, sessions, {}, set(), UTC)
    assert data.wall["a"][0] == datetime(2026, 10, 25, 0, 30)
    assert data.wall["b"][0] == datetime(2026, 10, 25, 1, 30)
    assert data.wall["c"] == data.wall["a"]


def test_a_loader_deleted_without_a_shutdown_ends_its_thread_quietly(qtbot, services, business,
                                                                    monkeypatch):
    """A window deleted without being closed takes its loader with it: the read running
    then has no one to tell (no error on its thread), and the thread ends after it."""
    import threading

    from PySide6.QtCore import QObject
    from shiboken6 import delete

    errors: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    started, release = threading.Event(), threading.Event()
    from sessions_desktop.ui.shell import loader as loader_module

    original = loader_module.fetch_window

    def slow_fetch(services, start, end):
        started.set()
        release.wait(5)
        return original(services, start, end)

    monkeypatch.setattr(loader_module, "fetch_window", slow_fetch)
    owner = QObject()
    loader = Loader(services, owner, threaded=True)
    tz = services.ctx.business_zone
    first = datetime(2026, 11, 23, tzinfo=tz)
    loader.request(first, first + timedelta(weeks=1))
    assert started.wait(5)
    thread = loader._pool._thread
    delete(owner)   # the loader goes with it, its read still running
    release.set()
    thread.join(5)
    assert not thread.is_alive() and errors == []
