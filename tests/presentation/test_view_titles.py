"""Titles of periods and day headers."""

from __future__ import annotations

from datetime import date

import pytest

from sessions_desktop.presentation.navigation import ViewKind, period_of
from sessions_desktop.presentation.titles import (
    Names,
    day_header,
    period_title,
    range_title,
)

WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("kind", "first_weekday", "title"),
    [
        (ViewKind.DAY, 0, "Wednesday 25 November 2026"),
        (ViewKind.WEEK, 0, "23 – 29 November 2026"),
        (ViewKind.WEEK, 6, "22 – 28 November 2026"),
        (ViewKind.WORK_WEEK, 0, "23 – 27 November 2026"),
        (ViewKind.MONTH, 0, "November 2026"),
        (ViewKind.AGENDA, 0, "25 November – 24 December 2026"),
    ],
)
def test_period_titles(kind: ViewKind, first_weekday: int, title: str) -> None:
    assert period_title(period_of(kind, WEDNESDAY, first_weekday)) == title


def test_ranges_repeat_only_what_differs() -> None:
    assert range_title(date(2026, 11, 30), date(2026, 12, 6)) == "30 November – 6 December 2026"
    assert range_title(date(2026, 12, 28), date(2027, 1, 3)) == (
        "28 December 2026 – 3 January 2027")
    assert range_title(WEDNESDAY, WEDNESDAY) == "25 November 2026"


def test_names_can_come_from_another_locale() -> None:
    german = Names(
        months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                "September", "Oktober", "November", "Dezember"),
        weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                  "Sonntag"),
        short_weekdays=("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    )
    assert period_title(period_of(ViewKind.DAY, WEDNESDAY), german) == "Mittwoch 25 November 2026"
    assert period_title(period_of(ViewKind.MONTH, date(2026, 3, 1)), german) == "März 2026"
    assert day_header(WEDNESDAY, german) == "Mi 25"


def test_day_headers_and_bad_names() -> None:
    assert day_header(date(2026, 11, 29)) == "Sun 29"
    with pytest.raises(ValueError):
        Names(months=("Jan",), weekdays=("Mon",) * 7, short_weekdays=("M",) * 7)
