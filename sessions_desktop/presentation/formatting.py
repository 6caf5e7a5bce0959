"""Texts drawn on session tiles and chips.

A tile's text comes in separate pieces (time, title, fill) so the painter can keep the fill
right-aligned and elide only the title when the tile is narrow; every piece is one line with no
control characters, so eliding can never cut a newline or a tab in half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, tzinfo

from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.i18n import translate

ELLIPSIS = "…"
TIME_DASH = "–"
_WHITESPACE = re.compile(r"[\s\x00-\x1f\x7f]+")


def one_line(text: str | None) -> str:
    """Whitespace runs and control characters become single spaces; None becomes ''."""
    return _WHITESPACE.sub(" ", text or "").strip()


def elide(text: str, max_chars: int) -> str:
    """At most ``max_chars`` characters, ending in '…' when cut (for logs, tooltips, titles).

    Painting uses QFontMetrics.elidedText, which measures pixels; this is the char-count twin.
    """
    if max_chars <= 0:
        return ""
    if len(text) <= max_chars:
        return text
    return text[: max_chars - 1].rstrip() + ELLIPSIS


def format_time(moment: datetime | time, clock24: bool = True) -> str:
    """'09:05' on a 24-hour clock, '9:05 AM' on a 12-hour one."""
    if clock24:
        return f"{moment.hour:02d}:{moment.minute:02d}"
    hour = moment.hour % 12 or 12
    return translate("Formatting", "{hour}:{minute:02d} {value}").format(
        hour=hour, minute=moment.minute, value="AM" if moment.hour < 12 else "PM"
    )


def time_range_text(start: datetime | time, end: datetime | time, clock24: bool = True) -> str:
    """'09:00–10:30'; a session past midnight reads '22:00–01:00' (the tile shows the day)."""
    return f"{format_time(start, clock24)}{TIME_DASH}{format_time(end, clock24)}"


def capacity_text(session: Session) -> str | None:
    """'7/12' participants of capacity, or None for a session without a capacity."""
    if session.capacity is None:
        return None
    return f"{session.total_number_of_participants}/{session.capacity}"


@dataclass(frozen=True, slots=True)
class TileText:
    time: str
    title: str
    fill: str | None
    people: str = ""          # who and where: "Tom · Treatment room"
    cancelled: bool = False   # drawn struck through

    def pieces(self) -> tuple[str, ...]:
        """Most important first: what to keep when a tile has room for less."""
        return tuple(p for p in (self.time, self.title, self.fill) if p)

    def line(self) -> str:
        """The tooltip: everything on one line, who and where and the state included."""
        text = " ".join(self.pieces())
        if self.people:
            text += translate("TileText", " ({people})").format(people=self.people)
        return (
            translate("TileText", "{text}, cancelled").format(text=text) if self.cancelled else text
        )


def tile_text(session: Session, tz: tzinfo | None = None, *, clock24: bool = True,
              untitled: str = "(no title)", all_day: str = "All day", people: str = "",
              title: str | None = None) -> TileText:
    """The text of a session's tile or chip, its times shown in ``tz`` (the view's zone).
    ``people`` says who and where; ``title`` replaces the session's (time off names whose)."""
    if session.all_day:
        when = all_day
    else:
        start, end = session.start, session.end
        if tz is not None:
            start, end = start.astimezone(tz), end.astimezone(tz)
        when = time_range_text(start, end, clock24)
    shown = one_line(session.title if title is None else title) or untitled
    return TileText(when, shown, capacity_text(session), one_line(people), session.is_cancelled)
