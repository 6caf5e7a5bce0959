"""The time grid's plan: day parts as ``TimeGrid.segments`` cuts them, lanes per day, the
density per quarter hour, and crowded clusters collapsed into "+N" per hour."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.layout import assign_lanes
from sessions_desktop.presentation.week_plan import day_parts, fit_lanes, plan_week, replan_days

MONDAY = date(2026, 11, 23)
ORIGIN = datetime.combine(MONDAY, time())
MOMENTS = st.integers(-2 * 1440, 9 * 1440).map(lambda m: ORIGIN + timedelta(minutes=m))


@given(MOMENTS, st.integers(0, 3 * 1440), st.integers(1, 7), st.integers(0, 23))
def test_day_parts_cut_as_the_grid_does(start, minutes, days, first_hour):
    end = start + timedelta(minutes=minutes)
    grid = TimeGrid(MONDAY, days, day_start_hour=first_hour)
    expected = [(s.day_index, s.start_minute, s.end_minute, s.clipped_start, s.clipped_end)
                for s in grid.segments(start, end)]
    found = day_parts(start, end, ORIGIN, days, grid.first_minute, grid.last_minute)
    assert found == expected


def at(day: int, hour: float) -> datetime:
    return ORIGIN + timedelta(days=day, hours=hour)


def test_lanes_density_and_paint_order():
    items = [("a", at(0, 9), at(0, 10)), ("b", at(0, 9.5), at(0, 11)), ("c", at(0, 12), at(0, 13)),
             ("d", at(2, 23), at(3, 1))]
    plan = plan_week(items, MONDAY, 7)
    parts = {(p.session, p.day): (p.lane, p.lanes) for p in plan.parts}
    assert parts[("a", 0)] == (0, 2) and parts[("b", 0)] == (1, 2)
    assert parts[("c", 0)] == (0, 1)
    assert ("d", 2) in parts and ("d", 3) in parts, "a session past midnight is cut in two"
    assert [p.lane for p in plan.parts if p.day == 0] == [0, 0, 1], "lanes left to right"
    assert plan.density[0][9 * 4 + 2] == 2 and plan.density[0][9 * 4] == 1
    assert plan.density[1] == [0] * 96 and plan.busiest == 2


def test_a_crowded_cluster_keeps_its_first_lanes_and_counts_the_rest_per_hour():
    items = [(f"s{i}", at(0, 9), at(0, 10.5)) for i in range(6)]
    items.append(("alone", at(0, 14), at(0, 15)))
    plan = plan_week(items, MONDAY, 1)
    fit = fit_lanes(plan, max_lanes=4, kept_lanes=2)
    shown = {p.session: (lane, lanes, collapsed) for p, lane, lanes, collapsed in fit.shown}
    assert shown["s0"] == (0, 2, True) and shown["s1"] == (1, 2, True)
    assert shown["alone"] == (0, 1, False), "a cluster that fits keeps its own lanes"
    assert {p.session for p in fit.hidden[(0, 9)]} == {"s2", "s3", "s4", "s5"}
    assert {p.session for p in fit.hidden[(0, 10)]} == {"s2", "s3", "s4", "s5"}
    assert (0, 11) not in fit.hidden and fit.hidden_count == 4
    wide = fit_lanes(plan, max_lanes=6)
    assert not wide.hidden and len(wide.shown) == 7, "six lanes fit: nothing collapses"


def test_sessions_sharing_their_times_each_get_their_own_parts():
    """Day parts are worked out once per (start, end); every session still gets its parts."""
    items = [(f"c{i}", at(0, 9), at(1, 1)) for i in range(3)] + [("x", at(0, 9), at(0, 10))]
    plan = plan_week(items, MONDAY, 7)
    parts = sorted((p.session, p.day, p.start, p.end) for p in plan.parts)
    assert parts == sorted([(f"c{i}", 0, 540.0, 1440.0) for i in range(3)]
                           + [(f"c{i}", 1, 0.0, 60.0) for i in range(3)]
                           + [("x", 0, 540.0, 600.0)])
    assert len({id(p) for p in plan.parts}) == 7


@given(st.lists(st.tuples(st.integers(0, 7 * 96), st.integers(0, 12)), max_size=60),
       st.sampled_from([1.0, 10.5, 30.0]))
def test_lanes_are_those_of_assign_lanes_and_widest_is_the_most_lanes(slots, min_minutes):
    """The plan's own sweep (plain lists, sessions grouped by their times) places every part
    as the generic ``assign_lanes`` does, ties in the order given, and ``widest`` tells a
    caller whether ``fit_lanes`` would collapse anything."""
    items = [(f"s{i:02}", at(0, q / 4), at(0, q / 4 + n / 4)) for i, (q, n) in enumerate(slots)]
    plan = plan_week(items, MONDAY, 7, min_minutes=min_minutes)
    for day in range(7):
        parts = [p for p in plan.parts if p.day == day]
        expected = assign_lanes([(p.session, p.start, p.end) for p in
                                 sorted(parts, key=lambda p: p.session)], min_length=min_minutes)
        assert {p.session: (p.lane, p.lanes) for p in parts} == \
            {key: (place.lane, place.lanes) for key, place in expected.items()}
        assert [p.lane for p in parts] == sorted(p.lane for p in parts), "lanes left to right"
    assert plan.widest == max((p.lanes for p in plan.parts), default=0)
    for lanes in range(1, 5):
        assert bool(fit_lanes(plan, lanes).hidden) == (plan.widest > lanes)


ITEMS = st.lists(st.tuples(st.integers(-96, 8 * 96), st.integers(0, 40)), max_size=40)


def _items(slots, prefix):
    """``(name, wall start, wall end)`` from quarter hours: some cross midnight, some lie
    outside the week, some are points, many share their times."""
    return [(f"{prefix}{i:02}", at(0, q / 4), at(0, q / 4 + n / 4))
            for i, (q, n) in enumerate(slots)]


@given(ITEMS, ITEMS, st.sets(st.integers(-1, 7), max_size=7), st.data(),
       st.sampled_from([(0, 1440), (480, 1200)]), st.sampled_from([1.0, 17.5]))
def test_replanning_some_days_gives_the_plan_of_the_whole_week(kept, others, days, data, hours,
                                                               min_minutes):
    """A week changed only on some days (sessions added, removed or moved there; a day a
    session left and the day it entered), those days planned again, equals the new week
    planned whole: lanes, paint order, density and widest."""
    first, last = hours

    def within(item):   # touches the chosen days only (or no day at all)
        return all(cut[0] in days for cut in day_parts(item[1], item[2], ORIGIN, 7, first, last))

    new = _items(kept, "k")
    changed = [item for item in _items(others, "o") if within(item)]
    gone = [item for item in changed if data.draw(st.booleans())]   # only in the old week
    came = [item for item in changed if item not in gone]            # only in the new one
    old = [item for item in new if item not in came]
    for item in gone:   # anywhere in the old input's order
        old.insert(data.draw(st.integers(0, len(old))), item)
    whole = plan_week(new, MONDAY, 7, first, last, min_minutes)
    before = plan_week(old, MONDAY, 7, first, last, min_minutes)
    touching = [item for item in new if any(   # what the window hands over: those days' items
        cut[0] in days for cut in day_parts(item[1], item[2], ORIGIN, 7, first, last))]
    for given_items in (new, touching):
        replanned = replan_days(before, given_items, days, MONDAY, first, last, min_minutes)
        assert replanned == whole
    assert before == plan_week(old, MONDAY, 7, first, last, min_minutes), "left as it was"
