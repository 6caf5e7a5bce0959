"""Edits that must never lose or rewrite a change: series identity after "from now on",
exact undo and redo of series edits, one unit of work per action (issue 9)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sessions_desktop.errors import (
    ConflictError,
    FailedPreconditionError,
    NotFoundError,
    ValidationError,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def started(svc, yoga):
    """A weekly class of eight that began three weeks before now (Mondays 18:00)."""
    return svc.sessions.create_session({
        "schedule_id": yoga.id, "start": datetime(2026, 11, 2, 18),
        "end": datetime(2026, 11, 2, 19), "recurrence": "FREQ=WEEKLY;COUNT=8"})


def span(window):
    return window(datetime(2026, 11, 1), datetime(2027, 1, 1), include_cancelled=True)


def snapshot(svc, window):
    """What a person sees of the series: id, start, end, title, notes, status, participants."""
    return [(s.id, s.start, s.end, s.title, s.notes, s.status,
             tuple((p.name, p.party_size) for p in s.participants or ()))
            for s in window(datetime(2026, 11, 1), datetime(2027, 1, 1),
                            include_cancelled=True, fieldsets="ALL_PI")]


def recorder(svc):
    changes = []
    svc.subscribe(changes.append)
    return changes


def test_second_from_now_on_edit_changes_the_future_never_the_past(svc, started, window):
    first = svc.sessions.update_session(started.id, {"title": "New name"})
    assert first.id == started.id                      # the id still names the living series
    svc.sessions.update_session(started.id, {"notes": "Bring a mat"})
    items = span(window)
    past = [s for s in items if s.start < NOW]
    future = [s for s in items if s.start >= NOW]
    assert len(past) == 4 and len(future) == 4
    assert {(s.title, s.notes) for s in past} == {("Yoga class", None)}
    assert {(s.title, s.notes) for s in future} == {("New name", "Bring a mat")}
    assert {s.recurring_session_id for s in future} == {started.id}
    assert len({s.recurring_session_id for s in past}) == 1
    assert past[0].recurring_session_id != started.id


def test_from_now_on_keeps_future_exception_ids_and_moves_past_ones(svc, started, window):
    items = span(window)
    svc.sessions.update_session(items[1].id, {"title": "Week 2"})          # past
    svc.sessions.update_session(items[5].id, {"title": "Week 6"})          # future
    svc.sessions.update_session(started.id, {"notes": "From now"})
    after = {s.start: s for s in span(window)}
    assert after[items[5].start].id == items[5].id
    assert after[items[5].start].title == "Week 6"
    assert after[items[5].start].notes == "From now"
    assert after[items[1].start].title == "Week 2" and after[items[1].start].notes is None
    with pytest.raises(NotFoundError):
        svc.sessions.get_session(items[1].id)          # the past part has a new series id


def test_no_scope_edit_or_delete_of_a_series_with_nothing_from_now_on_is_refused(
        svc, yoga, window):
    old = svc.sessions.create_session({
        "schedule_id": yoga.id, "start": datetime(2026, 10, 5, 18),
        "end": datetime(2026, 10, 5, 19), "recurrence": "FREQ=WEEKLY;COUNT=3"})
    before = snapshot(svc, window)
    with pytest.raises(FailedPreconditionError, match="no sessions from now on"):
        svc.sessions.update_session(old.id, {"notes": "late"})
    with pytest.raises(FailedPreconditionError, match="no sessions from now on"):
        svc.sessions.delete_session(old.id)
    assert snapshot(svc, window) == before
    assert svc.sessions.update_session(old.id, {"notes": "all"}, scope="ALL").notes == "all"


def test_undo_of_this_and_following_keeps_earlier_single_changes(svc, started, window):
    changes = recorder(svc)
    items = span(window)
    svc.sessions.update_session(items[1].id, {"title": "Week 2"}, scope="THIS")
    svc.sessions.update_session(items[2].id, {"start": items[2].start + timedelta(hours=1),
                                              "end": items[2].end + timedelta(hours=1)})
    before = snapshot(svc, window)
    svc.sessions.update_session(items[3].id, {"title": "Later"}, scope="FOLLOWING")
    after = snapshot(svc, window)
    undo = svc.sessions.revert_change(changes[-1])
    assert snapshot(svc, window) == before
    redo = svc.sessions.revert_change(undo)
    assert snapshot(svc, window) == after
    svc.sessions.revert_change(redo)                   # undo again after a redo
    assert snapshot(svc, window) == before
    svc.sessions.revert_change(changes[1])             # the moved week 3
    svc.sessions.revert_change(changes[0])             # the renamed week 2
    assert {s.title for s in span(window)} == {"Yoga class"}
    assert [s.start.hour for s in span(window)] == [items[0].start.hour] * 8


def test_undo_of_a_from_now_on_split_and_of_a_series_move_is_exact(svc, started, window):
    changes = recorder(svc)
    items = span(window)
    svc.sessions.update_session(items[1].id, {"title": "Week 2"})
    svc.sessions.delete_session(items[6].id)
    before = snapshot(svc, window)
    svc.sessions.update_session(started.id, {"title": "From now"})
    svc.sessions.update_session(items[5].id, {"start": items[5].start + timedelta(days=1),
                                              "end": items[5].end + timedelta(days=1)},
                                scope="ALL")
    moved = snapshot(svc, window)
    split, move = changes[-2], changes[-1]
    undo_move = svc.sessions.revert_change(move)
    undo_split = svc.sessions.revert_change(split)
    assert snapshot(svc, window) == before
    svc.sessions.revert_change(undo_split)             # redo the split
    svc.sessions.revert_change(undo_move)              # redo the move
    assert snapshot(svc, window) == moved


def test_this_edit_may_carry_the_series_own_all_day_and_schedule(svc, started, yoga, window):
    items = span(window)
    moved = svc.sessions.update_session(items[5].id, {
        "start": items[5].start + timedelta(hours=2), "end": items[5].end + timedelta(hours=2),
        "all_day": False, "schedule_id": yoga.id}, scope="THIS")
    assert moved.start == items[5].start + timedelta(hours=2)
    assert [s.start for s in span(window)][6] == items[6].start
    with pytest.raises(ValidationError, match="all_day"):
        svc.sessions.update_session(items[6].id, {"all_day": True}, scope="THIS")


def test_save_edit_is_one_change_and_all_or_nothing(svc, started, window):
    changes = recorder(svc)
    items = span(window)
    svc.sessions.delete_session(items[5].id)
    svc.sessions.delete_session(items[6].id)
    before = snapshot(svc, window)
    with pytest.raises(ValidationError):
        svc.sessions.save_edit(items[4].id, {"capacity": -3}, scope="ALL",
                               restore=[items[5].id, items[6].id])
    assert snapshot(svc, window) == before             # the restores were not kept
    assert len(changes) == 2
    saved = svc.sessions.save_edit(items[4].id, {"title": "Restored"}, scope="FOLLOWING",
                                   restore=[items[5].id, items[6].id])
    assert len(changes) == 3 and saved.title == "Restored"
    assert [s.status.value for s in span(window)][4:] == ["CONFIRMED"] * 4
    svc.sessions.revert_change(changes[-1])
    assert snapshot(svc, window) == before


def test_save_edit_checks_the_version_the_editor_loaded(svc, started, window):
    item = span(window)[5]
    svc.sessions.update_session(item.id, {"notes": "elsewhere"})
    with pytest.raises(ConflictError):
        svc.sessions.save_edit(item.id, {"title": "Mine"}, expected_version=item.version)
    assert svc.sessions.get_session(item.id).title == "Yoga class"


def test_version_grows_when_an_inherited_schedule_value_changes(svc, started, yoga, window):
    single = svc.sessions.create_session({"schedule_id": yoga.id,
                                          "start": datetime(2026, 12, 1, 9),
                                          "end": datetime(2026, 12, 1, 10)})
    instance = span(window)[5]
    svc.schedules.update_schedule(yoga.id, {"title": "Morning yoga"})
    assert svc.sessions.get_session(single.id).version > single.version
    assert svc.sessions.get_session(instance.id).version > instance.version
    assert svc.sessions.get_session(instance.id).title == "Morning yoga"
    renamed = svc.sessions.get_session(single.id).version
    svc.schedules.update_schedule(yoga.id, {"colour": "#123456"})  # nothing a session shows
    assert svc.sessions.get_session(single.id).version == renamed


def test_update_reply_is_the_session_as_this_write_left_it(svc, started, window):
    item = span(window)[5]

    def later_writer(change):
        if change.action == "update" and not later_writer.done:
            later_writer.done = True
            svc.sessions.update_session(item.id, {"title": "Someone else"})
    later_writer.done = False
    svc.subscribe(later_writer)
    reply = svc.sessions.update_session(item.id, {"title": "Mine"})
    assert reply.title == "Mine"
    assert svc.sessions.get_session(item.id).title == "Someone else"


def test_revert_of_a_schedule_created_with_sessions_redoes_in_order(svc):
    """A unit that creates a schedule and a session in it undoes and redoes as one."""
    changes = recorder(svc)
    with svc.ctx.unit("set up") as unit:
        room = svc.schedules.create_schedule({"name": "Room", "kind": "ROOM"})
        svc.sessions.create_session({"schedule_id": room.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
        assert unit.action == "set up"
    assert len(changes) == 1
    undo = svc.sessions.revert_change(changes[0])
    assert "Room" not in {s.name for s in svc.schedules.list_schedules()}
    svc.sessions.revert_change(undo)
    assert "Room" in {s.name for s in svc.schedules.list_schedules()}
    assert svc.queries.query_sessions(datetime(2026, 12, 1), datetime(2026, 12, 2)).items


def test_saving_a_schedule_with_its_working_hours_is_all_or_nothing(svc, yoga, anna):
    from datetime import date, time

    changes = recorder(svc)
    week = {0: (time(9), time(12))}
    with pytest.raises(ValidationError, match="no working hours"):
        svc.resources.save(yoga.id, {"name": "Yoga renamed"}, week=week,
                           hours_from=date(2026, 11, 25))
    assert svc.schedules.get_schedule(yoga.id).name == "Yoga"     # the rename was undone
    assert changes == []
    saved = svc.resources.save(anna.id, {"name": "Anna B."}, week=week,
                               hours_from=date(2026, 11, 25))
    assert saved.name == "Anna B." and len(changes) == 1
    assert svc.resources.working_week(anna.id, date(2026, 11, 25)) == week
    svc.sessions.revert_change(changes[0])
    assert svc.schedules.get_schedule(anna.id).name == "Anna"
    assert svc.resources.working_week(anna.id, date(2026, 11, 25)) == {}


def test_moving_a_daily_series_a_day_with_changed_neighbours(svc, yoga, window):
    """Each exception takes the id its neighbour held: all leave before any arrives (it was
    a UNIQUE constraint failure reported as a damaged database)."""
    svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 11, 19, 18),
                                 "end": datetime(2026, 11, 19, 19),
                                 "recurrence": "FREQ=DAILY;COUNT=3"})
    items = window(datetime(2026, 11, 18), datetime(2026, 11, 23), include_cancelled=True)
    svc.sessions.update_session(items[1].id, {"notes": "n"})
    svc.sessions.delete_session(items[2].id)
    svc.sessions.update_session(items[0].id, {"start": items[0].start + timedelta(days=1),
                                              "end": items[0].end + timedelta(days=1)},
                                scope="ALL")
    moved = window(datetime(2026, 11, 18), datetime(2026, 11, 25), include_cancelled=True)
    assert [(s.start.day, s.notes, s.status.value) for s in moved] == [
        (20, None, "CONFIRMED"), (21, "n", "CONFIRMED"), (22, None, "CANCELLED")]


def test_from_now_on_times_may_mix_aware_and_naive(svc, started, window):
    """A naive time means the business zone (the fuzz suite found a TypeError here)."""
    from zoneinfo import ZoneInfo

    moved = svc.sessions.update_session(started.id, {
        "start": datetime(2026, 11, 30, 19, tzinfo=ZoneInfo("Europe/Berlin")),
        "end": datetime(2026, 11, 30, 20, 30)})
    assert (moved.end - moved.start) == timedelta(minutes=90)
    future = [s for s in span(window) if s.start >= NOW]
    assert {s.start.astimezone(ZoneInfo("Europe/Berlin")).hour for s in future} == {19}
