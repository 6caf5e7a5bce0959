"""One run of the window benchmark in this process, on the platform Qt was started with.

Prints one JSON object: the figures in milliseconds, what they were measured on, the floor of
the same run (``window_floor``) and the load average before and after. ``benchmarks/window.py``
runs this once per platform and business size and prints the table.

Every step is timed to the end of its paint: after the data arrives, pending events are
processed (Qt paints what changed) and, only when nothing was painted yet, the page is painted
synchronously once. Two paces are measured, because a prefetch can only help a user who looks
at a period before moving on:

- back to back: the next step as soon as the previous one is painted (nothing prefetched);
- reading pace: the next step after a short look (``READING_PAUSE_S``), as a person clicks.

    python benchmarks/window_run.py --size 1x [--profile]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPointF, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.build_business import PATHS, build_size, fixed_now  # noqa: E402

START = date(2026, 11, 16)   # the last full week of the history; steps go back from it
READING_PAUSE_S = 0.3
STEPS = 20
AGENDA_STEPS = 10


class PaintWatch(QObject):
    """Counts paint events of the pages, so a step is timed to its own paint."""

    def __init__(self, widgets) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class Driver:
    def __init__(self, app: QApplication, window) -> None:
        self.app, self.window = app, window
        views = window.views
        self.watch = PaintWatch([views.week.grid_view.viewport(), views.month,
                                 views.agenda.viewport(), views.resources.view.viewport(),
                                 views.resource_week])
        self.forced = 0

    def settle(self) -> None:
        """Until the controller has what it asked for, then until that is painted."""
        controller = self.window.controller
        while controller.loading:
            loop = QEventLoop()
            controller.data_changed.connect(loop.quit)
            controller.load_failed.connect(loop.quit)
            QTimer.singleShot(50, loop.quit)
            loop.exec()
        before = self.watch.count
        self.app.processEvents()
        if self.watch.count == before:
            self.forced += 1
            self.window.views.currentWidget().repaint()

    def timed(self, action) -> float:
        started = time.perf_counter()
        action()
        self.settle()
        return (time.perf_counter() - started) * 1000

    def linger(self, seconds: float) -> None:
        """A user looking at the period: idle work (the prefetch) runs meanwhile."""
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def steps(self, count: int, pause: float, direction: int = -1,
              first: list[float] | None = None) -> list[float]:
        """Times of ``count`` steps; ``first`` collects, per step, when its first data was
        painted (an agenda page shows its first days before the whole page is in)."""
        times = []
        for _ in range(count):
            if pause:
                self.linger(pause)
            marks: list[float] = []
            started = time.perf_counter()

            def painted(marks: list[float] = marks, started: float = started) -> None:
                if not marks:
                    self.window.views.currentWidget().repaint()
                    marks.append((time.perf_counter() - started) * 1000)

            self.window.controller.data_changed.connect(painted)
            times.append(self.timed(lambda: self.window.controller.step(direction)))
            self.window.controller.data_changed.disconnect(painted)
            if first is not None:
                first.append(marks[0] if marks else times[-1])
        return times

    def switch(self, kind, pause: float) -> float:
        self.linger(pause)
        return self.timed(lambda: self.window.controller.set_kind(kind))


def launch(app: QApplication, path: Path, folder: Path):
    from sessions_desktop.services import open_services
    from sessions_desktop.ui.shell.main_window import MainWindow

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/date", START.isoformat())
    settings.setValue("first_day_of_week", 0)
    started = time.perf_counter()
    services = open_services(path, now=fixed_now())
    window = MainWindow(services, settings)
    window.resize(1400, 900)
    window.show()
    driver = Driver(app, window)
    driver.settle()
    return window, services, driver, (time.perf_counter() - started) * 1000


def answer_gesture(window) -> None:
    """Answer what a drop asks (a clash, "this, the following or all" of a series, writing
    to the participants) as a person pressing Enter would, without a dialog: a modal dialog
    on the offscreen platform waits for ever (later drags land on clashes and instances)."""
    from sessions_desktop.domain.enums import Scope
    from sessions_desktop.presentation.questions import GestureAnswer

    actions = window.actions_
    actions.confirm = lambda title, text: True
    actions.ask_scope = lambda verb: Scope.THIS
    actions.ask_together = lambda questions: GestureAnswer(
        Scope.THIS if questions.scope else None, False)


def drag_move(driver: Driver) -> float:
    """Press and move a single session an hour down; time release -> written -> repainted."""
    from tests.ui.helpers import drag, release, scene_to_view

    window = driver.window
    view = window.views.week.grid_view
    answer_gesture(window)
    tile = next(t for t in view.tiles() if window.controller.find(t.key)
                and not window.controller.find(t.key).is_instance
                and t.boundingRect().height() >= 30)
    rect = tile.boundingRect()
    view.scroll_to_minute(max(0.0, view.grid.minute_for_y(rect.top()) - 60))
    driver.settle()
    grab = scene_to_view(view, rect.center().x(), rect.center().y())
    down = QPointF(grab.x(), grab.y() + view.grid.hour_height)
    drag(view.viewport(), [grab, QPointF(grab.x(), grab.y() + 10), down], release=False)
    return driver.timed(lambda: release(view.viewport(), down))


def staff_figures(driver: Driver) -> dict:
    """The day view and the staff and rooms day view (its peer on the same days): a switch to
    each and twenty day steps back to back; then a switch to the staff week."""
    from sessions_desktop.presentation.navigation import ViewKind

    result: dict = {}
    for kind, name in ((ViewKind.DAY, "day view"), (ViewKind.RESOURCES, "staff day")):
        result[f"{name} switch"] = driver.switch(kind, 0.0)
        result[f"{name} steps"] = figures(driver.steps(STEPS, 0.0))
        driver.window.controller.set_anchor(START)
    result["staff day columns"] = len(driver.window.views.resources.view.data.columns)
    result["staff week switch"] = driver.switch(ViewKind.RESOURCE_WEEK, 0.0)
    driver.timed(lambda: driver.window.controller.set_kind(ViewKind.WEEK))
    return result


def figures(times: list[float]) -> dict:
    return {"median": statistics.median(times), "worst": max(times), "all": times}


def measure(app: QApplication, path: Path, folder: Path) -> dict:
    from sessions_desktop.presentation.navigation import ViewKind

    window, services, driver, opened = launch(app, path, folder)
    c = window.controller
    result: dict = {"open in process": opened, "week sessions": len(c.shown())}
    result["week back to back"] = figures(driver.steps(STEPS, 0.0))
    result["week reading pace"] = figures(driver.steps(STEPS, READING_PAUSE_S))
    result["month cold"] = driver.switch(ViewKind.MONTH, 0.0)
    month = c.window()   # the month shows counts: its sessions are counted at the end
    driver.timed(lambda: c.set_kind(ViewKind.WEEK))
    result["month after a look"] = driver.switch(ViewKind.MONTH, 1.5)
    result["agenda first"] = driver.switch(ViewKind.AGENDA, 0.0)
    result["agenda sessions"] = len(c.shown())
    shown: list[float] = []
    result["agenda back to back"] = figures(driver.steps(AGENDA_STEPS, 0.0, first=shown))
    result["agenda back to back, first rows"] = figures(shown)
    shown = []
    result["agenda reading pace"] = figures(driver.steps(AGENDA_STEPS, READING_PAUSE_S,
                                                         first=shown))
    result["agenda reading pace, first rows"] = figures(shown)
    c.set_anchor(START)
    driver.timed(lambda: c.set_kind(ViewKind.WEEK))
    result["move"] = drag_move(driver)
    result.update(staff_figures(driver))
    result["forced paints"] = driver.forced
    result["month sessions"] = sum(s.type.value == "EVENT"
                                   for s in services.queries.window_sessions(*month))
    window.close()
    services.close()
    return result


def service_week(path: Path) -> dict:
    """The service's week query on this business, as ``benchmarks/run.py`` times it (every
    page of ``query_sessions``, the same week again: warm) and as the window reads weeks it
    has not read before (``window_sessions``, ten other weeks of the history)."""
    from datetime import datetime

    from sessions_desktop.services import open_services

    services = open_services(path, now=fixed_now())
    tz = services.ctx.business_zone
    start = datetime.combine(START, datetime.min.time(), tz)
    end = start + timedelta(days=7)

    def every_page() -> int:
        result = services.queries.query_sessions(start, end, limit=1000)
        count = len(result.items)
        while result.has_next:
            result = services.queries.query_sessions(cursor=result.next_cursor)
            count += len(result.items)
        return count

    count = every_page()
    warm = []
    for _ in range(11):
        started = time.perf_counter()
        every_page()
        warm.append((time.perf_counter() - started) * 1000)
    other = []
    for weeks in range(60, 70):
        started = time.perf_counter()
        services.queries.window_sessions(start - timedelta(weeks=weeks),
                                         end - timedelta(weeks=weeks))
        other.append((time.perf_counter() - started) * 1000)
    services.close()
    return {"sessions": count, "warm": statistics.median(warm),
            "new week": statistics.median(other)}


def floor(path: Path, items: int) -> dict:
    from benchmarks.window_floor import paint_floor, sql_floor
    from sessions_desktop.services import open_services

    services = open_services(path, now=fixed_now())
    tz = services.ctx.business_zone
    services.close()
    from datetime import datetime

    start = datetime.combine(START, datetime.min.time(), tz)
    sql, rows = sql_floor(path, start, start + timedelta(days=7))
    return {"sql week": sql, "sql rows": rows, "paint items": items,
            "paint": paint_floor(items)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(PATHS), default="1x")
    parser.add_argument("--database", type=Path, help="another database (default: --size's)")
    options = parser.parse_args(argv)
    if options.database is None:
        build_size(options.size)
    source = options.database or PATHS[options.size]
    app = QApplication.instance() or QApplication([])
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "window.sqlite3"
        shutil.copyfile(source, path)   # the drag writes: never to the shared build
        result = measure(app, path, folder)
        result["floor"] = floor(path, result["week sessions"])
        result["service week"] = service_week(path)
    result.update(platform=app.platformName(), size=options.size, database=str(source),
                  load_before=load_before, load_after=os.getloadavg())
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
