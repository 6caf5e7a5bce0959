"""A loaded window brought up to date by reading only the span a write touched.

After a drag (or any write of this window's own) the change record says the earliest and
latest instant any written row had, before or after the write. Every session of the window
that overlaps that span may have changed; no other one did (the loader's cache already relies
on that). So the window's list is the old list without the sessions overlapping the span,
plus a read of the span, in the read's order: (start instant, id). At five times the
benchmark business a week holds 3,000 sessions and reading it again cost more than the rest of
a drag's repaint; the span of a moved session holds a few dozen.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import datetime

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.model import Session

Window = tuple[datetime, datetime]


def patch_span(change: ChangeRecord, window: Window) -> Window | None:
    """The part of ``window`` a write touched, or None when the window must be read whole:
    an unbounded change (a series without an end), a schedule's change (colours, names and
    working hours of many sessions), a change that does not reach the window, or one that
    carries no rows (another desk's, known only by its record)."""
    if change.start is None or change.end is None or change.touches_schedules:
        return None
    if not (change.before or change.after):
        return None
    start, end = max(change.start, window[0]), min(change.end, window[1])
    return (start, end) if start < end else None


def joined_spans(first: Window | None, second: Window | None) -> Window | None:
    """One span covering both (writes coalesced into one read); None stays None."""
    if first is None or second is None:
        return None
    return min(first[0], second[0]), max(first[1], second[1])


def _order(session: Session) -> tuple[float, str]:
    # instants, not datetimes: two wall clocks of one zone compare by wall time (a DST fold)
    return session.start.timestamp(), session.id


def spliced(sessions: list[Session], span: Window, fresh: list[Session]) -> list[Session]:
    """``sessions`` (a window's list in (start, id) order) with those overlapping ``span``
    replaced by ``fresh`` (a read of the span, in the same order).

    Only sessions starting before the span's end can overlap it (found by bisection), and
    the few fresh ones are inserted by bisection too: at five times the benchmark business
    a merge of the whole week, ordered by a key made for every session, cost more than the
    read of the span."""
    low, high = span[0].timestamp(), span[1].timestamp()
    ids = {s.id for s in fresh}
    cut = bisect_left(sessions, high, key=_start)
    out = [s for s in sessions[:cut] if s.id not in ids and s.end.timestamp() <= low]
    out += [s for s in sessions[cut:] if s.id not in ids] if ids else sessions[cut:]
    for session in fresh:
        out.insert(bisect_left(out, _order(session), key=_order), session)
    return out


def _start(session: Session) -> float:
    return session.start.timestamp()
