"""Screenshots of accessibility and flow: the high-contrast themes, a keyboard move in
progress, the status bar's Undo link, the one dialog of a booked class's move, Go to date
and a refusal in the form's words.

    python docs/make_access_screenshots.py [folder]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from docs.make_screenshots import MONDAY, NOW, open_window, settle  # noqa: E402
from sessions_desktop.domain.model import LinkedSchedule, Participant  # noqa: E402
from sessions_desktop.errors import ValidationError  # noqa: E402
from sessions_desktop.presentation.navigation import ViewKind  # noqa: E402
from sessions_desktop.services import open_services  # noqa: E402
from sessions_desktop.ui.shell.error_dialog import RefusalBox  # noqa: E402
from sessions_desktop.ui.shell.gesture_dialog import GestureDialog  # noqa: E402
from sessions_desktop.ui.shell.preferences import apply_theme  # noqa: E402
from tests.ui.business import build_business  # noqa: E402

ALT = Qt.KeyboardModifier.AltModifier


def themed(window, theme: str, kind: ViewKind, day: date, path: Path) -> None:
    apply_theme(theme)
    window.views.restyle()
    window.controller.set_kind(kind)
    window.controller.set_anchor(day)
    settle(window)
    window.views.week.scroll_to_working_hours()
    QApplication.processEvents()
    window.grab().save(str(path))


def select(window, title: str, day: date) -> str:
    session = next(s for s in window.controller.shown()
                   if s.title == title and s.start.astimezone(window.controller.tz).date()
                   == day)
    window.controller.select(session.id)
    QApplication.processEvents()
    return session.id


def keyboard_move(window, out: Path) -> None:
    view = window.views.week.grid_view
    window.activateWindow()
    view.setFocus()
    select(window, "Hot stone massage", MONDAY + timedelta(days=2))
    for _ in range(4):
        QTest.keyPress(view, Qt.Key.Key_Down, ALT)
        QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Down, ALT))
    QApplication.processEvents()
    window.grab().save(str(out / "keyboard-move.png"))
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Alt,
                                           Qt.KeyboardModifier.NoModifier))
    settle(window)
    bar = window.statusBar()
    bar.grab(QRect(0, 0, min(bar.width(), 900), bar.height())).save(
        str(out / "status-bar-undo.png"))


def gesture_dialog(window, services, business, out: Path) -> None:
    first = datetime.combine(MONDAY - timedelta(weeks=2), datetime.min.time())
    services.sessions.create_session({
        "schedule_id": business.schedules["Pilates"], "title": "Evening pilates",
        "start": first.replace(day=first.day + 1, hour=17),
        "end": first.replace(day=first.day + 1, hour=18), "recurrence": "FREQ=WEEKLY;BYDAY=TU",
        "participants": [Participant(name="Ada", email="ada@example.org", party_size=1),
                         Participant(name="Bo", email="bo@example.org", party_size=1)],
        "affected_schedules": [LinkedSchedule(business.schedules["Ben"])]})
    window.controller.reload()
    settle(window)
    key = select(window, "Evening pilates", MONDAY + timedelta(days=1))
    shown = []

    def capture() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, GestureDialog):
            dialog.grab().save(str(out / "one-question.png"))
            shown.append(dialog)
            dialog.reject()
        elif not shown:
            QTimer.singleShot(20, capture)

    QTimer.singleShot(20, capture)
    session = window.controller.find(key)
    window.actions_.reschedule(key, session.start + timedelta(hours=1),
                               session.end + timedelta(hours=1), "Move session")


def go_to_date(window, out: Path) -> None:
    dialog = window.flow.go_to.open(date(2026, 11, 23))
    dialog.field.setText("15 March 2027")
    dialog._from_field()
    QApplication.processEvents()
    dialog.grab().save(str(out / "go-to-date.png"))
    dialog.reject()


def refusal(window, out: Path) -> None:
    box = RefusalBox("Move session", ValidationError("must be after the start", field="end"),
                     window)
    box.show()
    QApplication.processEvents()
    box.grab().save(str(out / "refusal.png"))
    box.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = open_services(folder / "studio.sqlite3", now=lambda: NOW)
        business = build_business(services, MONDAY)
        services.close()
        window, services = open_window(folder / "studio.sqlite3", folder)
        themed(window, "high-contrast", ViewKind.WEEK, MONDAY, out / "high-contrast-week.png")
        themed(window, "high-contrast", ViewKind.MONTH, MONDAY, out / "high-contrast-month.png")
        themed(window, "high-contrast-light", ViewKind.WEEK, MONDAY,
               out / "high-contrast-light-week.png")
        apply_theme("system")
        window.views.restyle()
        keyboard_move(window, out)
        gesture_dialog(window, services, business, out)
        go_to_date(window, out)
        refusal(window, out)
        window.close()
        services.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
