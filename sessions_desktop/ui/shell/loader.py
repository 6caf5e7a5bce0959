"""Loads the sessions of the visible window off the UI thread, newest request wins.

Every request bumps a generation counter; a result that arrives for an older generation is
dropped, so fast navigation never flashes a week the user already left. One worker thread
(``read_thread``: a Python thread of its own, so its database connection stays open and warm
from one read to the next) runs queries in order, user requests before prefetches. An
in-memory database lives on one connection, so it is queried synchronously instead.

Prefetch: after a load the controller asks for the neighbouring periods; their results wait
in a small cache, and ``prefetched`` says each one arrived (so the views can lay it out
before the user asks for it). A window longer than ``PART`` (a month, an agenda page) is read
in parts of that length, each its own job: a user request never waits behind more than one
part of a prefetched month, and parts already in the cache (the weeks of a month the user has
just looked at) are not read again. A prefetched week or day is read in parts of
``PREFETCH_PART`` (two days), so a user's request waits behind one short job at most (longer
windows keep week parts: every read has a fixed cost); when the user asks for a window being
prefetched, its parts not yet started are read next, as one job, ahead of other prefetches
(``_hurry``), and the other prefetches not yet started are dropped (the prefetcher asks
again for what it still wants around the new period), as are the parts of the user's own
earlier requests not yet started (the rest of an agenda page the user stepped past). No
prefetch starts from a user's request until the prefetcher asks again (the period is shown
and painted): the reading thread and the paint share one interpreter. The month view asks
for its days' summary instead (``request(start, end, ask)``, ``month_summary``), cached and
prefetched the same way. Any write broadcast drops the cached windows it touches and bumps an
epoch; a read that was running during the write is discarded when that write (or any later
one) touched its window, and kept otherwise: the cache never serves stale data. ``patch``
brings a shown window up to date after a write of its own by reading only the span the write
touched (``splice``); a short span with few sessions is read at once on the UI thread's own
connection (a few milliseconds) rather than queued behind the reading thread.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QObject, Signal

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.model import Session
from sessions_desktop.services.api import ServicesApi
from sessions_desktop.ui.shell.first_rows import FirstSessions, fetch_first
from sessions_desktop.ui.shell.month_summary import MonthAsk, fetch_month, joined_days
from sessions_desktop.ui.shell.read_thread import ReadThread
from sessions_desktop.ui.shell.splice import spliced

CACHE_SIZE = 32   # windows; a month's weeks are kept as weeks too
PART = timedelta(days=7)
SHORT_SPAN = timedelta(days=7)   # a patch's span read at once when no longer than this ...
SMALL_READ = 500                 # ... and no more sessions start in it than this
CHANGES_KEPT = 64                # writes remembered to judge a read that was running
PREFETCH_PART = timedelta(days=2)
Window = tuple[datetime, datetime]
Key = tuple   # a Window, or (start, end, MonthAsk): the month's days, or (start, end,
#               FirstSessions): an agenda page's first events


def parts_of(window: Window, part: timedelta = PART) -> list[Window]:
    """``window`` cut into consecutive windows of at most ``part`` (wall-clock days)."""
    start, end = window
    cuts = []
    while start < end:
        cuts.append((start, min(end, start + part)))
        start = cuts[-1][1]
    return cuts


def joined(parts: list[list[Session]]) -> list[Session]:
    """The sessions of consecutive windows as one window's: a session across a cut is kept
    where it first appears, which keeps the (start, id) order."""
    seen: set[str] = set()
    out = []
    for sessions in parts:
        for session in sessions:
            if session.id not in seen:
                seen.add(session.id)
                out.append(session)
    return out


def fetch_window(services, start: datetime, end: datetime) -> list[Session]:
    """Every session (events and working hours, cancelled ones too: the views may show them
    struck through) overlapping [start, end), in one read."""
    return services.queries.window_sessions(start, end, fieldsets="ALL_PI",
                                            include_cancelled=True)


def small_read(sessions: list[Session], span: Window) -> bool:
    """Is ``span`` short and do few of ``sessions`` (a window's list, in start order) start
    in it? Then reading it again costs a few milliseconds."""
    if span[1] - span[0] > SHORT_SPAN:
        return False
    low, high = span[0].timestamp(), span[1].timestamp()
    first = bisect_left(sessions, low, key=_start_of)
    return bisect_left(sessions, high, lo=first, key=_start_of) - first <= SMALL_READ


def _start_of(session: Session) -> float:
    return session.start.timestamp()


class _Job:
    def __init__(self, fetch: Callable[[], list[Session]],
                 deliver: Callable[[object], None]) -> None:
        self._fetch, self._deliver = fetch, deliver

    def run(self) -> None:
        try:
            result: object = self._fetch()
        except Exception as exc:  # a worker must report, never die silently
            result = exc
        # "Signal source has been deleted": the loader went with its window, no one to tell
        with suppress(RuntimeError):
            self._deliver(result)


class _Parts:
    """A window being read part by part: what each part gave so far, and the queued jobs of
    the others (a prefetch the user then asks for is hurried: ``Loader._hurry``)."""

    def __init__(self, generation: int, epoch: int, window: Key, parts: list,
                 kept: bool) -> None:
        self.generation, self.epoch, self.window = generation, epoch, window
        self.parts = parts
        self.gathered: list[object] = [None] * len(parts)
        self.jobs: list[_Job | None] = [None] * len(parts)
        self.kept = kept      # each part joins the cache (a user's long window's weeks)


class Loader(QObject):
    """``request(start, end)``; ``loaded(window, sessions)`` or ``failed(message)`` follows."""

    loaded = Signal(object, object)
    failed = Signal(str)
    prefetched = Signal(object, object)           # window, sessions: a prefetch is cached
    _arrived = Signal(int, int, object, object)   # generation (0: prefetch), epoch, window, result
    _part_arrived = Signal(int, int, object)      # composite token, part index, result
    _patch_arrived = Signal(int, int, object, object)   # generation, epoch, window, patch

    def __init__(self, services: ServicesApi, parent: QObject | None = None,
                 threaded: bool | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._generation = 0
        self._epoch = 0
        self._changes: list[tuple[int, ChangeRecord | None]] = []   # (epoch, its write)
        self._wanted: Key | None = None
        self._prefetching: set[Key] = set()
        self._cache: OrderedDict[Key, object] = OrderedDict()
        self.schedules: dict = {}     # the month's filters name schedules (``fetch_month``)
        on_disk = services.path is not None or getattr(services, "shared", False)
        self.threaded = on_disk if threaded is None else threaded
        self._pool = ReadThread()
        pool = self._pool   # not self: the lambda must not keep the loader alive
        self.destroyed.connect(lambda *_: pool.close())   # deleted without a shutdown
        self._arrived.connect(self._on_arrived)
        self._parts: dict[int, _Parts] = {}   # token -> a window read part by part
        self._queued: dict[Key, int | _Job] = {}  # a prefetch: its parts' token, or its job
        self._asked: list[int | _Job] = []   # the user's reads: parts' tokens, or jobs
        self._token = 0
        self._part_arrived.connect(self._on_part)
        self._patch_arrived.connect(self._on_patch)

    @property
    def busy(self) -> bool:
        """A user request is still waiting for its result."""
        return self._wanted is not None

    def request(self, start: datetime, end: datetime,
                ask: MonthAsk | FirstSessions | None = None) -> int:
        """Every session of [start, end), or with ``ask`` the days' summary of it (a
        ``MonthAsk``) or its first events (``FirstSessions``)."""
        self._generation += 1
        window: Key = (start, end) if ask is None else (start, end, ask)
        self._pool.hold(1)   # no prefetch starts until this period is shown (``prefetch``)
        self._drop_asked()
        if window in self._cache:
            self._cache.move_to_end(window)
            self._wanted = None
            self.loaded.emit(window, self._cache[window])
            return self._generation
        self._wanted = window
        self._drop_prefetches({window, (start, end)})   # a page's first rows: the page follows
        if window in self._prefetching:
            self._hurry(window)
        else:
            self._submit(self._generation, window, priority=1)
        return self._generation

    def _drop_asked(self) -> None:
        """Forget the reads the user asked for before that have not started: their period
        was left (the rest of an agenda page, the weeks of a month), and a new request
        would wait behind them. (One running is heard and cached, or goes unheard.)"""
        for asked in self._asked:
            self._withdraw(asked)
        self._asked.clear()

    def _drop_prefetches(self, kept: set[Key]) -> None:
        """Forget the prefetches not in ``kept`` not yet started: they were asked for
        around the period the user left, and the prefetcher asks again once the new one is
        shown. (A part running goes unheard; a whole window running is cached still.)"""
        for window, queued in list(self._queued.items()):
            if window in kept:
                continue
            self._withdraw(queued)
            del self._queued[window]
            self._prefetching.discard(window)

    def _withdraw(self, read: int | _Job) -> None:
        """Take a read's jobs not yet started out of the queue and forget its parts (``read``:
        the token of a window read part by part, or its one job)."""
        if isinstance(read, _Job):
            self._pool.take([read])
            return
        entry = self._parts.pop(read, None)
        if entry is not None:
            self._pool.take([job for job in entry.jobs if job is not None])

    def _hurry(self, window: Key) -> None:
        """The user now waits for a window being prefetched: what of it has not started is
        read next, ahead of the other prefetches, and as one job (the parts' fixed costs
        are paid once; they are short only so that another request waits less)."""
        queued = self._queued.get(window)
        if isinstance(queued, _Job):
            for job in self._pool.take([queued]):
                self._pool.start(job, 1)
            return
        entry = self._parts.get(queued) if queued is not None else None
        if entry is None:
            return
        taken = {id(job) for job in self._pool.take([j for j in entry.jobs if j is not None])}
        rest = [i for i, job in enumerate(entry.jobs) if id(job) in taken]
        if not rest:
            return
        first, parts = rest[0], entry.parts
        if rest != list(range(first, len(parts))):   # not a run of the last parts: as they are
            for index in rest:
                self._pool.start(entry.jobs[index], 1)
            return
        if len(window) == 3:
            merged = replace(parts[first], days=sum(part.days for part in parts[first:]))
            fetch = partial(fetch_month, self._services, merged, self.schedules)
        else:
            merged = (parts[first][0], parts[-1][1])
            fetch = partial(fetch_window, self._services, *merged)
        entry.parts = [*parts[:first], merged]
        entry.gathered = entry.gathered[:first + 1]
        entry.jobs = entry.jobs[:first + 1]
        entry.jobs[first] = self._part_job(queued, first, fetch)
        self._pool.start(entry.jobs[first], 1)

    def patch(self, window: Window, sessions: list[Session], span: Window) -> int:
        """Like ``request(*window)`` for a window whose ``sessions`` were shown before a write
        that touched only ``span`` of it: reads the span and splices it in. A further write
        while the span is read (a new epoch) has the whole window read instead."""
        self._generation += 1
        generation, epoch = self._generation, self._epoch
        self._wanted = window
        self._drop_asked()
        fetch = partial(fetch_window, self._services, *span)
        self._pool.hold(1)
        job = _Job(fetch, lambda result: self._patch_arrived.emit(
            generation, epoch, window, (sessions, span, result)))
        if self.threaded and not small_read(sessions, span):
            self._pool.start(job, 1)
        else:   # the read itself takes less than waking the reading thread and hearing back
            job.run()
        return generation

    def _on_patch(self, generation: int, epoch: int, window: Window, patch: tuple) -> None:
        sessions, span, result = patch
        if isinstance(result, list):
            result = spliced(sessions, span, result)
        self._on_arrived(generation, epoch, window, result)

    def cached(self, window: Key) -> object | None:
        return self._cache.get(window)

    def prefetch(self, windows: list[Key]) -> None:
        """Load these windows into the cache when the worker has nothing else to do (the
        period shown is painted: prefetches held since its request may start)."""
        if not self.threaded:
            return
        self._pool.release()
        for window in windows:
            if window not in self._cache and window not in self._prefetching:
                self._prefetching.add(window)
                self._submit(0, window, priority=0)

    def invalidate(self, change: ChangeRecord | None = None) -> None:
        """A write happened: forget what it touches (everything when ``change`` is None)."""
        self._epoch += 1
        self._changes.append((self._epoch, change))
        del self._changes[:-CHANGES_KEPT]
        for window in list(self._cache):
            if change is None or change.touches(window[0], window[1]):
                del self._cache[window]

    def _unchanged(self, epoch: int, window: Key) -> bool:
        """Did no write since ``epoch`` (when a read was asked for) touch ``window``?"""
        if epoch == self._epoch:
            return True
        if not self._changes or self._changes[0][0] > epoch + 1:
            return False   # older than the writes remembered
        return all(change is not None and not change.touches(window[0], window[1])
                   for at, change in self._changes if at > epoch)

    def _submit(self, generation: int, window: Key, priority: int) -> None:
        epoch = self._epoch
        if len(window) == 3 and isinstance(window[2], FirstSessions):
            # a few dozen rows, read at once on the UI thread's own connection: queued, they
            # would wait for the reading thread's running job (a week of a prefetched page)
            _Job(partial(fetch_first, self._services, *window),
                 lambda result: self._arrived.emit(generation, epoch, window, result)).run()
            return
        if len(window) == 3:
            self._submit_month(generation, epoch, window, priority)
            return
        short = priority == 0 and window[1] - window[0] <= PART
        parts = parts_of(window, PREFETCH_PART if short else PART)
        if len(parts) > 1:
            self._submit_parts(generation, epoch, window, parts, priority)
            return
        fetch = partial(fetch_window, self._services, *window)
        self._submit_one(generation, epoch, window, fetch, priority)

    def _submit_one(self, generation: int, epoch: int, window: Key, fetch: Callable,
                    priority: int) -> None:
        job = _Job(fetch, lambda result: self._arrived.emit(generation, epoch, window, result))
        if not self.threaded:
            job.run()
            return
        if priority == 0:
            self._queued[window] = job
        else:
            self._asked.append(job)
        self._pool.start(job, priority)

    def _submit_month(self, generation: int, epoch: int, key: Key, priority: int) -> None:
        """The month's days: one job for a user's request, a week's days a job for a
        prefetch."""
        ask: MonthAsk = key[2]
        asks = [ask] if priority else ask.parts(PART.days)
        fetches = [partial(fetch_month, self._services, part, self.schedules) for part in asks]
        if len(fetches) == 1:
            self._submit_one(generation, epoch, key, fetches[0], priority)
            return
        self._submit_parts(generation, epoch, key, asks, priority, fetches)

    def _submit_parts(self, generation: int, epoch: int, window: Key, parts: list,
                      priority: int, fetches: list | None = None) -> None:
        """A long window part by part: parts in the cache (the weeks of a month the user
        already saw) are taken from it, the others read as jobs of their own."""
        self._token += 1
        token = self._token
        entry = self._parts[token] = _Parts(generation, epoch, window, parts,
                                            priority > 0 and not fetches)
        if not fetches:
            entry.gathered = [self._cache.get(part) for part in parts]
        if priority == 0 and self.threaded:
            self._queued[window] = token
        elif self.threaded:
            self._asked.append(token)
        for index, part in enumerate(parts):
            if entry.gathered[index] is None:
                job = entry.jobs[index] = self._part_job(
                    token, index, fetches[index] if fetches else
                    partial(fetch_window, self._services, *part))
                if self.threaded:
                    self._pool.start(job, priority)
                else:
                    job.run()
        self._on_part(token, -1, None)

    def _part_job(self, token: int, index: int, fetch: Callable) -> _Job:
        return _Job(fetch, lambda result: self._part_arrived.emit(token, index, result))

    def _on_part(self, token: int, index: int, result: object) -> None:
        entry = self._parts.get(token)
        if entry is None:
            return
        if 0 <= index < len(entry.gathered):
            entry.gathered[index] = result
            entry.jobs[index] = None
            if entry.kept and isinstance(result, list) and \
                    self._unchanged(entry.epoch, entry.parts[index]):
                self._remember(entry.parts[index], result)
        gathered = entry.gathered
        failed = next((r for r in gathered if isinstance(r, Exception)), None)
        if failed is None and any(r is None for r in gathered):
            return
        del self._parts[token]
        join = joined_days if len(entry.window) == 3 else joined
        self._on_arrived(entry.generation, entry.epoch, entry.window,
                         failed or join(gathered))  # type: ignore[arg-type]

    def _on_arrived(self, generation: int, epoch: int, window: Key, result: object) -> None:
        if generation == 0:
            self._prefetching.discard(window)
            self._queued.pop(window, None)
        fresh = not isinstance(result, Exception) and self._unchanged(epoch, window)
        if fresh:
            self._remember(window, result)
            if generation == 0 and window != self._wanted:
                self.prefetched.emit(window, result)
        current = generation == self._generation or (generation == 0 and window == self._wanted)
        if not current or window != self._wanted:
            if generation == 0 and window == self._wanted and not fresh:
                self._submit(self._generation, window, priority=1)
            return
        self._wanted = None
        if isinstance(result, Exception):
            self.failed.emit(str(result))
        elif fresh:
            self.loaded.emit(window, result)
        else:
            self._wanted = window
            self._submit(self._generation, window, priority=1)

    def _remember(self, window: Key, sessions: object) -> None:
        self._cache[window] = sessions  # type: ignore[assignment]
        self._cache.move_to_end(window)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def shutdown(self) -> None:
        """Wait for a running query so the database can close under no one's feet."""
        self._pool.clear()
        self._pool.waitForDone()
