"""Settings › Database › Open another calendar: a file path or a ``postgresql://`` URL.

The new calendar is opened first; only when that works is the address remembered (in
QSettings, never with a password: libpq takes those from ~/.pgpass, PGPASSFILE or a PGSERVICE
entry) and the window replaced by one on the new calendar. Any failure is one message and
changes nothing.
"""

from __future__ import annotations

from sessions_desktop.errors import SessionsError
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

SETTING = "database/location"
PASSWORD_REFUSED = QT_TRANSLATE_NOOP(
    "DatabaseSwitch",
    "Leave the password out of the address: put it in ~/.pgpass (or the file "
    "PGPASSFILE names, or a PGSERVICE entry). Settings never keep passwords.",
)


def has_password(text: str) -> bool:
    from urllib.parse import urlsplit

    if "://" not in text:
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.password is not None or "password=" in parts.query.lower()


def switch_database(window, text: str) -> str | None:
    """Open ``text`` and move the window there; returns a problem to show, or None."""
    from sessions_desktop.ui.shell.backup_actions import replace_window

    text = text.strip()
    if not text:
        return translate("DatabaseSwitch", "Type a file path or a "
                                           "postgresql://user@host:port/dbname address.")
    if has_password(text):
        return translate("DatabaseSwitch", PASSWORD_REFUSED)
    try:
        services = type(window.services)(text, now=window.services.now)
    except SessionsError as exc:
        return translate("DatabaseSwitch", "That calendar could not be opened: {exc}").format(
            exc=exc
        )
    window.settings.setValue(SETTING, text)
    window.save_state()
    window.live.close()
    window.controller.close()
    window.reminders.close()
    window.services.close()
    replace_window(window, services)
    window.quitting = True       # closed for good, never to the tray
    window.close()
    return None
