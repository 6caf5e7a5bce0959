"""Dates and times as the user's locale writes them (QLocale), and locale-named titles."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from sessions_desktop.presentation.titles import Names
from sessions_desktop.ui.common.i18n import translate


def uses_24_hours(locale: QLocale | None = None) -> bool:
    fmt = (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)
    return "a" not in fmt.lower()


def time_text(moment: datetime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_text(day: date, locale: QLocale | None = None, long: bool = False) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), fmt)


def date_pattern() -> str:
    """A QLocale pattern for a date with its weekday, in the window's language's order:
    'Wed 2 Dec 2026', 'Mi., 2. Dez. 2026'."""
    return translate("Texts", "ddd d MMM yyyy")


def date_time_pattern(locale: QLocale | None = None) -> str:
    """``date_pattern`` and the locale's own short time: 'Wed 2 Dec 2026  9:00 AM'."""
    return f"{date_pattern()}  {(locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)}"


def day_text(day: date, locale: QLocale | None = None) -> str:
    """'Wed 2 Dec 2026' ('Mi., 2. Dez. 2026'): ``date_pattern`` in the locale's words."""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), date_pattern())


def moment_text(moment: datetime, locale: QLocale | None = None) -> str:
    """'Wed 2 Dec 2026 9:00 AM', 'Mi., 2. Dez. 2026 09:00': a day and a time in a list."""
    return translate("Texts", "{day} {time}").format(day=day_text(moment.date(), locale),
                                                     time=time_text(moment, locale))


def moment_span_text(start: datetime, end: datetime, locale: QLocale | None = None) -> str:
    """'Wed 2 Dec 2026 9:00 AM – 10:00 AM', or both days when the span crosses midnight."""
    if start.date() == end.date():
        return translate("Texts", "{start} – {end}").format(
            start=moment_text(start, locale), end=time_text(end, locale))
    return translate("Texts", "{start} – {end}").format(
        start=moment_text(start, locale), end=moment_text(end, locale))


def locale_names(locale: QLocale | None = None) -> Names:
    """Month and weekday names for ``presentation.titles`` from QLocale."""
    locale = locale or QLocale()
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    return Names(
        months=tuple(locale.standaloneMonthName(m, long) for m in range(1, 13)),
        weekdays=tuple(locale.dayName(d, long) for d in range(1, 8)),
        short_weekdays=tuple(locale.dayName(d, short) for d in range(1, 8)),
        month_first=month_first(locale),
    )


def month_first(locale: QLocale | None = None) -> bool:
    """Does the locale's long date put the month before the day, and the year last
    ("MMMM d, yyyy", en_US)?
    The weekday ("dddd") is left out of the comparison."""
    pattern = re.sub(r"d{3,4}", "", (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat))
    month, day, year = pattern.find("M"), pattern.find("d"), pattern.find("y")
    return 0 <= month < day < year        # year first (ja, zh, ...) keeps the default order


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
    # a QLocale date pattern, translated with the words: "ddd, d. MMM" in German
    pattern = translate("Texts", "ddd d MMM")
    day = locale.toString(QDate(start.year, start.month, start.day), pattern)
    if all_day:
        return translate("Texts", "{day}, all day").format(day=day)
    return translate("Texts", "{day}, {time_text} – {time_text2}").format(
        day=day, time_text=time_text(start, locale), time_text2=time_text(end, locale)
    )
