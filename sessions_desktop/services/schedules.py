"""Schedules and resources: create, list, update, archive; the defaults sessions inherit."""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Mapping
from dataclasses import fields as dc_fields
from dataclasses import replace
from typing import Any

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.enums import OwnerKind, ScheduleKind, ScheduleStatus
from sessions_desktop.domain.model import Schedule, ScheduleDefaults
from sessions_desktop.domain.time import to_epoch, zone
from sessions_desktop.domain.wire import field_from_wire, field_to_wire
from sessions_desktop.errors import ConflictError, NotFoundError, ValidationError, Violations
from sessions_desktop.services.context import ServiceContext
from sessions_desktop.services.text_checks import check_text
from sessions_desktop.services.unit_of_work import Unit
from sessions_desktop.services.validation import check_field
from sessions_desktop.storage.records import ScheduleRecord, same_content

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_ID_LENGTH = 255  # as for sessions
_DEFAULT_NAMES = {f.name for f in dc_fields(ScheduleDefaults)}
_SCHEDULE_NAMES = {"name", "owner_kind", "kind", "owner_id", "time_zone", "colour",
                   "default_duration_minutes", "defaults"}
_KIND_OWNER = {ScheduleKind.INDIVIDUAL: OwnerKind.SERVICE, ScheduleKind.GROUP: OwnerKind.SERVICE,
               ScheduleKind.COURSE: OwnerKind.SERVICE, ScheduleKind.STAFF: OwnerKind.RESOURCE,
               ScheduleKind.ROOM: OwnerKind.RESOURCE, ScheduleKind.EQUIPMENT: OwnerKind.RESOURCE,
               ScheduleKind.BUSINESS: OwnerKind.BUSINESS}


def _defaults_to_json(defaults: ScheduleDefaults) -> dict[str, Any]:
    return {f: field_to_wire(f, getattr(defaults, f)) for f in _DEFAULT_NAMES
            if getattr(defaults, f) not in (None, ())}


def _defaults_from_json(data: Mapping[str, Any]) -> ScheduleDefaults:
    return ScheduleDefaults(**{k: field_from_wire(k, v) for k, v in data.items()
                               if k in _DEFAULT_NAMES})


def schedule_from_record(record: ScheduleRecord) -> Schedule:
    return Schedule(id=record.id, name=record.name, owner_kind=OwnerKind(record.owner_kind),
                    kind=ScheduleKind(record.kind), time_zone=record.time_zone,
                    colour=record.colour, owner_id=record.owner_id,
                    defaults=_defaults_from_json(record.defaults),
                    default_duration_minutes=record.default_duration,
                    status=ScheduleStatus(record.status), version=record.version)


class ScheduleService:
    """Schedules are few and read constantly, so they are cached and reloaded on change."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._cache: dict[str, Schedule] = {}
        self._cache_revision = -1
        ctx.repo.rollback_listeners.append(self.forget)

    def forget(self) -> None:
        """Drop the cache (a rolled-back write may have filled it with rows that never were)."""
        self._cache, self._cache_revision = {}, -1

    def _load(self) -> dict[str, Schedule]:
        revision = self.ctx.repo.schedules_revision()
        if revision != self._cache_revision:
            self._cache = {r.id: schedule_from_record(r) for r in self.ctx.repo.schedules()}
            self._cache_revision = revision
        return self._cache

    def by_id(self) -> dict[str, Schedule]:
        """Every schedule, archived included, keyed by id (cached)."""
        return self._load()

    def list_schedules(self, *, include_archived: bool = False,
                       owner_kind: OwnerKind | None = None) -> list[Schedule]:
        return [s for s in self._load().values()
                if (include_archived or not s.is_archived)
                and (owner_kind is None or s.owner_kind is owner_kind)]

    def get_schedule(self, schedule_id: str) -> Schedule:
        schedule = self._load().get(schedule_id)
        if schedule is None:
            raise NotFoundError(f"no schedule with id {schedule_id!r}")
        return schedule

    def create_schedule(self, values: Mapping[str, Any]) -> Schedule:
        """Create a service, resource or business schedule. ``name`` and ``kind`` are needed."""
        data = dict(values)
        kind = data.get("kind")
        base = Schedule(id=_checked_new_id(data.pop("id", None)), name="",
                        owner_kind=OwnerKind.SERVICE, kind=ScheduleKind.INDIVIDUAL,
                        time_zone=self.ctx.business_zone_name)
        if kind is not None and "owner_kind" not in data:
            with contextlib.suppress(ValueError):
                data["owner_kind"] = _KIND_OWNER[ScheduleKind(str(kind))]
        schedule = self._apply(base, data, creating=True)
        now = to_epoch(self.ctx.now())
        with self.ctx.unit("create_schedule") as unit:
            if self.ctx.repo.get_schedule(schedule.id) is not None:
                raise ValidationError(f"a schedule with id {schedule.id!r} exists", field="id")
            self.ctx.repo.insert_schedule(self._to_record(schedule, now, now))
            unit.note_schedule(schedule.id, None, self.ctx.repo.get_schedule(schedule.id))
            unit.result_id = schedule.id
            return self.get_schedule(schedule.id)

    def update_schedule(self, schedule_id: str, patch: Mapping[str, Any], *,
                        expected_version: int | None = None) -> Schedule:
        with self.ctx.unit("update_schedule") as unit:
            current = self.get_schedule(schedule_id)
            self._check_version(current, expected_version)
            updated = replace(self._apply(current, dict(patch), creating=False),
                              version=current.version + 1)
            self._store(unit, updated, current.version)
            return self.get_schedule(schedule_id)

    def archive_schedule(self, schedule_id: str, *, archived: bool = True,
                         expected_version: int | None = None) -> Schedule:
        """Archived schedules keep their sessions but leave lists and pickers."""
        with self.ctx.unit("archive_schedule") as unit:
            current = self.get_schedule(schedule_id)
            self._check_version(current, expected_version)
            status = ScheduleStatus.ARCHIVED if archived else ScheduleStatus.ACTIVE
            updated = replace(current, status=status, version=current.version + 1)
            self._store(unit, updated, current.version)
            return self.get_schedule(schedule_id)

    # -- helpers --------------------------------------------------------------------------
    def _check_version(self, current: Schedule, expected: int | None) -> None:
        if expected is not None and expected != current.version:
            raise ConflictError(f"schedule {current.name!r} was changed elsewhere (version "
                                f"{current.version}, expected {expected}); nothing was saved")

    def _store(self, unit: Unit, schedule: Schedule, expected_version: int) -> None:
        """Write a changed schedule and note its rows before and after (for undo)."""
        before = self.ctx.repo.get_schedule(schedule.id)
        now = to_epoch(self.ctx.now())
        record = self._to_record(schedule, before.created_utc if before else now, now)
        if not self.ctx.repo.update_schedule(record, expected_version):
            raise ConflictError(f"schedule {schedule.name!r} was changed elsewhere")
        after = self.ctx.repo.get_schedule(schedule.id)
        self._note(unit, schedule.id, before, after)

    def _note(self, unit: Unit, schedule_id: str, before: ScheduleRecord | None,
              after: ScheduleRecord | None) -> None:
        """Note a schedule write; when the values its sessions inherit changed, those
        sessions show new values, so their versions grow (Wix: the version of a session
        grows with any change it shows)."""
        unit.note_schedule(schedule_id, before, after)
        unit.result_id = unit.result_id or schedule_id
        if before is not None and after is not None and before.defaults != after.defaults:
            self.ctx.repo.bump_session_versions(schedule_id)

    def _to_record(self, s: Schedule, created: int, updated: int) -> ScheduleRecord:
        return ScheduleRecord(s.id, s.name, s.owner_kind.value, s.kind.value, s.owner_id,
                              s.time_zone, s.colour, _defaults_to_json(s.defaults),
                              s.default_duration_minutes, s.status.value, s.version, created,
                              updated)

    def _apply(self, base: Schedule, data: dict[str, Any], *, creating: bool) -> Schedule:
        problems = Violations()
        defaults_patch = dict(data.pop("defaults", {}) or {})
        for key in list(data):
            if key in _DEFAULT_NAMES:
                defaults_patch[key] = data.pop(key)
        for key in data:
            if key not in _SCHEDULE_NAMES:
                problems.add(str(key), "is not a schedule field")
        for key in ("name", "owner_id", "time_zone", "colour"):
            check_text(data.get(key), problems, key)
        check_text(base.id, problems, "id")
        changes = self._schedule_changes(data, problems, creating)
        defaults = self._defaults_changes(base.defaults, defaults_patch, problems)
        problems.raise_if_any()
        return replace(base, **changes, defaults=defaults)

    def _schedule_changes(self, data: dict[str, Any], problems: Violations,
                          creating: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if "name" in data or creating:
            out["name"] = _checked_name(data.get("name"), problems)
        for key, enum in (("kind", ScheduleKind), ("owner_kind", OwnerKind)):
            if key in data:
                try:
                    out[key] = enum(str(data[key]).upper())
                except ValueError:
                    problems.add(key, f"must be one of {', '.join(e.value for e in enum)}")
        if creating and "kind" not in data:
            problems.add("kind", "a schedule needs a kind (INDIVIDUAL, GROUP, COURSE, STAFF, "
                                 "ROOM, EQUIPMENT or BUSINESS)")
        if "owner_id" in data:
            out["owner_id"] = data["owner_id"]
        for key, check in (("time_zone", _checked_zone), ("colour", _checked_colour),
                           ("default_duration_minutes", _checked_duration)):
            if key in data:
                value = check(data[key], problems)
                if value is not None:
                    out[key] = value
        return out

    def _defaults_changes(self, base: ScheduleDefaults, patch: dict[str, Any],
                          problems: Violations) -> ScheduleDefaults:
        changes: dict[str, Any] = {}
        for key, value in patch.items():
            if key not in _DEFAULT_NAMES:
                problems.add(f"defaults.{key}", "is not a default a schedule can give")
                continue
            checked = check_field(key, value, problems, prefix="defaults.")
            if key == "affected_schedules" and checked:
                unknown = [a.schedule_id for a in checked if a.schedule_id not in self._load()]
                if unknown:
                    problems.add("defaults.affected_schedules",
                                 f"unknown schedule {unknown[0]!r}")
            changes[key] = () if checked is None and key in ("tags", "affected_schedules") \
                else checked
        return replace(base, **changes)

    # -- undo -----------------------------------------------------------------------------
    def check_unchanged_since(self, change: ChangeRecord) -> None:
        """ConflictError when a schedule a change wrote was changed after it."""
        for schedule_id, expected in change.schedules_after:
            if not same_content(self.ctx.repo.get_schedule(schedule_id), expected):
                raise ConflictError("a schedule was changed after this step; it cannot be "
                                    "undone without losing that change")

    def put_back(self, change: ChangeRecord, unit: Unit) -> None:
        """Write back the schedule rows a change found (before their sessions go back)."""
        repo = self.ctx.repo
        for schedule_id, old in change.schedules_before:
            if old is None:
                continue
            current = repo.get_schedule(schedule_id)
            repo.put_schedule(replace(old, version=(current.version if current else
                                                    old.version) + 1))
            self._note(unit, schedule_id, current, repo.get_schedule(schedule_id))
        self.forget()

    def remove_created(self, change: ChangeRecord, unit: Unit) -> None:
        """Remove the schedules a change created (after their sessions are gone); refused
        while one still has sessions written since (undo those first)."""
        repo = self.ctx.repo
        for schedule_id, old in change.schedules_before:
            if old is not None:
                continue
            current = repo.get_schedule(schedule_id)
            if repo.sessions_of_schedule(schedule_id):
                raise ConflictError("the schedule has sessions now; remove them first")
            repo.delete_schedule(schedule_id)
            self._note(unit, schedule_id, current, None)
        self.forget()


def _checked_new_id(value: Any) -> str:
    """A caller may bring the id (a copy from another file keeps it); else a new one."""
    if value is None:
        return uuid.uuid4().hex
    if not isinstance(value, str) or not 0 < len(value) <= MAX_ID_LENGTH or \
            value != value.strip():
        raise ValidationError(f"an id is 1 to {MAX_ID_LENGTH} characters without spaces at "
                              "the ends", field="id")
    return value


def _checked_name(value: Any, problems: Violations) -> str:
    name = str(value or "").strip()
    if not name:
        problems.add("name", "a schedule needs a name")
    elif len(name) > 200:
        problems.add("name", "at most 200 characters")
    return name


def _checked_zone(value: Any, problems: Violations) -> str | None:
    try:
        zone(value)
    except ValidationError:
        problems.add("time_zone", f"unknown time zone {value!r}")
        return None
    return str(value)   # zone() takes only a str


def _checked_colour(value: Any, problems: Violations) -> str | None:
    if not isinstance(value, str) or not _COLOUR.match(value):
        problems.add("colour", "must look like #RRGGBB")
        return None
    return value.lower()


def _checked_duration(value: Any, problems: Violations) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 24 * 60 * 7:
        problems.add("default_duration_minutes", "must be 1 to 10080 minutes")
        return None
    return value
