"""The worker process's entry (``python -m sessions_desktop.ical.worker_main``, or a frozen
build started with ``worker.WORKER_FLAG``): the functions a job may name, served over the
pipe ``worker`` defines. Apart from ``worker`` so the pipe, which the import, the export and
the services use, never imports what it runs: this module is the only one above them all.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from sessions_desktop.domain.occurrence_rows import series_rows
from sessions_desktop.ical.batch import read_batch
from sessions_desktop.ical.export import events_bytes
from sessions_desktop.ical.worker import serve


def functions() -> dict[str, Callable[..., object]]:
    """Everything a worker runs: reading VEVENTs, writing them, the rows of series."""
    return {"read_batch": read_batch, "events_bytes": events_bytes,
            "series_rows": series_rows}


def main() -> int:
    # What is alive now (the modules a job runs) lives as long as the worker: frozen, the
    # collector's full collections stop walking it (15 of them in an import of the ten-year
    # business cost the worker 175 ms; frozen, 9 ms).
    gc.freeze()
    return serve(functions())


if __name__ == "__main__":
    sys.exit(main())
