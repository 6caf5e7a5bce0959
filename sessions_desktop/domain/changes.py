"""What a write changed: ids and the time range touched, so views refresh only what they show.

``before`` and ``after`` carry the service's opaque snapshots of every row the write touched;
the service can revert a change with them (undo) and revert the revert (redo).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    action: str                          # create, update, delete, restore, revert, import ...
    ids: tuple[str, ...]                 # sessions (or schedules) written
    start: datetime | None               # earliest instant touched; None = unbounded
    end: datetime | None                 # latest instant touched; None = unbounded
    detached: tuple[str, ...] = ()       # exceptions kept as single sessions after a rule change
    schedule_ids: tuple[str, ...] = ()   # schedules whose sessions changed
    before: tuple[tuple[str, Any], ...] = ()   # (session id, row or None): opaque rows
    after: tuple[tuple[str, Any], ...] = ()
    result_id: str | None = None         # the session the caller asked about, after the write
    schedules_before: tuple[tuple[str, Any], ...] = ()   # schedule rows before (for undo)
    schedules_after: tuple[tuple[str, Any], ...] = ()

    @property
    def undoable(self) -> bool:
        """Does it carry the rows that ``revert_change`` needs?"""
        return bool(self.before or self.after or self.schedules_before or self.schedules_after)

    @property
    def touches_schedules(self) -> bool:
        return self.action.endswith("schedule") or bool(self.schedules_after)

    def touches(self, start: datetime, end: datetime) -> bool:
        """Does this change reach the half-open window [start, end)?"""
        return (self.start is None or self.start < end) and (self.end is None or self.end > start)
