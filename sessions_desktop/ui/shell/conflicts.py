"""When another desk changed a session first: say what changed, then reload or keep mine.

A write carries the version this window showed; the service refuses a stale one with CONFLICT
and writes nothing. ``Operations`` hands that refusal here (``on_conflict``) with the call it
made. "Reload" shows what is saved now; "Keep mine" makes the same change again as a new
write on top of the saved version (never a silent overwrite: the person saw both first).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.domain.model import Session
from sessions_desktop.errors import ConflictError, SessionsError
from sessions_desktop.services.api import ServicesApi
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import moment_span_text

KEEP, RELOAD = "keep", "reload"


@dataclass(frozen=True)
class Conflict:
    label: str                  # the gesture, e.g. "Move session"
    yours: Session | None       # as this window showed it
    theirs: Session             # as saved now
    wanted: dict                # what this desk tried to change


def _when(session: Session, tz) -> str:
    return moment_span_text(session.start.astimezone(tz), session.end.astimezone(tz))


def differences(yours: Session | None, theirs: Session, tz) -> list[tuple[str, str, str]]:
    """(what, on your screen, saved now) for every shown field that differs."""
    if yours is None:
        return [(
            translate("Conflicts", "Session"),
                translate("Conflicts", "(not on your screen)"), theirs.title or "(untitled)")]
    rows = []
    pairs = (
        (translate("Conflicts", "When"), _when(yours, tz), _when(theirs, tz)),
        (translate("Conflicts", "Title"), yours.title or "", theirs.title or ""),
        (translate("Conflicts", "Status"), str(yours.status), str(theirs.status)),
        (translate("Conflicts", "Capacity"), str(yours.capacity or ""), str(theirs.capacity or "")),
        (translate("Conflicts", "Notes"), yours.notes or "", theirs.notes or ""),
        (
            translate("Conflicts", "Participants"),
            str(len(yours.participants)),
            str(len(theirs.participants)),
        ),
    )
    for what, mine, saved in pairs:
        if mine != saved:
            rows.append((what, mine, saved))
    return rows or [(translate("Conflicts", "Version"), str(yours.version), str(theirs.version))]


def _describe_wanted(wanted: dict, tz) -> str:
    start, end = wanted.get("start"), wanted.get("end")
    if isinstance(start, datetime) and isinstance(end, datetime):
        a, b = start.astimezone(tz), end.astimezone(tz)
        return translate("Conflicts", "moves it to {when} anyway").format(
            when=moment_span_text(a, b))
    what = " (" + ", ".join(sorted(wanted)) + ")" if wanted else ""
    return translate("Conflicts", "saves your change{what} on top of it").format(what=what)


class ConflictDialog(QDialog):
    def __init__(self, conflict: Conflict, tz, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ConflictDialog", "Changed at another desk"))
        self.setObjectName("conflictDialog")
        self.choice = RELOAD
        title = conflict.theirs.title or translate("ConflictDialog", "This session")
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ConflictDialog",
                "<b>“{title}” was changed at another desk</b> after your "
                "window showed it, so “{label}” was not saved.",
            ).format(title=title, label=conflict.label),
            wordWrap=True,
        )
        layout.addWidget(intro)
        rows = "".join(f"<tr><td><b>{w}</b></td><td>{m}</td><td>{s}</td></tr>"
                       for w, m, s in differences(conflict.yours, conflict.theirs, tz))
        table = QLabel(
            translate(
                "ConflictDialog",
                "<table cellspacing='6'><tr><th></th><th align='left'>On "
                "your screen</th><th align='left'>Saved now</th></tr>",
            )
            + rows
            + "</table>"
        )
        table.setObjectName("conflictDifferences")
        layout.addWidget(table)
        layout.addWidget(
            QLabel(
                translate(
                    "ConflictDialog",
                    "<b>Reload</b> shows what is saved now. <b>Keep mine</b> {describe_wanted}.",
                ).format(describe_wanted=_describe_wanted(conflict.wanted, tz)),
                wordWrap=True,
            )
        )
        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(translate("ConflictDialog", "Reload"))
        self.keep_button = QPushButton(translate("ConflictDialog", "Keep mine"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button.setDefault(True)
        buttons.accepted.connect(self._keep)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _keep(self) -> None:
        self.choice = KEEP
        self.accept()


class ConflictResolver:
    """``Operations.on_conflict``: ask, then reload or write again with the saved version."""

    def __init__(self, services: ServicesApi, controller, parent: QWidget | None = None) -> None:
        self.services, self.controller = services, controller
        self.ask: Callable[[Conflict], str] = (
            lambda conflict: _ask(conflict, controller.tz, parent))
        self.last: Conflict | None = None

    def __call__(self, ops, label: str, error: ConflictError,
                 retry: tuple[Callable, tuple, dict[str, Any]]) -> Any:
        method, args, kwargs = retry
        session_id = args[0] if args and isinstance(args[0], str) else None
        if session_id is None:          # not a write of one session: nothing to compare
            ops.show_error(label, error)
            return None
        try:
            theirs = self.services.sessions.get_session(session_id, "ALL_PI")
        except (SessionsError, TypeError):
            ops.show_error(label, error)
            return None
        wanted = next((a for a in args[1:] if isinstance(a, dict)), {})
        self.last = Conflict(label, self.controller.find(session_id), theirs, wanted)
        if self.ask(self.last) == KEEP:
            fresh = {**kwargs, "expected_version": theirs.version}
            return ops.run(label, lambda: method(*args, **fresh))
        self.controller.loader.invalidate(None)
        self.controller.reload()
        return None


def _ask(conflict: Conflict, tz, parent: QWidget | None) -> str:
    dialog = ConflictDialog(conflict, tz, parent)
    dialog.exec()
    return dialog.choice
