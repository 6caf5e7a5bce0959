"""Schedule commands: ``schedules`` lists (as it always has); its actions write one schedule.

Each action prints the schedule as it is after the write, in the shape the list prints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sessions_desktop.cli_commands.inputs import read_json
from sessions_desktop.cli_commands.schedule_wire import (
    in_wire_names,
    schedule_fields_from_wire,
    schedule_to_wire,
)
from sessions_desktop.errors import ValidationError


def cmd_schedules(svc, args) -> dict:
    """``schedules`` alone lists; ``schedules ACTION`` runs that action."""
    action = SCHEDULE_ACTIONS[args.schedules_command or "list"]
    try:
        return action(svc, args)
    except ValidationError as exc:
        raise in_wire_names(exc) from None


def list_schedules(svc, args) -> dict:
    schedules = svc.schedules.list_schedules(include_archived=args.include_archived)
    return {"schedules": [schedule_to_wire(s) for s in schedules]}


def create_schedule(svc, args) -> dict:
    values = schedule_fields_from_wire(read_json(args.json))
    return schedule_to_wire(svc.schedules.create_schedule(values))


def update_schedule(svc, args) -> dict:
    patch = schedule_fields_from_wire(read_json(args.json), schedule_id=args.id)
    return schedule_to_wire(svc.schedules.update_schedule(
        args.id, patch, expected_version=args.expected_version))


def archive_schedule(svc, args) -> dict:
    return schedule_to_wire(svc.schedules.archive_schedule(
        args.id, archived=True, expected_version=args.expected_version))


def unarchive_schedule(svc, args) -> dict:
    return schedule_to_wire(svc.schedules.archive_schedule(
        args.id, archived=False, expected_version=args.expected_version))


SCHEDULE_ACTIONS: dict[str, Callable[[Any, Any], dict]] = {
    "list": list_schedules, "create": create_schedule, "update": update_schedule,
    "archive": archive_schedule, "unarchive": unarchive_schedule,
}
