"""The service layer: the Sessions contract over a local database.

``open_services(path)`` is the one composition root for the app, the command line and tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sessions_desktop.services.context import ServiceContext


class Services:
    """Everything one open database offers: schedules, sessions, queries, availability."""

    def __init__(self, path: str | Path | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        from sessions_desktop.services.availability import AvailabilityService
        from sessions_desktop.services.queries import QueryService
        from sessions_desktop.services.schedules import ScheduleService
        from sessions_desktop.services.sessions import SessionService
        from sessions_desktop.storage.database import Database
        from sessions_desktop.storage.repository import Repository

        self.database = Database(path)
        self.ctx = ServiceContext(Repository(self.database), now)
        self.schedules = ScheduleService(self.ctx)
        self.sessions = SessionService(self.ctx, self.schedules)
        self.queries = QueryService(self.sessions)
        self.availability = AvailabilityService(self.queries, self.schedules)
        self.ctx.business_zone_name  # noqa: B018 - settle the business zone on first open
        self.roll_forward()

    @property
    def path(self) -> Path | None:
        return self.database.file_path

    def roll_forward(self) -> int:
        """Extend the materialised instances of open-ended series as time passes."""
        from sessions_desktop.services.series import roll_forward

        return roll_forward(self.ctx.repo, self.ctx.now())

    # -- iCalendar files (services.transfer), reachable without importing that module ----
    def preview_ics(self, data: bytes):
        from sessions_desktop.services.transfer import preview_ics

        return preview_ics(self, data)

    def import_ics(self, data: bytes, **options):
        from sessions_desktop.services.transfer import import_ics

        return import_ics(self, data, **options)

    def export_ics(self, target, **options):
        from sessions_desktop.services.transfer import export_ics

        return export_ics(self, target, **options)

    def export_staff_files(self, folder, **options):
        from sessions_desktop.services.transfer import export_staff_files

        return export_staff_files(self, folder, **options)

    # -- feeds for phones (services.publish) ---------------------------------------------
    def publish_settings(self):
        from sessions_desktop.services.publish import publish_settings

        return publish_settings(self)

    def set_publish_settings(self, folder, *, include_pi: bool = False):
        from sessions_desktop.services.publish import set_publish_settings

        return set_publish_settings(self, folder, include_pi=include_pi)

    def publish_feeds(self, **options):
        from sessions_desktop.services.publish import publish_feeds

        return publish_feeds(self, **options)

    def subscribe(self, listener):
        return self.ctx.subscribe(listener)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_services(path: str | Path | None = None,
                  now: Callable[[], datetime] | None = None) -> Services:
    return Services(path, now)
