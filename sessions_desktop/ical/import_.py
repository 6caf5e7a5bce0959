"""Read an .ics file into an ``ImportPlan``: what to create, what was skipped and why.

Pipeline: decode the bytes tolerantly; cut the text into VCALENDARs and their top-level
components (``text``); parse each calendar's own properties and VTIMEZONEs, then the VEVENTs in
batches with icalendar (so progress can be reported and a broken event spoils only itself);
turn each VEVENT into fields (``reader``); join changed instances to their recurring events
(``assemble``). All or nothing by default: if anything broken was skipped, raise
``ValidationError`` listing it; with ``partial=True`` return what was readable.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable

from icalendar import Calendar, Component
from icalendar.error import GloballyUniqueTZIDGuessed

from sessions_desktop.domain.time import zone
from sessions_desktop.errors import FieldViolation, ValidationError
from sessions_desktop.ical.assemble import Assembler
from sessions_desktop.ical.decode import decode
from sessions_desktop.ical.moments import CalendarContext, Skip
from sessions_desktop.ical.plan import (
    ImportCancelled,
    ImportedEvent,
    ImportedOverride,
    ImportPlan,
    Notes,
    SkippedComponent,
)
from sessions_desktop.ical.reader import read_event
from sessions_desktop.ical.text import RawCalendar, Unit, scan
from sessions_desktop.ical.zones import ZoneResolver, iana_name

__all__ = ["ImportCancelled", "ImportPlan", "ImportedEvent", "ImportedOverride",
           "SkippedComponent", "parse_calendar"]

Progress = Callable[[int, int], bool]
BATCH = 250
MAX_LISTED = 25
_NOT_SESSIONS = {
    "VTODO": "to-dos are not sessions",
    "VJOURNAL": "journal entries are not sessions",
    "VFREEBUSY": "free/busy information is not imported",
    "VAVAILABILITY": "availability components are not imported",
}
_UID = re.compile(r"^UID(?:;[^:\n]*)?:(.*)$", re.M | re.I)
_SUMMARY = re.compile(r"^SUMMARY(?:;[^:\n]*)?:(.*)$", re.M | re.I)


def parse_calendar(data: bytes | str, *, business_time_zone: str, partial: bool = False,
                   progress: Progress | None = None) -> ImportPlan:
    """Read .ics bytes. Raises ValidationError (field ``file``) for a file that is not
    iCalendar, or, unless ``partial``, for one with broken parts; ImportCancelled when
    ``progress`` returns False."""
    zone(business_time_zone)
    text, decode_note = decode(data)
    scanned = scan(text)
    if not scanned.calendars:
        raise ValidationError("this is not an iCalendar file: it has no BEGIN:VCALENDAR or "
                              "BEGIN:VEVENT", field="file")
    run = _Run(business_time_zone, scanned.calendars, progress)
    for note in ([decode_note] if decode_note else []) + scanned.notes:
        run.notes.add(note)
    run.skipped.extend(SkippedComponent("LINE", None, None, p.line, p.reason)
                       for p in scanned.problems)
    plan = run.execute()
    if not partial and plan.broken:
        raise ValidationError(_violations(plan.broken))
    return plan


def _violations(broken: list[SkippedComponent]) -> list[FieldViolation]:
    listed = [FieldViolation("file", str(s)) for s in broken[:MAX_LISTED]]
    if len(broken) > MAX_LISTED:
        listed.append(FieldViolation("file", f"... and {len(broken) - MAX_LISTED} more"))
    listed.append(FieldViolation("file", "nothing was imported; import with partial=True "
                                         "(--partial) to import the readable part"))
    return listed


class _Run:
    def __init__(self, business: str, calendars: list[RawCalendar],
                 progress: Progress | None) -> None:
        self.business = business
        self.calendars = calendars
        self.progress = progress
        self.notes = Notes()
        self.skipped: list[SkippedComponent] = []
        self.names: list[str] = []
        self.assembler = Assembler(self.notes, self.skipped)
        self.total = sum(1 for c in calendars for u in c.units if u.kind == "VEVENT")
        self.done = 0

    def execute(self) -> ImportPlan:
        self._report()
        for raw in self.calendars:
            self._calendar(raw)
        items = self.assembler.result()
        return ImportPlan(items, self.skipped, self.notes.render(), self.names)

    def _report(self) -> None:
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ImportCancelled(f"import cancelled after {self.done} of {self.total} events")

    # -- one VCALENDAR -----------------------------------------------------------------------
    def _calendar(self, raw: RawCalendar) -> None:
        header = self._header(raw)
        vtimezones = self._vtimezones(raw)
        wr_zone = self._wr_zone(header)
        preferred = [n for n in (self.business, wr_zone) if n]
        resolver = ZoneResolver(vtimezones, wr_zone or self.business, preferred, self.notes)
        ctx = CalendarContext(self.business, wr_zone, resolver, self.notes)
        events = []
        for unit in raw.units:
            if unit.broken:
                self._skip_unit(unit, unit.broken, broken=True)
            elif unit.kind == "VEVENT":
                events.append(unit)
            elif unit.kind != "VTIMEZONE":
                reason = _NOT_SESSIONS.get(unit.kind, f"{unit.kind} components are not imported")
                self._skip_unit(unit, reason, broken=False)
        for start in range(0, len(events), BATCH):
            self._batch(events[start:start + BATCH], ctx)

    def _header(self, raw: RawCalendar) -> dict:
        try:
            calendar = Calendar.from_ical(raw.header + "END:VCALENDAR\n")
        except Exception as error:  # icalendar raises ValueError and others on bad lines
            self.skipped.append(SkippedComponent(
                "VCALENDAR", None, None, raw.line,
                f"the calendar's own properties cannot be read: {error}"))
            return {}
        props = dict(calendar)
        for key in ("NAME", "X-WR-CALNAME"):
            if key in props:
                name = str(props[key][0] if isinstance(props[key], list) else props[key])
                if name and name not in self.names:
                    self.names.append(name)
                break
        return props

    def _wr_zone(self, header: dict) -> str | None:
        value = header.get("X-WR-TIMEZONE")
        if value is None:
            return None
        name = iana_name(str(value))
        if name is None:
            self.notes.add(f"unknown X-WR-TIMEZONE {str(value)!r} ignored")
        return name

    def _vtimezones(self, raw: RawCalendar) -> dict:
        found = {}
        for unit in raw.units:
            if unit.kind != "VTIMEZONE" or unit.broken:
                continue
            try:
                component = Component.from_ical(unit.text)
                found[str(component["TZID"])] = component
            except Exception as error:  # a bad VTIMEZONE: its events fall back, with a note
                self._skip_unit(unit, f"this VTIMEZONE cannot be read: {error}", broken=True)
        return found

    # -- VEVENTs -----------------------------------------------------------------------------
    def _batch(self, units: list[Unit], ctx: CalendarContext) -> None:
        for unit, component in self._parse(units):
            if component is not None:
                self._event(unit, component, ctx)
        self.done += len(units)
        self._report()

    def _parse(self, units: list[Unit]) -> list[tuple[Unit, object]]:
        with warnings.catch_warnings():
            # We resolve TZIDs ourselves (zones.py); icalendar's guess is no news.
            warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
            try:
                text = "".join(u.text for u in units)
                components = Component.from_ical(text, multiple=True)
                if len(components) == len(units):
                    return list(zip(units, components, strict=True))
            except Exception:  # icalendar's errors vary: find the culprit one by one below
                pass
            return [(unit, self._parse_one(unit)) for unit in units]

    def _parse_one(self, unit: Unit):
        try:
            return Component.from_ical(unit.text)
        except Exception as error:  # icalendar's errors on malformed input vary
            self._skip_unit(unit, f"it cannot be parsed: {error}", broken=True)
            return None

    def _event(self, unit: Unit, component, ctx: CalendarContext) -> None:
        try:
            self.assembler.add(read_event(component, unit.line, unit.text, ctx))
        except Skip as skip:
            self._skip_unit(unit, skip.reason, skip.broken)
        except Exception as error:  # never crash on bad input: report it with the component
            self._skip_unit(unit, f"it cannot be read: {type(error).__name__}: {error}",
                            broken=True)

    def _skip_unit(self, unit: Unit, reason: str, broken: bool) -> None:
        uid = _first(_UID, unit.text)
        if uid and broken and unit.kind == "VEVENT" and "RECURRENCE-ID" not in unit.text.upper():
            self.assembler.skipped_uids.add(uid)
        self.skipped.append(SkippedComponent(unit.kind, uid, _first(_SUMMARY, unit.text),
                                             unit.line, reason, broken))


def _first(pattern: re.Pattern, text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1).strip() if match else None
