"""A worker process dies with its caller, however the caller ends, and never holds the
caller's output open."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The caller waits in short sleeps: a signal the kernel hands to one of its other threads
# (the worker's pipe readers) would not wake an endless wait in the main thread, which is
# where Python raises KeyboardInterrupt.
CALLER = """
import sys, time
from sessions_desktop.ical import batch
batch.worker_count = lambda: 1
with batch.Workers(10**9) as workers:
    print(workers.pool[0].process.pid, flush=True)
    while True:
        time.sleep(0.05)
"""


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as status:
            return any(line.startswith("State:") and "Z" in line for line in status)
    except FileNotFoundError:
        return True


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to see processes")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_the_worker_ends_with_its_caller_and_leaves_its_output_alone(how):
    # SIGINT as a terminal delivers it: a run started in the background by a shell (as a
    # CI script may be) inherits SIGINT ignored, and Python then installs no handler for it
    caller = subprocess.Popen([sys.executable, "-c", CALLER], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)},
                              preexec_fn=_interruptible)
    worker = int(caller.stdout.readline())
    assert not _gone(worker)
    caller.send_signal(how)
    caller.wait(timeout=10)
    # The caller's output reaches its end at once: no worker holds the pipe.
    ready, _, _ = select.select([caller.stdout], [], [], 5)
    assert ready and caller.stdout.read() == b""
    assert _wait_for(lambda: _gone(worker), 5), "the worker outlived its caller"


def test_a_garbled_result_counts_as_a_dead_worker(monkeypatch):
    """A result whose length cannot be read makes the worker count as gone (the caller does
    that job itself) instead of leaving the caller waiting for ever."""
    import struct

    from sessions_desktop.ical import worker as pipe

    garbler = ("import struct, sys; sys.stdin.buffer.read(16); "
               f"sys.stdout.buffer.write(struct.pack('<QQ', 0, {2**63 + 5})); "
               "sys.stdout.buffer.flush(); sys.stdin.buffer.read()")
    monkeypatch.setattr(pipe, "command", lambda: [sys.executable, "-c", garbler])
    assert struct.calcsize("<QQ") == 16
    one = pipe.PipeWorker()
    try:
        one.submit(0, "read_batch", ("Europe/Berlin", None, []))
        with pytest.raises(pipe.WorkerFailed):
            one.result(0)
    finally:
        one.close()
    assert one.process.returncode is not None
