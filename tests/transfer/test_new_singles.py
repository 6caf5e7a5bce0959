"""The import's fast check of new single sessions (``services.new_singles``) gives the record
the general path (``SessionService._new_record``) gives, and says "not sure" wherever the
general path refuses: over every event of the iCalendar corpus and over hostile values."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from transfer_sample import fresh

from sessions_desktop.domain.enums import LocationType, SessionType
from sessions_desktop.domain.model import INHERIT, LinkedSchedule, Location, Participant
from sessions_desktop.errors import SessionsError
from sessions_desktop.ical import parse_calendar
from sessions_desktop.services.new_singles import NewSingles
from sessions_desktop.services.transfer import ImportReport
from sessions_desktop.services.transfer_apply import Applier, ScheduleChooser

CORPUS = Path(__file__).parents[1] / "ical" / "corpus"
BERLIN = ZoneInfo("Europe/Berlin")


def general(svc, fields):
    """The general path's record, or the refusal it raises."""
    try:
        return svc.sessions._new_record(fields)
    except (SessionsError, TypeError, ValueError, AttributeError) as error:
        return error


def same_answer(svc, fields, schedule) -> object:
    """Where the fast path gives a record, it is the general path's record (so never where
    the general path refuses); "not sure" (None) is always allowed. Returns the fast answer."""
    fast = NewSingles(svc.ctx).record(dict(fields), schedule)
    slow = general(svc, dict(fields))
    if fast is not None:
        assert fast == slow, fields
    return fast


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    svc = fresh(tmp_path_factory.mktemp("fast") / "target.sqlite3")
    yield svc
    svc.close()


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*.ics"))


def test_every_corpus_event_gets_the_general_paths_record(services):
    svc = services
    taken, plain = 0, 0
    with svc.ctx.unit("import") as unit:
        chooser = ScheduleChooser(svc, [], None, create=True)
        applier = Applier(svc, chooser, ImportReport(), True, lambda: False, unit)
        for path in corpus_files():
            plan = parse_calendar(path.read_bytes(), business_time_zone="Europe/Berlin",
                                  partial=True)
            for item in plan.items:
                schedule = chooser.target(item)
                fields = {**applier._fields(item, schedule, patch=False), "id": item.uid}
                if same_answer(svc, fields, schedule) is not None:
                    taken += 1
                if not item.is_recurring and not isinstance(general(svc, fields), Exception):
                    plain += 1
    assert taken == plain > 30     # every valid single of the corpus takes the fast path


def base(schedule_id: str) -> dict:
    return {"id": "ev-1", "schedule_id": schedule_id, "type": SessionType.EVENT,
            "start": datetime(2025, 3, 3, 9, tzinfo=BERLIN),
            "end": datetime(2025, 3, 3, 10, tzinfo=BERLIN), "time_zone": "Europe/Berlin",
            "all_day": False, "title": "Yoga", "tags": (), "capacity": 12}


def test_the_plain_case_is_fast_and_the_same(services):
    svc = services
    schedule = svc.schedules.create_schedule({"name": "Plain", "kind": "GROUP"})
    assert same_answer(svc, base(schedule.id), schedule) is not None


TEXTS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "a\x00b", "\ud800", "line\nbreak", "tab\there", "\x7f", "\x9f",
                     "x" * 200, "x" * 201, "x" * 255, "x" * 256, "x" * 2000, "x" * 2001,
                     "x" * 6000, "x" * 6001, " padded ", "Europe/Berlin", "Mars/Base",
                     "../etc", "UTC"]),
)
ODD = st.one_of(st.none(), st.just(INHERIT), st.integers(-5, 3000), st.booleans(),
                st.floats(allow_nan=False), TEXTS, st.lists(TEXTS, max_size=3),
                st.tuples(TEXTS, TEXTS), st.just(SessionType.WORKING_HOURS),
                st.just("EVENT"), st.just(object()))
MOMENTS = st.one_of(
    st.datetimes(min_value=datetime(1890, 1, 1), max_value=datetime(2210, 1, 1),
                 timezones=st.sampled_from([UTC, BERLIN, ZoneInfo("Australia/Sydney")])),
    st.datetimes(min_value=datetime(2025, 3, 30), max_value=datetime(2025, 3, 31)),
    st.dates(min_value=date(2025, 1, 1), max_value=date(2025, 1, 5)),
    st.just("2025-03-03T09:00"), st.none())
FIELDS = ["id", "schedule_id", "type", "start", "end", "time_zone", "all_day", "title",
          "notes", "tags", "capacity", "time_reserved_after", "reminders", "point_in_time",
          "location", "participants", "affected_schedules", "rate", "status", "recurrence",
          "recurrence_dates", "nonsense"]
VALUES = {
    "start": MOMENTS, "end": MOMENTS,
    "tags": st.one_of(st.lists(TEXTS, max_size=4).map(tuple),
                      st.just(tuple(f"t{i}" for i in range(101))), st.just(("a", "a", "b")),
                      ODD),
    "reminders": st.one_of(st.lists(st.integers(-1, 50000), max_size=12).map(tuple), ODD),
    "location": st.one_of(st.builds(Location, st.just(LocationType.CUSTOM), address=TEXTS),
                          ODD),
    "participants": st.one_of(
        st.lists(st.builds(Participant, name=TEXTS, party_size=st.integers(-1, 300)),
                 max_size=2).map(tuple), ODD),
    "affected_schedules": st.one_of(st.just((LinkedSchedule("nobody"),)), ODD),
}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.sampled_from(FIELDS), st.none(), max_size=4),
       data=st.data())
def test_hostile_values_are_never_taken_where_the_general_path_refuses(services, changes,
                                                                        data):
    svc = services
    found = [s for s in svc.schedules.list_schedules() if s.name == "Hostile"]
    schedule = found[0] if found else svc.schedules.create_schedule({"name": "Hostile",
                                                                     "kind": "GROUP"})
    fields = base(schedule.id)
    for key in changes:
        if data.draw(st.booleans(), label=f"drop {key}"):
            fields.pop(key, None)
        else:
            fields[key] = data.draw(VALUES.get(key, ODD), label=key)
    same_answer(svc, fields, schedule)


def test_an_archived_or_other_schedule_is_left_to_the_general_path(services):
    svc = services
    schedule = svc.schedules.create_schedule({"name": "Gone soon", "kind": "GROUP"})
    other = svc.schedules.create_schedule({"name": "Other", "kind": "GROUP"})
    fields = base(schedule.id)
    assert NewSingles(svc.ctx).record(dict(fields), other) is None
    svc.schedules.archive_schedule(schedule.id)
    archived = svc.schedules.by_id()[schedule.id]
    assert NewSingles(svc.ctx).record(dict(fields), archived) is None
    assert isinstance(general(svc, fields), SessionsError)


def test_all_day_and_naive_times_agree(services):
    svc = services
    schedule = svc.schedules.create_schedule({"name": "Days", "kind": "GROUP",
                                              "time_zone": "Australia/Sydney"})
    fields = base(schedule.id)
    fields.update(start=date(2025, 4, 5), end=date(2025, 4, 7), all_day=True)
    assert same_answer(svc, fields, schedule) is not None
    fields.update(start=datetime(2025, 4, 6, 2, 30), end=datetime(2025, 4, 6, 3),
                  all_day=False, time_zone="")
    same_answer(svc, fields, schedule)
    fields.update(start=datetime(2025, 4, 6, 2, 30, tzinfo=UTC),
                  end=datetime(2025, 4, 6, 2, 30, tzinfo=UTC) + timedelta(minutes=1))
    assert same_answer(svc, fields, schedule) is not None
