"""iCalendar import and export at the service level: which sessions, which schedule, one
transaction.

Export is in ``transfer_export`` (re-exported here, so this module stays the one door).

Import streams a file's events (``ical.stream_calendar``) into ONE transaction
(``transfer_apply``): a failure writes nothing. The target schedule of each event is
``schedule_name`` (found by name, or created as a GROUP service), else the schedule its
X-SESSIONS-SCHEDULE-ID/-NAME names when that exists, else a schedule of the name the file
recorded (created), else one named after the calendar (X-WR-CALNAME) or "Imported". The UID
becomes the session id, so importing the same file again updates instead of duplicating.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sessions_desktop.ical import Workers, parse_calendar, stream_calendar
from sessions_desktop.ical.plan import ImportCancelled, ImportedEvent, ImportPlan
from sessions_desktop.services.transfer_apply import Applier, ScheduleChooser
from sessions_desktop.services.transfer_export import (
    ExportReport,
    export_ics,
    export_staff_files,
    gather_export,
)
from sessions_desktop.services.values import ImportPreview, ImportReport

if TYPE_CHECKING:
    from sessions_desktop.services import Services

Progress = Callable[[int, int], bool]
APPLY_CALLER_EVERY = 0   # with a worker, it reads every batch: this process applies them
STREAM_SHARE = 950       # progress: reading and applying 0..950 of 1000, the end 950..1000
BULK_FROM = 5000         # events in a file from which an empty database's indexes wait


# -- import ------------------------------------------------------------------------------------
Source = bytes | str | Path


def read_source(source: Source) -> bytes:
    """The bytes of an import: given, or read from a path."""
    if isinstance(source, bytes):
        return source
    return Path(source).read_bytes()


def read_plan(svc: Services, data: Source, *, partial: bool, progress: Progress | None = None
              ) -> ImportPlan:
    return parse_calendar(read_source(data), business_time_zone=svc.ctx.business_zone_name,
                          partial=partial, progress=_parse_progress(progress))


def _parse_progress(progress: Progress | None, share: int = 1000) -> Progress | None:
    """Reading (and, when streaming, applying) counts 0..``share`` of 1000."""
    if progress is None:
        return None

    def scaled(done: int, total: int) -> bool:
        return progress(done * share // max(total, 1), 1000) is not False
    return scaled


def import_ics(svc: Services, source: Source, *, schedule_name: str | None = None,
               partial: bool = False, progress: Progress | None = None) -> ImportReport:
    """Import .ics bytes (or the file at a path) in one transaction. Without ``partial`` a
    damaged file (or any event the services refuse) imports nothing and raises
    ValidationError; with it, what is readable is imported and the rest is reported as
    skipped. ``progress(done, total)`` returning False cancels (ImportCancelled, nothing
    written).

    The file is read and written in batches that stream (``ical.stream_calendar``): each
    batch of events is applied as soon as it is read, inside the one transaction, so memory
    holds a few batches, not the file's sessions. One transaction rather than a staging
    table: SQLite keeps the growing transaction on disk (its journal), a rollback is free
    and complete, and nothing has to be copied at the end (docs/decisions.md)."""
    report = ImportReport()
    names: list[str] = []

    def cancelled() -> bool:
        return progress is not None and progress(STREAM_SHARE, 1000) is False

    pending = [read_source(source)]       # handed on, not held: the reader frees it early
    events = pending[0].count(b"BEGIN:VEVENT")
    workers = Workers(events)   # started before the file is read (they start meanwhile)
    with workers, svc.ctx.unit("import") as unit:   # schedules, sessions: one step
        chooser = ScheduleChooser(svc, names, schedule_name, create=True)
        applier = Applier(svc, chooser, report, partial, cancelled, unit)
        if events >= BULK_FROM:
            applier.defer_indexes()
        plan = stream_calendar(pending.pop(), applier.apply_batch,
                               business_time_zone=svc.ctx.business_zone_name,
                               partial=partial,
                               progress=_parse_progress(progress, STREAM_SHARE),
                               caller_every=APPLY_CALLER_EVERY, calendar_names=names,
                               workers=workers if workers.pool else None)
        report.skipped[:0] = plan.skipped
        report.warnings[:0] = plan.warnings
        report.created_schedules = chooser.created_names
        applier.finish(workers.pool)
        workers.close()                 # before the commit: they have nothing left to do
        if progress is not None and progress(1000, 1000) is False:    # the last moment
            raise ImportCancelled("import cancelled; nothing was written")
    change = unit.result()
    report.change = change if change.undoable or unit.refresh_all else None
    return report


def preview_ics(svc: Services, data: Source) -> ImportPreview:
    """How many sessions a file holds, into which schedules they would go, what is skipped and
    what cannot be represented. Reads the readable part of a damaged file; writes nothing.
    Counts as the file streams by, so a large file is not held as sessions."""
    names: list[str] = []
    chooser = ScheduleChooser(svc, names, None, create=False)
    counts = {"sessions": 0, "recurring": 0, "changed": 0, "existing": 0}
    targets: dict[str, int] = {}

    def count(items: list[ImportedEvent]) -> None:
        counts["sessions"] += len(items)
        counts["recurring"] += sum(1 for item in items if item.is_recurring)
        counts["changed"] += sum(len(item.overrides) for item in items)
        counts["existing"] += len(svc.ctx.repo.existing_ids(item.uid for item in items))
        for item in items:
            name = chooser.target_name(item)
            targets[name] = targets.get(name, 0) + 1

    plan = stream_calendar(read_source(data), count,
                           business_time_zone=svc.ctx.business_zone_name, partial=True,
                           calendar_names=names)
    return ImportPreview(
        sessions=counts["sessions"], recurring=counts["recurring"],
        changed_instances=counts["changed"], new=counts["sessions"] - counts["existing"],
        updates=counts["existing"], schedules=targets, new_schedules=chooser.planned_new(targets),
        skipped=list(plan.skipped), warnings=list(plan.warnings), calendar_names=list(names))


__all__ = ["ExportReport", "ImportPreview", "ImportReport", "export_ics", "export_staff_files",
           "gather_export", "import_ics", "preview_ics"]
