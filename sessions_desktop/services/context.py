"""What every service shares: the repository, the business zone, the clock and the change bus."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.time import system_zone_name, zone
from sessions_desktop.services.unit_of_work import Unit
from sessions_desktop.storage.repository import Repository

Listener = Callable[[ChangeRecord], None]


def change_summary(change: ChangeRecord) -> dict[str, Any]:
    """What other desks need of a change (services.live reads it back): no rows."""
    return {"a": change.action, "i": list(change.ids),
            "s": int(change.start.timestamp()) if change.start else None,
            "e": int(change.end.timestamp()) if change.end else None,
            "c": list(change.schedule_ids), "k": change.touches_schedules}


class ServiceContext:
    """One per open database. ``now`` is injectable so tests can fix "from now on"."""

    def __init__(self, repository: Repository, now: Callable[[], datetime] | None = None) -> None:
        self.repo = repository
        self.now = now or (lambda: datetime.now(UTC))
        self._listeners: list[Listener] = []
        self._business_zone_name: str | None = None
        self._held = threading.local()
        self._units = threading.local()

    @property
    def business_zone_name(self) -> str:
        if self._business_zone_name is None:
            name = self.repo.get_meta("business_time_zone")
            if name is None:
                name = system_zone_name()
                if not self.repo.database.read_only:   # read-only: use it, store nothing
                    with self.repo.write():
                        self.repo.set_meta("business_time_zone", name)
            self._business_zone_name = name
        return self._business_zone_name

    @property
    def business_zone(self) -> ZoneInfo:
        return zone(self.business_zone_name)

    def set_business_zone(self, name: str) -> None:
        zone(name)  # validates
        with self.repo.write():
            self.repo.set_meta("business_time_zone", name)
        self._business_zone_name = name

    @contextmanager
    def unit(self, action: str) -> Iterator[Unit]:
        """The unit of work of one action (see ``unit_of_work``). Inside another unit on this
        thread it is that unit: one transaction, one change record for the outermost action.
        The outermost unit rebuilds what its writes touched, commits, then publishes."""
        current: Unit | None = getattr(self._units, "current", None)
        if current is not None:
            with self.repo.write():       # a savepoint: a failure here fails the whole action
                yield current
            return
        unit = Unit(self.repo, self.now(), action)
        self._units.current = unit
        try:
            with self.repo.write():
                yield unit
                unit.writes.finish()
                change = unit.change()
                worth_telling = change.undoable or unit.refresh_all
                if worth_telling:   # for the other desks, committed with the write
                    self.repo.log_change(change_summary(change))
        finally:
            self._units.current = None
        unit.published = change
        if worth_telling:
            self.publish(change)

    @property
    def in_unit(self) -> bool:
        return getattr(self._units, "current", None) is not None

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every successful write; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, change: ChangeRecord) -> None:
        held = getattr(self._held, "changes", None)
        if held is not None:
            held.append(change)
            return
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def holding(self) -> Iterator[list[ChangeRecord]]:
        """Changes published on this thread inside the block are collected, not delivered.

        A worker thread (the window's import) writes inside this block and hands the list to
        the UI thread, which publishes it there; when the block fails (the transaction rolled
        back), the collected changes are simply dropped."""
        changes: list[ChangeRecord] = []
        outer = getattr(self._held, "changes", None)
        self._held.changes = changes
        try:
            yield changes
        finally:
            self._held.changes = outer
