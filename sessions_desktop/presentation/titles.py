"""Title texts of periods and day headers, with names the Qt layer can take from QLocale.

The default is locale-neutral English in day-month-year order ("23 – 29 November 2026"). The ui
passes a ``Names`` built from ``QLocale.monthName``/``dayName`` to translate the words; when it
wants another order it formats the dates itself and needs nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sessions_desktop.presentation.i18n import translate
from sessions_desktop.presentation.navigation import Period, ViewKind

RANGE_DASH = " – "


@dataclass(frozen=True, slots=True)
class Names:
    """Month names (January first) and weekday names (Monday first), long and short."""

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    short_weekdays: tuple[str, ...]
    month_first: bool = False     # the locale writes "November 25, 2026" (en_US)

    def __post_init__(self) -> None:
        if len(self.months) != 12 or len(self.weekdays) != 7 or len(self.short_weekdays) != 7:
            raise ValueError("Names needs 12 months and 7 (short) weekdays")

    def month(self, day: date) -> str:
        return self.months[day.month - 1]

    def weekday(self, day: date, short: bool = False) -> str:
        return (self.short_weekdays if short else self.weekdays)[day.weekday()]


ENGLISH = Names(
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    short_weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
)


def day_title(day: date, names: Names = ENGLISH) -> str:
    """'Wednesday 25 November 2026': the title of the day view."""
    if names.month_first:
        return translate("Titles", "{weekday}, {month} {day}, {year}").format(
            weekday=names.weekday(day), day=day.day, month=names.month(day), year=day.year)
    return translate("Titles", "{weekday} {day} {month} {year}").format(
        weekday=names.weekday(day), day=day.day, month=names.month(day), year=day.year
    )


def month_title(day: date, names: Names = ENGLISH) -> str:
    """'November 2026': the month view names the anchor's month, not its six-week grid."""
    return translate("Titles", "{month} {year}").format(month=names.month(day), year=day.year)


def range_title(first: date, last: date, names: Names = ENGLISH) -> str:
    """An inclusive date range, repeating only what differs.

    '23 – 29 November 2026', '30 November – 6 December 2026',
    '28 December 2026 – 3 January 2027'; a single day is '25 November 2026'.
    """
    if names.month_first:
        return _month_first_range(first, last, names)
    if first == last:
        return translate("Titles", "{day} {month} {year}").format(
            day=first.day, month=names.month(first), year=first.year
        )
    end = translate("Titles", "{day} {month} {year}").format(
        day=last.day, month=names.month(last), year=last.year
    )
    if first.year != last.year:
        return translate("Titles", "{day} {month} {year}{RANGE_DASH}{end}").format(
            day=first.day, month=names.month(first), year=first.year, RANGE_DASH=RANGE_DASH, end=end
        )
    if first.month != last.month:
        return translate("Titles", "{day} {month}{RANGE_DASH}{end}").format(
            day=first.day, month=names.month(first), RANGE_DASH=RANGE_DASH, end=end
        )
    return translate("Titles", "{day}{RANGE_DASH}{end}").format(
        day=first.day, RANGE_DASH=RANGE_DASH, end=end)


def _month_first_range(first: date, last: date, names: Names) -> str:
    """'November 23 – 29, 2026', 'November 30 – December 6, 2026',
    'December 28, 2026 – January 3, 2027' (the order of a month-first locale)."""
    one, two = names.month(first), names.month(last)
    if first == last:
        return translate("Titles", "{month} {day}, {year}").format(
            month=one, day=first.day, year=first.year)
    if first.year != last.year:
        return translate("Titles", "{month} {day}, {year} – {month2} {day2}, {year2}").format(
            month=one, day=first.day, year=first.year, month2=two, day2=last.day,
            year2=last.year)
    if first.month != last.month:
        return translate("Titles", "{month} {day} – {month2} {day2}, {year}").format(
            month=one, day=first.day, month2=two, day2=last.day, year=first.year)
    return translate("Titles", "{month} {day} – {day2}, {year}").format(
        month=one, day=first.day, day2=last.day, year=first.year)


def period_title(period: Period, names: Names = ENGLISH) -> str:
    """The window title / toolbar label of a view's period."""
    if period.kind.is_day:
        return day_title(period.start, names)
    if period.kind is ViewKind.MONTH:
        return month_title(period.anchor, names)
    return range_title(period.start, period.last, names)


def day_header(day: date, names: Names = ENGLISH) -> str:
    """'Wed 25': the column header of the week grid."""
    return translate("Titles", "{weekday} {day}").format(
        weekday=names.weekday(day, short=True), day=day.day
    )
