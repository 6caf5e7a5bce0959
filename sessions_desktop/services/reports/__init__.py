"""Reports and printed sheets, computed from the services (no Qt): the window draws them,
the command line prints them, and the numbers are tested here, not in widgets.

``ReportService(services)`` (``services.reports``): ``utilisation``, ``staff``, ``rooms``,
``revenue`` return a ``Report``; ``roster`` and ``class_list`` return what a printed sheet
shows. Periods are whole days ``[start, end)`` in the business time zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sessions_desktop.domain.enums import ScheduleKind, SessionType
from sessions_desktop.domain.model import Schedule
from sessions_desktop.errors import ValidationError
from sessions_desktop.services.business import business_name
from sessions_desktop.services.reports import load as ld
from sessions_desktop.services.reports.model import (
    KINDS,
    TITLES,
    Chart,
    ChartSeries,
    Column,
    Report,
    Table,
)
from sessions_desktop.services.reports.period import Buckets, ReportPeriod, default_grouping
from sessions_desktop.services.reports.resource_report import (
    ROOM_WORDS,
    STAFF_WORDS,
    notes_for,
    resource_tables,
)
from sessions_desktop.services.reports.resource_time import group_by_resource, resource_time
from sessions_desktop.services.reports.revenue import count_revenue, revenue_tables
from sessions_desktop.services.reports.roster import (
    Roster,
    SheetEntry,
    build_roster,
    day_window,
    sheet_entry,
)
from sessions_desktop.services.reports.utilisation import (
    DEFAULT_THRESHOLD,
    count_sessions,
    utilisation_tables,
)

if TYPE_CHECKING:
    from sessions_desktop.services import Services

__all__ = ["KINDS", "TITLES", "Chart", "ChartSeries", "Column", "Report", "ReportService",
           "Roster", "SheetEntry", "Table"]


class ReportService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.ctx = services.ctx

    # -- the four reports ------------------------------------------------------------
    def run(self, kind: str, start: date, end: date, **options: Any) -> Report:
        if kind not in KINDS:
            raise ValidationError(f"{kind!r} is not one of {', '.join(KINDS)}", field="report")
        report: Report = getattr(self, kind)(start, end, **options)
        return report

    def utilisation(self, start: date, end: date, schedule_ids: Iterable[str] | None = None,
                    threshold: float = DEFAULT_THRESHOLD, by: str | None = None,
                    first_weekday: int = 0) -> Report:
        if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
            raise ValidationError("must be a fraction from 0 to 1", field="threshold")
        period, buckets, by, schedules = self._setup(start, end, by, first_weekday)
        chosen = ld.choose(schedules, schedule_ids, ld.SERVICE_KINDS, ld.CLASS_KINDS,
                           "class or service")
        ids = {s.id for s in chosen}
        items = ld.events_of(self.services.queries, period, ids, schedule_ids is not None)
        counted = count_sessions(items, ids, period, schedules)
        tables, chart = utilisation_tables(counted, schedules, buckets, by, threshold,
                                           self.ctx.business_zone)
        notes = []
        if counted.without_capacity:
            notes.append(f"{counted.without_capacity} sessions without a capacity are not "
                         "counted.")
        return self._report("utilisation", period, tables, chart, notes, chosen, schedule_ids,
                            {"threshold": threshold, "by": by})

    def staff(self, start: date, end: date, schedule_ids: Iterable[str] | None = None,
              by: str | None = None, first_weekday: int = 0) -> Report:
        return self._resources("staff", start, end, schedule_ids, by, first_weekday,
                               (ScheduleKind.STAFF,))

    def rooms(self, start: date, end: date, schedule_ids: Iterable[str] | None = None,
              by: str | None = None, first_weekday: int = 0) -> Report:
        return self._resources("rooms", start, end, schedule_ids, by, first_weekday,
                               (ScheduleKind.ROOM,))

    def revenue(self, start: date, end: date, schedule_ids: Iterable[str] | None = None,
                by: str | None = None, first_weekday: int = 0) -> Report:
        period, buckets, by, schedules = self._setup(start, end, by or "month", first_weekday)
        chosen = ld.choose(schedules, schedule_ids, ld.SERVICE_KINDS, what="service")
        ids = {s.id for s in chosen}
        items = ld.events_of(self.services.queries, period, ids, schedule_ids is not None)
        counts = count_revenue(items, ids, period, buckets)
        tables, chart = revenue_tables(counts, schedules, buckets, by)
        notes = []
        if counts.unpriced:
            notes.append(f"{counts.unpriced} sessions have no price (no rate, or only a price "
                         "text) and bring no revenue here.")
        if counts.cancelled:
            notes.append(f"{counts.cancelled} cancelled sessions are not counted.")
        if len(tables[2].rows) > 1:
            notes.append("Several currencies: each is totalled on its own.")
        return self._report("revenue", period, tables, chart, notes, chosen, schedule_ids,
                            {"by": by})

    # -- printed sheets --------------------------------------------------------------
    def roster(self, day: date, resource_ids: list[str] | None = None,
               include_pi: bool = False) -> Roster:
        if not isinstance(day, date):
            raise ValidationError("must be a date", field="date")
        tz = self.ctx.business_zone
        fieldsets = "ALL_PI" if include_pi else "NO_PI"
        result = self.services.queries.query_sessions(*day_window(day, tz), fieldsets=fieldsets,
                                                      limit=1000)
        sessions = list(result.items)
        while result.has_next:
            result = self.services.queries.query_sessions(cursor=result.next_cursor)
            sessions.extend(result.items)
        return build_roster(day, sessions, self.services.schedules.by_id(), resource_ids,
                            include_pi, tz)

    def class_list(self, session_id: str, include_pi: bool = False) -> SheetEntry:
        session = self.services.sessions.get_session(
            session_id, "ALL_PI" if include_pi else "NO_PI")
        if session.type is not SessionType.EVENT:
            raise ValidationError("working hours have no class list", field="session")
        return sheet_entry(session, self.services.schedules.by_id(), self.ctx.business_zone)

    def now(self) -> datetime:
        """Now in the business time zone (a printed page says when it was printed)."""
        return self.ctx.now().astimezone(self.ctx.business_zone)

    def business_name(self) -> str:
        return business_name(self.services)

    def resources(self) -> list[Schedule]:
        """Staff members and rooms (not archived) a roster can be printed for, by name."""
        found = [s for s in self.services.schedules.list_schedules()
                 if s.kind in (ScheduleKind.STAFF, ScheduleKind.ROOM, ScheduleKind.EQUIPMENT)]
        return sorted(found, key=lambda s: (s.kind is not ScheduleKind.STAFF,
                                            s.name.casefold()))

    def choices(self, kind: str) -> list[Schedule]:
        """The schedules a report of ``kind`` can be narrowed to, by name."""
        kinds = {"utilisation": ld.SERVICE_KINDS, "revenue": ld.SERVICE_KINDS,
                 "staff": (ScheduleKind.STAFF,), "rooms": (ScheduleKind.ROOM,)}[kind]
        return sorted((s for s in self.services.schedules.list_schedules() if s.kind in kinds),
                      key=lambda s: s.name.casefold())

    def resolve(self, keys: Iterable[str]) -> list[str]:
        """Schedule ids for ids or names (the command line's --schedule and --resource)."""
        return ld.resolve_schedules(self.services.schedules.by_id(), keys)

    # -- shared ----------------------------------------------------------------------
    def _setup(self, start: date, end: date, by: str | None, first_weekday: int
               ) -> tuple[ReportPeriod, Buckets, str, dict[str, Schedule]]:
        if not isinstance(first_weekday, int) or not 0 <= first_weekday <= 6:
            raise ValidationError("must be 0 (Monday) to 6 (Sunday)", field="first_weekday")
        period = ReportPeriod(start, end, self.ctx.business_zone)
        by = by or default_grouping(start, end)
        return period, period.buckets(by, first_weekday), by, self.services.schedules.by_id()

    def _resources(self, kind: str, start: date, end: date, schedule_ids: Iterable[str] | None,
                   by: str | None, first_weekday: int,
                   kinds: tuple[ScheduleKind, ...]) -> Report:
        period, buckets, by, schedules = self._setup(start, end, by, first_weekday)
        what = "staff member" if kind == "staff" else "room"
        chosen = ld.choose(schedules, schedule_ids, kinds, what=what)
        business = {i for i, s in schedules.items() if s.kind is ScheduleKind.BUSINESS}
        wanted = {s.id for s in chosen} | business
        items = ld.load_sessions(self.services.queries, period, keep=lambda s: any(
            r in wanted for r in ld.resources_taken(s))) if chosen else []
        by_resource, business_hours = group_by_resource(items, period, business)
        results = [(s, resource_time(s.id, by_resource.get(s.id, ()), business_hours, period,
                                     buckets)) for s in chosen]
        words = STAFF_WORDS if kind == "staff" else ROOM_WORDS
        tables, chart = resource_tables(results, buckets, by, words)
        return self._report(kind, period, tables, chart, notes_for(results, schedules), chosen,
                            schedule_ids, {"by": by})

    def _report(self, kind: str, period: ReportPeriod, tables: Iterable[Table], chart: Chart,
                notes: Iterable[str], chosen: Iterable[Schedule],
                asked: Iterable[str] | None, options: dict[str, Any]) -> Report:
        names = tuple(s.name for s in chosen) if asked is not None else ()
        return Report(kind, TITLES[kind], period.start, period.end, tuple(tables), chart,
                      tuple(notes), names, self.ctx.now().astimezone(self.ctx.business_zone),
                      options)

