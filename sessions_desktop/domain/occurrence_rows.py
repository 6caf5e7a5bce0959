"""The materialised rows of one series up to its horizon: (instance id, start, end, slot).

Materialising is most of what a large import does after reading the file (a thousand series,
185,000 rows), and per row the general way (``recurrence.occurrences``) places the slot in its
zone twice over (``localize``: a replace and two zone conversions, for start and end) and
formats its id with ``strftime``. For a series whose first slot is a real wall-clock time (not
in a DST gap) and whose horizon is in another zone object, the same rows follow from one
``replace`` per time and the slot's ISO text; every other series takes the general way.
``tests/domain/test_occurrence_rows.py`` holds the two to the same rows.

Pure (no storage), so a large import can hand series to its worker processes
(``series_rows``, one of the functions ``ical.worker`` runs) while it writes the rows.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sessions_desktop.domain.recurrence import SeriesTiming, local_slots, occurrences, parse_rule
from sessions_desktop.domain.time import EPOCH, compact, localize, to_epoch, zone

Row = tuple[str, int, int, str]
# A series as stored: id, rule, first slot's wall-clock start and end (ISO), zone, all-day,
# extra and excluded dates (ISO), and the slots of its changed instances (ISO).
SeriesTexts = tuple[str, str, str, str, str, bool, list[str], list[str], list[str]]
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


def timing_from_texts(rule: str, start_local: str, end_local: str, time_zone: str,
                      all_day: bool, rdates: list[str], exdates: list[str]) -> SeriesTiming:
    """The timing of a series row (its stored texts)."""
    start = datetime.fromisoformat(start_local)
    end = datetime.fromisoformat(end_local)
    return SeriesTiming(
        rule=parse_rule(rule), start_local=start, duration=end - start, zone=zone(time_zone),
        all_day=all_day, rdates=tuple(datetime.fromisoformat(d) for d in rdates),
        exdates=frozenset(datetime.fromisoformat(d) for d in exdates))


def series_rows(series: list[SeriesTexts], horizon: datetime, limit: int, separator: str
                ) -> list[tuple[str, list[Row], int]]:
    """``(id, rows, until)`` of each series: what ``rows_until`` gives from its first slot
    (instance ids are the series id, ``separator`` and the slot)."""
    out = []
    for series_id, rule, start, end, time_zone, all_day, rdates, exdates, taken in series:
        timing = timing_from_texts(rule, start, end, time_zone, all_day, rdates, exdates)
        first = localize(timing.start_local, timing.zone)
        rows: list[Row] = []
        until = to_epoch(horizon)
        if first < horizon:
            rows, until = rows_until(timing, first, horizon, set(taken),
                                     f"{series_id}{separator}", limit)
        out.append((series_id, rows, until))
    return out
