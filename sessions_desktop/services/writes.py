"""One write: the rows it touches, their state before and after, and the change it publishes.

Every service write goes through a ``WriteSet`` inside one IMMEDIATE transaction, so a write
is all or nothing, a stale version changes nothing, and undo can put the "before" rows back.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.time import from_epoch, localize, to_epoch, zone
from sessions_desktop.errors import ConflictError
from sessions_desktop.services.series import materialise
from sessions_desktop.storage.records import EXCEPTION, SERIES, SessionRecord
from sessions_desktop.storage.repository import Repository


class WriteSet:
    def __init__(self, repo: Repository, now: datetime) -> None:
        self.repo = repo
        self.now = now
        self.stamp = to_epoch(now)
        self.before: dict[str, SessionRecord | None] = {}
        self.after: dict[str, SessionRecord | None] = {}
        self.detached: list[str] = []
        self._unfinished: set[str] = set()    # ids written since the last finish()
        self._revision_bumped = False

    def _touch(self, session_id: str) -> None:
        self._unfinished.add(session_id)
        if session_id not in self.before:
            current = self.repo.get(session_id)
            self.before[session_id] = current.copy() if current else None

    def insert(self, record: SessionRecord, *, known_new: bool = False) -> SessionRecord:
        """``known_new``: the caller checked that no row has this id (a bulk import), so the
        row is not read back for its "before" state."""
        if known_new:
            self.before.setdefault(record.id, None)
            self._unfinished.add(record.id)
        else:
            self._touch(record.id)
        record.created_utc = record.created_utc or self.stamp
        record.updated_utc = self.stamp
        self.repo.insert(record)
        self.after[record.id] = record
        return record

    def insert_new(self, records: list[SessionRecord]) -> None:
        """``insert(record, known_new=True)`` of each record, with one statement."""
        for record in records:
            self.before.setdefault(record.id, None)
            self._unfinished.add(record.id)
            record.created_utc = record.created_utc or self.stamp
            record.updated_utc = self.stamp
        self.repo.insert_many(records)
        for record in records:
            self.after[record.id] = record

    def update(self, record: SessionRecord, expected_version: int) -> SessionRecord:
        """Write with version ``expected_version + 1``; a stale row is a ConflictError.
        A row this action wrote already is checked against what it wrote (the write lock
        is held, so nobody else can have changed it since)."""
        self._touch(record.id)
        written = self.after.get(record.id)
        if written is not None:
            expected_version = written.version
        record.version = expected_version + 1
        record.updated_utc = self.stamp
        if not self.repo.update(record, expected_version):
            raise ConflictError(f"session {record.id} was changed elsewhere; nothing was saved")
        self.after[record.id] = record
        return record

    def delete(self, session_id: str, *, with_series: bool = False) -> None:
        """Remove a row; a series' exceptions go first, each noted, so undo brings them back
        (the foreign key would otherwise remove them unseen).

        An instance's version is its series' plus its exception's: when an exception goes
        and its series stays, the series' version grows by the exception's, so the
        instance's version never goes down."""
        self._touch(session_id)
        record = self.current(session_id)
        if record is not None and record.kind == SERIES:
            for exception in self.repo.exceptions_of(session_id):
                self.delete(exception.id, with_series=True)
        self.repo.delete(session_id)
        self.after[session_id] = None
        if record is not None and record.kind == EXCEPTION and record.series_id \
                and not with_series:
            series = self.current(record.series_id) or self.repo.get(record.series_id)
            if series is not None:
                self._bump(series, record.version)

    def _bump(self, record: SessionRecord, by: int) -> None:
        """Raise a row's version by ``by`` and nothing else."""
        self._touch(record.id)
        bumped = record.copy()
        bumped.version = record.version + by
        bumped.updated_utc = self.stamp
        if not self.repo.update(bumped, record.version):
            raise ConflictError(f"session {record.id} was changed elsewhere; nothing was saved")
        self.after[record.id] = bumped

    def forget_unfinished(self) -> None:
        """The caller materialises what it wrote itself (a huge import that lets its rows
        go to keep memory bounded)."""
        self._unfinished.clear()

    def current(self, session_id: str) -> SessionRecord | None:
        """The row as this write set has left it so far (None: absent or not touched)."""
        if session_id in self.after:
            return self.after[session_id]
        return self.before.get(session_id)

    def put(self, record: SessionRecord) -> None:
        """Write a row back as it was (revert), bumping the version past the current one."""
        self._touch(record.id)
        current = self.before.get(record.id)
        live = self.after.get(record.id, current)
        record.version = max(record.version, live.version if live else 0) + 1
        record.updated_utc = self.stamp
        self.repo.put(record)
        self.after[record.id] = record

    def finish(self) -> None:
        """Rebuild the instance table of every series touched since the last ``finish``.

        Called before a write reads its own result and again when its unit commits; a
        series is rebuilt again only when it was touched again in between."""
        series_ids = set()
        for session_id in self._unfinished:
            for record in (self.before.get(session_id), self.after.get(session_id)):
                if record is None:
                    continue
                if record.kind == SERIES:
                    series_ids.add(record.id)
                elif record.kind == EXCEPTION and record.series_id:
                    series_ids.add(record.series_id)
        self._unfinished.clear()
        for series_id in sorted(series_ids):
            record = self.repo.get(series_id)
            if record is not None:
                materialise(self.repo, record, self.now)
        if self.before and (series_ids or not self._revision_bumped):
            self.repo.bump_sessions_revision()
            self._revision_bumped = True

    def change(self, action: str, result_id: str | None) -> ChangeRecord:
        records = [r for r in (*self.before.values(), *self.after.values()) if r is not None]
        starts, ends, unbounded = [], [], False
        for record in records:
            low, high = _span(record)
            starts.append(low)
            if high is None:
                unbounded = True
            else:
                ends.append(high)
        schedules = tuple(sorted({r.schedule_id for r in records}))
        return ChangeRecord(
            action=action, ids=tuple(self.after), schedule_ids=schedules,
            start=from_epoch(min(starts)) if starts else None,
            end=None if unbounded or not ends else from_epoch(max(ends)),
            detached=tuple(self.detached),
            before=tuple((k, v.copy() if v else None) for k, v in self.before.items()),
            after=tuple((k, v.copy() if v else None) for k, v in self.after.items()),
            result_id=result_id)


def _span(record: SessionRecord) -> tuple[int, int | None]:
    if record.kind == SERIES:
        return record.start_utc, record.until_utc
    low, high = record.start_utc, record.end_utc
    if record.kind == EXCEPTION and record.original_local:
        tz = zone(record.time_zone)
        slot = to_epoch(localize(datetime.fromisoformat(record.original_local), tz))
        length = record.end_utc - record.start_utc
        low, high = min(low, slot), max(high, slot + max(length, 0) + int(timedelta(days=1)
                                                                           .total_seconds()))
    return low, high
