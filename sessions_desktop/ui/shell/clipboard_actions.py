"""Edit › Copy, Cut and Paste of sessions (Ctrl+C, Ctrl+X, Ctrl+V in the calendar).

Copy puts the selected session on the system clipboard (``presentation.clipboard``); Paste
creates a single session like it at the selected slot (the time grid's cursor; elsewhere the
copied time of day on the chosen day), one write, one undo step; Cut is Copy and then Delete
of that one session (a session of a series: only this one), one undo step. The keys belong to
the calendar area, so the search box keeps its own copy and paste.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from sessions_desktop.domain.enums import Scope
from sessions_desktop.domain.model import Session
from sessions_desktop.errors import SessionsError
from sessions_desktop.presentation.clipboard import (
    MIME,
    copy_payload,
    paste_fields,
    payload_json,
    read_payload,
)
from sessions_desktop.ui.common.i18n import translate


class ClipboardActions:
    def __init__(self, window, say: Callable[[str, str], object]) -> None:
        self.window, self.controller, self.ops = window, window.controller, window.ops
        self.actions, self.views, self.services = window.actions_, window.views, \
            window.services
        self.say = say      # (text, link) in the status bar
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.copy = self._action(
            translate("ClipboardActions", "Copy session"), QKeySequence.StandardKey.Copy, local)
        self.cut = self._action(
            translate("ClipboardActions", "Cut session"), QKeySequence.StandardKey.Cut, local)
        self.paste = self._action(
            translate("ClipboardActions", "Paste session"), QKeySequence.StandardKey.Paste, local)
        self.copy.triggered.connect(self.copy_selected)
        self.cut.triggered.connect(self.cut_selected)
        self.paste.triggered.connect(self.paste_here)

    def _action(self, text: str, key, context) -> QAction:
        action = QAction(text, self.views)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(context)
        self.views.addAction(action)
        return action

    # -- copy and cut --------------------------------------------------------------------
    def copy_selected(self) -> Session | None:
        session = self._selected()
        if session is None:
            return None
        mime = QMimeData()
        mime.setData(MIME, payload_json(copy_payload(session, self.controller.tz)))
        mime.setText(
            translate("ClipboardActions", "{title}, {when}").format(
                title=self.actions.title(session), when=self.actions.when(session)
            )
        )
        QApplication.clipboard().setMimeData(mime)
        self.say(
            translate(
                "ClipboardActions", "Copied “{title}”. Choose a time and press Ctrl+V to paste it."
            ).format(title=self.actions.title(session)),
            "",
        )
        return session

    def cut_selected(self) -> bool:
        """Copy, then delete this one session (one undo step brings it back)."""
        session = self.copy_selected()
        if session is None:
            return False
        scope = Scope.THIS if session.is_instance else None
        done = self.ops.call(
            translate("ClipboardActions", "Cut session"),
            self.services.removals.remove_session,
            session.id,
            scope=scope,
            expected_version=session.version,
        )
        if done is None:
            return False
        self.controller.select(None)
        self.say(
            translate("ClipboardActions", "Cut “{title}”. Choose a time and press Ctrl+V to paste "
                                          "it.").format(title=self.actions.title(session)), "undo")
        return True

    # -- paste ---------------------------------------------------------------------------
    def paste_here(self) -> Session | None:
        data = QApplication.clipboard().mimeData()
        payload = read_payload(bytes(data.data(MIME))) if data is not None and \
            data.hasFormat(MIME) else None
        if payload is None:
            self.say(
                translate("ClipboardActions", "Nothing to paste: copy a session first (select it, "
                                              "then Ctrl+C)."), "")
            return None
        day, minute = self.views.paste_target()
        fields = paste_fields(payload, day, minute, self.controller.tz)
        created = self.ops.call(
            translate("ClipboardActions", "Paste session"),
            self.services.sessions.create_session,
            fields,
        )
        if created is not None:
            self.controller.select(created.id)
            self.say(
                translate("ClipboardActions", "Pasted “{title}”, {when}.").format(
                    title=self.actions.title(created), when=self.actions.when(created)
                ),
                "undo",
            )
        return created

    def _selected(self) -> Session | None:
        key = self.controller.selected
        if key is None:
            self.say(
                translate("ClipboardActions", "Select a session first (click it, or Tab to it)."),
                "",
            )
            return None
        try:
            return self.services.sessions.get_session(key, "ALL_PI")
        except SessionsError as exc:
            self.ops.show_error(translate("ClipboardActions", "Copy session"), exc)
            return None
