"""Where a window step's time goes: the service read (SQL and object building, on the loader's
thread), grouping, laying out and painting (on the UI thread), per step (not a test).

    python benchmarks/window_profile.py --size 5x --what week      # back-to-back week steps
    python benchmarks/window_profile.py --size 5x --what month     # the month right after a week
    python benchmarks/window_profile.py --size 5x --what week --cprofile out.prof
    python benchmarks/window_profile.py --size 5x --what week --cpu   # phases in CPU time

Each step also prints the CPU time the whole process spent in it (both threads): on a busy
machine it moves far less than the wall-clock time, so two trees are best compared by it.
Every phase is timed by wrapping the function that does it (the wrapper adds about a
microsecond per call). ``--cprofile`` also profiles the UI thread and the loader's thread (each
its own ``cProfile.Profile``) and writes both, with the top functions printed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.build_business import PATHS, build_size  # noqa: E402
from benchmarks.window_run import launch  # noqa: E402

SPENT: dict[str, list[float]] = defaultdict(list)
CLOCK = time.perf_counter   # --cpu: each thread's own CPU time (a busy machine inflates both)
LOCK = threading.Lock()


def timed(owner, name: str, label: str) -> None:
    """Replace ``owner.name`` by a wrapper adding its time to ``SPENT[label]``."""
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        started = CLOCK()
        try:
            return original(*args, **kwargs)
        finally:
            with LOCK:
                SPENT[label].append((CLOCK() - started) * 1000)

    setattr(owner, name, wrapper)


def instrument(thread_profile: cProfile.Profile | None) -> None:
    from sessions_desktop.services import queries
    from sessions_desktop.storage import repository
    from sessions_desktop.ui.agenda import agenda_view
    from sessions_desktop.ui.grid import tile_layer, week_header, week_view
    from sessions_desktop.ui.month import month_view
    from sessions_desktop.ui.shell import collector, controller, loader, view_stack

    timed(repository.Repository, "window_rows", "sql: singles")
    timed(repository.Repository, "window_occurrences", "sql: instances")
    timed(queries.QueryService, "window_sessions", "service: window_sessions")
    timed(queries.QueryService, "month_days", "service: month_days")
    for name in ("fetch_window", "fetch_month"):
        original_fetch = getattr(loader, name)

        def fetch(*args, original=original_fetch):
            if thread_profile is not None:
                thread_profile.enable()
            try:
                return original(*args)
            finally:
                if thread_profile is not None:
                    thread_profile.disable()

        setattr(loader, name, fetch)
        timed(loader, name, f"thread: {name}")
    timed(view_stack.ViewStack, "render", "ui: render (all)")
    timed(controller, "visible_sessions", "ui: filter (visible_sessions)")
    timed(view_stack, "make_day_data", "ui: group (make_day_data)")
    timed(week_view, "build_tiles", "ui: lay out (build_tiles)")
    timed(week_header.WeekHeader, "show_grid", "ui: header show_grid")
    timed(tile_layer.TileLayer, "paint_region", "paint: tiles")
    timed(week_view.GridView, "drawBackground", "paint: grid background")
    timed(week_header.WeekHeader, "paintEvent", "paint: header")
    timed(month_view.MonthView, "show_days", "ui: month show_days")
    timed(month_view.MonthView, "paintEvent", "paint: month")
    timed(agenda_view.AgendaView, "show_sessions", "ui: agenda show_sessions")
    timed(view_stack.ViewStack, "prepare", "idle: prepare")
    timed(collector.IdleCollector, "collect_young", "gc: young")
    timed(collector.IdleCollector, "collect", "gc: full")


def run(size: str, what: str, steps: int, profile_path: Path | None) -> None:
    from sessions_desktop.presentation.navigation import ViewKind

    thread_profile = cProfile.Profile() if profile_path else None
    instrument(thread_profile)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "window.sqlite3"
        shutil.copyfile(PATHS[size], path)
        window, services, driver, opened = launch(app, path, folder)
        print(f"open in process {opened:.0f} ms; week sessions {len(window.controller.shown())}")
        main_profile = cProfile.Profile() if profile_path else None
        walls, cpus = [], []
        for index in range(steps):
            SPENT.clear()
            cpu = time.process_time()
            if main_profile:
                main_profile.enable()
            if what == "week":
                wall = driver.timed(lambda: window.controller.step(-1))
            elif what in ("day", "staff day", "agenda"):
                if index == 0:
                    kind = {"day": ViewKind.DAY, "staff day": ViewKind.RESOURCES,
                            "agenda": ViewKind.AGENDA}[what]
                    wall = driver.switch(kind, 0.0)
                else:
                    wall = driver.timed(lambda: window.controller.step(-1))
            elif what == "move":
                from benchmarks.window_run import drag_move

                wall = drag_move(driver)
            else:
                driver.timed(lambda: window.controller.set_kind(ViewKind.WEEK))
                driver.timed(lambda: window.controller.step(-1))
                wall = driver.switch(ViewKind.MONTH, 0.0)
            if main_profile:
                main_profile.disable()
            walls.append(wall)
            cpus.append((time.process_time() - cpu) * 1000)
            parts = ", ".join(f"{k} {sum(v):.1f}" + (f"/{len(v)}" if len(v) > 1 else "")
                              for k, v in sorted(SPENT.items()))
            print(f"step {index}: {wall:.1f} ms, CPU {cpus[-1]:.1f} ms  [{parts}]")
        print(f"median {statistics.median(walls):.1f} ms, worst {max(walls):.1f} ms; CPU of "
              f"the process (both threads) per step: median {statistics.median(cpus):.1f} ms, "
              f"worst {max(cpus):.1f} ms")
        window.close()
        services.close()
    if profile_path:
        for profile, name in ((main_profile, "ui"), (thread_profile, "thread")):
            target = profile_path.with_suffix(f".{name}.prof")
            profile.dump_stats(str(target))
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(25)
            print(f"--- {name} thread, by own time ({target})")
            print(out.getvalue()[-6000:])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(PATHS), default="1x")
    parser.add_argument("--what", choices=["week", "month", "day", "staff day", "agenda",
                                           "move"], default="week")
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--cprofile", type=Path)
    parser.add_argument("--cpu", action="store_true",
                        help="phases in CPU time of their own thread, not wall-clock time")
    options = parser.parse_args(argv)
    if options.cpu:
        global CLOCK
        CLOCK = time.thread_time
    build_size(options.size)
    run(options.size, options.what, options.steps, options.cprofile)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
