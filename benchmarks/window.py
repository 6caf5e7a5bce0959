"""Benchmark of the main window on the ten-year business and on five times it (not a test).

For each platform (offscreen always; xcb on a virtual X screen when Xvfb is installed) and
each business size it measures, in fresh processes:

- the start: from launching ``sessions-desktop`` to its first painted week (the app says
  ``painted`` with ``SESSIONS_DESKTOP_PAINTED_LINE=1``), the median of three starts;
- in one window (``window_run.py``): week switches back to back and at a reading pace, the
  month (cold and after a look), agenda pages, a drag-move, and the floor of the same run
  (reading the week's rows with plain SQL, painting as many tiles with bare QPainter calls).

It prints one table with the goals of issue 16, the load average before and after each run and
the date, and writes the figures to ``benchmarks/out/window-results.json``. Figures depend on
what else the machine does: compare the ratio to the floor, and run it on a quiet machine.

    python benchmarks/window.py [--size 1x|5x|both] [--platform offscreen|xcb|both]
    python benchmarks/window.py --markdown      # the last results as the README's table
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.build_business import PATHS, build_size  # noqa: E402
from benchmarks.window_run import START  # noqa: E402
from benchmarks.window_table import markdown, print_table  # noqa: E402

RESULTS = ROOT / "benchmarks" / "out" / "window-results.json"
STARTS = 3


def launcher() -> list[str]:
    script = Path(sys.executable).with_name("sessions-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "sessions_desktop"]


def time_start(database: Path, env: dict) -> float:
    """Milliseconds from launching the app on a copy of ``database`` to its painted week."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        copy = folder / "business.sqlite3"
        shutil.copyfile(database, copy)
        config = folder / "config" / "SessionsDesktop"
        config.mkdir(parents=True)
        (config / "Sessions Desktop.conf").write_text(f"[view]\ndate={START.isoformat()}\n")
        env = {**env, "XDG_CONFIG_HOME": str(folder / "config"),
               "XDG_DATA_HOME": str(folder / "data"), "XDG_STATE_HOME": str(folder / "state"),
               "SESSIONS_DESKTOP_BACKUPS": str(folder / "backups"),
               "SESSIONS_DESKTOP_PAINTED_LINE": "1"}
        started = time.perf_counter()
        app = subprocess.Popen([*launcher(), "--db", str(copy)], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert app.stdout is not None
        try:
            for line in app.stdout:
                if line.startswith("sessions-desktop: painted"):
                    return (time.perf_counter() - started) * 1000
            raise RuntimeError("the app ended before painting its first week")
        finally:
            app.terminate()
            app.wait(timeout=60)


def run_window(size: str, env: dict) -> dict:
    child = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "window_run.py"),
                            "--size", size], env=env, capture_output=True, text=True,
                           check=False)
    lines = [line for line in child.stdout.splitlines() if line.startswith("{")]
    if child.returncode != 0 or not lines:
        raise RuntimeError(f"window_run.py --size {size} failed:\n{child.stderr[-2000:]}")
    return json.loads(lines[-1])


class VirtualScreen:
    """Xvfb on a display of its own (it picks a free number and tells it through a pipe)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.display = ""

    def __enter__(self) -> VirtualScreen:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten",
             "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            self.display = ":" + pipe.readline().strip()
        return self

    def __exit__(self, *exc) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)


def measure(platform: str, sizes: list[str]) -> list[dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    results = []
    for size in sizes:
        load_before = os.getloadavg()
        starts = sorted(time_start(PATHS[size], env) for _ in range(STARTS))
        result = run_window(size, env)
        result["start"] = starts[len(starts) // 2]
        result["starts"] = starts
        result["load_before"] = load_before
        results.append(result)
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=["1x", "5x", "both"], default="both")
    parser.add_argument("--platform", choices=["offscreen", "xcb", "both"], default="both")
    parser.add_argument("--markdown", action="store_true",
                        help="print the last results as a Markdown table and stop")
    options = parser.parse_args(argv)
    if options.markdown:
        saved = json.loads(RESULTS.read_text())
        print(markdown(saved["results"], saved["date"]))
        return 0
    sizes = ["1x", "5x"] if options.size == "both" else [options.size]
    platforms = ["offscreen", "xcb"] if options.platform == "both" else [options.platform]
    for size in sizes:
        build_size(size)
    # An installed app starts from compiled bytecode; so does the measured start.
    compileall.compile_dir(str(ROOT / "sessions_desktop"), quiet=1)
    results, notes = [], []
    for platform in platforms:
        if platform == "xcb":
            if shutil.which("Xvfb") is None:
                notes.append("xcb skipped: Xvfb is not installed (apt-get install xvfb)")
                continue
            with VirtualScreen() as screen:
                os.environ["DISPLAY"] = screen.display
                results += measure("xcb", sizes)
        else:
            results += measure(platform, sizes)
    when = datetime.now().astimezone().isoformat(timespec="minutes")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"date": when, "results": results, "notes": notes}, indent=1))
    print_table(results, when, notes)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
