"""The window's reading thread: jobs in priority order, prefetches held while the user waits
for a period, everything run or dropped at the end (no sleeping: events and joins)."""

from __future__ import annotations

import threading

from sessions_desktop.ui.shell.read_thread import ReadThread


class Job:
    def __init__(self, name: str, ran: list[str], gate: threading.Event | None = None,
                 done: threading.Event | None = None) -> None:
        self.name, self.ran, self.gate, self.done = name, ran, gate, done

    def run(self) -> None:
        if self.gate is not None:
            self.gate.wait(5)
        self.ran.append(self.name)
        if self.done is not None:
            self.done.set()


class Blocking(Job):
    """Keeps the thread busy until its gate opens; says when it has started."""

    def __init__(self, name: str, ran: list[str], gate: threading.Event, *,
                 started: threading.Event) -> None:
        super().__init__(name, ran, gate)
        self.started = started

    def run(self) -> None:
        self.started.set()
        super().run()


def test_held_prefetches_wait_while_the_users_reads_run():
    pool, ran = ReadThread(), []
    gate, started = threading.Event(), threading.Event()
    pool.start(Blocking("running", ran, gate, started=started), 0)   # keeps the thread busy
    assert started.wait(5)
    pool.hold(1)
    pool.start(Job("prefetch", ran), 0)
    user_done = threading.Event()
    pool.start(Job("user", ran, done=user_done), 1)
    gate.set()
    assert user_done.wait(5)
    assert ran == ["running", "user"], "the held prefetch did not start"
    later = threading.Event()
    pool.start(Job("after", ran, done=later), 0)
    pool.release()
    assert later.wait(5)
    assert ran == ["running", "user", "prefetch", "after"]
    pool.waitForDone()


def test_the_end_runs_what_is_queued_even_when_held():
    pool, ran = ReadThread(), []
    pool.hold(1)
    pool.start(Job("prefetch", ran), 0)
    pool.waitForDone()
    assert ran == ["prefetch"]


def test_close_ends_a_held_thread_without_running_its_queue():
    pool, ran = ReadThread(), []
    gate, started = threading.Event(), threading.Event()
    pool.start(Blocking("running", ran, gate, started=started), 0)
    assert started.wait(5)
    thread = pool._thread
    pool.hold(1)
    pool.start(Job("prefetch", ran), 0)
    pool.close()
    gate.set()
    thread.join(5)
    assert not thread.is_alive() and ran == ["running"]


def test_take_returns_only_jobs_not_yet_started_in_their_order():
    pool, ran = ReadThread(), []
    gate, started = threading.Event(), threading.Event()
    running = Blocking("running", ran, gate, started=started)
    pool.start(running, 0)
    assert started.wait(5)
    first, second, other = Job("first", ran), Job("second", ran), Job("other", ran)
    for job in (first, other, second):
        pool.start(job, 0)
    assert pool.take([second, running, first]) == [first, second]
    pool.start(second, 1)
    gate.set()
    pool.waitForDone()
    assert ran == ["running", "second", "other"], "a taken job runs only when started again"
