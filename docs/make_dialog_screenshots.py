"""Screenshots of the dialogs: session editor, recurrence, schedules, working hours, slot
finder, search. Offscreen, on the realistic business of the window tests, with a long title,
many participants and an overbooked class so the awkward cases are looked at.

    python docs/make_dialog_screenshots.py [folder]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "docs"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from make_screenshots import MONDAY, NOW, grab, open_window, settle  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sessions_desktop.domain.model import Participant  # noqa: E402
from sessions_desktop.services import open_services  # noqa: E402
from sessions_desktop.ui.editor import SessionEditor  # noqa: E402
from sessions_desktop.ui.schedules.schedules_dialog import SchedulesDialog  # noqa: E402
from tests.ui.business import build_business  # noqa: E402


def shot(widget, out: Path, name: str) -> None:
    grab(widget, out / f"{name}.png")


def crowded_yoga(services, business) -> str:
    start = datetime.combine(MONDAY + timedelta(days=2), datetime.min.time())
    yoga = services.queries.query_sessions(start, start + timedelta(days=1),
                                           filter={"title": "Yoga flow"}).items[0]
    people = [Participant(f"Participant number {i + 1} with a long family name",
                          f"person{i + 1}@example.org", party_size=1 + i % 2)
              for i in range(9)]
    services.sessions.update_session(yoga.id, {
        "participants": people, "title": "Yoga flow – a very long title for the Wednesday "
        "evening class with a guest teacher from Hamburg"})
    return yoga.id


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = open_services(folder / "studio.sqlite3", now=lambda: NOW)
        business = build_business(services, MONDAY)
        yoga_id = crowded_yoga(services, business)
        services.close()
        window, services = open_window(folder / "studio.sqlite3", folder)
        settle(window)
        session = services.sessions.get_session(yoga_id, "ALL_PI")
        editor = SessionEditor(session, window.actions_.flow.editor_input(session), window)
        editor.w.participants.table.selectRow(0)
        shot(editor, out, "editor")
        editor.w.tabs.setCurrentIndex(2)
        shot(editor, out, "editor-participants")
        editor.w.tabs.setCurrentIndex(1)
        shot(editor, out, "recurrence")
        dialogs = window.dialogs
        dialog = SchedulesDialog(services, dialogs.writer, window)
        dialog.select(business.schedules["Yoga"])
        shot(dialog, out, "schedules")
        dialog.select(business.schedules["Anna"])
        shot(dialog, out, "working-hours")
        finder = dialogs.slot_finder()
        finder.target.setCurrentIndex(finder.target.findData(business.schedules["Physiotherapy"]))
        finder.find()
        shot(finder, out, "slot-finder")
        panel = dialogs.open_search("yoga")
        shot(panel, out, "search")
        window.close()
        services.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
