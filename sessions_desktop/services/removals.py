"""Delete for good: a session entered by mistake disappears, where a cancelled one stays.

The contract's ``delete_session`` is a cancellation (Wix): the session keeps its place with
the status CANCELLED and can be restored. The window offers that as "Cancel session" and
offers this as "Delete": a single session or a series is removed with its changed instances;
one instance of a series is left out of it (an excluded date, its changes removed); "this and
following" ends the series before it. One action, one change record: Undo brings it all back.
"""

from __future__ import annotations

from typing import Any

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.enums import Scope, SessionStatus
from sessions_desktop.domain.model import Session
from sessions_desktop.errors import ConflictError, FailedPreconditionError
from sessions_desktop.services.context import ServiceContext
from sessions_desktop.services.sessions import SessionService, parse_scope
from sessions_desktop.services.unit_of_work import Unit
from sessions_desktop.storage.records import SERIES, SINGLE

CANCELLED = SessionStatus.CANCELLED.value


class RemovalService:
    def __init__(self, ctx: ServiceContext, sessions: SessionService) -> None:
        self.ctx = ctx
        self.sessions = sessions

    def remove_session(self, session_id: str, *, scope: Any = None,
                       expected_version: int | None = None) -> ChangeRecord:
        """Remove a session (an instance: THIS by default) so that no trace of it is shown;
        refused for a cancelled one only if it is gone already."""
        chosen = parse_scope(scope)
        with self.ctx.unit("remove") as unit:
            session = self.sessions.get_session(session_id)
            if expected_version is not None and session.version != expected_version:
                raise ConflictError(f"session {session_id} was changed elsewhere (version "
                                    f"{session.version}, expected {expected_version}); "
                                    "nothing was deleted")
            if session.is_instance and chosen in (None, Scope.THIS):
                self._leave_out(session)
            else:
                if not session.is_cancelled:
                    self.sessions.delete_session(session_id, scope=chosen or Scope.ALL)
                self._remove_cancelled_rows(unit, session_id)
            unit.result_id = session_id
        return unit.result()

    def _leave_out(self, instance: Session) -> None:
        """THIS: the slot becomes an excluded date of its series; its exception goes."""
        repo = self.ctx.repo
        with self.ctx.unit("remove") as unit:
            if repo.get(instance.id) is not None:
                unit.writes.delete(instance.id)
                unit.writes.finish()
            assert instance.recurring_session_id is not None   # an instance has its series
            series = self.sessions.get_session(instance.recurring_session_id)
            if series.is_cancelled:
                raise FailedPreconditionError("the whole series is cancelled; delete the "
                                              "series")
            slot = instance.original_start or instance.start
            self.sessions.update_session(series.id, {
                "excluded_dates": [*series.excluded_dates, slot]}, scope="ALL")

    def _remove_cancelled_rows(self, unit: Unit, session_id: str) -> None:
        """The rows this action cancelled (or the cancelled session itself) are removed."""
        writes, repo = unit.writes, self.ctx.repo
        candidates = [i for i, row in writes.after.items() if row is not None
                      and row.status == CANCELLED and row.kind in (SINGLE, SERIES)]
        own = repo.get(session_id)
        if own is not None and own.status == CANCELLED and own.kind in (SINGLE, SERIES):
            candidates.append(session_id)
        for row_id in dict.fromkeys(candidates):
            if repo.get(row_id) is not None:
                writes.delete(row_id)
        writes.finish()
