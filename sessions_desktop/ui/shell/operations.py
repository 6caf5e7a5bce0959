"""The one door every write of the window goes through (Anki's ``aqt/operations`` pattern).

``Operations.run(label, call)`` calls the service, shows a failure as a message box, and
pushes one undoable command built from the ChangeRecord the service published. Views never
update themselves after a write: they refresh from that same broadcast, so what they show is
always what the database holds. Undo and redo revert the change (``revert_change``); reverting
the revert redoes it, and a refusal (someone changed the session since) is shown, not hidden.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.errors import ConflictError, SessionsError
from sessions_desktop.services.api import ServicesApi
from sessions_desktop.ui.shell.error_dialog import show_refusal

T = TypeVar("T")
log = logging.getLogger("sessions_desktop")


class ChangeCommand(QUndoCommand):
    """One gesture: the first redo is the write already done; later ones revert the revert."""

    def __init__(self, ops: Operations, label: str, change: ChangeRecord) -> None:
        super().__init__(label)
        self._ops, self._change, self._done = ops, change, True

    def redo(self) -> None:
        if self._done:
            return
        self._flip()

    def undo(self) -> None:
        self._flip()

    def _flip(self) -> None:
        reverted = self._ops.revert(self.text(), self._change)
        if reverted is None:
            self.setObsolete(True)
            return
        self._change, self._done = reverted, not self._done


class Operations:
    """Runs writes for one window; ``show_error`` is replaceable (tests, a status bar)."""

    def __init__(self, services: ServicesApi, parent: QWidget | None = None) -> None:
        self.services = services
        self.parent = parent
        self.stack = QUndoStack()
        self.show_error: Callable[[str, SessionsError], None] = self._message_box
        self.last_error: SessionsError | None = None
        self.on_conflict: Callable[..., Any] | None = None   # reload or keep mine

    def run(self, label: str, call: Callable[[], T],
            on_error: Callable[[SessionsError], None] | None = None,
            retry: tuple | None = None) -> T | None:
        """The result of ``call``, or None when the service refused (shown by ``on_error``,
        by default a message box). ``call`` is one service command: it publishes at most one
        change (the service's unit of work), which becomes one undo step. ``retry`` (method,
        args, kwargs): a CONFLICT goes to ``on_conflict`` (reload or keep mine, conflicts.py)."""
        captured: list[ChangeRecord] = []
        unsubscribe = self.services.subscribe(captured.append)
        try:
            result = call()
        except SessionsError as exc:
            if retry is not None and isinstance(exc, ConflictError) and self.on_conflict:
                return self.on_conflict(self, label, exc, retry)
            self._fail(label, exc, on_error)
            return None
        finally:
            unsubscribe()
        for change in captured:
            if change.undoable:
                self.stack.push(ChangeCommand(self, label, change))
        return result

    def revert(self, label: str, change: ChangeRecord) -> ChangeRecord | None:
        try:
            return self.services.sessions.revert_change(change)
        except SessionsError as exc:
            self._fail(label, exc)
            return None

    def _fail(self, label: str, exc: SessionsError,
              on_error: Callable[[SessionsError], None] | None = None) -> None:
        self.last_error = exc
        log.warning("%s refused: %s: %s", label, exc.code, exc)
        (on_error or (lambda error: self.show_error(label, error)))(exc)

    def _message_box(self, label: str, exc: SessionsError) -> None:
        """What did not happen, why in the form's words, what to do, details to copy."""
        show_refusal(self.parent, label, exc)

    def call(self, label: str, method: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        retry = (method, args, kwargs) if "expected_version" in kwargs else None
        return self.run(label, lambda: method(*args, **kwargs), retry=retry)
