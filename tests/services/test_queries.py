"""query_sessions: window, order, limits, cursors, filters, fieldsets, definitions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessions_desktop.domain.model import Participant
from sessions_desktop.errors import ValidationError
from sessions_desktop.services import open_services


def make(svc, schedule, day, hour, minutes=60, **extra):
    start = datetime(2026, 12, day, hour)
    return svc.sessions.create_session({"schedule_id": schedule.id, "start": start,
                                        "end": start + timedelta(minutes=minutes), **extra})


def test_window_is_half_open(svc, yoga, window):
    s = make(svc, yoga, 1, 9)
    assert window(datetime(2026, 12, 1, 10), datetime(2026, 12, 2)) == []
    assert window(datetime(2026, 11, 30), datetime(2026, 12, 1, 9)) == []
    assert [x.id for x in window(datetime(2026, 12, 1, 9, 59), datetime(2026, 12, 2))] == [s.id]


def test_sessions_starting_before_the_window_are_included(svc, yoga, window):
    long = make(svc, yoga, 1, 9, minutes=60 * 30)
    assert [x.id for x in window(datetime(2026, 12, 2), datetime(2026, 12, 3))] == [long.id]


def test_order_is_start_then_id(svc, yoga, window):
    made = [make(svc, yoga, 3, 9) for _ in range(5)] + [make(svc, yoga, 2, 9)]
    got = window(datetime(2026, 12, 1), datetime(2026, 12, 4))
    assert [x.id for x in got] == [made[5].id, *sorted(m.id for m in made[:5])]


@pytest.mark.parametrize("kwargs,field", [
    ({"limit": 5000}, "limit"), ({"limit": 0}, "limit"),
    ({"type": "MEETING"}, "type"), ({"filter": {"colour": "red"}}, "filter.colour"),
    ({"filter": {"capacity": {"$startsWith": "1"}}}, "filter.capacity"),
])
def test_bad_query_arguments_are_validation_errors(svc, kwargs, field):
    with pytest.raises(ValidationError) as info:
        svc.queries.query_sessions(datetime(2026, 12, 1), datetime(2026, 12, 2), **kwargs)
    assert field in info.value.fields


def test_instance_window_is_at_most_one_year(svc, yoga):
    with pytest.raises(ValidationError) as info:
        svc.queries.query_sessions(datetime(2026, 1, 1), datetime(2028, 1, 1))
    assert info.value.fields == ("to_date",)
    svc.queries.query_sessions(datetime(2026, 1, 1), datetime(2027, 1, 1))
    svc.queries.query_sessions(datetime(2026, 1, 1), datetime(2036, 1, 1), instances=False)


def test_dates_are_required_without_cursor(svc):
    with pytest.raises(ValidationError) as info:
        svc.queries.query_sessions()
    assert set(info.value.fields) == {"from_date", "to_date"}


@pytest.mark.parametrize("cursor", ["garbage", "", "a.b", "x" * 9000, "eyJxIjp7fX0.0000"])
def test_garbage_cursor_is_a_validation_error(svc, cursor):
    with pytest.raises(ValidationError) as info:
        svc.queries.query_sessions(cursor=cursor)
    assert info.value.fields == ("cursor",)


def test_cursor_from_another_database_or_query_is_refused(svc, yoga, tmp_path):
    for day in range(1, 6):
        make(svc, yoga, day, 9)
    page = svc.queries.query_sessions(datetime(2026, 12, 1), datetime(2026, 12, 31), limit=2)
    assert page.has_next and page.count == 2
    other = open_services(tmp_path / "other.sqlite3")
    with pytest.raises(ValidationError):
        other.queries.query_sessions(cursor=page.next_cursor)
    with pytest.raises(ValidationError):
        svc.queries.query_sessions(datetime(2026, 1, 1), datetime(2026, 2, 1),
                                   cursor=page.next_cursor)
    again = svc.queries.query_sessions(cursor=page.next_cursor)
    assert again.count == 2


def test_cursor_keeps_filter_and_fieldsets(svc, yoga, anna):
    for day in range(1, 8):
        make(svc, yoga, day, 9, participants=[Participant("Al")])
        make(svc, anna, day, 10)
    page = svc.queries.query_sessions(datetime(2026, 12, 1), datetime(2026, 12, 31), limit=3,
                                      filter={"scheduleId": yoga.id}, fieldsets="ALL_PI")
    items = list(page.items)
    while page.has_next:
        page = svc.queries.query_sessions(cursor=page.next_cursor)
        items.extend(page.items)
    assert {s.schedule_id for s in items} == {yoga.id}
    assert all(s.participants for s in items)
    assert len(items) == 7


def test_a_cursor_takes_a_new_page_size(svc, yoga):
    made = [make(svc, yoga, day, 9).id for day in range(1, 9)]
    page = svc.queries.query_sessions(datetime(2026, 12, 1), datetime(2026, 12, 31), limit=2)
    bigger = svc.queries.query_sessions(cursor=page.next_cursor, limit=5)
    assert [s.id for s in bigger.items] == made[2:7] and bigger.has_next
    rest = svc.queries.query_sessions(cursor=bigger.next_cursor)  # keeps the new size
    assert [s.id for s in rest.items] == made[7:] and not rest.has_next
    with pytest.raises(ValidationError):
        svc.queries.query_sessions(cursor=page.next_cursor, limit=5000)


def test_filter_of_or_affecting_a_schedule(svc, yoga, anna, window):
    from sessions_desktop.domain.model import LinkedSchedule

    own = make(svc, anna, 1, 9)
    linked = make(svc, yoga, 1, 11, affected_schedules=[LinkedSchedule(anna.id)])
    make(svc, yoga, 1, 13)
    found = window(datetime(2026, 12, 1), datetime(2026, 12, 2), filter={"$or": [
        {"scheduleId": anna.id}, {"affectedSchedules.scheduleId": {"$hasSome": [anna.id]}}]})
    assert [s.id for s in found] == [own.id, linked.id]


def test_instances_false_returns_definitions_unpaged(svc, yoga):
    series = svc.sessions.create_session({"schedule_id": yoga.id,
                                          "start": datetime(2020, 1, 6, 9),
                                          "end": datetime(2020, 1, 6, 10),
                                          "recurrence": "FREQ=WEEKLY;UNTIL=20210101T000000Z"})
    make(svc, yoga, 1, 9)
    result = svc.queries.query_sessions(datetime(2020, 6, 1), datetime(2030, 1, 1),
                                        instances=False)
    assert [s.id for s in result.items] == [series.id] and not result.has_next
    later = svc.queries.query_sessions(datetime(2022, 1, 1), datetime(2030, 1, 1),
                                       instances=False)
    assert later.items == []



def test_instances_false_of_one_type_returns_only_that_types_definitions(svc, yoga, anna):
    """The staff views ask for the working hours' definitions only; the database narrows."""
    svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2020, 1, 6, 9),
                                 "end": datetime(2020, 1, 6, 10),
                                 "recurrence": "FREQ=WEEKLY"})
    hours = svc.sessions.create_session({"schedule_id": anna.id, "type": "WORKING_HOURS",
                                         "start": datetime(2020, 1, 6, 8),
                                         "end": datetime(2020, 1, 6, 16),
                                         "recurrence": "FREQ=WEEKLY;BYDAY=MO,TU"})
    every = svc.queries.query_sessions(datetime(2020, 6, 1), datetime(2020, 6, 8),
                                       instances=False)
    only = svc.queries.query_sessions(datetime(2020, 6, 1), datetime(2020, 6, 8),
                                      type="WORKING_HOURS", instances=False)
    assert len(every.items) == 2
    assert [s.id for s in only.items] == [hours.id] and only.items[0].type.value == \
        "WORKING_HOURS"

@pytest.fixture(scope="module", params=("sqlite", "postgresql"))
def busy_db(request, tmp_path_factory):
    """A month with singles, series, exceptions and cancellations, many equal start times
    (keyset paging on both backends)."""
    path = tmp_path_factory.mktemp("busy") / "busy.sqlite3"
    if request.param == "postgresql":
        path = request.getfixturevalue("pg_cluster").create_database(
            f"busy_{id(request)}", template="sd_template")
    svc = open_services(path, now=lambda: datetime(2026, 11, 25, tzinfo=UTC))
    svc.ctx.set_business_zone("Europe/Berlin")
    a = svc.schedules.create_schedule({"name": "A", "kind": "GROUP", "capacity": 10})
    b = svc.schedules.create_schedule({"name": "B", "kind": "STAFF"})
    for i in range(120):
        make(svc, a if i % 3 else b, 1 + i % 28, 8 + i % 5, 30 + 15 * (i % 4),
             tags=[f"t{i % 4}"], capacity=i % 12)
    for hour in (8, 9, 10):
        series = svc.sessions.create_session({
            "schedule_id": a.id, "start": datetime(2026, 11, 30, hour),
            "end": datetime(2026, 11, 30, hour + 1), "recurrence": "FREQ=DAILY;INTERVAL=2"})
        items = svc.queries.query_sessions(datetime(2026, 12, 1), datetime(2026, 12, 20),
                                           filter={"recurringSessionId": series.id}).items
        svc.sessions.update_session(items[1].id, {"title": "moved", "capacity": 2})
        svc.sessions.delete_session(items[2].id)
    yield svc
    svc.close()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.integers(1, 40), start_day=st.integers(1, 20), days=st.integers(1, 12),
       cancelled=st.booleans())
def test_all_pages_equal_the_unpaged_result(busy_db, limit, start_day, days, cancelled):
    start = datetime(2026, 12, start_day)
    end = start + timedelta(days=days)
    whole = busy_db.queries.query_sessions(start, end, limit=1000,
                                           include_cancelled=cancelled).items
    pages = []
    result = busy_db.queries.query_sessions(start, end, limit=limit,
                                            include_cancelled=cancelled)
    pages.extend(result.items)
    while result.has_next:
        assert result.count == limit
        result = busy_db.queries.query_sessions(cursor=result.next_cursor)
        pages.extend(result.items)
    assert [s.id for s in pages] == [s.id for s in whole]
    assert len({s.id for s in pages}) == len(pages)
    keys = [(s.start, s.id) for s in pages]
    assert keys == sorted(keys)


FILTERS = st.one_of(
    st.builds(lambda n: {"capacity": {"$gte": n}}, st.integers(0, 12)),
    st.builds(lambda t: {"tags": {"$hasSome": [t]}}, st.sampled_from(["t0", "t1", "t2"])),
    st.builds(lambda: {"recurringSessionId": {"$exists": True}}),
    st.builds(lambda: {"title": {"$startsWith": "mo"}}),
    st.builds(lambda: {"status": "CANCELLED"}),
    st.builds(lambda: {"inheritedFields": {"$hasSome": ["capacity"]}}),
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=FILTERS, second=FILTERS, combine=st.sampled_from(["$and", "$or", "not"]),
       limit=st.integers(2, 50))
def test_filters_agree_with_plain_python(busy_db, first, second, combine, limit):
    start, end = datetime(2026, 12, 1), datetime(2026, 12, 29)
    everything = busy_db.queries.query_sessions(start, end, limit=1000,
                                                include_cancelled=True).items
    combined = {"$not": first} if combine == "not" else {combine: [first, second]}

    def plain(session, f):
        key, value = next(iter(f.items()))
        if key in ("$and", "$or"):
            results = [plain(session, part) for part in value]
            return all(results) if key == "$and" else any(results)
        if key == "$not":
            return not plain(session, value)
        getters = {"capacity": lambda s: s.capacity, "tags": lambda s: s.tags,
                   "recurringSessionId": lambda s: s.recurring_session_id,
                   "title": lambda s: s.title, "status": lambda s: s.status.value,
                   "inheritedFields": lambda s: s.inherited_fields}
        got = getters[key](session)
        if not isinstance(value, dict):
            return got == value
        op, operand = next(iter(value.items()))
        return {"$gte": lambda: got is not None and got >= operand,
                "$hasSome": lambda: bool(set(got) & set(operand)),
                "$exists": lambda: (got is not None) == operand,
                "$startsWith": lambda: isinstance(got, str) and got.startswith(operand),
                }[op]()

    expected = [s.id for s in everything if plain(s, combined)]
    got = []
    result = busy_db.queries.query_sessions(start, end, limit=limit, include_cancelled=True,
                                            filter=combined)
    got.extend(result.items)
    while result.has_next:
        result = busy_db.queries.query_sessions(cursor=result.next_cursor)
        got.extend(result.items)
    assert [s.id for s in got] == expected
