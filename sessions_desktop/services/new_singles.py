"""New single sessions from typed fields (an import), checked as ``SessionService._new_record``
checks them, in a fifth of the time.

An import creates tens of thousands of sessions whose fields the reader has already built as
domain values (aware datetimes, texts, tuples of texts). The general path walks every value
through generic checks (``inputs``, ``validation``, ``text_checks``); this one knows the shapes
a reader makes and tests them directly, with the same limits and the same patterns. It answers
only "here is the record" or "not sure": a value of another shape, a recurring session, and
anything the general path would refuse go to the general path, which gives the same record or
the exact refusal. ``tests/services/test_new_singles.py`` runs both over the iCalendar corpus
and hostile values and holds them to the same records.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sessions_desktop.domain.enums import SessionStatus, SessionType
from sessions_desktop.domain.limits import FIRST_YEAR, LAST_YEAR
from sessions_desktop.domain.model import INHERIT, Schedule
from sessions_desktop.domain.time import to_epoch, zone
from sessions_desktop.domain.wire import field_to_wire
from sessions_desktop.errors import ValidationError, Violations
from sessions_desktop.services import inputs
from sessions_desktop.services.context import ServiceContext
from sessions_desktop.services.series import split_instance_id
from sessions_desktop.services.sessions import MAX_ID_LENGTH
from sessions_desktop.services.text_checks import MAX_ITEMS, clean_text
from sessions_desktop.services.validation import (
    MAX_CAPACITY,
    MAX_REMINDER_MINUTES,
    MAX_REMINDERS,
    check_field,
)
from sessions_desktop.storage.records import SINGLE, SessionRecord

# Keys this path knows; any other key (a rule, a read-only field, a typo) takes the general
# path, which ignores, checks or refuses it.
_TIME_KEYS = frozenset({"start", "end", "time_zone", "all_day"})
_KNOWN = frozenset({"id", "schedule_id", "type"}) | _TIME_KEYS | inputs.OWN_FIELDS
_CONFIRMED = SessionStatus.CONFIRMED.value
_MAX_TAGS = MAX_ITEMS["tags"]


class NewSingles:
    """``record(fields, schedule)``: the SessionRecord ``_new_record(fields)`` would build for
    a new single session, or None when the general path must decide. ``schedule`` is the
    schedule ``fields["schedule_id"]`` names as the caller found it in this transaction (the
    general path looks it up again; an import has it at hand)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._clean_schedule_ids: set[str] = set()    # checked once each (an import's few)

    def record(self, fields: dict[str, Any], schedule: Schedule) -> SessionRecord | None:
        if not _KNOWN.issuperset(fields):
            return None
        session_id = fields.get("id")
        schedule_id = fields.get("schedule_id")
        if type(session_id) is not str or type(schedule_id) is not str or not (
                0 < len(session_id) <= MAX_ID_LENGTH and session_id == session_id.strip()
                and clean_text(session_id, "id") and self._clean_schedule_id(schedule_id)
                and split_instance_id(session_id) is None):
            return None
        if schedule.id != schedule_id or schedule.is_archived:
            return None
        kind_type = fields.get("type", SessionType.EVENT)
        if kind_type is None:
            kind_type = SessionType.EVENT
        elif type(kind_type) is not SessionType:
            return None
        timing = self._timing(fields, schedule.time_zone)
        if timing is None:
            return None
        own = _own(fields)
        if own is None:
            return None
        start, end, all_day, time_zone = timing
        return SessionRecord(
            session_id, schedule_id, SINGLE, kind_type.value, _CONFIRMED, to_epoch(start),
            to_epoch(end), start.replace(tzinfo=None).isoformat(),
            end.replace(tzinfo=None).isoformat(), time_zone, all_day, None, [], [], fields=own)

    def _clean_schedule_id(self, schedule_id: str) -> bool:
        if schedule_id in self._clean_schedule_ids:
            return True
        if not clean_text(schedule_id, "schedule_id"):
            return False
        self._clean_schedule_ids.add(schedule_id)
        return True

    def _timing(self, fields: dict[str, Any], default_zone: str
                ) -> tuple[datetime, datetime, bool, str] | None:
        """(start, end, all-day, zone) as ``inputs.check_timing`` would check them (the
        start and end in the session's zone), or None when that would refuse them."""
        name = fields.get("time_zone")
        if name is not None and (type(name) is not str or not clean_text(name, "time_zone")):
            return None
        name = name or default_zone
        start, end = fields.get("start"), fields.get("end")
        if fields.get("all_day") is False and type(start) is datetime and \
                type(end) is datetime and start.tzinfo is not None and \
                end.tzinfo is not None and FIRST_YEAR <= start.year <= LAST_YEAR and \
                FIRST_YEAR <= end.year <= LAST_YEAR:
            try:
                tz = zone(name)
            except ValidationError:
                return None
            start_at, end_at = start.astimezone(tz), end.astimezone(tz)
            if end_at <= start_at:
                return None
            return start_at, end_at, False, name
        problems = Violations()    # all-day and other shapes: the general check itself
        try:
            timing = inputs.check_timing(fields, None, self.ctx.business_zone, default_zone,
                                         problems)
        except (TypeError, ValueError, AttributeError):
            return None
        if problems or timing is None:
            return None
        return timing.start, timing.end, timing.all_day, timing.time_zone


def _own(fields: dict[str, Any]) -> dict[str, Any] | None:
    """The own fields in their stored (wire) form, or None when one would be refused."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in inputs.OWN_FIELDS or value is None or value is INHERIT:
            continue
        checked = _checked(key, value)
        if checked is _REFUSED:
            return None
        out[key] = field_to_wire(key, checked)
    return out


_REFUSED = object()


def _checked(key: str, value: Any) -> Any:
    """The value ``validation.check_field`` returns for a valid value, ``_REFUSED`` otherwise.
    The common shapes are tested here; the rest by ``check_field`` itself."""
    kind = type(value)
    if key == "title" or key == "notes":
        return value if kind is str and clean_text(value, key) else _REFUSED
    if key == "tags":
        if kind is not tuple and kind is not list:
            return _REFUSED
        if not all(type(tag) is str for tag in value):
            return _REFUSED
        tags = tuple(dict.fromkeys(value))
        ok = len(tags) <= _MAX_TAGS and all(tag.strip() and clean_text(tag, "tags")
                                             for tag in tags)
        return tags if ok else _REFUSED
    if key == "capacity":
        return value if kind is int and 0 <= value <= MAX_CAPACITY else _REFUSED
    if key == "time_reserved_after":
        return value if kind is int and 0 <= value <= 24 * 60 else _REFUSED
    if key == "point_in_time":
        return value if kind is bool else _REFUSED
    if key == "reminders":
        ok = (kind is tuple or kind is list) and len(value) <= MAX_REMINDERS and all(
            type(item) is int and 0 <= item <= MAX_REMINDER_MINUTES for item in value)
        return tuple(sorted(set(value))) if ok else _REFUSED
    problems = Violations()
    checked = check_field(key, value, problems)
    return _REFUSED if problems else checked
