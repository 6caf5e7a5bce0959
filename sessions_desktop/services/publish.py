"""Feeds for staff phones: one .ics per staff member and one for the business, kept up to date
in a chosen folder after every change (a synced folder is then a calendar subscription).

The setting lives in the database (``meta``), like the business's name, so the window and the
command line both keep the feeds fresh. Each file is replaced atomically (written beside it and
renamed), so a sync client never uploads half a file. A feed holds the sessions from
``PAST_DAYS`` ago to ``FUTURE_DAYS`` ahead (recurring sessions whole), without working hours
or time off, and without personal information unless the setting says so.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.errors import ValidationError
from sessions_desktop.services.transfer_export import Progress, export_staff_files
from sessions_desktop.services.values import ExportReport, PublishSettings

if TYPE_CHECKING:
    from sessions_desktop.services import Services

FOLDER_KEY = "publish_folder"
PI_KEY = "publish_include_pi"
PAST_DAYS = 60
FUTURE_DAYS = 2 * 365


def publish_settings(svc: Services) -> PublishSettings:
    repo = svc.ctx.repo
    return PublishSettings(repo.get_meta(FOLDER_KEY, "") or None,
                           repo.get_meta(PI_KEY, "") == "1")


def set_publish_settings(svc: Services, folder: str | Path | None, *, include_pi: bool = False
                         ) -> PublishSettings:
    """Turn publishing on (an absolute folder, created if missing) or off (None)."""
    text = ""
    if folder is not None and str(folder).strip():
        path = Path(folder).expanduser()
        if not path.is_absolute():
            raise ValidationError("give the folder as an absolute path", field="folder")
        if path.exists() and not path.is_dir():
            raise ValidationError(f"{path} is a file, not a folder", field="folder")
        text = str(path)
    repo = svc.ctx.repo
    with repo.write():
        repo.set_meta(FOLDER_KEY, text)
        repo.set_meta(PI_KEY, "1" if include_pi and text else "0")
    return publish_settings(svc)


def publish_feeds(svc: Services, *, today: date | None = None, progress: Progress | None = None
                  ) -> list[ExportReport]:
    """Write every feed now; nothing when publishing is off."""
    settings = publish_settings(svc)
    folder = settings.folder
    if not folder:    # publishing is off
        return []
    day = today or svc.ctx.now().astimezone(svc.ctx.business_zone).date()
    return export_staff_files(svc, folder, start=day - timedelta(days=PAST_DAYS),
                              end=day + timedelta(days=FUTURE_DAYS),
                              include_pi=settings.include_pi, business_file=True,
                              progress=progress)


class Publisher:
    """Notes the changes written through the services; ``pending`` says whether the feeds
    are behind them. The command line publishes after a write; the window after a pause."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc
        self.pending = False
        self._unsubscribe = svc.ctx.subscribe(self._changed)

    def _changed(self, change: ChangeRecord) -> None:
        del change
        self.pending = True

    def flush(self) -> list[ExportReport]:
        """Publish if a change came since the last time (and publishing is on)."""
        if not self.pending:
            return []
        self.pending = False
        return publish_feeds(self.svc)

    def close(self) -> None:
        self._unsubscribe()


__all__ = ["PublishSettings", "Publisher", "publish_feeds", "publish_settings",
           "set_publish_settings"]
