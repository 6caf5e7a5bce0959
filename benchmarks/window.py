"""Benchmark of the main window on the ten-year database (not a test; prints figures).

Measures, offscreen: launch to the first painted week; twenty week switches (median, worst);
a month switch; a drag-move from the mouse release to the repaint of the grid; switching to
the staff and rooms day view and twenty of its day switches, beside twenty day-view switches
(its peer, the same days); switching to the staff week. Each figure runs
to a synchronous repaint after the worker delivered the window, so it is what a user waits for.
The database from ``benchmarks/build_business.py`` is copied first: the drag writes to it.

    python benchmarks/window.py [database]
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QPointF, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

GOALS = {"first paint": 1000, "week median": 50, "week worst": 100, "month": 100,
         "month warm": 100, "move": 100, "staff day": 100, "staff median": 50,
         "staff worst": 100, "day median": 50, "day worst": 100, "staff week": 100}
DEFAULT_DB = ROOT / "benchmarks" / "out" / "business-seed7.sqlite3"


def database(source: Path, folder: Path) -> Path:
    if not (source.exists() and Path(f"{source}.json").exists()):
        from benchmarks.build_business import build

        build(source)
    copy = folder / "window.sqlite3"
    shutil.copyfile(source, copy)
    return copy


def settle(app: QApplication, window) -> None:
    """Until the controller has no reload due and no query running, then paint now.

    Waits in an event loop (not a busy loop, which would fight the worker for the GIL).
    """
    while window.controller.loading:
        loop = QEventLoop()
        window.controller.data_changed.connect(loop.quit)
        window.controller.load_failed.connect(loop.quit)
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    app.processEvents()
    window.views.currentWidget().repaint()
    window.views.week.grid_view.viewport().repaint()
    if window.views.currentWidget() is window.views.resources:
        window.views.resources.view.viewport().repaint()


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def launch(app: QApplication, path: Path, folder: Path):
    from benchmarks.build_business import fixed_now
    from sessions_desktop.services import open_services
    from sessions_desktop.ui.shell.main_window import MainWindow

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/date", "2026-11-23")
    started = time.perf_counter()
    services = open_services(path, now=fixed_now())
    window = MainWindow(services, settings)
    window.resize(1400, 900)
    window.show()
    settle(app, window)
    return window, services, ms(started)


def week_switches(app: QApplication, window, count: int = 20) -> list[float]:
    times = []
    for i in range(count):
        started = time.perf_counter()
        window.controller.step(1 if i < count // 2 else -1)
        settle(app, window)
        times.append(ms(started))
    return times


def linger(app: QApplication, seconds: float) -> None:
    """A user looking at the week: the idle prefetch of neighbouring periods runs."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def month_switch(app: QApplication, window, wait: float = 0.0) -> float:
    from sessions_desktop.presentation.navigation import ViewKind

    linger(app, wait)
    started = time.perf_counter()
    window.controller.set_kind(ViewKind.MONTH)
    settle(app, window)
    elapsed = ms(started)
    window.controller.set_kind(ViewKind.WEEK)
    settle(app, window)
    return elapsed


def drag_move(app: QApplication, window) -> float:
    """Press and move on a single session, then time release -> written -> reloaded -> painted."""
    from tests.ui.helpers import drag, release, scene_to_view

    view = window.views.week.grid_view
    window.actions_.confirm = lambda title, text: True
    window.actions_.ask_scope = lambda verb: "THIS"
    tile = next(t for t in view.tiles() if window.controller.find(t.key)
                and not window.controller.find(t.key).is_instance)
    rect = tile.boundingRect()
    view.scroll_to_minute(max(0.0, view.grid.minute_for_y(rect.top()) - 60))
    grab = scene_to_view(view, rect.center().x(), rect.center().y())
    down = QPointF(grab.x(), grab.y() + view.grid.hour_height)
    drag(view.viewport(), [grab, QPointF(grab.x(), grab.y() + 10), down], release=False)
    started = time.perf_counter()
    release(view.viewport(), down)
    settle(app, window)
    return ms(started)


def day_switches(app: QApplication, window, kind, count: int = 20) -> tuple[float, list[float]]:
    """Switch to ``kind`` (timed), then twenty day steps forward and back (each timed)."""
    from sessions_desktop.presentation.navigation import ViewKind

    started = time.perf_counter()
    window.controller.set_kind(kind)
    settle(app, window)
    switch = ms(started)
    times = []
    for i in range(count):
        started = time.perf_counter()
        window.controller.step(1 if i < count // 2 else -1)
        settle(app, window)
        times.append(ms(started))
    window.controller.set_kind(ViewKind.WEEK)
    settle(app, window)
    return switch, times


def staff_figures(app: QApplication, window) -> dict[str, float]:
    from sessions_desktop.presentation.navigation import ViewKind

    day_switch, days = day_switches(app, window, ViewKind.DAY)
    staff_switch, staff = day_switches(app, window, ViewKind.RESOURCES)
    week_switch, _weeks = day_switches(app, window, ViewKind.RESOURCE_WEEK, count=0)
    columns = len(window.views.resources.view.data.columns)
    print(f"  (staff day: {columns} columns; day view switch {day_switch:.1f} ms)")
    return {"staff day": staff_switch, "staff median": statistics.median(staff),
            "staff worst": max(staff), "day median": statistics.median(days),
            "day worst": max(days), "staff week": week_switch}


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = database(Path(argv[0]) if argv else DEFAULT_DB, folder)
        window, services, first = launch(app, path, folder)
        weeks = week_switches(app, window)
        figures = {"first paint": first, "week median": statistics.median(weeks),
                   "week worst": max(weeks), "month": month_switch(app, window),
                   "month warm": month_switch(app, window, wait=1.5),
                   "move": drag_move(app, window)}
        figures.update(staff_figures(app, window))
        window.close()
        services.close()
    print(f"window benchmark on {argv[0] if argv else DEFAULT_DB}")
    for name, value in figures.items():
        verdict = "ok" if value <= GOALS[name] else "OVER GOAL"
        print(f"  {name:<12} {value:8.1f} ms   goal <= {GOALS[name]} ms   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
