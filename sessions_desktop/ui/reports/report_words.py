"""The reports' own words in the window's language.

The report service names its tables, columns and chart series in English (the contract's and
the CSV's words); the window and the paper show them through ``shown``. Every label the
services use is listed here for the catalogue; a label made from data (a class's name, "By
service and week") that is not listed stays as the service wrote it.
"""

from __future__ import annotations

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
)


def shown(label: str) -> str:
    """``label`` as the window shows it: translated when it is one of the reports' words."""
    return translate(CONTEXT, label)
