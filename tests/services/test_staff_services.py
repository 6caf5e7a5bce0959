"""Assigning staff and rooms, handing a session over, closing the business, deleting for good:
each one action (one change record) that undo reverts whole."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from sessions_desktop.domain.assignment import swapped_links
from sessions_desktop.domain.enums import Transparency
from sessions_desktop.domain.model import LinkedSchedule
from sessions_desktop.errors import ConflictError, NotFoundError, ValidationError


@pytest.fixture
def studio(svc):
    """Maya and Lena teach (Mon-Fri 9-17), one room, a weekly Pilates class with Maya."""
    made = {name: svc.schedules.create_schedule({"name": name, "kind": kind}).id
            for name, kind in (("Maya", "STAFF"), ("Lena", "STAFF"), ("Big room", "ROOM"),
                               ("Studio", "BUSINESS"))}
    made["Pilates"] = svc.schedules.create_schedule({
        "name": "Pilates", "kind": "GROUP", "defaults": {"affected_schedules": [
            LinkedSchedule(made["Maya"]), LinkedSchedule(made["Big room"])]}}).id
    for name in ("Maya", "Lena", "Big room"):
        svc.sessions.create_session({
            "schedule_id": made[name], "type": "WORKING_HOURS", "start": datetime(2026, 11, 2, 9),
            "end": datetime(2026, 11, 2, 17), "recurrence": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"})
    made["series"] = svc.sessions.create_session({
        "schedule_id": made["Pilates"], "title": "Pilates", "start": datetime(2026, 11, 3, 10),
        "end": datetime(2026, 11, 3, 11), "recurrence": "FREQ=WEEKLY;BYDAY=TU,TH"}).id
    return made


def instance(svc, series_id: str, day: date):
    start = datetime.combine(day, datetime.min.time())
    items = svc.queries.query_sessions(start, start + timedelta(days=1),
                                       filter={"recurringSessionId": series_id},
                                       include_cancelled=True).items
    return items[0]


def ids(session) -> list[str]:
    return [link.schedule_id for link in session.affected_schedules]


def changes_of(svc) -> list:
    seen: list = []
    svc.subscribe(seen.append)
    return seen


def test_the_swap_keeps_place_and_transparency():
    links = [LinkedSchedule("maya"), LinkedSchedule("room", Transparency.FREE)]
    assert swapped_links(links, "room", "small") == [LinkedSchedule("maya"),
                                                     LinkedSchedule("small", Transparency.FREE)]
    assert swapped_links(links, None, "lena")[-1] == LinkedSchedule("lena")
    assert swapped_links(links, "maya", None) == [links[1]]
    assert swapped_links(links, "maya", "room") == [links[1]], "never linked twice"
    with pytest.raises(ValueError):
        swapped_links(links, "tom", "lena")


def test_problems_name_what_a_time_would_break(svc, studio):
    tuesday = instance(svc, studio["series"], date(2026, 12, 1))
    assert svc.assignments.problems([studio["Lena"]], tuesday.start, tuesday.end) == []
    booked = svc.assignments.problems([studio["Maya"]], tuesday.start, tuesday.end)
    assert booked == ["Maya is already booked then: Pilates, Tue 01 Dec 10:00–11:00"]
    assert svc.assignments.problems([studio["Maya"]], tuesday.start, tuesday.end,
                                    ignore=[tuesday.id]) == [], "not against itself"
    evening = tuesday.start.replace(hour=18), tuesday.end.replace(hour=19)
    assert svc.assignments.problems([studio["Lena"]], *evening) == [
        "Tue 01 Dec 18:00–19:00 is outside Lena's working hours"]
    svc.schedules.archive_schedule(studio["Lena"], archived=True)
    assert "Lena is archived" in svc.assignments.problems([studio["Lena"]], tuesday.start,
                                                          tuesday.end)
    assert svc.assignments.problems(["nobody"], tuesday.start, tuesday.end) == [
        "there is no staff member or room with id 'nobody'"]


def test_reassign_one_instance_is_one_undoable_step(svc, studio):
    seen = changes_of(svc)
    tuesday = instance(svc, studio["series"], date(2026, 12, 1))
    moved = svc.assignments.reassign(tuesday.id, studio["Maya"], studio["Lena"], scope="THIS",
                                     expected_version=tuesday.version)
    assert ids(moved) == [studio["Lena"], studio["Big room"]] and moved.id == tuesday.id
    assert ids(instance(svc, studio["series"], date(2026, 12, 3))) == \
        [studio["Maya"], studio["Big room"]]
    assert len(seen) == 1 and seen[0].action == "reassign"
    svc.sessions.revert_change(seen[0])
    assert ids(svc.sessions.get_session(tuesday.id)) == [studio["Maya"], studio["Big room"]]


def test_reassign_with_a_new_time_and_for_the_whole_series(svc, studio):
    tuesday = instance(svc, studio["series"], date(2026, 12, 1))
    later = svc.assignments.reassign(tuesday.id, studio["Big room"], None, scope="THIS",
                                     start=tuesday.start + timedelta(hours=2),
                                     end=tuesday.end + timedelta(hours=2))
    assert ids(later) == [studio["Maya"]] and later.start.hour == 12
    svc.assignments.reassign(tuesday.id, studio["Maya"], studio["Lena"], scope="ALL")
    assert ids(instance(svc, studio["series"], date(2026, 12, 10)))[0] == studio["Lena"]


def test_reassign_refuses_what_it_cannot_do_and_changes_nothing(svc, studio):
    tuesday = instance(svc, studio["series"], date(2026, 12, 1))
    svc.schedules.archive_schedule(studio["Lena"], archived=True)
    with pytest.raises(ValidationError, match="Lena is archived"):
        svc.assignments.reassign(tuesday.id, studio["Maya"], studio["Lena"])
    with pytest.raises(ValidationError, match="not a staff member"):
        svc.assignments.reassign(tuesday.id, studio["Maya"], studio["Pilates"])
    with pytest.raises(ValidationError, match="does not take"):
        svc.assignments.reassign(tuesday.id, "someone", studio["Big room"])
    with pytest.raises(ConflictError):
        svc.assignments.reassign(tuesday.id, studio["Maya"], studio["Big room"],
                                 expected_version=tuesday.version + 5)
    assert svc.sessions.get_session(tuesday.id).version == tuesday.version


def test_time_off_is_handed_to_another_person(svc, studio):
    off = svc.sessions.create_session({"schedule_id": studio["Maya"], "title": "Dentist",
                                       "tags": ["Blocked"], "start": datetime(2026, 12, 2, 9),
                                       "end": datetime(2026, 12, 2, 10)})
    moved = svc.assignments.reassign(off.id, studio["Maya"], studio["Lena"])
    assert moved.schedule_id == studio["Lena"]


def test_close_the_business_blocks_everyone_and_cancels_what_it_hits(svc, studio):
    seen = changes_of(svc)
    first, last = date(2026, 12, 21), date(2026, 12, 27)
    hits = svc.closures.hits(first, last)
    assert [s.start.day for s in hits] == [22, 24]
    done = svc.closures.close_business(first, last, "Christmas", [s.id for s in hits])
    assert done.closure.all_day and done.closure.title == "Christmas"
    assert set(ids(done.closure)) == {studio["Maya"], studio["Lena"], studio["Big room"]}
    assert [s.id for s in done.cancelled] == [s.id for s in hits]
    assert svc.closures.hits(first, last) == []
    problems = svc.assignments.problems([studio["Lena"]], datetime(2026, 12, 23, 10),
                                        datetime(2026, 12, 23, 11))
    assert problems == ["Lena is not available then (Christmas)"]
    assert len(seen) == 1, "the closure and both cancellations: one change record"
    svc.sessions.revert_change(seen[0])
    assert len(svc.closures.hits(first, last)) == 2
    with pytest.raises(NotFoundError):
        svc.sessions.get_session(done.closure.id)


def test_a_closure_refuses_bad_days_and_strays_and_writes_nothing(svc, studio):
    seen = changes_of(svc)
    with pytest.raises(ValidationError, match="before the first"):
        svc.closures.close_business(date(2026, 12, 27), date(2026, 12, 21))
    with pytest.raises(ValidationError, match="at most 366"):
        svc.closures.close_business(date(2026, 1, 1), date(2027, 6, 1))
    with pytest.raises(ValidationError, match="not in the closed days"):
        svc.closures.close_business(date(2026, 12, 21), date(2026, 12, 27), "x", ["nope"])
    with pytest.raises(ValidationError, match="at most 200"):
        svc.closures.close_business(date(2026, 12, 21), date(2026, 12, 27), "x" * 201)
    assert seen == [] and len(svc.closures.hits(date(2026, 12, 21), date(2026, 12, 27))) == 2


def test_a_closure_without_a_business_schedule_makes_one(svc, anna):
    done = svc.closures.close_business(date(2026, 12, 24), date(2026, 12, 24))
    owner = svc.schedules.get_schedule(done.closure.schedule_id)
    assert owner.owner_kind.value == "BUSINESS" and ids(done.closure) == [anna.id]


def test_delete_for_good_an_instance_a_following_part_and_a_single(svc, studio):
    seen = changes_of(svc)
    tuesday = instance(svc, studio["series"], date(2026, 12, 1))
    svc.sessions.update_session(tuesday.id, {"notes": "changed"})
    svc.removals.remove_session(tuesday.id)
    start, end = datetime(2026, 11, 30), datetime(2026, 12, 7)
    assert [s.start.day for s in svc.queries.query_sessions(
        start, end, include_cancelled=True).items if s.type.value == "EVENT"] == [3]
    svc.sessions.revert_change(seen[-1])
    assert svc.sessions.get_session(tuesday.id).notes == "changed"
    svc.removals.remove_session(instance(svc, studio["series"], date(2026, 12, 8)).id,
                                scope="FOLLOWING")
    left = svc.queries.query_sessions(datetime(2026, 12, 1), datetime(2027, 1, 1),
                                      filter={"title": "Pilates"}, include_cancelled=True)
    assert [s.start.day for s in left.items] == [1, 3]
    single = svc.sessions.create_session({"schedule_id": studio["Pilates"],
                                          "start": datetime(2026, 12, 5, 9),
                                          "end": datetime(2026, 12, 5, 10)})
    svc.removals.remove_session(single.id)
    with pytest.raises(NotFoundError):
        svc.sessions.get_session(single.id)
    svc.sessions.revert_change(seen[-1])
    assert svc.sessions.get_session(single.id).version > single.version
