"""The full session editor filled as a person would: what the service stored afterwards."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from sessions_desktop.domain.enums import ApprovalStatus, Scope
from sessions_desktop.domain.model import Participant
from tests.ui.conftest import MONDAY
from tests.ui.editor_helpers import Filler, choose, type_into

WEDNESDAY = MONDAY + timedelta(days=2)


def find(services, title: str, day=None):
    start = datetime.combine(day or MONDAY, datetime.min.time())
    items = services.queries.query_sessions(start, start + timedelta(days=7 if day is None
                                                                     else 1),
                                            filter={"title": title}, fieldsets="ALL_PI").items
    return items[0]


@pytest.fixture
def filler(qtbot, window):
    return Filler(qtbot, window)


def test_edit_every_field_of_a_single_session(qtbot, window, services, filler):
    massage = find(services, "Hot stone massage")

    def fill(d):
        type_into(qtbot, d.w.title_edit, "Hot stones for two")
        d.w.capacity.toggle()
        d.w.capacity_edit.setValue(2)
        d.w.price.toggle()
        type_into(qtbot, d.w.price_edit.amount, "85.50")
        type_into(qtbot, d.w.price_edit.currency, "eur")
        d.w.location.toggle()
        choose(d.w.location_edit.kind, "CUSTOM")
        type_into(qtbot, d.w.location_edit.address, "Torstraße 1, Berlin")
        d.w.buffer.toggle()
        d.w.buffer_edit.setValue(15)
        d.w.tags.toggle()
        type_into(qtbot, d.w.tags_edit, "Couples, Evening")
        d.w.notes.setPlainText("bring towels")
        d.w.conference.toggle()
        type_into(qtbot, d.w.conference_edit, "https://meet.example/abc")
        d.w.external.toggle()
        type_into(qtbot, d.w.external_edit.title, "Massage")
        d.w.participants.ask = lambda _p: Participant("Ada Lovelace", "ada@example.org",
                                                      party_size=2)
        d.w.participants.add()
        assert "2 booked of 2, 0 left" in d.w.participants.totals.text()

    filler.fill = fill
    window.controller.select(massage.id)
    window.acts.open.trigger()
    s = services.sessions.get_session(massage.id, "ALL_PI")
    assert s.title == "Hot stones for two" and s.capacity == 2 and s.time_reserved_after == 15
    assert s.rate.options()["general"].amount == "85.50"
    assert s.rate.options()["general"].currency == "EUR"
    assert s.location.address == "Torstraße 1, Berlin" and s.tags == ("Couples", "Evening")
    assert s.notes == "bring towels" and s.calendar_conference.guest_url.endswith("/abc")
    assert s.external_calendar_overrides.title == "Massage"
    assert [(p.name, p.email, p.party_size) for p in s.participants] == [
        ("Ada Lovelace", "ada@example.org", 2)]
    assert window.ops.stack.count() == 1
    window.ops.stack.undo()
    assert services.sessions.get_session(massage.id).title == "Hot stone massage"


@pytest.mark.parametrize(("field", "fill"), [
    ("end", lambda d: d.w.end.setDateTime(d.w.start.dateTime().addSecs(-3600))),
    ("price", lambda d: (d.w.price.toggle(), d.w.price_edit.amount.setText("abc"))),
    ("recurrence", lambda d: (choose(d.w.recurrence.repeat, "custom"),
                              d.w.recurrence.custom.setText("FREQ=SOMETIMES"))),
    ("conference", lambda d: (d.w.conference.toggle(),
                              d.w.conference_edit.setText("meet dot com"))),
    ("location", lambda d: (d.w.location.toggle(), choose(d.w.location_edit.kind, "CUSTOM"))),
    ("title", lambda d: d.w.title_edit.setText("x" * 6001)),
])
def test_invalid_input_shows_its_message_and_stores_nothing(window, services, filler,
                                                            field, fill):
    massage = find(services, "Hot stone massage")
    seen = {}

    def fill_and_look(d):
        if field == "title":
            d.w.title.toggle() if not d.w.title.overridden else None
        fill(d)
        seen["message"] = d.w.errors[field].text()
        seen["visible"] = not d.w.errors[field].isHidden()
        seen["save"] = d.save_button.isEnabled()

    filler.fill = fill_and_look
    assert window.actions_.open(massage.id) is False
    assert seen["message"] and seen["visible"] and seen["save"] is False
    assert services.sessions.get_session(massage.id).version == massage.version
    assert window.ops.stack.count() == 0


def test_bad_participant_address_is_refused_beside_the_table(window, services, filler):
    massage = find(services, "Hot stone massage")

    def fill(d):
        d.w.participants.ask = lambda _p: Participant("Bob", "bob at example")
        d.w.participants.add()
        assert "not an e-mail address" in d.w.errors["participants"].text()
        assert "⚠" in d.w.tabs.tabText(2)

    filler.fill = fill
    assert window.actions_.open(massage.id) is False


def test_an_inherited_field_is_greyed_and_reset_goes_back_to_the_schedule(window, services,
                                                                         filler):
    massage = find(services, "Hot stone massage")       # own title; schedule says "Massage"

    def fill(d):
        assert d.w.title.overridden and d.w.title.button.text() == "Reset"
        assert not d.w.capacity.overridden and not d.w.capacity_edit.isEnabled()
        d.w.title.toggle()
        assert d.w.title_edit.text() == "Massage" and not d.w.title_edit.isEnabled()

    filler.fill = fill
    window.actions_.open(massage.id)
    stored = services.sessions.get_session(massage.id)
    assert stored.title == "Massage" and "title" in stored.inherited_fields


def test_edit_one_instance_then_it_shows_what_differs_from_its_series(window, services,
                                                                      filler):
    yoga = find(services, "Yoga flow", WEDNESDAY)
    window.answers.scope = Scope.THIS
    filler.fill = lambda d: (d.w.title.toggle(), d.w.title_edit.setText("Yoga with live music"))
    window.actions_.open(yoga.id)
    assert window.answers.asked == ["scope:Change"]
    assert services.sessions.get_session(yoga.id).title == "Yoga with live music"
    assert find(services, "Yoga flow", MONDAY).title == "Yoga flow"
    assert find(services, "Yoga flow", WEDNESDAY + timedelta(days=5)).title == "Yoga flow"
    seen = {}
    filler.fill = lambda d: seen.update(text=d.w.differs.text())
    window.actions_.open(yoga.id)
    assert seen["text"] == "Differs from its series: title"


def test_series_change_previews_which_changed_sessions_keep_their_values(window, services,
                                                                        filler):
    yoga = find(services, "Yoga flow", WEDNESDAY)
    services.sessions.update_session(yoga.id, {"capacity": 20})
    monday = find(services, "Yoga flow", MONDAY)
    previews = []
    window.actions_.flow.preview = lambda p: previews.append(p) or True
    window.answers.scope = Scope.ALL
    filler.fill = lambda d: (d.w.capacity.toggle(), d.w.capacity_edit.setValue(10))
    window.actions_.open(monday.id)
    (preview,) = previews
    assert preview.changing is None       # the series has no end
    assert [labels for _when, labels in preview.kept] == [("capacity",)]
    assert services.sessions.get_session(yoga.id).capacity == 20
    assert find(services, "Yoga flow", MONDAY + timedelta(days=7)).capacity == 10


def test_new_weekly_course_with_the_recurrence_editor(qtbot, window, services, business,
                                                      filler):
    def fill(d):
        choose(d.w.schedule, business.schedules["Pilates"])
        d.w.title.toggle()
        type_into(qtbot, d.w.title_edit, "Pilates course")
        r = d.w.recurrence
        choose(r.repeat, "weekly")
        r.interval.setValue(2)
        qtbot.mouseClick(r.days["TH"], Qt.MouseButton.LeftButton)
        r.after.setChecked(True)
        r.count.setValue(6)
        assert r.summary.text().startswith("Every 2 weeks on Wednesday and Thursday")
        assert r.summary.text().endswith("6 sessions") and len(r.next_texts()) == 6

    filler.fill = fill
    window.acts.new.trigger()
    made = services.queries.query_sessions(
        datetime(2026, 11, 1), datetime(2027, 3, 1), instances=False,
        filter={"title": "Pilates course"}).items
    assert [s.recurrence for s in made] == ["FREQ=WEEKLY;INTERVAL=2;COUNT=6;BYDAY=WE,TH"]


def test_a_cancelled_instance_is_listed_and_can_be_restored(window, services, filler):
    yoga = find(services, "Yoga flow", WEDNESDAY)
    services.sessions.delete_session(yoga.id)
    monday = find(services, "Yoga flow", MONDAY)
    window.answers.scope = Scope.THIS

    def fill(d):
        items = [d.w.recurrence.not_held.item(i).text()
                 for i in range(d.w.recurrence.not_held.count())]
        assert any("Wed 25 Nov 2026" in t and "cancelled" in t for t in items)
        d.w.recurrence.not_held.setCurrentRow(0)
        d.w.recurrence.restore.click()

    filler.fill = fill
    window.actions_.open(monday.id)
    assert not services.sessions.get_session(yoga.id).is_cancelled
    window.ops.stack.undo()
    assert services.sessions.get_session(yoga.id).is_cancelled


def test_moving_a_session_offers_an_email_to_its_participants(window, services, filler):
    massage = find(services, "Hot stone massage")
    services.sessions.update_session(massage.id, {"participants": [
        Participant("Ada", "ada@example.org"), Participant("Bo", "bo@example.org")]})
    window.answers.tell = True
    filler.fill = lambda d: (d.w.start.setDateTime(d.w.start.dateTime().addSecs(3600)),
                             d.w.end.setDateTime(d.w.end.dateTime().addSecs(3600)))
    window.actions_.open(massage.id)
    (url,) = window.answers.urls
    assert url.startswith("mailto:?bcc=ada@example.org,bo@example.org&subject=New%20time")
    window.actions_.cancel_session(massage.id)
    assert window.answers.urls[-1].startswith("mailto:?bcc=ada@example.org")
    assert "Cancelled" in window.answers.urls[-1]


def test_approval_status_and_party_size_from_the_participant_dialog(qtbot):
    from sessions_desktop.ui.editor.participants import ParticipantDialog

    dialog = ParticipantDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "Chris")
    dialog.party.setValue(3)
    choose(dialog.approval, "APPROVED")
    assert ok.isEnabled()
    person = dialog.value()
    assert (person.name, person.party_size, person.approval_status) == (
        "Chris", 3, ApprovalStatus.APPROVED)
