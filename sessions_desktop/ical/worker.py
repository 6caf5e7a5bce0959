"""Worker processes for large imports and exports, that die with their caller.

A worker is ``python -m sessions_desktop.ical.worker_main`` (in a frozen build: the executable
with ``--ical-worker``) started with pipes for its standard input and output and its standard
error sent to the null device, so it never holds the caller's terminal, pipe or log. Jobs
arrive on its input and results leave on its output, each a length-prefixed pickled message
(not compressed: a pipe carries it faster than zlib shrinks it). When the caller ends in any
way (it returns, raises, is interrupted or killed with SIGKILL) the worker reads the end of
its input and exits; a result it was writing meets a closed pipe and it exits too. Nothing
polls and no signal handler is needed.

Only the functions ``worker_main.functions`` names run in a worker (a job names one), so a
message can never make the worker run anything else: reading VEVENTs, writing them, and (pure,
from the domain) the materialised rows of series, which a large import computes at its end.
This module is the pipe only and imports none of them: ``batch``, ``export`` and the services
use it, and ``worker_main`` (the worker's entry) sits above them all.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import IO, Any

_HEADER = struct.Struct("<QQ")      # job id, payload length
WAKE_SECONDS = 0.25
WORKER_FLAG = "--ical-worker"


def pack(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def unpack(data: bytes) -> Any:
    return pickle.loads(data)


def _read_exact(stream: IO[bytes], size: int) -> bytes | None:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def serve(functions: dict[str, Callable[..., object]], stdin: IO[bytes] | None = None,
          stdout: IO[bytes] | None = None) -> int:
    """The worker's loop: a job in, its result (or the error it raised) out, until the end
    of input. A job names one of ``functions``."""
    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    while True:
        header = _read_exact(stdin, _HEADER.size)
        if header is None:
            return 0
        job_id, size = _HEADER.unpack(header)
        payload = _read_exact(stdin, size)
        if payload is None:
            return 0
        try:
            name, args = unpack(payload)
            result = ("ok", functions[name](*args))
        except Exception as error:  # sent back: the caller does that job itself
            result = ("error", f"{type(error).__name__}: {error}")
        data = pack(result)
        try:
            stdout.write(_HEADER.pack(job_id, len(data)) + data)
            stdout.flush()
        except (BrokenPipeError, OSError):      # the caller has gone
            return 0


def command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "sessions_desktop.ical.worker_main"]


class WorkerFailed(Exception):
    """The worker died or its job raised: the caller does that job itself."""


class PipeWorker:
    """One worker process; ``submit`` sends a job, ``result`` waits for it.

    Jobs are written by a thread of their own: a job larger than the pipe's buffer would
    otherwise hold the caller until the worker has finished the job before it."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        self.process = subprocess.Popen(
            command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, close_fds=True, env=env)
        self._results: dict[int, tuple[str, object] | None] = {}
        self._ready = threading.Condition()
        self._dead = False
        self._closing = False
        self.outstanding = 0
        self._outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._reader = threading.Thread(target=self._read, daemon=True,
                                        name="ical-worker-results")
        self._writer = threading.Thread(target=self._write, daemon=True,
                                        name="ical-worker-jobs")
        self._reader.start()
        self._writer.start()

    def submit(self, job_id: int, name: str, args: tuple[Any, ...]) -> None:
        if self._dead or self._closing:
            raise WorkerFailed("the worker has stopped")
        data = pack((name, args))
        self._outbox.put(_HEADER.pack(job_id, len(data)) + data)
        self.outstanding += 1

    def _write(self) -> None:
        stream = self.process.stdin
        assert stream is not None       # started with stdin=PIPE
        while True:
            data = self._outbox.get()
            if data is None or self._closing:
                return
            try:
                stream.write(data)
                stream.flush()
            except (BrokenPipeError, OSError, ValueError):   # the worker has gone
                with self._ready:
                    self._dead = True
                    self._ready.notify_all()
                return

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None       # started with stdout=PIPE
        while True:
            try:
                header = _read_exact(stream, _HEADER.size)
                payload = None if header is None else _read_exact(stream,
                                                                  _HEADER.unpack(header)[1])
            except (OSError, ValueError, OverflowError, MemoryError):
                # A garbled length (seen once with a profiler attached to the worker): the
                # worker counts as gone and the caller does its jobs, instead of waiting on
                # a result that will never come.
                header = payload = None
            with self._ready:
                if header is None or payload is None:
                    self._dead = True
                    self._ready.notify_all()
                    return
                job_id = _HEADER.unpack(header)[0]
                try:
                    self._results[job_id] = unpack(payload)
                except Exception:  # a garbled result: that job is done again by the caller
                    self._results[job_id] = None
                self._ready.notify_all()

    def done(self, job_id: int) -> bool:
        with self._ready:
            return job_id in self._results

    def result(self, job_id: int) -> Any:
        with self._ready:
            while job_id not in self._results and not self._dead:
                # a bounded wait: Ctrl+C delivered to the reader thread would not wake an
                # endless one (the main thread sees the signal only when it runs again)
                self._ready.wait(WAKE_SECONDS)
            found = self._results.pop(job_id, None)
        self.outstanding -= 1
        if found is None or found[0] != "ok":
            raise WorkerFailed(str(found[1]) if found else "the worker has stopped")
        return found[1]

    def close(self) -> None:
        """End the worker, and with it a job it is on and the jobs not yet written. It is
        killed first: its input may be full, with the writer thread waiting on it."""
        self._closing = True
        self._outbox.put(None)
        if self.process.poll() is None:
            self.process.kill()
        try:
            if self.process.stdin:
                self.process.stdin.close()
        except (OSError, ValueError):   # the writer thread met the closed pipe first
            pass
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        if self.process.stdout:
            self.process.stdout.close()

