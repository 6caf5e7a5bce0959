"""Who and where, what is visible, the resource columns and week, without Qt or a database."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from sessions_desktop.domain.enums import OwnerKind, ScheduleKind, SessionStatus, SessionType
from sessions_desktop.domain.model import (
    INHERIT,
    LinkedSchedule,
    Schedule,
    ScheduleDefaults,
    Session,
)
from sessions_desktop.presentation.assign_check import for_change, for_new
from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.people import label, people_text, short_name
from sessions_desktop.presentation.reassign import reassigned, service_for, usual_links
from sessions_desktop.presentation.resource_columns import choose_columns
from sessions_desktop.presentation.resource_layout import (
    VIRTUAL_FIRST,
    from_grid,
    lay_out_day,
    place,
    to_grid,
)
from sessions_desktop.presentation.resource_week import WeekGeometry, collect_week, lay_out_week
from sessions_desktop.presentation.visibility import drawn_all_day, visible_sessions

TZ = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 24)


def schedule(key: str, name: str, kind: ScheduleKind, owner: OwnerKind, **defaults) -> Schedule:
    return Schedule(key, name, owner, kind, "Europe/Berlin", defaults=ScheduleDefaults(
        **defaults))


SCHEDULES = {s.id: s for s in (
    schedule("maya", "Maya (yoga teacher)", ScheduleKind.STAFF, OwnerKind.RESOURCE),
    schedule("lena", "Lena (Pilates teacher)", ScheduleKind.STAFF, OwnerKind.RESOURCE),
    schedule("tom", "Tom (physiotherapist)", ScheduleKind.STAFF, OwnerKind.RESOURCE),
    schedule("big", "Big room", ScheduleKind.ROOM, OwnerKind.RESOURCE),
    schedule("studio", "Studio", ScheduleKind.BUSINESS, OwnerKind.BUSINESS),
    schedule("pilates", "Pilates", ScheduleKind.GROUP, OwnerKind.SERVICE,
             affected_schedules=(LinkedSchedule("maya"), LinkedSchedule("big"))),
    schedule("physio", "Physiotherapy", ScheduleKind.INDIVIDUAL, OwnerKind.SERVICE,
             affected_schedules=(LinkedSchedule("tom"),)),
)}


def at(hour: float, day: date = DAY) -> datetime:
    return datetime.combine(day, datetime.min.time(), TZ) + timedelta(hours=hour)


def session(key: str, start: float, end: float, *links: str, schedule_id: str = "pilates",
            **fields) -> Session:
    return Session(key, schedule_id, at(start), at(end), "Europe/Berlin", title=key,
                   affected_schedules=tuple(LinkedSchedule(link) for link in links), **fields)


def test_who_and_where_reads_staff_first_by_short_name():
    assert short_name("Tom (physiotherapist)") == "Tom" and short_name("Big room") == "Big room"
    s = session("p", 10, 11, "big", "maya")
    assert people_text(s, SCHEDULES) == "Maya · Big room"
    assert people_text(s, SCHEDULES, leave_out="maya") == "Big room"
    assert people_text(session("x", 9, 10), SCHEDULES) == ""


def test_time_off_names_whose_it_is():
    off = session("Holiday", 0, 24, schedule_id="tom", tags=("Blocked",))
    assert label(off, SCHEDULES) == "Tom: Holiday"
    closed = session("Christmas", 0, 24, schedule_id="studio", tags=("Blocked",))
    assert label(closed, SCHEDULES) == "Closed: Christmas"
    assert label(session("Yoga", 9, 10), SCHEDULES) == "Yoga"
    assert drawn_all_day(off, SCHEDULES, TZ), "00:00 to 00:00 time off is a day off"
    assert not drawn_all_day(session("Long", 0, 24), SCHEDULES, TZ), "a booking is not"


def test_ticks_and_only_this():
    sessions = [session("class", 10, 11, "maya", "big"), session("physio", 11, 12, "tom",
                                                                 schedule_id="physio"),
                session("lonely", 12, 13),
                session("gone", 13, 14, "tom", status=SessionStatus.CANCELLED),
                session("hours", 8, 17, schedule_id="tom", type=SessionType.WORKING_HOURS)]
    resources = {"maya", "lena", "big"}
    shown = visible_sessions(sessions, resources, SCHEDULES)
    assert [s.id for s in shown] == ["physio", "lonely"], "only Tom ticked: his, and no one's"
    assert [s.id for s in visible_sessions(sessions, set(), SCHEDULES, only="tom")] == \
        ["physio"]
    assert [s.id for s in visible_sessions(sessions, set(), SCHEDULES, only="tom",
                                           cancelled=True)] == ["physio", "gone"]
    assert [s.id for s in visible_sessions(sessions, {"physio"}, SCHEDULES)] == \
        ["class", "lonely"]
    everyone = [s.id for s in visible_sessions(sessions, set(), SCHEDULES)]
    assert everyone == ["class", "physio", "lonely"], "nothing unticked: every event"
    assert [s.id for s in visible_sessions(sessions, (), SCHEDULES, cancelled=True,
                                           search="  ")] == ["class", "physio", "lonely", "gone"]
    assert [s.id for s in visible_sessions(sessions, set(), SCHEDULES, search="PHYS")] == \
        ["physio"]


def test_columns_follow_the_chosen_order_ticks_and_only():
    names = [c.name for c in choose_columns(SCHEDULES)]
    assert names == ["Lena", "Maya", "Tom", "Big room"]
    assert [c.name for c in choose_columns(SCHEDULES, ["big", "tom"])] == \
        ["Big room", "Tom", "Lena", "Maya"]
    assert [c.name for c in choose_columns(SCHEDULES, hidden={"lena"})] == \
        ["Maya", "Tom", "Big room"]
    assert [c.key for c in choose_columns(SCHEDULES, only="tom")] == ["tom"]
    assert [c.key for c in choose_columns(SCHEDULES, only="pilates")] == ["maya", "big"]


def test_the_resource_day_sorts_sessions_into_columns():
    columns = choose_columns(SCHEDULES)
    shown = [session("class", 10, 11, "maya", "big"),
             session("Holiday", 0, 24, schedule_id="tom", tags=("Blocked",)),
             session("walk-in", 15, 16)]
    hours = [session("h", 9, 17, schedule_id="maya", type=SessionType.WORKING_HOURS)]
    data = lay_out_day(DAY, columns, shown, hours, SCHEDULES, TZ, with_hours={"maya"})
    index = {c.name: i for i, c in enumerate(data.columns)}
    assert [s.id for s in data.timed[index["Maya"]]] == ["class"]
    assert [s.id for s in data.timed[index["Big room"]]] == ["class"]
    assert data.people[("class", index["Maya"])] == "Big room"
    assert [s.id for s in data.bands[index["Tom"]]] == ["Holiday"], "a band, not a lane"
    assert data.columns[-1].key is None and [s.id for s in data.timed[len(columns)]] == \
        ["walk-in"], "no staff or room: a column of its own"
    assert data.working[index["Maya"]] == [(540.0, 1020.0)]
    assert data.working[index["Lena"]] == [], "hours elsewhere but none today: off today"


def test_a_crowded_column_keeps_readable_lanes_and_counts_the_rest():
    columns = choose_columns(SCHEDULES, only="tom")
    shown = [session(f"s{i}", 10, 11, "tom") for i in range(9)]
    data = lay_out_day(DAY, columns, shown, [], SCHEDULES, TZ)
    grid = TimeGrid(VIRTUAL_FIRST, 1, column_width=180)
    tiles, overflow = place(grid, data)
    assert len(tiles) == 4 and all(t.rect.width >= 44 for t in tiles)
    assert len(overflow) == 1 and len(overflow[0].hidden) == 5
    assert {t.key[0] for t in tiles}.isdisjoint(overflow[0].hidden)


def test_grid_times_map_to_columns_and_back():
    moment = datetime(2026, 11, 24, 10, 30)
    drawn = to_grid(moment, DAY, 3)
    assert drawn.date() == VIRTUAL_FIRST + timedelta(days=3) and drawn.time() == moment.time()
    assert from_grid(drawn, DAY, 3) == moment


def test_the_resource_week_fits_chips_and_shades_days_off():
    rows = choose_columns(SCHEDULES, only="tom")
    days = tuple(DAY + timedelta(days=i) for i in range(7))
    shown = [session(f"p{i}", 9 + i, 10 + i, "tom", schedule_id="physio") for i in range(8)]
    shown.append(session("Holiday", 0, 24, schedule_id="tom", tags=("Blocked",),
                         ).with_changes(start=at(0, DAY + timedelta(days=2)),
                                        end=at(0, DAY + timedelta(days=3))))
    hours = [session("h", 9, 17, schedule_id="tom", type=SessionType.WORKING_HOURS)]
    data = collect_week(days, rows, shown, hours, SCHEDULES, TZ, {"tom"})
    assert data.off[(0, 2)].id == "Holiday" and data.working == {(0, 0)}
    cells = lay_out_week(WeekGeometry(7, 1, 900, 66), data)
    first = cells[0]
    assert len(first.chips) + first.more == 8 and first.more > 0
    geometry = WeekGeometry(7, 1, 900, 66)
    assert geometry.cell_at(first.rect.x + 2, first.rect.y + 2) == (0, 0)


def test_what_a_save_must_check():
    s = session("class", 10, 11, "maya", "big")
    assert for_change(s, {"notes": "x"}, SCHEDULES) is None
    swap = for_change(s, {"affected_schedules": [LinkedSchedule("lena"), LinkedSchedule("big")]},
                      SCHEDULES)
    assert swap.resource_ids == ("lena",) and swap.ignore == ("class",)
    moved = for_change(s, {"start": at(12), "end": at(13)}, SCHEDULES)
    assert moved.resource_ids == ("maya", "big")
    assert for_change(s, {"affected_schedules": INHERIT}, SCHEDULES) is None
    new = for_new({"schedule_id": "pilates", "start": at(9), "end": at(10)}, SCHEDULES)
    assert new.resource_ids == ("maya", "big"), "a new session takes the usual staff"
    assert for_new({"schedule_id": "pilates", "start": DAY, "end": DAY}, SCHEDULES) is None


@pytest.mark.parametrize(("column", "expected"), [
    ("lena", ["lena", "big"]), ("maya", ["maya", "big"]), ("tom", ["tom", "big"]),
    (None, ["maya", "big"])])
def test_a_session_made_in_a_column_takes_that_resource(column, expected):
    links = usual_links(SCHEDULES["pilates"], column, SCHEDULES)
    assert [link.schedule_id for link in links] == expected


def test_the_likely_service_of_a_column_and_the_preview_of_a_swap():
    bookable = list(SCHEDULES.values())
    assert service_for("tom", bookable, None) == "physio"
    assert service_for("tom", bookable, "pilates") == "physio"
    assert service_for("lena", bookable, "pilates") == "pilates"
    s = session("class", 10, 11, "maya", "big")
    assert [link.schedule_id for link in reassigned(s, "maya", "lena", SCHEDULES)
            .affected_schedules] == ["lena", "big"]
    off = session("off", 9, 10, schedule_id="tom", tags=("Blocked",))
    assert reassigned(off, "tom", "lena", SCHEDULES).schedule_id == "lena"
