"""Gestures and commands turned into writes: create, move, resize, open, duplicate, delete.

Each method asks what it must (conflict confirmation, the scope of a series edit, a quick-create
draft) through replaceable callables, so tests answer them programmatically, and then makes
exactly one write through ``Operations``: one gesture, one undo step. A move, a resize and a
cancel ask all their questions (the clash, how far in a series, whether to write to the
participants) in one dialog (``ask_together``); each write is said in the status bar with an
Undo link (``feedback``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from sessions_desktop.domain.enums import OwnerKind, Scope
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import localize, wall_clock
from sessions_desktop.errors import SessionsError
from sessions_desktop.presentation.assign_check import Assignment, for_new
from sessions_desktop.presentation.calendar_data import conflict_reason
from sessions_desktop.presentation.free_time import busy_intervals, next_free_hour
from sessions_desktop.presentation.people import label as shown_title
from sessions_desktop.presentation.questions import GestureAnswer, GestureQuestions
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.texts import span_text, when_text
from sessions_desktop.ui.editor.scope_dialog import ask_scope, confirm
from sessions_desktop.ui.grid.quick_create import ask_quick_create
from sessions_desktop.ui.shell.controller import CalendarController
from sessions_desktop.ui.shell.gesture_dialog import ask_together
from sessions_desktop.ui.shell.notify import Notifier
from sessions_desktop.ui.shell.operations import Operations

if TYPE_CHECKING:
    from sessions_desktop.ui.editor.flow import EditFlow

CANCEL = object()  # the user closed the scope question: write nothing


GESTURES = (QT_TRANSLATE_NOOP("SessionActions", "Move session"),
            QT_TRANSLATE_NOOP("SessionActions", "Resize session"))


class SessionActions:
    def __init__(self, controller: CalendarController, ops: Operations,
                 parent: QWidget | None = None) -> None:
        self.controller, self.ops = controller, ops
        self.services = controller.services
        self.ask_scope: Callable[[str], Scope | None] = lambda action: ask_scope(parent, action)
        self.confirm: Callable[[str, str], bool] = lambda t, text: confirm(parent, t, text)
        self.quick_create: Callable[..., dict | None] = (
            lambda start, end, schedules, last: ask_quick_create(parent, start, end, schedules,
                                                                 last))
        self._parent, self._flow = parent, None   # type: EditFlow | None
        self.edit: Callable[[Session], object] = lambda session: self.flow.run_editor(session)
        self.reopen: Callable[[Session, SessionsError | None], object] = (
            lambda session, error: self.flow.reopen(session, error))
        self.compose: Callable[..., object] = (
            lambda *args, **kwargs: self.flow.compose(*args, **kwargs))
        self.notifier = Notifier(parent)   # tell participants after a move or cancel
        self.ask_together: Callable[[GestureQuestions], GestureAnswer | None] = (
            lambda questions: ask_together(parent, questions))
        self.feedback: Callable[[str], object] = lambda text: None   # the status bar
        self.last_schedule: str | None = None
        self.default_minutes = 60  # length of a new session (Settings)

    @property
    def flow(self) -> EditFlow:
        """The full editor (ui/editor), made when first opened: its widgets are a tenth of
        the window's start."""
        if self._flow is None:
            from sessions_desktop.ui.editor.flow import EditFlow

            self._flow = EditFlow(self, self._parent)
        return self._flow

    def bookable(self) -> list[Schedule]:
        """Active schedules, services first, then resources, then the business."""
        order = {OwnerKind.SERVICE: 0, OwnerKind.RESOURCE: 1, OwnerKind.BUSINESS: 2}
        active = [s for s in self.controller.schedules.values() if not s.is_archived]
        return sorted(active, key=lambda s: (order[s.owner_kind], s.name.casefold()))

    # -- create ----------------------------------------------------------------------
    def create(self, start: datetime, end: datetime) -> Session | None:
        """Ask for a title and schedule, then create; selects the new session."""
        draft = self.quick_create(start, end, self.bookable(), self.last_schedule)
        if not draft or not draft.get("schedule_id"):
            return None
        self.last_schedule = draft["schedule_id"]
        fields = {"schedule_id": draft["schedule_id"], "start": start, "end": end}
        if draft.get("title"):
            fields["title"] = draft["title"]
        if draft.get("affected_schedules") is not None:
            fields["affected_schedules"] = draft["affected_schedules"]
        if not self.assignment_ok(for_new(fields, self.controller.schedules)):
            return None
        created = self.ops.call(
            translate("SessionActions", "New session"),
            self.services.sessions.create_session,
            fields,
        )
        if created is not None:
            self.controller.select(created.id)
            self.feedback(
                translate("SessionActions", "Created “{title}”, {when}.").format(
                    title=self.title(created), when=self.when(created)
                )
            )
        return created

    def create_at_next_free_hour(self) -> Session | None:
        """Ctrl+N: the next free whole hour today (or on the first shown day)."""
        tz, period = self.controller.tz, self.controller.period()
        now = wall_clock(self.services.now(), tz)
        day = now.date() if now.date() in period else period.start
        at = now if day == now.date() else datetime.combine(day, time(9))
        busy = [(wall_clock(a, tz), wall_clock(b, tz))
                for a, b in busy_intervals(self.controller.shown())]
        slot = next_free_hour(busy, at) or at.replace(second=0, microsecond=0)
        end = slot + timedelta(minutes=self.default_minutes)
        return self.flow.create(localize(slot, tz), localize(end, tz))

    def assignment_ok(self, assignment: Assignment | None) -> bool:
        """Staff or rooms double-booked, off, archived or outside their hours: say so and
        let the person choose (never a silent save)."""
        if assignment is None:
            return True
        try:
            problems = self.services.assignments.problems(
                assignment.resource_ids, assignment.start, assignment.end,
                ignore=assignment.ignore)
        except SessionsError as exc:
            self.ops.show_error(translate("SessionActions", "Check staff and rooms"), exc)
            return False
        if not problems:
            return True
        lines = "\n".join(f"• {p[0].upper()}{p[1:]}." for p in problems)
        return self.confirm(
            translate("SessionActions", "Staff and rooms"),
                translate("SessionActions", "{lines}\n\nSave anyway?").format(lines=lines))

    # -- change ----------------------------------------------------------------------
    def reschedule(self, session_id: str, start: datetime, end: datetime,
                   label: str = "Move session", base: Session | None = None
                   ) -> Session | None:
        """A move or resize (a drop or the keyboard): the clash, the scope of a series and
        whether to tell the participants asked in one dialog, then one write. ``base`` is the
        version the gesture started from (default: the one this window shows)."""
        shown = base or self.controller.find(session_id)
        session = self._fresh(session_id)
        if session is None:
            return None
        reason = None if session.all_day else conflict_reason(
            session, start, end, self.controller.sessions, self.controller.schedules)
        # ``label`` is the gesture's English name (a key: "Move session", "Resize session");
        # the window shows its translation (GESTURES)
        verb = "Resize" if label == "Resize session" else "Move"
        answer = self.ask_together(GestureQuestions(
            verb, self.title(session), reason or "", session.is_instance,
            self.notifier.reachable(session), self._span(start, end)))
        if answer is None:
            return None
        result = self.ops.call(translate("SessionActions", label),
                               self.services.sessions.update_session, session.id,
                               {"start": start, "end": end}, scope=answer.scope,
                               expected_version=shown.version if shown is not None
                               else session.version)
        if result is None:
            return None
        self.controller.select(result.id)
        self.feedback(
            translate("SessionActions", "Moved “{title}” to {when}.").format(
                title=self.title(result), when=self.when(result))
            if verb == "Move"
            else translate("SessionActions", "Resized “{title}”: now {when}.").format(
                title=self.title(result), when=self.when(result)))
        if answer.tell:
            self.notifier.write_moved(session, result)
        return result

    def open(self, session_id: str) -> bool:
        return self.flow.open(session_id)

    def delete(self, session_id: str) -> bool:
        """Delete: gone for good (entered by mistake); Undo brings it back. A series instance
        asks how far. Participants are not written to: that is what Cancel is for."""
        session = self._fresh(session_id)
        scope = self._scope(session, "Delete") if session is not None else CANCEL
        if scope is CANCEL or session is None:
            return False
        done = self.ops.call(
            translate("SessionActions", "Delete session"), self.services.removals.remove_session,
                             session.id, scope=scope, expected_version=session.version)
        if done is not None:
            self.controller.select(None)
            self.feedback(
                translate("SessionActions", "Deleted “{title}”.").format(title=self.title(session)))
        return done is not None

    def cancel_session(self, session_id: str) -> bool:
        """Cancel: the session is called off but stays a cancelled session (struck through
        where cancelled sessions are shown, restorable); participants are offered a mail."""
        session = self._fresh(session_id)
        if session is None:
            return False
        answer = self.ask_together(GestureQuestions(
            "Cancel", self.title(session), scope=session.is_instance,
            recipients=self.notifier.reachable(session)))
        if answer is None:
            return False
        done = self.ops.call(
            translate("SessionActions", "Cancel session"), self.services.sessions.delete_session,
                             session.id, scope=answer.scope, expected_version=session.version)
        if done is not None:
            self.feedback(
                translate("SessionActions", "Cancelled “{title}”.").format(
                    title=self.title(session)
                )
            )
            if answer.tell:
                self.notifier.write_cancelled(session)
        return done is not None

    def duplicate(self, session_id: str) -> Session | None:
        """A single copy at the same time; the user drags it where it belongs."""
        s = self._fresh(session_id)
        if s is None:
            return None
        start, end = (s.start.date(), s.end.date()) if s.all_day else (s.start, s.end)
        fields = {"schedule_id": s.schedule_id, "title": s.title, "start": start, "end": end,
                  "notes": s.notes, "tags": list(s.tags), "capacity": s.capacity,
                  "affected_schedules": list(s.affected_schedules)}
        created = self.ops.call(
            translate("SessionActions", "Duplicate session"), self.services.sessions.create_session,
                                {k: v for k, v in fields.items() if v is not None})
        if created is not None:
            self.controller.select(created.id)
            self.feedback(
                translate("SessionActions", "Duplicated “{title}”.").format(
                    title=self.title(created)
                )
            )
        return created

    # -- helpers ---------------------------------------------------------------------
    def title(self, session: Session) -> str:
        return shown_title(session, self.controller.schedules)

    def when(self, session: Session) -> str:
        return when_text(session, self.controller.tz)

    def _span(self, start: datetime | date, end: datetime | date) -> str:
        if isinstance(start, datetime) and isinstance(end, datetime):
            tz = self.controller.tz
            return span_text(start.astimezone(tz), end.astimezone(tz))
        return span_text(datetime.combine(start, time()), datetime.combine(end, time()),
                         all_day=True)

    def _fresh(self, session_id: str) -> Session | None:
        """The session as stored now (its current version), or None after an error box."""
        try:
            return self.services.sessions.get_session(session_id, "ALL_PI")
        except SessionsError as exc:
            self.ops.show_error(translate("SessionActions", "Open session"), exc)
            return None

    def _scope(self, session: Session, verb: str) -> Scope | object | None:
        if not session.is_instance:
            return None
        scope = self.ask_scope(verb)
        return CANCEL if scope is None else scope
