"""Value objects of the Sessions contract: sessions, schedules, participants, locations, rates.

All are immutable. Times are timezone-aware ``datetime`` objects in the session's zone; an
all-day session runs from local midnight of its first day to local midnight after its last day.
Field values listed in ``inherited_fields`` use the Wix (camelCase) field names, because filters
and the command line speak that vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sessions_desktop.domain.enums import (
    ApprovalStatus,
    LocationType,
    OwnerKind,
    ScheduleKind,
    ScheduleStatus,
    SessionStatus,
    SessionType,
    Transparency,
)


@dataclass(frozen=True, slots=True)
class LinkedSchedule:
    """Another schedule whose time a session takes (BUSY) or merely touches (FREE)."""

    schedule_id: str
    transparency: Transparency = Transparency.BUSY


@dataclass(frozen=True, slots=True)
class StreetAddress:
    number: str | None = None
    name: str | None = None
    apt: str | None = None


@dataclass(frozen=True, slots=True)
class Geocode:
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class Address:
    """A structured address (Wix ``customAddress``), kept as given, never flattened."""

    formatted_address: str | None = None
    street_address: StreetAddress | None = None
    address_line: str | None = None
    address_line2: str | None = None
    city: str | None = None
    subdivision: str | None = None
    country: str | None = None
    postal_code: str | None = None
    hint: str | None = None
    geocode: Geocode | None = None

    def one_line(self) -> str:
        """The address on one line: the formatted address, else its parts in order."""
        if self.formatted_address:
            return self.formatted_address
        street = self.street_address
        street_text = " ".join(p for p in (street.name, street.number) if p) if street else ""
        parts = (self.address_line or street_text, self.address_line2, self.postal_code,
                 self.city, self.subdivision, self.country)
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class Location:
    location_type: LocationType = LocationType.OWNER_BUSINESS
    business_location_id: str | None = None
    business_location_name: str | None = None
    address: str | None = None                  # free text (Wix ``address``)
    custom_address: Address | None = None       # structured (Wix ``customAddress``)

    @property
    def text(self) -> str | None:
        """What a person reads: the free text, else the structured address on one line."""
        return self.address or (self.custom_address.one_line() if self.custom_address
                                else None) or None


@dataclass(frozen=True, slots=True)
class Price:
    amount: str
    currency: str
    down_pay_amount: str | None = None


@dataclass(frozen=True, slots=True)
class Rate:
    """Labelled price options (e.g. ``{"general": Price("20", "EUR")}``) or a price text."""

    labeled_price_options: tuple[tuple[str, Price], ...] = ()
    price_text: str | None = None

    def options(self) -> dict[str, Price]:
        return dict(self.labeled_price_options)


@dataclass(frozen=True, slots=True)
class Participant:
    """A person booked into a session. Personal information: only returned with ALL_PI."""

    name: str = ""
    email: str | None = None
    phone: str | None = None
    party_size: int = 1
    approval_status: ApprovalStatus = ApprovalStatus.UNDEFINED
    contact_id: str | None = None
    id: str | None = None
    inherited: bool = False


@dataclass(frozen=True, slots=True)
class CalendarConference:
    host_url: str | None = None
    guest_url: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class ExternalCalendarOverrides:
    title: str | None = None
    description: str | None = None


# Session fields a schedule provides when a session leaves them unset: python name -> Wix name.
INHERITABLE_FIELDS: dict[str, str] = {
    "title": "title",
    "tags": "tags",
    "capacity": "capacity",
    "location": "location",
    "rate": "rate",
    "affected_schedules": "affectedSchedules",
    "calendar_conference": "calendarConference",
    "external_calendar_overrides": "externalCalendarOverrides",
    "time_reserved_after": "timeReservedAfter",
    "reminders": "reminders",
}

# Fields left out by the NO_PI fieldset (contract: Fieldsets and personal information).
PI_FIELDS = ("participants", "location", "calendar_conference", "external_calendar_overrides")


@dataclass(frozen=True, slots=True)
class Session:
    """A single session, a recurring session (the series definition) or one of its instances."""

    id: str
    schedule_id: str
    start: datetime
    end: datetime
    time_zone: str
    type: SessionType = SessionType.EVENT
    title: str | None = None
    tags: tuple[str, ...] = ()
    all_day: bool = False
    schedule_owner_id: str | None = None
    original_start: datetime | None = None
    recurrence: str | None = None
    recurrence_dates: tuple[datetime, ...] = ()
    excluded_dates: tuple[datetime, ...] = ()
    recurring_session_id: str | None = None
    instance_of_recurrence: str | None = None
    affected_schedules: tuple[LinkedSchedule, ...] = ()
    location: Location | None = None
    capacity: int | None = None
    remaining_capacity: int | None = None
    rate: Rate | None = None
    time_reserved_after: int | None = None
    notes: str | None = None
    participants: tuple[Participant, ...] | None = ()
    total_number_of_participants: int = 0
    calendar_conference: CalendarConference | None = None
    external_calendar_overrides: ExternalCalendarOverrides | None = None
    # Minutes before the start at which to remind (VALARM); inheritable from the schedule.
    reminders: tuple[int, ...] = ()
    # A point in time (an iCalendar event without DTEND or duration): shown with a short
    # length, exported back without one (docs/decisions.md, iCalendar).
    point_in_time: bool = False
    inherited_fields: tuple[str, ...] = ()
    status: SessionStatus = SessionStatus.CONFIRMED
    version: int = 1

    @property
    def is_recurring(self) -> bool:
        """True for a series definition (it holds the rule)."""
        return self.recurrence is not None

    @property
    def is_instance(self) -> bool:
        return self.recurring_session_id is not None

    @property
    def is_cancelled(self) -> bool:
        return self.status is SessionStatus.CANCELLED

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def with_changes(self, **changes: Any) -> Session:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class ScheduleDefaults:
    """What a schedule's sessions inherit unless they set their own value."""

    title: str | None = None
    tags: tuple[str, ...] = ()
    capacity: int | None = None
    location: Location | None = None
    rate: Rate | None = None
    affected_schedules: tuple[LinkedSchedule, ...] = ()
    calendar_conference: CalendarConference | None = None
    external_calendar_overrides: ExternalCalendarOverrides | None = None
    time_reserved_after: int | None = None
    reminders: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Schedule:
    """A collection of sessions plus the defaults they inherit; owned by a service, a resource
    (staff, room, equipment) or the business itself."""

    id: str
    name: str
    owner_kind: OwnerKind
    kind: ScheduleKind
    time_zone: str
    colour: str = "#3a7bd5"
    owner_id: str | None = None
    defaults: ScheduleDefaults = field(default_factory=ScheduleDefaults)
    default_duration_minutes: int = 60
    status: ScheduleStatus = ScheduleStatus.ACTIVE
    version: int = 1

    @property
    def is_archived(self) -> bool:
        return self.status is ScheduleStatus.ARCHIVED

    @property
    def is_resource(self) -> bool:
        return self.owner_kind is OwnerKind.RESOURCE

    @property
    def is_service(self) -> bool:
        return self.owner_kind is OwnerKind.SERVICE


class _Inherit:
    """Patch value meaning "go back to the schedule's value" (contract: update_session)."""

    _instance: _Inherit | None = None

    def __new__(cls) -> _Inherit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "INHERIT"


INHERIT = _Inherit()
