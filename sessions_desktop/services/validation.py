"""Field-by-field checks of session values; every problem is collected, none raised alone.

Values may be domain objects or their wire (camelCase JSON) form; the checked, domain-typed
value is returned so callers store one shape.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sessions_desktop.domain.model import (
    CalendarConference,
    ExternalCalendarOverrides,
    LinkedSchedule,
    Location,
    Participant,
    Rate,
)
from sessions_desktop.domain.wire import field_from_wire
from sessions_desktop.errors import Violations
from sessions_desktop.services.text_checks import check_strings

MAX_TITLE = 6000
MAX_CAPACITY = 1000
MAX_PARTY = 250
MAX_TAG = 200
MAX_REMINDERS = 10
MAX_REMINDER_MINUTES = 4 * 7 * 24 * 60     # four weeks before


def _coerce(name: str, value: Any, kind: type) -> Any:
    if isinstance(value, dict) and kind is not dict:
        return field_from_wire(name, value)
    return value


def _title(value: Any, problems: Violations, field: str) -> Any:
    if not isinstance(value, str):
        problems.add(field, "must be text")
    return value   # length and characters: text_checks


def _text(value: Any, problems: Violations, field: str) -> Any:
    if not isinstance(value, str):
        problems.add(field, "must be text")
    return value


def _tags(value: Any, problems: Violations, field: str) -> Any:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        problems.add(field, "must be a list of texts")
        return ()
    tags = tuple(dict.fromkeys(value))
    for tag in tags:
        if not isinstance(tag, str) or not tag.strip():
            problems.add(field, f"{tag!r} is not a tag (a non-empty text)")
    return tags


def _capacity(value: Any, problems: Violations, field: str) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        problems.add(field, "must be a whole number")
    elif not 0 <= value <= MAX_CAPACITY:
        problems.add(field, f"{value} is outside 0..{MAX_CAPACITY}")
    return value


def _minutes(value: Any, problems: Violations, field: str) -> Any:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 24 * 60:
        problems.add(field, "must be 0 to 1440 minutes")
    return value


def _reminders(value: Any, problems: Violations, field: str) -> Any:
    """Minutes before the start, each 0..four weeks, at most ten, kept sorted and distinct."""
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        problems.add(field, "must be a list of minutes before the start")
        return ()
    if len(value) > MAX_REMINDERS:
        problems.add(field, f"has {len(value)} reminders; at most {MAX_REMINDERS}")
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int) \
                or not 0 <= item <= MAX_REMINDER_MINUTES:
            problems.add(field, f"{item!r} is not 0 to {MAX_REMINDER_MINUTES} minutes")
            return ()
    return tuple(sorted(set(value)))


def _flag(value: Any, problems: Violations, field: str) -> Any:
    if not isinstance(value, bool):
        problems.add(field, "must be true or false")
    return value


def _typed(kind: type) -> Callable[[Any, Violations, str], Any]:
    def check(value: Any, problems: Violations, field: str) -> Any:
        name = field.rsplit(".", 1)[-1]
        value = _coerce(name, value, kind)
        if not isinstance(value, kind):
            problems.add(field, f"must be a {kind.__name__}")
        return value
    return check


def _participants(value: Any, problems: Violations, field: str) -> Any:
    if not isinstance(value, (list, tuple)):
        problems.add(field, "must be a list of participants")
        return ()
    people = []
    for i, item in enumerate(value):
        person = field_from_wire("participants", [item])[0] if isinstance(item, dict) else item
        if not isinstance(person, Participant):
            problems.add(f"{field}[{i}]", "is not a participant")
            continue
        if not 0 <= person.party_size <= MAX_PARTY:
            problems.add(f"{field}[{i}].party_size",
                         f"{person.party_size} is outside 0..{MAX_PARTY}")
        people.append(replace(person, inherited=False) if person.inherited else person)
    return tuple(people)     # ``inherited`` is read-only: what is written is the session's own


def _affected(value: Any, problems: Violations, field: str) -> Any:
    if not isinstance(value, (list, tuple)):
        problems.add(field, "must be a list of linked schedules")
        return ()
    links = []
    for item in value:
        link = field_from_wire("affected_schedules", [item])[0] if isinstance(item, dict) \
            else item
        if not isinstance(link, LinkedSchedule):
            problems.add(field, f"{item!r} is not a linked schedule")
        else:
            links.append(link)
    return tuple(links)


CHECKS: dict[str, Callable[[Any, Violations, str], Any]] = {
    "title": _title,
    "notes": _text,
    "tags": _tags,
    "capacity": _capacity,
    "time_reserved_after": _minutes,
    "location": _typed(Location),
    "rate": _typed(Rate),
    "calendar_conference": _typed(CalendarConference),
    "external_calendar_overrides": _typed(ExternalCalendarOverrides),
    "participants": _participants,
    "affected_schedules": _affected,
    "reminders": _reminders,
    "point_in_time": _flag,
}


def check_field(name: str, value: Any, problems: Violations, prefix: str = "") -> Any:
    """Check one session field; returns the domain-typed value (None stays None). Every text
    inside it is checked too (``text_checks``: length, control characters, surrogates)."""
    if value is None:
        return None
    check = CHECKS.get(name)
    if check is None:
        problems.add(prefix + name, "is not a session field")
        return value
    try:
        checked = check(value, problems, prefix + name)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        problems.add(prefix + name, f"is malformed ({_short(exc)})")
        return None
    check_strings(checked, problems, prefix + name)
    return checked


def _short(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."
