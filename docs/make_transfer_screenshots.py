"""Screenshots of the import preview, the import report and the export dialog.

    python docs/make_transfer_screenshots.py [folder]      # default: docs/screenshots

Offscreen, on a temporary database with the window tests' business; the file dialogs are
answered with a sample .ics that has a to-do, a reminder and a broken event.
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
from PySide6.QtWidgets import QApplication, QFileDialog  # noqa: E402

from sessions_desktop.services import open_services  # noqa: E402
from tests.ui.business import build_business  # noqa: E402

MONDAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
SAMPLE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Other calendar//EN
X-WR-CALNAME:Yoga studio
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
UID:flow@example.com
DTSTAMP:20261101T000000Z
DTSTART;TZID=W. Europe Standard Time:20261123T180000
DTEND;TZID=W. Europe Standard Time:20261123T193000
RRULE:FREQ=WEEKLY;BYDAY=MO,WE;
SUMMARY:Evening flow
ATTACH:https://example.com/flyer.pdf
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT15M
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:flow@example.com
DTSTAMP:20261101T000000Z
RECURRENCE-ID;TZID=W. Europe Standard Time:20261125T180000
DTSTART;TZID=W. Europe Standard Time:20261125T190000
DTEND;TZID=W. Europe Standard Time:20261125T203000
SUMMARY:Evening flow (late)
END:VEVENT
BEGIN:VEVENT
UID:retreat@example.com
DTSTAMP:20261101T000000Z
DTSTART;VALUE=DATE:20261128
DTEND;VALUE=DATE:20261130
SUMMARY:Weekend retreat
END:VEVENT
BEGIN:VEVENT
UID:broken@example.com
SUMMARY:Workshop
DTSTART:2026-11-27 10:00
END:VEVENT
BEGIN:VTODO
UID:todo@example.com
SUMMARY:Order new mats
END:VTODO
END:VCALENDAR
"""


def wait_for(condition, timeout_ms: int = 15_000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20
    QApplication.processEvents()


def grab(widget, path: Path) -> None:
    widget.adjustSize()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> int:
    from sessions_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        sample = work / "yoga-studio.ics"
        sample.write_text(SAMPLE.replace("\n", "\r\n"))
        QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(sample), ""))
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(work / "x.ics"), ""))
        services = open_services(work / "studio.sqlite3", now=lambda: NOW)
        build_business(services, MONDAY)
        settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("view/date", MONDAY.isoformat())
        window = MainWindow(services, settings)
        window.resize(1280, 820)
        window.show()
        flow = window.transfer
        window.acts.import_ics.trigger()
        wait_for(lambda: flow.preview_dialog is not None and flow.preview_dialog.isVisible())
        flow.preview_dialog.partial_box.setChecked(True)
        grab(flow.preview_dialog, out / "import-preview.png")
        flow.preview_dialog.import_button.click()
        wait_for(lambda: flow.report_dialog is not None and flow.report_dialog.isVisible())
        grab(flow.report_dialog, out / "import-report.png")
        flow.report_dialog.accept()
        window.acts.export_ics.trigger()
        flow.export_dialog.chosen.setChecked(True)
        ids = [s.id for s in services.schedules.by_id().values()][:2]
        flow.export_dialog.check_schedules(ids)
        flow.export_dialog.include_pi.setChecked(True)
        grab(flow.export_dialog, out / "export.png")
        flow.export_dialog.reject()
        window.close()
        services.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
