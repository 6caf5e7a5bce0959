"""Screenshots of the window for the README: week, day, month, agenda, a DST week, an empty week.

Runs offscreen on a temporary database holding the realistic business of the window tests
(with a crowded Thursday of ten overlapping assessments), and saves ``widget.grab()`` PNGs.

    python docs/make_screenshots.py [folder]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sessions_desktop.presentation.navigation import ViewKind  # noqa: E402
from sessions_desktop.services import open_services  # noqa: E402
from tests.ui.business import build_business, crowd  # noqa: E402

MONDAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
SHOTS = (("week", ViewKind.WEEK, MONDAY), ("day", ViewKind.DAY, date(2026, 11, 26)),
         ("work-week", ViewKind.WORK_WEEK, MONDAY), ("month", ViewKind.MONTH, MONDAY),
         ("agenda", ViewKind.AGENDA, MONDAY), ("week-dst-2027-03", ViewKind.WEEK,
                                               date(2027, 3, 24)))


def settle(window) -> None:
    while window.controller.loading:
        loop = QEventLoop()
        window.controller.data_changed.connect(loop.quit)
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    QApplication.processEvents()


def grab(widget, path: Path) -> None:
    """Show a dialog or window, let it lay out, and save it as a PNG."""
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))


def open_window(path: Path, folder: Path):
    from sessions_desktop.ui.shell.main_window import MainWindow

    services = open_services(path, now=lambda: NOW)
    settings = QSettings(str(folder / f"{path.stem}.ini"), QSettings.Format.IniFormat)
    settings.setValue("first_day_of_week", 0)
    window = MainWindow(services, settings)
    window.resize(1400, 900)
    window.show()
    return window, services


def shoot(window, name: str, kind: ViewKind, day: date, out: Path) -> None:
    window.controller.set_kind(kind)
    window.controller.set_anchor(day)
    settle(window)
    window.views.week.scroll_to_working_hours()
    window.grab().save(str(out / f"{name}.png"))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = open_services(folder / "studio.sqlite3", now=lambda: NOW)
        business = build_business(services, MONDAY)
        crowd(services, business.schedules["Physiotherapy"], date(2026, 11, 26))
        services.close()
        window, services = open_window(folder / "studio.sqlite3", folder)
        for name, kind, day in SHOTS:
            shoot(window, name, kind, day, out)
        window.close()
        services.close()
        with open_services(folder / "empty.sqlite3") as blank:
            blank.ctx.set_business_zone("Europe/Berlin")
        empty, services = open_window(folder / "empty.sqlite3", folder)
        shoot(empty, "week-empty", ViewKind.WEEK, MONDAY, out)
        empty.close()
        services.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
