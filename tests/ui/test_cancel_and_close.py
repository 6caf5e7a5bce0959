"""Cancelled is a state (struck through, restorable); closing the business for a week."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from urllib.parse import unquote

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from sessions_desktop.domain.enums import Scope
from sessions_desktop.presentation.navigation import ViewKind
from tests.ui.conftest import wait_loaded
from tests.ui.studio import MONDAY, THURSDAY, TUESDAY, pilates, sample, staff, studio

__all__ = ["sample", "studio"]


def qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_a_cancelled_class_is_struck_through_and_comes_back(qtbot, studio, services):
    tuesday = pilates(services, TUESDAY)
    studio.answers.scope = Scope.THIS
    studio.controller.select(tuesday.id)
    studio.acts.cancel.trigger()
    assert studio.answers.asked[0] == "scope:Cancel"
    assert any(q.startswith("tell:") for q in studio.answers.asked), "participants offered"
    assert services.sessions.get_session(tuesday.id).is_cancelled
    wait_loaded(qtbot, studio)
    grid = studio.views.week.grid_view
    assert tuesday.id not in {t.key for t in grid.tiles()}, "the week hides it by default"
    studio.resource_menus.show_cancelled.trigger()                     # View > Show cancelled
    tile = next(t for t in grid.tiles() if t.key == tuesday.id)
    assert tile.text.cancelled and tile.toolTip().endswith("cancelled")
    studio.acts.views[ViewKind.AGENDA].trigger()
    wait_loaded(qtbot, studio)
    assert studio.resource_menus.show_cancelled.isChecked(), "on by default in the agenda"
    row = studio.views.agenda.items_by_id()[tuesday.id]
    assert row.font(1).strikeOut() and row.text(4) == "Cancelled"
    menu = studio._context_menu(tuesday.id, studio.pos())
    assert [a.text() for a in menu.actions()] == ["Open", "Restore session"]
    studio.resource_menus.restore.trigger()
    assert not services.sessions.get_session(tuesday.id).is_cancelled
    labels = [studio.ops.stack.command(i).text() for i in range(studio.ops.stack.count())]
    assert labels == ["Cancel session", "Restore session"]


def test_the_show_cancelled_choice_is_kept_per_view(qtbot, studio, settings):
    studio.resource_menus.show_cancelled.trigger()
    assert settings.value("view/cancelled/week") in (True, "true")
    studio.acts.views[ViewKind.MONTH].trigger()
    assert not studio.resource_menus.show_cancelled.isChecked()


def test_close_the_business_for_a_week(qtbot, studio, services, sample):
    first, last = MONDAY + timedelta(days=7), MONDAY + timedelta(days=13)
    seen = {}

    def person_closes(dialog):
        dialog.first.setDate(qdate(first))
        dialog.last.setDate(qdate(last))
        dialog.reason.setText("Winter break")
        seen["listed"] = [dialog.sessions.item(i).text() for i in range(dialog.sessions.count())]
        seen["ids"] = [s.id for s in dialog.found]
        assert dialog.cancel.isChecked() and dialog.ok.isEnabled()
        dialog.accept()
        return QDialog.DialogCode.Accepted

    studio.resource_menus.run = person_closes
    studio.answers.tell = True
    done = studio.resource_menus.close_the_business()
    assert len(seen["ids"]) >= 20 and len(seen["listed"]) == len(seen["ids"])
    assert any("Pilates Mat" in line and "Maya" in line for line in seen["listed"])
    assert [s.id for s in done.cancelled] == seen["ids"]
    assert all(services.sessions.get_session(i).is_cancelled for i in seen["ids"])
    assert studio.ops.stack.count() == 1, "the closure and the cancellations: one step"
    assert "Cancel these" not in studio.statusBar().currentMessage()
    assert f"{len(seen['ids'])} sessions cancelled" in studio.statusBar().currentMessage()
    mail = unquote(studio.answers.urls[-1])
    assert mail.startswith("mailto:?bcc=") and "Winter break" in mail
    for name in ("Maya", "Tom", "Lena", "Big room"):
        problems = services.assignments.problems([staff(sample, name)], *_ten_to_eleven(first))
        assert any("not available then (Winter break)" in p for p in problems), name
    studio.controller.set_anchor(first)
    studio.acts.views[ViewKind.RESOURCES].trigger()
    wait_loaded(qtbot, studio)
    data = studio.views.resources.view.data
    assert all(data.bands.get(i) for i in range(len(data.columns))), "every column hatched"
    studio.ops.stack.undo()
    assert not any(services.sessions.get_session(i).is_cancelled for i in seen["ids"])
    assert not services.assignments.problems([staff(sample, "Lena")],
                                             *_ten_to_eleven(first + timedelta(days=1)))


def _ten_to_eleven(day):
    start = datetime.combine(day, time(10))
    return start, start + timedelta(hours=1)


def test_a_closure_with_the_last_day_first_cannot_be_asked(qtbot, studio):
    dialog = studio.resource_menus.closure_dialog()
    qtbot.addWidget(dialog)
    dialog.last.setDate(qdate(THURSDAY - timedelta(days=10)))
    assert not dialog.ok.isEnabled() and "before the first" in dialog.problem.text()
