"""A date typed by a person: '2027-03-15', '15.3.2027', '3/15/2027', '15 March 2027',
'March 15'. Bounded and strict enough to say "not a date" rather than guess wildly."""

from __future__ import annotations

from datetime import date, datetime

from dateutil import parser

MAX_CHARS = 40
YEARS = range(1900, 2201)


def parse_date(text: str, *, day_first: bool = True, today: date | None = None) -> date | None:
    """The date in ``text`` (a missing year is ``today``'s), or None when it holds none.
    ``day_first``: how '3/4/2027' reads (the locale's order)."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_CHARS or not any(c.isdigit() for c in text):
        return None
    base = datetime.combine(today or date.today(), datetime.min.time())
    try:
        iso = date.fromisoformat(text)
    except ValueError:
        iso = None
    try:
        found = iso or parser.parse(text, dayfirst=day_first, default=base).date()
    except (ValueError, OverflowError):
        return None
    return found if found.year in YEARS else None
