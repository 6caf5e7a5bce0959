"""The quick periods of the Reports window ("Last 8 weeks", "This month", ...), as inclusive
first and last days, computed from today and the first day of the week."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

CUSTOM = QT_TRANSLATE_NOOP("Periods", "Custom")


def week_start(day: date, first_weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def month_start(day: date) -> date:
    return day.replace(day=1)


def presets(today: date, first_weekday: int = 0) -> dict[str, tuple[date, date]]:
    this_week = week_start(today, first_weekday)
    this_month = month_start(today)
    return {
        translate("Periods", "Last 8 weeks"): (
            this_week - timedelta(weeks=8),
            this_week - timedelta(days=1),
        ),
        translate("Periods", "Last 4 weeks"): (
            this_week - timedelta(weeks=4),
            this_week - timedelta(days=1),
        ),
        translate("Periods", "Next 4 weeks"): (this_week, this_week + timedelta(weeks=4, days=-1)),
        translate("Periods", "This month"): (
            this_month,
            this_month + relativedelta(months=1, days=-1),
        ),
        translate("Periods", "Last month"): (
            this_month - relativedelta(months=1),
            this_month - timedelta(days=1),
        ),
        translate("Periods", "Last 12 months"): (
            this_month - relativedelta(months=12),
            this_month - timedelta(days=1),
        ),
        translate("Periods", "This year"): (
            today.replace(month=1, day=1),
            today.replace(month=12, day=31),
        ),
    }
