"""The calendar window's read: every session of a window, in (start, id) order, in one pass
per source, the same sessions as every page of ``query_sessions`` (a test compares them).

Why it is not ``query_sessions``' merge: a window wants all of its sessions at once, so there
is no cursor to keep and no page to stop at, and each source is read whole with one statement
and built in a plain loop (no generator and closure per row). What costs time on a large
business is visiting rows, so it visits as few as it can:

- singles and exceptions: their rows (``Repository.window_rows``); a single is built once per
  row version (``BuiltSingles``);
- materialised instances: their index alone (``Repository.window_slots``: start, id, end),
  because an instance's id names its series (``series.instance_id``); the series' version
  and status come from ``Repository.series_states``, remembered per thread while the
  database's read token (``Repository.read_token``) stays the same, i.e. while nothing at
  all was committed; a plain instance is built once per (id, times, series version,
  fieldset, schedule version);
- series past their materialised horizon: expanded as ``query_sessions`` expands them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

from sessions_desktop.domain.enums import Fieldset, SessionStatus
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.services.locate import BuiltSingles, moment, plain_instance
from sessions_desktop.services.series import INSTANCE_SEPARATOR, SeriesCache, SeriesInfo
from sessions_desktop.storage.records import SINGLE, SessionRecord
from sessions_desktop.storage.repository import Repository

CANCELLED = SessionStatus.CANCELLED.value
BUILT_INSTANCES = 30_000   # plain instances remembered (then forgotten all at once)
_START = 5                 # start_utc in a ``window_rows`` row (``records.COLUMNS``)
Position = tuple[int, str]               # (start in epoch seconds, id): the window order
Keyed = tuple[Position, Session]


class SeriesStates:
    """``(version, status)`` of series, per thread (each thread reads on its own connection),
    kept while the thread's read token is unchanged; a database without a token (PostgreSQL)
    asks every time."""

    def __init__(self) -> None:
        self._local = threading.local()

    def of(self, repo: Repository, ids: set[str]) -> dict[str, tuple[int, str]]:
        """Call inside a read transaction, after its first read: SQLite's data version is
        then the version of that transaction's snapshot, so states read now are exactly
        what the token names, and states kept under an equal token are the same."""
        token = repo.read_token()
        local = self._local
        if token is None or getattr(local, "token", None) != token:
            local.token, local.states = token, {}
        states: dict[str, tuple[int, str]] = local.states
        missing = [key for key in ids if key not in states]
        if missing:
            found = repo.series_states(missing)
            states.update(found)
            for key in missing:   # a series gone since its instances were read
                states.setdefault(key, (-1, ""))
        return states


class WindowReader:
    """``read(from_utc, to_utc, ...)``: the window's sessions (see the module)."""

    def __init__(self, repo: Repository, cache: SeriesCache) -> None:
        self.repo, self.cache = repo, cache
        self.singles = BuiltSingles()
        self.instances: dict[tuple[object, ...], Session] = {}
        self.states = SeriesStates()

    def read(self, from_utc: int, to_utc: int, schedules: dict[str, Schedule],
             fieldset: Fieldset, include_cancelled: bool, expanded: list[Keyed],
             ) -> list[Session]:
        """Call inside a read transaction; ``expanded`` are the on-the-fly instances as
        ((start, id), session), already in order."""
        keyed = self._rows(from_utc, to_utc, schedules, fieldset, include_cancelled)
        keyed += self._instances(from_utc, to_utc, schedules, fieldset, include_cancelled)
        keyed += expanded
        keyed.sort(key=_position)   # runs already in order: Timsort merges them
        return [session for _, session in keyed]

    def _rows(self, from_utc: int, to_utc: int, schedules: dict[str, Schedule],
              fieldset: Fieldset, include_cancelled: bool) -> list[Keyed]:
        out: list[Keyed] = []
        for row in self.repo.window_rows(from_utc, to_utc, types=None, schedule_ids=None):
            if row[-1] == CANCELLED and not include_cancelled:
                continue
            session = self.build_row(row, schedules, fieldset)
            if session is not None:
                out.append(((row[_START], row[0]), session))
        return out

    def build_row(self, row: tuple[Any, ...], schedules: dict[str, Schedule],
                  fieldset: Fieldset) -> Session | None:
        """The session of a ``window_rows`` row: a single (built once per version) or an
        exception (None when its series is gone)."""
        from sessions_desktop.services.queries import _single_or_exception

        status = row[-1]
        if row[2] == SINGLE:
            return self.singles.build(row, schedules, fieldset, status)
        return _single_or_exception(SessionRecord.from_row(row[:-1]), status, schedules,
                                    fieldset, self.repo, self.cache)()

    def _instances(self, from_utc: int, to_utc: int, schedules: dict[str, Schedule],
                   fieldset: Fieldset, include_cancelled: bool) -> list[Keyed]:
        slots = self.repo.window_slots(from_utc, to_utc)
        if not slots:
            return []
        series_of, states, infos = self.series_of_slots(slots)
        out: list[Keyed] = []
        for start, occ_id, end in slots:
            series_id = series_of[occ_id]
            version, status = states[series_id]
            info = infos.get(series_id)
            if info is None or (status == CANCELLED and not include_cancelled):
                continue
            out.append(((start, occ_id),
                        self.instance(info, version, occ_id, start, end, schedules, fieldset)))
        return out

    def instance(self, info: SeriesInfo, version: int, occ_id: str, start: int, end: int,
                 schedules: dict[str, Schedule], fieldset: Fieldset) -> Session:
        """A plain instance, built once per (id, times, series version, fieldset, schedule
        version)."""
        schedule = schedules.get(info.record.schedule_id)
        key = (occ_id, version, start, end, fieldset, schedule.version if schedule else 0)
        built = self.instances
        session = built.get(key)
        if session is None:
            tz = info.tz
            session = plain_instance(info, schedules, fieldset, occ_id, moment(start, tz),
                                     moment(end, tz))
            if len(built) >= BUILT_INSTANCES:
                built.clear()
            built[key] = session
        return session

    def series_of_slots(self, slots: list[tuple[int, str, int]],
                        ) -> tuple[dict[str, str], dict[str, tuple[int, str]],
                                   dict[str, SeriesInfo]]:
        """For materialised slots: each slot's series id, and the states and decoded
        series of those series (call inside a read transaction)."""
        series_of = {occ_id: occ_id.rpartition(INSTANCE_SEPARATOR)[0]
                     for _, occ_id, _ in slots}
        wanted = set(series_of.values())
        states = self.states.of(self.repo, wanted)
        return series_of, states, self._series_infos(wanted, states)

    def _series_infos(self, wanted: set[str], states: dict[str, tuple[int, str]],
                      ) -> dict[str, SeriesInfo]:
        """Decoded series of the states' versions, reading the rows of those not cached
        (a row read now is the truth: its state replaces the one kept)."""
        cache = self.cache
        infos: dict[str, SeriesInfo] = {}
        missing: list[str] = []
        for series_id in wanted:
            info = cache.get(series_id, states[series_id][0])
            if info is None:
                missing.append(series_id)
            else:
                infos[series_id] = info
        if missing:
            for record in self.repo.get_many(missing).values():
                states[record.id] = (record.version, record.status)
                infos[record.id] = cache.info(record)
        return infos


def _position(item: Keyed) -> Position:
    return item[0]


def expanded_instances(stream: Iterable[tuple[Position, Callable[[], Session | None]]],
                       ) -> list[Keyed]:
    """The expansion source of ``query_sessions`` made whole: ((start, id), session)."""
    out: list[Keyed] = []
    for position, make in stream:
        session = make()
        if session is not None:
            out.append((position, session))
    return out

