"""X- properties and parameters for session fields that have no iCalendar twin.

Export writes them and import reads them back, so a file we wrote restores every field. Text
values are written with ``VALUE=TEXT`` so icalendar escapes them on the way out and unescapes
them on the way in; structured values are compact JSON in that text.
"""

from __future__ import annotations

import json

from sessions_desktop.domain.enums import ApprovalStatus, LocationType, Transparency
from sessions_desktop.domain.model import INHERITABLE_FIELDS, LinkedSchedule, Location, Price, Rate
from sessions_desktop.domain.wire import address_from_wire, address_to_wire

X_TYPE = "X-SESSIONS-TYPE"
X_CAPACITY = "X-SESSIONS-CAPACITY"
X_SCHEDULE_ID = "X-SESSIONS-SCHEDULE-ID"
X_SCHEDULE_NAME = "X-SESSIONS-SCHEDULE-NAME"
X_SCHEDULE_KIND = "X-SESSIONS-SCHEDULE-KIND"
X_TIME_ZONE = "X-SESSIONS-TIME-ZONE"
X_BUFFER = "X-SESSIONS-TIME-RESERVED-AFTER"
X_RATE = "X-SESSIONS-RATE"
X_AFFECTED = "X-SESSIONS-AFFECTED-SCHEDULES"
X_INHERITED = "X-SESSIONS-INHERITED"     # read from older files; written as X_OWN
X_OWN = "X-SESSIONS-OWN"   # inheritable fields the session sets itself; the rest inherit
X_LOCATION = "X-SESSIONS-LOCATION"

# ATTENDEE parameters
P_PARTY_SIZE = "X-PARTY-SIZE"
P_PHONE = "X-SESSIONS-PHONE"
P_CONTACT_ID = "X-SESSIONS-CONTACT-ID"
P_GOOGLE_GUESTS = "X-NUM-GUESTS"  # Google: additional guests besides the attendee

PARTSTAT_OUT = {
    ApprovalStatus.APPROVED: "ACCEPTED",
    ApprovalStatus.DECLINED: "DECLINED",
    ApprovalStatus.PENDING: "NEEDS-ACTION",
}
PARTSTAT_IN = {
    "ACCEPTED": ApprovalStatus.APPROVED,
    "DECLINED": ApprovalStatus.DECLINED,
    "NEEDS-ACTION": ApprovalStatus.PENDING,
    "TENTATIVE": ApprovalStatus.PENDING,
    "DELEGATED": ApprovalStatus.PENDING,
}

NO_EMAIL_PREFIX = "urn:x-sessions:participant:"
SCHEDULE_URN = "urn:x-sessions:schedule:"   # ATTENDEE: a staff member, room or equipment
P_FROM_ROOMS = "X-SESSIONS-ROOMS"           # LOCATION written from the rooms' names


def own_fields(inherited: tuple[str, ...]) -> str:
    """X-SESSIONS-OWN: the inheritable fields (Wix names) a session sets itself, in a fixed
    order; far shorter than the list of those it inherits (most sessions own a title)."""
    taken = set(inherited)
    return ",".join(wix for wix in INHERITABLE_FIELDS.values() if wix not in taken)


def _compact(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def rate_to_text(rate: Rate) -> str:
    options = {label: {"amount": p.amount, "currency": p.currency,
                       "downPayAmount": p.down_pay_amount}
               for label, p in rate.labeled_price_options}
    return _compact({"labeledPriceOptions": options, "priceText": rate.price_text})


def rate_from_text(text: str) -> Rate:
    data = json.loads(text)
    options = tuple((label, Price(str(p["amount"]), str(p["currency"]), p.get("downPayAmount")))
                    for label, p in (data.get("labeledPriceOptions") or {}).items())
    return Rate(options, data.get("priceText"))


def affected_to_text(links: tuple[LinkedSchedule, ...]) -> str:
    return _compact([{"scheduleId": link.schedule_id, "transparency": str(link.transparency)}
                     for link in links])


def affected_from_text(text: str) -> tuple[LinkedSchedule, ...]:
    return tuple(LinkedSchedule(str(item["scheduleId"]),
                                Transparency(item.get("transparency", "BUSY")))
                 for item in json.loads(text))


def location_to_text(location: Location) -> str:
    data: dict[str, object] = {
        "locationType": str(location.location_type),
        "businessLocationId": location.business_location_id,
        "businessLocationName": location.business_location_name,
        "address": location.address}
    if location.custom_address is not None:
        data["customAddress"] = address_to_wire(location.custom_address)
    return _compact(data)


def location_from_text(text: str) -> Location:
    data = json.loads(text)
    custom = data.get("customAddress")
    return Location(LocationType(data.get("locationType", "CUSTOM")),
                    data.get("businessLocationId"), data.get("businessLocationName"),
                    data.get("address"), address_from_wire(custom) if custom else None)


def location_label(location: Location) -> str | None:
    """The human text for LOCATION: the address, else the business location's name."""
    return location.text or location.business_location_name
