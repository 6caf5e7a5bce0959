"""Gestures of the staff and rooms views turned into writes: hand a session to another staff
member or room, create one in a resource's column, bring a cancelled one back.

Like ``SessionActions``: questions (conflicts, the scope of a series change, the new
session's title) go through replaceable callables, and each gesture is exactly one service
command through ``Operations``: one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QWidget

from sessions_desktop.domain.model import Session
from sessions_desktop.errors import SessionsError
from sessions_desktop.presentation.assign_check import for_new
from sessions_desktop.presentation.people import resource_ids, short_name
from sessions_desktop.presentation.questions import GestureQuestions
from sessions_desktop.presentation.reassign import reassigned, service_for, usual_links
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.grid.quick_create import ask_quick_create
from sessions_desktop.ui.shell.session_actions import SessionActions


class StaffActions:
    def __init__(self, actions: SessionActions, parent: QWidget | None = None) -> None:
        self.actions = actions
        self.controller, self.ops, self.services = actions.controller, actions.ops, \
            actions.services
        # (start, end, schedules, last, usual) -> draft; replaceable in tests
        self.quick_create: Callable[..., dict | None] = (
            lambda start, end, schedules, last, usual: ask_quick_create(
                parent, start, end, schedules, last, usual))

    def _name(self, schedule_id: str | None) -> str:
        schedule = self.controller.schedules.get(schedule_id) if schedule_id else None
        return short_name(schedule.name) if schedule else translate("StaffActions", "no one")

    # -- hand over ---------------------------------------------------------------------
    def reassign(self, session_id: str, source: str | None, target: str | None,
                 start: datetime | None = None, end: datetime | None = None) -> Session | None:
        """A drop in another column: the clash, the scope for a series instance and whether
        to tell the participants in one dialog, then one write (the staff or room swapped,
        and the time when it moved)."""
        a = self.actions
        session = a._fresh(session_id)
        if session is None:
            return None
        reason = self._reason(session, source, target, start or session.start,
                              end or session.end)
        answer = a.ask_together(
            GestureQuestions(
                "Change",
                a.title(session),
                reason or "",
                session.is_instance,
                a.notifier.reachable(session) if start is not None else 0,
            )
        )
        if answer is None:
            return None
        label = (
            translate("StaffActions", "Give to {name}").format(name=self._name(target))
            if target
            else translate("StaffActions", "Take off {name}").format(name=self._name(source))
        )
        result = self.ops.run(label, lambda: self.services.assignments.reassign(
            session.id, source, target, scope=answer.scope, start=start, end=end,
            expected_version=session.version))
        if result is not None:
            self.controller.select(result.id)
            a.feedback(
                translate("StaffActions", "{label}: “{title}”, {when}.").format(
                    label=label, title=a.title(result), when=a.when(result)
                )
            )
            if start is not None and answer.tell:
                a.notifier.write_moved(session, result)
        return result

    def _reason(self, session: Session, source: str | None, target: str | None,
                start: datetime, end: datetime) -> str | None:
        """What the hand-over breaks, asked of the service (the drag's ghost judged from the
        loaded window; the drop asks the database): the new resource, or every resource
        the session takes when it also moves."""
        if session.all_day:
            return None
        schedules = self.controller.schedules
        after = reassigned(session, source, target, schedules)
        moved = (start, end) != (session.start, session.end)
        wanted = resource_ids(after, schedules) if moved else [target] if target else []
        try:
            problems = self.services.assignments.problems(wanted, start, end,
                                                          ignore=[session.id])
        except SessionsError as exc:
            return str(exc)
        return "; ".join(problems) or None

    # -- create in a column -----------------------------------------------------------
    def create_for(self, start: datetime, end: datetime, resource_id: str | None
                   ) -> Session | None:
        """A drag on empty time in a resource's column: a session that takes it."""
        a, schedules = self.actions, self.controller.schedules
        last = service_for(resource_id, a.bookable(), a.last_schedule)
        draft = self.quick_create(start, end, a.bookable(), last,
                                  lambda service: usual_links(service, resource_id, schedules))
        if not draft or not draft.get("schedule_id"):
            return None
        a.last_schedule = draft["schedule_id"]
        fields = {"schedule_id": draft["schedule_id"], "start": start, "end": end}
        if draft.get("title"):
            fields["title"] = draft["title"]
        if draft.get("affected_schedules") is not None:
            fields["affected_schedules"] = draft["affected_schedules"]
        if not a.assignment_ok(for_new(fields, schedules)):
            return None
        created = self.ops.call(
            translate("StaffActions", "New session"), self.services.sessions.create_session, fields)
        if created is not None:
            self.controller.select(created.id)
        return created

    # -- cancelled ---------------------------------------------------------------------
    def restore(self, session_id: str) -> Session | None:
        """A cancelled session (or instance) back as it was: one undo step."""
        session = self.actions._fresh(session_id)
        if session is None or not session.is_cancelled:
            return None
        result = self.ops.run(
            translate("StaffActions", "Restore session"),
            lambda: self.services.sessions.restore_session(
                session.id, expected_version=session.version
            ),
        )
        if result is not None:
            self.controller.select(result.id)
        return result
