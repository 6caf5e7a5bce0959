"""A database the app cannot write (read-only file, folder or disk): say so, and do not offer
to change it.

The services refuse every write of a read-only database with a StorageError anyway; here the
window tells the user before they try: the title bar and the status bar say "read-only", the
write actions are off, and a gesture that would write (a drag on the grid to create or move) is
answered with a plain message at once instead of a form that fails on Save.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox

from sessions_desktop.names import APP_NAME
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate

WRITE_ACTIONS = ("new", "duplicate", "cancel", "delete", "import_ics")
READ_ONLY_TEXT = QT_TRANSLATE_NOOP(
    "ReadOnly",
    "This database is open read-only: its file, its folder or its disk does not "
    "allow writing. You can look at it and export it, but not change it.",
)


def window_title(business: str | None, read_only: bool) -> str:
    """"<business> — Sessions Desktop", with "(read-only)" after the name when it is."""
    name = business or ""
    if read_only:
        name = translate("ReadOnly", "{name} (read-only)").format(name=name).strip()
    return (
        translate("ReadOnly", "{name} — {APP_NAME}").format(name=name, APP_NAME=APP_NAME)
        if name
        else APP_NAME
    )


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
            action.setToolTip(translate("ReadOnly", "The database is open read-only"))
    desktop = getattr(window, "desktop", None)
    for button in desktop.welcome.buttons.values() if desktop is not None else ():
        button.setEnabled(False)          # an empty read-only file: nothing can be added
        button.setToolTip(translate("ReadOnly", READ_ONLY_TEXT))
    window.file_label.setText(
        translate("ReadOnly", "{path} (read-only)").format(path=services.path))
    window.file_label.setToolTip(translate("ReadOnly", READ_ONLY_TEXT))
    badge = QLabel(translate("ReadOnly", "Read-only: changes are off"))
    badge.setObjectName("readOnlyBadge")
    font = badge.font()
    font.setBold(True)
    badge.setFont(font)
    badge.setToolTip(translate("ReadOnly", READ_ONLY_TEXT))
    window.statusBar().addPermanentWidget(badge)
    window.read_only_badge = badge
    # A drag on the grid would open the quick-create popup and fail on Save: say it at once.
    window.views.create_requested.disconnect(window.actions_.create)
    window.views.move_requested.disconnect(window.actions_.reschedule)
    window.read_only_notice = lambda: QMessageBox.information(window,
        translate("ReadOnly", "Read-only"),
                                                              translate("ReadOnly", READ_ONLY_TEXT))
    window.views.create_requested.connect(lambda *_: window.read_only_notice())
    window.views.move_requested.connect(lambda *_: (window.read_only_notice(),
                                                    window.controller.reload()))
