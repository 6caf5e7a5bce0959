"""What every service shares: the repository, the business zone, the clock and the change bus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.time import system_zone_name, zone
from sessions_desktop.storage.repository import Repository

Listener = Callable[[ChangeRecord], None]


class ServiceContext:
    """One per open database. ``now`` is injectable so tests can fix "from now on"."""

    def __init__(self, repository: Repository, now: Callable[[], datetime] | None = None) -> None:
        self.repo = repository
        self.now = now or (lambda: datetime.now(UTC))
        self._listeners: list[Listener] = []
        self._business_zone_name: str | None = None

    @property
    def business_zone_name(self) -> str:
        if self._business_zone_name is None:
            name = self.repo.get_meta("business_time_zone")
            if name is None:
                name = system_zone_name()
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

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every successful write; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, change: ChangeRecord) -> None:
        for listener in list(self._listeners):
            listener(change)
