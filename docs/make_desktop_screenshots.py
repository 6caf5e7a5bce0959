"""Screenshots of the desktop-application parts for the README: the welcome state, the sample
business, Settings, Restore from backup, the error dialog, About and Keyboard shortcuts.

    python docs/make_desktop_screenshots.py [folder]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "docs"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from make_screenshots import grab, settle  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sessions_desktop.services import open_services  # noqa: E402
from sessions_desktop.services.backups import backup_now, list_backups  # noqa: E402
from sessions_desktop.ui.shell.backups_dialog import BackupsDialog  # noqa: E402
from sessions_desktop.ui.shell.exception_dialog import ExceptionDialog  # noqa: E402
from sessions_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog  # noqa: E402

NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)




def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication([])
    from sessions_desktop.ui.shell.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["SESSIONS_DESKTOP_BACKUPS"] = str(folder / "backups")
        services = open_services(folder / "sessions.sqlite3", now=lambda: NOW)
        services.ctx.set_business_zone("Europe/Berlin")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("first_day_of_week", 0)
        window = MainWindow(services, settings)
        window.resize(1300, 820)
        window.show()
        settle(window)
        window.grab().save(str(out / "welcome.png"))
        window.desktop.load_sample()
        settle(window)
        window.grab().save(str(out / "sample-business.png"))
        grab(window.desktop.settings.settings_dialog(), out / "settings.png")
        backup_now(services, "start")
        backup_now(services)
        grab(BackupsDialog(list_backups(services.path), str(folder / "backups"), window),
             out / "restore-from-backup.png")
        try:
            {}["missing"]
        except KeyError:
            import traceback

            details = traceback.format_exc()
        grab(ExceptionDialog("KeyError: 'missing'", details, folder / "sessions-desktop.log",
                             window), out / "error-dialog.png")
        grab(window.desktop.about_dialog(), out / "about.png")
        grab(ShortcutsDialog(window), out / "shortcuts.png")
        from sessions_desktop.presentation.navigation import ViewKind
        from sessions_desktop.ui.shell.preferences import apply_theme

        apply_theme("dark")
        settle(window)
        window.grab().save(str(out / "week-dark.png"))
        window.controller.set_kind(ViewKind.MONTH)
        settle(window)
        window.grab().save(str(out / "month-dark.png"))
        apply_theme("system")
        window.close()
        services.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
