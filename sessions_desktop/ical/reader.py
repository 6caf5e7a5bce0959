"""One parsed VEVENT to the fields of a session (or of an override of one instance)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sessions_desktop.domain.enums import ApprovalStatus, LocationType, SessionStatus, SessionType
from sessions_desktop.domain.model import INHERITABLE_FIELDS, Location, Participant
from sessions_desktop.domain.time import is_known_zone
from sessions_desktop.ical import xprops as x
from sessions_desktop.ical.moments import CalendarContext, Moment, Skip, read_span
from sessions_desktop.ical.plan import ImportedEvent
from sessions_desktop.ical.series import read_recurrence

# Properties whose damage makes the event unusable; damage elsewhere drops only that property.
_ESSENTIAL = frozenset({None, "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE",
                        "RECURRENCE-ID"})
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


@dataclass(slots=True)
class RawOverride:
    """A VEVENT with RECURRENCE-ID, before it meets its master."""

    uid: str
    recurrence_id: Moment
    fields: dict
    cancelled: bool
    sequence: int
    line: int
    schedule_hint: str | None
    schedule_name: str | None
    inherited: tuple[str, ...]


@dataclass(slots=True)
class Read:
    """A master or single event (``event``) or an override (``override``), plus SEQUENCE."""

    sequence: int
    event: ImportedEvent | None = None
    override: RawOverride | None = None


def read_event(component, line: int, text: str, ctx: CalendarContext) -> Read:
    props = dict(dict.items(component))  # keys are stored upper-case; skip the slow lookups
    broken = _check_errors(component, ctx)
    for name in broken:
        props.pop(name, None)
    _note_dropped(component, props, ctx)
    uid = _text(props.get("UID")) or _made_uid(text, ctx)
    sequence = _int(props.get("SEQUENCE")) or 0
    rid = props.get("RECURRENCE-ID")
    own_zone = _own_zone(props, ctx)
    span = read_span(props, ctx, recurring=rid is None and _repeats(props), own_zone=own_zone)
    fields = {"start": span.start, "end": span.end, "time_zone": span.time_zone,
              "all_day": span.all_day, **_fields(props, ctx)}
    hint, name = _schedule(props)
    inherited = _inherited(props)
    cancelled = _text(props.get("STATUS")).upper() == "CANCELLED"
    if rid is not None:
        return Read(sequence, override=_override(props, rid, ctx, uid, fields, cancelled,
                                                 sequence, line, hint, name, inherited))
    fields.update(read_recurrence(props, span, ctx))
    status = SessionStatus.CANCELLED if cancelled else SessionStatus.CONFIRMED
    event = ImportedEvent(uid, fields, hint, name, status, [], inherited, line)
    return Read(sequence, event=event)


def _override(props, rid_prop, ctx, uid, fields, cancelled, sequence, line, hint, name,
              inherited) -> RawOverride:
    prop = rid_prop[0] if isinstance(rid_prop, list) else rid_prop
    if str(prop.params.get("RANGE", "")).upper() == "THISANDFUTURE":
        ctx.notes.add("RECURRENCE-ID with RANGE=THISANDFUTURE: only that instance was changed")
    if "RRULE" in props or "RDATE" in props:
        ctx.notes.add("RRULE/RDATE on a changed instance (RECURRENCE-ID) ignored")
    return RawOverride(uid, ctx.moment(prop), fields, cancelled, sequence, line, hint, name,
                       inherited)


def _repeats(props: dict) -> bool:
    return "RRULE" in props or "RDATE" in props


def _check_errors(component, ctx: CalendarContext) -> set[str]:
    errors = getattr(component, "errors", None)
    if not errors:
        return set()
    for name, message in errors:
        if name in _ESSENTIAL:
            what = name or "a line"
            raise Skip(f"{what} cannot be read: {message}")
    for name, _ in errors:
        ctx.notes.add(f"an unreadable {name} property was dropped")
    return {name for name, _ in errors}


def _note_dropped(component, props: dict, ctx: CalendarContext) -> None:
    for key in props:
        message = _DROPPED.get(key)
        if message:
            ctx.notes.add(message)
    if _text(props.get("CLASS")).upper() in ("PRIVATE", "CONFIDENTIAL"):
        ctx.notes.add("the private/confidential mark (CLASS) dropped")
    for sub in component.subcomponents:
        label = "reminders (VALARM)" if sub.name == "VALARM" else sub.name
        ctx.notes.add(f"{label} dropped")


def _fields(props: dict, ctx: CalendarContext) -> dict:
    fields: dict = {}
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
    if "LOCATION" in props and "location" not in fields:
        fields["location"] = Location(LocationType.CUSTOM, address=_text(props["LOCATION"]))
    if "ATTENDEE" in props:
        fields["participants"] = _participants(props["ATTENDEE"])
    return fields


def _json_fields(props: dict, fields: dict, ctx: CalendarContext) -> None:
    readers = ((x.X_RATE, "rate", x.rate_from_text),
               (x.X_AFFECTED, "affected_schedules", x.affected_from_text),
               (x.X_LOCATION, "location", x.location_from_text))
    for prop, key, reader in readers:
        if prop in props:
            try:
                fields[key] = reader(_text(props[prop]))
            except (ValueError, KeyError, TypeError, AttributeError):
                ctx.notes.add(f"{prop} could not be read and was dropped")


def _put(fields: dict, key: str, value, ctx: CalendarContext, prop: str) -> None:
    if value is None:
        ctx.notes.add(f"{prop} is not a whole number and was dropped")
    else:
        fields[key] = value


def _type(props: dict, ctx: CalendarContext) -> SessionType:
    text = _text(props.get(x.X_TYPE))
    if text:
        try:
            return SessionType.parse(text)
        except ValueError:
            ctx.notes.add(f"unknown {x.X_TYPE} {text!r}: read as EVENT")
    elif _text(props.get("TRANSP")).upper() == "TRANSPARENT":
        ctx.notes.add("events marked free (TRANSP:TRANSPARENT) were imported as busy events")
    return SessionType.EVENT


def _tags(prop) -> tuple[str, ...]:
    if prop is None:
        return ()
    tags: list[str] = []
    for group in prop if isinstance(prop, list) else [prop]:
        tags.extend(str(t) for t in getattr(group, "cats", ()) if str(t))
    return tuple(dict.fromkeys(tags))


def _participants(prop) -> tuple[Participant, ...]:
    return tuple(_participant(a) for a in (prop if isinstance(prop, list) else [prop]))


def _participant(address) -> Participant:
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


def _schedule(props: dict) -> tuple[str | None, str | None]:
    hint = _text(props.get(x.X_SCHEDULE_ID)) or None
    name = _text(props.get(x.X_SCHEDULE_NAME)) or None
    return hint or name, name


def _inherited(props: dict) -> tuple[str, ...]:
    if x.X_INHERITED not in props:
        return ()
    text = _text(props[x.X_INHERITED])
    names = (_WIX_TO_FIELD.get(part.strip()) for part in text.split(","))
    return tuple(n for n in names if n)


def _own_zone(props: dict, ctx: CalendarContext) -> str | None:
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


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value)


def _int(value) -> int | None:
    try:
        return int(_text(value).strip())
    except ValueError:
        return None
