"""Who teaches and where: the staff and rooms a session takes, as the views write them.

A session's staff and rooms are its ``affected_schedules`` (and its own schedule when that is
a resource: a staff member's time off). Views show them by short name ("Tom", not "Tom
(physiotherapist)"): staff first, then rooms and equipment, in the order the session lists
them, so "Tom · Treatment room" reads the same on a tile, in the agenda and in a tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sessions_desktop.domain.enums import BLOCKED_TAG, OwnerKind, ScheduleKind, Transparency
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.presentation.i18n import translate

SEPARATOR = " · "
_KIND_ORDER = {ScheduleKind.STAFF: 0, ScheduleKind.ROOM: 1, ScheduleKind.EQUIPMENT: 2}


def short_name(name: str) -> str:
    """'Tom (physiotherapist)' -> 'Tom'; a name without a bracketed note stays whole."""
    head = name.split(" (", 1)[0].strip()
    return head or name.strip()


def is_resource(schedule: Schedule | None) -> bool:
    return schedule is not None and schedule.owner_kind is OwnerKind.RESOURCE


def resource_ids(session: Session, schedules: Mapping[str, Schedule],
                 busy_only: bool = False) -> list[str]:
    """The resources a session takes: its own schedule when a resource, then its links.

    ``busy_only`` leaves out links marked FREE (a room it merely touches)."""
    found = [session.schedule_id] if is_resource(schedules.get(session.schedule_id)) else []
    for link in session.affected_schedules:
        if busy_only and link.transparency is Transparency.FREE:
            continue
        if link.schedule_id not in found and is_resource(schedules.get(link.schedule_id)):
            found.append(link.schedule_id)
    return found


def _ordered(ids: list[str], schedules: Mapping[str, Schedule]) -> list[str]:
    position = {key: i for i, key in enumerate(ids)}
    return sorted(ids, key=lambda key: (_KIND_ORDER.get(schedules[key].kind, 3), position[key]))


def people_text(session: Session, schedules: Mapping[str, Schedule],
                leave_out: str | None = None) -> str:
    """'Tom · Treatment room'; '' when the session takes no staff or room. ``leave_out`` is a
    resource the reader already knows (its own column in the resource view)."""
    ids = [key for key in resource_ids(session, schedules) if key != leave_out]
    return SEPARATOR.join(short_name(schedules[key].name) for key in _ordered(ids, schedules))


class PeopleTexts:
    """``people_text`` remembered per (schedule, links): a busy week has hundreds of sessions
    but a handful of teacher-and-room pairs (at most ``MOST`` kept, then forgotten at once)."""

    MOST = 20_000

    def __init__(self, schedules: Mapping[str, Schedule]) -> None:
        self.schedules = schedules
        self._known: dict[tuple[Any, ...], str] = {}

    def __call__(self, session: Session, leave_out: str | None = None) -> str:
        key = (session.schedule_id, session.affected_schedules, leave_out)
        text = self._known.get(key)
        if text is None:
            if len(self._known) >= self.MOST:
                self._known.clear()
            text = self._known[key] = people_text(session, self.schedules, leave_out)
        return text


def is_time_off(session: Session, schedules: Mapping[str, Schedule]) -> bool:
    """Blocked time of a staff member, room or the business (not a booking)."""
    return BLOCKED_TAG in session.tags and session.schedule_id in schedules and \
        schedules[session.schedule_id].owner_kind is not OwnerKind.SERVICE


def label(session: Session, schedules: Mapping[str, Schedule],
          untitled: str = "(no title)") -> str:
    """The title a view shows. Time off names whose it is: 'Tom: Holiday'; a business
    closure says so: 'Closed: Christmas'."""
    title = " ".join((session.title or "").split())
    if not is_time_off(session, schedules):
        return title or untitled
    owner = schedules[session.schedule_id]
    if owner.owner_kind is OwnerKind.BUSINESS:
        return title if title.casefold().startswith("closed") else \
            translate("People", "Closed: {value}").format(value=title or 'business')
    name = short_name(owner.name)
    return translate("People", "{name}: {value}").format(name=name, value=title or 'Time off')
