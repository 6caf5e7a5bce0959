"""Export then import gives the same fields back (domain level), and export-import-export gives
the same file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from ical_helpers import (
    BERLIN,
    SYDNEY,
    at,
    bundle,
    export,
    session,
    sessions_from_plan,
)

from sessions_desktop.domain.enums import (
    ApprovalStatus,
    LocationType,
    SessionStatus,
    SessionType,
    Transparency,
)
from sessions_desktop.domain.model import LinkedSchedule, Location, Participant, Price, Rate
from sessions_desktop.ical import SeriesExport, export_calendar, parse_calendar

FULL = dict(
    title="Yoga, early; \"flow\"", tags=("morning", "a,b", "ü"), notes="line 1\nline 2\\end",
    capacity=12, time_reserved_after=15, type=SessionType.EVENT,
    rate=Rate((("general", Price("20.00", "EUR", "5")),), None),
    affected_schedules=(LinkedSchedule("room-1"), LinkedSchedule("staff-2", Transparency.FREE)),
    location=Location(LocationType.OWNER_BUSINESS, "loc-1", "Main studio", "Street 1, Town"),
    participants=(
        Participant("Jo Doe, Jr.", "jo@example.org", "+49 30 1234", 2, ApprovalStatus.APPROVED,
                    "contact-1"),
        Participant("No Mail", None, None, 1, ApprovalStatus.PENDING),
        Participant("Declined", "d@example.org", None, 3, ApprovalStatus.DECLINED),
        Participant("", "u@example.org", None, 1, ApprovalStatus.UNDEFINED),
    ),
)
COMPARED = ("start", "end", "time_zone", "all_day", "title", "tags", "notes", "capacity",
            "time_reserved_after", "type", "rate", "affected_schedules", "location")


def _one(data: bytes, business: str = "Europe/Berlin"):
    plan = parse_calendar(data, business_time_zone=business)
    assert plan.skipped == []
    assert len(plan.items) == 1
    return plan.items[0]


def _same_participants(found, expected) -> None:
    keep = ("name", "email", "phone", "party_size", "approval_status", "contact_id")
    assert [tuple(getattr(p, k) for k in keep) for p in found] == \
        [tuple(getattr(p, k) for k in keep) for p in expected]


def test_single_session_with_every_field_round_trips_with_personal_information():
    original = session("s1", at(BERLIN, 2025, 5, 6, 9, 30), at(BERLIN, 2025, 5, 6, 11), **FULL)
    item = _one(export([original], include_pi=True))
    assert item.uid == "s1"
    assert item.schedule_hint == "sch-1"
    assert item.schedule_name == "Studio, Main; Room"
    assert item.status is SessionStatus.CONFIRMED
    for name in COMPARED:
        assert item.fields[name] == getattr(original, name), name
    _same_participants(item.fields["participants"], original.participants)
    assert "recurrence" not in item.fields


def test_without_personal_information_no_location_and_no_attendees_are_written():
    original = session("s1", at(BERLIN, 2025, 5, 6, 9), at(BERLIN, 2025, 5, 6, 10), **FULL)
    data = export([original])
    assert b"ATTENDEE" not in data
    assert b"LOCATION" not in data
    assert b"jo@example.org" not in data
    item = _one(data)
    assert "participants" not in item.fields
    assert "location" not in item.fields
    assert item.fields["capacity"] == 12


def test_titles_none_empty_and_missing_tags_keep_their_meaning():
    no_title = session("a", at(BERLIN, 2025, 5, 6, 9), at(BERLIN, 2025, 5, 6, 10))
    empty = session("b", at(BERLIN, 2025, 5, 7, 9), at(BERLIN, 2025, 5, 7, 10), title="")
    plan = parse_calendar(export([no_title, empty]), business_time_zone="Europe/Berlin")
    items = {i.uid: i for i in plan.items}
    assert "title" not in items["a"].fields
    assert items["b"].fields["title"] == ""
    assert items["a"].fields["tags"] == ()          # ours: no CATEGORIES means no tags


def test_working_hours_cancelled_and_inherited_fields_round_trip():
    original = session("w1", at(BERLIN, 2025, 5, 6, 8), at(BERLIN, 2025, 5, 6, 16),
                       type=SessionType.WORKING_HOURS, status=SessionStatus.CANCELLED,
                       title="Shift", inherited_fields=("title", "capacity", "affectedSchedules"),
                       capacity=3)
    data = export([original])
    assert b"TRANSP:TRANSPARENT" in data
    assert b"STATUS:CANCELLED" in data
    item = _one(data)
    assert item.fields["type"] is SessionType.WORKING_HOURS
    assert item.status is SessionStatus.CANCELLED
    assert item.inherited == ("title", "capacity", "affected_schedules")


@pytest.mark.parametrize("business", ["Europe/Berlin", "Australia/Sydney"])
def test_all_day_sessions_round_trip_in_business_and_other_zones(business):
    berlin_days = session("d1", at(BERLIN, 2025, 12, 24), at(BERLIN, 2025, 12, 27),
                          all_day=True, title="Closed")
    sydney_day = session("d2", at(SYDNEY, 2025, 12, 31), at(SYDNEY, 2026, 1, 1), all_day=True)
    data = export([berlin_days, sydney_day], business=business)
    assert b"DTSTART;VALUE=DATE:20251224" in data
    assert b"DTEND;VALUE=DATE:20251227" in data        # exclusive end
    plan = parse_calendar(data, business_time_zone=business)
    items = {i.uid: i for i in plan.items}
    for original in (berlin_days, sydney_day):
        fields = items[original.id].fields
        assert fields["all_day"] is True
        assert (fields["start"], fields["end"]) == (original.start, original.end)
        assert fields["time_zone"] == original.time_zone


def test_a_session_kept_in_utc_stays_in_utc():
    start = datetime(2025, 5, 6, 7, tzinfo=UTC)
    utc = session("u1", start, start + timedelta(hours=1), time_zone="UTC")
    item = _one(export([utc]))
    assert item.fields["time_zone"] == "UTC"
    assert item.fields["start"] == utc.start


def _weekly_series():
    definition = session(
        "r1", at(BERLIN, 2025, 3, 3, 18), at(BERLIN, 2025, 3, 3, 19, 30), title="Evening class",
        tags=("class",), capacity=10,
        recurrence="FREQ=WEEKLY;UNTIL=20250601T000000Z;BYDAY=MO,TH",
        recurrence_dates=(at(BERLIN, 2025, 3, 15, 10),),
        excluded_dates=(at(BERLIN, 2025, 3, 6, 18),))
    moved = session("r1-x1", at(BERLIN, 2025, 3, 31, 19), at(BERLIN, 2025, 3, 31, 20, 30),
                    title="Evening class (moved)", original_start=at(BERLIN, 2025, 3, 31, 18),
                    recurring_session_id="r1", tags=("class",), capacity=8)
    gone = session("r1-x2", at(BERLIN, 2025, 4, 7, 18), at(BERLIN, 2025, 4, 7, 19, 30),
                   original_start=at(BERLIN, 2025, 4, 7, 18), recurring_session_id="r1",
                   status=SessionStatus.CANCELLED)
    return SeriesExport(definition, [moved, gone])


def test_recurring_session_with_exceptions_round_trips():
    series = _weekly_series()
    data = export(series=[series])
    assert data.count(b"UID:r1\r\n") == 2                  # master and one changed instance
    item = _one(data)
    definition = series.definition
    assert item.fields["recurrence"] == definition.recurrence
    assert item.fields["start"] == definition.start
    assert item.fields["end"] == definition.end
    assert item.fields["recurrence_dates"] == definition.recurrence_dates
    # the cancelled instance is an EXDATE on the master
    assert item.fields["excluded_dates"] == (at(BERLIN, 2025, 3, 6, 18), at(BERLIN, 2025, 4, 7, 18))
    [override] = item.overrides
    moved = series.exceptions[0]
    assert override.original_start == moved.original_start
    assert override.cancelled is False
    assert (override.fields["start"], override.fields["end"]) == (moved.start, moved.end)
    assert override.fields["title"] == "Evening class (moved)"
    assert override.fields["capacity"] == 8
    assert "recurrence" not in override.fields


def test_all_day_series_round_trips():
    definition = session("h1", at(BERLIN, 2025, 1, 6), at(BERLIN, 2025, 1, 7), all_day=True,
                         title="Holiday", recurrence="FREQ=YEARLY;COUNT=3",
                         excluded_dates=(at(BERLIN, 2026, 1, 6),))
    moved = session("h1-x", at(BERLIN, 2027, 1, 8), at(BERLIN, 2027, 1, 9), all_day=True,
                    original_start=at(BERLIN, 2027, 1, 6), recurring_session_id="h1")
    data = export(series=[SeriesExport(definition, [moved])])
    assert b"RECURRENCE-ID;VALUE=DATE:20270106" in data
    assert b"EXDATE;VALUE=DATE:20260106" in data
    item = _one(data)
    assert item.fields["all_day"] is True
    assert item.fields["excluded_dates"] == definition.excluded_dates
    assert item.overrides[0].original_start == at(BERLIN, 2027, 1, 6)
    assert item.overrides[0].fields["start"] == at(BERLIN, 2027, 1, 8)


def test_export_import_export_gives_the_same_file():
    singles = [
        session("s1", at(BERLIN, 2025, 5, 6, 9), at(BERLIN, 2025, 5, 6, 10), **FULL),
        session("s2", at(SYDNEY, 2025, 10, 5, 1), at(SYDNEY, 2025, 10, 5, 4), title="DST"),
        session("d1", at(BERLIN, 2025, 12, 24), at(BERLIN, 2025, 12, 26), all_day=True),
    ]
    first = export_calendar(bundle(singles, [_weekly_series()]), include_pi=True)
    plan = parse_calendar(first, business_time_zone="Europe/Berlin")
    again_singles, again_series = sessions_from_plan(plan)
    second = export_calendar(bundle(again_singles, again_series), include_pi=True)
    assert second == first


def test_export_is_deterministic_and_sorted():
    a = session("b", at(BERLIN, 2025, 5, 7, 9), at(BERLIN, 2025, 5, 7, 10))
    b = session("a", at(BERLIN, 2025, 5, 6, 9), at(BERLIN, 2025, 5, 6, 10))
    assert export([a, b]) == export([b, a])
    text = export([a, b]).decode()
    assert text.index("UID:a") < text.index("UID:b")


def test_dst_gap_and_fold_times_survive():
    gap_day = at(BERLIN, 2025, 3, 30, 1, 30)
    fold = at(BERLIN, 2025, 10, 26, 2, 30)        # first of the two 02:30 (fold=0)
    singles = [session("g", gap_day, gap_day + timedelta(hours=2)),
               session("f", fold, fold + timedelta(minutes=30))]
    plan = parse_calendar(export(singles), business_time_zone="Europe/Berlin")
    items = {i.uid: i for i in plan.items}
    assert items["g"].fields["end"] - items["g"].fields["start"] == timedelta(hours=2)
    assert items["f"].fields["start"] == fold
    assert items["f"].fields["start"].utcoffset() == timedelta(hours=2)
