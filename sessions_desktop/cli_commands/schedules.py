"""Schedule commands: list (the ``schedules`` command)."""

from __future__ import annotations


def cmd_schedules(svc, args) -> dict:
    schedules = svc.schedules.list_schedules(include_archived=args.include_archived)
    return {"schedules": [schedule_to_wire(s) for s in schedules]}


def schedule_to_wire(schedule) -> dict:
    from sessions_desktop.domain.wire import field_to_wire

    d = schedule.defaults
    defaults = {wix: field_to_wire(name, getattr(d, name))
                for name, wix in (("title", "title"), ("tags", "tags"),
                                  ("capacity", "capacity"), ("location", "location"),
                                  ("rate", "rate"), ("affected_schedules", "affectedSchedules"),
                                  ("time_reserved_after", "timeReservedAfter"))
                if getattr(d, name) not in (None, ())}
    return {"id": schedule.id, "name": schedule.name, "ownerKind": str(schedule.owner_kind),
            "kind": str(schedule.kind), "ownerId": schedule.owner_id,
            "timeZone": schedule.time_zone, "colour": schedule.colour,
            "defaultDurationMinutes": schedule.default_duration_minutes,
            "defaults": defaults, "status": str(schedule.status), "version": schedule.version}
