"""Report values as the user's locale writes them (the screen and paper; CSV stays plain)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import date_text, time_text

NBSP = "\u00a0"     # "43 %" never breaks between the number and its unit


def value_text(kind: str, value, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if value is None:
        return "–"
    if kind == "hours":
        return locale.toString(float(value), "f", 1)
    if kind == "percent":
        return f"{locale.toString(float(value) * 100, 'f', 0)}{NBSP}%"
    if kind == "money":
        return locale.toString(float(value), "f", 2)
    if kind == "count":
        return locale.toString(int(value))
    if kind == "month" and isinstance(value, date):
        return month_text(value, locale)
    if kind == "datetime" and isinstance(value, datetime):
        return translate("ReportFormat", "{date_text} {time_text}").format(
            date_text=date_text(value.date(), locale), time_text=time_text(value, locale)
        )
    if isinstance(value, date):
        return date_text(value, locale)
    return str(value)


def month_text(day: date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, 1), "MMM yyyy")


def category_text(kind: str, value, locale: QLocale | None = None) -> str:
    """Short labels under a chart's bars: "30 Nov", "Nov 2026", or the name."""
    locale = locale or QLocale()
    if kind == "month" and isinstance(value, date):
        return month_text(value, locale)
    if isinstance(value, date):
        # a QLocale pattern in the window's language's order: "d. MMM" in German
        return locale.toString(QDate(value.year, value.month, value.day),
                               translate("ReportFormat", "d MMM"))
    return str(value)


def axis_text(unit: str, value: float, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    value = float(value)          # QLocale.toString(int) has no format argument
    if unit == "%":
        return f"{locale.toString(value * 100, 'f', 0)}{NBSP}%"
    if unit == "h":
        return f"{locale.toString(value, 'f', 0)}{NBSP}h"
    return locale.toString(value, "f", 0)


def printed_text(moment: datetime, locale: QLocale | None = None) -> str:
    """The footer's "Printed 30/11/2026 14:05" in the locale's short date and time."""
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute))
    return translate("ReportFormat", "Printed {toString}").format(
        toString=(locale or QLocale()).toString(stamp, QLocale.FormatType.ShortFormat)
    )
