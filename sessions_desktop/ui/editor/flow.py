"""From "open this session" to one write: read what the editor needs, show it, ask the scope
and (for a series edit) the preview, then write once through ``Operations``.

Every question is a replaceable callable on ``SessionActions`` or here, so window tests answer
them programmatically. A save that also restores cancelled instances is one service command
(``save_edit``): one transaction, one undo step. Cancel in a later question, or a refused save,
returns to the same editor with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from sessions_desktop.domain.enums import Scope
from sessions_desktop.domain.model import Session
from sessions_desktop.errors import SessionsError
from sessions_desktop.presentation.assign_check import for_change, for_new
from sessions_desktop.presentation.series_diff import SeriesPreview
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.editor.dialog import (
    EditorInput,
    EditorResult,
    SessionEditor,
    edit_session,
    new_draft,
)
from sessions_desktop.ui.editor.preview import ask_preview, build_preview

RULE_KEYS = {"recurrence", "excluded_dates"}


def as_result(answer: EditorResult | dict | None) -> EditorResult | None:
    """Test answerers may give a bare patch; the editor gives an EditorResult."""
    return EditorResult(dict(answer)) if isinstance(answer, dict) else answer


class EditFlow:
    def __init__(self, actions, parent: QWidget | None = None) -> None:
        self.actions, self.parent = actions, parent
        self.preview: Callable[[SeriesPreview], bool] = lambda p: ask_preview(parent, p)
        self.inform: Callable[[str], None] = lambda text: QMessageBox.information(
            parent, translate("EditFlow", "Edit session"), text)
        self.dialog: SessionEditor | None = None

    @property
    def services(self):
        return self.actions.services

    # -- what the editor shows -----------------------------------------------------
    def editor_input(self, session: Session, is_new: bool = False) -> EditorInput:
        series = None
        if session.is_instance and session.recurring_session_id:
            series = self.services.sessions.get_session(session.recurring_session_id, "ALL_PI")
        return EditorInput(self.actions.bookable(), series, self._cancelled(series or session),
                           self._known_tags(), is_new, self.services.now(),
                           list(self.actions.controller.schedules.values()))

    def _cancelled(self, series: Session) -> tuple[tuple[str, datetime], ...]:
        if not series.is_recurring:
            return ()
        items = self.services.queries.query_sessions(
            series.start, series.start.replace(year=series.start.year + 1),
            filter={"recurringSessionId": series.id, "status": "CANCELLED"},
            include_cancelled=True, limit=1000).items
        return tuple((s.id, s.start.astimezone(series.start.tzinfo)) for s in items)

    def _known_tags(self) -> list[str]:
        tags = {t for s in self.actions.controller.sessions for t in s.tags}
        for schedule in self.actions.controller.schedules.values():
            tags.update(schedule.defaults.tags)
        return sorted(tags | {translate("EditFlow", "Blocked")})

    def run_editor(self, session: Session) -> EditorResult | None:
        """The default ``SessionActions.edit``: the full editor for a stored session. The
        dialog is kept, so ``reopen`` can show it again with what the person typed."""
        self.dialog = SessionEditor(session, self.editor_input(session), self.parent)
        return self._exec(self.dialog)

    def reopen(self, session: Session, refusal: SessionsError | None) -> EditorResult | None:
        """The default ``SessionActions.reopen``: back to the same editor after Cancel in
        the scope question or a refused save, with the typed changes and the reason."""
        del session
        if self.dialog is None:
            return None
        if refusal is not None:
            self.dialog.show_refusal(refusal)
        return self._exec(self.dialog)

    @staticmethod
    def _exec(dialog: SessionEditor) -> EditorResult | None:
        return dialog.editor_result() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def compose(self, start, end, schedules, last: str | None) -> EditorResult | None:
        """The default ``SessionActions.compose``: the full editor in New mode."""
        if not schedules:
            return None
        chosen = next((s for s in schedules if s.id == last), schedules[0])
        draft = new_draft(chosen, start, end)
        return edit_session(self.parent, draft, self.editor_input(draft, is_new=True))

    # -- writing -------------------------------------------------------------------
    def create(self, start, end) -> Session | None:
        a = self.actions
        result = as_result(a.compose(start, end, a.bookable(), a.last_schedule))
        if result is None or not result.patch.get("schedule_id"):
            return None
        fields: dict[str, Any] = {"start": start, "end": end, **result.patch}
        if not fields.get("title"):
            fields.pop("title", None)
        a.last_schedule = fields["schedule_id"]
        if not a.assignment_ok(for_new(fields, a.controller.schedules)):
            return None
        created = a.ops.call(
            translate("EditFlow", "New session"), self.services.sessions.create_session, fields)
        if created is not None:
            a.controller.select(created.id)
        return created

    def open(self, session_id: str) -> bool:
        """Edit until saved or given up: Cancel in the scope question, or a save the service
        refuses, returns to the editor with what was typed (and why, beside the field)."""
        a = self.actions
        session = a._fresh(session_id)
        if session is None:
            return False
        result = as_result(a.edit(session))
        while result is not None and (result.patch or result.restore):
            scope = self._scope(session, result)
            refusal: list[SessionsError] = []
            if scope is not False and not a.assignment_ok(
                    for_change(session, result.patch, a.controller.schedules)):
                scope = False                  # back to the editor to choose someone else
            if scope is not False:
                saved = a.ops.run(
                    translate("EditFlow", "Edit session"),
                    lambda s=scope, r=result: self._write(session, r, s),
                    on_error=refusal.append,
                )
                if saved is not None:
                    a.controller.select(saved.id)
                    if {"start", "end"} & result.patch.keys():
                        a.notifier.offer_moved(session, saved)
                    return True
            result = as_result(a.reopen(session, refusal[0] if refusal else None))
        return False

    def _scope(self, session: Session, result: EditorResult) -> Scope | bool | None:
        """None for a single or series; a Scope for an instance; False to write nothing."""
        if not session.is_instance or not result.patch:
            return None
        scope = self.actions.ask_scope("Change")
        if scope is None:
            return False
        if scope is Scope.THIS and RULE_KEYS & result.patch.keys():
            self.inform(
                translate("EditFlow", "A change to the repeat rule reaches the whole series or "
                                      "this and the following sessions, not one session alone."))
            return False
        if scope in (Scope.FOLLOWING, Scope.ALL):
            series = self.services.sessions.get_session(session.recurring_session_id, "ALL_PI")
            preview = build_preview(self.services, session, series, scope,
                                    set(result.patch))
            if not self.preview(preview):
                return False
        return scope

    def _write(self, session: Session, result: EditorResult, scope: Scope | None) -> Session:
        """One service command: the restores and the patch in one transaction."""
        return self.services.sessions.save_edit(
            session.id, result.patch, scope=scope, expected_version=session.version,
            restore=list(result.restore))
