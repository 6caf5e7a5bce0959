"""Masters meet their overrides: RECURRENCE-ID events join the recurring event with their UID.

UIDs are file-wide (a CalDAV dump may put a master and its overrides in different VCALENDARs).
Of two events with one UID (or two overrides of one instance) the higher SEQUENCE wins, then the
later one in the file. An override whose recurring event is not in the file becomes a single
session with the UID ``<uid>_<RECURRENCE-ID>`` (Google's instance id form), with a warning.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sessions_desktop.domain.enums import SessionStatus
from sessions_desktop.domain.time import local_midnight, localize, wall_clock, zone
from sessions_desktop.errors import ValidationError
from sessions_desktop.ical.following import Unfollowable, split_following
from sessions_desktop.ical.moments import Moment
from sessions_desktop.ical.plan import ImportedEvent, ImportedOverride, Notes, SkippedComponent
from sessions_desktop.ical.reader import RawOverride, Read

_RECURRENCE_KEYS = ("recurrence", "recurrence_dates", "excluded_dates")


class Assembler:
    def __init__(self, notes: Notes, skipped: list[SkippedComponent]) -> None:
        self._notes = notes
        self._skipped = skipped
        self._masters: dict[str, tuple[int, ImportedEvent]] = {}
        self._overrides: dict[str, dict[object, tuple[int, RawOverride]]] = {}
        self.skipped_uids: set[str] = set()
        self._first_line: dict[str, int] = {}   # where each UID's master first appeared

    def add(self, read: Read) -> None:
        if read.event is not None:
            self._add_master(read.sequence, read.event)
        elif read.override is not None:
            self._add_override(read.sequence, read.override)

    def _add_master(self, sequence: int, event: ImportedEvent) -> None:
        self._first_line.setdefault(event.uid, event.line or 0)
        known = self._masters.get(event.uid)
        if known is not None:
            loser = known[1] if sequence >= known[0] else event
            self._skip_duplicate(loser)
            if loser is event:
                return
        self._masters[event.uid] = (sequence, event)

    def _add_override(self, sequence: int, override: RawOverride) -> None:
        slots = self._overrides.setdefault(override.uid, {})
        key = _moment_key(override.recurrence_id)
        known = slots.get(key)
        if known is not None and known[0] > sequence:
            self._notes.add("a changed instance given twice: the higher SEQUENCE was kept")
            return
        if known is not None:
            self._notes.add("a changed instance given twice: the later one was kept")
        slots[key] = (sequence, override)

    def _skip_duplicate(self, event: ImportedEvent) -> None:
        self._skipped.append(SkippedComponent(
            "VEVENT", event.uid, event.title or None, event.line,
            "another event has the same UID (the one with the higher SEQUENCE, or the later "
            "one, was kept)", broken=False))

    def result(self) -> list[ImportedEvent]:
        items = [event for _, event in self._masters.values()]
        for event in items:
            event.order = (0, self._first_line.get(event.uid, event.line or 0))
        for uid, slots in self._overrides.items():
            master = self._masters.get(uid)
            overrides = [o for _, o in sorted(slots.values(), key=lambda s: s[1].line)]
            if master and master[1].is_recurring and any(o.following for o in overrides):
                self._follow(master[1], overrides, items)
                continue
            for override in overrides:
                self._place(master[1] if master else None, uid, override, items)
        for item in items:
            item.overrides.sort(key=lambda o: o.original_start)
        return items

    def _follow(self, master: ImportedEvent, overrides: list[RawOverride],
                items: list[ImportedEvent]) -> None:
        """Overrides in slot order; a THISANDFUTURE one starts a new recurring event that the
        later overrides belong to, their slots moved as it moved them (``following``)."""
        ordered = sorted(overrides, key=lambda o: _original_start(master, o.recurrence_id))
        current, shift = master, timedelta(0)
        for override in ordered:
            original = _original_start(master, override.recurrence_id)
            if shift:
                tz = zone(current.fields["time_zone"])
                original = localize(wall_clock(original, tz) + shift, tz)
            if not override.following:
                current.overrides.append(ImportedOverride(original, override.fields,
                                                          override.cancelled))
                continue
            try:
                tail, delta = split_following(current, original, override.fields,
                                              override.cancelled, self._notes)
            except (Unfollowable, ValidationError):
                self._notes.add("a change to this and following instances (THISANDFUTURE) "
                                "moved them to days one rule cannot follow: only that "
                                "instance was changed")
                current.overrides.append(ImportedOverride(original, override.fields,
                                                          override.cancelled))
                continue
            shift += delta
            if tail is not None:
                items.append(tail)
                current = tail

    def _place(self, master: ImportedEvent | None, uid: str, override: RawOverride,
               items: list[ImportedEvent]) -> None:
        if master is None and uid in self.skipped_uids:
            self._skipped.append(SkippedComponent(
                "VEVENT", uid, override.fields.get("title"), override.line,
                "a changed instance of a recurring event that was skipped"))
            return
        if master is None or not master.is_recurring:
            self._notes.add("changed instances (RECURRENCE-ID) whose recurring event is not in "
                            "the file were imported as single sessions")
            items.append(_standalone(uid, override))
            return
        original = _original_start(master, override.recurrence_id)
        master.overrides.append(ImportedOverride(original, override.fields, override.cancelled))


def _standalone(uid: str, override: RawOverride) -> ImportedEvent:
    status = SessionStatus.CANCELLED if override.cancelled else SessionStatus.CONFIRMED
    fields = {k: v for k, v in override.fields.items() if k not in _RECURRENCE_KEYS}
    return ImportedEvent(f"{uid}_{_stamp(override.recurrence_id)}", fields,
                         override.schedule_hint, override.schedule_name, status, [],
                         override.inherited, override.line)


def _original_start(master: ImportedEvent, rid: Moment) -> datetime:
    """RECURRENCE-ID as the aware slot in the master's zone."""
    tz = zone(master.fields["time_zone"])
    value = rid.value
    if master.fields["all_day"]:
        day = value.astimezone(tz).date() if isinstance(value, datetime) else value
        return local_midnight(day, tz)
    if not isinstance(value, datetime):     # a date (``Moment.is_date``)
        at = wall_clock(master.fields["start"], tz).time()
        return localize(datetime.combine(value, at), tz)
    if rid.floating:
        return localize(value.replace(tzinfo=None), tz)
    return value.astimezone(tz)


def _moment_key(rid: Moment) -> object:
    value = rid.value
    if not isinstance(value, datetime):
        return ("wall", value)
    if rid.floating:
        return ("wall", value.replace(tzinfo=None))
    return value.astimezone(UTC)


def _stamp(rid: Moment) -> str:
    value = rid.value
    if not isinstance(value, datetime):
        return value.strftime("%Y%m%d")
    if rid.floating:
        return value.strftime("%Y%m%dT%H%M%S")
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
