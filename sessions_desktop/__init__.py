"""Sessions Desktop: a desktop calendar with the semantics of the Wix Bookings Sessions API."""

__version__ = "0.1.0"

import logging as _logging

# Notes go to the window's log file when it sets one up; the command line prints only its one
# error line, never a stray log message.
_logging.getLogger("sessions_desktop").addHandler(_logging.NullHandler())
