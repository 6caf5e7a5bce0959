"""Schedules and staff, Find a free slot and Search, used as a person would; and the issue's
"done when": a studio set up from an empty database with the dialogs alone."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from sessions_desktop.domain.enums import Scope
from sessions_desktop.domain.model import Participant
from tests.ui.conftest import NOW, Answers, wait_loaded
from tests.ui.editor_helpers import Filler, choose, type_into
from tests.ui.helpers import answer_together

TODAY = date(2026, 11, 25)          # Wednesday


@pytest.fixture
def studio(qtbot, tmp_path, settings):
    """The window on an empty database (only the business zone is set)."""
    from sessions_desktop.services import open_services
    from sessions_desktop.ui.shell.main_window import MainWindow

    svc = open_services(tmp_path / "empty.sqlite3", now=lambda: NOW)
    svc.ctx.set_business_zone("Europe/Berlin")
    settings.setValue("view/date", TODAY.isoformat())
    win = MainWindow(svc, settings)
    qtbot.addWidget(win)
    answers = Answers()
    acts = win.actions_
    acts.ask_scope = lambda verb: answers.asked.append(f"scope:{verb}") or answers.scope
    acts.confirm = lambda title, text: answers.asked.append(f"confirm:{text}") or answers.confirm
    acts.notifier.ask = lambda text: answers.tell
    acts.ask_together = answer_together(answers, record_tell=False)
    acts.notifier.open_url = answers.urls.append
    acts.flow.preview = lambda preview: True
    win.ops.show_error = lambda label, exc: answers.asked.append(f"error:{exc}")
    win.dialogs.run = lambda dialog: 0
    win.answers = answers
    wait_loaded(qtbot, win)
    yield win
    win.close()
    svc.close()


def make(qtbot, dialog, kind_button: str, name: str, kind: str, colour: str):
    dialog.findChild(type(dialog.save), kind_button).click()
    type_into(qtbot, dialog.form.name, name)
    choose(dialog.form.kind, kind)
    type_into(qtbot, dialog.form.colour, colour)


def tick(form, names: list[str]) -> None:
    for i in range(form.linked.count()):
        item = form.linked.item(i)
        if item.text() in names:
            item.setCheckState(Qt.CheckState.Checked)


def set_hours(hours, days, start: int, end: int) -> None:
    for day in days:
        hours.days[day].setChecked(True)
        hours.froms[day].setTime(hours.froms[day].time().fromMSecsSinceStartOfDay(start * 3600000))
        hours.tos[day].setTime(hours.tos[day].time().fromMSecsSinceStartOfDay(end * 3600000))


def by_name(svc, name):
    return next(s for s in svc.schedules.list_schedules(include_archived=True) if s.name == name)


def test_create_a_service_with_defaults_then_undo_removes_it(qtbot, studio):
    svc = studio.services
    dialog = studio.dialogs.open_schedules()
    make(qtbot, dialog, "newResource", "Anna", "STAFF", "#8e44ad")
    dialog.save.click()
    make(qtbot, dialog, "newService", "Yoga", "GROUP", "#2e86de")
    dialog.form.duration.setValue(75)
    dialog.form.capacity.setValue(12)
    type_into(qtbot, dialog.form.price.amount, "18")
    type_into(qtbot, dialog.form.price.currency, "EUR")
    tick(dialog.form, ["Anna"])
    dialog.save.click()
    yoga = by_name(svc, "Yoga")
    assert (yoga.kind.value, yoga.colour, yoga.default_duration_minutes) == ("GROUP", "#2e86de",
                                                                            75)
    assert yoga.defaults.capacity == 12 and yoga.defaults.rate.options()["general"].amount == "18"
    assert [a.schedule_id for a in yoga.defaults.affected_schedules] == [by_name(svc, "Anna").id]
    dialog.form.capacity.setValue(10)
    dialog.save.click()
    assert by_name(svc, "Yoga").defaults.capacity == 10
    studio.ops.stack.undo()
    assert by_name(svc, "Yoga").defaults.capacity == 12
    studio.ops.stack.undo()
    names = [s.name for s in svc.schedules.list_schedules(include_archived=True)]
    assert names == ["Anna"]                                  # the creation is undone
    studio.ops.stack.redo()
    redone = by_name(svc, "Yoga")
    assert not redone.is_archived and redone.defaults.capacity == 12
    studio.ops.stack.redo()
    assert by_name(svc, "Yoga").defaults.capacity == 10


def test_invalid_schedule_shows_its_message_and_stores_nothing(qtbot, studio):
    dialog = studio.dialogs.open_schedules()
    make(qtbot, dialog, "newService", "", "GROUP", "#2e86de")
    assert dialog.form.problem.text() == "Give the schedule a name"
    assert not dialog.save.isEnabled()
    type_into(qtbot, dialog.form.name, "Yoga")
    type_into(qtbot, dialog.form.colour, "blue")
    assert "#3a7bd5" in dialog.form.problem.text() and not dialog.save.isEnabled()
    dialog.save_current()
    assert studio.services.schedules.list_schedules() == []


def test_working_hours_and_time_off_of_a_resource(qtbot, studio):
    svc = studio.services
    dialog = studio.dialogs.open_schedules()
    make(qtbot, dialog, "newResource", "Ben", "STAFF", "#16a085")
    set_hours(dialog.form.hours, [0, 1, 2, 3], 9, 17)
    set_hours(dialog.form.hours, [4], 9, 13)
    dialog.save.click()
    assert studio.ops.stack.count() == 1
    ben = by_name(svc, "Ben")
    series = svc.queries.query_sessions(datetime(2026, 11, 1), datetime(2027, 1, 1),
                                        type="WORKING_HOURS", instances=False).items
    assert sorted(s.recurrence for s in series) == ["FREQ=WEEKLY;BYDAY=FR",
                                                    "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH"]
    assert dialog.form.hours.week()[4] == (time(9), time(13))   # read back after saving
    dialog.ask_time_off = lambda day: (datetime(2026, 12, 24), datetime(2026, 12, 28),
                                       "Christmas")
    dialog.form.add_off.click()
    assert dialog.form.time_off.count() == 1
    off = svc.queries.query_sessions(datetime(2026, 12, 1), datetime(2027, 1, 1),
                                     filter={"scheduleId": ben.id, "type": "EVENT"}).items
    assert [(s.title, s.tags) for s in off] == [("Christmas", ("Blocked",))]
    studio.ops.stack.undo()
    studio.ops.stack.undo()
    assert svc.queries.query_sessions(datetime(2026, 11, 1), datetime(2027, 1, 1),
                                      type="WORKING_HOURS").items == []


def test_done_when_a_studio_is_set_up_with_the_dialogs_alone(qtbot, studio):
    svc = studio.services
    filler = Filler(qtbot, studio)
    dialog = studio.dialogs.open_schedules()
    make(qtbot, dialog, "newResource", "Anna", "STAFF", "#8e44ad")
    set_hours(dialog.form.hours, [0, 1, 2, 3, 4], 9, 17)
    dialog.save.click()
    make(qtbot, dialog, "newResource", "Studio A", "ROOM", "#34495e")
    set_hours(dialog.form.hours, [0, 1, 2, 3, 4, 5], 7, 21)
    dialog.save.click()
    dialog.select(by_name(svc, "Anna").id)
    dialog.ask_time_off = lambda day: (datetime(2026, 12, 3, 9), datetime(2026, 12, 3, 17),
                                       "Dentist")
    dialog.form.add_off.click()
    for name, kind, colour in (("Yoga", "GROUP", "#2e86de"), ("Teacher course", "COURSE",
                                                               "#10ac84"),
                               ("Private session", "INDIVIDUAL", "#ee5253")):
        make(qtbot, dialog, "newService", name, kind, colour)
        tick(dialog.form, ["Anna", "Studio A"])
        dialog.form.capacity.setValue(12 if kind == "GROUP" else 0)
        dialog.save.click()
    ids = {s.name: s.id for s in svc.schedules.list_schedules()}

    def weekly_class(d):
        choose(d.w.schedule, ids["Yoga"])
        d.w.title.toggle()
        type_into(qtbot, d.w.title_edit, "Evening yoga")
        choose(d.w.recurrence.repeat, "weekly")
        d.w.recurrence.days["FR"].setChecked(True)
        people = iter([Participant("Ada", "ada@example.org"),
                       Participant("Bo", "bo@example.org", party_size=2)])
        d.w.participants.ask = lambda _none: next(people)
        d.w.participants.add()
        d.w.participants.add()

    filler.fill = weekly_class
    monday = datetime(2026, 11, 30, 18)
    studio.actions_.flow.create(monday, monday + timedelta(hours=1))

    def course(d):
        choose(d.w.schedule, ids["Teacher course"])
        choose(d.w.recurrence.repeat, "weekly")
        d.w.recurrence.after.setChecked(True)
        d.w.recurrence.count.setValue(6)

    filler.fill = course
    tuesday = datetime(2026, 12, 1, 10)
    studio.actions_.flow.create(tuesday, tuesday + timedelta(hours=2))
    filler.fill = lambda d: (choose(d.w.schedule, ids["Private session"]), d.w.title.toggle(),
                             type_into(qtbot, d.w.title_edit, "Intro with Mr Keller"))
    studio.actions_.flow.create(datetime(2026, 12, 2, 9), datetime(2026, 12, 2, 10))
    # the evening class is outside Anna's hours (9 to 17): asked, and saved as chosen
    assert len(studio.answers.asked) == 1 and "outside Anna's working hours" in \
        studio.answers.asked[0]
    studio.answers.asked.clear()

    finder = studio.dialogs.slot_finder()
    qtbot.addWidget(finder)
    choose(finder.target, ids["Private session"])
    finder.start.setDate(finder.start.date().fromString("2026-12-03", "yyyy-MM-dd"))
    finder.find()
    first = finder.results.item(0).data(Qt.ItemDataRole.UserRole)[0]
    assert first.astimezone(svc.ctx.business_zone).replace(tzinfo=None) == \
        datetime(2026, 12, 4, 9)             # Anna is at the dentist on Thursday 3 December

    def person_books(d):
        choose(d.target, ids["Private session"])
        d.start.setDate(d.start.date().fromString("2026-12-03", "yyyy-MM-dd"))
        d.find()
        d.results.setCurrentRow(0)
        qtbot.mouseClick(d.book, Qt.MouseButton.LeftButton)   # "Create session"
        return d.result()

    studio.dialogs.run = person_books
    booked = studio.dialogs.open_slot_finder()
    assert studio.answers.asked == []
    assert booked.schedule_id == ids["Private session"]
    assert booked.start.astimezone(svc.ctx.business_zone).replace(tzinfo=None) == \
        datetime(2026, 12, 4, 9)

    week = svc.queries.query_sessions(datetime(2026, 12, 7), datetime(2026, 12, 14),
                                      type="EVENT", fieldsets="ALL_PI",
                                      filter={"title": "Evening yoga"}).items
    assert [s.start.day for s in week] == [7, 11] and week[0].total_number_of_participants == 3
    studio.answers.scope = Scope.THIS
    filler.fill = lambda d: (d.w.notes.setPlainText("Guest teacher"),)
    studio.actions_.open(week[1].id)
    again = svc.queries.query_sessions(datetime(2026, 11, 30), datetime(2027, 1, 1),
                                       filter={"title": "Evening yoga"}).items
    notes = {s.start.date(): s.notes for s in again}
    assert notes[date(2026, 12, 11)] == "Guest teacher"
    assert [n for d, n in notes.items() if d != date(2026, 12, 11)] == [None] * (len(notes) - 1)
    assert len(svc.queries.query_sessions(datetime(2026, 11, 30), datetime(2027, 2, 1),
                                          filter={"scheduleId": ids["Teacher course"]}).items
               ) == 6


def test_search_finds_by_participant_and_jumps_there(qtbot, studio):
    svc = studio.services
    yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP"})
    made = svc.sessions.create_session({
        "schedule_id": yoga.id, "title": "Sunrise yoga", "start": datetime(2027, 1, 13, 7),
        "end": datetime(2027, 1, 13, 8), "participants": [Participant("Zoë Müller",
                                                                      "zoe@example.org")]})
    studio.search.setText("zoe muller")
    qtbot.keyClick(studio.search, Qt.Key.Key_Return)
    panel = studio.dialogs.open_search("ZOE@example")
    assert panel.results.count() == 1
    panel.pick(panel.results.item(0))
    assert studio.controller.anchor == date(2027, 1, 13)
    assert studio.controller.selected == made.id
