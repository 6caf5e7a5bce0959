"""Feedback and flow: the status bar's word and Undo link after each change, Delete offering
undo, one dialog for all a gesture asks, Go to date, copy, cut and paste, refusals in words."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from sessions_desktop.domain.enums import Scope
from sessions_desktop.domain.model import LinkedSchedule, Participant
from sessions_desktop.errors import NotFoundError, ValidationError
from sessions_desktop.presentation.keyboard import Slot
from sessions_desktop.ui.shell.error_dialog import RefusalBox
from sessions_desktop.ui.shell.gesture_dialog import GestureDialog, ask_together
from tests.ui.conftest import MONDAY, wait_loaded
from tests.ui.test_keyboard_grid import alt_keys, tab_to
from tests.ui.test_window_drag import find, local
from tests.ui.test_window_keyboard import focus_grid
from tests.ui.test_window_series import THURSDAY, thursday_yoga

FRIDAY = MONDAY + timedelta(days=4)


def click_link(qtbot, window) -> None:
    link = window.flow.feedback.link
    assert link.isVisible() and link.text(), "the status bar offers a link"
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton,
                     pos=QPoint(link.fontMetrics().horizontalAdvance("Un") // 2 + 2,
                                link.height() // 2))


def message(window) -> str:
    return window.flow.feedback.message.text()


def test_the_status_bar_undo_link_undoes_a_move_and_redo_brings_it_back(
        qtbot, window, services):
    view = focus_grid(qtbot, window)
    massage = find(services, "Hot stone massage")
    tz = services.ctx.business_zone
    tab_to(qtbot, view, window, massage.id)
    alt_keys(qtbot, view, *[Qt.Key.Key_Down] * 4)
    assert message(window).startswith("Moved “Hot stone massage” to ")
    assert "Undo" in window.flow.feedback.link.text()
    click_link(qtbot, window)
    assert local(services.sessions.get_session(massage.id), tz)[0] == datetime(2026, 11, 25, 14)
    assert message(window) == "Undone: Move session."
    assert "Redo" in window.flow.feedback.link.text()
    click_link(qtbot, window)
    assert local(services.sessions.get_session(massage.id), tz)[0] == datetime(2026, 11, 25, 15)
    assert message(window) == "Redone: Move session."


def test_delete_says_so_and_offers_undo(qtbot, window, services):
    view = focus_grid(qtbot, window)
    massage = find(services, "Hot stone massage")
    tab_to(qtbot, view, window, massage.id)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert message(window) == "Deleted “Hot stone massage”."
    click_link(qtbot, window)
    assert services.sessions.get_session(massage.id).title == "Hot stone massage"


def test_create_says_where_it_went(qtbot, window, business):
    view = focus_grid(qtbot, window)
    view.cursor = Slot(THURSDAY, 16 * 60, 15)
    window.answers.draft = {"title": "Walk-in", "schedule_id": business.schedules["Massage"]}
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert message(window).startswith("Created “Walk-in”, Thu 26 Nov")


def _booked_series(services, business) -> str:
    """Pilates with Ben on Tuesdays and Thursdays at 17:00, two people with addresses."""
    first = datetime.combine(MONDAY - timedelta(weeks=2), datetime.min.time())
    return services.sessions.create_session({
        "schedule_id": business.schedules["Pilates"], "title": "Evening pilates",
        "start": first.replace(day=first.day + 1, hour=17),
        "end": first.replace(day=first.day + 1, hour=18),
        "recurrence": "FREQ=WEEKLY;BYDAY=TU,TH",
        "participants": [Participant(name="Ada", email="ada@example.org", party_size=1),
                         Participant(name="Bo", email="bo@example.org", party_size=1)],
        "affected_schedules": [LinkedSchedule(business.schedules["Ben"])]}).id


class DialogWatch:
    """Answers every modal dialog that appears and remembers it."""

    def __init__(self, answer) -> None:
        self.seen: list = []
        self.answer = answer
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog not in self.seen:
            self.seen.append(dialog)
            self.answer(dialog)

    def stop(self) -> None:
        self.timer.stop()


def test_a_drag_of_a_booked_class_asks_everything_in_one_dialog(
        qtbot, window, services, business):
    series = _booked_series(services, business)
    window.controller.reload()
    wait_loaded(qtbot, window)
    window.actions_.ask_together = lambda questions: ask_together(window, questions)
    parts = {}

    def answer(dialog):
        assert isinstance(dialog, GestureDialog)
        parts["conflict"] = dialog.conflict.text() if dialog.conflict else ""
        parts["scopes"] = sorted(b.text() for b in dialog.scopes.values())
        parts["tell"] = dialog.tell.text() if dialog.tell else ""
        dialog.scopes[Scope.THIS].setChecked(True)
        dialog.do_button.click()

    view = focus_grid(qtbot, window)
    thursday = next(s for s in window.controller.shown()
                    if s.recurring_session_id == series and s.start.date() == THURSDAY)
    tab_to(qtbot, view, window, thursday.id)
    watch = DialogWatch(answer)
    alt_keys(qtbot, view, *[Qt.Key.Key_Down] * 4)     # 18:00: Ben works until 18:00
    watch.stop()
    assert len(watch.seen) == 1, "one dialog, not three in a row"
    assert "working hours" in parts["conflict"]
    assert parts["scopes"] == ["All sessions of the series", "This and the following sessions",
                               "This session"]
    assert "2 participants" in parts["tell"]
    assert window.answers.asked == [], "no separate question was asked"
    assert window.answers.urls and "ada%40example.org" in window.answers.urls[0].replace(
        "@", "%40")
    moved = services.sessions.get_session(thursday.id)
    assert moved.start.astimezone(services.ctx.business_zone).hour == 18
    assert window.ops.stack.count() == 1


def test_escape_in_the_one_dialog_writes_nothing(qtbot, window, services, business):
    series = _booked_series(services, business)
    window.controller.reload()
    wait_loaded(qtbot, window)
    window.actions_.ask_together = lambda questions: ask_together(window, questions)
    view = focus_grid(qtbot, window)
    thursday = next(s for s in window.controller.shown()
                    if s.recurring_session_id == series and s.start.date() == THURSDAY)
    tab_to(qtbot, view, window, thursday.id)
    watch = DialogWatch(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    alt_keys(qtbot, view, Qt.Key.Key_Down)
    watch.stop()
    assert len(watch.seen) == 1
    assert services.sessions.get_session(thursday.id).version == thursday.version
    assert window.ops.stack.count() == 0 and window.answers.urls == []


def test_ctrl_g_goes_to_a_date(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = window.flow.go_to.dialog
    assert dialog is not None and dialog.isVisible()
    field = dialog.field
    dialog.activateWindow()          # offscreen windows are not activated by showing them
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, "31 February")
    qtbot.keyClick(field, Qt.Key.Key_Return)       # the default button clicks (animated)
    qtbot.waitUntil(lambda: "not a date" in dialog.problem.text())
    assert dialog.isVisible()
    field.selectAll()
    qtbot.keyClicks(field, "2027-03-15")
    assert dialog.calendar.selectedDate().toPython() == date(2027, 3, 15)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_loaded(qtbot, window)
    assert window.controller.anchor == date(2027, 3, 15)
    assert window.controller.period().start == date(2027, 3, 15)   # a Monday
    assert not dialog.isVisible()


def test_copy_and_paste_at_the_selected_slot_is_one_undo_step(qtbot, window, services):
    view = focus_grid(qtbot, window)
    massage = find(services, "Hot stone massage")
    tab_to(qtbot, view, window, massage.id)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    view.keys.set_cursor(Slot(FRIDAY, 10 * 60, 15))
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    copies = services.queries.query_sessions(
        datetime.combine(FRIDAY, datetime.min.time()).astimezone(services.ctx.business_zone),
        datetime.combine(FRIDAY + timedelta(days=1), datetime.min.time()).astimezone(
            services.ctx.business_zone), filter={"title": "Hot stone massage"}).items
    assert len(copies) == 1
    copy = copies[0]
    assert local(copy, services.ctx.business_zone) == (datetime(2026, 11, 27, 10),
                                                       datetime(2026, 11, 27, 11))
    assert copy.schedule_id == massage.schedule_id
    assert copy.affected_schedules == massage.affected_schedules
    assert window.ops.stack.count() == 1 and message(window).startswith("Pasted")
    window.ops.stack.undo()
    try:
        services.sessions.get_session(copy.id)
        raise AssertionError("the paste was undone")
    except NotFoundError:
        pass


def test_paste_of_a_series_instance_pastes_a_single(qtbot, window, services):
    view = focus_grid(qtbot, window)
    yoga = thursday_yoga(window)
    tab_to(qtbot, view, window, yoga.id)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    view.keys.set_cursor(Slot(FRIDAY, 15 * 60, 15))
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = services.sessions.get_session(window.controller.selected)
    assert pasted.id != yoga.id and pasted.title == "Morning yoga"
    assert not pasted.is_instance and not pasted.is_recurring
    assert local(pasted, services.ctx.business_zone)[0] == datetime(2026, 11, 27, 15)
    assert pasted.participants == () or pasted.total_number_of_participants == 0
    assert window.ops.stack.count() == 1


def test_cut_then_paste_moves_a_session_in_two_undo_steps(qtbot, window, services):
    view = focus_grid(qtbot, window)
    massage = find(services, "Hot stone massage")
    tab_to(qtbot, view, window, massage.id)
    qtbot.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    try:
        services.sessions.get_session(massage.id)
        raise AssertionError("cut removes the session")
    except NotFoundError:
        pass
    assert window.ops.stack.count() == 1 and message(window).startswith("Cut “Hot stone")
    view.keys.set_cursor(Slot(FRIDAY, 9 * 60, 15))
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.ops.stack.count() == 2
    pasted = services.sessions.get_session(window.controller.selected)
    assert local(pasted, services.ctx.business_zone)[0] == datetime(2026, 11, 27, 9)


def test_paste_with_nothing_copied_says_so(qtbot, window):
    QApplication.clipboard().setText("not a session")
    view = focus_grid(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert message(window).startswith("Nothing to paste")
    assert window.ops.stack.count() == 0


def test_a_refusal_says_what_why_and_what_to_do_with_details_to_copy(qtbot, window):
    error = ValidationError("must be after the start", field="end")
    box = RefusalBox("Move session", error, window)
    qtbot.addWidget(box)
    assert "The session was not moved." in box.text()
    assert "Ends: must be after the start." in box.informativeText()
    assert "Change what is named above" in box.informativeText()
    assert "Code: INVALID_ARGUMENT" in box.detailedText()
    box.copy_button.click()
    assert "Field end: must be after the start" in QApplication.clipboard().text()


@pytest.mark.parametrize(("locale", "shown"), [("de_DE", "01.12.2026"), ("en_US", "12/1/2026")])
def test_go_to_date_shows_the_locales_date_and_reads_it_back(qtbot, locale, shown):
    from PySide6.QtCore import QLocale

    from sessions_desktop.ui.shell.go_to_date import GoToDateDialog

    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        dialog = GoToDateDialog(date(2026, 12, 1))
        qtbot.addWidget(dialog)
        assert dialog.field.text() == shown
        assert dialog.chosen() == date(2026, 12, 1)
        dialog.calendar.setSelectedDate(QDate(2027, 3, 28))
        dialog._from_calendar()
        assert dialog.chosen() == date(2027, 3, 28)
    finally:
        QLocale.setDefault(before)
