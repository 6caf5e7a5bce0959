"""A database the app cannot write (read-only file, folder or disk): say so, and do not offer
to change it.

The services refuse every write of a read-only database with a StorageError anyway; here the
window tells the user before they try: the title bar and the status bar say "read-only", the
write actions are off, and a gesture that would write (a drag on the grid) is answered with
the same plain message instead of a failed write.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from sessions_desktop.names import APP_NAME

WRITE_ACTIONS = ("new", "duplicate", "cancel", "delete", "import_ics")
READ_ONLY_TEXT = ("This database is open read-only: its file, its folder or its disk does not "
                  "allow writing. You can look at it and export it, but not change it.")


def window_title(business: str | None, read_only: bool) -> str:
    """"<business> — Sessions Desktop", with "(read-only)" after the name when it is."""
    name = business or ""
    if read_only:
        name = f"{name} (read-only)".strip()
    return f"{name} — {APP_NAME}" if name else APP_NAME


def apply_read_only(window) -> None:
    """Status bar and write actions of ``window`` for its database (the title is
    ``window_title``'s, set with the business name)."""
    services = window.services
    if not services.read_only:
        return
    for name in WRITE_ACTIONS:
        action = getattr(window.acts, name, None)
        if action is not None:
            action.setEnabled(False)
            action.setToolTip("The database is open read-only")
    window.file_label.setText(f"{services.path} (read-only)")
    window.file_label.setToolTip(READ_ONLY_TEXT)
    badge = QLabel("Read-only: changes are off")
    badge.setObjectName("readOnlyBadge")
    font = badge.font()
    font.setBold(True)
    badge.setFont(font)
    badge.setToolTip(READ_ONLY_TEXT)
    window.statusBar().addPermanentWidget(badge)
    window.read_only_badge = badge
