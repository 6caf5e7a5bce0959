"""RFC 5545 (.ics) to and from domain objects, through the icalendar package.

Pure conversion: no database, no Qt. The service layer builds an ``ExportBundle`` and writes
the bytes ``export_calendar`` returns; for import it calls ``parse_calendar`` and applies the
returned ``ImportPlan`` in one transaction.
"""

from sessions_desktop.ical.export import ExportBundle, SeriesExport, export_calendar
from sessions_desktop.ical.import_ import parse_calendar
from sessions_desktop.ical.plan import (
    ImportCancelled,
    ImportedEvent,
    ImportedOverride,
    ImportPlan,
    SkippedComponent,
)

__all__ = [
    "ExportBundle",
    "ImportCancelled",
    "ImportPlan",
    "ImportedEvent",
    "ImportedOverride",
    "SeriesExport",
    "SkippedComponent",
    "export_calendar",
    "parse_calendar",
]
