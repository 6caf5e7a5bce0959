"""Reminders set as a person would: a schedule's default in the schedules dialog, a session's
own in the editor (inherited until overridden, back to the schedule's on Reset)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from sessions_desktop.errors import FieldViolation, ValidationError
from sessions_desktop.presentation.form_errors import form_problems
from sessions_desktop.ui.common.reminder_edit import ReminderEdit
from tests.ui.editor_helpers import Filler, choose
from tests.ui.test_editor_session import find
from tests.ui.test_schedules_dialog import by_name, make, studio  # noqa: F401 - fixture


@pytest.fixture
def filler(qtbot, window):
    return Filler(qtbot, window)


def test_the_reminder_list_reads_and_writes_minutes(qtbot):
    edit = ReminderEdit()
    qtbot.addWidget(edit)
    assert edit.value() == () and not edit.none.isHidden()
    edit.set_value((1440, 90))
    assert [(r.amount.value(), r.unit.currentText()) for r in edit.rows] == [
        (1, "days"), (90, "minutes")]
    edit.rows[0].unit.setCurrentIndex(edit.rows[0].unit.findData(60))   # 1 day -> 1 hour
    assert edit.value() == (60, 90)
    qtbot.mouseClick(edit.add, Qt.MouseButton.LeftButton)
    assert edit.value() == (15, 60, 90)
    qtbot.mouseClick(edit.rows[1].drop, Qt.MouseButton.LeftButton)
    assert edit.value() == (15, 60)
    for _ in range(12):
        edit.add_reminder()
    assert len(edit.rows) == 10 and not edit.add.isEnabled()      # at most ten
    edit.rows[0].unit.setCurrentIndex(edit.rows[0].unit.findData(7 * 24 * 60))
    edit.rows[0].amount.setValue(9)
    assert edit.rows[0].minutes() == 4 * 7 * 24 * 60                # at most four weeks


def test_a_schedule_default_reminder_reaches_its_sessions(qtbot, studio):  # noqa: F811
    svc = studio.services
    dialog = studio.dialogs.open_schedules()
    make(qtbot, dialog, "newService", "Yoga", "GROUP", "#2e86de")
    qtbot.mouseClick(dialog.form.reminders.add, Qt.MouseButton.LeftButton)   # 15 minutes
    dialog.save.click()
    yoga = by_name(svc, "Yoga")
    assert yoga.defaults.reminders == (15,)
    made = svc.sessions.create_session({"schedule_id": yoga.id, "title": "Flow",
                                        "start": datetime(2026, 11, 26, 18),
                                        "end": datetime(2026, 11, 26, 19)})
    assert made.reminders == (15,) and "reminders" in made.inherited_fields
    dialog.form.reminders.rows[0].amount.setValue(30)
    dialog.save.click()
    assert svc.sessions.get_session(made.id).reminders == (30,)
    studio.ops.stack.undo()
    assert svc.sessions.get_session(made.id).reminders == (15,)


def test_a_session_overrides_its_reminders_and_resets_them(qtbot, window, services, filler):
    massage = find(services, "Hot stone massage")
    assert massage.reminders == ()

    def fill(d):
        assert not d.w.reminders_edit.isEnabled()                  # inherited: greyed
        d.w.reminders.toggle()
        d.w.reminders_edit.add_reminder()
        d.w.reminders_edit.add_reminder()
        row = d.w.reminders_edit.rows[1]
        choose(row.unit, 24 * 60)
        row.amount.setValue(1)
    filler.fill = fill
    window.actions_.open(massage.id)
    stored = services.sessions.get_session(massage.id)
    assert stored.reminders == (15, 1440) and "reminders" not in stored.inherited_fields
    filler.fill = lambda d: d.w.reminders.toggle()                # Reset
    window.actions_.open(massage.id)
    back = services.sessions.get_session(massage.id)
    assert back.reminders == () and "reminders" in back.inherited_fields


def test_a_refused_reminder_is_shown_beside_the_field():
    error = ValidationError([FieldViolation("reminders", "has 11 reminders; at most 10")])
    problems = form_problems(error, frozenset({"reminders", "title"}))
    assert problems.beside == {"reminders": "Has 11 reminders; at most 10."}
