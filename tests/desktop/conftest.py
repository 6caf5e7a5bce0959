"""Desktop-application tests: first run, settings, backups, errors, single instance, packaging.

Everything that would touch the user's folders points at a temporary folder instead: QSettings,
the backups folder, the log folder and XDG_DATA_HOME.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings

from sessions_desktop.services import open_services
from tests.desktop.support import NOW


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("SESSIONS_DESKTOP_BACKUPS", str(tmp_path / "backups"))
    monkeypatch.setenv("SESSIONS_DESKTOP_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def settings(tmp_path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def empty_services(tmp_path):
    svc = open_services(tmp_path / "first-run.sqlite3", now=lambda: NOW)
    svc.ctx.set_business_zone("Europe/Berlin")
    yield svc
    svc.close()
