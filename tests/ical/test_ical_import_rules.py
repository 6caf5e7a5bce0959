"""Import decisions, one at a time, on small inline calendars."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from ical_helpers import BERLIN, at, parse_text, vcalendar, vevent

from sessions_desktop.domain.enums import SessionStatus, SessionType
from sessions_desktop.errors import ValidationError
from sessions_desktop.ical import ImportCancelled, parse_calendar


def _one(text: str, **kwargs):
    plan = parse_text(text, **kwargs)
    assert len(plan.items) == 1, (plan.items, plan.skipped)
    return plan.items[0]


def test_floating_times_mean_the_business_zone_without_x_wr_timezone():
    item = _one(vcalendar(vevent("DTSTART:20250601T100000", "DTEND:20250601T110000")),
                business_time_zone="Australia/Sydney")
    assert item.fields["time_zone"] == "Australia/Sydney"
    assert item.fields["start"].utcoffset() == timedelta(hours=10)
    assert item.fields["start"].hour == 10


def test_utc_times_keep_their_instant_in_the_business_zone():
    item = _one(vcalendar(vevent("DTSTART:20250601T100000Z", "DTEND:20250601T110000Z")))
    assert item.fields["time_zone"] == "Europe/Berlin"
    assert item.fields["start"] == datetime(2025, 6, 1, 10, tzinfo=UTC)
    assert item.fields["start"].tzinfo.key == "Europe/Berlin"


def test_recurring_utc_event_without_x_wr_timezone_stays_in_utc():
    item = _one(vcalendar(vevent("DTSTART:20250301T100000Z", "DTEND:20250301T110000Z",
                                 "RRULE:FREQ=WEEKLY;COUNT=8")))
    assert item.fields["time_zone"] == "UTC"      # RFC 5545: the rule repeats in UTC


def test_dtstart_that_the_rule_does_not_generate_stays_an_instance_and_counts():
    # 2025-06-04 is a Wednesday; the rule wants Mondays. RFC 5545: DTSTART is the first of
    # the three instances.
    item = _one(vcalendar(vevent("DTSTART;TZID=Europe/Berlin:20250604T100000",
                                 "DTEND;TZID=Europe/Berlin:20250604T110000",
                                 "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3")))
    assert item.fields["recurrence"] == "FREQ=WEEKLY;COUNT=2;BYDAY=MO"
    assert item.fields["recurrence_dates"] == (at(BERLIN, 2025, 6, 4, 10),)


def test_dtstart_off_rule_with_count_one_is_only_dtstart():
    item = _one(vcalendar(vevent("DTSTART:20250604T100000Z", "DTEND:20250604T110000Z",
                                 "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=1")))
    assert item.fields["recurrence"] == "FREQ=DAILY;COUNT=1"
    assert item.fields["recurrence_dates"] == ()


def test_rdate_without_rrule_is_dtstart_plus_the_dates():
    item = _one(vcalendar(vevent(
        "DTSTART;TZID=Europe/Berlin:20250601T100000", "DTEND;TZID=Europe/Berlin:20250601T110000",
        "RDATE;TZID=Europe/Berlin:20250605T100000,20250607T120000",
        "RDATE:20250610T080000Z")))
    assert item.fields["recurrence"] == "FREQ=DAILY;COUNT=1"
    assert item.fields["recurrence_dates"] == (
        at(BERLIN, 2025, 6, 5, 10), at(BERLIN, 2025, 6, 7, 12), at(BERLIN, 2025, 6, 10, 10))


def test_exdates_in_other_zones_and_floating_ones_land_on_series_slots():
    item = _one(vcalendar(vevent(
        "DTSTART;TZID=Europe/Berlin:20250601T100000", "DTEND;TZID=Europe/Berlin:20250601T110000",
        "RRULE:FREQ=DAILY;COUNT=10",
        "EXDATE:20250602T080000Z",                        # UTC
        "EXDATE:20250603T100000",                         # floating: the series' wall clock
        "EXDATE;TZID=America/New_York:20250604T040000")))  # another zone, same instant
    assert item.fields["excluded_dates"] == tuple(at(BERLIN, 2025, 6, d, 10) for d in (2, 3, 4))


def test_all_day_series_with_date_exdates_and_duration():
    item = _one(vcalendar(vevent("DTSTART;VALUE=DATE:20250601", "DURATION:P2D",
                                 "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;VALUE=DATE:20250608")))
    fields = item.fields
    assert fields["all_day"] is True
    assert (fields["start"], fields["end"]) == (at(BERLIN, 2025, 6, 1), at(BERLIN, 2025, 6, 3))
    assert fields["excluded_dates"] == (at(BERLIN, 2025, 6, 8),)


def test_duration_in_days_is_nominal_across_dst():
    item = _one(vcalendar(vevent("DTSTART;TZID=Europe/Berlin:20250329T100000", "DURATION:P1D")))
    assert item.fields["end"] == at(BERLIN, 2025, 3, 30, 10)     # 23 hours, same wall clock


def test_cancelled_override_of_a_present_master():
    text = vcalendar(
        vevent("DTSTART;TZID=Europe/Berlin:20250602T100000",
               "DTEND;TZID=Europe/Berlin:20250602T110000", "RRULE:FREQ=DAILY;COUNT=5"),
        vevent("RECURRENCE-ID;TZID=Europe/Berlin:20250603T100000",
               "DTSTART;TZID=Europe/Berlin:20250603T100000",
               "DTEND;TZID=Europe/Berlin:20250603T110000", "STATUS:CANCELLED"))
    item = _one(text)
    [override] = item.overrides
    assert override.cancelled is True
    assert override.original_start == at(BERLIN, 2025, 6, 3, 10)


def test_duplicate_uids_keep_the_higher_sequence():
    text = vcalendar(
        vevent("DTSTART:20250602T100000Z", "DTEND:20250602T110000Z", "SUMMARY:new",
               "SEQUENCE:3"),
        vevent("DTSTART:20250602T100000Z", "DTEND:20250602T110000Z", "SUMMARY:old",
               "SEQUENCE:1"))
    plan = parse_text(text)
    assert [i.title for i in plan.items] == ["new"]
    assert [(s.summary, s.broken) for s in plan.skipped] == [("old", False)]


def test_events_without_uid_get_a_stable_one():
    body = ("BEGIN:VEVENT\nDTSTAMP:20250101T000000Z\nDTSTART:20250602T100000Z\n"
            "DTEND:20250602T110000Z\nSUMMARY:no uid\nEND:VEVENT\n")
    first, second = (parse_text(vcalendar(body)).items[0] for _ in range(2))
    assert first.uid == second.uid and first.uid.startswith("import-")


def test_a_bare_vevent_without_vcalendar_is_read_with_a_note():
    body = vevent("DTSTART:20250602T100000Z", "DTEND:20250602T110000Z")
    plan = parse_text(body)
    assert len(plan.items) == 1
    assert any("outside any VCALENDAR" in w for w in plan.warnings)


def test_x_properties_that_are_unreadable_are_dropped_with_a_warning():
    item = _one(vcalendar(vevent(
        "DTSTART:20250602T100000Z", "DTEND:20250602T110000Z", "X-SESSIONS-TYPE:AVAILABILITY",
        "X-SESSIONS-CAPACITY:lots", "X-SESSIONS-RATE:{not json")))
    assert item.fields["type"] is SessionType.WORKING_HOURS
    assert "capacity" not in item.fields and "rate" not in item.fields


def test_status_and_schedule_hints():
    item = _one(vcalendar(vevent("DTSTART:20250602T100000Z", "DTEND:20250602T110000Z",
                                 "STATUS:CANCELLED", "X-SESSIONS-SCHEDULE-NAME:Room 1")))
    assert item.status is SessionStatus.CANCELLED
    assert (item.schedule_hint, item.schedule_name) == ("Room 1", "Room 1")


def test_unknown_business_zone_is_a_validation_error():
    with pytest.raises(ValidationError):
        parse_text(vcalendar(), business_time_zone="Mars/Olympus")


def test_an_empty_calendar_is_an_empty_plan():
    plan = parse_text(vcalendar())
    assert (plan.items, plan.skipped) == ([], [])


def test_utf16_with_bom_and_str_input():
    text = vcalendar(vevent("DTSTART:20250602T100000Z", "DTEND:20250602T110000Z",
                            "SUMMARY:Grüße"))
    for data in (text.encode("utf-16"), text):
        plan = parse_calendar(data, business_time_zone="UTC")
        assert plan.items[0].title == "Grüße"


def _calendar_with(count: int) -> str:
    events = [vevent(f"DTSTART:2025060{1 + i % 9}T100000Z", f"DTEND:2025060{1 + i % 9}T110000Z",
                     uid=f"e{i}") for i in range(count)]
    return vcalendar(*events)


def test_progress_reports_every_batch_and_can_cancel():
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    parse_text(_calendar_with(600), progress=progress)
    assert seen[0] == (0, 600) and seen[-1] == (600, 600)
    assert len(seen) >= 4
    with pytest.raises(ImportCancelled):
        parse_text(_calendar_with(600), progress=lambda done, total: done < 250)


def test_a_broken_component_inside_a_batch_spoils_only_itself():
    events = [vevent("DTSTART:20250602T100000Z", "DTEND:20250602T110000Z", uid=f"ok{i}")
              for i in range(5)]
    # icalendar raises on a bad value inside a VALARM: the whole batch parse fails
    events.insert(2, "BEGIN:VEVENT\nUID:bad\nDTSTART:20250602T100000Z\n"
                     "BEGIN:VALARM\nTRIGGER:bogus\nEND:VALARM\nEND:VEVENT\n")
    plan = parse_text(vcalendar(*events), partial=True)
    assert len(plan.items) == 5
    [broken] = plan.broken
    assert broken.uid == "bad" and "cannot be parsed" in broken.reason


def test_a_line_that_is_no_content_line_after_a_property_is_joined_to_it():
    event = ("BEGIN:VEVENT\nUID:j\nDTSTART:20250602T100000Z\n"
             "X-BROKEN;PARAM=\"unterminated:value\nDTEND:20250602T110000Z\nEND:VEVENT\n")
    plan = parse_text(vcalendar(event), partial=True)
    [broken] = plan.broken                # joined to DTSTART, which then cannot be read
    assert broken.uid == "j" and "DTSTART" in broken.reason
    assert any("joined" in w for w in plan.warnings)


def test_outlook_display_name_without_vtimezone_is_read_by_its_first_city():
    item = _one(vcalendar(vevent(
        'DTSTART;TZID="(UTC+10:00) Canberra, Melbourne, Sydney":20250601T100000',
        'DTEND;TZID="(UTC+10:00) Canberra, Melbourne, Sydney":20250601T110000')))
    assert item.fields["time_zone"] == "Australia/Canberra"
    assert item.fields["start"].utcoffset() == timedelta(hours=10)
