"""``sessions-desktop --install-desktop-entry``: put the app in the current user's menu.

Installs, under ``$XDG_DATA_HOME`` (default ``~/.local/share``): the freedesktop entry in
``applications/`` with ``Exec`` and ``TryExec`` set to the absolute path of the launcher that
is running now, the icon in every size in ``icons/hicolor/``, and the AppStream metadata in
``metainfo/``. Nothing needs root; running it again updates what it installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sessions_desktop.names import APP_ID
from sessions_desktop.resource_files import (
    DESKTOP_FILE,
    ICON_NAME,
    ICON_SIZES,
    METAINFO_FILE,
    icon_png,
    icon_svg,
    resource,
)


class MissingResources(Exception):
    """The resource files are not next to this installation."""


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local/share"


def launcher_command() -> tuple[str, str]:
    """(Exec value, TryExec path): the frozen app, the installed script, or python -m."""
    if getattr(sys, "frozen", False):
        path = str(Path(sys.executable).resolve())
        return _quote(path), path
    beside = Path(sys.executable).parent / APP_ID
    found = str(beside) if beside.exists() else shutil.which(APP_ID)
    if found:
        path = str(Path(found).absolute())
        return _quote(path), path
    python = str(Path(sys.executable).absolute())
    return f"{_quote(python)} -m sessions_desktop", python


def _quote(argument: str) -> str:
    """Quote an Exec argument as the Desktop Entry spec asks (reserved characters)."""
    if not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`="):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def entry_text(template: str, exec_value: str, try_exec: str) -> str:
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_value}"
        elif line.startswith("TryExec="):
            line = f"TryExec={try_exec}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(target: Path | None = None) -> list[Path]:
    """Install entry, icons and metadata for the current user; returns the files written."""
    template, metainfo = resource(DESKTOP_FILE), resource(METAINFO_FILE)
    if template is None or metainfo is None or icon_svg() is None:
        raise MissingResources("the icon and desktop entry files were not found beside this "
                               "installation (they live in resources/ of a source checkout)")
    root = target or data_home()
    written = []
    entry = root / "applications" / DESKTOP_FILE
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(entry_text(template.read_text(encoding="utf-8"), *launcher_command()),
                     encoding="utf-8")
    written.append(entry)
    icons = root / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = icon_png(size)
        if png is not None:
            written.append(_copy(png, icons / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"))
    written.append(_copy(icon_svg(), icons / "scalable" / "apps" / f"{ICON_NAME}.svg"))
    written.append(_copy(metainfo, root / "metainfo" / METAINFO_FILE))
    _refresh_caches(root)
    return written


def _copy(source: Path | None, target: Path) -> Path:
    assert source is not None
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def _refresh_caches(root: Path) -> None:
    """Best effort: menus pick up new entries without these too, only later."""
    for command in (["update-desktop-database", str(root / "applications")],
                    ["gtk-update-icon-cache", "-f", "-t", str(root / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def main() -> int:
    try:
        written = install()
    except (MissingResources, OSError) as exc:
        print(f"IO_ERROR: could not install the desktop entry: {exc}", file=sys.stderr)
        return 7
    print(f"Installed Sessions Desktop for {Path.home().name}:")
    for path in written[:1] + written[-1:]:
        print(f"  {path}")
    print(f"  and {len(written) - 2} icon files under {written[1].parents[2]}")
    print("It appears in your applications menu as 'Sessions Desktop'.")
    return 0
