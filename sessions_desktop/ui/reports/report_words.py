"""The reports' own words in the window's language.

The report service names its tables, columns and chart series in English (the contract's and
the CSV's words); the window and the paper show them through ``shown``. Every label the
services use is listed here for the catalogue; a label made from data (a class's name, "By
service and week") that is not listed stays as the service wrote it.
"""

from __future__ import annotations

import re

from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "ReportWords"
WORDS = (
    QT_TRANSLATE_NOOP("ReportWords", "Utilisation"), QT_TRANSLATE_NOOP("ReportWords", "Staff time"),
    QT_TRANSLATE_NOOP("ReportWords", "Rooms"), QT_TRANSLATE_NOOP("ReportWords", "Revenue"),
    QT_TRANSLATE_NOOP("ReportWords", "Staff"), QT_TRANSLATE_NOOP("ReportWords", "Classes"),
    QT_TRANSLATE_NOOP("ReportWords", "By week"), QT_TRANSLATE_NOOP("ReportWords", "By month"),
    QT_TRANSLATE_NOOP("ReportWords", "By service"), QT_TRANSLATE_NOOP("ReportWords", "Totals"),
    QT_TRANSLATE_NOOP("ReportWords", "By service and week"),
    QT_TRANSLATE_NOOP("ReportWords", "By service and month"),
    QT_TRANSLATE_NOOP("ReportWords", "Staff member"), QT_TRANSLATE_NOOP("ReportWords", "Room"),
    QT_TRANSLATE_NOOP("ReportWords", "Working hours"),
    QT_TRANSLATE_NOOP("ReportWords", "Open hours"),
    QT_TRANSLATE_NOOP("ReportWords", "Hours per staff member"),
    QT_TRANSLATE_NOOP("ReportWords", "Hours per room"),
    QT_TRANSLATE_NOOP("ReportWords", "Time off"), QT_TRANSLATE_NOOP("ReportWords", "Available"),
    QT_TRANSLATE_NOOP("ReportWords", "Booked"),
    QT_TRANSLATE_NOOP("ReportWords", "Booked outside hours"),
    QT_TRANSLATE_NOOP("ReportWords", "Double-booked"),
    QT_TRANSLATE_NOOP("ReportWords", "Sessions"), QT_TRANSLATE_NOOP("ReportWords", "Use"),
    QT_TRANSLATE_NOOP("ReportWords", "Flag"), QT_TRANSLATE_NOOP("ReportWords", "Week of"),
    QT_TRANSLATE_NOOP("ReportWords", "Month"), QT_TRANSLATE_NOOP("ReportWords", "Participants"),
    QT_TRANSLATE_NOOP("ReportWords", "Currency"), QT_TRANSLATE_NOOP("ReportWords", "Service"),
    QT_TRANSLATE_NOOP("ReportWords", "Cancelled"),
    QT_TRANSLATE_NOOP("ReportWords", "Places booked"),
    QT_TRANSLATE_NOOP("ReportWords", "Places"), QT_TRANSLATE_NOOP("ReportWords", "Fill"),
    QT_TRANSLATE_NOOP("ReportWords", "Overbooked"), QT_TRANSLATE_NOOP("ReportWords", "Class"),
    QT_TRANSLATE_NOOP("ReportWords", "Below threshold"),
    QT_TRANSLATE_NOOP("ReportWords", "Start"),
    QT_TRANSLATE_NOOP("ReportWords", "Fill by week"),
    QT_TRANSLATE_NOOP("ReportWords", "Fill by month"),
    QT_TRANSLATE_NOOP("ReportWords", "Revenue by week"),
    QT_TRANSLATE_NOOP("ReportWords", "Revenue by month"),
    QT_TRANSLATE_NOOP("ReportWords", "All"), QT_TRANSLATE_NOOP("ReportWords", "All classes"),
    QT_TRANSLATE_NOOP("ReportWords", "All services"),
    QT_TRANSLATE_NOOP("ReportWords", "overbooked"),
    QT_TRANSLATE_NOOP("ReportWords", "double-booked"),
    QT_TRANSLATE_NOOP("ReportWords", "outside hours"),
)
# words with a number in them: (pattern, the translatable text with {n})
NUMBERED = (
    (re.compile(r"^Sessions below (\d+ ?%)$"),
     QT_TRANSLATE_NOOP("ReportWords", "Sessions below {n}")),
    (re.compile(r"^below (\d+ ?%)$"), QT_TRANSLATE_NOOP("ReportWords", "below {n}")),
    (re.compile(r"^(.+) \(([A-Z]{3})\)$"), None),      # "Revenue by week (EUR)"
)


def shown(label: str) -> str:
    """``label`` as the window shows it: translated when it is one of the reports' words (a
    flag cell's "overbooked; below 50%" part by part)."""
    if "; " in label:
        return "; ".join(shown(part) for part in label.split("; "))
    for pattern, text in NUMBERED:
        found = pattern.match(label)
        if found and text is not None:
            return translate(CONTEXT, text).format(n=found.group(1))
        if found:
            return f"{shown(found.group(1))} ({found.group(2)})"
    return translate(CONTEXT, label)
