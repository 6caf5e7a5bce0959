"""Which staff and rooms a save assigns, and for which time: what to check before writing.

A save that changes neither the times nor the staff and rooms checks nothing; one that only
adds a substitute checks the substitute; one that moves the session checks everyone it takes
(a drag checks the same). All-day sessions are not checked against hours or bookings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sessions_desktop.domain.model import INHERIT, Schedule, Session
from sessions_desktop.presentation.people import is_resource


@dataclass(frozen=True, slots=True)
class Assignment:
    resource_ids: tuple[str, ...]
    start: datetime
    end: datetime
    ignore: tuple[str, ...] = ()


def _ids(links: Any) -> list[str]:
    return [link.schedule_id for link in links or ()]


def _resources(ids: list[str], schedules: Mapping[str, Schedule]) -> tuple[str, ...]:
    return tuple(key for key in dict.fromkeys(ids)
                 if key not in schedules or is_resource(schedules[key]))


def for_new(fields: Mapping[str, Any], schedules: Mapping[str, Schedule]
            ) -> Assignment | None:
    """A session about to be created: its own links, else its schedule's usual ones."""
    start, end = fields.get("start"), fields.get("end")
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return None                   # all day: nothing to double-book by the hour
    links = fields.get("affected_schedules")
    if links is None or links is INHERIT:
        schedule = schedules.get(fields.get("schedule_id", ""))
        links = schedule.defaults.affected_schedules if schedule else ()
    ids = _resources([fields.get("schedule_id", ""), *_ids(links)], schedules)
    return Assignment(ids, start, end) if ids else None


def for_change(session: Session, patch: Mapping[str, Any],
               schedules: Mapping[str, Schedule]) -> Assignment | None:
    """A stored session about to be changed by ``patch``."""
    if session.all_day or patch.get("all_day"):
        return None
    start, end = patch.get("start", session.start), patch.get("end", session.end)
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return None
    before = _ids(session.affected_schedules)
    links = patch.get("affected_schedules", session.affected_schedules)
    after = before if links is INHERIT or links is None else _ids(links)
    moved = (start, end) != (session.start, session.end)
    wanted = after if moved else [key for key in after if key not in before]
    ids = _resources(wanted, schedules)
    return Assignment(ids, start, end, (session.id,)) if ids else None
