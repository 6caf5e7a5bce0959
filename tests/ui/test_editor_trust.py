"""The session editor never loses what was typed (issue 9): a THIS time edit, Cancel in the
scope question, a refused save, the start the end and the weekdays follow, one undo step."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from sessions_desktop.domain.enums import Scope
from tests.ui.conftest import MONDAY
from tests.ui.editor_helpers import Filler, choose, type_into
from tests.ui.test_editor_session import WEDNESDAY, find

THURSDAY = MONDAY + timedelta(days=3)


@pytest.fixture
def filler(qtbot, window):
    return Filler(qtbot, window)


def later(d, hours: int) -> None:
    d.w.start.setDateTime(d.w.start.dateTime().addSecs(hours * 3600))


def test_this_session_time_change_from_the_editor_moves_only_that_one(window, services,
                                                                      filler):
    yoga = find(services, "Yoga flow", WEDNESDAY)
    window.answers.scope = Scope.THIS
    filler.fill = lambda d: later(d, 2)
    assert window.actions_.open(yoga.id)
    moved = services.sessions.get_session(yoga.id)
    assert moved.start == yoga.start + timedelta(hours=2)
    assert moved.end == yoga.end + timedelta(hours=2)          # the length is kept
    assert find(services, "Yoga flow", MONDAY).start.hour == yoga.start.hour
    assert window.ops.stack.count() == 1
    window.ops.stack.undo()
    assert services.sessions.get_session(yoga.id).start == yoga.start


def test_cancel_in_the_scope_question_returns_to_the_editor_with_the_typed_changes(
        qtbot, window, services, filler):
    yoga = find(services, "Yoga flow", WEDNESDAY)
    answers = iter([None, Scope.THIS])
    window.actions_.ask_scope = lambda verb: next(answers)
    seen = {}

    def refill(d):
        seen["title"] = d.w.title_edit.text()

    filler.fill = lambda d: (d.w.title.toggle(), type_into(qtbot, d.w.title_edit, "Live"))
    filler.refill = refill
    assert window.actions_.open(yoga.id)
    assert seen["title"] == "Live"
    assert filler.refusals == [None]
    assert services.sessions.get_session(yoga.id).title == "Live"
    assert find(services, "Yoga flow", MONDAY).title == "Yoga flow"


def test_a_refused_save_says_why_beside_the_field_and_keeps_the_form(window, services,
                                                                     filler):
    yoga = find(services, "Yoga flow", WEDNESDAY)
    window.answers.scope = Scope.THIS
    seen = {}

    def refill(d):
        seen.update(banner=d.w.banner.text(), title=d.w.title_edit.text(),
                    shown=not d.w.banner.isHidden())

    def fill(d):
        services.sessions.update_session(yoga.id, {"notes": "changed at another desk"})
        d.w.title.toggle()
        d.w.title_edit.setText("Mine")

    filler.fill = fill
    filler.refill = refill
    window.actions_.open(yoga.id)     # the editor holds the older version: a conflict
    assert filler.refusals[0].code == "CONFLICT"      # and again while it holds that version
    assert seen["shown"] and seen["title"] == "Mine"
    assert "Someone changed this session while you were editing it" in seen["banner"]


def test_a_field_refusal_names_the_form_label_not_the_api_field(window, services, filler):
    from sessions_desktop.errors import ValidationError

    massage = find(services, "Hot stone massage")
    filler.fill = lambda d: d.w.notes.setPlainText("x")
    dialog = {}
    filler.refill = lambda d: dialog.update(d=d)
    original = services.sessions.save_edit

    def refuse(*args, **kwargs):
        raise ValidationError("must be at most 10080 minutes", field="time_reserved_after")

    services.sessions.save_edit = refuse
    try:
        window.actions_.open(massage.id)
    finally:
        services.sessions.save_edit = original
    d = dialog["d"]
    assert d.w.errors["buffer"].text() == "Must be at most 10080 minutes."
    assert not d.w.errors["buffer"].isHidden()
    assert "time_reserved_after" not in d.w.banner.text()
    assert d.w.tabs.tabText(0).endswith("⚠")


def test_moving_the_start_keeps_the_length_and_weekly_days_follow_it(qtbot, window,
                                                                     services, business,
                                                                     filler):
    def fill(d):
        choose(d.w.schedule, business.schedules["Pilates"])
        r = d.w.recurrence
        choose(r.repeat, "weekly")
        r.on.setChecked(True)
        d.w.start.setDateTime(QDateTime(QDate(THURSDAY.year, THURSDAY.month, THURSDAY.day),
                                        QTime(17, 0)))
        assert d.w.end.dateTime().toSecsSinceEpoch() - \
            d.w.start.dateTime().toSecsSinceEpoch() == 3600
        assert r.until.date() >= d.w.start.date()           # "ends on" is never before
        r.until.setDate(r.until.date().addDays(21))

    filler.fill = fill
    window.acts.new.trigger()
    made = services.queries.query_sessions(
        datetime(2026, 11, 1), datetime(2027, 3, 1), instances=False,
        filter={"scheduleId": business.schedules["Pilates"]}).items
    made = [s for s in made if s.start.date() == THURSDAY]
    assert len(made) == 1 and "BYDAY=TH" in made[0].recurrence
    assert made[0].start.weekday() == 3 and made[0].end - made[0].start == timedelta(hours=1)


def test_saving_staff_with_new_working_hours_is_one_undo_step(qtbot, window, services,
                                                             business):
    from tests.ui.test_schedules_dialog import set_hours

    window.dialogs.run = lambda dialog: 0
    anna = business.schedules["Anna"]
    today = services.ctx.now().date()
    before_week = services.resources.working_week(anna, today)
    dialog = window.dialogs.open_schedules()
    dialog.select(anna)
    type_into(qtbot, dialog.form.name, "Anna B.")
    set_hours(dialog.form.hours, [0, 2], 8, 12)
    for day in (1, 3, 4):
        dialog.form.hours.days[day].setChecked(False)
    count = window.ops.stack.count()
    dialog.save.click()
    new_week = services.resources.working_week(anna, today)
    assert sorted(new_week) == [0, 2] and new_week[0][0].hour == 8
    assert services.schedules.get_schedule(anna).name == "Anna B."
    assert window.ops.stack.count() == count + 1
    window.ops.stack.undo()
    assert services.schedules.get_schedule(anna).name == "Anna"
    assert services.resources.working_week(anna, today) == before_week
    window.ops.stack.redo()
    assert services.resources.working_week(anna, today) == new_week


def test_an_instance_of_a_weekly_rule_without_days_moves_alone(window, services, business,
                                                               filler):
    """A weekly rule without BYDAY reads back with the start's day in the Repeat tab; that
    is no change of the rule, so "This session" is allowed (it was refused)."""
    series = services.sessions.create_session({
        "schedule_id": business.schedules["Pilates"], "start": datetime(2026, 11, 24, 10),
        "end": datetime(2026, 11, 24, 11), "recurrence": "FREQ=WEEKLY;COUNT=8"})
    second = f"{series.id}_20261201T100000"
    window.answers.scope = Scope.THIS
    told = []
    window.actions_.flow.inform = told.append
    filler.fill = lambda d: later(d, 1)
    assert window.actions_.open(second)
    assert told == []
    assert services.sessions.get_session(second).start.hour == 11
    assert services.sessions.get_session(series.id).recurrence == "FREQ=WEEKLY;COUNT=8"
