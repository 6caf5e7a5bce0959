"""Plain single sessions are written straight to bytes (``ical.plain_writer``): the same bytes
icalendar writes for them, for every kind of value a plain session can hold."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from ical_helpers import BERLIN, SCHEDULE, SYDNEY, at, session
from icalendar import vDate, vDatetime

from sessions_desktop.domain.enums import SessionType, Transparency
from sessions_desktop.domain.model import LinkedSchedule, Price, Rate
from sessions_desktop.domain.time import zone
from sessions_desktop.ical import export
from sessions_desktop.ical.export_settings import ExportSettings
from sessions_desktop.ical.plain_writer import PlainWriter, _day, _wall, is_plain
from sessions_desktop.ical.serialize import Serializer

STAMP = datetime(2026, 1, 2, 3, 4, 5, 678, tzinfo=UTC)


def _writers():
    settings = ExportSettings({SCHEDULE.id: SCHEDULE}, "Europe/Berlin", False, STAMP)
    writer = export._Writer(settings)
    return writer, PlainWriter(writer)


def sessions():
    base = at(BERLIN, 2025, 3, 30, 1, 30)
    utc = zone("UTC")
    yield session("plain", base, base + timedelta(hours=1))
    yield session("ünïcode ✓", base, base + timedelta(hours=1), title="Größe – 10 € ✓",
                  notes="Line one\nLine two, with; specials \\ and a very long tail " * 3)
    yield session("tags", base, base + timedelta(minutes=5), tags=("a,b", "c;d", "Ä"),
                  capacity=12, time_reserved_after=15, title=None, notes="")
    yield session("day", at(BERLIN, 2025, 12, 24), at(BERLIN, 2025, 12, 27), all_day=True)
    yield session("sydney", at(SYDNEY, 2025, 4, 6, 2, 30), at(SYDNEY, 2025, 4, 6, 3, 30),
                  time_zone="Australia/Sydney")
    yield session("utc", datetime(2025, 5, 5, 9, tzinfo=utc), datetime(2025, 5, 5, 10,
                                                                       tzinfo=utc),
                  time_zone="UTC")
    yield session("point", base, base + timedelta(minutes=15), point_in_time=True)
    yield session("hours", base, base + timedelta(hours=8), type=SessionType.WORKING_HOURS)
    yield session("free", base, base + timedelta(hours=1), affected_schedules=(
        LinkedSchedule(SCHEDULE.id, Transparency.FREE), LinkedSchedule("other")),
        rate=Rate((("general", Price("20", "EUR")),), "from 20 €"),
        inherited_fields=("tags", "capacity", "location", "rate"))
    yield session("elsewhere", base, base + timedelta(hours=1), schedule_id="unknown",
                  time_zone="America/New_York")


def test_plain_sessions_are_written_as_icalendar_writes_them():
    for one in sessions():
        writer, _ = _writers()
        assert is_plain(one, writer.has_resources(one))
        expected = Serializer().component_bytes(writer.single(one))
        writer2, plain2 = _writers()
        assert plain2.event_bytes(one) == expected, one.id
        assert (writer2.zones, writer2.earliest, writer2.latest) == \
            (writer.zones, writer.earliest, writer.latest)


def test_sessions_with_more_than_plain_values_go_to_icalendar():
    base = at(BERLIN, 2025, 3, 3, 9)
    assert not is_plain(session("r", base, base + timedelta(hours=1), reminders=(15,)), False)
    assert not is_plain(session("s", base, base + timedelta(hours=1)), True)


def test_dates_and_times_are_written_as_icalendar_writes_them():
    moments = [datetime(year, month, day, hour, minute, second)
               for year in (1, 9, 99, 999, 1000, 1900, 2026, 2200, 9999)
               for month, day, hour, minute, second in ((1, 1, 0, 0, 0), (12, 31, 23, 59, 59),
                                                        (2, 28, 9, 5, 7))]
    for moment in moments:
        assert _wall(moment) == vDatetime(moment).to_ical().decode(), moment
        assert _day(moment.date()) == vDate(moment.date()).to_ical().decode(), moment
    assert _day(date(2026, 3, 4)) == "20260304"
