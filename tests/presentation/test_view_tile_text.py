"""Texts of session tiles and chips."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.formatting import (
    TileText,
    capacity_text,
    elide,
    format_time,
    one_line,
    tile_text,
    time_range_text,
)

START = datetime(2026, 11, 25, 9, tzinfo=UTC)


def session(**changes: object) -> Session:
    base = Session("s1", "sch", START, START + timedelta(minutes=90), "UTC", title="Yoga")
    return base.with_changes(**changes)


def test_a_tile_shows_time_title_and_fill() -> None:
    text = tile_text(session(capacity=12, total_number_of_participants=7))
    assert text == TileText("09:00–10:30", "Yoga", "7/12")
    assert text.pieces() == ("09:00–10:30", "Yoga", "7/12")
    assert text.line() == "09:00–10:30 Yoga 7/12"


def test_times_are_shown_in_the_view_zone() -> None:
    text = tile_text(session(), ZoneInfo("Europe/Berlin"))
    assert text.time == "10:00–11:30"


def test_no_capacity_means_no_fill() -> None:
    assert capacity_text(session()) is None
    assert tile_text(session()).line() == "09:00–10:30 Yoga"
    assert capacity_text(session(capacity=0)) == "0/0"


def test_titles_are_one_line_and_never_empty() -> None:
    assert tile_text(session(title="  Yoga\n\tfor\x00 all ")).title == "Yoga for all"
    assert tile_text(session(title=None)).title == "(no title)"
    assert tile_text(session(title=" \n "), untitled="Untitled").title == "Untitled"


def test_all_day_sessions_say_so() -> None:
    assert tile_text(session(all_day=True)).time == "All day"


def test_twelve_hour_clock() -> None:
    assert format_time(time(0, 5), clock24=False) == "12:05 AM"
    assert format_time(time(12, 0), clock24=False) == "12:00 PM"
    assert format_time(time(21, 30), clock24=False) == "9:30 PM"
    assert time_range_text(time(22), time(1), clock24=True) == "22:00–01:00"
    assert tile_text(session(), clock24=False).time == "9:00 AM–10:30 AM"


def test_elide_cuts_with_an_ellipsis_within_the_limit() -> None:
    assert elide("Morning yoga", 20) == "Morning yoga"
    cut = elide("Morning yoga", 8)
    assert cut == "Morning…" and len(cut) <= 8
    assert elide("Morning yoga", 1) == "…"
    assert elide("Morning yoga", 0) == ""


def test_one_line_handles_none() -> None:
    assert one_line(None) == ""
    assert one_line("a\r\nb") == "a b"
