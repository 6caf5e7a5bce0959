"""The enumerations of the Sessions contract, spelled as the Wix API spells them."""

from __future__ import annotations

from enum import StrEnum


class SessionType(StrEnum):
    EVENT = "EVENT"
    WORKING_HOURS = "WORKING_HOURS"

    @classmethod
    def parse(cls, value: str | SessionType) -> SessionType:
        """Accepts the Wix aliases ``AVAILABILITY`` and ``TIME_AVAILABILITY`` for working hours."""
        text = str(value).upper()
        if text in ("AVAILABILITY", "TIME_AVAILABILITY"):
            return cls.WORKING_HOURS
        return cls(text)


class SessionStatus(StrEnum):
    CONFIRMED = "CONFIRMED"
    CANCELLED = "CANCELLED"


class Transparency(StrEnum):
    BUSY = "BUSY"
    FREE = "FREE"


class LocationType(StrEnum):
    OWNER_BUSINESS = "OWNER_BUSINESS"
    OWNER_CUSTOM = "OWNER_CUSTOM"
    CUSTOM = "CUSTOM"


class ApprovalStatus(StrEnum):
    UNDEFINED = "UNDEFINED"
    PENDING = "PENDING"
    APPROVED = "APPROVED"
    DECLINED = "DECLINED"


class OwnerKind(StrEnum):
    """Who owns a schedule: a service, a resource, or the business (business hours)."""

    SERVICE = "SERVICE"
    RESOURCE = "RESOURCE"
    BUSINESS = "BUSINESS"


class ScheduleKind(StrEnum):
    """The kind tag of a schedule: service kinds as in Wix, plus resource kinds."""

    INDIVIDUAL = "INDIVIDUAL"   # appointments
    GROUP = "GROUP"             # classes
    COURSE = "COURSE"           # courses
    STAFF = "STAFF"
    ROOM = "ROOM"
    EQUIPMENT = "EQUIPMENT"
    BUSINESS = "BUSINESS"

    @property
    def is_service(self) -> bool:
        return self in (ScheduleKind.INDIVIDUAL, ScheduleKind.GROUP, ScheduleKind.COURSE)


class ScheduleStatus(StrEnum):
    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"


class Fieldset(StrEnum):
    NO_PI = "NO_PI"
    ALL_PI = "ALL_PI"


class Scope(StrEnum):
    """Which part of a series an instance edit reaches."""

    THIS = "THIS"
    FOLLOWING = "FOLLOWING"
    ALL = "ALL"


BLOCKED_TAG = "Blocked"
