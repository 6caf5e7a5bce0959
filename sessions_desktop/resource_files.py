"""Where the app's resource files (icons, desktop entry, AppStream metadata) are.

In a source checkout or an editable install they are in ``resources/`` beside the package; in a
PyInstaller build they are in ``resources/`` inside the bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from sessions_desktop.names import APP_ID

ICON_NAME = APP_ID
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = "sessions-desktop.desktop"
METAINFO_FILE = "io.github.sessions_desktop.metainfo.xml"


def resources_folder() -> Path | None:
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "resources"]
    return next((c for c in candidates if (c / "icons").is_dir()), None)


def resource(*parts: str) -> Path | None:
    folder = resources_folder()
    path = folder.joinpath(*parts) if folder else None
    return path if path is not None and path.exists() else None


def icon_png(size: int) -> Path | None:
    return resource("icons", "hicolor", f"{size}x{size}", "apps", f"{ICON_NAME}.png")


def icon_svg() -> Path | None:
    return resource("icons", f"{ICON_NAME}.svg")
