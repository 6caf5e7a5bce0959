"""What the exported .ics says, property by property."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar
from ical_helpers import BERLIN, SYDNEY, at, bundle, export, session

from sessions_desktop.domain.enums import SessionStatus
from sessions_desktop.domain.model import Participant
from sessions_desktop.ical import SeriesExport, export_calendar, parse_calendar


def _calendar(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def _master(data: bytes, uid: str = "r") -> icalendar.Event:
    return next(e for e in _calendar(data).walk("VEVENT")
                if str(e["UID"]) == uid and "RECURRENCE-ID" not in e)


def test_calendar_header_and_one_vtimezone_per_zone_used():
    data = export_calendar(bundle([
        session("a", at(BERLIN, 2025, 5, 6, 9), at(BERLIN, 2025, 5, 6, 10)),
        session("b", at(SYDNEY, 2025, 5, 6, 9), at(SYDNEY, 2025, 5, 6, 10)),
        session("c", datetime(2025, 5, 6, 9, tzinfo=UTC), datetime(2025, 5, 6, 10, tzinfo=UTC),
                time_zone="UTC"),
    ]), product_id="-//Example//Test//EN")
    calendar = _calendar(data)
    assert str(calendar["PRODID"]) == "-//Example//Test//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["X-WR-CALNAME"]) == "Test calendar"
    assert sorted(tz.tz_name for tz in calendar.timezones) == ["Australia/Sydney", "Europe/Berlin"]
    assert calendar.get_missing_tzids() == set()
    text = data.decode()
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")
    assert "DTSTART:20250506T090000Z" in text                    # UTC is written with Z
    assert "DTSTAMP:20250101T000000Z" in text


def test_until_is_written_in_utc_for_timed_and_as_a_date_for_all_day_series():
    naive = SeriesExport(session("r", at(BERLIN, 2025, 3, 3, 9), at(BERLIN, 2025, 3, 3, 10),
                                 recurrence="FREQ=WEEKLY;UNTIL=20250601T090000;BYDAY=MO"))
    assert "UNTIL=20250601T070000Z" in _master(export(series=[naive]))["RRULE"].to_ical().decode()
    day = SeriesExport(session("r", at(BERLIN, 2025, 3, 3, 9), at(BERLIN, 2025, 3, 3, 10),
                               recurrence="FREQ=DAILY;UNTIL=20250310"))
    assert "UNTIL=20250310T225959Z" in _master(export(series=[day]))["RRULE"].to_ical().decode()
    all_day = SeriesExport(session("r", at(BERLIN, 2025, 3, 3), at(BERLIN, 2025, 3, 4),
                                   all_day=True, recurrence="FREQ=DAILY;UNTIL=20250309T230000Z"))
    rule = _master(export(series=[all_day]))["RRULE"].to_ical().decode()
    assert "UNTIL=20250310" in rule and "T" not in rule.split("UNTIL=")[1]


def test_dtstart_is_moved_to_the_first_real_instance():
    series = SeriesExport(session("r", at(BERLIN, 2025, 3, 5, 9), at(BERLIN, 2025, 3, 5, 10),
                                  recurrence="FREQ=WEEKLY;BYDAY=MO;COUNT=3"))
    master = _master(export(series=[series]))
    assert master["DTSTART"].dt == at(BERLIN, 2025, 3, 10, 9)
    assert master["DTEND"].dt == at(BERLIN, 2025, 3, 10, 10)
    assert "COUNT=3" in master["RRULE"].to_ical().decode()


def test_an_extra_date_before_the_first_rule_slot_keeps_dtstart_and_turns_count_into_until():
    series = SeriesExport(session(
        "r", at(BERLIN, 2025, 3, 4, 9), at(BERLIN, 2025, 3, 4, 10),
        recurrence="FREQ=WEEKLY;BYDAY=FR;COUNT=3", recurrence_dates=(at(BERLIN, 2025, 3, 5, 9),)))
    master = _master(export(series=[series]))
    assert master["DTSTART"].dt == at(BERLIN, 2025, 3, 4, 9)
    rule = master["RRULE"].to_ical().decode()
    assert "COUNT" not in rule and "UNTIL=20250321T080000Z" in rule
    exdates = [d.dt for d in master["EXDATE"].dts]
    assert exdates == [at(BERLIN, 2025, 3, 4, 9)]               # DTSTART itself is no instance


def test_cancelled_instances_become_exdates_and_changed_ones_overrides():
    definition = session("r", at(BERLIN, 2025, 3, 3, 9), at(BERLIN, 2025, 3, 3, 10),
                         recurrence="FREQ=DAILY;COUNT=5",
                         excluded_dates=(at(BERLIN, 2025, 3, 4, 9),))
    cancelled = session("r-1", at(BERLIN, 2025, 3, 5, 9), at(BERLIN, 2025, 3, 5, 10),
                        original_start=at(BERLIN, 2025, 3, 5, 9), recurring_session_id="r",
                        status=SessionStatus.CANCELLED)
    changed = session("r-2", at(BERLIN, 2025, 3, 6, 11), at(BERLIN, 2025, 3, 6, 12),
                      original_start=at(BERLIN, 2025, 3, 6, 9), recurring_session_id="r",
                      title="Later")
    data = export(series=[SeriesExport(definition, [cancelled, changed])])
    events = _calendar(data).walk("VEVENT")
    assert len(events) == 2
    master, override = events
    assert [d.dt for d in master["EXDATE"].dts] == [at(BERLIN, 2025, 3, 4, 9),
                                                     at(BERLIN, 2025, 3, 5, 9)]
    assert str(override["UID"]) == "r"
    assert override["RECURRENCE-ID"].dt == at(BERLIN, 2025, 3, 6, 9)
    assert override["DTSTART"].dt == at(BERLIN, 2025, 3, 6, 11)
    assert str(override["SUMMARY"]) == "Later"


def test_attendees_carry_name_status_party_size_and_a_urn_without_email():
    original = session("a", at(BERLIN, 2025, 5, 6, 9), at(BERLIN, 2025, 5, 6, 10),
                       participants=(Participant("Ann", None, "+1 555", 4),))
    event = _calendar(export([original], include_pi=True)).walk("VEVENT")[0]
    attendee = event["ATTENDEE"]
    assert str(attendee).startswith("urn:x-sessions:participant:")
    assert attendee.params["CN"] == "Ann" and attendee.params["X-PARTY-SIZE"] == "4"
    assert "PARTSTAT" not in attendee.params                     # UNDEFINED: no claim
    [item] = parse_calendar(export([original], include_pi=True),
                            business_time_zone="Europe/Berlin").items
    [participant] = item.fields["participants"]
    assert (participant.email, participant.phone, participant.party_size) == (None, "+1 555", 4)


def test_every_zone_has_a_vtimezone_that_covers_the_sessions():
    far = session("far", at(BERLIN, 2045, 5, 6, 9), at(BERLIN, 2045, 5, 6, 10))
    calendar = _calendar(export([far]))
    [vtimezone] = calendar.timezones
    transitions = vtimezone.get_transitions()[0]
    assert max(transitions) > datetime(2045, 6, 1)
