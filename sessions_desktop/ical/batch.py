"""One batch of VEVENTs read by icalendar and ``reader``, here or in a second process.

Parsing is most of an import's reading time, and it is pure work on text, so a large file's
batches are shared with worker processes (``worker``: new interpreters, never forked, since the
window has Qt threads; they end with their caller).
A worker parses a batch and turns each VEVENT into plain dataclasses (``Read``), which cost
little to send back; everything that depends on the order of the file (which event of a UID
wins, skipped components, warnings and how often they occur, progress) stays in the calling
process, which merges the batches in file order. So the plan is the one the sequential path
gives (a test holds the two to that).

A worker resolves only TZIDs that name an IANA zone by themselves (IANA, Windows and
vendor-prefixed names: no VTIMEZONE, no warning, the same answer everywhere). A batch with any
other TZID is handed back and read by the calling process with the calendar's own resolver,
whose answers (and warnings) depend on the events before it.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

from icalendar import Component
from icalendar.error import GloballyUniqueTZIDGuessed

from sessions_desktop.domain.time import zone
from sessions_desktop.ical.fast_lane import FastEvent, read_plain
from sessions_desktop.ical.moments import CalendarContext, Skip
from sessions_desktop.ical.plan import pickled_by_fields
from sessions_desktop.ical.reader import Read, read_event
from sessions_desktop.ical.worker import PipeWorker, WorkerFailed
from sessions_desktop.ical.zones import Resolved, iana_name

PARALLEL_FROM = 2000     # more VEVENTs than this in a file: the work is shared with workers
MAX_WORKERS = 3
FAST = True              # plain VEVENTs read by ``fast_lane`` (False: icalendar reads all)

Failure = tuple[str, bool]      # why a VEVENT was skipped, and whether the file is broken there


def parse_units(texts: list[str]) -> list[Component | FastEvent | Exception]:
    """The component of each text (``fast_lane`` for plain VEVENTs, icalendar for the rest),
    or the exception that stopped its parse."""
    plain = [read_plain(text) if FAST else None for text in texts]
    rest = [texts[i] for i, value in enumerate(plain) if value is None]
    parsed = iter(_icalendar_units(rest) if rest else ())
    return [next(parsed) if value is None else value for value in plain]


def _icalendar_units(texts: list[str]) -> list[Component | Exception]:
    """icalendar's component of each text: one parse for the whole batch; one by one when
    that fails, to find the culprit."""
    with warnings.catch_warnings():
        # We resolve TZIDs ourselves (zones.py); icalendar's guess is no news.
        warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
        try:
            components = Component.from_ical("".join(texts), multiple=True)
            if len(components) == len(texts):
                return list(components)
        except Exception:  # icalendar's errors vary: find the culprit one by one below
            pass
        return [_parse_one(text) for text in texts]


def _parse_one(text: str) -> Component | Exception:
    try:
        return Component.from_ical(text)
    except Exception as error:  # icalendar's errors on malformed input vary
        return error


def parse_failure(error: Exception) -> Failure:
    return f"it cannot be parsed: {error}", True


def read_failure(error: Exception) -> Failure:
    """A VEVENT that cannot be read: never a crash on bad input, a report instead."""
    if isinstance(error, Skip):
        return error.reason, error.broken
    return f"it cannot be read: {type(error).__name__}: {error}", True


# -- the worker's side ----------------------------------------------------------------------
class NeedsCalendar(Exception):
    """A TZID only the calendar's own resolver can answer: the batch goes back."""


class _NamedZones:
    """The part of ``ZoneResolver`` that does not depend on the calendar or the file's order."""

    def __init__(self) -> None:
        self._cache: dict[str, Resolved] = {}

    def resolve(self, tzid: str, near: datetime) -> Resolved:
        del near
        found = self._cache.get(tzid)
        if found is None:
            name = iana_name(tzid)
            if name is None:
                raise NeedsCalendar(tzid)
            found = self._cache[tzid] = Resolved(name, zone(name))
        return found


class _Recorder:
    """Notes of one VEVENT, in order, to be added in the calling process."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def add(self, message: str) -> None:
        self.messages.append(message)


@pickled_by_fields
@dataclass(slots=True)
class Outcome:
    """What one parsed VEVENT gave: a ``Read`` or why it was skipped, and its notes."""

    read: Read | None
    failure: Failure | None
    notes: list[str]


@pickled_by_fields
@dataclass(slots=True)
class BatchResult:
    parse_failures: list[tuple[int, Failure]]    # (index in the batch, why)
    outcomes: list[tuple[int, Outcome]]          # the parsed ones, in order


def read_batch(business: str, wr_zone: str | None, units: list[tuple[str, int]]
               ) -> BatchResult | None:
    """A worker's job: parse and read one batch of VEVENTs (text, first line). None when a
    TZID needs the calendar's resolver."""
    components = parse_units([text for text, _ in units])
    notes = _Recorder()
    ctx = CalendarContext(business, wr_zone, _NamedZones(), notes)
    failures, outcomes = [], []
    for index, ((text, line), component) in enumerate(zip(units, components, strict=True)):
        if isinstance(component, Exception):
            failures.append((index, parse_failure(component)))
            continue
        notes.messages = []
        try:
            outcome = Outcome(read_event(component, line, text, ctx), None, notes.messages)
        except NeedsCalendar:
            return None
        except Exception as error:  # as the calling process does: report, never crash
            outcome = Outcome(None, read_failure(error), notes.messages)
        outcomes.append((index, outcome))
    return BatchResult(failures, outcomes)


# -- the pool --------------------------------------------------------------------------------
def worker_count() -> int:
    """Workers beside the calling process, which does its share too: one on two cores."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else \
        (os.cpu_count() or 1)
    return max(0, min(cores - 1, MAX_WORKERS))


class Workers:
    """Worker processes started ahead of the work, when ``expected`` (sessions or events)
    makes the work worth sharing: they start while the caller still gathers the work. A
    context manager that ends them on the way out; ``pool`` is None for small work, on a
    single core, or when no worker can start (the caller then does everything)."""

    def __init__(self, expected: int) -> None:
        self.pool: list[PipeWorker] | None = None
        count = worker_count() if expected > PARALLEL_FROM else 0
        if count:
            try:
                self.pool = [PipeWorker() for _ in range(count)]
            except OSError:
                self.pool = None

    def close(self) -> None:
        for worker in self.pool or ():
            worker.close()
        self.pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Jobs(Protocol):
    """The jobs ``Shared`` hands out: a list, or an object that reads each job when asked."""

    def __len__(self) -> int: ...

    def __getitem__(self, index: int) -> tuple[Any, ...]: ...


Result = TypeVar("Result")


class Shared(Generic[Result]):
    """Jobs shared between the calling process and its workers, taken in order (``take``).

    Workers get the jobs just ahead of the caller (at most ``AHEAD`` each waiting), so the
    results held at any time are a few batches, whatever the size of the file. Eight, not
    two: with two, a worker ran dry whenever the caller spent a while on one batch (applying
    it, or reading one itself) and idled 1.2 s of a 6 s import stream (its waits logged);
    with eight, 0.3 s, and the import took about a tenth less time (docs/decisions.md). The caller
    does every ``caller_every``-th job itself (0: none, when it has its own work to do on
    each result); ``take`` returns a worker's result, or None when the caller should do that
    job itself: it was not given to a worker, or the worker failed (the same work in the
    caller gives the same result, or raises the same error there).

    With ``steal``, a caller that would wait for a worker does the next job nobody has taken
    yet instead (``function`` in this process, the same result), and keeps its result (at
    most ``HOLD``) until that job's turn: so whichever side is faster does more of the work,
    on any machine, and the caller never sits idle while work is left.

    ``lead``: jobs given away beyond that until the caller takes its first, so the workers
    have work while the caller still prepares (the import's UID search)."""

    AHEAD = 8
    HOLD = 2

    def __init__(self, pool: list[PipeWorker], function: Callable[..., Result], jobs: Jobs,
                 sizes: Sequence[int], caller_every: int = 0, *, steal: bool = False,
                 lead: int = 0) -> None:
        self._pool = pool
        self._function = function
        self._name = function.__name__
        self._jobs = jobs
        self._sizes = sizes
        self._every = caller_every
        self._steal = steal
        self._given: dict[int, PipeWorker] = {}
        self._stolen: dict[int, Result | None] = {}
        self.stolen = 0         # jobs this process did while it would have waited
        self._next = 0          # the next job to consider giving away
        self._low = 0           # the caller has taken every job below this
        self._lead = lead       # more jobs given away until the caller takes its first
        self._top_up()

    def _mine(self, index: int) -> bool:
        return bool(self._every) and index % self._every == 0

    def _top_up(self) -> None:
        limit = len(self._pool) * self.AHEAD + (self._lead if self._low == 0 else 0)
        while self._next < len(self._jobs) and len(self._given) < limit:
            index = self._next
            self._next += 1
            if self._mine(index):
                continue
            worker = min(self._pool, key=lambda w: w.outstanding)
            try:
                worker.submit(index, self._name, self._jobs[index])
            except WorkerFailed:
                self._pool.remove(worker)
                self._next = index
                if not self._pool:
                    self._next = len(self._jobs)
                    return
                continue
            self._given[index] = worker

    def take(self, index: int) -> Result | None:
        self._low = index + 1
        if index in self._stolen:
            result = self._stolen.pop(index)
            self._top_up()
            return result
        worker = self._given.pop(index, None)
        self._top_up()
        if worker is None:
            return None
        try:
            if self._steal:
                self._steal_while(worker, index)
            done: Result = worker.result(index)     # the same function's, through a pipe
            return done
        except WorkerFailed:
            return None
        finally:
            self._top_up()

    def _steal_while(self, worker: PipeWorker, index: int) -> None:
        """Do jobs nobody has taken yet while ``worker`` is still on job ``index``."""
        while not worker.done(index) and len(self._stolen) < self.HOLD and \
                self._next < len(self._jobs):
            job = self._next
            self._next += 1
            try:
                self._stolen[job] = self._function(*self._jobs[job])
            except Exception:  # as a failed worker: the caller does it again in its turn
                self._stolen[job] = None
            self.stolen += 1

    def finished(self) -> int:
        """The size of the jobs done ahead that were not taken yet (for progress)."""
        return sum(self._sizes[i] for i, w in self._given.items() if w.done(i)) + \
            sum(self._sizes[i] for i in self._stolen)

    def cancel(self) -> None:
        """Give nothing more away; the workers' results that nobody takes are dropped."""
        self._next = len(self._jobs)
        self._given.clear()
        self._stolen.clear()

    def __enter__(self) -> Shared[Result]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()
