"""Read an .ics file into an ``ImportPlan``: what to create, what was skipped and why.

Pipeline: decode the bytes tolerantly; cut the text into VCALENDARs and their top-level
components (``text``); parse each calendar's own properties and VTIMEZONEs, then the VEVENTs in
batches with icalendar (so progress can be reported and a broken event spoils only itself);
turn each VEVENT into fields (``reader``); join changed instances to their recurring events
(``assemble``). All or nothing by default: if anything broken was skipped, raise
``ValidationError`` listing it; with ``partial=True`` return what was readable.

``stream_calendar`` hands the events to its caller a batch at a time as they are read, so a
large file is never held as sessions (``parse_calendar`` collects them into a plan). A file of
more than ``batch.PARALLEL_FROM`` VEVENTs shares its batches with worker processes (``batch``,
``worker``); the results are merged here in file order, so the plan is the same as without.
"""

from __future__ import annotations

import gc
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext

from icalendar import Calendar, Component

from sessions_desktop.domain.time import zone
from sessions_desktop.errors import FieldViolation, ValidationError
from sessions_desktop.ical import batch
from sessions_desktop.ical.assemble import Assembler
from sessions_desktop.ical.batch import BatchResult, parse_failure, read_failure
from sessions_desktop.ical.decode import decode
from sessions_desktop.ical.fast_lane import FastEvent
from sessions_desktop.ical.joined import SUMMARY, UID, first_value, joined_uids
from sessions_desktop.ical.moments import CalendarContext
from sessions_desktop.ical.plan import (
    ImportCancelled,
    ImportedEvent,
    ImportedOverride,
    ImportPlan,
    Notes,
    Props,
    SkippedComponent,
)
from sessions_desktop.ical.reader import Read, read_event
from sessions_desktop.ical.text import RawCalendar, Unit, Units, scan
from sessions_desktop.ical.worker import PipeWorker
from sessions_desktop.ical.zones import ZoneResolver, iana_name

__all__ = ["ImportCancelled", "ImportPlan", "ImportedEvent", "ImportedOverride",
           "SkippedComponent", "parse_calendar", "stream_calendar"]

Progress = Callable[[int, int], bool]
BATCH = 250
LEAD = 32       # batches given to workers while this process searches the UIDs (``_shared``)
MAX_LISTED = 25
_NOT_SESSIONS = {
    "VTODO": "to-dos are not sessions",
    "VJOURNAL": "journal entries are not sessions",
    "VFREEBUSY": "free/busy information is not imported",
    "VAVAILABILITY": "availability components are not imported",
}
_SESSION_KINDS = frozenset({"VEVENT", "VTIMEZONE"})



def parse_calendar(data: bytes | str, *, business_time_zone: str, partial: bool = False,
                   progress: Progress | None = None) -> ImportPlan:
    """Read .ics bytes. Raises ValidationError (field ``file``) for a file that is not
    iCalendar, or, unless ``partial``, for one with broken parts; ImportCancelled when
    ``progress`` returns False."""
    found: list[ImportedEvent] = []
    plan = stream_calendar(data, found.extend, business_time_zone=business_time_zone,
                           partial=partial, progress=progress, caller_every=None)
    plan.items = sorted(found, key=lambda item: item.order)
    return plan


def stream_calendar(data: bytes | str, sink: Callable[[list[ImportedEvent]], None], *,
                    business_time_zone: str, partial: bool = False,
                    progress: Progress | None = None, caller_every: int | None = None,
                    calendar_names: list[str] | None = None,
                    workers: batch.Workers | None = None) -> ImportPlan:
    """Read .ics bytes and hand the events to ``sink`` a batch at a time, in file order as
    far as possible: an event whose UID no other VEVENT of the file shares goes as soon as its
    batch is read; the others (a recurring event with changed instances, a UID given twice)
    are joined at the end (``assemble``). So what is held is a few batches, not the file's
    events. Returns the plan without items (skipped, warnings, names); raises as
    ``parse_calendar`` does (the broken parts are known only at the end, after the sink has
    had everything: the caller's transaction makes that all or nothing).
    ``caller_every``: with workers, this process reads every n-th batch itself (None: its
    share of the cores; 0: none, when the sink has work of its own). ``calendar_names``
    (optional) is filled with the calendars' names as they are read, before their events
    reach the sink. ``workers``: worker processes the caller started (``batch.Workers``,
    ended by the caller; it may want them afterwards); without them, a large file starts
    and ends its own."""
    zone(business_time_zone)
    text, decode_note = decode(data)
    del data        # held once: the scan keeps its own (normalised) copy of the text
    scanned = scan(text)
    del text
    if not scanned.calendars:
        raise ValidationError("this is not an iCalendar file: it has no BEGIN:VCALENDAR or "
                              "BEGIN:VEVENT", field="file")
    run = _Run(business_time_zone, scanned.calendars, progress, sink, caller_every, workers)
    if calendar_names is not None:
        run.names = calendar_names
    for note in ([decode_note] if decode_note else []) + scanned.notes:
        run.notes.add(note)
    run.skipped.extend(SkippedComponent("LINE", None, None, p.line, p.reason)
                       for p in scanned.problems)
    with _held_objects_frozen(run.total > batch.PARALLEL_FROM):
        plan = run.execute()
    if not partial and plan.broken:
        raise ValidationError(_violations(plan.broken))
    return plan


@contextmanager
def _held_objects_frozen(large: bool) -> Iterator[None]:
    """For a large file, the objects that exist when its stream begins (the scan's lists of
    a hundred thousand units among them) are left out of the collector's full collections
    until the stream ends (``gc.freeze``): each full collection walked them again, 14 times
    in an import of the ten-year business, 0.3 s of the caller's time; frozen, 0.08 s. They
    are thawed at the end, so anything among them that became garbage is collected then."""
    if not large:
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _violations(broken: list[SkippedComponent]) -> list[FieldViolation]:
    listed = [FieldViolation("file", str(s)) for s in broken[:MAX_LISTED]]
    if len(broken) > MAX_LISTED:
        listed.append(FieldViolation("file", f"... and {len(broken) - MAX_LISTED} more"))
    listed.append(FieldViolation("file", "nothing was imported; import with partial=True "
                                         "(--partial) to import the readable part"))
    return listed


class _Run:
    def __init__(self, business: str, calendars: list[RawCalendar], progress: Progress | None,
                 sink: Callable[[list[ImportedEvent]], None], caller_every: int | None,
                 workers: batch.Workers | None = None) -> None:
        self.business = business
        self.calendars = calendars
        self.progress = progress
        self.sink = sink
        self.caller_every = caller_every
        self.workers = workers
        self.notes = Notes()
        self.skipped: list[SkippedComponent] = []
        self.names: list[str] = []
        self.assembler = Assembler(self.notes, self.skipped)
        self._joined: set[str] | None = None     # ``_joined_uids``: found when first needed
        self.total = sum(c.units.kinds.count("VEVENT") for c in calendars)
        self.done = 0
        self.pool: list[PipeWorker] | None = None              # worker processes, for a large file
        self.ahead: batch.Shared[BatchResult | None] | None = None     # batches given to workers
        self.ready: list[ImportedEvent] = []       # read, not joined: for the sink

    def _joined_uids(self) -> set[str]:
        """The UIDs whose events wait for each other (``joined_uids``), found on first use: a
        large file's workers are already reading by then (``_shared``)."""
        if self._joined is None:
            self._joined = joined_uids(self.calendars)
        return self._joined

    def execute(self) -> ImportPlan:
        # Leaving ``Workers`` ends the worker processes (done, cancelled or failed); the
        # caller's own workers are the caller's to end.
        with nullcontext(self.workers) if self.workers is not None else \
                batch.Workers(self.total) as workers:
            self.pool = workers.pool
            self._report()
            for raw in self.calendars:
                self._calendar(raw)
        self.pool = None
        joined = self.assembler.result()
        if joined:
            self.sink(joined)
        return ImportPlan([], self.skipped, self.notes.render(), self.names)

    def _hand_over(self) -> None:
        if self.ready:
            ready, self.ready = self.ready, []
            self.sink(ready)

    def _report(self) -> None:
        if self.progress is None:
            return
        done = self.done + (self.ahead.finished() if self.ahead is not None else 0)
        if self.progress(done, self.total) is False:
            raise ImportCancelled(f"import cancelled after {done} of {self.total} events")

    # -- one VCALENDAR -----------------------------------------------------------------------
    def _calendar(self, raw: RawCalendar) -> None:
        header = self._header(raw)
        vtimezones = self._vtimezones(raw)
        wr_zone = self._wr_zone(header)
        preferred = [n for n in (self.business, wr_zone) if n]
        resolver = ZoneResolver(vtimezones, wr_zone or self.business, preferred, self.notes)
        ctx = CalendarContext(self.business, wr_zone, resolver, self.notes)
        store = raw.units
        events = array("q")      # indexes into ``store``: Unit objects are made per batch
        for index, kind in enumerate(store.kinds):
            reason = store.broken.get(index)
            if reason:   # a broken to-do costs nothing: it would not be imported anyway
                self._skip_unit(store[index], reason, broken=kind in _SESSION_KINDS)
            elif kind == "VEVENT":
                events.append(index)
            elif kind != "VTIMEZONE":
                reason = _NOT_SESSIONS.get(kind, f"{kind} components are not imported")
                self._skip_unit(store[index], reason, broken=False)
        batches = _Batches(store, events)
        if self.pool is None or len(batches) < 2:
            for index in range(len(batches)):
                self._batch(batches[index], ctx)
        else:
            self._shared(batches, ctx, self.pool)

    def _header(self, raw: RawCalendar) -> Props:
        try:
            calendar = Calendar.from_ical(raw.header + "END:VCALENDAR\n")
        except Exception as error:  # icalendar raises ValueError and others on bad lines
            self.skipped.append(SkippedComponent(
                "VCALENDAR", None, None, raw.line,
                f"the calendar's own properties cannot be read: {error}"))
            return {}
        props: Props = dict(calendar)
        for key in ("NAME", "X-WR-CALNAME"):
            if key in props:
                name = str(props[key][0] if isinstance(props[key], list) else props[key])
                if name and name not in self.names:
                    self.names.append(name)
                break
        return props

    def _wr_zone(self, header: Props) -> str | None:
        value = header.get("X-WR-TIMEZONE")
        if value is None:
            return None
        name = iana_name(str(value))
        if name is None:
            self.notes.add(f"unknown X-WR-TIMEZONE {str(value)!r} ignored")
        return name

    def _vtimezones(self, raw: RawCalendar) -> dict[str, Component]:
        found: dict[str, Component] = {}
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
        components = batch.parse_units([u.text for u in units])
        for unit, component in zip(units, components, strict=True):
            if isinstance(component, Exception):
                self._skip_unit(unit, *parse_failure(component))
        for unit, component in zip(units, components, strict=True):
            if not isinstance(component, Exception):
                self._event(unit, component, ctx)
        self.done += len(units)
        self._hand_over()
        self._report()

    def _event(self, unit: Unit, component: Component | FastEvent, ctx: CalendarContext) -> None:
        try:
            read = read_event(component, unit.line, unit.text, ctx)
        except Exception as error:  # never crash on bad input: report it with the component
            self._skip_unit(unit, *read_failure(error))
            return
        self._add(unit, read)

    def _add(self, unit: Unit, read: Read) -> None:
        event = read.event
        joined = self._joined_uids()
        if event is not None and event.uid not in joined and not (
                "" in joined and first_value(UID, unit.text) is None):
            event.order = (0, unit.line)    # alone with its UID: to the caller at once
            self.ready.append(event)
            return
        try:
            self.assembler.add(read)
        except Exception as error:  # as above
            self._skip_unit(unit, *read_failure(error))

    # -- VEVENTs shared with worker processes (``batch``) ---------------------------------------
    def _shared(self, batches: _Batches, ctx: CalendarContext, pool: list[PipeWorker]
                ) -> None:
        """Workers read the batches just ahead of this process (``batch.Shared``); the
        results are merged in file order."""
        jobs = _LazyJobs(self.business, ctx.wr_zone, batches)
        every = len(pool) + 1 if self.caller_every is None else self.caller_every
        with batch.Shared(pool, batch.read_batch, jobs, batches.sizes(), every,
                          steal=True, lead=LEAD) as shared:
            self.ahead = shared
            try:
                self._joined_uids()     # while the workers read the first batches
                for index in range(len(batches)):
                    units = batches[index]
                    result = shared.take(index)
                    if result is None:
                        self._batch(units, ctx)
                    else:
                        self._merge(units, result)
            finally:
                self.ahead = None

    def _merge(self, units: list[Unit], result: BatchResult) -> None:
        """A worker's batch, in the order ``_batch`` would have produced it."""
        for index, failure in result.parse_failures:
            self._skip_unit(units[index], *failure)
        for index, outcome in result.outcomes:
            for message in outcome.notes:
                self.notes.add(message)
            if outcome.read is not None:
                self._add(units[index], outcome.read)
            elif outcome.failure is not None:
                self._skip_unit(units[index], *outcome.failure)
        self.done += len(units)
        self._hand_over()
        self._report()

    def _skip_unit(self, unit: Unit, reason: str, broken: bool) -> None:
        uid = first_value(UID, unit.text)
        if uid and broken and unit.kind == "VEVENT" and "RECURRENCE-ID" not in unit.text.upper():
            self.assembler.skipped_uids.add(uid)
        self.skipped.append(SkippedComponent(unit.kind, uid, first_value(SUMMARY, unit.text),
                                             unit.line, reason, broken))


class _Batches:
    """The VEVENTs of a calendar in batches of ``BATCH``, as Unit objects made when a batch
    is asked for (a large file holds only integers until then)."""

    def __init__(self, store: Units, events: array[int]) -> None:
        self._store = store
        self._events = events

    def __len__(self) -> int:
        return -(-len(self._events) // BATCH)

    def __getitem__(self, index: int) -> list[Unit]:
        chosen = self._events[index * BATCH:(index + 1) * BATCH]
        return [self._store[i] for i in chosen]

    def sizes(self) -> list[int]:
        return [min(BATCH, len(self._events) - i * BATCH) for i in range(len(self))]


class _LazyJobs:
    """A worker's job for each batch (text and first line of its units), cut from the file's
    text only when the batch is given away."""

    def __init__(self, business: str, wr_zone: str | None, batches: _Batches) -> None:
        self._head = (business, wr_zone)
        self._batches = batches

    def __len__(self) -> int:
        return len(self._batches)

    def __getitem__(self, index: int) -> tuple[str, str | None, list[tuple[str, int]]]:
        return (*self._head, [(u.text, u.line) for u in self._batches[index]])
