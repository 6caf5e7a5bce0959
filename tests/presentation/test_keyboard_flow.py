"""Qt-free logic of the keyboard and the flow: the slot cursor, Tab order, nudges, what a
gesture asks, refusals in words, the clipboard's payload, typed dates, spoken names."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessions_desktop.domain.enums import OwnerKind, ScheduleKind
from sessions_desktop.domain.model import LinkedSchedule, Participant, Schedule, Session
from sessions_desktop.errors import ConflictError, StorageError, ValidationError
from sessions_desktop.presentation.clipboard import (
    MAX_BYTES,
    copy_payload,
    paste_fields,
    payload_json,
    read_payload,
)
from sessions_desktop.presentation.dates import parse_date
from sessions_desktop.presentation.describe import (
    Formats,
    Part,
    describe_day,
    describe_session,
    describe_slot,
)
from sessions_desktop.presentation.keyboard import (
    Arrow,
    Nudge,
    Slot,
    move_slot,
    nudge,
    slot_at,
    tab_target,
)
from sessions_desktop.presentation.questions import GestureQuestions, answer_without_asking
from sessions_desktop.presentation.refusals import refusal

BERLIN = ZoneInfo("Europe/Berlin")
FORMATS = Formats(day=lambda d: f"{d:%A} {d.day} {d:%B} {d.year}",
                  time=lambda t: f"{t:%H:%M}")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute)


# -- the slot cursor and Tab ------------------------------------------------------------
def test_the_cursor_moves_a_snap_and_a_day_and_stops_at_the_visible_hours() -> None:
    slot = slot_at(at(25, 9, 7), 15)
    assert slot == Slot(date(2026, 11, 25), 9 * 60, 15)
    assert move_slot(slot, Arrow.DOWN).minute == 9 * 60 + 15
    assert move_slot(slot, Arrow.RIGHT).day == date(2026, 11, 26)
    top = Slot(date(2026, 11, 25), 7 * 60, 15)
    assert move_slot(top, Arrow.UP, 7 * 60, 20 * 60) == top
    bottom = Slot(date(2026, 11, 25), 20 * 60 - 15, 15)
    assert move_slot(bottom, Arrow.DOWN, 7 * 60, 20 * 60) == bottom
    assert slot_at(at(25, 23, 59), 15, 0, 20 * 60).minute == 20 * 60 - 15


def test_tab_goes_on_from_the_current_session_or_the_cursor_and_ends() -> None:
    ordered = [("a", at(25, 9)), ("b", at(25, 10)), ("c", at(26, 9))]
    assert tab_target(ordered, None, None, True) == "a"
    assert tab_target(ordered, None, None, False) == "c"
    assert tab_target(ordered, "a", None, True) == "b"
    assert tab_target(ordered, "c", None, True) is None, "past the last: focus moves on"
    assert tab_target(ordered, "a", None, False) is None
    assert tab_target(ordered, None, at(25, 9, 30), True) == "b"
    assert tab_target(ordered, None, at(25, 9, 30), False) == "a"
    assert tab_target([], None, None, True) is None


# -- nudges -----------------------------------------------------------------------------
def test_nudges_move_and_resize_like_a_drag() -> None:
    start, end = at(25, 14), at(25, 15)
    assert nudge(start, end, Nudge(Arrow.DOWN), 15) == (at(25, 14, 15), at(25, 15, 15))
    assert nudge(start, end, Nudge(Arrow.LEFT), 15) == (at(24, 14), at(24, 15))
    assert nudge(start, end, Nudge(Arrow.UP), 15, by_week=True) == (at(18, 14), at(18, 15))
    assert nudge(start, end, Nudge(Arrow.DOWN, resize=True), 15) == (start, at(25, 15, 15))
    short = nudge(start, at(25, 14, 15), Nudge(Arrow.UP, resize=True), 15)
    assert short == (start, at(25, 14, 15)), "never shorter than one snap"


def test_all_day_sessions_move_by_days_and_weeks() -> None:
    start, end = datetime(2026, 11, 28), datetime(2026, 11, 29)
    assert nudge(start, end, Nudge(Arrow.RIGHT), 15, all_day=True) == (
        datetime(2026, 11, 29), datetime(2026, 11, 30))
    assert nudge(start, end, Nudge(Arrow.DOWN), 15, all_day=True) == (
        datetime(2026, 12, 5), datetime(2026, 12, 6))
    assert nudge(start, end, Nudge(Arrow.UP, resize=True), 15, all_day=True) == (start, end)


@given(st.lists(st.sampled_from([Nudge(a, r) for a in Arrow for r in (False, True)]),
                max_size=30))
def test_nudges_never_end_before_they_start(moves: list[Nudge]) -> None:
    start, end = at(25, 14), at(25, 15)
    for move in moves:
        start, end = nudge(start, end, move, 15)
        assert end - start >= timedelta(minutes=15)


# -- one dialog for a gesture ------------------------------------------------------------
def test_nothing_to_ask_means_no_dialog() -> None:
    assert answer_without_asking(GestureQuestions("Move", "Yoga")) is not None
    asked = GestureQuestions("Move", "Yoga", conflict="outside Ben's working hours",
                             scope=True, recipients=2, when="Thu 26 Nov, 18:00 – 19:00")
    assert answer_without_asking(asked) is None
    assert asked.heading == "Move “Yoga” to Thu 26 Nov, 18:00 – 19:00?"
    assert asked.clash == "Outside Ben's working hours."
    assert asked.confirm_text == "Save anyway"
    assert "2 participants" in asked.tell_text
    assert GestureQuestions("Cancel", "Yoga", scope=True).keep_text == "Keep it"


# -- refusals ---------------------------------------------------------------------------
def test_a_refusal_in_the_forms_words() -> None:
    told = refusal("Move session", ValidationError("must be after the start", field="end"))
    assert told.what == "The session was not moved."
    assert told.why == ("Ends: must be after the start.",)
    assert "Change what is named above" in told.next_step
    assert "Code: INVALID_ARGUMENT" in told.details and "Field end:" in told.details
    assert refusal("Import studio.ics", StorageError("disk full")).what == \
        "Nothing was imported from studio.ics."
    assert "another desk" in refusal("Edit session", ConflictError("stale")).next_step
    assert refusal("Something new", StorageError("x")).what == "“Something new” was not done."
    unknown = refusal("New session", ValidationError("too long", field="time_reserved_after"))
    assert unknown.why == ("Buffer after: too long.",)


# -- the clipboard ----------------------------------------------------------------------
def _session(**extra) -> Session:
    start = datetime(2026, 11, 26, 9, tzinfo=BERLIN)
    fields = {"id": "s1", "schedule_id": "yoga", "start": start,
              "end": start + timedelta(minutes=75), "time_zone": "Europe/Berlin",
              "title": "Morning yoga", "notes": "mats", "capacity": 12,
              "affected_schedules": (LinkedSchedule("room"),),
              "participants": (Participant(name="Ada", party_size=1),), **extra}
    return Session(**fields)


def test_a_copy_pastes_as_a_single_session_at_the_new_time() -> None:
    series_instance = _session(recurring_session_id="series", recurrence="FREQ=DAILY",
                               inherited_fields=("capacity",))
    payload = read_payload(payload_json(copy_payload(series_instance, BERLIN)))
    assert payload is not None
    fields = paste_fields(payload, date(2026, 11, 27), 15 * 60, BERLIN)
    assert fields["start"] == datetime(2026, 11, 27, 15, tzinfo=BERLIN)
    assert fields["end"] - fields["start"] == timedelta(minutes=75)
    assert fields["title"] == "Morning yoga" and fields["notes"] == "mats"
    assert fields["affected_schedules"] == (LinkedSchedule("room"),)
    for left_out in ("recurrence", "recurring_session_id", "participants", "capacity", "id"):
        assert left_out not in fields, left_out
    same_time = paste_fields(payload, date(2026, 12, 1), None, BERLIN)
    assert same_time["start"] == datetime(2026, 12, 1, 9, tzinfo=BERLIN)


def test_anything_else_on_the_clipboard_is_not_a_session() -> None:
    good = copy_payload(_session(), BERLIN)
    for bad in (b"", b"{", b"[]", b"x" * (MAX_BYTES + 1),
                payload_json({**good, "format": 2}), payload_json({**good, "minutes": -5}),
                payload_json({**good, "fields": {"participants": []}}),
                payload_json({**good, "start": "yesterday"})):
        assert read_payload(bad) is None, bad[:40]


# -- dates typed by a person ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("2027-03-15", date(2027, 3, 15)), ("15.3.2027", date(2027, 3, 15)),
    ("15 March 2027", date(2027, 3, 15)), ("March 15", date(2026, 3, 15)),
    ("31 February", None), ("soon", None), ("", None), ("12345678901234567890" * 3, None),
    ("0001-01-01", None)])
def test_typed_dates(text: str, expected: date | None) -> None:
    assert parse_date(text, today=date(2026, 11, 25)) == expected


def test_day_order_follows_the_locale() -> None:
    assert parse_date("3/4/2027", day_first=True) == date(2027, 4, 3)
    assert parse_date("3/4/2027", day_first=False) == date(2027, 3, 4)


# -- spoken names ---------------------------------------------------------------------------
def test_a_session_is_named_by_title_and_time_and_described_in_full() -> None:
    def schedule(key: str, name: str, owner: OwnerKind, kind: ScheduleKind) -> Schedule:
        return Schedule(id=key, name=name, owner_kind=owner, kind=kind,
                        time_zone="Europe/Berlin")

    schedules = {
        "yoga": schedule("yoga", "Yoga", OwnerKind.SERVICE, ScheduleKind.GROUP),
        "room": schedule("room", "Studio A", OwnerKind.RESOURCE, ScheduleKind.ROOM),
        "anna": schedule("anna", "Anna (yoga teacher)", OwnerKind.RESOURCE, ScheduleKind.STAFF)}
    session = _session(affected_schedules=(LinkedSchedule("anna"), LinkedSchedule("room")),
                       total_number_of_participants=8, recurring_session_id="series")
    said = describe_session(session, schedules, BERLIN, FORMATS)
    assert said.part is Part.SESSION and said.key == "s1"
    assert said.name == "Morning yoga, 09:00 to 10:15"
    assert said.description == ("Thursday 26 November 2026. Staff: Anna. Room: Studio A. "
                                "8 of 12 places booked. Part of a series.")
    overnight = _session(end=datetime(2026, 11, 27, 1, tzinfo=BERLIN))
    assert describe_session(overnight, {}, BERLIN, FORMATS).description.startswith(
        "Thursday 26 November 2026 to Friday 27 November 2026")
    utc = _session(start=datetime(2026, 11, 26, 8, tzinfo=UTC),
                   end=datetime(2026, 11, 26, 9, tzinfo=UTC))
    assert describe_session(utc, {}, BERLIN, FORMATS).name.endswith("09:00 to 10:00")


def test_slots_and_days_say_how_busy_they_are() -> None:
    free = describe_slot(date(2026, 11, 26), at(26, 9), at(26, 9, 15), FORMATS, 0, "k",
                         (0, 0, 1, 1))
    assert (free.name, free.description) == ("09:00 to 09:15", "Thursday 26 November 2026. "
                                                                "Free.")
    busy = describe_slot(date(2026, 11, 26), at(26, 9), at(26, 9, 15), FORMATS, 3, "k",
                         (0, 0, 1, 1), column="Anna")
    assert busy.description == "Thursday 26 November 2026, Anna. 3 sessions."
    day = describe_day(date(2026, 11, 25), FORMATS, 1, "d", (0, 0, 1, 1), today=True)
    assert day.description == "1 session. Today."
