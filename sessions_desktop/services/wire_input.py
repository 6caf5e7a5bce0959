"""Wix-shaped JSON (camelCase) to the snake_case field dict the session services take.

``start``/``end`` may be a CalendarDateTime (``{"timestamp": ISO}``, ``{"localDateTime":
{...}, "timeZone": IANA}`` or both, as ``get`` prints them) or an ISO-8601 text. A text without
an offset means the business time zone (the services settle that); a plain date means an
all-day session. Read-only fields (``status``, ``version``, ``inheritedFields``...) are
ignored, so the output of ``get`` can be edited and sent back. Every problem is collected and
raised as one ValidationError naming the fields in their Wix spelling.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sessions_desktop.domain.time import localize, zone
from sessions_desktop.errors import ValidationError, Violations
from sessions_desktop.services.validation import check_field

# Wix name -> python name of the fields a caller may set.
WRITABLE: dict[str, str] = {
    "id": "id", "scheduleId": "schedule_id", "type": "type", "title": "title", "tags": "tags",
    "allDay": "all_day", "timeZone": "time_zone", "recurrence": "recurrence",
    "recurrenceDates": "recurrence_dates", "excludedDates": "excluded_dates",
    "affectedSchedules": "affected_schedules", "location": "location", "capacity": "capacity",
    "rate": "rate", "timeReservedAfter": "time_reserved_after", "notes": "notes",
    "participants": "participants", "calendarConference": "calendar_conference",
    "externalCalendarOverrides": "external_calendar_overrides",
    "reminders": "reminders", "pointInTime": "point_in_time",
}
READ_ONLY = frozenset({"scheduleOwnerId", "remainingCapacity", "totalNumberOfParticipants",
                       "inheritedFields", "status", "version", "recurringSessionId",
                       "instanceOfRecurrence", "originalStart", "_createdDate", "_updatedDate"})
_CHECKED = frozenset({"title", "tags", "capacity", "time_reserved_after", "notes", "location",
                      "rate", "calendar_conference", "external_calendar_overrides",
                      "participants", "affected_schedules", "reminders", "point_in_time"})
_SNAKE_TO_WIX = {snake: wix for wix, snake in WRITABLE.items()}
_LOCAL_PARTS = ("year", "monthOfYear", "dayOfMonth", "hourOfDay", "minutesOfHour")


def session_fields_from_wire(data: Any, *, patch: bool = False) -> dict[str, Any]:
    """The field dict for ``create_session`` (or ``update_session`` when ``patch``)."""
    if not isinstance(data, Mapping):
        raise ValidationError("a session must be a JSON object", field="session")
    if "session" in data and isinstance(data["session"], Mapping) and len(data) == 1:
        data = data["session"]  # the Wix request body {"session": {...}}
    problems = Violations()
    out: dict[str, Any] = {}
    kinds: dict[str, str] = {}
    for key, value in data.items():
        if key in ("start", "end"):
            _put_time(out, key, value, problems)
            kinds[key] = _kind(value)
        elif key in WRITABLE:
            out[WRITABLE[key]] = _simple(WRITABLE[key], value, problems)
        elif key not in READ_ONLY:
            problems.add(key, "is not a session field")
    _check_kinds(kinds, data.get("recurrence") is not None, problems)
    if not patch:
        for key in ("scheduleId", "start", "end"):
            if data.get(key) is None:
                problems.add(key, "is required")
    problems.raise_if_any()
    return out


def _kind(value: Any) -> str:
    """``timestamp`` (an instant), ``local`` (a wall clock) or ``text`` (an ISO-8601 text, read
    leniently: with an offset an instant, without one a wall clock, a plain date all-day)."""
    if isinstance(value, Mapping):
        return "local" if "localDateTime" in value else "timestamp"
    return "text"


def _check_kinds(kinds: dict[str, str], recurring: bool, problems: Violations) -> None:
    """Wix: start and end are of one kind, and a recurring session's are local date-times."""
    given = {kinds.get("start"), kinds.get("end")} - {None, "text"}
    if len(given) > 1:
        problems.add("end", "must be of the same kind as start (both timestamp or both "
                            "localDateTime)")
    elif recurring and given == {"timestamp"}:
        problems.add("start", "a recurring session's start and end are localDateTime "
                              "(a wall-clock time in its zone), not timestamps")


def _simple(name: str, value: Any, problems: Violations) -> Any:
    if value is None:
        return None
    if name in _CHECKED:
        found = Violations()
        checked = check_field(name, value, found)
        for item in found.items:
            head, dot, rest = item.field.partition(".")
            base, bracket, index = head.partition("[")
            wix = _SNAKE_TO_WIX.get(base, base) + bracket + index + dot + rest
            problems.add(wix, item.description)
        return checked
    if name in ("recurrence_dates", "excluded_dates"):
        return _date_list(_SNAKE_TO_WIX[name], value, problems)
    if name == "all_day" and not isinstance(value, bool):
        problems.add("allDay", "must be true or false")
    elif name in ("id", "schedule_id", "type", "time_zone", "recurrence") and \
            not isinstance(value, str):
        problems.add(_SNAKE_TO_WIX[name], "must be text")
    elif name == "time_zone":
        _check_zone("timeZone", value, problems)
    return value


def _check_zone(field: str, name: str, problems: Violations) -> bool:
    try:
        zone(name)
    except ValidationError:
        problems.add(field, f"unknown time zone {name!r}")
        return False
    return True


def _date_list(field: str, value: Any, problems: Violations) -> list[datetime | date] | None:
    if not isinstance(value, list):
        problems.add(field, "must be a list of ISO-8601 dates or date-times")
        return None
    out = []
    for i, item in enumerate(value):
        parsed = parse_moment(item) if isinstance(item, str) else None
        if parsed is None:
            problems.add(f"{field}[{i}]", f"{item!r} is not an ISO-8601 date or date-time")
        else:
            out.append(parsed)
    return out


def _put_time(out: dict[str, Any], key: str, value: Any, problems: Violations) -> None:
    if value is None:
        return
    moment, zone_name = parse_calendar_datetime(value, key, problems)
    if moment is None:
        return
    out[key] = moment
    if zone_name is not None and out.get("time_zone") in (None, zone_name):
        out["time_zone"] = zone_name


def parse_moment(text: str) -> datetime | date | None:
    """An ISO-8601 date or date-time text (``Z`` allowed); None when it is not one."""
    text = text.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_calendar_datetime(value: Any, field: str, problems: Violations
                            ) -> tuple[datetime | date | None, str | None]:
    """A moment and the zone named with it, from any accepted spelling of a date-time."""
    if isinstance(value, str):
        moment = parse_moment(value)
        if moment is None:
            problems.add(field, f"{value!r} is not an ISO-8601 date or date-time")
        return moment, None
    if not isinstance(value, Mapping):
        problems.add(field, "must be an ISO-8601 text or {\"timestamp\": ...} or "
                            "{\"localDateTime\": {...}}")
        return None, None
    zone_name = value.get("timeZone")
    if zone_name is not None and (not isinstance(zone_name, str) or
                                  not _check_zone(f"{field}.timeZone", zone_name, problems)):
        return None, None
    stamp = _timestamp(value.get("timestamp"), field, problems)
    local = _local(value.get("localDateTime"), zone_name, field, problems)
    if "timestamp" not in value and "localDateTime" not in value:
        problems.add(field, "needs a timestamp or a localDateTime")
    if stamp is not None and local is not None and local.tzinfo is not None and stamp != local:
        problems.add(field, "timestamp and localDateTime disagree; give only one of them")
        return None, None
    return (local if local is not None else stamp), zone_name


def _timestamp(value: Any, field: str, problems: Violations) -> datetime | None:
    if value is None:
        return None
    moment = parse_moment(value) if isinstance(value, str) else None
    if not isinstance(moment, datetime):
        problems.add(f"{field}.timestamp", f"{value!r} is not an ISO-8601 date-time")
        return None
    return moment


def _local(value: Any, zone_name: str | None, field: str, problems: Violations
           ) -> datetime | None:
    if value is None:
        return None
    where = f"{field}.localDateTime"
    if not isinstance(value, Mapping):
        problems.add(where, "must be an object with year, monthOfYear, dayOfMonth, hourOfDay "
                            "and minutesOfHour")
        return None
    parts = [value.get(name, 0) for name in _LOCAL_PARTS]
    if any(isinstance(p, bool) or not isinstance(p, int) for p in parts):
        problems.add(where, "year, monthOfYear, dayOfMonth, hourOfDay and minutesOfHour must "
                            "be whole numbers")
        return None
    try:
        wall = datetime(*parts)
    except ValueError as exc:
        problems.add(where, f"is not a date and time ({exc})")
        return None
    return localize(wall, zone(zone_name)) if zone_name else wall


__all__ = ["parse_calendar_datetime", "parse_moment", "session_fields_from_wire"]
