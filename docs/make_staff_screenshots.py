"""Screenshots of staff and rooms: the resource day of the sample studio, a substitute, a day
off, a closed week, cancelled sessions, the staff week, and a crowded business (twenty
columns, 400 sessions a week).

Runs offscreen on temporary databases (the sample business of File > Load a sample business,
with a fixed "now") and saves ``widget.grab()`` PNGs.

    python docs/make_staff_screenshots.py [folder]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from docs.make_screenshots import open_window, settle  # noqa: E402
from sessions_desktop.domain.model import LinkedSchedule  # noqa: E402
from sessions_desktop.presentation.navigation import ViewKind  # noqa: E402
from sessions_desktop.services import open_services  # noqa: E402
from sessions_desktop.services.sample_business import load_sample_business  # noqa: E402

NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
MONDAY = date(2026, 11, 23)
TUESDAY, THURSDAY = MONDAY + timedelta(days=1), MONDAY + timedelta(days=3)


def show(window, kind: ViewKind, day: date, out: Path, name: str) -> None:
    window.controller.set_kind(kind)
    window.controller.set_anchor(day)
    settle(window)
    window.views.week.scroll_to_working_hours()
    window.grab().save(str(out / f"{name}.png"))


def first(services, day: date, title: str):
    """The day's first session whose title starts with ``title``."""
    start = datetime.combine(day, time())
    items = services.queries.query_sessions(start, start + timedelta(days=1), type="EVENT",
                                            limit=500).items
    return next(s for s in items if (s.title or "").startswith(title))


def studio_shots(folder: Path, out: Path) -> None:
    path = folder / "studio.sqlite3"
    with open_services(path, now=lambda: NOW) as services:
        services.ctx.set_business_zone("Europe/Berlin")
        made = load_sample_business(services)
    window, services = open_window(path, folder)
    s = made.schedules
    show(window, ViewKind.RESOURCES, TUESDAY, out, "staff-day")
    pilates = first(services, TUESDAY, "Pilates Mat")
    services.assignments.reassign(pilates.id, s["Maya (yoga teacher)"],
                                  s["Lena (Pilates teacher)"], scope="THIS")
    show(window, ViewKind.RESOURCES, TUESDAY, out, "staff-substitute")
    editor_shot(window, services, pilates.id, out)
    services.sessions.create_session({
        "schedule_id": s["Tom (physiotherapist)"], "title": "Day off", "tags": ["Blocked"],
        "start": THURSDAY, "end": THURSDAY + timedelta(days=1)})
    show(window, ViewKind.WEEK, MONDAY, out, "staff-day-off-week")
    show(window, ViewKind.RESOURCES, THURSDAY, out, "staff-day-off")
    services.sessions.delete_session(first(services, THURSDAY, "Evening flow").id)
    services.sessions.delete_session(first(services, TUESDAY, "Sports Massage").id)
    show(window, ViewKind.AGENDA, MONDAY, out, "cancelled-agenda")
    window.controller.set_kind(ViewKind.WEEK)
    window.resource_menus.show_cancelled.setChecked(True)     # View > Show cancelled sessions
    show(window, ViewKind.WEEK, MONDAY, out, "cancelled-week")
    show(window, ViewKind.RESOURCE_WEEK, MONDAY, out, "staff-week")
    closure_shots(window, services, out)
    window.close()
    services.close()


def editor_shot(window, services, session_id: str, out: Path) -> None:
    from sessions_desktop.ui.editor import SessionEditor

    session = services.sessions.get_session(session_id, "ALL_PI")
    flow = window.actions_.flow
    dialog = SessionEditor(session, flow.editor_input(session), window)
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(out / "editor-substitute.png"))
    dialog.close()


def closure_shots(window, services, out: Path) -> None:
    menus = window.resource_menus
    dialog = menus.closure_dialog()
    first_day, last_day = MONDAY + timedelta(days=28), MONDAY + timedelta(days=34)
    dialog.first.setDate(QDate(first_day.year, first_day.month, first_day.day))
    dialog.last.setDate(QDate(last_day.year, last_day.month, last_day.day))
    dialog.reason.setText("Winter break")
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(out / "close-the-business.png"))
    draft = dialog.draft()
    dialog.close()
    services.closures.close_business(draft.first, draft.last, draft.reason, draft.cancel)
    window.controller.set_kind(ViewKind.RESOURCE_WEEK)
    window.resource_menus.show_cancelled.setChecked(True)
    show(window, ViewKind.RESOURCE_WEEK, first_day, out, "staff-closed-week")


def crowded_shot(folder: Path, out: Path) -> None:
    """Twenty staff and rooms, 400 sessions in the week: still readable, '+N' where full."""
    path = folder / "crowded.sqlite3"
    rng = random.Random(3)
    with open_services(path, now=lambda: NOW) as services:
        services.ctx.set_business_zone("Europe/Berlin")
        people = [services.schedules.create_schedule({
            "name": f"{name}", "kind": "STAFF" if i < 14 else "ROOM",
            "colour": f"#{rng.randrange(0x303030, 0xc0c0c0):06x}"}).id
            for i, name in enumerate(
                ("Ada", "Ben", "Cleo", "Dan", "Eva", "Finn", "Gus", "Hana", "Ivo", "Jana",
                 "Kai", "Lu", "Mo", "Nia", "Room 1", "Room 2", "Room 3", "Room 4", "Hall",
                 "Pool"))]
        service = services.schedules.create_schedule({"name": "Session", "kind": "INDIVIDUAL",
                                                      "colour": "#2e86de"}).id
        for n in range(400):
            day = MONDAY + timedelta(days=n % 7 if n % 7 < 6 else n % 5)
            start = datetime.combine(day, time(8)) + timedelta(minutes=30 * rng.randrange(22))
            staff, room = rng.choice(people[:14]), rng.choice(people[14:])
            services.sessions.create_session({
                "schedule_id": service, "title": f"Client {n + 1}", "start": start,
                "end": start + timedelta(minutes=rng.choice((30, 45, 60, 90))),
                "affected_schedules": [LinkedSchedule(staff), LinkedSchedule(room)]})
    window, services = open_window(path, folder)
    window.resize(1600, 900)
    show(window, ViewKind.RESOURCES, TUESDAY, out, "staff-day-crowded")
    show(window, ViewKind.RESOURCE_WEEK, MONDAY, out, "staff-week-crowded")
    window.close()
    services.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        studio_shots(Path(tmp), out)
        crowded_shot(Path(tmp), out)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
