"""Recurring sessions: instances, ids, exceptions, scopes, splits, "from now on", DST."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from sessions_desktop.domain.enums import SessionStatus
from sessions_desktop.errors import FailedPreconditionError, NotFoundError, ValidationError

BERLIN = ZoneInfo("Europe/Berlin")
SYDNEY = ZoneInfo("Australia/Sydney")


@pytest.fixture
def weekly(svc, yoga):
    """Mondays 18:00-19:00 from 2 November 2026 (now is 25 November 2026)."""
    return svc.sessions.create_session({"schedule_id": yoga.id,
                                        "start": datetime(2026, 11, 2, 18),
                                        "end": datetime(2026, 11, 2, 19),
                                        "recurrence": "FREQ=WEEKLY;BYDAY=MO;"})


def starts(items):
    return [s.start.replace(tzinfo=None) for s in items]


def test_instances_come_from_the_rule_with_deterministic_ids(svc, weekly, window):
    first = window(datetime(2026, 11, 1), datetime(2026, 12, 1))
    again = window(datetime(2026, 11, 1), datetime(2026, 12, 1))
    assert starts(first) == [datetime(2026, 11, d, 18) for d in (2, 9, 16, 23, 30)]
    assert [s.id for s in first] == [s.id for s in again]
    assert all(s.recurring_session_id == weekly.id for s in first)
    assert first[0].instance_of_recurrence == "FREQ=WEEKLY;BYDAY=MO"
    assert first[0].original_start == first[0].start
    assert {"start", "end"} <= set(first[0].inherited_fields)
    assert svc.sessions.get_session(first[1].id).start == first[1].start


def test_first_instance_is_first_matching_slot_on_or_after_start(svc, yoga, window):
    # Wix's example: start Saturday 1 May, "every second Monday" -> Monday 10 May.
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2027, 5, 1, 9),
                                     "end": datetime(2027, 5, 1, 10),
                                     "recurrence": "FREQ=MONTHLY;BYDAY=2MO"})
    items = window(datetime(2027, 4, 1), datetime(2027, 6, 30))
    assert starts(items) == [datetime(2027, 5, 10, 9), datetime(2027, 6, 14, 9)]
    assert s.recurrence == "FREQ=MONTHLY;BYDAY=2MO"


def test_exdate_and_rdate(svc, yoga, window):
    svc.sessions.create_session({
        "schedule_id": yoga.id, "start": datetime(2026, 11, 2, 18),
        "end": datetime(2026, 11, 2, 19), "recurrence": "FREQ=WEEKLY;BYDAY=MO",
        "excluded_dates": [datetime(2026, 11, 9, 18)],
        "recurrence_dates": [datetime(2026, 11, 12, 18)]})
    items = window(datetime(2026, 11, 1), datetime(2026, 11, 17))
    assert starts(items) == [datetime(2026, 11, 2, 18), datetime(2026, 11, 12, 18),
                             datetime(2026, 11, 16, 18)]


def test_this_scope_changes_one_instance_only(svc, weekly, window):
    items = window(datetime(2026, 11, 1), datetime(2026, 12, 1))
    moved = svc.sessions.update_session(items[1].id, {"start": datetime(2026, 11, 10, 18),
                                                      "end": datetime(2026, 11, 10, 19),
                                                      "title": "Moved"}, scope="THIS")
    assert moved.id == items[1].id and moved.title == "Moved"
    assert "start" not in moved.inherited_fields and "title" not in moved.inherited_fields
    assert moved.original_start == items[1].original_start
    after = window(datetime(2026, 11, 1), datetime(2026, 12, 1))
    assert starts(after)[1] == datetime(2026, 11, 10, 18)
    assert [s.title for s in after].count("Moved") == 1


def test_series_change_reaches_exception_only_in_inherited_fields(svc, weekly, window):
    items = window(datetime(2026, 11, 1), datetime(2026, 12, 1))
    svc.sessions.update_session(items[1].id, {"title": "Own title"})
    svc.sessions.update_session(weekly.id, {"title": "Renamed", "capacity": 3}, scope="ALL")
    after = window(datetime(2026, 11, 1), datetime(2026, 12, 1))
    assert after[1].title == "Own title" and after[1].capacity == 3
    assert after[0].title == "Renamed"


def test_setting_an_instance_back_relinks_it(svc, weekly, window):
    inst = window(datetime(2026, 11, 1), datetime(2026, 12, 1))[2]
    svc.sessions.update_session(inst.id, {"start": inst.start + timedelta(hours=1),
                                          "end": inst.end + timedelta(hours=1)})
    svc.sessions.update_session(inst.id, {"start": inst.start, "end": inst.end})
    assert svc.ctx.repo.exceptions_of(weekly.id) == []
    assert {"start", "end"} <= set(svc.sessions.get_session(inst.id).inherited_fields)


def test_following_splits_the_series_and_moves_later_exceptions(svc, weekly, window):
    items = window(datetime(2026, 11, 1), datetime(2026, 12, 31))
    svc.sessions.update_session(items[5].id, {"title": "Later exception"})
    new = svc.sessions.update_session(items[3].id, {"title": "New term"}, scope="FOLLOWING")
    assert new.recurring_session_id != weekly.id
    after = window(datetime(2026, 11, 1), datetime(2026, 12, 31))
    assert starts(after) == starts(items)
    assert [s.title for s in after[:3]] == ["Yoga class"] * 3
    assert after[3].title == "New term" and after[5].title == "Later exception"
    assert {s.recurring_session_id for s in after[3:]} == {new.recurring_session_id}
    assert "UNTIL=" in svc.sessions.get_session(weekly.id).recurrence


def test_following_on_a_count_rule_splits_the_count(svc, yoga, window):
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 11, 2, 18),
                                     "end": datetime(2026, 11, 2, 19),
                                     "recurrence": "FREQ=WEEKLY;COUNT=6"})
    items = window(datetime(2026, 11, 1), datetime(2027, 3, 1))
    assert len(items) == 6
    svc.sessions.update_session(items[2].id, {"title": "B"}, scope="FOLLOWING")
    after = window(datetime(2026, 11, 1), datetime(2027, 3, 1))
    assert starts(after) == starts(items)
    assert svc.sessions.get_session(s.id).recurrence == "FREQ=WEEKLY;COUNT=2"


def test_all_scope_moves_the_whole_series_to_another_day(svc, weekly, window):
    items = window(datetime(2026, 11, 1), datetime(2026, 12, 1))
    new = svc.sessions.update_session(items[2].id, {"start": datetime(2026, 11, 18, 9),
                                                    "end": datetime(2026, 11, 18, 10, 30)},
                                      scope="ALL")
    assert new.start == datetime(2026, 11, 18, 9, tzinfo=BERLIN)
    after = window(datetime(2026, 11, 1), datetime(2026, 12, 1))
    assert starts(after) == [datetime(2026, 11, d, 9) for d in (4, 11, 18, 25)]
    assert all(s.end - s.start == timedelta(minutes=90) for s in after)
    assert svc.sessions.get_session(weekly.id).recurrence == "FREQ=WEEKLY;BYDAY=WE"


def test_rule_change_keeps_orphaned_exception_as_single_and_reports_it(svc, weekly, window):
    seen = []
    svc.subscribe(seen.append)
    items = window(datetime(2026, 11, 1), datetime(2026, 12, 1))
    svc.sessions.update_session(items[1].id, {"title": "Keep me"})
    svc.sessions.update_session(weekly.id, {"recurrence": "FREQ=WEEKLY;BYDAY=TU"},
                                scope="ALL")
    assert seen[-1].detached == (items[1].id,)
    kept = svc.sessions.get_session(items[1].id)
    assert kept.title == "Keep me" and kept.recurring_session_id is None
    assert kept.start == items[1].start


def test_series_id_without_scope_changes_only_from_now_on(svc, weekly, window):
    svc.sessions.update_session(weekly.id, {"title": "From now"})
    items = window(datetime(2026, 11, 1), datetime(2026, 12, 15))
    past = [s for s in items if s.start < datetime(2026, 11, 25, tzinfo=UTC)]
    future = [s for s in items if s.start >= datetime(2026, 11, 25, tzinfo=UTC)]
    assert {s.title for s in past} == {"Yoga class"}
    assert {s.title for s in future} == {"From now"}
    assert len(items) == 7


def test_delete_series_id_without_scope_cancels_only_future(svc, weekly, window):
    svc.sessions.delete_session(weekly.id)
    items = window(datetime(2026, 11, 1), datetime(2027, 1, 1))
    assert starts(items) == [datetime(2026, 11, d, 18) for d in (2, 9, 16, 23)]


def test_delete_scopes(svc, weekly, window):
    items = window(datetime(2026, 11, 1), datetime(2026, 12, 31))
    svc.sessions.delete_session(items[1].id, scope="THIS")
    assert svc.sessions.get_session(items[1].id).status is SessionStatus.CANCELLED
    svc.sessions.delete_session(items[4].id, scope="FOLLOWING")
    left = window(datetime(2026, 11, 1), datetime(2026, 12, 31))
    assert starts(left) == [starts(items)[i] for i in (0, 2, 3)]
    svc.sessions.delete_session(items[0].id, scope="ALL")
    assert window(datetime(2026, 11, 1), datetime(2026, 12, 31)) == []


def test_update_of_cancelled_instance_is_failed_precondition(svc, weekly, window):
    inst = window(datetime(2026, 11, 1), datetime(2026, 12, 1))[0]
    svc.sessions.delete_session(inst.id)
    with pytest.raises(FailedPreconditionError) as info:
        svc.sessions.update_session(inst.id, {"title": "x"})
    assert info.value.code == "FAILED_PRECONDITION"
    assert svc.sessions.restore_session(inst.id).status is SessionStatus.CONFIRMED


def test_unknown_instance_id_is_not_found(svc, weekly):
    with pytest.raises(NotFoundError):
        svc.sessions.get_session(f"{weekly.id}_20261103T180000")


def test_unparseable_rule_and_empty_series(svc, yoga):
    with pytest.raises(ValidationError) as info:
        svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 11, 2, 18),
                                     "end": datetime(2026, 11, 2, 19),
                                     "recurrence": "FREQ=WEEKLY;BYDAY=XX"})
    assert info.value.fields == ("recurrence",)
    with pytest.raises(ValidationError):
        svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 11, 2, 18),
                                     "end": datetime(2026, 11, 2, 19),
                                     "recurrence": "FREQ=WEEKLY;UNTIL=20200101T000000Z"})
    assert svc.ctx.repo.count() == 0


@pytest.mark.parametrize(("zone", "before", "after"), [
    ("Europe/Berlin", datetime(2027, 3, 22), datetime(2027, 3, 29)),      # spring forward
    ("Europe/Berlin", datetime(2027, 10, 25), datetime(2027, 11, 1)),     # fall back
    ("Australia/Sydney", datetime(2027, 3, 29), datetime(2027, 4, 5)),    # southern autumn
    ("Australia/Sydney", datetime(2027, 9, 29), datetime(2027, 10, 6)),   # southern spring
])
def test_instances_keep_local_time_across_dst(svc, zone, before, after, window):
    tz = ZoneInfo(zone)
    room = svc.schedules.create_schedule({"name": "Room", "kind": "ROOM", "time_zone": zone})
    svc.sessions.create_session({"schedule_id": room.id,
                                 "start": datetime(2027, 1, 4, 9, tzinfo=tz),
                                 "end": datetime(2027, 1, 4, 10, tzinfo=tz),
                                 "recurrence": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU"})
    items = window(before.replace(tzinfo=tz), after.replace(tzinfo=tz) + timedelta(days=1))
    locals_ = {s.start.astimezone(tz).time() for s in items}
    assert locals_ == {datetime(2000, 1, 1, 9).time()}
    offsets = {s.start.utcoffset() for s in items}
    assert len(offsets) == 2
    assert all(s.end - s.start == timedelta(hours=1) for s in items)


def test_dst_gap_moves_forward_and_ambiguous_time_means_first(svc, window):
    room = svc.schedules.create_schedule({"name": "Room", "kind": "ROOM",
                                          "time_zone": "Europe/Berlin"})
    svc.sessions.create_session({"schedule_id": room.id, "start": datetime(2027, 3, 27, 2, 30),
                                 "end": datetime(2027, 3, 27, 3, 0),
                                 "recurrence": "FREQ=DAILY;COUNT=2"})
    svc.sessions.create_session({"schedule_id": room.id, "start": datetime(2027, 10, 30, 2, 30),
                                 "end": datetime(2027, 10, 30, 2, 45),
                                 "recurrence": "FREQ=DAILY;COUNT=2"})
    spring = window(datetime(2027, 3, 28), datetime(2027, 3, 29))
    assert spring[0].start.astimezone(BERLIN).hour == 3
    autumn = window(datetime(2027, 10, 31), datetime(2027, 11, 1))
    assert autumn[0].start.astimezone(UTC) == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)


def test_a_series_five_years_ahead_and_beyond_the_materialised_horizon(svc, weekly, window):
    items = window(datetime(2031, 11, 1), datetime(2031, 12, 1))
    assert [s.start.weekday() for s in items] == [0] * 4
    assert svc.sessions.get_session(items[0].id).start == items[0].start
    far = window(datetime(2090, 1, 1), datetime(2090, 1, 15))
    assert len(far) == 2


def test_update_beyond_horizon_instance(svc, weekly, window):
    inst = window(datetime(2035, 1, 1), datetime(2035, 1, 10))[0]
    svc.sessions.update_session(inst.id, {"title": "Far"})
    again = window(datetime(2035, 1, 1), datetime(2035, 1, 10))
    assert [s.title for s in again] == ["Far", "Yoga class"]
    assert again[0].id == inst.id


def test_all_day_series_and_ids(svc, yoga, window):
    from datetime import date

    series = svc.sessions.create_session({"schedule_id": yoga.id, "start": date(2026, 12, 24),
                                          "end": date(2026, 12, 25),
                                          "recurrence": "FREQ=YEARLY"})
    items = window(datetime(2027, 12, 1), datetime(2028, 1, 1))
    assert [s.id for s in items] == [f"{series.id}_20271224"]
    assert items[0].all_day and items[0].start == datetime(2027, 12, 24, tzinfo=BERLIN)
    assert items[0].end == datetime(2027, 12, 25, tzinfo=BERLIN)


def test_sub_daily_rules_stay_bounded_by_window_and_page(svc, yoga, window):
    svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 1, 1, 0, 0),
                                 "end": datetime(2026, 1, 1, 0, 5),
                                 "recurrence": "FREQ=MINUTELY;INTERVAL=10"})
    page = svc.queries.query_sessions(datetime(2030, 6, 1), datetime(2030, 6, 2), limit=50)
    assert page.count == 50 and page.has_next
    assert len(window(datetime(2030, 6, 1), datetime(2030, 6, 2), limit=1000)) == 144


def test_series_starting_in_a_dst_gap_keeps_its_time_of_day(svc, yoga, window):
    svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2027, 3, 28, 2, 30),
                                 "end": datetime(2027, 3, 28, 3, 45),
                                 "recurrence": "FREQ=DAILY;COUNT=3"})
    items = window(datetime(2027, 3, 28), datetime(2027, 4, 1))
    assert [s.start.astimezone(BERLIN).strftime("%d %H:%M") for s in items] == \
        ["28 03:30", "29 02:30", "30 02:30"]
