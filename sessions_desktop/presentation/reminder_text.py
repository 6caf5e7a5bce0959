"""The words of reminders: "15 minutes before", and what a notification says.

Every sentence is one whole template with placeholders (never pieced together), singular and
plural apart, so a translation can take each as it is. Times and dates come in already
formatted by the caller's locale.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sessions_desktop.presentation.formatting import one_line
from sessions_desktop.presentation.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.presentation.reminders import Alarm

# (minutes in the unit, singular "before", plural "before"), largest unit first
UNITS = (
    (
        7 * 24 * 60,
        QT_TRANSLATE_NOOP("ReminderText", "{n} week before"),
        QT_TRANSLATE_NOOP("ReminderText", "{n} weeks before"),
    ),
    (
        24 * 60,
        QT_TRANSLATE_NOOP("ReminderText", "{n} day before"),
        QT_TRANSLATE_NOOP("ReminderText", "{n} days before"),
    ),
    (
        60,
        QT_TRANSLATE_NOOP("ReminderText", "{n} hour before"),
        QT_TRANSLATE_NOOP("ReminderText", "{n} hours before"),
    ),
    (
        1,
        QT_TRANSLATE_NOOP("ReminderText", "{n} minute before"),
        QT_TRANSLATE_NOOP("ReminderText", "{n} minutes before"),
    ),
)
AT_START = QT_TRANSLATE_NOOP("ReminderText", "At the start")
UNIT_NAMES = ((1, QT_TRANSLATE_NOOP("ReminderText", "minutes")),
              (60, QT_TRANSLATE_NOOP("ReminderText", "hours")),
              (24 * 60, QT_TRANSLATE_NOOP("ReminderText", "days")),
              (7 * 24 * 60, QT_TRANSLATE_NOOP("ReminderText", "weeks")))
COMMON = (0, 5, 10, 15, 30, 60, 120, 24 * 60)   # offered first in the editors

STARTS_NOW = QT_TRANSLATE_NOOP("ReminderText", "Starts now, at {time}.")
STARTS_IN_MINUTES = (
    QT_TRANSLATE_NOOP("ReminderText", "Starts at {time}, in {n} minute."),
    QT_TRANSLATE_NOOP("ReminderText", "Starts at {time}, in {n} minutes."),
)
STARTS_IN_HOURS = (
    QT_TRANSLATE_NOOP("ReminderText", "Starts at {time}, in {n} hour."),
    QT_TRANSLATE_NOOP("ReminderText", "Starts at {time}, in {n} hours."),
)
STARTS_ON = QT_TRANSLATE_NOOP("ReminderText", "Starts on {date} at {time}.")
ALL_DAY_ON = QT_TRANSLATE_NOOP("ReminderText", "All day on {date}.")
UNTITLED = QT_TRANSLATE_NOOP("ReminderText", "Session")


def split_minutes(minutes: int) -> tuple[int, int]:
    """(amount, unit in minutes) in the largest unit that divides it: 90 -> (90, 1),
    120 -> (2, 60), 1440 -> (1, 1440). Zero is (0, 1)."""
    for size, *_ in UNITS:
        if minutes and minutes % size == 0:
            return minutes // size, size
    return minutes, 1


def minutes_label(minutes: int) -> str:
    """'At the start', '15 minutes before', '1 hour before', '2 days before'."""
    if minutes == 0:
        return translate("ReminderText", AT_START)
    amount, size = split_minutes(minutes)
    singular, plural = next((s, p) for unit, s, p in UNITS if unit == size)
    return translate("ReminderText", singular if amount == 1 else plural).format(n=amount)


def reminders_summary(minutes: tuple[int, ...] | list[int]) -> str:
    """'15 minutes before, 1 day before' ('' for none), in the order given."""
    return ", ".join(minutes_label(m) for m in minutes)


def notification_title(alarm: Alarm) -> str:
    return one_line(alarm.title) or translate("ReminderText", UNTITLED)


def notification_body(alarm: Alarm, now: datetime, time_text: str, date_text: str) -> str:
    """What the notification says under the title, by how far off the start is."""
    if alarm.all_day:
        return translate("ReminderText", ALL_DAY_ON).format(date=date_text)
    left = alarm.start - now
    if left <= timedelta(0):
        return translate("ReminderText", STARTS_NOW).format(time=time_text)
    minutes = -(-left // timedelta(minutes=1))       # rounded up: "in 15", not "in 14"
    if minutes < 60:
        singular, plural = STARTS_IN_MINUTES
        return translate("ReminderText", singular if minutes == 1 else plural).format(
            time=time_text, n=minutes
        )
    hours = minutes // 60
    if hours < 24:
        singular, plural = STARTS_IN_HOURS
        return translate("ReminderText", singular if hours == 1 else plural).format(
            time=time_text, n=hours
        )
    return translate("ReminderText", STARTS_ON).format(date=date_text, time=time_text)
