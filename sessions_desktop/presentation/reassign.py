"""What a session would look like handed to another staff member or room (for the drag's
conflict check, before anything is written); the service writes the same change."""

from __future__ import annotations

from collections.abc import Mapping

from sessions_desktop.domain.assignment import swapped_links
from sessions_desktop.domain.model import LinkedSchedule, Schedule, Session


def reassigned(session: Session, source: str | None, target: str | None,
               schedules: Mapping[str, Schedule]) -> Session:
    """``session`` with ``source`` swapped for ``target`` (its owner, for time off)."""
    if source is not None and source == session.schedule_id and target is not None:
        return session.with_changes(schedule_id=target)
    try:
        links = swapped_links(session.affected_schedules, source, target)
    except ValueError:
        return session
    return session.with_changes(affected_schedules=tuple(links))


def usual_links(service: Schedule | None, resource_id: str | None,
                schedules: Mapping[str, Schedule]) -> tuple[LinkedSchedule, ...]:
    """Staff and rooms of a session made in ``resource_id``'s column for ``service``: the
    service's usual ones, with the column's resource in place of the usual one of its kind
    (Lena instead of Maya, the small room instead of the big one)."""
    links = tuple(service.defaults.affected_schedules) if service else ()
    if resource_id is None or resource_id not in schedules or \
            any(link.schedule_id == resource_id for link in links):
        return links
    kind = schedules[resource_id].kind
    same = next((link for link in links if link.schedule_id in schedules
                 and schedules[link.schedule_id].kind is kind), None)
    if same is None:
        return (*links, LinkedSchedule(resource_id))
    return tuple(LinkedSchedule(resource_id, link.transparency) if link is same else link
                 for link in links)


def service_for(resource_id: str | None, bookable: list[Schedule], last: str | None
                ) -> str | None:
    """The service a new session in ``resource_id``'s column most likely is: the last one
    used if it takes that resource, else the first that does, else the last one used."""
    services = [s for s in bookable if s.is_service]
    takes = [s.id for s in services
             if any(link.schedule_id == resource_id for link in s.defaults.affected_schedules)]
    if last in takes or (not takes and last is not None):
        return last
    return takes[0] if takes else (services[0].id if services else None)
