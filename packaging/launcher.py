"""The script PyInstaller freezes: the same entry point as the ``sessions-desktop`` command."""

import sys

from sessions_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
