"""The sample studio's export as a calendar app reads it: no working-hours clutter, named after
the business, staff and rooms as attendees, and the same instances recurring-ical-events reads
as our own query shows; one file per staff member; feeds for phones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import pytest
import recurring_ical_events

from sessions_desktop.domain.enums import SessionType
from sessions_desktop.errors import ValidationError
from sessions_desktop.services import open_services
from sessions_desktop.services.business import set_business_name
from sessions_desktop.services.publish import (
    Publisher,
    publish_feeds,
    publish_settings,
    set_publish_settings,
)
from sessions_desktop.services.sample_business import load_sample_business, sample_monday
from sessions_desktop.services.transfer import export_ics, export_staff_files

NOW = datetime(2027, 1, 6, 12, tzinfo=UTC)


@pytest.fixture
def studio(tmp_path):
    svc = open_services(tmp_path / "studio.sqlite3", now=lambda: NOW)
    svc.ctx.set_business_zone("Europe/Berlin")
    made = load_sample_business(svc)
    yield svc, made
    svc.close()


def _calendar(path):
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_the_studio_export_reads_the_same_in_a_calendar_app(studio, tmp_path):
    svc, _ = studio
    path = tmp_path / "studio.ics"
    export_ics(svc, path)
    calendar = _calendar(path)
    assert str(calendar["X-WR-CALNAME"]) == "Linden Movement Studio"
    events = [c for c in calendar.walk("VEVENT")]
    assert events and not any(str(e.get("X-SESSIONS-TYPE")) == "WORKING_HOURS" for e in events)
    monday = sample_monday(svc)
    start = datetime.combine(monday, datetime.min.time()).replace(tzinfo=svc.ctx.business_zone)
    end = start + timedelta(days=7)
    ours = svc.queries.query_sessions(start, end, limit=1000).items
    wanted = sorted((s.start.astimezone(UTC), s.title) for s in ours
                    if s.type is SessionType.EVENT)
    theirs = sorted((e["DTSTART"].dt.astimezone(UTC), str(e.get("SUMMARY")))
                    for e in recurring_ical_events.of(calendar).between(start, end))
    assert theirs == wanted and len(wanted) > 20
    yoga = next(e for e in events if str(e.get("SUMMARY")) == "Morning yoga")
    attendees = yoga.get("ATTENDEE")
    kinds = {(str(a.params["CUTYPE"]), str(a.params["CN"])) for a in attendees}
    assert kinds == {("INDIVIDUAL", "Maya (yoga teacher)"), ("ROOM", "Big room")}
    assert str(yoga["LOCATION"]) == "Big room"
    assert b"@example.com" not in path.read_bytes()          # no participants without PI


def test_working_hours_and_time_off_only_when_asked(studio, tmp_path):
    svc, _ = studio
    path = tmp_path / "all.ics"
    report = export_ics(svc, path, working_hours=True, time_off=True)
    types = {str(e.get("X-SESSIONS-TYPE")) for e in _calendar(path).walk("VEVENT")}
    assert "WORKING_HOURS" in types
    assert report.sessions > export_ics(svc, tmp_path / "plain.ics").sessions


def test_one_file_per_staff_member_holds_what_takes_them(studio, tmp_path):
    svc, _ = studio
    set_business_name(svc, "Linden")
    reports = export_staff_files(svc, tmp_path / "staff", business_file=True)
    names = sorted(p.name for p in (tmp_path / "staff").iterdir())
    assert names == ["Ines (massage therapist).ics", "Lena (Pilates teacher).ics", "Linden.ics",
                     "Maya (yoga teacher).ics", "Tom (physiotherapist).ics"]
    assert len(reports) == 5
    maya = _calendar(tmp_path / "staff" / "Maya (yoga teacher).ics")
    assert str(maya["X-WR-CALNAME"]) == "Linden – Maya (yoga teacher)"
    titles = {str(e.get("SUMMARY")) for e in maya.walk("VEVENT")}
    assert {"Morning yoga", "Evening flow"} <= titles
    assert not any(t.startswith(("Physiotherapy", "Sports Massage")) for t in titles)


def test_feeds_follow_every_change_and_are_replaced_whole(studio, tmp_path):
    svc, made = studio
    folder = tmp_path / "Sync" / "feeds"
    with pytest.raises(ValidationError):
        set_publish_settings(svc, "relative/folder")
    assert not publish_settings(svc).on and publish_feeds(svc) == []
    set_publish_settings(svc, folder)
    publisher = Publisher(svc)
    assert publish_feeds(svc) and sorted(p.name for p in folder.iterdir()) == [
        "Ines (massage therapist).ics", "Lena (Pilates teacher).ics",
        "Linden Movement Studio.ics", "Maya (yoga teacher).ics",
        "Tom (physiotherapist).ics"]
    assert publisher.flush() == []                          # nothing changed since
    svc.sessions.update_session(made.appointments[0], {"title": "Moved by phone"})
    assert publisher.pending
    publisher.flush()
    business = (folder / "Linden Movement Studio.ics").read_bytes()
    assert b"Moved by phone" in business and b"@example.com" not in business
    assert not [p for p in folder.iterdir() if p.suffix != ".ics"]   # no half files left
    set_publish_settings(svc, None)
    assert not publish_settings(svc).on
    publisher.close()
