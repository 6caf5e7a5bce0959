"""Turning caller input (a mapping of session fields) into checked values, all problems at once.

Input times without an offset mean the business time zone; a ``date`` means an all-day
session. ``None`` or ``INHERIT`` for an inheritable field in a patch means "use the schedule's
value again". Read-only fields (status, version, ids, computed counts) are ignored, so the
output of ``get_session`` can be edited and sent back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sessions_desktop.domain.enums import SessionType
from sessions_desktop.domain.limits import MAX_EXTRA_DATES, out_of_range, year_in_range
from sessions_desktop.domain.model import INHERIT, INHERITABLE_FIELDS
from sessions_desktop.domain.recurrence import parse_rule
from sessions_desktop.domain.rule_limits import rule_limit_problems
from sessions_desktop.domain.time import as_aware, local_midnight, zone
from sessions_desktop.errors import ValidationError, Violations
from sessions_desktop.services.text_checks import check_text
from sessions_desktop.services.validation import check_field

OWN_FIELDS = frozenset(INHERITABLE_FIELDS) | {"notes", "participants", "point_in_time"}
TIME_FIELDS = frozenset({"start", "end", "all_day", "time_zone"})
RULE_FIELDS = frozenset({"recurrence", "recurrence_dates", "excluded_dates"})
READ_ONLY = frozenset({"schedule_owner_id", "remaining_capacity", "total_number_of_participants",
                       "inherited_fields", "status", "version", "recurring_session_id",
                       "instance_of_recurrence", "original_start"})
KNOWN = OWN_FIELDS | TIME_FIELDS | RULE_FIELDS | READ_ONLY | {"schedule_id", "type", "id"}


@dataclass(frozen=True, slots=True)
class Timing:
    """Checked times: aware datetimes in the session's zone."""

    start: datetime
    end: datetime
    all_day: bool
    time_zone: str

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.time_zone)

    def wall(self) -> tuple[datetime, datetime]:
        return (self.start.replace(tzinfo=None), self.end.replace(tzinfo=None))

    def rule_wall(self, values: Mapping[str, Any], business_zone: str
                  ) -> tuple[datetime, datetime]:
        """Wall-clock first slot of a series. A naive input time in the series' own zone is
        kept as typed, even inside a DST gap, so later slots keep that time of day."""
        start, end = self.wall()
        if self.time_zone == business_zone and not self.all_day:
            given_start, given_end = values.get("start"), values.get("end")
            if isinstance(given_start, datetime) and given_start.tzinfo is None:
                start = given_start
            if isinstance(given_end, datetime) and given_end.tzinfo is None:
                end = given_end
        return start, end


def unknown_fields(values: Mapping[str, Any], problems: Violations) -> None:
    """Every key is a session field, and the plain texts (ids, zone, type, rule) are text."""
    for key in values:
        if key not in KNOWN:
            problems.add(key if isinstance(key, str) else repr(key), "is not a session field")
    for key in ("id", "schedule_id", "time_zone", "type", "recurrence"):
        check_text(values.get(key), problems, key)


def own_changes(values: Mapping[str, Any], problems: Violations) -> dict[str, Any]:
    """The own-field part of the input: checked values, or INHERIT to drop the override."""
    out: dict[str, Any] = {}
    for key in OWN_FIELDS & values.keys():
        value = values[key]
        if value is INHERIT or (value is None and key in INHERITABLE_FIELDS) or value is None:
            out[key] = INHERIT
        else:
            out[key] = check_field(key, value, problems)
    return out


def session_type(values: Mapping[str, Any], problems: Violations) -> SessionType | None:
    if values.get("type") is None:
        return None
    try:
        return SessionType.parse(values["type"])
    except ValueError:
        problems.add("type", f"{values['type']!r} is not EVENT or WORKING_HOURS")
        return None


def _is_day(value: Any) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _as_day(value: date, tz: ZoneInfo) -> date:
    if not isinstance(value, datetime):   # a day (start and end are checked to be dates)
        return value
    if value.tzinfo is not None:
        return value.astimezone(tz).date()
    return value.date()


def check_timing(values: Mapping[str, Any], base: Timing | None, business: ZoneInfo,
                 default_zone: str, problems: Violations) -> Timing | None:
    """Merge time fields of the input over ``base`` and check them (end after start, both
    timed or both all-day, a known zone)."""
    name = values.get("time_zone") or (base.time_zone if base else default_zone)
    try:
        tz = zone(name)
    except ValidationError:
        problems.add("time_zone", f"unknown time zone {name!r}")
        return None
    start = values.get("start", base.start if base else None)
    end = values.get("end", base.end if base else None)
    for key, value in (("start", start), ("end", end)):
        if value is None:
            problems.add(key, "is required")
        elif not isinstance(value, (date, datetime)):
            problems.add(key, "must be a date or a date and time")
        elif not year_in_range(value):
            problems.add(key, out_of_range(value))
    if problems.items and any(v.field in ("start", "end") for v in problems.items):
        return None
    all_day = values.get("all_day")
    if all_day is None:
        all_day = _is_day(start) and _is_day(end) if ("start" in values or base is None) \
            else base.all_day
    if all_day:
        return _all_day_timing(start, end, tz, name, problems)
    if _is_day(start) != _is_day(end):
        problems.add("end", "start and end must both be timed or both be all-day")
        return None
    start_at = as_aware(start, business).astimezone(tz)
    end_at = as_aware(end, business).astimezone(tz)
    if end_at <= start_at:
        problems.add("end", "must be after start")
        return None
    return Timing(start_at, end_at, False, name)


def _all_day_timing(start: Any, end: Any, tz: ZoneInfo, name: str,
                    problems: Violations) -> Timing | None:
    first, last = _as_day(start, tz), _as_day(end, tz)
    if not _is_day(end) and isinstance(end, datetime) and end.time() != datetime.min.time():
        last += timedelta(days=1)
    if last <= first:
        problems.add("end", "must be after start (an all-day end date is exclusive)")
        return None
    return Timing(local_midnight(first, tz), local_midnight(last, tz), True, name)


def check_rule(values: Mapping[str, Any], problems: Violations, tz: ZoneInfo | None,
               all_day: bool = False, current: str | None = None
               ) -> tuple[str | None, list[str] | None, list[str] | None]:
    """Canonical rule text and RDATE/EXDATE lists as wall-clock ISO texts in ``tz``. A rule
    past the limits of ``domain.rule_limits`` is refused here, before anything expands it;
    so is the ``current`` rule of a series a patch makes all-day."""
    text = None
    given = values.get("recurrence")
    if given is not None or (current and all_day):
        try:
            rule = parse_rule(given if given is not None else str(current))
        except ValidationError as exc:
            problems.items.extend(exc.violations)
        else:
            text = rule.to_text() if given is not None else None
            for why in rule_limit_problems(rule, all_day):
                problems.add("recurrence", why)
    dates = []
    for key in ("recurrence_dates", "excluded_dates"):
        dates.append(_date_list(key, values.get(key), tz, problems))
    return text, dates[0], dates[1]


def _date_list(key: str, value: Any, tz: ZoneInfo | None, problems: Violations
               ) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not hasattr(value, "__len__"):
        problems.add(key, "must be a list of dates or date-times")
        return None
    if len(value) > MAX_EXTRA_DATES:
        problems.add(key, f"holds {len(value):,} dates; at most {MAX_EXTRA_DATES:,}")
        return None
    bad = [d for d in value if isinstance(d, (date, datetime)) and not year_in_range(d)]
    if bad:
        problems.add(key, out_of_range(bad[0]))
        return None
    try:
        return sorted({_wall_text(d, tz) for d in value})
    except (TypeError, AttributeError):
        problems.add(key, "must be a list of dates or date-times")
        return None


def _wall_text(value: date | datetime, tz: ZoneInfo | None) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is not None and tz is not None:
            value = value.astimezone(tz)
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time()).isoformat()
    raise TypeError(value)
