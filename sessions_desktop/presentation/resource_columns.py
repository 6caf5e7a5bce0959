"""The columns of the resource views: which staff members and rooms, in which order.

The person chooses the order (View > Resource columns…); resources it does not name yet come
after it, staff before rooms before equipment, by name. A resource unticked in the sidebar has
no column; "show only this" on a resource leaves just its column. Sessions that take no staff
or room get a last column of their own, so nothing booked is out of sight.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sessions_desktop.domain.enums import OwnerKind, ScheduleKind
from sessions_desktop.domain.model import Schedule
from sessions_desktop.presentation.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.presentation.people import short_name

UNASSIGNED_NAME = QT_TRANSLATE_NOOP("ResourceColumns", "No staff or room")
UNASSIGNED_COLOUR = "#95a5a6"
_KIND_ORDER = {ScheduleKind.STAFF: 0, ScheduleKind.ROOM: 1, ScheduleKind.EQUIPMENT: 2}


@dataclass(frozen=True, slots=True)
class Column:
    """One column: a resource (``key`` its schedule id), or the unassigned one (key None)."""

    key: str | None
    name: str
    full_name: str
    colour: str
    kind: str = ""


def resources_in_order(schedules: Iterable[Schedule], order: Sequence[str] = ()
                       ) -> list[Schedule]:
    """Active resources: first those in ``order`` (as given), then the rest."""
    active = {s.id: s for s in schedules
              if s.owner_kind is OwnerKind.RESOURCE and not s.is_archived}
    chosen = [active[key] for key in dict.fromkeys(order) if key in active]
    rest = sorted((s for key, s in active.items() if key not in set(order)),
                  key=lambda s: (_KIND_ORDER.get(s.kind, 3), s.name.casefold()))
    return chosen + rest


def choose_columns(schedules: Mapping[str, Schedule], order: Sequence[str] = (),
                   hidden: Iterable[str] = (), only: str | None = None) -> list[Column]:
    """The resource columns to draw (without the unassigned one; see ``unassigned``)."""
    hidden = set(hidden)
    resources = resources_in_order(schedules.values(), order)
    if only is not None and only in {r.id for r in resources}:
        resources = [r for r in resources if r.id == only]
    elif only is not None and only in schedules:        # a service alone: its usual people
        usual = {link.schedule_id for link in schedules[only].defaults.affected_schedules}
        resources = [r for r in resources if r.id in usual] or resources
    else:
        resources = [r for r in resources if r.id not in hidden]
    return [Column(r.id, short_name(r.name), r.name, r.colour, r.kind.value)
            for r in resources]


def unassigned() -> Column:
    name = translate("ResourceColumns", UNASSIGNED_NAME)
    return Column(None, name, name, UNASSIGNED_COLOUR)

