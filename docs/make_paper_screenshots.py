"""Screenshots of printing and reports for the README, made with the sample business: the print
dialog (the week; Tom's roster for tomorrow), the Reports window, and pages of the PDFs they
write (rendered with poppler's pdftoppm, which must be installed).

    python docs/make_paper_screenshots.py [folder]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "docs"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from make_screenshots import grab, settle  # noqa: E402
from PySide6.QtCore import QDate, QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sessions_desktop.services import open_services  # noqa: E402

NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)      # a Wednesday
DPI = 70


def page_png(pdf: Path, out: Path, page: int = 1) -> None:
    """One page of a PDF as a PNG, as poppler (a user's PDF reader) draws it."""
    stem = out.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", "-f", str(page),
                    "-l", str(page), str(pdf), str(stem)], check=True)


def wait(reports) -> None:
    while reports.busy or reports.report is None:
        QApplication.processEvents()


def main(argv: list[str]) -> int:
    if not shutil.which("pdftoppm"):
        print("pdftoppm (poppler-utils) is needed to draw the PDF pages")
        return 1
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    QApplication.instance() or QApplication([])
    from sessions_desktop.ui.shell.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = open_services(folder / "sessions.sqlite3", now=lambda: NOW)
        services.ctx.set_business_zone("Europe/Berlin")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("first_day_of_week", 0)
        window = MainWindow(services, settings)
        window.resize(1300, 820)
        window.show()
        window.desktop.load_sample()
        settle(window)
        shots(window, out, folder)
        window.close()
        services.close()
    return 0


def shots(window, out: Path, folder: Path) -> None:
    printing = window.printing
    dialog = printing.dialog()
    dialog.ask_path = lambda suggested: str(folder / suggested)
    grab(dialog, out / "print-week.png")
    page_png(dialog.save_pdf(), out / "paper-week.png")
    dialog.grey.setChecked(True)
    page_png(dialog.save_pdf(), out / "paper-week-grey.png")
    dialog.colour.setChecked(True)
    tomorrow = NOW.date() + timedelta(days=1)
    dialog.what.setCurrentIndex(dialog.what.findData("roster"))
    dialog.day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    dialog.who.setCurrentIndex(dialog.who.findText("Tom (physiotherapist)"))
    dialog.personal.setChecked(True)
    grab(dialog, out / "print-roster.png")
    page_png(dialog.save_pdf(), out / "paper-roster-tom.png")
    session = next(s for s in window.controller.shown() if s.title == "Evening flow")
    window.controller.select(session.id)
    dialog.what.setCurrentIndex(dialog.what.findData("class list"))
    page_png(dialog.save_pdf(), out / "paper-class-list.png")
    dialog.close()

    window.reporting.action.trigger()
    reports = window.reporting.reports_window
    reports.ask_path = lambda suggested, kinds: str(folder / suggested)
    wait(reports)
    yoga = next(a for a in reports.schedules.menu().actions() if a.text() == "Vinyasa Yoga")
    yoga.setChecked(True)
    reports.run()
    wait(reports)
    grab(reports, out / "reports-utilisation.png")
    page_png(reports.save_pdf(), out / "paper-utilisation.png")
    reports.kind.setCurrentIndex(reports.kind.findData("staff"))
    reports.run()
    wait(reports)
    grab(reports, out / "reports-staff.png")
    reports.kind.setCurrentIndex(reports.kind.findData("revenue"))
    reports.run()
    wait(reports)
    page_png(reports.save_pdf(), out / "paper-revenue.png")
    reports.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
