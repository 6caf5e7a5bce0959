"""Exports of the calendars people bring (Google, Outlook, Apple, Thunderbird, Nextcloud), the
examples of RFC 5545 and RFC 7986, and a sloppy file, imported as a user would (``import
--partial`` through the services) and compared instance by instance with recurring-ical-events
over the source file; the report says what the source showed. The files are in
tests/ical/corpus/peers, written for these tests in the style of each program's export."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
import x_wr_timezone

from sessions_desktop.domain.enums import Transparency
from sessions_desktop.services import open_services
from sessions_desktop.services.transfer import import_ics

PEERS = Path(__file__).parent / "corpus" / "peers"
NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
# the year each file is compared over
YEARS = {"google_calendar.ics": 2027, "outlook.ics": 2027, "apple_calendar.ics": 2027,
         "thunderbird.ics": 2027, "nextcloud.ics": 2027, "rfc5545_examples.ics": 1997,
         "rfc7986_properties.ics": 2027}


def imported(tmp_path, name: str):
    svc = open_services(tmp_path / f"{name}.sqlite3", now=lambda: NOW)
    svc.ctx.set_business_zone("Europe/Berlin")
    report = import_ics(svc, PEERS / name, partial=True)
    return svc, report


def ours(svc, year: int) -> list[tuple[datetime, str]]:
    start, end = datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    found, result = [], svc.queries.query_sessions(start, end, limit=1000)
    found += result.items
    while result.has_next:
        result = svc.queries.query_sessions(cursor=result.next_cursor)
        found += result.items
    return sorted((s.start.astimezone(UTC), s.title or "") for s in found if s.start >= start)


def oracle(name: str, year: int) -> list[tuple[datetime, str]]:
    calendar = x_wr_timezone.to_standard(icalendar.Calendar.from_ical((PEERS / name)
                                                                      .read_bytes()))
    start, end = datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    out = []
    for event in recurring_ical_events.of(calendar).between(start, end):
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue            # a cancelled instance: calendars (and our queries) hide it
        begin = event["DTSTART"].dt
        if not isinstance(begin, datetime):     # all-day: midnight in the business zone
            begin = datetime.combine(begin, datetime.min.time()).replace(
                tzinfo=icalendar.timezone.tzp.timezone("Europe/Berlin"))
        if begin.astimezone(UTC) >= start:
            out.append((begin.astimezone(UTC), str(event.get("SUMMARY", ""))))
    return sorted(out)


@pytest.mark.parametrize("name", sorted(YEARS))
def test_every_instance_is_the_one_recurring_ical_events_reads(tmp_path, name):
    svc, report = imported(tmp_path, name)
    try:
        assert not [s for s in report.skipped if s.broken], report.skipped
        expected = oracle(name, YEARS[name])
        assert expected and ours(svc, YEARS[name]) == expected
    finally:
        svc.close()


def test_a_google_export_reads_as_google_showed_it(tmp_path):
    svc, report = imported(tmp_path, "google_calendar.ics")
    try:
        assert (report.created, report.instances) == (5, 2)     # moved and cancelled
        assert report.skipped == []
        assert report.schedules == {"Studio bookings": 5}
        week = svc.queries.query_sessions(datetime(2027, 1, 18, tzinfo=UTC),
                                          datetime(2027, 1, 25, tzinfo=UTC)).items
        flow = [s for s in week if s.title.startswith("Evening flow")]
        assert [(s.start.hour, s.title) for s in flow] == [(18, "Evening flow"),
                                                            (19, "Evening flow (one hour "
                                                                 "later)")]
        assert flow[0].reminders == (30, 1440)                   # popup and e-mail
        feb = svc.queries.query_sessions(datetime(2027, 2, 1, tzinfo=UTC),
                                         datetime(2027, 2, 2, tzinfo=UTC)).items
        assert not [s for s in feb if s.title.startswith("Evening")]      # cancelled
        call = next(s for s in ours_sessions(svc) if s.title == "Call the landlord")
        assert call.point_in_time and call.end - call.start == timedelta(minutes=15)
        assert call.reminders == (10,)
        easter = next(s for s in ours_sessions(svc) if s.title.startswith("Easter"))
        assert easter.all_day and (easter.end - easter.start).days == 5
        assert any(a.transparency is Transparency.FREE for a in easter.affected_schedules)
        intro = next(s for s in ours_sessions(svc) if s.title.startswith("Intro"))
        people = svc.sessions.get_session(intro.id, "ALL_PI").participants
        assert [p.email for p in people] == ["ann@example.org"]    # not the room
        assert "rooms and resources among the attendees (CUTYPE=ROOM or RESOURCE) were not " \
            "imported as participants" in report.warnings
    finally:
        svc.close()


def test_an_outlook_export_reads_as_outlook_showed_it(tmp_path):
    svc, report = imported(tmp_path, "outlook.ics")
    try:
        assert (report.created, report.instances) == (3, 2) and report.skipped == []
        sessions = ours_sessions(svc)
        team = [s for s in sessions if s.title.startswith("Team")]
        assert team[0].time_zone == "Europe/Berlin" and team[0].reminders == (15,)
        moved = next(s for s in team if "verschoben" in s.title)
        assert (moved.start.day, moved.start.hour) == (10, 14)
        days = {s.start.date().isoformat() for s in team}
        assert "2027-03-16" not in days and "2027-03-02" not in days    # cancelled, excluded
        trip = next(s for s in sessions if s.title == "Betriebsausflug")
        assert trip.all_day and trip.reminders == (18 * 60,)
        note = next(s for s in sessions if s.title.startswith("Erinnerung"))
        assert note.point_in_time                                  # DTEND equal to DTSTART
    finally:
        svc.close()


def test_the_sloppy_file_reads_as_tolerant_peers_read_it(tmp_path):
    svc, report = imported(tmp_path, "sloppy.ics")
    try:
        seen = [(s.start.astimezone(UTC).strftime("%m-%d %H:%M"), s.title)
                for s in ours_sessions(svc)]
        assert seen == [
            ("03-01 09:00", "Empty rule"), ("03-01 11:00", "Count and until"),
            ("03-01 13:00", "Two rules"), ("03-02 08:00", "Trailing semicolon"),
            ("03-03 08:00", "Trailing semicolon"), ("03-03 17:00",
                                                    "A point in time after the broken to-do"),
            ("03-04 07:00", "Negative count"), ("03-04 08:00", "Trailing semicolon"),
            ("03-08 11:00", "Count and until"), ("03-08 13:00", "Two rules"),
            ("03-15 11:00", "Count and until"), ("03-15 13:00", "Two rules"),
            ("03-22 13:00", "Two rules"), ("04-15 12:00", "Two rules"),
            ("05-15 12:00", "Two rules")]
        assert [s.kind for s in report.skipped] == ["VTODO"]
        assert not report.skipped[0].broken
        for warning in ("an empty RRULE (or one without FREQ) was read as no rule",
                        "an RRULE with both COUNT and UNTIL: the one that ends it first was "
                        "kept",
                        "several RRULEs in one event were read as the union of their "
                        "instances",
                        "an RRULE with COUNT of zero or less was read as no rule"):
            assert warning in report.warnings
    finally:
        svc.close()


def ours_sessions(svc):
    start = datetime(2027, 1, 1, tzinfo=UTC)
    found = []
    for month in range(12):
        lo = start + timedelta(days=31 * month)
        found += svc.queries.query_sessions(lo, lo + timedelta(days=31), limit=1000).items
    unique = {s.id: s for s in found}
    return sorted(unique.values(), key=lambda s: (s.start, s.id))
