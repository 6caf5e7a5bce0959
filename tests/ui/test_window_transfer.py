"""File > Import .ics and File > Export .ics driven as a person would: the file dialogs answer
with a path, the preview, progress, report and export dialogs are answered on screen, and what
the services stored afterwards is checked."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QPushButton

from sessions_desktop.services import open_services
from sessions_desktop.services.transfer import import_ics
from sessions_desktop.ui.shell.loader import fetch_window
from sessions_desktop.ui.transfer.transfer_worker import Task
from tests.ui.conftest import MONDAY, NOW

WAIT = 15_000


def vevent(uid: str, start: str, minutes: int = 60, title: str = "", extra: str = "") -> str:
    begin = datetime.strptime(start, "%Y%m%dT%H%M%S")
    end = (begin + timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261101T000000Z",
             f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
             f"SUMMARY:{title or uid}"]
    lines += [line for line in extra.split("\n") if line]
    return "\r\n".join([*lines, "END:VEVENT"]) + "\r\n"


def calendar(*components: str, name: str = "Studio export") -> bytes:
    head = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
            f"X-WR-CALNAME:{name}\r\n")
    return (head + "".join(components) + "END:VCALENDAR\r\n").encode()


TODO = "BEGIN:VTODO\r\nUID:todo-1\r\nSUMMARY:Buy mats\r\nEND:VTODO\r\n"
GOOD = calendar(
    vevent("yoga-1@x", "20261124T100000", title="Yoga intro"),
    vevent("yoga-2@x", "20261125T180000", 90, "Evening flow"),
    vevent("pilates@x", "20261123T080000", 45, "Pilates", "RRULE:FREQ=DAILY;COUNT=5"),
    vevent("pilates@x", "20261125T090000", 45, "Pilates (moved)",
           "RECURRENCE-ID;TZID=Europe/Berlin:20261125T080000"),
    TODO)
BROKEN = calendar(
    vevent("ok@x", "20261126T100000", title="Readable"),
    "BEGIN:VEVENT\r\nUID:bad@x\r\nSUMMARY:No start\r\nDTSTART:not-a-date\r\nEND:VEVENT\r\n")


@pytest.fixture
def open_path(monkeypatch):
    """QFileDialog.getOpenFileName answers with the path set here."""
    chosen = {"path": ""}
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (chosen["path"], "")))
    return chosen


@pytest.fixture
def save_path(monkeypatch):
    chosen = {"path": ""}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (chosen["path"], "")))
    return chosen


def stored(services, *uids: str) -> dict:
    return services.ctx.repo.get_many(uids)


def preview(qtbot, window, open_path, path):
    open_path["path"] = str(path)
    flow = window.transfer
    flow.preview_dialog = None
    window.acts.import_ics.trigger()
    qtbot.waitUntil(lambda: flow.preview_dialog is not None
                    and flow.preview_dialog.isVisible(), timeout=WAIT)
    return flow.preview_dialog


def finish(qtbot, window):
    qtbot.waitUntil(lambda: not window.transfer.busy, timeout=WAIT)


def error_told(qtbot, window) -> list[str]:
    """The errors the window told, once the failed import's report has reached it (the task
    is marked done by its own slot, which runs before the window's)."""
    qtbot.waitUntil(lambda: any(a.startswith("error:") for a in window.answers.asked),
                    timeout=WAIT)
    return [a for a in window.answers.asked if a.startswith("error:")]


def test_import_shows_a_preview_then_imports_on_a_worker_and_reports(qtbot, window,
                                                                     open_path, tmp_path):
    path = tmp_path / "studio.ics"
    path.write_bytes(GOOD)
    dialog = preview(qtbot, window, open_path, path)
    summary = dialog.findChild(QLabel, "summary").text()
    assert "3 sessions (1 recurring, 1 changed instance); 3 new" in summary
    assert "Studio export (3)" in dialog.targets.text()
    skipped = dialog.findChild(QListWidget, "skipped")
    assert "to-dos are not sessions" in skipped.item(0).text()
    assert not dialog.partial_box.isVisibleTo(dialog)       # nothing broken: not offered
    dialog.set_schedule_name("Yoga imports")
    assert "(a new schedule)" in dialog.targets.text()
    dialog.import_button.click()
    flow = window.transfer
    qtbot.waitUntil(lambda: flow.report_dialog is not None and flow.report_dialog.isVisible(),
                    timeout=WAIT)
    report = flow.last_report
    assert (report.created, report.updated, report.instances) == (3, 0, 1)
    text = flow.report_dialog.findChild(QLabel, "summary").text()
    assert "3 sessions created, 0 updated, 1 changed instance, 1 skipped" in text
    assert "VTODO 'Buy mats' (UID todo-1)" in flow.report_dialog.skipped.item(0).text()
    rows = stored(window.services, "yoga-1@x", "yoga-2@x", "pilates@x")
    schedules = window.services.schedules.by_id()
    assert {schedules[r.schedule_id].name for r in rows.values()} == {"Yoga imports"}
    day = window.controller.day_start(MONDAY + timedelta(days=2))
    pilates = [s for s in fetch_window(window.services, day, day + timedelta(days=1))
               if s.recurring_session_id == "pilates@x"]
    assert [(s.title, s.start.hour) for s in pilates] == [("Pilates (moved)", 9)]
    assert "Yoga imports" in [s.name for s in window.controller.schedules.values()]
    flow.report_dialog.accept()


def test_undo_removes_the_whole_import_and_redo_brings_it_back(qtbot, window, open_path,
                                                               tmp_path):
    path = tmp_path / "studio.ics"
    path.write_bytes(GOOD)
    before = window.ops.stack.count()
    preview(qtbot, window, open_path, path).import_button.click()
    finish(qtbot, window)
    assert len(stored(window.services, "yoga-1@x", "yoga-2@x", "pilates@x")) == 3
    assert window.ops.stack.count() == before + 1               # one undo step
    assert window.ops.stack.undoText() == "Import studio.ics"
    window.acts.undo.trigger()
    assert stored(window.services, "yoga-1@x", "yoga-2@x", "pilates@x") == {}
    window.acts.redo.trigger()
    assert len(stored(window.services, "yoga-1@x", "yoga-2@x", "pilates@x")) == 3


def test_cancel_during_the_import_writes_nothing(qtbot, window, open_path, tmp_path,
                                                 monkeypatch):
    events = [vevent(f"bulk-{i}@x", f"202612{1 + i % 28:02d}T{8 + i % 9:02d}0000")
              for i in range(500)]
    path = tmp_path / "bulk.ics"
    path.write_bytes(calendar(*events, name="Bulk"))
    reached, go_on = threading.Event(), threading.Event()
    original = Task.progress

    def held(task, done, total):        # on the worker thread, the last batch written
        if done >= 900 and not reached.is_set():
            reached.set()
            go_on.wait(WAIT / 1000)
        return original(task, done, total)

    monkeypatch.setattr(Task, "progress", held)
    preview(qtbot, window, open_path, path).import_button.click()
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    progress = window.transfer.progress_dialog
    qtbot.waitUntil(lambda: progress.value() >= 400, timeout=WAIT)   # half written already
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    go_on.set()
    finish(qtbot, window)
    assert window.transfer.last_report is None
    assert stored(window.services, *(f"bulk-{i}@x" for i in range(500))) == {}
    assert "Bulk" not in {s.name for s in window.services.schedules.by_id().values()}
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was written."
    assert not [a for a in window.answers.asked if a.startswith("error")]


def test_a_broken_file_imports_nothing_unless_the_readable_part_is_asked_for(
        qtbot, window, open_path, tmp_path):
    path = tmp_path / "broken.ics"
    path.write_bytes(BROKEN)
    dialog = preview(qtbot, window, open_path, path)
    assert dialog.partial_box.isVisible()
    assert "1 broken part" in dialog.findChild(QLabel, "summary").text()
    dialog.import_button.click()
    finish(qtbot, window)
    errors = error_told(qtbot, window)
    assert "nothing was imported" in errors[0]
    assert stored(window.services, "ok@x", "bad@x") == {}

    dialog = preview(qtbot, window, open_path, path)
    dialog.partial_box.setChecked(True)
    dialog.import_button.click()
    finish(qtbot, window)
    assert set(stored(window.services, "ok@x", "bad@x")) == {"ok@x"}
    skipped = window.transfer.last_report.skipped
    assert [s.uid for s in skipped] == ["bad@x"] and "DTSTART" in skipped[0].reason
    assert "bad@x" in window.transfer.report_dialog.skipped.item(0).text()


@pytest.mark.parametrize("content, message", [
    (None, "cannot be read"),
    (b"hello, this is not a calendar\n", "not an iCalendar file"),
])
def test_unreadable_files_show_a_message_and_change_nothing(qtbot, window, open_path,
                                                            tmp_path, content, message):
    path = tmp_path / "input.ics"
    if content is not None:
        path.write_bytes(content)
    before = window.ops.stack.count()
    open_path["path"] = str(path)
    window.acts.import_ics.trigger()
    finish(qtbot, window)
    assert window.transfer.preview_dialog is None
    errors = [a for a in window.answers.asked if a.startswith("error:")]
    assert len(errors) == 1 and message in errors[0]
    assert window.ops.stack.count() == before


def _export(qtbot, window, save_path, path, choose) -> None:
    save_path["path"] = str(path)
    window.acts.export_ics.trigger()
    dialog = window.transfer.export_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    choose(dialog)
    dialog.working_hours.setChecked(True)      # the whole of what the schedules hold
    dialog.time_off.setChecked(True)
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: window.transfer.last_export is not None, timeout=WAIT)
    assert window.statusBar().currentMessage().startswith("Exported ")


def _sessions(services, start, end, schedule_names=None) -> set:
    names = {s.id: s.name for s in services.schedules.by_id().values()}
    return {(s.id, s.start, s.end, s.title, s.type, names[s.schedule_id])
            for s in fetch_window(services, start, end)
            if schedule_names is None or names[s.schedule_id] in schedule_names}


def _reimported(tmp_path, path):
    other = open_services(tmp_path / "empty.sqlite3", now=lambda: NOW)
    other.ctx.set_business_zone("Europe/Berlin")
    report = import_ics(other, path.read_bytes())
    assert report.created > 0 and not report.skipped
    return other


def test_export_of_a_date_range_reimports_to_the_same_sessions(qtbot, window, save_path,
                                                                tmp_path):
    path = tmp_path / "week"

    def choose(dialog):
        dialog.range.setChecked(True)
        dialog.set_range(MONDAY, MONDAY + timedelta(days=6))

    _export(qtbot, window, save_path, path, choose)
    written = tmp_path / "week.ics"              # the suffix is added
    assert written.read_bytes().startswith(b"BEGIN:VCALENDAR")
    other = _reimported(tmp_path, written)
    start = window.controller.day_start(MONDAY)
    end = window.controller.day_start(MONDAY + timedelta(days=7))
    try:
        mine = _sessions(window.services, start, end)
        assert mine and _sessions(other, start, end) == mine
    finally:
        other.close()


def test_export_of_chosen_schedules_reimports_to_their_sessions(qtbot, window, business,
                                                                 save_path, tmp_path):
    chosen = sorted(business.schedules)[:2]
    path = tmp_path / "chosen.ics"
    _export(qtbot, window, save_path, path,
            lambda d: (d.chosen.setChecked(True),
                       d.check_schedules([business.schedules[n] for n in chosen])))
    other = _reimported(tmp_path, path)
    start = window.controller.day_start(MONDAY - timedelta(days=14))
    end = window.controller.day_start(MONDAY + timedelta(days=14))
    try:
        mine = _sessions(window.services, start, end, set(chosen))
        assert mine and _sessions(other, start, end) == mine
    finally:
        other.close()


def test_export_dialog_refuses_an_empty_choice(qtbot, window):
    window.acts.export_ics.trigger()
    dialog = window.transfer.export_dialog
    dialog.chosen.setChecked(True)
    assert not dialog.export_button.isEnabled()
    dialog.range.setChecked(True)
    dialog.set_range(MONDAY, MONDAY - timedelta(days=1))
    assert not dialog.export_button.isEnabled()
    dialog.reject()


def test_closing_the_window_during_an_import_cancels_it(qtbot, window, open_path, tmp_path,
                                                        monkeypatch):
    events = [vevent(f"late-{i}@x", f"202612{1 + i % 28:02d}T100000") for i in range(300)]
    path = tmp_path / "late.ics"
    path.write_bytes(calendar(*events, name="Late"))
    reached, go_on = threading.Event(), threading.Event()
    original = Task.progress

    def held(task, done, total):
        if done >= 650 and not reached.is_set():
            reached.set()
            go_on.wait(WAIT / 1000)
        return original(task, done, total)

    def cancel(task):                   # the close cancels, then the held worker goes on
        original_cancel(task)
        go_on.set()

    original_cancel = Task.cancel
    monkeypatch.setattr(Task, "progress", held)
    monkeypatch.setattr(Task, "cancel", cancel)
    preview(qtbot, window, open_path, path).import_button.click()
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    window.close()
    assert window.transfer.task.done or window.transfer.task.cancelled
    assert stored(window.services, *(f"late-{i}@x" for i in range(300))) == {}
