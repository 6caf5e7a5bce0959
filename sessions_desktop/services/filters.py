"""Compile a Wix query-language filter once into a fast predicate over domain sessions.

``compile_filter(filter)`` validates the whole filter, reports every problem in one
``ValidationError`` (code ``INVALID_ARGUMENT``; each violation's field is a path such as
``filter.title`` or ``filter.$and[1].capacity``) and returns a ``SessionFilter`` whose ``matches``
is a tree of closures built once, so evaluating it walks no dicts.

Syntax (contract, "Query"): ``{"field": value}`` is equality; ``{"field": {"$op": operand, ...}}``
(several operators on one field mean AND); ``$and`` and ``$or`` take a non-empty list of filters,
``$not`` takes one filter; several keys in one filter object mean AND. ``None`` and ``{}`` match
every session.

Fields and operators (table "A" of the research notes, section 4, for the fields it lists):

==============================  =================================  =================================
filter field                    operators                          session attribute
==============================  =================================  =================================
scheduleId                      $eq $ne $in                        schedule_id
scheduleOwnerId                 $eq $ne $in                        schedule_owner_id
title                           $eq $ne $in $startsWith            title
tags                            $hasSome $hasAll $exists           tags
type                            $eq $ne $in                        type
status                          $eq $ne $in                        status
capacity                        $eq $ne $gt $gte $lt $lte $exists  capacity
remainingCapacity               $eq $ne $gt $gte $lt $lte          remaining_capacity
numberOfParticipants            $eq $ne $gt $gte $lt $lte          total_number_of_participants
recurringSessionId              $eq $ne $in $exists                recurring_session_id
instanceOfRecurrence            $eq $ne $in $exists                instance_of_recurrence
inheritedFields                 $hasSome $hasAll                   inherited_fields
affectedSchedules.scheduleId    $hasSome $hasAll                   affected_schedules[].schedule_id
affectedSchedules.transparency  $hasSome $hasAll                   affected_schedules[].transparency
location.locationType           $eq $ne $in                        location.location_type
location.businessLocation.id    $eq $ne $in                        location.business_location_id
participants.contactId          $hasSome $hasAll                   participants[].contact_id
participants.approvalStatus     $hasSome $hasAll                   participants[].approval_status
==============================  =================================  =================================

Decisions where the research table is silent or the contract leaves room:

* ``type`` and ``status`` are not filter fields in Wix (``type`` is a query parameter); they get
  ``$eq $ne $in`` like the other enum-valued scalar ``location.locationType``. ``type`` accepts
  the aliases ``AVAILABILITY`` and ``TIME_AVAILABILITY`` for ``WORKING_HOURS``.
* ``tags`` also supports ``$exists`` (the contract asks for it); it is true for a non-empty list.
* Enum-valued fields (``type``, ``status``, ``location.locationType``,
  ``affectedSchedules.transparency``, ``participants.approvalStatus``) accept only their exact,
  case-sensitive values (or ``null``); anything else is a malformed operand, so a typo such as
  ``CANCELED`` is reported rather than silently matching nothing.
* Other fields compare type-strictly: an operand of another JSON type (``"5"`` for a number,
  ``5`` or ``true`` for a string, ``true`` for a number) is accepted and never equal. ``5`` and
  ``5.0`` are the same number. Operands must be JSON scalars (string, finite number, boolean,
  ``null``); lists and objects are malformed where a single value is expected.
* ``{"field": null}`` / ``{"$eq": null}`` matches a missing value, ``{"$ne": null}`` a present one;
  ``$in`` may list ``null`` to include missing values.
* ``$in``, ``$hasSome`` and ``$hasAll`` take a list (a tuple is accepted too). ``$in: []`` and
  ``$hasSome: []`` match nothing; ``$hasAll: []`` matches every session.
* ``$gt $gte $lt $lte`` need a finite number (not a boolean); a missing value never compares.
* ``participants.contactId`` ignores participants without a contact id; ``participants: None``
  (left out) counts as no participants.
* ``schedule_ids()`` comes from ``scheduleId`` ``$eq``/``$in`` conditions at the top level or
  inside ``$and`` (intersected). As a sound extra, an ``$or`` all of whose branches are
  constrained yields the union. ``$not`` never constrains.
* ``is_empty`` is true only for ``None`` and ``{}``.
* A filter nests at most ``MAX_DEPTH`` (32) objects and lists and holds at most ``MAX_PARTS``
  (10,000) values; its texts follow ``text_checks`` (no lone surrogates or control
  characters). Anything else is ``INVALID_ARGUMENT`` on ``filter`` before compiling.
* ``canonical()`` is ``json.dumps`` of the filter as given with sorted keys and no spaces (tuples
  become lists, enum members their values); ``None`` canonicalises to ``{}``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter
from typing import Any, NamedTuple

from sessions_desktop.domain.enums import (
    ApprovalStatus,
    LocationType,
    SessionStatus,
    SessionType,
    Transparency,
)
from sessions_desktop.domain.model import Session
from sessions_desktop.errors import ValidationError, Violations
from sessions_desktop.services.text_checks import text_problem

Predicate = Callable[[Session], bool]

__all__ = ["SUPPORTED_FIELDS", "Predicate", "SessionFilter", "compile_filter"]


# --------------------------------------------------------------------------------------------
# Values read from a session


def _location_type(s: Session) -> LocationType | None:
    loc = s.location
    return None if loc is None else loc.location_type


def _business_location_id(s: Session) -> str | None:
    loc = s.location
    return None if loc is None else loc.business_location_id


def _affected_schedule_ids(s: Session) -> tuple[str, ...]:
    return tuple(a.schedule_id for a in s.affected_schedules)


def _affected_transparencies(s: Session) -> tuple[Transparency, ...]:
    return tuple(a.transparency for a in s.affected_schedules)


def _contact_ids(s: Session) -> tuple[str, ...]:
    return tuple(p.contact_id for p in s.participants or () if p.contact_id is not None)


def _approval_statuses(s: Session) -> tuple[ApprovalStatus, ...]:
    return tuple(p.approval_status for p in s.participants or ())


# --------------------------------------------------------------------------------------------
# Field table

_STR, _NUM, _ENUM = "string", "number", "enum"

_EQ_OPS = ("$eq", "$ne", "$in")
_NUM_OPS = ("$eq", "$ne", "$gt", "$gte", "$lt", "$lte")
_ARRAY_OPS = ("$hasSome", "$hasAll")


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    kind: str  # of the value, or of each element when ``array``
    ops: tuple[str, ...]
    get: Callable[[Session], Any]
    array: bool = False
    enum: type[StrEnum] | None = None
    aliases: tuple[tuple[str, str], ...] = ()

    def supported(self) -> str:
        return ", ".join(self.ops)


_WORKING_HOURS_ALIASES = (("AVAILABILITY", "WORKING_HOURS"), ("TIME_AVAILABILITY", "WORKING_HOURS"))

_FIELD_LIST = (
    _Field("scheduleId", _STR, _EQ_OPS, attrgetter("schedule_id")),
    _Field("scheduleOwnerId", _STR, _EQ_OPS, attrgetter("schedule_owner_id")),
    _Field("title", _STR, (*_EQ_OPS, "$startsWith"), attrgetter("title")),
    _Field("tags", _STR, (*_ARRAY_OPS, "$exists"), attrgetter("tags"), array=True),
    _Field("type", _ENUM, _EQ_OPS, attrgetter("type"), enum=SessionType,
           aliases=_WORKING_HOURS_ALIASES),
    _Field("status", _ENUM, _EQ_OPS, attrgetter("status"), enum=SessionStatus),
    _Field("capacity", _NUM, (*_NUM_OPS, "$exists"), attrgetter("capacity")),
    _Field("remainingCapacity", _NUM, _NUM_OPS, attrgetter("remaining_capacity")),
    _Field("numberOfParticipants", _NUM, _NUM_OPS, attrgetter("total_number_of_participants")),
    _Field("recurringSessionId", _STR, (*_EQ_OPS, "$exists"), attrgetter("recurring_session_id")),
    _Field("instanceOfRecurrence", _STR, (*_EQ_OPS, "$exists"),
           attrgetter("instance_of_recurrence")),
    _Field("inheritedFields", _STR, _ARRAY_OPS, attrgetter("inherited_fields"), array=True),
    _Field("affectedSchedules.scheduleId", _STR, _ARRAY_OPS, _affected_schedule_ids, array=True),
    _Field("affectedSchedules.transparency", _ENUM, _ARRAY_OPS, _affected_transparencies,
           array=True, enum=Transparency),
    _Field("location.locationType", _ENUM, _EQ_OPS, _location_type, enum=LocationType),
    _Field("location.businessLocation.id", _STR, _EQ_OPS, _business_location_id),
    _Field("participants.contactId", _STR, _ARRAY_OPS, _contact_ids, array=True),
    _Field("participants.approvalStatus", _ENUM, _ARRAY_OPS, _approval_statuses, array=True,
           enum=ApprovalStatus),
)
_FIELDS: dict[str, _Field] = {f.name: f for f in _FIELD_LIST}

#: Filter field name -> the operators it supports (for help texts and documentation).
SUPPORTED_FIELDS: dict[str, tuple[str, ...]] = {f.name: f.ops for f in _FIELD_LIST}


# --------------------------------------------------------------------------------------------
# Operands


class _Malformed(Exception):
    """An operand of the wrong shape; ``expected`` says what the operator needs."""

    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected


# An operand that can never equal a value of the field (type-strict equality).
_NEVER: Any = object()


def _is_scalar(value: object) -> bool:
    if value is None or isinstance(value, str | bool | int):
        return True
    return isinstance(value, float) and math.isfinite(value)


def _expected_value(fld: _Field) -> str:
    if fld.enum is not None:
        names = ", ".join(m.value for m in fld.enum)
        extra = "".join(f", or {alias}" for alias, _ in fld.aliases)
        return f"one of {names}{extra} (or null)"
    return f"a {fld.kind} (or another JSON scalar, which never matches)"


def _coerce(fld: _Field, value: object) -> Any:
    """The operand in the form the field's values compare with, or ``_NEVER``."""
    if not _is_scalar(value):
        raise _Malformed(_expected_value(fld))
    if value is None:
        return None
    if fld.enum is not None:
        return _coerce_enum(fld, value)
    if fld.kind == _STR:
        return value if isinstance(value, str) else _NEVER
    return value if isinstance(value, int | float) and not isinstance(value, bool) else _NEVER


def _coerce_enum(fld: _Field, value: object) -> Any:
    if isinstance(value, str):
        text = dict(fld.aliases).get(value, value)
        try:
            return fld.enum(text)  # type: ignore[misc]
        except ValueError:
            pass
    raise _Malformed(_expected_value(fld))


def _coerce_list(fld: _Field, operand: object) -> list[Any]:
    expected = f"a list whose items are each {_expected_value(fld)}"
    if not isinstance(operand, list | tuple):
        raise _Malformed(expected)
    try:
        return [_coerce(fld, item) for item in operand]
    except _Malformed:
        raise _Malformed(expected) from None


def _number(operand: object) -> int | float:
    if isinstance(operand, bool) or not isinstance(operand, int | float):
        raise _Malformed("a number")
    if isinstance(operand, float) and not math.isfinite(operand):
        raise _Malformed("a finite number")
    return operand


# --------------------------------------------------------------------------------------------
# Predicates


def _always(_s: Session) -> bool:
    return True


def _never(_s: Session) -> bool:
    return False


def _eq_pred(get: Callable[[Session], Any], want: Any) -> Predicate:
    if want is _NEVER:
        return _never
    if want is None:
        return lambda s: get(s) is None
    return lambda s: get(s) == want


def _ne_pred(get: Callable[[Session], Any], want: Any) -> Predicate:
    if want is _NEVER:
        return _always
    if want is None:
        return lambda s: get(s) is not None
    return lambda s: get(s) != want


def _build_eq(fld: _Field, operand: object) -> Predicate:
    return _eq_pred(fld.get, _coerce(fld, operand))


def _build_ne(fld: _Field, operand: object) -> Predicate:
    return _ne_pred(fld.get, _coerce(fld, operand))


def _build_in(fld: _Field, operand: object) -> Predicate:
    wanted = frozenset(_coerce_list(fld, operand)) - {_NEVER}
    if len(wanted) <= 1:
        return _eq_pred(fld.get, next(iter(wanted), _NEVER))
    get = fld.get
    return lambda s: get(s) in wanted


def _build_starts_with(fld: _Field, operand: object) -> Predicate:
    if not isinstance(operand, str):
        raise _Malformed("a string")
    get = fld.get
    prefix = str(operand)
    return lambda s: (v := get(s)) is not None and v.startswith(prefix)


def _build_exists(fld: _Field, operand: object) -> Predicate:
    if not isinstance(operand, bool):
        raise _Malformed("true or false")
    get = fld.get
    if fld.array:
        return (lambda s: bool(get(s))) if operand else (lambda s: not get(s))
    return (lambda s: get(s) is not None) if operand else (lambda s: get(s) is None)


def _build_gt(fld: _Field, operand: object) -> Predicate:
    get, n = fld.get, _number(operand)
    return lambda s: (v := get(s)) is not None and v > n


def _build_gte(fld: _Field, operand: object) -> Predicate:
    get, n = fld.get, _number(operand)
    return lambda s: (v := get(s)) is not None and v >= n


def _build_lt(fld: _Field, operand: object) -> Predicate:
    get, n = fld.get, _number(operand)
    return lambda s: (v := get(s)) is not None and v < n


def _build_lte(fld: _Field, operand: object) -> Predicate:
    get, n = fld.get, _number(operand)
    return lambda s: (v := get(s)) is not None and v <= n


def _build_has_some(fld: _Field, operand: object) -> Predicate:
    wanted = frozenset(_coerce_list(fld, operand)) - {_NEVER}
    get = fld.get
    if not wanted:
        return _never
    if len(wanted) == 1:
        (only,) = wanted
        return lambda s: only in get(s)
    return lambda s: not wanted.isdisjoint(get(s))


def _build_has_all(fld: _Field, operand: object) -> Predicate:
    wanted = frozenset(_coerce_list(fld, operand))
    get = fld.get
    if _NEVER in wanted:
        return _never
    if not wanted:
        return _always
    if len(wanted) == 1:
        (only,) = wanted
        return lambda s: only in get(s)
    return lambda s: wanted.issubset(get(s))


_BUILDERS: dict[str, Callable[[_Field, object], Predicate]] = {
    "$eq": _build_eq,
    "$ne": _build_ne,
    "$in": _build_in,
    "$gt": _build_gt,
    "$gte": _build_gte,
    "$lt": _build_lt,
    "$lte": _build_lte,
    "$startsWith": _build_starts_with,
    "$exists": _build_exists,
    "$hasSome": _build_has_some,
    "$hasAll": _build_has_all,
}


def _all_of(preds: list[Predicate]) -> Predicate:
    """AND of predicates as a balanced tree of small closures (no per-session loop)."""
    if not preds:
        return _always
    if len(preds) == 1:
        return preds[0]
    if len(preds) == 3:
        a, b, c = preds
        return lambda s: a(s) and b(s) and c(s)
    mid = len(preds) // 2
    left, right = _all_of(preds[:mid]), _all_of(preds[mid:])
    return lambda s: left(s) and right(s)


def _any_of(preds: list[Predicate]) -> Predicate:
    """OR of a non-empty list of predicates, built like ``_all_of``."""
    if len(preds) == 1:
        return preds[0]
    if len(preds) == 3:
        a, b, c = preds
        return lambda s: a(s) or b(s) or c(s)
    mid = len(preds) // 2
    left, right = _any_of(preds[:mid]), _any_of(preds[mid:])
    return lambda s: left(s) or right(s)


# --------------------------------------------------------------------------------------------
# Compiling


class _Node(NamedTuple):
    pred: Predicate
    ids: frozenset[str] | None  # schedule ids every match must have, or None (unconstrained)


_UNCONSTRAINED = _Node(_always, None)
_LOGICAL_OPS = ("$and", "$or", "$not")


def _describe(value: object) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"


def _intersect(nodes: list[_Node]) -> frozenset[str] | None:
    result: frozenset[str] | None = None
    for node in nodes:
        if node.ids is not None:
            result = node.ids if result is None else result & node.ids
    return result


def _compile(node: object, path: str, v: Violations) -> _Node:
    if not isinstance(node, dict):
        v.add(path, f"a filter must be an object (dict), got {_describe(node)}")
        return _UNCONSTRAINED
    parts = [_compile_key(key, value, path, v) for key, value in node.items()]
    return _Node(_all_of([p.pred for p in parts if p.pred is not _always]), _intersect(parts))


def _compile_key(key: object, value: object, path: str, v: Violations) -> _Node:
    if key in _LOGICAL_OPS:
        return _LOGICAL[str(key)](value, f"{path}.{key}", v)
    if isinstance(key, str) and key.startswith("$"):
        what = "field operator" if key in _BUILDERS else "unknown operator"
        v.add(f"{path}.{key}", f"{what} '{key}' cannot stand here without a field; a filter "
                               f"object's keys are field names or {', '.join(_LOGICAL_OPS)}")
        return _UNCONSTRAINED
    fld = _FIELDS.get(key) if isinstance(key, str) else None
    if fld is None:
        v.add(f"{path}.{key}", f"unknown field {key!r}; supported fields: {', '.join(_FIELDS)}")
        return _UNCONSTRAINED
    return _compile_field(fld, value, f"{path}.{key}", v)


def _compile_list(op: str, value: object, path: str, v: Violations) -> list[_Node]:
    if not isinstance(value, list | tuple) or not value:
        v.add(path, f"operator '{op}' needs a non-empty list of filters, got {_describe(value)}")
        return []
    return [_compile(item, f"{path}[{i}]", v) for i, item in enumerate(value)]


def _compile_and(value: object, path: str, v: Violations) -> _Node:
    nodes = _compile_list("$and", value, path, v)
    return _Node(_all_of([n.pred for n in nodes if n.pred is not _always]), _intersect(nodes))


def _compile_or(value: object, path: str, v: Violations) -> _Node:
    nodes = _compile_list("$or", value, path, v)
    if not nodes:
        return _UNCONSTRAINED
    if any(n.pred is _always for n in nodes):
        return _UNCONSTRAINED
    ids = None
    if all(n.ids is not None for n in nodes):
        ids = frozenset().union(*(n.ids for n in nodes if n.ids is not None))
    return _Node(_any_of([n.pred for n in nodes]), ids)


def _compile_not(value: object, path: str, v: Violations) -> _Node:
    if not isinstance(value, dict):
        v.add(path, f"operator '$not' needs one filter object (dict), got {_describe(value)}")
        return _UNCONSTRAINED
    inner = _compile(value, path, v).pred
    return _Node(lambda s: not inner(s), None)


_LOGICAL: dict[str, Callable[[object, str, Violations], _Node]] = {
    "$and": _compile_and,
    "$or": _compile_or,
    "$not": _compile_not,
}


def _operator_items(fld: _Field, value: object, path: str,
                    v: Violations) -> list[tuple[str, Any]]:
    if not isinstance(value, dict):
        return [("$eq", value)]
    if not value:
        v.add(path, f"field '{fld.name}' has an empty operator object; "
                    f"'{fld.name}' supports {fld.supported()}")
    items = []
    for op, operand in value.items():
        if isinstance(op, str) and op.startswith("$"):
            items.append((op, operand))
        else:
            v.add(path, f"{op!r} is not an operator on field '{fld.name}' (operators start "
                        f"with $); '{fld.name}' supports {fld.supported()}")
    return items


def _compile_op(fld: _Field, op: str, operand: object, path: str, v: Violations) -> Predicate:
    builder = _BUILDERS.get(op)
    if builder is None and op not in _LOGICAL_OPS:
        v.add(path, f"unknown operator '{op}' on field '{fld.name}'; "
                    f"'{fld.name}' supports {fld.supported()}")
        return _always
    if builder is None or op not in fld.ops:
        v.add(path, f"operator '{op}' is not supported on field '{fld.name}'; "
                    f"'{fld.name}' supports {fld.supported()}")
        return _always
    try:
        return builder(fld, operand)
    except _Malformed as exc:
        v.add(path, f"operator '{op}' on field '{fld.name}' needs {exc.expected}, "
                    f"got {_describe(operand)}")
        return _always


def _schedule_ids(items: list[tuple[str, Any]]) -> frozenset[str] | None:
    """Schedule ids allowed by ``scheduleId`` ``$eq``/``$in`` operators (AND-ed), or None."""
    result: frozenset[str] | None = None
    for op, operand in items:
        if op == "$eq":
            ids = frozenset([operand]) if isinstance(operand, str) else frozenset()
        elif op == "$in" and isinstance(operand, list | tuple):
            ids = frozenset(x for x in operand if isinstance(x, str))
        else:
            continue
        result = ids if result is None else result & ids
    return result


def _compile_field(fld: _Field, value: object, path: str, v: Violations) -> _Node:
    items = _operator_items(fld, value, path, v)
    preds = [_compile_op(fld, op, operand, path, v) for op, operand in items]
    ids = _schedule_ids(items) if fld.name == "scheduleId" else None
    return _Node(_all_of([p for p in preds if p is not _always]), ids)


# --------------------------------------------------------------------------------------------
# Public API


class SessionFilter:
    """A compiled filter. ``matches(session)`` is the predicate itself (a plain function)."""

    __slots__ = ("_canonical", "_schedule_ids", "is_empty", "matches")

    def __init__(self, matches: Predicate, schedule_ids: frozenset[str] | None,
                 canonical: str, is_empty: bool) -> None:
        self.matches: Predicate = matches
        self.is_empty = is_empty
        self._schedule_ids = schedule_ids
        self._canonical = canonical

    def schedule_ids(self) -> frozenset[str] | None:
        """Schedule ids every matching session has one of, or None when unconstrained."""
        return self._schedule_ids

    def canonical(self) -> str:
        """Stable JSON text of the filter (sorted keys), e.g. for a cursor to carry."""
        return self._canonical

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SessionFilter):
            return NotImplemented
        return self._canonical == other._canonical

    def __hash__(self) -> int:
        return hash(self._canonical)

    def __repr__(self) -> str:
        return f"SessionFilter({self._canonical})"


MAX_DEPTH = 32          # objects and lists inside each other
MAX_PARTS = 10_000      # values in the whole filter


def _shape_problem(filter: object) -> str | None:
    """Depth, size and texts of a filter, walked without recursion, before compiling it (a
    filter nested 1,000 deep would otherwise end in a RecursionError)."""
    stack: list[tuple[object, int]] = [(filter, 1)]
    parts = 0
    while stack:
        value, depth = stack.pop()
        parts += 1
        if depth > MAX_DEPTH:
            return f"is nested more than {MAX_DEPTH} levels deep"
        if parts > MAX_PARTS:
            return f"has more than {MAX_PARTS:,} parts"
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in (*value.keys(), *value.values()))
        elif isinstance(value, (list, tuple)):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, str):
            why = text_problem(value, "filter", max_length=10_000)
            if why:
                return f"has a text that {why}"
    return None


def compile_filter(filter: dict[str, Any] | None) -> SessionFilter:
    """Validate ``filter`` and compile it; raises ``ValidationError`` listing every problem."""
    if filter is None or (isinstance(filter, dict) and not filter):
        return SessionFilter(_always, None, "{}", True)
    shape = _shape_problem(filter)
    if shape:
        raise ValidationError(shape, field="filter")
    violations = Violations()
    node = _compile(filter, "filter", violations)
    violations.raise_if_any()
    canonical = json.dumps(filter, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                           allow_nan=False)
    return SessionFilter(node.pred, node.ids, canonical, False)
