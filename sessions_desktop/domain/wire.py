"""The Wix JSON shape (camelCase) of sessions, schedules and their parts.

One codec serves the database's JSON columns, the command line's output and JSON input, so a
field is spelled the same everywhere. ``field_to_wire``/``field_from_wire`` convert one session
field; ``session_to_wire`` gives a whole session as the Wix API prints it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sessions_desktop.domain.enums import ApprovalStatus, LocationType, Transparency
from sessions_desktop.domain.model import (
    Address,
    CalendarConference,
    ExternalCalendarOverrides,
    Geocode,
    LinkedSchedule,
    Location,
    Participant,
    Price,
    Rate,
    Session,
    StreetAddress,
)


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


_ADDRESS_TEXT = (("formattedAddress", "formatted_address"), ("addressLine", "address_line"),
                 ("addressLine2", "address_line2"), ("city", "city"),
                 ("subdivision", "subdivision"), ("country", "country"),
                 ("postalCode", "postal_code"), ("hint", "hint"))


def address_to_wire(address: Address) -> dict[str, Any]:
    out: dict[str, Any] = {wix: getattr(address, name) for wix, name in _ADDRESS_TEXT}
    if address.street_address is not None:
        s = address.street_address
        out["streetAddress"] = _drop_none({"number": s.number, "name": s.name, "apt": s.apt})
    if address.geocode is not None:
        out["geocode"] = {"latitude": address.geocode.latitude,
                          "longitude": address.geocode.longitude}
    return _drop_none(out)


def address_from_wire(data: dict[str, Any]) -> Address:
    if not isinstance(data, dict):
        raise ValueError("customAddress must be an object")
    unknown = set(data) - {w for w, _ in _ADDRESS_TEXT} - {"streetAddress", "geocode"}
    if unknown:
        raise ValueError(f"customAddress has no field {sorted(unknown)[0]!r}")
    texts = {}
    for wix, name in _ADDRESS_TEXT:
        value = data.get(wix)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"customAddress.{wix} must be text")
        texts[name] = value
    street = data.get("streetAddress")
    geo = data.get("geocode")
    return Address(
        **texts,
        street_address=StreetAddress(*(str(street[k]) if street.get(k) is not None else None
                                       for k in ("number", "name", "apt")))
        if isinstance(street, dict) else None,
        geocode=Geocode(float(geo["latitude"]), float(geo["longitude"]))
        if isinstance(geo, dict) else None)


def location_to_wire(loc: Location) -> dict[str, Any]:
    business = None
    if loc.business_location_id or loc.business_location_name:
        business = _drop_none({"id": loc.business_location_id, "name": loc.business_location_name})
    custom = address_to_wire(loc.custom_address) if loc.custom_address else None
    return _drop_none({"locationType": loc.location_type.value, "businessLocation": business,
                       "address": loc.address, "customAddress": custom})


def location_from_wire(data: dict[str, Any]) -> Location:
    business = data.get("businessLocation") or {}
    address = data.get("address")
    custom = data.get("customAddress")
    if isinstance(address, dict) and custom is None:   # an Address given as ``address``
        custom, address = address, None
    return Location(LocationType(data.get("locationType", "OWNER_BUSINESS")),
                    business.get("id"), business.get("name"), address,
                    address_from_wire(custom) if custom is not None else None)


def rate_to_wire(rate: Rate) -> dict[str, Any]:
    options = {label: _drop_none({"amount": p.amount, "currency": p.currency,
                                  "downPayAmount": p.down_pay_amount})
               for label, p in rate.labeled_price_options}
    return _drop_none({"labeledPriceOptions": options or None, "priceText": rate.price_text})


def rate_from_wire(data: dict[str, Any]) -> Rate:
    options = tuple((label, Price(str(p["amount"]), str(p["currency"]), p.get("downPayAmount")))
                    for label, p in (data.get("labeledPriceOptions") or {}).items())
    return Rate(options, data.get("priceText"))


def participant_to_wire(p: Participant) -> dict[str, Any]:
    return _drop_none({"id": p.id, "contactId": p.contact_id, "name": p.name, "email": p.email,
                       "phone": p.phone, "partySize": p.party_size,
                       "approvalStatus": p.approval_status.value,
                       "inherited": p.inherited or None})


def participant_from_wire(data: dict[str, Any]) -> Participant:
    return Participant(name=data.get("name") or "", email=data.get("email"),
                       phone=data.get("phone"), party_size=int(data.get("partySize", 1)),
                       approval_status=ApprovalStatus(data.get("approvalStatus", "UNDEFINED")),
                       contact_id=data.get("contactId"), id=data.get("id"),
                       inherited=bool(data.get("inherited", False)))


def linked_to_wire(link: LinkedSchedule) -> dict[str, Any]:
    return {"scheduleId": link.schedule_id, "transparency": link.transparency.value}


def linked_from_wire(data: dict[str, Any]) -> LinkedSchedule:
    return LinkedSchedule(data["scheduleId"], Transparency(data.get("transparency", "BUSY")))


def conference_to_wire(c: CalendarConference) -> dict[str, Any]:
    return _drop_none({"hostUrl": c.host_url, "guestUrl": c.guest_url,
                       "description": c.description})


def conference_from_wire(data: dict[str, Any]) -> CalendarConference:
    return CalendarConference(data.get("hostUrl"), data.get("guestUrl"), data.get("description"))


def overrides_to_wire(o: ExternalCalendarOverrides) -> dict[str, Any]:
    return _drop_none({"title": o.title, "description": o.description})


def overrides_from_wire(data: dict[str, Any]) -> ExternalCalendarOverrides:
    return ExternalCalendarOverrides(data.get("title"), data.get("description"))


def _identity(value: Any) -> Any:
    return value


def _tuple_of(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda items: tuple(fn(i) for i in items)


def _list_of(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda items: [fn(i) for i in items]


# python field -> (wix name, to wire, from wire) for every field stored as JSON.
FIELD_CODECS: dict[str, tuple[str, Callable[[Any], Any], Callable[[Any], Any]]] = {
    "title": ("title", _identity, _identity),
    "tags": ("tags", list, tuple),
    "capacity": ("capacity", _identity, _identity),
    "notes": ("notes", _identity, _identity),
    "time_reserved_after": ("timeReservedAfter", _identity, _identity),
    "reminders": ("reminders", list, tuple),
    "point_in_time": ("pointInTime", _identity, _identity),
    "location": ("location", location_to_wire, location_from_wire),
    "rate": ("rate", rate_to_wire, rate_from_wire),
    "affected_schedules": ("affectedSchedules", _list_of(linked_to_wire),
                           _tuple_of(linked_from_wire)),
    "participants": ("participants", _list_of(participant_to_wire),
                     _tuple_of(participant_from_wire)),
    "calendar_conference": ("calendarConference", conference_to_wire, conference_from_wire),
    "external_calendar_overrides": ("externalCalendarOverrides", overrides_to_wire,
                                    overrides_from_wire),
}
WIRE_TO_FIELD = {wix: name for name, (wix, _, _) in FIELD_CODECS.items()}


def field_to_wire(name: str, value: Any) -> Any:
    if value is None:
        return None
    return FIELD_CODECS[name][1](value)


def field_from_wire(name: str, data: Any) -> Any:
    if data is None:
        return None
    return FIELD_CODECS[name][2](data)


def fields_to_wire(values: dict[str, Any]) -> dict[str, Any]:
    """Own (non-inherited) field values to a JSON-ready dict keyed by python names."""
    return {name: field_to_wire(name, value) for name, value in values.items()}


def fields_from_wire(data: dict[str, Any]) -> dict[str, Any]:
    return {name: field_from_wire(name, value) for name, value in data.items()}


@lru_cache(maxsize=8192)
def utc_text(moment: datetime) -> str:
    """``2027-01-04T09:00:00Z``, remembered: a week's answer writes two per session, and
    sessions share their times (classes on the hour)."""
    u = moment.astimezone(UTC)
    return f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z"


def datetime_to_wire(moment: datetime, time_zone: str | None) -> dict[str, Any]:
    """A CalendarDateTime: UTC timestamp, the local wall clock, and the zone."""
    out: dict[str, Any] = {
        "timestamp": utc_text(moment),
        "localDateTime": {"year": moment.year, "monthOfYear": moment.month,
                          "dayOfMonth": moment.day, "hourOfDay": moment.hour,
                          "minutesOfHour": moment.minute},
    }
    if time_zone is not None:
        out["timeZone"] = time_zone
    return out


def session_to_wire(s: Session) -> dict[str, Any]:
    """A session as the Wix API prints it (camelCase; PI fields only when present)."""
    out: dict[str, Any] = {
        "id": s.id, "scheduleId": s.schedule_id, "scheduleOwnerId": s.schedule_owner_id,
        "type": s.type.value, "title": s.title, "tags": list(s.tags),
        "start": datetime_to_wire(s.start, s.time_zone),
        "end": datetime_to_wire(s.end, s.time_zone),
        "allDay": s.all_day, "status": s.status.value,
        "recurringSessionId": s.recurring_session_id,
        "instanceOfRecurrence": s.instance_of_recurrence,
        "recurrence": s.recurrence,
        "originalStart": utc_text(s.original_start) if s.original_start else None,
        "affectedSchedules": [linked_to_wire(a) for a in s.affected_schedules],
        "capacity": s.capacity, "remainingCapacity": s.remaining_capacity,
        "rate": rate_to_wire(s.rate) if s.rate else None,
        "timeReservedAfter": s.time_reserved_after, "notes": s.notes,
        "totalNumberOfParticipants": s.total_number_of_participants,
        "inheritedFields": list(s.inherited_fields), "version": s.version,
        "reminders": list(s.reminders) if s.reminders else None,
        "pointInTime": True if s.point_in_time else None,
    }
    if s.is_recurring:
        out["recurrenceDates"] = [d.isoformat() for d in s.recurrence_dates]
        out["excludedDates"] = [d.isoformat() for d in s.excluded_dates]
    if s.participants is not None:
        out["participants"] = [participant_to_wire(p) for p in s.participants]
        out["location"] = location_to_wire(s.location) if s.location else None
        out["calendarConference"] = (conference_to_wire(s.calendar_conference)
                                     if s.calendar_conference else None)
        out["externalCalendarOverrides"] = (overrides_to_wire(s.external_calendar_overrides)
                                            if s.external_calendar_overrides else None)
    return _drop_none(out)
