"""The stored shape of a session row: what the repository reads and writes.

A row is one of three kinds: a SINGLE session, a SERIES definition (rule, first slot in local
wall-clock time, extra and excluded dates) or an EXCEPTION (a changed or cancelled instance of a
series, keyed by its original slot). ``fields`` holds only the values the row sets itself, in the
wire codec's JSON form; everything else is inherited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import Any

SINGLE, SERIES, EXCEPTION = "SINGLE", "SERIES", "EXCEPTION"

COLUMNS = ("id", "schedule_id", "kind", "type", "status", "start_utc", "end_utc",
           "start_local", "end_local", "time_zone", "all_day", "recurrence", "rdates",
           "exdates", "until_utc", "materialized_until", "series_id", "original_local",
           "fields", "version", "created_utc", "updated_utc")
SELECT_COLUMNS = ", ".join(COLUMNS)
_ROW_VALUES = attrgetter(*COLUMNS)     # a bulk import writes 100,000 rows: no Python loop
_ALL_DAY, _RDATES, _EXDATES, _FIELDS = (COLUMNS.index(name) for name in
                                        ("all_day", "rdates", "exdates", "fields"))
_dump_sorted = json.JSONEncoder(sort_keys=True).encode   # what json.dumps(sort_keys=True) does


def load_fields(text: str) -> dict[str, Any]:
    """A row's ``fields`` JSON. A row written before texts were checked may hold a lone UTF-16
    surrogate, which no UTF-8 output can carry: it reads as U+FFFD (and is stored so at the
    row's next write). Only texts with ``\\ud`` escapes are walked, so this costs nothing on
    ordinary rows."""
    value: dict[str, Any] = json.loads(text)
    if "\\ud" in text or "\\uD" in text:
        value = _repair(value)
    return value


def _repair(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, list):
        return [_repair(item) for item in value]
    if isinstance(value, dict):
        return {_repair(key): _repair(item) for key, item in value.items()}
    return value


@dataclass(slots=True)
class SessionRecord:
    id: str
    schedule_id: str
    kind: str
    type: str
    status: str
    start_utc: int
    end_utc: int
    start_local: str
    end_local: str
    time_zone: str
    all_day: bool
    recurrence: str | None = None
    rdates: list[str] = field(default_factory=list)
    exdates: list[str] = field(default_factory=list)
    until_utc: int | None = None
    materialized_until: int | None = None
    series_id: str | None = None
    original_local: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    version: int = 1
    created_utc: int = 0
    updated_utc: int = 0

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> SessionRecord:
        values = dict(zip(COLUMNS, row, strict=True))
        values["all_day"] = bool(values["all_day"])
        values["rdates"] = json.loads(values["rdates"]) if values["rdates"] else []
        values["exdates"] = json.loads(values["exdates"]) if values["exdates"] else []
        values["fields"] = load_fields(values["fields"])
        return cls(**values)

    def to_row(self) -> tuple[Any, ...]:
        values = list(_ROW_VALUES(self))
        values[_ALL_DAY] = int(self.all_day)
        values[_RDATES] = json.dumps(self.rdates) if self.rdates else None
        values[_EXDATES] = json.dumps(self.exdates) if self.exdates else None
        values[_FIELDS] = _dump_sorted(self.fields)
        return tuple(values)

    def copy(self, **changes: Any) -> SessionRecord:
        clone = replace(self, **changes)
        if "fields" not in changes:
            clone.fields = dict(self.fields)
        if "rdates" not in changes:
            clone.rdates = list(self.rdates)
        if "exdates" not in changes:
            clone.exdates = list(self.exdates)
        return clone


@dataclass(slots=True)
class ScheduleRecord:
    id: str
    name: str
    owner_kind: str
    kind: str
    owner_id: str | None
    time_zone: str
    colour: str
    defaults: dict[str, Any]
    default_duration: int
    status: str
    version: int = 1
    created_utc: int = 0
    updated_utc: int = 0


SCHEDULE_COLUMNS = ("id", "name", "owner_kind", "kind", "owner_id", "time_zone", "colour",
                    "defaults", "default_duration", "status", "version", "created_utc",
                    "updated_utc")


# Columns that change without the row's content changing: versions and stamps grow on every
# write (undo included) and the materialised horizon moves as time passes.
_BOOKKEEPING = frozenset({"version", "updated_utc", "materialized_until"})


def same_content(a: SessionRecord | ScheduleRecord | None,
                 b: SessionRecord | ScheduleRecord | None) -> bool:
    """Do two rows hold the same session or schedule, whatever their versions say?

    Undo asks this of a row and the state a step left it in: after a later step was undone
    the row is back in that state with a higher version, and the earlier step may be undone."""
    if a is None or b is None:
        return a is b
    names = COLUMNS if isinstance(a, SessionRecord) else SCHEDULE_COLUMNS
    return all(getattr(a, n) == getattr(b, n) for n in names if n not in _BOOKKEEPING)
