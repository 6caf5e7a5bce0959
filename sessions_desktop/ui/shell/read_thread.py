"""The window's reading thread: one Python thread that runs read jobs in priority order.

Why not a ``QThreadPool``: Python keeps a thread's ``threading.local`` data (here the
database's connection, which peewee keeps per thread) only while Python knows the thread, and
a pool thread that Qt started is known to Python only for the length of one job. Every window
read then opened a new SQLite connection, with a cold page cache and a memory map to fault in
again: at five times the business that cost more than building the week's sessions. This
thread lives as long as its loader, so its connection (and what it has cached) stays warm.

``start(job, priority)`` queues a job (higher priorities first, then in order), ``hold(n)``
keeps jobs below priority ``n`` waiting (a prefetch while the user waits for a period and it
is painted: they share one interpreter) until ``release()``, ``take(jobs)`` takes queued jobs
back (a prefetch the user now waits for is started again ahead of the others), ``clear()``
drops the queued ones, ``waitForDone()`` lets the running one finish and ends the thread
(its connection closes with it). The same names as ``QThreadPool``'s, for the same uses.
"""

from __future__ import annotations

import heapq
import itertools
import threading
from typing import Protocol


class Job(Protocol):
    def run(self) -> None: ...


class ReadThread:
    def __init__(self, name: str = "window reads") -> None:
        self._name = name
        self._queue: list[tuple[int, int, Job | None]] = []
        self._order = itertools.count()
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None
        self._floor: int | None = None      # see ``hold``

    def start(self, job: Job, priority: int = 0) -> None:
        with self._ready:
            heapq.heappush(self._queue, (-priority, next(self._order), job))
            if self._thread is None:
                # daemon: a loader nobody shut down never keeps the process alive
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
            self._ready.notify()

    def hold(self, below: int) -> None:
        """Start no job of a priority below ``below`` until ``release`` (the running one
        finishes)."""
        with self._ready:
            self._floor = below

    def release(self) -> None:
        with self._ready:
            self._floor = None
            self._ready.notify()

    def take(self, jobs: list[Job]) -> list[Job]:
        """Take these jobs out of the queue if they have not started (to start them again
        at another priority, or as one): those taken, in the order they were queued."""
        wanted = {id(job) for job in jobs}
        with self._ready:
            taken = [entry for entry in self._queue if id(entry[2]) in wanted]
            if taken:
                self._queue = [entry for entry in self._queue if id(entry[2]) not in wanted]
                heapq.heapify(self._queue)
        return [entry[2] for entry in sorted(taken, key=lambda entry: entry[1])
                if entry[2] is not None]

    def clear(self) -> None:
        with self._ready:
            self._queue.clear()

    def close(self) -> None:
        """Drop the queued jobs and end the thread after its running one, without waiting
        (its owner was deleted without ``waitForDone``)."""
        with self._ready:
            self._queue.clear()
            if self._thread is not None:
                heapq.heappush(self._queue, (-(1 << 30), next(self._order), None))
                self._ready.notify()
                self._thread = None

    def waitForDone(self) -> None:
        with self._ready:
            thread = self._thread
            if thread is None:
                return
            self._floor = None       # every queued job runs, then the stop
            heapq.heappush(self._queue, (1 << 30, next(self._order), None))   # last: stop
            self._ready.notify()
        thread.join()
        with self._ready:
            self._thread = None

    def _run(self) -> None:
        while True:
            with self._ready:
                while not self._queue or (self._floor is not None
                                          and -self._queue[0][0] < self._floor):
                    self._ready.wait()
                _, _, job = heapq.heappop(self._queue)
            if job is None:
                return
            job.run()
