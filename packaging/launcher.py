"""The script PyInstaller freezes: the same entry point as the ``sessions-desktop`` command."""

import multiprocessing
import sys

from sessions_desktop.__main__ import main
from sessions_desktop.ical.worker import WORKER_FLAG

if __name__ == "__main__":
    # Large iCal imports and exports start worker processes (sessions_desktop.ical.worker):
    # in a frozen build the worker is this executable started with WORKER_FLAG, which must
    # run the worker, not the app.
    if sys.argv[1:2] == [WORKER_FLAG]:
        from sessions_desktop.ical.worker_main import main as serve_jobs

        sys.exit(serve_jobs())
    multiprocessing.freeze_support()
    sys.exit(main())
