"""What an import would do: the sessions read from a file, what was skipped and why, warnings.

The service layer shows this as the preview and applies it in one transaction. ``fields`` dicts
use the python names of ``Session`` fields, ready for ``create_session``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from operator import attrgetter
from typing import Any, Protocol, TypeVar

from sessions_desktop.domain.enums import SessionStatus

# The python names of ``Session`` fields to their values, of as many kinds as a session has
# (the keyword arguments of ``create_session``).
Fields = dict[str, Any]
# One component's properties as icalendar gives them: a name to a property (or a list of them
# when the name is repeated), each of icalendar's many value classes.
Props = dict[str, Any]


_Class = TypeVar("_Class", bound=type)


def pickled_by_fields(cls: _Class) -> _Class:
    """A slots dataclass pickled as its constructor and its values in order. A worker sends
    every event it reads back to the import this way: the default for a slots dataclass
    (a state dict set back one attribute at a time in Python) took the caller, the critical
    path of a large import, about 1.2 ms a batch of 250 to unpickle; this takes 0.7 ms and a
    quarter fewer bytes. Equal objects either way (``tests/ical/test_ical_parallel.py``)."""
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__      # type: ignore[method-assign,assignment]
    return cls


class ImportCancelled(Exception):
    """The progress callback returned False: the import stopped and nothing was returned."""


class ExportCancelled(ImportCancelled):
    """The progress callback returned False: the export stopped and wrote nothing. (A kind
    of ImportCancelled, so a caller that stops file work on one stops on both.)"""


@dataclass(frozen=True, slots=True)
class SkippedComponent:
    """A component (or a stretch of text) that was not imported, and why.

    ``broken`` is True when the file is damaged there (bad line, missing DTSTART, unreadable
    RRULE, end before start...); such skips make an all-or-nothing import fail. Components that
    are merely of a kind we do not keep (VTODO, VJOURNAL, ...) have ``broken`` False.
    """

    kind: str
    uid: str | None
    summary: str | None
    line: int | None
    reason: str
    broken: bool = True

    def __str__(self) -> str:
        what = self.kind
        if self.summary:
            what += f" {self.summary!r}"
        if self.uid:
            what += f" (UID {self.uid})"
        where = f" at line {self.line}" if self.line else ""
        return f"{what}{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ImportedOverride:
    """A changed (or cancelled) instance of a recurring event: RECURRENCE-ID plus its fields.

    ``fields`` has the same keys as ``ImportedEvent.fields`` minus the recurrence keys.
    """

    original_start: datetime
    fields: Fields
    cancelled: bool = False


@pickled_by_fields
@dataclass(slots=True)
class ImportedEvent:
    """One session to create or update (matched by ``uid``): a single or a recurring session.

    ``inherited`` names fields (python names) the exporting database inherited from the
    schedule: when the session goes into the schedule named by ``schedule_hint``, drop those
    keys from ``fields`` so they inherit again.
    """

    uid: str
    fields: Fields
    schedule_hint: str | None = None
    schedule_name: str | None = None
    status: SessionStatus = SessionStatus.CONFIRMED
    overrides: list[ImportedOverride] = field(default_factory=list)
    inherited: tuple[str, ...] = ()
    line: int | None = None
    free: bool = False      # TRANSP:TRANSPARENT: takes none of its schedule's time
    order: tuple[int, ...] = (1, 0)   # where it stands in a whole plan (``parse_calendar``)

    @property
    def is_recurring(self) -> bool:
        return "recurrence" in self.fields

    @property
    def title(self) -> str:
        return self.fields.get("title") or ""


@dataclass(slots=True)
class ImportPlan:
    items: list[ImportedEvent] = field(default_factory=list)
    skipped: list[SkippedComponent] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    calendar_names: list[str] = field(default_factory=list)

    @property
    def broken(self) -> list[SkippedComponent]:
        return [s for s in self.skipped if s.broken]

    @property
    def session_count(self) -> int:
        return len(self.items)

    @property
    def override_count(self) -> int:
        return sum(len(item.overrides) for item in self.items)


class NoteTaker(Protocol):
    """Where the readers put a warning: ``Notes``, or a worker's recorder of one event's."""

    def add(self, message: str) -> None: ...


class Notes:
    """Warnings, each said once with how often it happened."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def add(self, message: str) -> None:
        self._counts[message] = self._counts.get(message, 0) + 1

    def render(self) -> list[str]:
        return [m if n == 1 else f"{m} ({n} times)" for m, n in self._counts.items()]
