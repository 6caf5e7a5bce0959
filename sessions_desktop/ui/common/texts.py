"""Dates and times as the user's locale writes them (QLocale), and locale-named titles."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from sessions_desktop.presentation.titles import Names


def uses_24_hours(locale: QLocale | None = None) -> bool:
    fmt = (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)
    return "a" not in fmt.lower()


def time_text(moment: datetime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_text(day: date, locale: QLocale | None = None, long: bool = False) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), fmt)


def locale_names(locale: QLocale | None = None) -> Names:
    """Month and weekday names for ``presentation.titles`` from QLocale."""
    locale = locale or QLocale()
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    return Names(
        months=tuple(locale.standaloneMonthName(m, long) for m in range(1, 13)),
        weekdays=tuple(locale.dayName(d, long) for d in range(1, 8)),
        short_weekdays=tuple(locale.dayName(d, short) for d in range(1, 8)),
    )


def spoken_formats(locale: QLocale | None = None):
    """How screen-reader texts write days and times (``presentation.describe.Formats``):
    the locale's long date, with the weekday, and its short time."""
    from sessions_desktop.presentation.describe import Formats

    return Formats(day=lambda day: date_text(day, locale, long=True),
                   time=lambda moment: time_text(moment, locale))


def when_text(session, tz, locale: QLocale | None = None) -> str:
    """'Tue 24 Nov, 10:00 – 11:00' (or 'Tue 24 Nov, all day'): a session's time in a
    sentence of the status bar."""
    if session.all_day:
        return span_text(session.start, session.end, locale, all_day=True)
    return span_text(session.start.astimezone(tz), session.end.astimezone(tz), locale)


def span_text(start: datetime, end: datetime, locale: QLocale | None = None,
              all_day: bool = False) -> str:
    """'Tue 24 Nov, 10:00 – 11:00' of wall-clock times; 'Tue 24 Nov, all day'."""
    locale = locale or QLocale()
    day = locale.toString(QDate(start.year, start.month, start.day), "ddd d MMM")
    if all_day:
        return f"{day}, all day"
    return f"{day}, {time_text(start, locale)} – {time_text(end, locale)}"
