"""Applying an ImportPlan through the session services: target schedules, create or update by
UID, changed and cancelled instances, and what to report when an event is refused.

Runs inside the caller's transaction (``transfer.import_ics``), a batch of events at a time as
the file is read; every event is also its own savepoint, so with ``partial`` a refused event is
skipped and the rest still goes in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sessions_desktop.domain.enums import ScheduleStatus, Scope, SessionStatus, Transparency
from sessions_desktop.domain.model import LinkedSchedule, Schedule
from sessions_desktop.domain.time import wall_clock, zone
from sessions_desktop.errors import FieldViolation, NotFoundError, SessionsError, ValidationError
from sessions_desktop.ical.plan import (
    ImportCancelled,
    ImportedEvent,
    ImportedOverride,
    SkippedComponent,
)
from sessions_desktop.ical.worker import PipeWorker
from sessions_desktop.services.locate import locate
from sessions_desktop.services.materialise_many import materialise_many
from sessions_desktop.services.new_singles import NewSingles
from sessions_desktop.services.series import INSTANCE_SEPARATOR, instance_id, materialise
from sessions_desktop.services.unit_of_work import Unit
from sessions_desktop.services.values import ImportReport
from sessions_desktop.storage.bulk_indexes import DeferredIndexes
from sessions_desktop.storage.records import EXCEPTION, SERIES, SessionRecord

if TYPE_CHECKING:
    from sessions_desktop.services import Services

FALLBACK_SCHEDULE = "Imported"
IMPORT_KIND = "GROUP"
CANCELLED = SessionStatus.CANCELLED.value
_RECURRENCE_KEYS = ("recurrence", "recurrence_dates", "excluded_dates")
_SERIES_ONLY = ("schedule_id", "type", "time_zone", "all_day")
_MISSING = object()
FLUSH_EVERY = 500   # new sessions written together (``Applier.flush``)
UNDO_ROWS = 20_000  # an import of more rows is not one undo step (memory stays bounded)
CHECK_EVERY = 50    # series materialised between two questions "cancelled?"


class Refused(Exception):
    """An event we leave alone, with the reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ScheduleChooser:
    """Which schedule each imported event goes to (see ``transfer`` for the order)."""

    def __init__(self, svc: Services, calendar_names: list[str], forced: str | None, *,
                 create: bool) -> None:
        self.svc = svc
        self.calendar_names = calendar_names     # filled as the file is read
        self.create = create
        self.forced = forced.strip() if forced and forced.strip() else None
        active = [s for s in svc.schedules.by_id().values()
                  if s.status is ScheduleStatus.ACTIVE]
        self.by_id = {s.id: s for s in active}
        self.by_name = {s.name.casefold(): s for s in active}
        self.made: dict[str, Schedule] = {}
        self.created_names: list[str] = []

    def known(self, schedule_id: str) -> bool:
        return schedule_id in self.by_id or any(s.id == schedule_id for s in self.made.values())

    def _hinted(self, item: ImportedEvent) -> Schedule | None:
        if item.schedule_hint and item.schedule_hint in self.by_id:
            return self.by_id[item.schedule_hint]
        for name in (item.schedule_name, item.schedule_hint):
            if name and name.casefold() in self.by_name:
                return self.by_name[name.casefold()]
        return None

    def _name_for(self, item: ImportedEvent) -> tuple[str, Schedule | None]:
        if self.forced:
            return self.forced, None
        hinted = self._hinted(item)
        if hinted is not None:
            return hinted.name, hinted
        return item.schedule_name or self.fallback, None

    @property
    def fallback(self) -> str:
        return self.calendar_names[0] if self.calendar_names else FALLBACK_SCHEDULE

    def target_name(self, item: ImportedEvent) -> str:
        return self._name_for(item)[0]

    def target(self, item: ImportedEvent) -> Schedule:
        name, hinted = self._name_for(item)
        return hinted if hinted is not None else self._named(name)

    def _named(self, name: str) -> Schedule:
        key = name.casefold()
        found = self.by_name.get(key) or self.made.get(key)
        if found is not None:
            return found
        if not self.create:
            raise RuntimeError("preview does not create schedules")
        schedule = self.svc.schedules.create_schedule({"name": name, "kind": IMPORT_KIND})
        self.made[key] = schedule
        self.created_names.append(schedule.name)
        return schedule

    def planned_new(self, targets: dict[str, int]) -> list[str]:
        return [n for n in targets if n.casefold() not in self.by_name]


class Applier:
    """Applies batches of imported events as they are read (``apply_batch``).

    New sessions are validated by the service and inserted through the import's unit of work
    (``ctx.unit("import")``), a few hundred at a time with one statement (``flush``): always
    before anything else is written or read, so the database sees the same rows in the same
    order as with one insert each. Changed instances of a new recurring session are written
    through the same WriteSet
    (one materialisation of the series at the end, not one per instance). Sessions that exist
    already are updated through the public service calls, which join that unit. A failed
    write is a StorageError either way, which fails the whole import.

    The import is one change record (one refresh, one undo step) while it holds at most
    ``UNDO_ROWS`` rows; a larger import keeps only what the end needs (the series to
    materialise, the span and schedules touched), so its memory stays bounded: its change
    record refreshes every view and carries no rows to undo it (docs/decisions.md)."""

    def __init__(self, svc: Services, chooser: ScheduleChooser, report: ImportReport,
                 partial: bool, cancelled: Callable[[], bool], unit: Unit) -> None:
        self.svc = svc
        self.cancelled = cancelled      # asked between long steps at the end
        self.repo = svc.ctx.repo
        self.sessions = svc.sessions
        self.new_singles = NewSingles(svc.ctx)
        self.chooser = chooser
        self.report = report
        self.partial = partial
        self.existing: set[str] = set()
        self.unit = unit                # the import's unit of work (services.unit_of_work)
        self.writes = unit.writes
        self.pending: list[SessionRecord] = []
        self.large = False
        self.series_ids: set[str] = set()       # kept once the rows are let go
        self.schedule_ids: set[str] = set()
        self.indexes: DeferredIndexes | None = None    # set aside by ``defer_indexes``
        self.applied: set[str] | None = None    # with an empty start: every UID applied

    def defer_indexes(self) -> None:
        """A large file into an empty database: its secondary indexes are built once at the
        end (``storage.bulk_indexes``), inside this import's transaction."""
        self.indexes = DeferredIndexes.defer(self.repo)
        if self.indexes is not None:
            self.applied = set()

    def apply_batch(self, items: list[ImportedEvent]) -> None:
        uids = (item.uid for item in items)
        if self.applied is not None:    # which can exist: see ``_may_exist``
            uids = (uid for uid in uids if self._may_exist(uid))
        self.existing = self.repo.existing_ids(uids)
        for item in items:
            self.apply(item)
        self.flush()
        self._bound()

    def _may_exist(self, uid: str) -> bool:
        """The database had no session when this import began (``defer_indexes``): every row
        since was written through this import's WriteSet (whose ids are kept in ``applied``
        before it lets its rows go), so a UID that is neither there nor an instance id (a
        series' id, the separator, a slot) cannot name a row and is not looked up."""
        assert self.applied is not None
        return INSTANCE_SEPARATOR in uid or uid in self.applied or uid in self.writes.after

    def flush(self) -> None:
        if self.pending:
            self.writes.insert_new(self.pending)
            self.pending = []

    def _bound(self) -> None:
        """Past ``UNDO_ROWS`` rows, let the WriteSet's rows go (the series ids stay)."""
        writes = self.writes
        if not self.large and len(writes.after) <= UNDO_ROWS:
            return
        self.large = True
        if self.applied is not None:
            self.applied.update(writes.after)
        for record in (*writes.before.values(), *writes.after.values()):
            if record is None:
                continue
            self.schedule_ids.add(record.schedule_id)
            if record.kind == SERIES:
                self.series_ids.add(record.id)
            elif record.kind == EXCEPTION and record.series_id:
                self.series_ids.add(record.series_id)
        writes.before.clear()
        writes.after.clear()
        writes.forget_unfinished()          # the series are materialised here, at the end

    def finish(self, pool: list[PipeWorker] | None = None) -> None:
        """The last batch written. A small import is left to its unit (one change record,
        its series materialised at commit); a large one has let its rows go, so its series
        are materialised here (their rows computed with the ``pool`` of worker processes,
        when there is one) and its change asks every view to reload."""
        self.flush()
        if not self.large:
            self._restore_sessions()
            self._restore_occurrences()
            return
        self._bound()
        ids = sorted(self.series_ids)
        if pool:    # the session indexes are built while the workers compute the first rows
            materialise_many(self.repo, ids, self.writes.now, pool, self.cancelled,
                             meanwhile=self._restore_sessions)
        else:
            self._restore_sessions()
            for index, series_id in enumerate(ids):
                if index % CHECK_EVERY == 0 and self.cancelled():
                    raise ImportCancelled("import cancelled; nothing was written")
                record = self.repo.get(series_id)
                if record is not None:
                    materialise(self.repo, record, self.writes.now)
        self._restore_occurrences()
        self.repo.bump_sessions_revision()
        self.unit.refresh_all = True
        self.unit.refreshed_schedules.update(self.schedule_ids)

    def _restore_sessions(self) -> None:
        """Series are read by id and by series id (indexes never deferred), so this may come
        before or during their materialisation; it comes before the occurrence indexes."""
        if self.indexes is not None:
            self.indexes.restore_sessions()

    def _restore_occurrences(self) -> None:
        if self.indexes is not None:
            self.indexes.restore_occurrences()
            self.indexes = None

    def apply(self, item: ImportedEvent) -> None:
        schedule = self.chooser.target(item)
        try:
            if item.uid not in self.existing:
                self._insert(item, schedule)   # validated before anything is written
                return
            self.flush()
            with self.repo.write():  # a savepoint: a refused event leaves nothing behind
                self._apply(item, schedule)
        except Refused as refused:
            self._skip(item, refused.reason, broken=False)
        except (ValidationError, NotFoundError) as error:
            if not self.partial:
                raise ValidationError([FieldViolation(_describe(item), str(error)),
                                       FieldViolation("file", "nothing was imported; import "
                                                      "with --partial to import the rest")]
                                      ) from None
            self._skip(item, f"refused: {error}", broken=True)

    def _skip(self, item: ImportedEvent, reason: str, broken: bool) -> None:
        self.report.skipped.append(SkippedComponent("VEVENT", item.uid, item.title or None,
                                                    item.line, reason, broken))

    def _insert(self, item: ImportedEvent, schedule: Schedule) -> None:
        fields = {**self._fields(item, schedule, patch=False), "id": item.uid}
        record = self.new_singles.record(fields, schedule) if not item.overrides else None
        if record is None:      # not a plain single, or refused: the general path decides
            record = self.sessions._new_record(fields)
        if item.status is SessionStatus.CANCELLED:
            record.status = CANCELLED
        if not item.overrides:
            self.pending.append(record)
            if len(self.pending) >= FLUSH_EVERY:
                self.flush()
        else:
            self.flush()
            touched = set(self.writes.after)
            try:
                with self.repo.write():   # the series and its changed instances, or nothing
                    self.writes.insert(record, known_new=True)
                    for override in item.overrides:
                        self._override(item, override, new=True,
                                       series_cancelled=record.status == CANCELLED)
            except BaseException:
                for key in set(self.writes.after) - touched:
                    self.writes.after.pop(key, None)
                    self.writes.before.pop(key, None)
                raise
        self.existing.add(item.uid)
        if self.applied is not None:
            self.applied.add(item.uid)
        self._count(item, schedule, created=True)

    def _count(self, item: ImportedEvent, schedule: Schedule, *, created: bool) -> None:
        if created:
            self.report.created += 1
        else:
            self.report.updated += 1
        self.report.schedules[schedule.name] = self.report.schedules.get(schedule.name, 0) + 1

    def _apply(self, item: ImportedEvent, schedule: Schedule) -> None:
        existing = self.repo.get(item.uid)
        assert existing is not None
        self._update(item, existing, self._fields(item, schedule, patch=True))
        self._count(item, schedule, created=False)
        for override in item.overrides:
            self._override(item, override)
        if item.status is SessionStatus.CANCELLED:
            current = self.repo.get(item.uid)
            if current is not None and current.status != CANCELLED:
                self.sessions.delete_session(item.uid, scope="ALL" if item.is_recurring
                                             else None)

    def _fields(self, item: ImportedEvent, schedule: Schedule, *, patch: bool
                ) -> dict[str, Any]:
        """The file's fields for this schedule. A field the file marks as inherited inherits
        again when the schedule gives the same value; otherwise the value becomes the
        session's own."""
        fields = dict(item.fields)
        fields["schedule_id"] = schedule.id
        if item.free:
            fields["affected_schedules"] = _free_of(schedule.id,
                                                    fields.get("affected_schedules") or ())
        links = fields.get("affected_schedules")
        if links:
            kept = tuple(link for link in links if self.chooser.known(link.schedule_id))
            if len(kept) != len(links):
                _note(self.report, "linked schedules unknown in this calendar were dropped")
            fields["affected_schedules"] = kept
        for name in item.inherited:
            if name in fields and _same_value(fields[name], getattr(schedule.defaults, name,
                                                                    _MISSING)):
                if patch:
                    fields[name] = None     # inherit from the schedule again
                else:
                    del fields[name]
        return fields

    def _update(self, item: ImportedEvent, existing: SessionRecord,
                fields: dict[str, Any]) -> None:
        if existing.kind == EXCEPTION:
            raise Refused(f"its UID {item.uid!r} names a changed instance in this calendar")
        if existing.kind == SERIES and not item.is_recurring:
            raise Refused("it is recurring in this calendar but a single event in the file; "
                          "left unchanged")
        if existing.status == CANCELLED:
            if item.status is SessionStatus.CANCELLED:
                return
            self.sessions.restore_session(item.uid)
        scope = "ALL" if existing.kind == SERIES else None
        self.sessions.update_session(item.uid, fields, scope=scope)

    def _override(self, item: ImportedEvent, override: ImportedOverride, *,
                  new: bool = False, series_cancelled: bool = False) -> None:
        if series_cancelled:
            return      # instances of a cancelled series cannot change; they are cancelled
        tz = zone(item.fields["time_zone"])
        slot = wall_clock(override.original_start, tz)
        iid = instance_id(item.uid, slot, bool(item.fields.get("all_day")))
        try:
            with self.repo.write():
                if new:
                    self._change_new_instance(item, iid, override)
                else:
                    self._change_instance(item, iid, override)
        except NotFoundError:
            self.report.skipped.append(SkippedComponent(
                "VEVENT", item.uid, override.fields.get("title") or item.title or None,
                item.line, f"the changed instance of {slot.isoformat()} (RECURRENCE-ID) is not "
                           "an instance of its recurring event", broken=False))
            return
        self.report.instances += 1

    def _change_instance(self, item: ImportedEvent, iid: str, override: ImportedOverride
                         ) -> None:
        current = self.repo.get(iid)
        cancelled = current is not None and current.status == CANCELLED
        if override.cancelled:
            if not cancelled:
                self.sessions.delete_session(iid, scope="THIS")
            return
        if cancelled:
            self.sessions.restore_session(iid)
        self.sessions.update_session(iid, _override_patch(item, override), scope="THIS")


    def _change_new_instance(self, item: ImportedEvent, iid: str, override: ImportedOverride
                             ) -> None:
        """An instance of a series this import created: written through the import's
        WriteSet, so the series is materialised once at the end."""
        target = locate(self.repo, self.sessions.cache, iid)
        if override.cancelled:
            self.sessions.series.delete_instance(self.writes, target, Scope.THIS)
        else:
            self.sessions.series.update_instance(self.writes, target,
                                                 _override_patch(item, override))


def _override_patch(item: ImportedEvent, override: ImportedOverride) -> dict[str, Any]:
    """What the changed instance sets itself: its times, and fields that differ from the
    recurring event's (the rest keep inheriting from the series)."""
    master = item.fields
    patch = {}
    for key, value in override.fields.items():
        if key in _RECURRENCE_KEYS or key in _SERIES_ONLY:
            continue
        if key in ("start", "end") or master.get(key) != value:
            patch[key] = value
    if master.get("point_in_time") and not override.fields.get("point_in_time"):
        patch["point_in_time"] = False      # this instance has a real end
    return patch


def _free_of(schedule_id: str, links: tuple[LinkedSchedule, ...]
             ) -> tuple[LinkedSchedule, ...]:
    """TRANSP:TRANSPARENT: the session links its own schedule as FREE, so it takes none of
    that schedule's time (``availability.takes_time_of``)."""
    others = tuple(link for link in links if link.schedule_id != schedule_id)
    return (LinkedSchedule(schedule_id, Transparency.FREE), *others)


def _same_value(value: object, default: object) -> bool:
    if default is _MISSING:
        return False
    empty = (None, ())
    if value in empty and default in empty:
        return True
    return value == default


def _describe(item: ImportedEvent) -> str:
    where = f" at line {item.line}" if item.line else ""
    title = f" {item.title!r}" if item.title else ""
    return f"VEVENT{title} (UID {item.uid}){where}"


def _note(report: ImportReport, message: str) -> None:
    if message not in report.warnings:
        report.warnings.append(message)


__all__ = ["Applier", "ScheduleChooser", "SessionsError"]
