"""Default names of exports: the business, what it is, the date."""

from __future__ import annotations

from datetime import date

from sessions_desktop.presentation.file_names import export_name, slug


def test_names_carry_the_business_and_the_date() -> None:
    day = date(2026, 11, 25)
    assert export_name("Linden Movement Studio", "sessions", ".ics", day) == \
        "linden-movement-studio-sessions-2026-11-25.ics"
    assert export_name("Linden Movement Studio", "roster-2026-12-01-tom", ".pdf", day) == \
        "linden-movement-studio-roster-2026-12-01-tom.pdf"
    assert export_name("Studio", "week", ".pdf", date(2026, 11, 23)) == \
        "studio-week-2026-11-23.pdf"
    assert export_name("Studio", "utilisation-2026-10-05-2026-11-29", ".csv") == \
        "studio-utilisation-2026-10-05-2026-11-29.csv"
    assert export_name("", "sessions", ".ics", day) == "sessions-2026-11-25.ics"
    assert export_name("", "", ".ics") == "calendar.ics"


def test_the_date_is_not_repeated_nor_the_business() -> None:
    assert export_name("Studio", "studio-class-list-2026-11-25-yoga", ".pdf",
                       date(2026, 11, 25)) == "studio-class-list-2026-11-25-yoga.pdf"


def test_slugs_are_safe_file_names() -> None:
    assert slug("Café Zürich / Yoga: <Nord>") == "café-zürich-yoga-nord"
    assert slug("..\\..") == ""
    assert len(export_name("x" * 500, "sessions", ".ics")) <= 124
