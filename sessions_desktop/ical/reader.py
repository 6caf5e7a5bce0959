"""One parsed VEVENT to the fields of a session (or of an override of one instance)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sessions_desktop.domain.enums import ApprovalStatus, LocationType, SessionStatus, SessionType
from sessions_desktop.domain.model import INHERITABLE_FIELDS, Location, Participant
from sessions_desktop.domain.time import is_known_zone
from sessions_desktop.ical import xprops as x
from sessions_desktop.ical.alarms import read_reminders
from sessions_desktop.ical.moments import CalendarContext, Moment, Skip, read_span
from sessions_desktop.ical.plan import Fields, ImportedEvent, Props, pickled_by_fields
from sessions_desktop.ical.series import read_recurrence

if TYPE_CHECKING:
    from icalendar import Component

    from sessions_desktop.ical.fast_lane import FastEvent

# Properties whose damage makes the event unusable; damage elsewhere drops only that property.
_ESSENTIAL = frozenset({None, "DTSTART", "DTEND", "DURATION", "RDATE", "EXDATE",
                        "RECURRENCE-ID"})   # RRULE is read from its text (``_rule_lines``)
_DROPPED = {
    "ATTACH": "attachments (ATTACH) dropped",
    "ORGANIZER": "organizer (ORGANIZER) dropped",
    "URL": "links (URL) dropped",
    "GEO": "coordinates (GEO) dropped",
    "RESOURCES": "resources (RESOURCES) dropped",
    "CONFERENCE": "conference links (CONFERENCE) dropped",
    "RELATED-TO": "relations between events (RELATED-TO) dropped",
}
_WIX_TO_FIELD = {wix: name for name, wix in INHERITABLE_FIELDS.items()}
_RRULE_LINE = re.compile(r"^RRULE(?:;[^:\r\n]*)?:(.*?)\r?$", re.M | re.I)
_UNFOLD = re.compile(r"\r?\n[ \t]")


@dataclass(slots=True)
class RawOverride:
    """A VEVENT with RECURRENCE-ID, before it meets its master."""

    uid: str
    recurrence_id: Moment
    fields: Fields
    cancelled: bool
    sequence: int
    line: int
    schedule_hint: str | None
    schedule_name: str | None
    inherited: tuple[str, ...]
    following: bool = False     # RANGE=THISANDFUTURE: this and every later instance


@pickled_by_fields
@dataclass(slots=True)
class Read:
    """A master or single event (``event``) or an override (``override``), plus SEQUENCE."""

    sequence: int
    event: ImportedEvent | None = None
    override: RawOverride | None = None


def read_event(component: Component | FastEvent, line: int, text: str,
               ctx: CalendarContext) -> Read:
    props: Props = dict(dict.items(component))  # keys are stored upper-case; skip the slow lookups
    broken = _check_errors(component, ctx)
    for broken_name in broken:
        props.pop(broken_name, None)
    _note_dropped(component, props, ctx)
    uid = _text(props.get("UID")) or _made_uid(text, ctx)
    sequence = _int(props.get("SEQUENCE")) or 0
    rid = props.get("RECURRENCE-ID")
    own_zone = _own_zone(props, ctx)
    span = read_span(props, ctx, recurring=rid is None and _repeats(props), own_zone=own_zone)
    fields = {"start": span.start, "end": span.end, "time_zone": span.time_zone,
              "all_day": span.all_day, **_fields(props, ctx)}
    if span.point:
        fields["point_in_time"] = True
    reminders = read_reminders(component, span.start,
                               None if span.point else span.end - span.start, ctx.notes)
    if reminders is not None:
        fields["reminders"] = reminders
    hint, name = _schedule(props)
    inherited = _inherited(props)
    cancelled = _text(props.get("STATUS")).upper() == "CANCELLED"
    if rid is not None:
        return Read(sequence, override=_override(props, rid, ctx, uid, fields, cancelled,
                                                 sequence, line, hint, name, inherited))
    fields.update(read_recurrence(props, span, ctx, _rule_lines(text, props, broken)))
    status = SessionStatus.CANCELLED if cancelled else SessionStatus.CONFIRMED
    event = ImportedEvent(uid, fields, hint, name, status, [], inherited, line,
                          free=_is_free(props))
    return Read(sequence, event=event)


def _override(props: Props, rid_prop: Any, ctx: CalendarContext, uid: str, fields: Fields,
              cancelled: bool, sequence: int, line: int, hint: str | None, name: str | None,
              inherited: tuple[str, ...]) -> RawOverride:
    prop = rid_prop[0] if isinstance(rid_prop, list) else rid_prop
    following = str(prop.params.get("RANGE", "")).upper() == "THISANDFUTURE"
    if "RRULE" in props or "RDATE" in props:
        ctx.notes.add("RRULE/RDATE on a changed instance (RECURRENCE-ID) ignored")
    return RawOverride(uid, ctx.moment(prop), fields, cancelled, sequence, line, hint, name,
                       inherited, following)


def _repeats(props: Props) -> bool:
    return "RRULE" in props or "RDATE" in props


def _rule_lines(text: str, props: Props, broken: set[str]) -> list[str]:
    """Every RRULE as written (icalendar keeps one value per name and refuses some rules
    that peers read; ``lenient_rules`` decides)."""
    if "RRULE" not in props and "RRULE" not in broken:
        return []
    return [m.group(1) for m in _RRULE_LINE.finditer(_UNFOLD.sub("", text))]


def _check_errors(component: Component | FastEvent, ctx: CalendarContext) -> set[str]:
    errors = getattr(component, "errors", None)
    if not errors:
        return set()
    for name, message in errors:
        if name in _ESSENTIAL:
            what = name or "a line"
            raise Skip(f"{what} cannot be read: {message}")
    for name, _ in errors:
        if name != "RRULE":
            ctx.notes.add(f"an unreadable {name} property was dropped")
    return {name for name, _ in errors}


def _note_dropped(component: Component | FastEvent, props: Props, ctx: CalendarContext) -> None:
    for key in props:
        message = _DROPPED.get(key)
        if message:
            ctx.notes.add(message)
    if _text(props.get("CLASS")).upper() in ("PRIVATE", "CONFIDENTIAL"):
        ctx.notes.add("the private/confidential mark (CLASS) dropped")
    for sub in component.subcomponents:
        if sub.name != "VALARM":
            ctx.notes.add(f"{sub.name} dropped")


def _fields(props: Props, ctx: CalendarContext) -> Fields:
    fields: Fields = {}
    ours = x.X_TYPE in props
    if "SUMMARY" in props:
        fields["title"] = _text(props["SUMMARY"])
    if "DESCRIPTION" in props:
        fields["notes"] = _text(props["DESCRIPTION"])
    if "CATEGORIES" in props or ours:
        fields["tags"] = _tags(props.get("CATEGORIES"))
    fields["type"] = _type(props, ctx)
    if x.X_CAPACITY in props:
        _put(fields, "capacity", _int(props[x.X_CAPACITY]), ctx, x.X_CAPACITY)
    if x.X_BUFFER in props:
        _put(fields, "time_reserved_after", _int(props[x.X_BUFFER]), ctx, x.X_BUFFER)
    _json_fields(props, fields, ctx)
    location = props.get("LOCATION")
    if location is not None and "location" not in fields and not _from_rooms(location):
        fields["location"] = Location(LocationType.CUSTOM, address=_text(location))
    if "ATTENDEE" in props:
        fields["participants"] = _participants(props["ATTENDEE"], ctx)
    return fields


def _json_fields(props: Props, fields: Fields, ctx: CalendarContext) -> None:
    readers = ((x.X_RATE, "rate", x.rate_from_text),
               (x.X_AFFECTED, "affected_schedules", x.affected_from_text),
               (x.X_LOCATION, "location", x.location_from_text))
    for prop, key, reader in readers:
        if prop in props:
            try:
                fields[key] = reader(_text(props[prop]))
            except (ValueError, KeyError, TypeError, AttributeError):
                ctx.notes.add(f"{prop} could not be read and was dropped")


def _put(fields: Fields, key: str, value: int | None, ctx: CalendarContext, prop: str) -> None:
    if value is None:
        ctx.notes.add(f"{prop} is not a whole number and was dropped")
    else:
        fields[key] = value


def _type(props: Props, ctx: CalendarContext) -> SessionType:
    text = _text(props.get(x.X_TYPE))
    if text:
        try:
            return SessionType.parse(text)
        except ValueError:
            ctx.notes.add(f"unknown {x.X_TYPE} {text!r}: read as EVENT")
    return SessionType.EVENT


def _is_free(props: Props) -> bool:
    """TRANSP:TRANSPARENT: the event does not take its schedule's time (``transfer_apply``
    links the schedule to it as FREE)."""
    return _text(props.get("TRANSP")).upper() == "TRANSPARENT" and \
        _text(props.get(x.X_TYPE)).upper() in ("", "EVENT")


def _tags(prop: Any) -> tuple[str, ...]:
    if prop is None:
        return ()
    tags: list[str] = []
    for group in prop if isinstance(prop, list) else [prop]:
        tags.extend(str(t) for t in getattr(group, "cats", ()) if str(t))
    return tuple(dict.fromkeys(tags))


def _from_rooms(prop: Any) -> bool:
    prop = prop[0] if isinstance(prop, list) else prop
    return str(getattr(prop, "params", {}).get(x.P_FROM_ROOMS, "")).upper() == "TRUE"


def _participants(prop: Any, ctx: CalendarContext) -> tuple[Participant, ...]:
    """People booked in: not our staff and rooms (they are linked schedules, written
    again from X-SESSIONS-AFFECTED-SCHEDULES), nor rooms and resources of other calendars."""
    people = []
    for address in prop if isinstance(prop, list) else [prop]:
        if str(address).startswith(x.SCHEDULE_URN):
            continue
        cutype = str(getattr(address, "params", {}).get("CUTYPE", "")).upper()
        if cutype in ("ROOM", "RESOURCE"):
            ctx.notes.add("rooms and resources among the attendees (CUTYPE=ROOM or RESOURCE) "
                          "were not imported as participants")
            continue
        people.append(_participant(address))
    return tuple(people)


def _participant(address: Any) -> Participant:
    value = str(address)
    params = getattr(address, "params", {})
    email = value[7:] if value[:7].lower() == "mailto:" else None
    size = _int(params.get(x.P_PARTY_SIZE))
    if size is None and params.get(x.P_GOOGLE_GUESTS) is not None:
        size = 1 + (_int(params.get(x.P_GOOGLE_GUESTS)) or 0)
    status = x.PARTSTAT_IN.get(str(params.get("PARTSTAT", "")).upper(), ApprovalStatus.UNDEFINED)
    return Participant(name=str(params.get("CN", "")), email=email or None,
                       phone=params.get(x.P_PHONE) or None,
                       party_size=1 if size is None else size, approval_status=status,
                       contact_id=params.get(x.P_CONTACT_ID) or None)


def _schedule(props: Props) -> tuple[str | None, str | None]:
    hint = _text(props.get(x.X_SCHEDULE_ID)) or None
    name = _text(props.get(x.X_SCHEDULE_NAME)) or None
    return hint or name, name


def _inherited(props: Props) -> tuple[str, ...]:
    if x.X_OWN in props:
        return _inherited_but(_text(props[x.X_OWN]))
    if x.X_INHERITED not in props:
        return ()
    return _inherited_names(_text(props[x.X_INHERITED]))


@lru_cache(maxsize=256)
def _inherited_but(own: str) -> tuple[str, ...]:
    """Every inheritable field but those listed as the session's own."""
    taken = {part.strip() for part in own.split(",")}
    return tuple(name for name, wix in INHERITABLE_FIELDS.items() if wix not in taken)


@lru_cache(maxsize=256)
def _inherited_names(text: str) -> tuple[str, ...]:
    """The few lists of inherited fields a file repeats, read once each."""
    names = (_WIX_TO_FIELD.get(part.strip()) for part in text.split(","))
    return tuple(n for n in names if n)


def _own_zone(props: Props, ctx: CalendarContext) -> str | None:
    text = _text(props.get(x.X_TIME_ZONE))
    if not text:
        return None
    if is_known_zone(text):
        return text
    ctx.notes.add(f"unknown {x.X_TIME_ZONE} {text!r} ignored")
    return None


def _made_uid(text: str, ctx: CalendarContext) -> str:
    ctx.notes.add("events without UID got one made from their content")
    return "import-" + hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:20]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value)


def _int(value: Any) -> int | None:
    try:
        return int(_text(value).strip())
    except ValueError:
        return None
