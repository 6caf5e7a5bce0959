"""RECURRENCE-ID;RANGE=THISANDFUTURE: an override of one instance and every later one.

The recurring event is cut before that instance and a second recurring event (UID
``<uid>-thisandfuture-<slot>``, so importing the file again updates it) continues from it with
the override's fields and times: each later instance moves as this one moved, as
recurring-ical-events reads it. A move to another weekday shifts BYDAY with it; a move to
another day under a rule with month days, year days, week numbers or BYDAY ordinals cannot be
followed by one rule, so only that instance changes (with a warning). A cancelled
THISANDFUTURE override ends the series there.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sessions_desktop.domain.enums import SessionStatus
from sessions_desktop.domain.recurrence import (
    WEEKDAY_CODES,
    RecurrenceRule,
    SeriesTiming,
    parse_rule,
    rule_count_before,
)
from sessions_desktop.domain.time import local_midnight, localize, wall_clock, zone
from sessions_desktop.ical.plan import Fields, ImportedEvent, NoteTaker

_RECURRENCE_KEYS = ("recurrence", "recurrence_dates", "excluded_dates")
_FIXED_DAY_PARTS = ("BYMONTHDAY", "BYYEARDAY", "BYWEEKNO")


class Unfollowable(Exception):
    """This THISANDFUTURE move cannot be one rule: apply it to its instance only."""


def split_following(master: ImportedEvent, original: datetime, fields: Fields,
                    cancelled: bool, notes: NoteTaker) -> tuple[ImportedEvent | None, timedelta]:
    """Cut ``master`` before the slot ``original`` (aware) and return the event that
    continues from it (None when cancelled), and how far each later slot moved (wall clock).
    Raises Unfollowable."""
    f = master.fields
    tz = zone(f["time_zone"])
    rule = parse_rule(f["recurrence"])
    start = wall_clock(f["start"], tz)
    slot = wall_clock(original, tz)
    moved = slot if cancelled else wall_clock(fields["start"], tz)
    if f["all_day"]:
        moved = datetime.combine(moved.date(), slot.time())
    delta = moved - slot
    tail_rule = _shifted(rule, ((slot + delta).date() - slot.date()).days)
    timing = SeriesTiming(rule, start, f["end"] - f["start"], tz, f["all_day"])
    before = rule_count_before(timing, slot)
    if rule.count is not None:
        tail_rule = tail_rule.with_until(None, max(rule.count - before, 1))
    tail = None if cancelled else _tail(master, fields, tail_rule, slot, delta, tz)
    notes.add("a change to this and following instances (RANGE=THISANDFUTURE) made the "
              "later instances a recurring session of their own")
    if not _has_earlier(master, timing, slot, before):
        if tail is None:
            master.status = SessionStatus.CANCELLED
            return None, delta
        master.fields = tail.fields     # the first instance on: the whole series changes
        return None, delta
    _cut(master, rule, slot, before, tz)
    return tail, delta


def _shifted(rule: RecurrenceRule, days: int) -> RecurrenceRule:
    if days == 0:
        return rule
    if any(rule.part(p) for p in _FIXED_DAY_PARTS) or any(n for n, _ in rule.byday):
        raise Unfollowable
    if not rule.byday:
        return rule
    return rule.with_byday(tuple(
        (0, WEEKDAY_CODES[(WEEKDAY_CODES.index(code) + days) % 7]) for _, code in rule.byday))


def _has_earlier(master: ImportedEvent, timing: SeriesTiming, slot: datetime,
                 before: int) -> bool:
    if before > 0:
        return True
    tz = timing.zone
    return any(wall_clock(r, tz) < slot for r in master.fields["recurrence_dates"])


def _cut(master: ImportedEvent, rule: RecurrenceRule, slot: datetime, before: int,
         tz: ZoneInfo) -> None:
    f = master.fields
    if rule.count is not None:
        head = rule.with_until(None, before)
    elif f["all_day"]:
        head = rule.with_until((slot - timedelta(days=1)).date())
    else:
        head = rule.with_until(localize(slot, tz).astimezone(UTC) - timedelta(seconds=1))
    cut = localize(slot, tz)
    f["recurrence"] = head.to_text()
    f["recurrence_dates"] = tuple(d for d in f["recurrence_dates"] if d < cut)
    f["excluded_dates"] = tuple(d for d in f["excluded_dates"] if d < cut)


def _tail(master: ImportedEvent, fields: Fields, rule: RecurrenceRule, slot: datetime,
          delta: timedelta, tz: ZoneInfo) -> ImportedEvent:
    f = master.fields
    cut = localize(slot, tz)
    values = dict(f)
    values.update({k: v for k, v in fields.items() if k not in _RECURRENCE_KEYS})
    if f["all_day"]:
        length = fields["end"].date() - fields["start"].date()
        first = (slot + delta).date()
        values["start"] = local_midnight(first, tz)
        values["end"] = local_midnight(first + length, tz)
    values["recurrence"] = rule.to_text()
    values["recurrence_dates"] = _moved(f["recurrence_dates"], cut, delta, tz)
    values["excluded_dates"] = _moved(f["excluded_dates"], cut, delta, tz)
    stamp = slot.strftime("%Y%m%d" if f["all_day"] else "%Y%m%dT%H%M%S")
    return ImportedEvent(f"{master.uid}-thisandfuture-{stamp}", values, master.schedule_hint,
                         master.schedule_name, master.status, [], master.inherited,
                         master.line, master.free)


def _moved(dates: tuple[datetime, ...], cut: datetime, delta: timedelta, tz: ZoneInfo
           ) -> tuple[datetime, ...]:
    return tuple(localize(wall_clock(d, tz) + delta, tz) for d in dates if d >= cut)
