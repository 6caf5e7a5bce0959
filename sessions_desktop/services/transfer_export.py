"""iCalendar export at the service level: which sessions go into a file, and the files.

Export gathers live singles, recurring sessions and their exceptions (optionally for a date
range, some schedules, or the sessions of one staff member) and hands them to
``ical.export_calendar``. Cancelled (deleted) singles and series stay out of the file;
cancelled instances of a live series become EXDATEs.

What a file is for decides what is in it (docs/decisions.md, iCalendar):
- working hours (``WORKING_HOURS`` sessions) and time off (sessions tagged ``Blocked``) stay
  out unless asked for: in a phone's or Google's calendar they would only be clutter;
- the calendar is named after the business (and the schedule or staff member when the file
  holds only theirs);
- personal information (participants, the session's location) only with ``include_pi``;
- a staff member's file holds the sessions of their schedule and those that take them (linked
  as BUSY), which is what their phone should show.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sessions_desktop import private_files
from sessions_desktop.domain.enums import (
    BLOCKED_TAG,
    Fieldset,
    ScheduleKind,
    ScheduleStatus,
    SessionStatus,
    SessionType,
    Transparency,
)
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import as_aware, to_epoch
from sessions_desktop.errors import NotFoundError, ValidationError
from sessions_desktop.ical import ExportBundle, ExportCancelled, SeriesExport, export_calendar
from sessions_desktop.services.business import business_name
from sessions_desktop.services.locate import (
    build_instance,
    build_series,
    build_single,
    build_single_row,
)
from sessions_desktop.services.values import ExportReport
from sessions_desktop.storage.records import (
    COLUMNS,
    EXCEPTION,
    SERIES,
    SINGLE,
    SessionRecord,
)
from sessions_desktop.storage.repository import Repository

if TYPE_CHECKING:
    from sessions_desktop.services import Services

Progress = Callable[[int, int], bool]
CANCELLED = SessionStatus.CANCELLED.value
_STATUS, _SCHEDULE = COLUMNS.index("status"), COLUMNS.index("schedule_id")
DEFAULT_NAME = "Sessions Desktop"


@dataclass(frozen=True, slots=True)
class Contents:
    """What kinds of sessions a file holds besides the business's events."""

    working_hours: bool = False
    time_off: bool = False

    def keeps(self, session: Session) -> bool:
        if session.type is SessionType.WORKING_HOURS:
            return self.working_hours
        return self.time_off or BLOCKED_TAG not in session.tags


def export_ics(svc: Services, path_or_stream: str | Path | IO[bytes], *, start: date | None = None,
               end: date | None = None, schedule_ids: Iterable[str] | None = None,
               include_pi: bool = False, calendar_name: str | None = None,
               working_hours: bool = False, time_off: bool = False,
               progress: Progress | None = None) -> ExportReport:
    """Write an .ics of the whole calendar, or of sessions overlapping [start, end), or of
    some schedules. Returns counts; raises ValidationError/NotFoundError for bad arguments
    and ExportCancelled when ``progress`` returns False (nothing is written then)."""
    ids = tuple(schedule_ids) if schedule_ids is not None else None
    bundle = gather_export(svc, start=start, end=end, schedule_ids=ids,
                           include_pi=include_pi,
                           contents=Contents(working_hours, time_off))
    bundle.calendar_name = calendar_name or _calendar_name(svc, bundle.schedules, ids)
    data = export_calendar(bundle, include_pi=include_pi, progress=progress)
    where = write_file(path_or_stream, data, private=include_pi)
    return ExportReport(where, len(bundle.singles), len(bundle.series),
                        sum(len(s.exceptions) for s in bundle.series), len(data))


def export_staff_files(svc: Services, folder: str | Path, *, start: date | None = None,
                       end: date | None = None, include_pi: bool = False,
                       working_hours: bool = False, time_off: bool = False,
                       business_file: bool = False, progress: Progress | None = None
                       ) -> list[ExportReport]:
    """One .ics per active staff member in ``folder`` (``<name>.ics``: their sessions and
    those that take them), and with ``business_file`` one for the whole business. Each file
    is replaced atomically (written beside it, then renamed)."""
    contents = Contents(working_hours, time_off)
    whole = gather_export(svc, start=start, end=end, include_pi=include_pi, contents=contents)
    staff = sorted((s for s in whole.schedules.values() if s.kind is ScheduleKind.STAFF
                    and s.status is ScheduleStatus.ACTIVE), key=lambda s: s.name.casefold())
    jobs: list[tuple[str, ExportBundle]] = [
        (f"{file_stem(s.name)}.ics", _of_staff(whole, s.id,
                                               _calendar_name(svc, whole.schedules, (s.id,))))
        for s in staff]
    if business_file:
        whole.calendar_name = _calendar_name(svc, whole.schedules, None)
        jobs.insert(0, (f"{file_stem(whole.calendar_name)}.ics", whole))
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    reports = []
    for index, (name, bundle) in enumerate(jobs):
        if progress is not None and progress(index, len(jobs)) is False:
            raise ExportCancelled(f"export cancelled after {index} of {len(jobs)} files")
        data = export_calendar(bundle, include_pi=include_pi)
        reports.append(ExportReport(write_file(folder / name, data, private=include_pi),
                                    len(bundle.singles),
                                    len(bundle.series),
                                    sum(len(s.exceptions) for s in bundle.series),
                                    len(data)))
    return reports


def file_stem(name: str) -> str:
    """A file name from a schedule's or business's name, safe on every platform."""
    stem = re.sub(r'[\\\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .-")
    return stem[:80] or "calendar"


def write_file(target: str | Path | IO[bytes], data: bytes, *, private: bool = False
               ) -> str | None:
    """Write ``data``; a path is replaced atomically (``private_files.write_file``: never half
    a file under the real name, nothing left behind on a full disk), 0600 when it holds
    personal information."""
    if not isinstance(target, (str, Path)):
        target.write(data)
        name = getattr(target, "name", None)
        return name if isinstance(name, str) else None
    private_files.write_file(Path(target), data, private=private)
    return str(target)


def _calendar_name(svc: Services, schedules: dict[str, Schedule],
                   ids: tuple[str, ...] | None) -> str:
    business = business_name(svc).strip()
    if ids is not None and len(ids) == 1 and ids[0] in schedules:
        schedule = schedules[ids[0]].name
        return f"{business} – {schedule}" if business else schedule
    return business or DEFAULT_NAME


def _of_staff(whole: ExportBundle, staff_id: str, name: str) -> ExportBundle:
    def takes(session: Session) -> bool:
        return session.schedule_id == staff_id or any(
            link.schedule_id == staff_id and link.transparency is Transparency.BUSY
            for link in session.affected_schedules)
    return replace(whole, singles=[s for s in whole.singles if takes(s)],
                   series=[s for s in whole.series if takes(s.definition)],
                   calendar_name=name)


# -- gathering ---------------------------------------------------------------------------
@dataclass(slots=True)
class _ExportRows:
    """What an export reads from the database, before sessions are built from it."""

    schedules: dict[str, Schedule]
    wanted: set[str] | None
    singles: list[SessionRecord]
    series: list[SessionRecord]
    exceptions: dict[str, list[SessionRecord]]
    single_rows: list[tuple[Any, ...]] | None = None   # the whole calendar's singles, as row tuples


def gather_export(svc: Services, *, start: date | None = None, end: date | None = None,
                  schedule_ids: Iterable[str] | None = None, include_pi: bool = False,
                  contents: Contents | None = None) -> ExportBundle:
    """The sessions a file holds. ``contents`` None keeps every kind (working hours and
    time off too), as a full backup of the calendar wants."""
    rows = _read_export(svc, start, end, schedule_ids)
    bundle = _bundle(svc, rows, include_pi)
    if contents is not None:
        bundle.singles = [s for s in bundle.singles if contents.keeps(s)]
        bundle.series = [s for s in bundle.series if contents.keeps(s.definition)]
    return bundle


def _read_export(svc: Services, start: date | None, end: date | None,
                 schedule_ids: Iterable[str] | None) -> _ExportRows:
    if (start is None) != (end is None):
        raise ValidationError("give both start and end, or neither", field="start")
    start_at: datetime | None = None
    end_at: datetime | None = None
    if start is not None and end is not None:   # no offset: the business zone; a date: midnight
        start_at = as_aware(start, svc.ctx.business_zone)
        end_at = as_aware(end, svc.ctx.business_zone)
    if start_at is not None and end_at is not None and end_at <= start_at:
        raise ValidationError("must be after start", field="end")
    repo = svc.ctx.repo
    with repo.read():
        schedules = svc.schedules.by_id()
        wanted = _wanted_schedules(schedules, schedule_ids)
        single_rows: list[tuple[Any, ...]] | None = None
        singles: list[SessionRecord]
        if start_at is None or end_at is None:
            single_rows = repo.all_rows([SINGLE])
            singles, series = [], repo.all_records([SERIES])
        else:
            singles, series = _records(repo, start_at, end_at)
        exceptions = _exceptions_by_series(repo)
    return _ExportRows(schedules, wanted, singles, series, exceptions, single_rows)


def _bundle(svc: Services, rows: _ExportRows, include_pi: bool) -> ExportBundle:
    schedules, wanted = rows.schedules, rows.wanted

    def keep(record: SessionRecord) -> bool:
        return record.status != CANCELLED and (wanted is None or record.schedule_id in wanted)

    # the NO_PI fieldset already builds sessions without PI (strip_pi)
    fieldset = Fieldset.ALL_PI if include_pi else Fieldset.NO_PI
    if rows.single_rows is not None:      # the whole calendar: straight from the row tuples
        singles = [build_single_row(r, schedules, fieldset, r[_STATUS]) for r in
                   rows.single_rows if r[_STATUS] != CANCELLED and
                   (wanted is None or r[_SCHEDULE] in wanted)]
    else:
        singles = [build_single(r, schedules, fieldset) for r in rows.singles if keep(r)]
    series = [_series_export(svc, r, rows.exceptions.get(r.id, ()), schedules, fieldset)
              for r in rows.series if keep(r)]
    return ExportBundle(singles, series, schedules, svc.ctx.business_zone_name)


def _wanted_schedules(schedules: dict[str, Schedule], ids: Iterable[str] | None
                      ) -> set[str] | None:
    if ids is None:
        return None
    wanted = set(ids)
    unknown = sorted(wanted - schedules.keys())
    if unknown:
        raise NotFoundError(f"no schedule with id {unknown[0]!r}")
    return wanted


def _records(repo: Repository, start: datetime, end: datetime
             ) -> tuple[list[SessionRecord], list[SessionRecord]]:
    lo, hi = to_epoch(start), to_epoch(end)
    rows = repo.window_rows(lo, hi, types=None, schedule_ids=None)
    singles = [r for r in (SessionRecord.from_row(row[:-1]) for row in rows)
               if r.kind == SINGLE]
    return singles, repo.series_overlapping(lo, hi)


def _exceptions_by_series(repo: Repository) -> dict[str, list[SessionRecord]]:
    found: dict[str, list[SessionRecord]] = {}
    for record in repo.all_records([EXCEPTION]):
        found.setdefault(record.series_id or "", []).append(record)
    return found


def _series_export(svc: Services, record: SessionRecord, exceptions: Iterable[SessionRecord],
                   schedules: dict[str, Schedule], fieldset: Fieldset) -> SeriesExport:
    info = svc.sessions.cache.info(record)
    changed = [build_instance(info, datetime.fromisoformat(e.original_local or ""), e,
                              schedules, fieldset) for e in exceptions]
    return SeriesExport(build_series(record, schedules, fieldset), changed)


__all__ = ["Contents", "ExportReport", "export_ics", "export_staff_files", "file_stem",
           "gather_export", "write_file"]
