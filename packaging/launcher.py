"""The script PyInstaller freezes: the same entry point as the ``sessions-desktop`` command."""

import multiprocessing
import sys

from sessions_desktop.__main__ import main

if __name__ == "__main__":
    # Large iCal imports and exports start "spawn" worker processes (sessions_desktop.ical.batch):
    # in a frozen build the worker is this executable, which must run the worker, not the app.
    multiprocessing.freeze_support()
    sys.exit(main())
