"""The service layer: the Sessions contract over a local database.

``open_services(path)`` is the one composition root for the app, the command line and tests.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.services.context import ServiceContext

if TYPE_CHECKING:
    from sessions_desktop.services.live import ChangeFeed
    from sessions_desktop.services.reports import ReportService
    from sessions_desktop.services.transfer import Source
    from sessions_desktop.services.values import (
        Backup,
        ExportReport,
        ImportPreview,
        ImportReport,
        PublishSettings,
    )
    from sessions_desktop.storage.watch import Watcher


class Services:
    """Everything one open database offers: schedules, sessions, queries, availability."""

    def __init__(self, path: str | Path | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        from sessions_desktop.services.assignments import AssignmentService
        from sessions_desktop.services.availability import AvailabilityService
        from sessions_desktop.services.closures import ClosureService
        from sessions_desktop.services.queries import QueryService
        from sessions_desktop.services.removals import RemovalService
        from sessions_desktop.services.resources import ResourceService
        from sessions_desktop.services.schedules import ScheduleService
        from sessions_desktop.services.sessions import SessionService
        from sessions_desktop.storage.backends import open_database
        from sessions_desktop.storage.repository import Repository

        self.database = open_database(path)
        self.opened_with = path   # what to open again for another connection to this calendar
        self.ctx = ServiceContext(Repository(self.database), now)
        self.schedules = ScheduleService(self.ctx)
        self.sessions = SessionService(self.ctx, self.schedules)
        self.queries = QueryService(self.sessions)
        self.availability = AvailabilityService(self.queries, self.schedules)
        self.resources = ResourceService(self.ctx, self.schedules, self.sessions, self.queries)
        self._reports: ReportService | None = None
        self.assignments = AssignmentService(self.ctx, self.schedules, self.sessions,
                                             self.queries)
        self.closures = ClosureService(self.ctx, self.schedules, self.sessions, self.queries)
        self.removals = RemovalService(self.ctx, self.sessions)
        self.ctx.business_zone_name  # noqa: B018 - settle the business zone on first open
        self.roll_forward()

    @property
    def path(self) -> Path | None:
        return self.database.file_path

    @property
    def shared(self) -> bool:
        """On a database server that several desks use at once (PostgreSQL)."""
        return getattr(self.database, "kind", "sqlite") == "postgresql"

    @property
    def location(self) -> str:
        """Where the calendar lives, fit to show: a path, or a URL without its password."""
        from sessions_desktop.storage.postgres import PostgresDatabase

        if isinstance(self.database, PostgresDatabase):   # shared
            return self.database.shown
        return str(self.path or "in-memory database")

    @property
    def read_only(self) -> bool:
        """The file cannot be written: reads work, every write is refused (StorageError)."""
        return self.database.read_only

    def roll_forward(self) -> int:
        """Extend the materialised instances of open-ended series as time passes (not for a
        read-only file: queries expand past the stored horizon on the fly)."""
        from sessions_desktop.services.series import roll_forward

        if self.read_only:
            return 0
        return roll_forward(self.ctx.repo, self.ctx.now())

    # -- iCalendar files (services.transfer), reachable without importing that module ----
    def preview_ics(self, data: Source) -> ImportPreview:
        from sessions_desktop.services.transfer import preview_ics

        return preview_ics(self, data)

    def import_ics(self, data: Source, **options: Any) -> ImportReport:
        from sessions_desktop.services.transfer import import_ics

        self.database.refuse_if_read_only()
        return import_ics(self, data, **options)

    def export_ics(self, target: str | Path | IO[bytes], **options: Any) -> ExportReport:
        from sessions_desktop.services.transfer import export_ics

        return export_ics(self, target, **options)

    @property
    def reports(self) -> ReportService:
        """Reports and printed sheets (services.reports), made on first use."""
        if self._reports is None:
            from sessions_desktop.services.reports import ReportService

            self._reports = ReportService(self)
        return self._reports

    def change_watcher(self) -> Watcher | None:
        """What notices other writers' change records (services.live); None in memory."""
        from sessions_desktop.storage.watch import watcher_for

        return watcher_for(self.database)

    def export_staff_files(self, folder: str | Path, **options: Any) -> list[ExportReport]:
        from sessions_desktop.services.transfer import export_staff_files

        return export_staff_files(self, folder, **options)

    # -- feeds for phones (services.publish) ---------------------------------------------
    def publish_settings(self) -> PublishSettings:
        from sessions_desktop.services.publish import publish_settings

        return publish_settings(self)

    def set_publish_settings(self, folder: str | Path | None, *,
                             include_pi: bool = False) -> PublishSettings:
        from sessions_desktop.services.publish import set_publish_settings

        return set_publish_settings(self, folder, include_pi=include_pi)

    def publish_feeds(self, **options: Any) -> list[ExportReport]:
        from sessions_desktop.services.publish import publish_feeds

        return publish_feeds(self, **options)

    # -- what the window needs besides the sub-services (the seam: services.api) ---------
    def now(self) -> datetime:
        """The services' clock (a test fixes it; "from now on" and "today" follow it)."""
        return self.ctx.now()

    @property
    def business_zone(self) -> ZoneInfo:
        return self.ctx.business_zone

    @property
    def business_zone_name(self) -> str:
        return self.ctx.business_zone_name

    def set_business_zone(self, name: str) -> None:
        self.ctx.set_business_zone(name)

    def business_name(self) -> str:
        from sessions_desktop.services.business import business_name

        return business_name(self)

    def set_business_name(self, name: str) -> None:
        from sessions_desktop.services.business import set_business_name

        set_business_name(self, name)

    def is_empty(self) -> bool:
        """No schedules yet: the window shows its welcome."""
        from sessions_desktop.services.business import is_empty

        return is_empty(self)

    def load_sample_business(self) -> object:
        from sessions_desktop.services.sample_business import load_sample_business

        return load_sample_business(self)

    @property
    def backups(self) -> Backups:
        return Backups(self)

    def change_feed(self, on_changes: Callable[[list[ChangeRecord]], None],
                    on_status: Callable[[bool, str], None]) -> ChangeFeed:
        """Other desks' and programs' change records, delivered on a thread of its own."""
        from sessions_desktop.services.live import ChangeFeed

        return ChangeFeed(self, on_changes, on_status)

    def holding(self) -> AbstractContextManager[list[ChangeRecord]]:
        """Changes published inside the block on this thread are collected, not delivered
        (a worker thread's import; the window publishes them on its own thread)."""
        return self.ctx.holding()

    def publish(self, change: ChangeRecord) -> None:
        self.ctx.publish(change)

    def subscribe(self, listener: Callable[[ChangeRecord], None]) -> Callable[[], None]:
        return self.ctx.subscribe(listener)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Backups:
    """Backups of the open file (services.backups), reached through the services object."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def folder(self) -> Path:
        from sessions_desktop.services.backups import backup_folder

        return backup_folder()

    def list(self) -> list[Backup]:
        from sessions_desktop.services.backups import list_backups

        path = self._services.path
        return list_backups(path) if path is not None else []

    def back_up_now(self) -> Backup:
        from sessions_desktop.services.backups import backup_now

        return backup_now(self._services)

    def restore(self, backup: Path) -> Backup:
        from sessions_desktop.services.backups import restore_backup

        return restore_backup(self._services, backup)


def open_services(path: str | Path | None = None,
                  now: Callable[[], datetime] | None = None) -> Services:
    return Services(path, now)
