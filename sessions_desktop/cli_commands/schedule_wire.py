"""Schedules in JSON: the shape ``schedules`` prints, and the same shape read back for writes.

Input uses the names the output uses (camelCase, defaults in ``defaults``), so a printed
schedule can be edited and sent back: ``id`` must then name the schedule being changed, and
``status``/``version`` are read-only and ignored (archive and ``--expected-version`` change
them). The services check the values; their messages are given back in these names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sessions_desktop.errors import FieldViolation, ValidationError, Violations

TOP_FIELDS = {"name": "name", "kind": "kind", "ownerKind": "owner_kind", "ownerId": "owner_id",
              "timeZone": "time_zone", "colour": "colour",
              "defaultDurationMinutes": "default_duration_minutes"}
DEFAULT_FIELDS = {"title": "title", "tags": "tags", "capacity": "capacity",
                  "location": "location", "rate": "rate",
                  "affectedSchedules": "affected_schedules",
                  "calendarConference": "calendar_conference",
                  "externalCalendarOverrides": "external_calendar_overrides",
                  "timeReservedAfter": "time_reserved_after", "reminders": "reminders"}
READ_ONLY = frozenset({"status", "version"})
_TO_WIRE = {snake: wix for wix, snake in {**TOP_FIELDS, **DEFAULT_FIELDS}.items()}


def schedule_to_wire(schedule) -> dict:
    from sessions_desktop.domain.wire import field_to_wire

    d = schedule.defaults
    defaults = {wix: field_to_wire(name, getattr(d, name))
                for wix, name in DEFAULT_FIELDS.items() if getattr(d, name) not in (None, ())}
    return {"id": schedule.id, "name": schedule.name, "ownerKind": str(schedule.owner_kind),
            "kind": str(schedule.kind), "ownerId": schedule.owner_id,
            "timeZone": schedule.time_zone, "colour": schedule.colour,
            "defaultDurationMinutes": schedule.default_duration_minutes,
            "defaults": defaults, "status": str(schedule.status), "version": schedule.version}


def schedule_fields_from_wire(data: Any, *, schedule_id: str | None = None) -> dict[str, Any]:
    """The values for ``create_schedule`` (``schedule_id`` None) or ``update_schedule``."""
    if isinstance(data, Mapping) and set(data) == {"schedule"}:
        data = data["schedule"]  # the Wix request body {"schedule": {...}}
    if not isinstance(data, Mapping):
        raise ValidationError("a schedule must be a JSON object", field="schedule")
    problems = Violations()
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in TOP_FIELDS:
            out[TOP_FIELDS[key]] = value
        elif key == "defaults":
            out["defaults"] = _defaults(value, problems)
        elif key == "id":
            _check_id(value, schedule_id, out, problems)
        elif key not in READ_ONLY:
            problems.add(key, "is not a schedule field")
    problems.raise_if_any()
    return out


def _defaults(value: Any, problems: Violations) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        problems.add("defaults", "must be an object (title, tags, capacity, ...)")
        return {}
    out = {}
    for key, item in value.items():
        if key in DEFAULT_FIELDS:
            out[DEFAULT_FIELDS[key]] = item
        else:
            problems.add(f"defaults.{key}", "is not a default a schedule can give (these are: "
                                            f"{', '.join(DEFAULT_FIELDS)})")
    return out


def _check_id(value: Any, schedule_id: str | None, out: dict, problems: Violations) -> None:
    """A new schedule may bring its id (the services check it); a change must name its own."""
    if schedule_id is None:
        out["id"] = value
    elif value != schedule_id:
        problems.add("id", f"{value!r} is not the schedule being changed ({schedule_id!r}); "
                           "leave it out or make them agree")


def in_wire_names(error: ValidationError) -> ValidationError:
    """The services' error with its fields named as the JSON names them."""
    renamed = []
    for item in error.violations:
        prefix, dot, rest = item.field.rpartition(".")
        wix = _TO_WIRE.get(rest, rest)
        renamed.append(FieldViolation(f"{prefix}{dot}{wix}", item.description))
    return ValidationError(renamed)
