"""One batch of VEVENTs read by icalendar and ``reader``, here or in a second process.

icalendar's parse of the content lines is most of an import's time, and it is pure work on
text, so a large file's batches are shared with worker processes (a ``ProcessPoolExecutor``
with the "spawn" start method: the window has Qt threads, and a forked copy of them is unsafe).
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

import multiprocessing
import os
import pickle
import warnings
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from icalendar import Component
from icalendar.error import GloballyUniqueTZIDGuessed

from sessions_desktop.domain.time import zone
from sessions_desktop.ical.fast_lane import read_plain
from sessions_desktop.ical.moments import CalendarContext, Skip
from sessions_desktop.ical.reader import Read, read_event
from sessions_desktop.ical.zones import Resolved, iana_name

PARALLEL_FROM = 2000     # more VEVENTs than this in a file: the work is shared with workers
MAX_WORKERS = 3
FAST = True              # plain VEVENTs read by ``fast_lane`` (False: icalendar reads all)

Failure = tuple[str, bool]      # why a VEVENT was skipped, and whether the file is broken there


def parse_units(texts: list[str]) -> list[object]:
    """The component of each text (``fast_lane`` for plain VEVENTs, icalendar for the rest),
    or the exception that stopped its parse."""
    out: list[object] = [read_plain(text) if FAST else None for text in texts]
    rest = [i for i, value in enumerate(out) if value is None]
    if rest:
        for index, value in zip(rest, _icalendar_units([texts[i] for i in rest]), strict=True):
            out[index] = value
    return out


def _icalendar_units(texts: list[str]) -> list[object]:
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


def _parse_one(text: str) -> object:
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


@dataclass(slots=True)
class Outcome:
    """What one parsed VEVENT gave: a ``Read`` or why it was skipped, and its notes."""

    read: Read | None
    failure: Failure | None
    notes: list[str]


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
    ctx = CalendarContext(business, wr_zone, _NamedZones(), notes)   # type: ignore[arg-type]
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


def new_pool() -> ProcessPoolExecutor | None:
    """A pool of "spawn" workers, or None on a single core."""
    workers = worker_count()
    if not workers:
        return None
    return ProcessPoolExecutor(max_workers=workers,
                               mp_context=multiprocessing.get_context("spawn"))


def _pack(value: object) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(data: bytes):
    return pickle.loads(zlib.decompress(data))


def run_packed(payload: bytes) -> bytes:
    """A worker's side of ``Shared``: a job packed by the caller, its result packed back."""
    function, args = _unpack(payload)
    return _pack(function(*args))


def ready() -> None:
    """A worker's first job: nothing, so that it starts (and imports this package) at once."""


class Workers:
    """A pool started ahead of the work, when ``expected`` (sessions or events) makes the work
    worth sharing: its processes start while the caller still gathers the work. A context
    manager; ``pool`` is None for small work or on a single core."""

    def __init__(self, expected: int) -> None:
        self.pool = new_pool() if expected > PARALLEL_FROM else None
        if self.pool is not None:
            try:
                self.pool.submit(ready)
            except Exception:  # no worker can start here: the caller does everything
                self.close()

    def close(self) -> None:
        """Cancel the jobs no worker began; the workers exit in the background (a job one of
        them is on finishes unseen), so the caller does not wait for that."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Shared:
    """Jobs shared between the calling process and a pool: the workers take them from the end,
    the caller from the start (``take`` in order), so the two meet somewhere in the middle
    whatever the cost of starting a worker.

    Jobs go to the workers a few at a time (``AHEAD`` beyond one per worker), topped up each
    time the caller takes its next job. Jobs and results travel pickled and compressed (a few
    milliseconds): the pool's threads in the busy caller move data only when they get the
    interpreter lock, so a job or a result larger than a pipe's buffer would keep a worker
    waiting for several of the caller's switch intervals.

    ``take`` returns a worker's result, or None when the caller should do that job itself:
    nobody began it, or the worker failed (the same work in the caller gives the same result,
    or raises the same error there)."""

    AHEAD = 1

    def __init__(self, pool: ProcessPoolExecutor, function: Callable, jobs: Sequence[tuple],
                 sizes: Sequence[int]) -> None:
        self._pool = pool
        self._function = function
        self._jobs = jobs
        self._sizes = sizes
        self._depth = (pool._max_workers or 1) + self.AHEAD
        self._next = len(jobs) - 1     # the next job for a worker, from the end
        self._low = 0                  # the caller has begun every job below this
        self._futures: dict[int, Future] = {}
        self._top_up(1)     # one now, so the caller begins at once; more when it takes a job

    def _top_up(self, depth: int | None = None) -> None:
        waiting = sum(1 for future in self._futures.values() if not future.done())
        while waiting < (depth or self._depth) and self._next > self._low:
            payload = _pack((self._function, self._jobs[self._next]))
            try:
                self._futures[self._next] = self._pool.submit(run_packed, payload)
            except Exception:  # no worker can start (any more): the caller does the rest
                self._next = -1
                return
            self._next -= 1
            waiting += 1

    def take(self, index: int):
        self._low = index + 1
        future = self._futures.pop(index, None)
        if future is None or future.cancel():
            self._top_up()     # the workers keep busy while the caller does this job
            return None
        try:
            return _unpack(future.result())
        except Exception:
            return None

    def finished(self) -> int:
        """The size of the jobs workers finished that were not taken yet (for progress)."""
        return sum(self._sizes[i] for i, f in self._futures.items()
                   if f.done() and not f.cancelled())

    def cancel(self) -> None:
        """Submit nothing more and cancel what no worker began."""
        self._next = -1
        for future in self._futures.values():
            future.cancel()
        self._futures.clear()

    def __enter__(self) -> Shared:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()
