"""Rows to domain sessions: inheritance from the schedule (and the series), read-only values,
and the NO_PI projection. Kept free of SQL so the same code serves get, list and query.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from datetime import datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

from sessions_desktop.domain.enums import Fieldset, SessionStatus, SessionType
from sessions_desktop.domain.model import INHERITABLE_FIELDS, Schedule, Session
from sessions_desktop.domain.time import localize, zone
from sessions_desktop.domain.wire import field_from_wire
from sessions_desktop.storage.records import load_fields

_ORDER = tuple(INHERITABLE_FIELDS)
_ALL_INHERITED = tuple(INHERITABLE_FIELDS[n] for n in _ORDER)
_EMPTY: dict[str, Any] = {}


def decode_fields(data: dict[str, Any] | str) -> dict[str, Any]:
    """The JSON of a row's own fields to domain values."""
    raw = load_fields(data) if isinstance(data, str) else data
    return {k: field_from_wire(k, v) for k, v in raw.items()}


_SCHEDULE_VALUES: dict[int, tuple[object, dict[str, Any]]] = {}


def _schedule_values(schedule: Schedule | None) -> dict[str, Any]:
    """What a schedule gives every session that sets nothing itself, cached per defaults
    object (immutable; the entry keeps it alive, so its id cannot be reused)."""
    defaults = schedule.defaults if schedule is not None else None
    cached = _SCHEDULE_VALUES.get(id(defaults))
    if cached is not None and cached[0] is defaults:
        return cached[1]
    if len(_SCHEDULE_VALUES) > 4096:
        _SCHEDULE_VALUES.clear()
    values = {name: getattr(defaults, name) if defaults is not None else None
              for name in _ORDER}
    values["notes"] = None
    values["participants"] = None
    _SCHEDULE_VALUES[id(defaults)] = (defaults, values)
    return values


def resolve(schedule: Schedule | None,
            *layers: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Values from the nearest layer that sets them, else the schedule; and which fields were
    inherited from the schedule (Wix names), in a stable order."""
    values = dict(_schedule_values(schedule))
    own: set[str] = set()
    for layer in layers:
        if layer:
            values.update(layer)
            own.update(layer)
    if not own:
        return values, _ALL_INHERITED
    key = frozenset(own)
    inherited = _INHERITED.get(key)
    if inherited is None:   # a handful of shapes (most rows set a title only): made once
        inherited = _INHERITED[key] = tuple(INHERITABLE_FIELDS[n] for n in _ORDER
                                            if n not in own)
    return values, inherited


_INHERITED: dict[frozenset[str], tuple[str, ...]] = {}
SESSION_FIELDS = tuple(f.name for f in dataclass_fields(Session))


def _positional_builder() -> Callable[..., Session]:
    """``new_session(...)``: ``Session(...)`` (every field given, by position or name)
    without the dataclass's own ``__init__``. A frozen dataclass sets each of its 34 fields
    through ``object.__setattr__`` (a global lookup and a call per field), which made building
    the sessions of a window the largest part of reading it (4-7 µs a session here, 3,000 in
    a week of the 5x business); setting the same slots through their descriptors makes the
    same object (equal, with the same hash) in about a third of the time. Generated once, as
    ``dataclasses`` generates ``__init__``; like that ``__init__`` it checks nothing, but it
    has no defaults: a field added to ``Session`` fails every call until it is given here."""
    names = ", ".join(SESSION_FIELDS)
    body = "".join(f"    set_{n}(s, {n})\n" for n in SESSION_FIELDS)
    source = f"def new_session({names}):\n    s = new(Session)\n{body}    return s\n"
    scope: dict[str, Any] = {"new": object.__new__, "Session": Session}
    scope.update({f"set_{n}": getattr(Session, n).__set__ for n in SESSION_FIELDS})
    exec(source, scope)   # our own source text, made from the field names
    return cast("Callable[..., Session]", scope["new_session"])


new_session = _positional_builder()
# What a session that is not part of a series has (``make_session``'s ``identity``).
_NO_IDENTITY: dict[str, Any] = {"original_start": None, "recurrence": None,
                                "recurrence_dates": (), "excluded_dates": (),
                                "recurring_session_id": None, "instance_of_recurrence": None}
_TYPES = {t.value: t for t in SessionType}        # an Enum call by value costs a microsecond
_STATUSES = {s.value: s for s in SessionStatus}


def make_session(*, id: str, schedule: Schedule | None, schedule_id: str,
                 layers: tuple[dict[str, Any], ...], start: datetime, end: datetime,
                 time_zone: str, all_day: bool, type: str, status: str, version: int,
                 fieldset: Fieldset, extra_inherited: tuple[str, ...] = (),
                 from_series: bool = False, **identity: Any) -> Session:
    """Build one Session; ``identity`` carries recurrence fields (rule, ids, original start).
    ``from_series``: an instance showing its series' participants, which are marked
    ``inherited`` (Wix: booked on the series, not on this session)."""
    values, inherited = resolve(schedule, *layers)
    participants = values.get("participants") or ()
    if from_series and participants:
        participants = tuple(replace(p, inherited=True) for p in participants)
    total = sum(p.party_size for p in participants)
    capacity = values["capacity"]
    full = fieldset is Fieldset.ALL_PI
    tags = values["tags"]
    return new_session(
        id=id, schedule_id=schedule_id, start=start, end=end, time_zone=time_zone,
        type=_TYPES.get(type) or SessionType(type), title=values["title"],
        tags=tuple(tags) if tags else (), all_day=all_day,
        schedule_owner_id=schedule.owner_id if schedule else None,
        affected_schedules=values["affected_schedules"] or (),
        location=values["location"] if full else None, capacity=capacity,
        remaining_capacity=None if capacity is None else capacity - total,
        rate=values["rate"], time_reserved_after=values["time_reserved_after"],
        reminders=tuple(values["reminders"] or ()),
        point_in_time=bool(values.get("point_in_time")),
        notes=values.get("notes"), participants=tuple(participants) if full else None,
        total_number_of_participants=total,
        calendar_conference=values["calendar_conference"] if full else None,
        external_calendar_overrides=values["external_calendar_overrides"] if full else None,
        inherited_fields=(*inherited, *extra_inherited) if extra_inherited else inherited,
        status=_STATUSES.get(status) or SessionStatus(status),
        version=version, **{**_NO_IDENTITY, **identity})


def strip_pi(session: Session) -> Session:
    """The NO_PI projection of a full session (participants, location, conference, overrides)."""
    return session.with_changes(participants=None, location=None, calendar_conference=None,
                                external_calendar_overrides=None)


def wall_to_aware(text: str, tz: ZoneInfo) -> datetime:
    return localize(datetime.fromisoformat(text), tz)


def zone_of(name: str) -> ZoneInfo:
    return zone(name)
