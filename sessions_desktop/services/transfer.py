"""iCalendar import and export at the service level: which sessions, which schedule, one
transaction.

Export gathers live singles, recurring sessions and their exceptions (optionally for a date
range or some schedules) and hands them to ``ical.export_calendar``. Cancelled (deleted) singles
and series stay out of the file; cancelled instances of a live series become EXDATEs.

Import reads a file into an ``ImportPlan`` (``ical.parse_calendar``) and applies it in ONE
transaction (``transfer_apply``): a failure writes nothing. The target schedule of each event is
``schedule_name`` (found by name, or created as a GROUP service), else the schedule its
X-SESSIONS-SCHEDULE-ID/-NAME names when that exists, else a schedule of the name the file
recorded (created), else one named after the calendar (X-WR-CALNAME) or "Imported". The UID
becomes the session id, so importing the same file again updates instead of duplicating.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.enums import Fieldset, SessionStatus
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import as_aware, to_epoch
from sessions_desktop.ical import (
    ExportBundle,
    SeriesExport,
    Workers,
    export_calendar,
    parse_calendar,
)
from sessions_desktop.ical.plan import ImportCancelled, ImportPlan, SkippedComponent
from sessions_desktop.private_files import write_file
from sessions_desktop.services.locate import build_instance, build_series, build_single
from sessions_desktop.services.transfer_apply import Applier, ScheduleChooser
from sessions_desktop.storage.records import EXCEPTION, SERIES, SINGLE, SessionRecord

Progress = Callable[[int, int], bool]
CANCELLED = SessionStatus.CANCELLED.value
PARSE_SHARE = 600   # progress: parsing counts 0..600 of 1000, applying 600..1000


# -- reports ----------------------------------------------------------------------------------
@dataclass(slots=True)
class ExportReport:
    path: str | None
    singles: int
    series: int
    exceptions: int
    size: int

    @property
    def sessions(self) -> int:
        return self.singles + self.series

    def to_json(self) -> dict:
        return {"file": self.path, "singleSessions": self.singles, "recurringSessions":
                self.series, "changedInstances": self.exceptions, "bytes": self.size}


def skipped_to_json(item: SkippedComponent) -> dict:
    return {"component": item.kind, "uid": item.uid, "summary": item.summary,
            "line": item.line, "reason": item.reason, "broken": item.broken}


@dataclass(slots=True)
class ImportReport:
    created: int = 0
    updated: int = 0
    instances: int = 0
    skipped: list[SkippedComponent] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schedules: dict[str, int] = field(default_factory=dict)      # schedule name -> sessions
    created_schedules: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    change: ChangeRecord | None = None      # the new sessions as one change (undo: revert it)

    def to_json(self) -> dict:
        return {"created": self.created, "updated": self.updated,
                "changedInstances": self.instances, "skipped": [skipped_to_json(s)
                                                               for s in self.skipped],
                "warnings": list(self.warnings), "schedules": dict(self.schedules),
                "createdSchedules": list(self.created_schedules)}


@dataclass(slots=True)
class ImportPreview:
    """What an import would do, for the window's preview dialog. Nothing is written."""

    sessions: int
    recurring: int
    changed_instances: int
    new: int
    updates: int
    schedules: dict[str, int]          # target schedule name -> sessions going there
    new_schedules: list[str]
    skipped: list[SkippedComponent]
    warnings: list[str]                # what cannot be represented, and other notes
    calendar_names: list[str]

    @property
    def broken(self) -> list[SkippedComponent]:
        return [s for s in self.skipped if s.broken]

    def to_json(self) -> dict:
        return {"sessions": self.sessions, "recurringSessions": self.recurring,
                "changedInstances": self.changed_instances, "new": self.new,
                "updates": self.updates, "schedules": dict(self.schedules),
                "newSchedules": list(self.new_schedules),
                "skipped": [skipped_to_json(s) for s in self.skipped],
                "warnings": list(self.warnings), "calendarNames": list(self.calendar_names)}


# -- export ------------------------------------------------------------------------------------
def export_ics(svc, path_or_stream: str | Path | IO[bytes], *, start: date | None = None,
               end: date | None = None, schedule_ids: Iterable[str] | None = None,
               include_pi: bool = False, calendar_name: str = "Sessions Desktop"
               ) -> ExportReport:
    """Write an .ics of the whole calendar, or of sessions overlapping [start, end), or of
    some schedules. Returns counts; raises ValidationError/NotFoundError for bad arguments."""
    rows = _read_export(svc, start, end, schedule_ids)
    # A large file is written with a worker process (``ical``): it starts while we build.
    with Workers(len(rows.singles) + len(rows.series)) as workers:
        bundle = _bundle(svc, rows, include_pi)
        bundle.calendar_name = calendar_name
        data = export_calendar(bundle, include_pi=include_pi, workers=workers)
    where = _write(path_or_stream, data, private=include_pi)
    return ExportReport(where, len(bundle.singles), len(bundle.series),
                        sum(len(s.exceptions) for s in bundle.series), len(data))


def _write(target: str | Path | IO[bytes], data: bytes, private: bool = False) -> str | None:
    if isinstance(target, (str, Path)):
        # never a half-written file under the real name, no .part left on a full disk, and
        # 0600 when it holds personal information
        write_file(Path(target), data, private=private)
        return str(target)
    target.write(data)
    return getattr(target, "name", None) if isinstance(getattr(target, "name", None),
                                                       str) else None


@dataclass(slots=True)
class _ExportRows:
    """What an export reads from the database, before sessions are built from it."""

    schedules: dict[str, Schedule]
    wanted: set[str] | None
    singles: list[SessionRecord]
    series: list[SessionRecord]
    exceptions: dict[str, list[SessionRecord]]


def gather_export(svc, *, start: date | None = None, end: date | None = None,
                  schedule_ids: Iterable[str] | None = None,
                  include_pi: bool = False) -> ExportBundle:
    return _bundle(svc, _read_export(svc, start, end, schedule_ids), include_pi)


def _read_export(svc, start: date | None, end: date | None,
                 schedule_ids: Iterable[str] | None) -> _ExportRows:
    from sessions_desktop.errors import ValidationError

    if (start is None) != (end is None):
        raise ValidationError("give both start and end, or neither", field="start")
    if start is not None and end is not None:   # no offset: the business zone; a date: midnight
        start = as_aware(start, svc.ctx.business_zone)
        end = as_aware(end, svc.ctx.business_zone)
    if start is not None and end is not None and end <= start:
        raise ValidationError("must be after start", field="end")
    repo = svc.ctx.repo
    with repo.read():
        schedules = svc.schedules.by_id()
        wanted = _wanted_schedules(schedules, schedule_ids)
        singles, series = _records(repo, start, end)
        exceptions = _exceptions_by_series(repo)
    return _ExportRows(schedules, wanted, singles, series, exceptions)


def _bundle(svc, rows: _ExportRows, include_pi: bool) -> ExportBundle:
    schedules, wanted = rows.schedules, rows.wanted

    def keep(record: SessionRecord) -> bool:
        return record.status != CANCELLED and (wanted is None or record.schedule_id in wanted)

    fieldset = Fieldset.ALL_PI if include_pi else Fieldset.NO_PI
    project = _same     # the NO_PI fieldset already builds sessions without PI (strip_pi)
    single_sessions = [project(build_single(r, schedules, fieldset)) for r in rows.singles
                       if keep(r)]
    series_exports = [_series_export(svc, r, rows.exceptions.get(r.id, ()), schedules,
                                     fieldset, project) for r in rows.series if keep(r)]
    return ExportBundle(single_sessions, series_exports, schedules, svc.ctx.business_zone_name)


def _same(session: Session) -> Session:
    return session


def _wanted_schedules(schedules: dict[str, Schedule], ids: Iterable[str] | None
                      ) -> set[str] | None:
    if ids is None:
        return None
    from sessions_desktop.errors import NotFoundError

    wanted = set(ids)
    unknown = sorted(wanted - schedules.keys())
    if unknown:
        raise NotFoundError(f"no schedule with id {unknown[0]!r}")
    return wanted


def _records(repo, start: datetime | None, end: datetime | None
             ) -> tuple[list[SessionRecord], list[SessionRecord]]:
    if start is None or end is None:
        return repo.all_records([SINGLE]), repo.all_records([SERIES])
    lo, hi = to_epoch(start), to_epoch(end)
    rows = repo.window_rows(lo, hi, types=None, schedule_ids=None)
    singles = [r for r in (SessionRecord.from_row(row[:-1]) for row in rows)
               if r.kind == SINGLE]
    return singles, repo.series_overlapping(lo, hi)


def _exceptions_by_series(repo) -> dict[str, list[SessionRecord]]:
    found: dict[str, list[SessionRecord]] = {}
    for record in repo.all_records([EXCEPTION]):
        found.setdefault(record.series_id or "", []).append(record)
    return found


def _series_export(svc, record: SessionRecord, exceptions: Iterable[SessionRecord],
                   schedules: dict[str, Schedule], fieldset: Fieldset,
                   project: Callable[[Session], Session]) -> SeriesExport:
    info = svc.sessions.cache.info(record)
    changed = [project(build_instance(info, datetime.fromisoformat(e.original_local or ""), e,
                                      schedules, fieldset)) for e in exceptions]
    return SeriesExport(project(build_series(record, schedules, fieldset)), changed)


# -- import ------------------------------------------------------------------------------------
def read_plan(svc, data: bytes, *, partial: bool, progress: Progress | None = None
              ) -> ImportPlan:
    scaled = None
    if progress is not None:
        def scaled(done: int, total: int) -> bool:
            return progress(PARSE_SHARE * done // max(total, 1), 1000) is not False
    return parse_calendar(data, business_time_zone=svc.ctx.business_zone_name,
                          partial=partial, progress=scaled)


def import_ics(svc, data: bytes, *, schedule_name: str | None = None, partial: bool = False,
               progress: Progress | None = None) -> ImportReport:
    """Import .ics bytes in one transaction. Without ``partial`` a damaged file (or any event
    the services refuse) imports nothing and raises ValidationError; with it, what is readable
    is imported and the rest is reported as skipped. ``progress(done, total)`` returning False
    cancels (ImportCancelled, nothing written)."""
    plan = read_plan(svc, data, partial=partial, progress=progress)
    report = ImportReport(skipped=list(plan.skipped), warnings=list(plan.warnings))
    total = len(plan.items)
    with svc.ctx.unit("import") as unit:   # schedules, new and updated sessions: one step
        chooser = ScheduleChooser(svc, plan, schedule_name, create=True)
        existing = set(svc.ctx.repo.get_many(item.uid for item in plan.items))
        applier = Applier(svc, chooser, report, partial, existing, unit.writes)
        for index, item in enumerate(plan.items):
            _report(progress, index, total)
            applier.apply(item)
        report.created_schedules = chooser.created_names
        applier.flush()
    change = unit.change()
    report.change = change if change.undoable else None
    if progress is not None:
        progress(1000, 1000)
    return report


def _report(progress: Progress | None, index: int, total: int) -> None:
    if progress is None or index % 100:
        return
    if progress(PARSE_SHARE + (1000 - PARSE_SHARE) * index // max(total, 1), 1000) is False:
        raise ImportCancelled(f"import cancelled after {index} of {total} sessions; nothing "
                              "was written")


def preview_ics(svc, data: bytes) -> ImportPreview:
    """How many sessions a file holds, into which schedules they would go, what is skipped and
    what cannot be represented. Reads the readable part of a damaged file; writes nothing."""
    plan = read_plan(svc, data, partial=True)
    chooser = ScheduleChooser(svc, plan, None, create=False)
    existing = svc.ctx.repo.get_many(item.uid for item in plan.items)
    targets: dict[str, int] = {}
    for item in plan.items:
        name = chooser.target_name(item)
        targets[name] = targets.get(name, 0) + 1
    return ImportPreview(
        sessions=len(plan.items), recurring=sum(1 for i in plan.items if i.is_recurring),
        changed_instances=plan.override_count, new=len(plan.items) - len(existing),
        updates=len(existing), schedules=targets, new_schedules=chooser.planned_new(targets),
        skipped=list(plan.skipped), warnings=list(plan.warnings),
        calendar_names=list(plan.calendar_names))


__all__ = ["ExportReport", "ImportPreview", "ImportReport", "export_ics", "gather_export",
           "import_ics", "preview_ics"]
