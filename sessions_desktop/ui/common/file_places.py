"""Where file dialogs open, and what they remember.

The first time, in the user's documents folder (QStandardPaths; the home folder where there is
none); after that, in the folder last used for the same purpose ("import", "export"),
remembered in the window's QSettings, so imports from Downloads and exports to a shared
folder each come back where they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from sessions_desktop.names import APP_NAME, APP_ORGANISATION

KEY = "files/last_folder/{purpose}"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class FilePlaces:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    @classmethod
    def of(cls, widget: QWidget | None) -> FilePlaces:
        """The places of the window ``widget`` is in (its QSettings), or the app's own."""
        while widget is not None:
            settings = getattr(widget, "settings", None)
            if isinstance(settings, QSettings):
                return cls(settings)
            widget = widget.parentWidget()
        return cls(QSettings(APP_ORGANISATION, APP_NAME))

    def folder(self, purpose: str) -> Path:
        saved = self.settings.value(KEY.format(purpose=purpose))
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        return documents_folder()

    def remember(self, purpose: str, chosen: str | Path, is_folder: bool = False) -> None:
        path = Path(chosen)
        self.settings.setValue(KEY.format(purpose=purpose),
                               str(path if is_folder else path.parent))
        self.settings.sync()

    def open_path(self, parent: QWidget | None, title: str, purpose: str,
                  filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(self.folder(purpose)), filters)
        if path:
            self.remember(purpose, path)
        return path or None

    def save_path(self, parent: QWidget | None, title: str, purpose: str, name: str,
                  filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(self.folder(purpose) / name),
                                              filters)
        if path:
            self.remember(purpose, path)
        return path or None

    def pick_folder(self, parent: QWidget | None, title: str, purpose: str) -> str | None:
        path = QFileDialog.getExistingDirectory(parent, title, str(self.folder(purpose)))
        if path:
            self.remember(purpose, path, is_folder=True)
        return path or None
