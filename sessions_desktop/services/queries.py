"""query_sessions: a half-open time window, type and filter, cursor paging, fieldsets.

Sources are merged in (start, id) order: singles and exceptions (one indexed read), the
materialised instances (one indexed read), and on-the-fly expansion for series whose
materialised horizon ends inside the window. Each source is read in batches after the cursor's
position, so a later page costs about what the first did. ``window_sessions`` is the calendar
window's read of the same merge: every session of the window in one pass per source, no pages.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from sessions_desktop.domain.enums import Fieldset, SessionStatus, SessionType
from sessions_desktop.domain.limits import (
    MAX_INSTANCES_PER_CALL,
    MAX_INSTANCES_PER_PAGE,
    PAGE_SECONDS,
    ExpansionBudget,
    ExpansionLimitError,
    out_of_range,
    year_in_range,
)
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.recurrence import occurrences
from sessions_desktop.domain.time import as_aware, from_epoch, local_midnight, to_epoch
from sessions_desktop.errors import ValidationError, Violations
from sessions_desktop.services.assemble import strip_pi
from sessions_desktop.services.cursor import QueryKey, decode_cursor, encode_cursor
from sessions_desktop.services.filters import SessionFilter, compile_filter
from sessions_desktop.services.locate import (
    BuiltSingles,
    build_instance,
    build_series,
    build_single,
    plain_instance,
)
from sessions_desktop.services.month_days import Keep, MonthDaysReader
from sessions_desktop.services.page_cache import PageCache
from sessions_desktop.services.series import SeriesCache, SeriesInfo, instance_id
from sessions_desktop.services.sessions import SessionService, parse_fieldset
from sessions_desktop.services.values import MonthDays, QueryResult
from sessions_desktop.services.window_read import WindowReader, expanded_instances
from sessions_desktop.storage.records import SINGLE, SessionRecord
from sessions_desktop.storage.repository import Repository

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
BUILT_INSTANCES = 30_000   # plain instances remembered (then forgotten all at once)
CANCELLED = SessionStatus.CANCELLED.value

Position = tuple[int, str]              # (start in epoch seconds, id): the page order
Row = tuple[Any, ...]                   # a row as the repository reads it
# Builds the session when the page takes it; called with no arguments (``...``: the lambdas
# below bind their values as default arguments, which mypy cannot match to ``[]``).
Maker = Callable[..., Session | None]
Sourced = Iterator[tuple[Position, Maker]]
Expanded = tuple[Position, SeriesInfo, datetime, datetime, datetime]   # .., original, start, end


def _type_names(value: Any, problems: Violations) -> str | None:
    if value is None or str(value).upper() in ("ALL", "UNDEFINED"):
        return None
    try:
        return SessionType.parse(value).value
    except ValueError:
        problems.add("type", f"{value!r} is not EVENT, WORKING_HOURS or ALL")
        return None


class QueryService:
    def __init__(self, sessions: SessionService) -> None:
        self.sessions = sessions
        self.ctx = sessions.ctx
        self.built = BuiltSingles()
        self.built_instances: dict[tuple[object, ...], Session] = {}   # see ``_instance_maker``
        self.window = WindowReader(self.ctx.repo, sessions.cache)
        self.month = MonthDaysReader(self.window)
        self.pages = PageCache()

    def query_sessions(self, from_date: datetime | date | None = None,
                       to_date: datetime | date | None = None, *, type: Any = None,
                       instances: bool = True, include_cancelled: bool = False,
                       filter: dict[str, Any] | None = None, fieldsets: Any = None,
                       limit: int | None = None, cursor: str | None = None) -> QueryResult:
        """Sessions overlapping [from_date, to_date), sorted by start then id."""
        if cursor is not None:
            key, after = decode_cursor(self.ctx.repo, cursor)
            self._check_same_query(key, from_date, to_date, type, include_cancelled, filter,
                                   fieldsets, limit)
            if limit is not None:  # a page size may change along the way (Wix cursorPaging)
                key = replace(key, limit=limit)
        else:
            key, after = self._key(from_date, to_date, type, instances, include_cancelled,
                                   filter, fieldsets, limit), None
        compiled = compile_filter(_loads(key.filter))
        if not instances:
            return self._definitions(key, compiled)
        return self._page(key, compiled, after)

    def window_sessions(self, from_date: datetime | date, to_date: datetime | date, *,
                        include_cancelled: bool = False, fieldsets: Any = Fieldset.ALL_PI
                        ) -> list[Session]:
        """Every session overlapping [from_date, to_date), sorted by start then id: what
        ``query_sessions`` returns over all its pages, read in one pass per source.

        For the calendar window, which shows every session of a week or a month: paging
        through ``query_sessions`` re-reads up to a page of rows from each source per page
        (a merge of three sources keeps only one page of them) and signs a cursor each time.
        Here each source is read whole, each row once (``services.window_read``).
        Expansion has an instance budget but no time limit (a window is shown whole or the
        read fails with ``ExpansionLimitError``, never cut short in silence).
        """
        key = self._key(from_date, to_date, None, True, include_cancelled, None, fieldsets,
                        MAX_LIMIT)
        fieldset = Fieldset(key.fieldset)
        budget = ExpansionBudget(MAX_INSTANCES_PER_CALL, what="this window")
        with self.ctx.repo.read():
            schedules = self.sessions.schedules.by_id()
            expanded = expanded_instances(self._expansion_source(
                key, None, None, None, schedules, fieldset, budget))
            return self.window.read(key.from_utc, key.to_utc, schedules, fieldset,
                                    key.include_cancelled, expanded)

    def month_days(self, first: date, days: int, chips: int, *,
                   include_cancelled: bool = False, keep: Keep | None = None) -> MonthDays:
        """For ``days`` local days of the business zone from ``first``: how many events
        touch each day (a session on every day it touches) and the first ``chips`` of them
        in chip order (``domain.day_order``), as the month grid draws them: what
        ``window_sessions`` over those days gives, placed and cut, without building the
        sessions no day shows (``services.month_days``). ``keep``: the caller's filter of
        whole sessions, which must not depend on a session's times or id."""
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 62:
            raise ValidationError(f"must be 1 to 62, not {days!r}", field="days")
        if isinstance(chips, bool) or not isinstance(chips, int) or not 0 <= chips <= 100:
            raise ValidationError(f"must be 0 to 100, not {chips!r}", field="chips")
        tz = self.ctx.business_zone
        key = self._key(local_midnight(first, tz),
                        local_midnight(first + timedelta(days=days), tz), None, True,
                        include_cancelled, None, Fieldset.ALL_PI, MAX_LIMIT)
        budget = ExpansionBudget(MAX_INSTANCES_PER_CALL, what="this window")
        with self.ctx.repo.read():
            schedules = self.sessions.schedules.by_id()
            expanded = expanded_instances(self._expansion_source(
                key, None, None, None, schedules, Fieldset.ALL_PI, budget))
            return self.month.read(first, days, chips, tz, schedules,
                                   key.include_cancelled, keep, expanded)

    def own_reminders_between(self, from_date: datetime | date, to_date: datetime | date
                              ) -> bool:
        """May a session of [from_date, to_date) keep reminders of its own (not its
        schedule's)? One search of the window's stored fields, no session built: the reminder
        clock asks before it reads four weeks of sessions for long reminders. It may say yes
        where there are none, never no where there are some."""
        tz = self.ctx.business_zone
        low, high = to_epoch(as_aware(from_date, tz)), to_epoch(as_aware(to_date, tz))
        with self.ctx.repo.read():
            return self.ctx.repo.any_own_field("reminders", low, high)

    # -- request checking ---------------------------------------------------------------
    def _key(self, from_date: datetime | date | None, to_date: datetime | date | None,
             type_: Any, instances: bool, include_cancelled: bool,
             filter_: dict[str, Any] | None, fieldsets: Any, limit: int | None) -> QueryKey:
        problems = Violations()
        window = self._window(from_date, to_date, instances, problems)
        type_name = _type_names(type_, problems)
        limit = DEFAULT_LIMIT if limit is None else limit
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
            problems.add("limit", f"must be 1 to {MAX_LIMIT}, not {limit!r}")
        try:
            canonical = compile_filter(filter_).canonical() if filter_ else ""
        except ValidationError as exc:
            problems.items.extend(exc.violations)
            canonical = ""
        try:
            fieldset = parse_fieldset(fieldsets).value
        except ValidationError as exc:
            problems.items.extend(exc.violations)
            fieldset = Fieldset.NO_PI.value
        problems.raise_if_any()
        assert window is not None
        return QueryKey(window[0], window[1], type_name, bool(include_cancelled), canonical,
                        fieldset, limit)

    def _window(self, from_date: datetime | date | None, to_date: datetime | date | None,
                instances: bool, problems: Violations) -> tuple[int, int] | None:
        bounds = []
        for name, value in (("from_date", from_date), ("to_date", to_date)):
            if value is None:
                problems.add(name, "is required unless a cursor is given")
            elif not isinstance(value, (date, datetime)):
                problems.add(name, "must be a date or a date and time")
            elif not year_in_range(value):
                problems.add(name, out_of_range(value))
            else:
                if not isinstance(value, datetime):
                    value = datetime.combine(value, time())
                bounds.append(as_aware(value, self.ctx.business_zone))
        if len(bounds) != 2:
            return None
        start, end = bounds
        if end <= start:
            problems.add("to_date", "must be after from_date")
        elif instances and end > start + relativedelta(years=1):
            problems.add("to_date", "an instance query spans at most one year; ask for the "
                                    "next year with a second query")
        return to_epoch(start), to_epoch(end)

    def _check_same_query(self, key: QueryKey, from_date: datetime | date | None,
                          to_date: datetime | date | None, type_: Any,
                          include_cancelled: bool, filter_: dict[str, Any] | None,
                          fieldsets: Any, limit: int | None) -> None:
        """A cursor alone continues its query; anything given with it must agree with it."""
        given = {"from_date": from_date, "to_date": to_date, "filter": filter_,
                 "fieldsets": fieldsets, "type": type_}
        if any(v is not None for v in given.values()) or include_cancelled:
            other = self._key(from_date or from_epoch(key.from_utc),
                              to_date or from_epoch(key.to_utc), type_ if type_ is not None
                              else key.type, True, include_cancelled or key.include_cancelled,
                              filter_ if filter_ is not None else _loads(key.filter),
                              fieldsets or key.fieldset, limit or key.limit)
            if (other.from_utc, other.to_utc, other.type, other.filter, other.fieldset,
                    other.include_cancelled) != (key.from_utc, key.to_utc, key.type, key.filter,
                                                 key.fieldset, key.include_cancelled):
                raise ValidationError("the cursor belongs to another query", field="cursor")
        if limit is not None and (not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT):
            raise ValidationError(f"must be 1 to {MAX_LIMIT}", field="limit")

    # -- reading ------------------------------------------------------------------------
    def _page(self, key: QueryKey, compiled: SessionFilter, after: tuple[int, str] | None,
              ) -> QueryResult:
        """One page. A page looks through at most ``MAX_INSTANCES_PER_PAGE`` sessions for at
        most ``PAGE_SECONDS``; past that it ends early, shorter than ``limit`` (even empty),
        with a cursor after the last session looked at, so every request stays bounded."""
        limit = key.limit
        wanted = Fieldset(key.fieldset)
        build_as = Fieldset.ALL_PI if not compiled.is_empty else wanted
        budget = ExpansionBudget(MAX_INSTANCES_PER_PAGE, PAGE_SECONDS, what="this query page")
        items: list[Session] = []
        last: tuple[int, str] | None = None
        looked: tuple[int, str] | None = None
        has_next = False
        with self.ctx.repo.read():
            token = self.ctx.repo.read_token()   # before the page's reads: see page_cache
            if token is not None:
                kept = self.pages.get((key, after, token))
                if kept is not None:
                    return kept
            schedules = self.sessions.schedules.by_id()
            try:
                for position, make in self._merged(key, compiled, after, schedules, build_as,
                                                   budget):
                    if len(items) == limit:
                        has_next = True
                        break
                    budget.spend()
                    looked = position
                    session = make()
                    if session is None or not compiled.matches(session):
                        continue
                    if build_as is not wanted:
                        session = strip_pi(session)
                    items.append(session)
                    last = position
            except ExpansionLimitError:
                if looked is None:
                    raise
                has_next, last = True, looked
        cursor = encode_cursor(self.ctx.repo, key, last) if has_next and last else None
        result = QueryResult(items, len(items), cursor, has_next)
        if token is not None:
            self.pages.put((key, after, token), result)
        return result

    def _merged(self, key: QueryKey, compiled: SessionFilter, after: Position | None,
                schedules: dict[str, Schedule], fieldset: Fieldset,
                budget: ExpansionBudget) -> Sourced:
        types = (key.type,) if key.type else None
        ids = compiled.schedule_ids()
        sources = [
            self._row_source(key, types, ids, after, schedules, fieldset),
            self._occurrence_source(key, types, ids, after, schedules, fieldset),
            self._expansion_source(key, types, ids, after, schedules, fieldset, budget),
        ]
        yield from heapq.merge(*sources, key=lambda item: item[0])

    def _row_source(self, key: QueryKey, types: tuple[str, ...] | None,
                    ids: frozenset[str] | None, after: Position | None,
                    schedules: dict[str, Schedule], fieldset: Fieldset) -> Sourced:
        repo, cache, built = self.ctx.repo, self.sessions.cache, self.built.build
        batch = key.limit + 1

        def fetch(position: Position | None, size: int) -> list[tuple[Position, Row]]:
            rows = repo.window_rows(key.from_utc, key.to_utc, types=types, schedule_ids=ids,
                                    after=position, limit=size)
            return [((row[5], row[0]), row) for row in rows]

        for position, row in self._batches_keyed(fetch, after, batch):
            if row[-1] == CANCELLED and not key.include_cancelled:
                continue
            if row[2] == SINGLE:
                yield position, (lambda r=row: built(r, schedules, fieldset, r[-1]))
                continue
            record = SessionRecord.from_row(row[:-1])
            yield position, _single_or_exception(record, row[-1], schedules, fieldset, repo,
                                                 cache)

    def _occurrence_source(self, key: QueryKey, types: tuple[str, ...] | None,
                           ids: frozenset[str] | None, after: Position | None,
                           schedules: dict[str, Schedule], fieldset: Fieldset) -> Sourced:
        repo, cache = self.ctx.repo, self.sessions.cache
        batch = key.limit + 1

        def fetch(position: Position | None, size: int) -> list[tuple[Position, Row]]:
            rows = repo.window_occurrences(key.from_utc, key.to_utc, types=types,
                                           schedule_ids=ids, after=position, limit=size)
            missing = {r[1] for r in rows if cache.get(r[1], r[5]) is None}
            for record in repo.get_many(missing).values():
                cache.info(record)
            return [((r[2], r[0]), r) for r in rows]

        for position, row in self._batches_keyed(fetch, after, batch):
            occ_id, series_id, start, end, _, version, status = row
            if status == CANCELLED and not key.include_cancelled:
                continue
            yield position, _instance_maker(repo, cache, occ_id, series_id, version, start,
                                            end, schedules, fieldset, self.built_instances)

    @staticmethod
    def _batches_keyed(fetch: Callable[[Position | None, int], list[tuple[Position, Row]]],
                       after: Position | None, most: int) -> Iterator[tuple[Position, Row]]:
        """Rows after the keyset position in growing batches: a page drawn from several
        sources rarely needs a full page from each, so start small and double."""
        position, batch = after, min(most, 128)
        while True:
            rows = fetch(position, batch)
            yield from rows
            if len(rows) < batch:
                return
            position = rows[-1][0]
            batch = min(batch * 2, most)

    def _expansion_source(self, key: QueryKey, types: tuple[str, ...] | None,
                          ids: frozenset[str] | None, after: Position | None,
                          schedules: dict[str, Schedule], fieldset: Fieldset,
                          budget: ExpansionBudget) -> Sourced:
        """Instances past a series' materialised horizon, expanded on the fly and lazily:
        each series is a stream in (start, id) order, merged, so a page expands only what it
        shows (plus one look-ahead per series), never the whole window."""
        window_from, window_to = from_epoch(key.from_utc), from_epoch(key.to_utc)
        if after is not None:
            window_from = max(window_from, from_epoch(after[0]))
        streams = []
        for record in self.ctx.repo.series_needing_expansion(key.from_utc, key.to_utc,
                                                             types=types, schedule_ids=ids):
            if record.status == CANCELLED and not key.include_cancelled:
                continue
            info = self.sessions.cache.info(record)
            taken = {e.original_local for e in self.ctx.repo.exceptions_of(record.id)}
            streams.append(_in_order(_series_stream(info, record, taken, window_from,
                                                    window_to, after, budget)))
        for position, info, original, start, end in heapq.merge(*streams,
                                                                 key=lambda item: item[0]):
            yield position, (lambda i=info, o=original, s=start, e=end: build_instance(
                i, o, None, schedules, fieldset, times=(s, e)))

    def _definitions(self, key: QueryKey, compiled: SessionFilter) -> QueryResult:
        """instances=False: series definitions whose active span overlaps; no paging."""
        schedules = self.sessions.schedules.by_id()
        wanted = Fieldset(key.fieldset)
        items = []
        types = [key.type] if key.type else None
        for record in self.ctx.repo.series_overlapping(key.from_utc, key.to_utc, types=types):
            if record.status == CANCELLED and not key.include_cancelled:
                continue
            if key.type and record.type != key.type:
                continue
            session = build_series(record, schedules, Fieldset.ALL_PI)
            if compiled.matches(session):
                items.append(session if wanted is Fieldset.ALL_PI else strip_pi(session))
        return QueryResult(items, len(items), None, False)


def _series_stream(info: SeriesInfo, record: SessionRecord, taken: set[str | None],
                   window_from: datetime, window_to: datetime, after: Position | None,
                   budget: ExpansionBudget) -> Iterator[Expanded]:
    horizon = record.materialized_until or 0
    for original, start, end in occurrences(info.timing, window_from, window_to, budget):
        position = (to_epoch(start), instance_id(record.id, original, record.all_day))
        if position[0] < horizon or original.isoformat() in taken:
            continue
        if after is not None and position <= after:
            continue
        yield position, info, original, start, end


def _in_order(items: Iterable[Expanded], slack: int = 2 * 86_400) -> Iterator[Expanded]:
    """Items in position order from a stream whose wall-clock order may differ from it by
    less than ``slack`` seconds (a slot moved forward out of a DST gap)."""
    held: list[tuple[Position, Expanded]] = []
    for item in items:
        while held and held[0][0][0] < item[0][0] - slack:
            yield heapq.heappop(held)[1]
        heapq.heappush(held, (item[0], item))
    while held:
        yield heapq.heappop(held)[1]


def _loads(text: str) -> dict[str, Any] | None:
    import json

    return json.loads(text) if text else None


def _single_or_exception(record: SessionRecord, effective: str, schedules: dict[str, Schedule],
                         fieldset: Fieldset, repo: Repository, cache: SeriesCache) -> Maker:
    if record.kind != "EXCEPTION":
        return lambda: build_single(record, schedules, fieldset)

    def make() -> Session | None:
        series = repo.get(record.series_id or "")
        if series is None:
            return None
        info = cache.info(series)
        session = build_instance(info, datetime.fromisoformat(record.original_local or ""),
                                 record, schedules, fieldset)
        return session if effective == session.status.value else session.with_changes(
            status=SessionStatus(effective))
    return make


def _instance_maker(repo: Repository, cache: SeriesCache, occ_id: str, series_id: str,
                    version: int, start: int, end: int, schedules: dict[str, Schedule],
                    fieldset: Fieldset,
                    built: dict[tuple[object, ...], Session] | None = None) -> Maker:
    """A plain instance, remembered in ``built`` by everything it is made of (its id, times,
    the series' version, the fieldset, the version of the schedule it inherits from)."""
    def make() -> Session | None:
        info = cache.get(series_id, version)
        if info is None:
            series = repo.get(series_id)
            if series is None:
                return None
            info = cache.info(series)
        schedule = schedules.get(info.record.schedule_id)
        key = (occ_id, version, start, end, fieldset, schedule.version if schedule else 0)
        found = built.get(key) if built is not None else None
        if found is None:
            tz = info.tz
            found = plain_instance(info, schedules, fieldset, occ_id, from_epoch(start, tz),
                                   from_epoch(end, tz))
            if built is not None:
                if len(built) >= BUILT_INSTANCES:
                    built.clear()
                built[key] = found
        return found
    return make
