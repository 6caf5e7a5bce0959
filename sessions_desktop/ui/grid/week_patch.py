"""The shown week brought up to date after a write by planning again only the days it touched.

After a drag (a move or resize), a create or a delete in the shown week, the loader splices
the written span into the week's list (``ui/shell/splice.py``): most sessions are the very
objects shown before, and the few that changed are new ones. Grouping, planning and laying
out the whole week again for that (at five times the benchmark business, 3,000 sessions and
their tiles, whose texts are then made again when painted) cost more than the rest of the
drag. ``patched_day_data`` finds what changed (by identity first, then by value for a
session read again unchanged), and when only timed sessions of the grid changed, makes the
new ``DayData`` from the old one: the same lists and dictionaries with the changed sessions
swapped, and each plan with only the touched days (the day a session left, the day it
entered) planned again (``replan_days``), which equals planning the whole new week. The grid
then lays out and repaints those columns only (``week_layout.patch_layout``).

Anything else is planned whole (None here): a change of working hours (the shading), of an
all-day session or a whole day off (the all-day row), of more sessions than a drag touches.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time

from sessions_desktop.domain.enums import BLOCKED_TAG, SessionType
from sessions_desktop.domain.model import Session
from sessions_desktop.domain.time import wall_clock
from sessions_desktop.presentation.visibility import drawn_all_day
from sessions_desktop.presentation.week_plan import (
    DAY_MINUTES,
    day_parts,
    parts_of_day,
    replan_days,
)
from sessions_desktop.ui.grid.week_layout import DayData

MOST_CHANGED = 400   # sessions; more than any one gesture writes in a week: plan it whole


def changed_sessions(before: list[Session], after: list[Session]
                     ) -> tuple[list[Session], list[Session]] | None:
    """``(gone, came)``: the sessions of ``before`` no longer in ``after`` as they were, and
    those of ``after`` that are new or changed; None when more than ``MOST_CHANGED``."""
    kept = set(map(id, after))
    gone = [s for s in before if id(s) not in kept]
    if len(gone) > MOST_CHANGED:
        return None
    old = set(map(id, before))
    came = [s for s in after if id(s) not in old]
    if len(came) > MOST_CHANGED:
        return None
    # a span read again hands over new objects for sessions that did not change
    by_id = {s.id: s for s in gone}
    same = {s.id for s in came if by_id.get(s.id) == s}
    return [s for s in gone if s.id not in same], [s for s in came if s.id not in same]


def patched_day_data(old: DayData, old_shown: list[Session], shown: list[Session],
                     old_loaded: list[Session], loaded: list[Session]) -> DayData | None:
    """``old`` (made from ``old_shown`` of ``old_loaded``) for the new lists, or None when
    the week must be made whole (see the module's note). The caller checks that the period,
    the schedules, the filters and the zone are those ``old`` was made with."""
    if loaded is old_loaded:
        return None
    found = changed_sessions(old_loaded, loaded)
    if found is None or any(s.type is SessionType.WORKING_HOURS for s in (*found[0], *found[1])):
        return None
    seen = changed_sessions(old_shown, shown)
    if seen is None:
        return None
    gone, came = seen
    if not gone and not came:
        return None
    wall = dict(old.wall)
    days: set[int] = set()
    origin = datetime.combine(old.days[0], time())
    for session in gone:
        times = wall.pop(session.id, None)
        if times is None:        # drawn in the all-day row: the header changes
            return None
        days.update(_days_of(*times, origin, len(old.days)))
    for session in came:
        if session.all_day or (BLOCKED_TAG in session.tags
                               and drawn_all_day(session, old.schedules, old.tz)):
            return None
        times = wall[session.id] = (wall_clock(session.start, old.tz),
                                    wall_clock(session.end, old.tz))
        days.update(_days_of(*times, origin, len(old.days)))
    timed = [s for s in shown if s.id in wall]
    data = DayData(old.days, timed, old.all_day, wall, old.working, old.colours, old.tz,
                   old.clock24, old.now, people=old.people, labels=old.labels,
                   schedules=old.schedules, people_of=old.people_of)
    data.base, data.touched = old, tuple(sorted(days))
    if days:
        _replan(old, data, days, {s.id for s in came})
    else:           # nothing drawn changed place (a title, a colour of the same times)
        data.plans = dict(old.plans)
    return data


def _days_of(start: datetime, end: datetime, origin: datetime, day_count: int) -> list[int]:
    return [cut[0] for cut in day_parts(start, end, origin, day_count, 0, DAY_MINUTES)]


def _replan(old: DayData, data: DayData, days: set[int], came: set[str]) -> None:
    """Each plan of ``old`` with the touched days planned again from ``data``'s sessions: the
    old plan's sessions of those days and the changed ones, in the new week's order."""
    order = {s.id: index for index, s in enumerate(data.timed)}
    for key, plan in old.plans.items():
        ids = {p.session.id for day in days for p in parts_of_day(plan, day)} | came
        items = _items(sorted(order[i] for i in ids if i in order), data)
        data.plans[key] = replan_days(plan, items, days, data.days[0], *key)


def _items(positions: Iterable[int], data: DayData) -> list[tuple[Session, datetime, datetime]]:
    timed, wall = data.timed, data.wall
    return [(timed[i], *wall[timed[i].id]) for i in positions]
