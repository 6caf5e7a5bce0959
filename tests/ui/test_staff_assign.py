"""Staff and rooms in the editor and quick create, on the sample studio, as a person works."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPointF

from sessions_desktop.domain.enums import Scope
from sessions_desktop.domain.model import LinkedSchedule
from tests.ui.editor_helpers import Filler
from tests.ui.helpers import drag, grid_point
from tests.ui.studio import THURSDAY, TUESDAY, pilates, sample, staff, studio, taken

__all__ = ["sample", "studio"]


def test_a_substitute_for_one_class_from_the_editor(qtbot, studio, services, sample):
    """Lena takes Tuesday's Pilates; Thursday's stays Maya's; one undo step."""
    maya, lena, big = staff(sample, "Maya"), staff(sample, "Lena"), staff(sample, "Big room")
    tuesday = pilates(services, TUESDAY)
    assert taken(tuesday) == [maya, big]
    filler = Filler(qtbot, studio)

    def substitute(d):
        assert d.w.staff_edit.ticked() == [maya, big] and not d.w.staff.overridden
        d.w.staff.toggle()                          # "Override" the series' staff
        d.w.staff_edit.set_ticked(maya, False)
        d.w.staff_edit.set_ticked(lena, True)

    filler.fill = substitute
    studio.answers.scope = Scope.THIS
    studio.controller.select(tuesday.id)
    studio.acts.open.trigger()
    assert studio.answers.asked == ["scope:Change"], "Lena is free and working: no warning"
    assert taken(services.sessions.get_session(tuesday.id)) == [big, lena]
    assert taken(pilates(services, THURSDAY)) == [maya, big]
    assert services.sessions.get_session(tuesday.id).recurring_session_id == \
        tuesday.recurring_session_id, "still an instance of its series"
    assert studio.ops.stack.count() == 1
    studio.ops.stack.undo()
    assert taken(services.sessions.get_session(tuesday.id)) == [maya, big]


def test_a_busy_or_absent_substitute_is_a_question_not_a_silent_save(qtbot, studio, services,
                                                                       sample):
    """Ines works from 12:00 on Tuesdays: the editor says so and lets the person choose."""
    maya, ines = staff(sample, "Maya"), staff(sample, "Ines")
    tuesday = pilates(services, TUESDAY)
    filler = Filler(qtbot, studio)
    filler.fill = lambda d: (d.w.staff.toggle(), d.w.staff_edit.set_ticked(maya, False),
                             d.w.staff_edit.set_ticked(ines, True))
    studio.answers.scope, studio.answers.confirm = Scope.THIS, False
    studio.actions_.open(tuesday.id)
    assert any("outside Ines (massage therapist)'s working hours" in q
               for q in studio.answers.asked)
    assert filler.refusals == [None], "No goes back to the editor, with what was ticked"
    assert taken(services.sessions.get_session(tuesday.id))[0] == maya
    assert studio.ops.stack.count() == 0


def test_the_physio_appointment_shows_tom_and_the_treatment_room(qtbot, studio, services,
                                                                   sample):
    view = studio.views.week.grid_view
    physio = [t for t in view.tiles() if t.text.title.startswith("Physiotherapy")]
    assert physio and all(t.text.people == "Tom · Treatment room" for t in physio)
    assert "(Tom · Treatment room)" in physio[0].toolTip()


def test_quick_create_takes_the_services_usual_staff(qtbot, studio, services, sample):
    """A drag on empty time: the popup shows Physiotherapy's Tom and treatment room."""
    shown = {}

    def popup(start, end, schedules, last):
        from sessions_desktop.ui.grid.quick_create import QuickCreate

        dialog = QuickCreate(start, end, schedules, sample.schedules["Physiotherapy"])
        qtbot.addWidget(dialog)
        shown["ticked"] = dialog.staff.ticked()
        dialog.title.setText("Intake")
        return dialog.draft()

    studio.actions_.quick_create = popup
    view = studio.views.week.grid_view
    start, end = grid_point(view, THURSDAY, 14.1), grid_point(view, THURSDAY, 14.6)  # free
    drag(view.viewport(), [start, QPointF(start.x(), start.y() + 10), end])
    assert shown["ticked"] == [staff(sample, "Tom"), staff(sample, "Treatment room")]
    made = services.queries.query_sessions(THURSDAY, THURSDAY + timedelta(days=1),
                                           filter={"title": "Intake"}).items[0]
    assert taken(made) == [staff(sample, "Tom"), staff(sample, "Treatment room")]
    assert "affectedSchedules" in made.inherited_fields, "it follows the service's usual staff"


def test_the_free_slot_finder_books_with_the_staff_member_searched(qtbot, studio, services,
                                                                     sample):
    lena, big = staff(sample, "Lena"), staff(sample, "Big room")
    finder = studio.dialogs.slot_finder()
    qtbot.addWidget(finder)
    finder.target.setCurrentIndex(finder.target.findData(lena))
    tom = staff(sample, "Tom")
    finder.target.setCurrentIndex(finder.target.findData(tom))
    assert finder.service.currentText() == "Physiotherapy", "the service Tom usually gives"
    finder.target.setCurrentIndex(finder.target.findData(lena))
    finder.service.setCurrentIndex(finder.service.findData(sample.schedules["Pilates Mat"]))
    assert finder.staff.ticked() == [lena, big], "Lena in the usual teacher's place"
    finder.find()
    finder.choose()
    assert finder.draft["affected_schedules"] == [LinkedSchedule(lena), LinkedSchedule(big)]

    def person_books(dialog):
        dialog.target.setCurrentIndex(dialog.target.findData(lena))
        dialog.service.setCurrentIndex(dialog.service.findData(sample.schedules["Pilates Mat"]))
        dialog.find()
        dialog.choose()
        return dialog.result()

    studio.dialogs.run = person_books
    made = studio.dialogs.open_slot_finder()
    assert made is not None and taken(made) == [lena, big]
    assert made.schedule_id == sample.schedules["Pilates Mat"]
    assert made.start >= datetime(2026, 11, 25, 11, tzinfo=made.start.tzinfo)
