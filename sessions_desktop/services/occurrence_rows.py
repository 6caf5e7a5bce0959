"""The materialised rows of one series up to its horizon: (instance id, start, end, slot).

Materialising is most of what a large import does after reading the file (a thousand series,
185,000 rows), and per row the general way (``recurrence.occurrences``) places the slot in its
zone twice over (``localize``: a replace and two zone conversions, for start and end) and
formats its id with ``strftime``. For a series whose first slot is a real wall-clock time (not
in a DST gap) and whose horizon is in another zone object, the same rows follow from one
``replace`` per time and the slot's ISO text; every other series takes the general way.
``tests/services/test_occurrence_rows.py`` holds the two to the same rows.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sessions_desktop.domain.recurrence import SeriesTiming, local_slots, occurrences
from sessions_desktop.domain.time import EPOCH, compact, to_epoch

Row = tuple[str, int, int, str]
_SECOND = timedelta(seconds=1)
_PAD = timedelta(days=2)


def rows_until(timing: SeriesTiming, first: datetime, horizon: datetime, taken: set[str],
               prefix: str, limit: int) -> tuple[list[Row], int]:
    """The rows of the instances from ``first`` (the first slot, placed) to ``horizon``,
    without the slots in ``taken`` (changed instances), at most ``limit``; and the moment
    (epoch seconds) they stop: the horizon, or just after the last row when cut short."""
    if _quick_applies(timing, first, horizon):
        return _quick(timing, horizon, taken, prefix, limit)
    return _general(timing, first, horizon, taken, prefix, limit)


def _general(timing: SeriesTiming, first: datetime, horizon: datetime, taken: set[str],
             prefix: str, limit: int) -> tuple[list[Row], int]:
    rows: list[Row] = []
    until = to_epoch(horizon)
    for original, start, end in occurrences(timing, first, horizon):
        if len(rows) >= limit:
            until = rows[-1][1] + 1
            break
        key = original.isoformat()
        if key in taken:
            continue
        rows.append((prefix + compact(original, timing.all_day), to_epoch(start),
                     to_epoch(end), key))
    return rows, until


def _quick_applies(timing: SeriesTiming, first: datetime, horizon: datetime) -> bool:
    """When ``_quick`` gives ``_general``'s rows. ``occurrences`` keeps an instance when
    ``start < horizon`` and ``end > first``. With the horizon in another zone object the first
    test compares instants, and ``replace(tzinfo=zone, fold=0)`` is the instant ``localize``
    gives. The second compares wall clocks (same zone object); it holds for every slot when
    the first slot is a real wall-clock time and instances last: a slot is never before the
    first, and placing a wall-clock time never moves it back."""
    return horizon.tzinfo is not timing.zone and first.tzinfo is timing.zone and \
        first.replace(tzinfo=None) == timing.start_local and timing.duration > timedelta(0)


def _quick(timing: SeriesTiming, horizon: datetime, taken: set[str], prefix: str,
           limit: int) -> tuple[list[Row], int]:
    tz, duration, all_day = timing.zone, timing.duration, timing.all_day
    hi = horizon.astimezone(tz).replace(tzinfo=None) + _PAD   # as ``occurrences`` pads it
    rows: list[Row] = []
    until = to_epoch(horizon)
    for original in local_slots(timing, timing.start_local, hi):
        start = original.replace(tzinfo=tz, fold=0)
        if not start < horizon:
            continue
        if len(rows) >= limit:
            until = rows[-1][1] + 1
            break
        key = original.isoformat()
        if key in taken:
            continue
        end = (original + duration).replace(tzinfo=tz, fold=0)
        rows.append((prefix + _stamp(key, original, all_day), (start - EPOCH) // _SECOND,
                     (end - EPOCH) // _SECOND, key))
    return rows, until


def _stamp(key: str, original: datetime, all_day: bool) -> str:
    """``compact(original, all_day)`` from the slot's ISO text ``key``."""
    if original.microsecond or original.year < 1000:
        return compact(original, all_day)
    if all_day:
        return key[0:4] + key[5:7] + key[8:10]
    return key[0:4] + key[5:7] + key[8:13] + key[14:16] + key[17:19]
