"""Benchmark of issue 14 part 3: what a translated text costs where the window paints many.

    python benchmarks/translations.py [--repeat N]

Per text, median of N runs of 100,000 calls each, in the same process:
- the naive way: an English f-string (what the window did before);
- ``ui.common.i18n.translate`` (``QCoreApplication.translate``) then ``str.format``, with no
  catalogue (English) and with the German one loaded;
- the Qt-free layers' hook (``presentation.i18n.translate``) routed to Qt, German loaded;
and what a month of 500 "+N more" markers adds, from the German figure.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

CALLS = 100_000


def per_call(work, repeat: int) -> float:
    """Microseconds per call, median of ``repeat`` runs."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        runs.append((time.perf_counter() - start) / CALLS * 1e6)
    return statistics.median(runs)


def main(argv: list[str]) -> int:
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 5
    app = QApplication.instance() or QApplication([])
    from sessions_desktop.presentation.i18n import translate as hook
    from sessions_desktop.ui.common import language
    from sessions_desktop.ui.common.i18n import translate

    def naive():
        more = 3
        for _ in range(CALLS):
            f"+{more} more"

    def window():
        for _ in range(CALLS):
            translate("MonthView", "+{more} more").format(more=3)

    def qt_free():
        for _ in range(CALLS):
            hook("Describe", "{count} more sessions").format(count=3)

    print(f"load average {os.getloadavg()[0]:.2f}; {CALLS:,} calls per run, median of {repeat}")
    base = per_call(naive, repeat)
    language.install("en", app, system=QLocale("en_US"))
    english = per_call(window, repeat)
    language.install("de", app, system=QLocale("en_US"))
    german = per_call(window, repeat)
    hooked = per_call(qt_free, repeat)
    language.install("system", app)
    print(f"{'English f-string (naive, before)':44} {base:6.2f} us")
    print(f"{'translate + format, no catalogue':44} {english:6.2f} us  ({english / base:.1f}x)")
    print(f"{'translate + format, German catalogue':44} {german:6.2f} us  ({german / base:.1f}x)")
    print(f"{'presentation hook + format, German':44} {hooked:6.2f} us  ({hooked / base:.1f}x)")
    print(f"a month's 500 '+N more' markers add {(german - base) * 500 / 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
