"""RFC 5545 (.ics) to and from domain objects, through the icalendar package.

Pure conversion: no database, no Qt. The service layer builds an ``ExportBundle`` and writes
the bytes ``export_calendar`` returns; for import it calls ``parse_calendar`` and applies the
returned ``ImportPlan`` in one transaction.

Decisions (details in the modules):

- Export (``export``): UID = session id; changed instances are RECURRENCE-ID VEVENTs with the
  master's UID; cancelled instances are EXDATEs on the master (so recurring-ical-events and every
  client show what our default query shows); DTSTART of a series is its first real instance;
  UNTIL in UTC (timed) or as a date (all-day); one VTIMEZONE per zone used, generated from
  zoneinfo by icalendar; PI (LOCATION, ATTENDEE) only with ``include_pi``; X-SESSIONS-* for
  fields without an iCalendar twin (``xprops``).
- Import (``import_``): a TZID may be IANA, Windows, vendor-prefixed or a custom VTIMEZONE
  matched by offsets (``zones``); floating times mean X-WR-TIMEZONE if the calendar has one,
  else the business zone; UTC times keep their instant and show in X-WR-TIMEZONE (Google's
  meaning) or the business zone, except recurring UTC events without X-WR-TIMEZONE, which stay
  in UTC so the rule repeats as RFC 5545 says (``moments``). DTSTART that the rule does not
  generate stays an instance (``series``). Overrides whose master is missing become singles
  (``assemble``). Broken parts fail an all-or-nothing import; unsupported kinds never do.
  Lenient reading (``lenient_rules``, ``following``, ``alarms``) and the streaming of large
  files (``stream_calendar``, ``fast_lane``, ``worker``) are described in docs/decisions.md,
  iCalendar.

The names below are imported when first asked for (PEP 562): a command that only reads
sessions (``query``) imports ``ical.plan`` through the services and would otherwise load
icalendar and every reader and writer here (about 30 ms of a 150 ms process).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sessions_desktop.ical.batch import Workers
    from sessions_desktop.ical.export import ExportBundle, SeriesExport, export_calendar
    from sessions_desktop.ical.import_ import parse_calendar, stream_calendar
    from sessions_desktop.ical.plan import (
        ExportCancelled,
        ImportCancelled,
        ImportedEvent,
        ImportedOverride,
        ImportPlan,
        SkippedComponent,
    )

_WHERE = {
    "Workers": "batch",
    "ExportBundle": "export",
    "SeriesExport": "export",
    "export_calendar": "export",
    "parse_calendar": "import_",
    "stream_calendar": "import_",
    "ExportCancelled": "plan",
    "ImportCancelled": "plan",
    "ImportedEvent": "plan",
    "ImportedOverride": "plan",
    "ImportPlan": "plan",
    "SkippedComponent": "plan",
}

__all__ = [
    "ExportBundle",
    "ExportCancelled",
    "ImportCancelled",
    "ImportPlan",
    "ImportedEvent",
    "ImportedOverride",
    "SeriesExport",
    "SkippedComponent",
    "Workers",
    "export_calendar",
    "parse_calendar",
    "stream_calendar",
]


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
