"""The import corpus: small tricky files written by hand (tests/ical/corpus)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from ical_helpers import BERLIN, CORPUS, SYDNEY, at, oracle_starts

from sessions_desktop.domain.enums import ApprovalStatus, LocationType, SessionStatus
from sessions_desktop.domain.recurrence import SeriesTiming, occurrences, parse_rule
from sessions_desktop.domain.time import wall_clock, zone
from sessions_desktop.errors import ValidationError
from sessions_desktop.ical import ImportPlan, parse_calendar


def read(name: str, partial: bool = False, business: str = "Europe/Berlin") -> ImportPlan:
    return parse_calendar((CORPUS / name).read_bytes(), business_time_zone=business,
                          partial=partial)


def by_uid(plan: ImportPlan) -> dict:
    return {item.uid: item for item in plan.items}


def instances(item, lo: datetime, hi: datetime) -> list[datetime]:
    """The instance starts our domain expands from imported fields."""
    fields = item.fields
    tz = zone(fields["time_zone"])
    start = wall_clock(fields["start"], tz)
    timing = SeriesTiming(parse_rule(fields["recurrence"]), start,
                          wall_clock(fields["end"], tz) - start, tz, fields["all_day"],
                          tuple(wall_clock(r, tz) for r in fields["recurrence_dates"]),
                          frozenset(wall_clock(r, tz) for r in fields["excluded_dates"]))
    return [s.astimezone(UTC) for _, s, _ in occurrences(timing, lo, hi)]


LO, HI = datetime(2024, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)


def test_berlin_dst_weekly_keeps_wall_clock_and_matches_the_oracle():
    plan = read("dst_berlin.ics")
    items = by_uid(plan)
    night = items["night-shift@dst"]
    starts = instances(night, LO, HI)
    assert starts == oracle_starts((CORPUS / "dst_berlin.ics").read_bytes(), LO, HI,
                                   BERLIN, uid="night-shift@dst")
    local = [s.astimezone(BERLIN) for s in starts]
    assert local[0] == at(BERLIN, 2025, 3, 16, 2, 30)
    assert local[2] == at(BERLIN, 2025, 3, 30, 3, 30)      # the gap moves forward
    assert local[3].hour == 2 and local[3].utcoffset() == timedelta(hours=2)
    assert local[-1].date().isoformat() == "2025-11-02"
    oct26 = next(s for s in local if s.date().isoformat() == "2025-10-26")
    assert oct26.utcoffset() == timedelta(hours=2)          # first of the two 02:30
    assert items["gap@dst"].fields["start"] == at(BERLIN, 2025, 3, 30, 3, 30)
    fold = items["fold@dst"].fields
    assert fold["end"].astimezone(UTC) - fold["start"].astimezone(UTC) == timedelta(hours=1)


def test_sydney_dst_daily_and_weekly():
    data = (CORPUS / "dst_sydney.ics").read_bytes()
    items = by_uid(read("dst_sydney.ics"))
    swim = instances(items["early-swim@sydney"], LO, HI)
    assert len(swim) == 9                                   # COUNT=10 minus one EXDATE
    assert [s.astimezone(SYDNEY).hour for s in swim] == [2] * 9
    assert swim[5].astimezone(SYDNEY).utcoffset() == timedelta(hours=10)   # after 6 April
    spring = instances(items["spring@sydney"], LO, HI)
    assert [s.astimezone(SYDNEY).hour for s in spring] == [2, 3, 2]   # 5 Oct is in the gap
    expected = sorted(swim + spring)
    assert oracle_starts(data, LO, HI, SYDNEY) == expected


def test_windows_and_vendor_zone_names_map_to_iana():
    plan = read("windows_zones.ics")
    assert plan.skipped == []
    zones = {uid[:8]: item.fields["time_zone"] for uid, item in by_uid(plan).items()}
    assert zones == {"04000000": "Europe/Berlin", "ny@outlo": "America/New_York",
                     "syd@outl": "Australia/Sydney", "paris@li": "Europe/Paris"}
    team = next(i for i in plan.items if i.uid.startswith("0400"))
    assert team.fields["start"] == at(BERLIN, 2025, 4, 1, 10)
    assert team.fields["excluded_dates"] == (at(BERLIN, 2025, 4, 8, 10),)
    assert plan.calendar_names == ["Outlook export"]


def test_custom_vtimezones_are_matched_by_offsets_or_converted():
    plan = read("custom_tz.ics")
    items = by_uid(plan)
    matched = items["custom-1"].fields
    assert matched["time_zone"] == "Europe/Amsterdam"          # first city named, same rules
    assert wall_clock(matched["start"], BERLIN) == datetime(2025, 7, 15, 10)
    odd = items["custom-2"].fields                              # +01:23 all year: no IANA zone
    assert odd["time_zone"] == "Europe/Vienna"                  # X-WR-TIMEZONE is the fallback
    assert odd["start"].astimezone(UTC) == datetime(2025, 7, 15, 8, 37, tzinfo=UTC)
    unknown = items["custom-3"].fields
    assert unknown["start"] == datetime(2025, 7, 15, 10, tzinfo=zone("Europe/Vienna"))
    text = "\n".join(plan.warnings)
    assert "matched to Europe/Amsterdam" in text
    assert "'Customized Time Zone' matches no IANA zone" in text
    assert "'Atlantis/Lost City'" in text


def test_overrides_without_master_become_single_sessions():
    plan = read("overrides_without_master.ics")
    items = by_uid(plan)
    moved = items["7kukuqrfedlm2f9t0vmt4qkrb0@google.com_20250506T080000Z"]
    assert moved.fields["start"] == at(BERLIN, 2025, 5, 6, 11)
    assert moved.status is SessionStatus.CONFIRMED
    assert not moved.is_recurring
    cancelled = items["7kukuqrfedlm2f9t0vmt4qkrb0@google.com_20250513T080000Z"]
    assert cancelled.status is SessionStatus.CANCELLED
    assert any("whose recurring event is not in the file" in w for w in plan.warnings)
    market = items["allday-series@google.com"]                  # its master is present
    [override] = market.overrides
    assert override.original_start == at(BERLIN, 2025, 6, 8)
    assert override.fields["start"] == at(BERLIN, 2025, 6, 9)
    assert override.fields["all_day"] is True


def test_trailing_semicolons_and_empty_parts_in_rrule():
    items = by_uid(read("trailing_semicolon.ics"))
    assert items["trailing-1"].fields["recurrence"] == "FREQ=WEEKLY;COUNT=4;BYDAY=MO,WE"
    rule = items["trailing-2"].fields["recurrence"]
    assert rule == "FREQ=DAILY;INTERVAL=2;UNTIL=20250110T000000Z"
    assert len(instances(items["trailing-2"], LO, HI)) == 5


def test_folded_lines_including_a_fold_inside_a_utf8_character():
    plan = read("folded_lines.ics")
    items = by_uid(plan)
    first = items["folded-1"].fields
    assert first["title"] == ("A long title that is folded across lines in the middle of a "
                              "word and again with a tab")
    assert first["time_zone"] == "Europe/Berlin"
    assert first["notes"] == ("Line one\nLine two with a comma, and a semicolon; and an "
                              "escaped backslash \\ done")
    assert first["tags"] == ("Folded", "Tags")
    assert items["folded-2"].fields["title"] == "Café Grüße"
    assert plan.warnings == []


def test_broken_lines_all_or_nothing_refuses_with_every_problem():
    with pytest.raises(ValidationError) as caught:
        read("broken_lines.ics")
    message = str(caught.value)
    assert caught.value.fields[0] == "file"
    assert "garbage-first" in message and "line 14" in message
    assert "no-end" in message and "no END:VEVENT" in message
    assert "bad-date" in message and "DTSTART" in message
    assert "--partial" in message


def test_broken_lines_partial_imports_the_readable_part():
    plan = read("broken_lines.ics", partial=True)
    items = by_uid(plan)
    assert sorted(items) == ["fine-after", "lost-fold"]
    assert items["lost-fold"].fields["notes"] == ("First line of the notes\nthis line lost its "
                                                  "leading space")
    assert sorted(s.uid for s in plan.broken) == ["bad-date", "garbage-first", "no-end"]
    assert all(s.line for s in plan.skipped)
    assert any("joined to the line before" in w and "line 11" in w for w in plan.warnings)


def test_latin1_bytes_are_read_as_windows_1252_with_a_warning():
    plan = read("latin1.ics")
    [item] = plan.items
    assert item.fields["title"] == "Café Grüße – naïve"
    assert item.fields["notes"] == "Straße 5, München"
    assert any("not valid UTF-8" in w for w in plan.warnings)


def test_several_vcalendars_in_one_file():
    plan = read("multiple_calendars.ics")
    assert plan.calendar_names == ["Studio A", "Studio B"]
    items = by_uid(plan)
    series = items["series-across-calendars"]
    [override] = series.overrides                       # master and override in two calendars
    assert override.original_start == at(BERLIN, 2025, 6, 16, 18)
    assert override.fields["end"] == at(BERLIN, 2025, 6, 16, 20)
    new_york = zone("America/New_York")
    floating = items["floating-in-new-york"].fields  # floating: that calendar's X-WR-TIMEZONE
    assert floating["time_zone"] == "America/New_York"
    assert floating["start"] == datetime(2025, 6, 3, 9, tzinfo=new_york)
    utc = items["utc-in-new-york"].fields
    assert utc["time_zone"] == "America/New_York"
    assert utc["start"] == datetime(2025, 6, 3, 13, tzinfo=UTC)


def test_google_export_with_x_wr_timezone_exdate_lists_and_attendees():
    plan = read("google_export.ics")
    assert plan.skipped == []
    items = by_uid(plan)
    weekly = items["utc-weekly@google.com"]
    fields = weekly.fields
    assert fields["time_zone"] == "Europe/Berlin"          # UTC times shown in X-WR-TIMEZONE
    assert fields["start"] == at(BERLIN, 2025, 5, 5, 18)
    assert fields["excluded_dates"] == tuple(at(BERLIN, 2025, 5, d, 18) for d in (12, 19, 26))
    assert fields["recurrence_dates"] == (at(BERLIN, 2025, 5, 31, 18),)
    assert fields["notes"] == "Bring a mat, water.\nSee you!"
    assert fields["location"].location_type is LocationType.CUSTOM
    assert fields["location"].address == "Hauptstraße 1, 10115 Berlin"
    ann, bob = fields["participants"]
    assert (ann.name, ann.email, ann.party_size, ann.approval_status) == \
        ("Ann Example", "ann@example.org", 3, ApprovalStatus.APPROVED)
    assert bob.approval_status is ApprovalStatus.PENDING and bob.party_size == 1
    holiday = items["holiday@google.com"].fields
    assert holiday["all_day"] and holiday["tags"] == ("Holiday", "Closed", "Blocked")
    assert (holiday["start"], holiday["end"]) == \
        (at(BERLIN, 2025, 12, 24), at(BERLIN, 2025, 12, 27))
    one_day = items["one-day@google.com"].fields
    assert one_day["end"] - one_day["start"] == timedelta(days=1)
    assert items["duration@google.com"].fields["end"] == at(BERLIN, 2025, 7, 7, 10, 30)
    assert fields["reminders"] == (30,)                     # VALARM TRIGGER:-P0DT0H30M0S
    assert not weekly.free and items["holiday@google.com"].free    # TRANSP:TRANSPARENT
    warnings = "\n".join(plan.warnings)
    for dropped in ("ORGANIZER", "CLASS"):
        assert dropped in warnings
    assert "VALARM" not in warnings and "TRANSP" not in warnings


def test_google_export_instances_match_the_oracle_with_x_wr_timezone():
    import icalendar
    import recurring_ical_events
    import x_wr_timezone

    data = (CORPUS / "google_export.ics").read_bytes()
    weekly = by_uid(read("google_export.ics"))["utc-weekly@google.com"]
    calendar = x_wr_timezone.to_standard(icalendar.Calendar.from_ical(data))
    oracle = sorted(e["DTSTART"].dt.astimezone(UTC) for e in
                    recurring_ical_events.of(calendar).between(LO, HI)
                    if e["UID"] == "utc-weekly@google.com")
    # RDATE;VALUE=DATE on a timed event is not valid RFC 5545: the oracle makes it an all-day
    # instance, we place it at the event's time (with a warning). The rest must agree.
    ours = instances(weekly, LO, HI)
    assert ours.pop(1) == at(BERLIN, 2025, 5, 31, 18)
    assert oracle.pop(1) == at(BERLIN, 2025, 5, 31)
    assert ours == oracle


def test_unsupported_and_broken_components_are_listed_with_reasons():
    plan = read("mixed_components.ics", partial=True)
    assert [i.uid for i in plan.items] == ["zero", "period-rdate", "good"]
    skipped = {s.uid: s for s in plan.skipped}
    assert not skipped["todo-1"].broken and skipped["todo-1"].kind == "VTODO"
    assert not skipped["journal-1"].broken and not skipped["fb-1"].broken
    assert skipped["no-start"].broken and "no DTSTART" in skipped["no-start"].reason
    assert skipped["backwards"].broken and "ends before it starts" in skipped["backwards"].reason
    assert skipped["bad-rule"].broken and "RRULE" in skipped["bad-rule"].reason
    zero = plan.items[0].fields        # DTEND equal to DTSTART: a point in time (RFC 5545)
    assert zero["point_in_time"] and zero["end"] - zero["start"] == timedelta(minutes=15)
    assert skipped["bad-rule"].line == 32 and skipped["bad-rule"].summary == "Unreadable RRULE"
    period = plan.items[1].fields
    assert period["recurrence"] == "FREQ=DAILY;COUNT=1"
    assert period["recurrence_dates"] == (at(BERLIN, 2025, 6, 10, 10), at(BERLIN, 2025, 6, 11, 10))


def test_unsupported_kinds_alone_do_not_fail_an_all_or_nothing_import():
    text = (CORPUS / "mixed_components.ics").read_text()
    start, end = text.index("BEGIN:VEVENT\nUID:no-start"), text.index("BEGIN:VEVENT\nUID:zero")
    plan = parse_calendar((text[:start] + text[end:]).encode(), business_time_zone="UTC")
    assert {s.uid for s in plan.skipped} == {"todo-1", "journal-1", "fb-1"}
    assert [i.uid for i in plan.items] == ["zero", "period-rdate", "good"]


@pytest.mark.parametrize("data", [
    (CORPUS / "not_ical.txt").read_bytes(),
    b"",
    b"<html><body>Not found</body></html>",
    bytes(range(256)) * 4,
])
def test_a_file_that_is_not_icalendar_is_a_validation_error(data):
    with pytest.raises(ValidationError) as caught:
        parse_calendar(data, business_time_zone="Europe/Berlin", partial=True)
    assert caught.value.fields == ("file",)
    assert "not an iCalendar file" in str(caught.value)
