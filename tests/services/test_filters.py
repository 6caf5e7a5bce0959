"""Tests of the filter compiler (contract "Query", Filter; research notes section 4)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sessions_desktop.domain.enums import (
    ApprovalStatus,
    LocationType,
    SessionStatus,
    SessionType,
    Transparency,
)
from sessions_desktop.domain.model import LinkedSchedule, Location, Participant, Session
from sessions_desktop.errors import ValidationError
from sessions_desktop.services.filters import SUPPORTED_FIELDS, SessionFilter, compile_filter

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2024, 3, 4, 9, 0, tzinfo=BERLIN)


def make(**changes) -> Session:
    values = {
        "id": "sess-1",
        "schedule_id": "sch-1",
        "start": START,
        "end": START + timedelta(hours=1),
        "time_zone": "Europe/Berlin",
    }
    values.update(changes)
    return Session(**values)


def matches(filter_: dict, session: Session) -> bool:
    return compile_filter(filter_).matches(session)


# A session that sets every filterable attribute.
FULL = make(
    schedule_owner_id="owner-1",
    title="Yoga for beginners",
    tags=("yoga", "morning"),
    type=SessionType.EVENT,
    status=SessionStatus.CONFIRMED,
    capacity=10,
    remaining_capacity=7,
    total_number_of_participants=3,
    recurring_session_id="rec-1",
    instance_of_recurrence="rec-1",
    inherited_fields=("title", "capacity"),
    affected_schedules=(LinkedSchedule("room-1"), LinkedSchedule("staff-1", Transparency.FREE)),
    location=Location(LocationType.OWNER_BUSINESS, business_location_id="loc-1"),
    participants=(
        Participant("Ann", contact_id="c-1", approval_status=ApprovalStatus.APPROVED),
        Participant("Bob", contact_id=None, approval_status=ApprovalStatus.PENDING),
        Participant("Cid", contact_id="c-3", approval_status=ApprovalStatus.APPROVED),
    ),
)
# A session that leaves every optional attribute unset.
BARE = make(
    id="sess-2", schedule_id="sch-2", type=SessionType.WORKING_HOURS,
    status=SessionStatus.CANCELLED, participants=None,
)


# ---------------------------------------------------------------------------------------------
# Each field with each operator it supports: (filter, expected on FULL, expected on BARE)

FIELD_CASES = [
    # scheduleId: eq ne in
    ({"scheduleId": "sch-1"}, True, False),
    ({"scheduleId": {"$eq": "sch-2"}}, False, True),
    ({"scheduleId": {"$ne": "sch-1"}}, False, True),
    ({"scheduleId": {"$in": ["sch-1", "sch-9"]}}, True, False),
    ({"scheduleId": {"$in": []}}, False, False),
    ({"scheduleId": "SCH-1"}, False, False),
    # scheduleOwnerId: eq ne in (missing on BARE)
    ({"scheduleOwnerId": "owner-1"}, True, False),
    ({"scheduleOwnerId": {"$ne": "owner-1"}}, False, True),
    ({"scheduleOwnerId": {"$in": ["owner-2", "owner-1"]}}, True, False),
    ({"scheduleOwnerId": None}, False, True),
    ({"scheduleOwnerId": {"$ne": None}}, True, False),
    ({"scheduleOwnerId": {"$in": [None, "x"]}}, False, True),
    # title: eq ne in startsWith
    ({"title": "Yoga for beginners"}, True, False),
    ({"title": "yoga for beginners"}, False, False),
    ({"title": {"$ne": "Pilates"}}, True, True),
    ({"title": {"$in": ["Pilates", "Yoga for beginners"]}}, True, False),
    ({"title": {"$startsWith": "Yoga"}}, True, False),
    ({"title": {"$startsWith": "yoga"}}, False, False),
    ({"title": {"$startsWith": ""}}, True, False),
    # tags: hasSome hasAll exists
    ({"tags": {"$hasSome": ["evening", "yoga"]}}, True, False),
    ({"tags": {"$hasSome": ["Yoga"]}}, False, False),
    ({"tags": {"$hasAll": ["yoga", "morning"]}}, True, False),
    ({"tags": {"$hasAll": ["yoga", "evening"]}}, False, False),
    ({"tags": {"$hasAll": []}}, True, True),
    ({"tags": {"$hasSome": []}}, False, False),
    ({"tags": {"$exists": True}}, True, False),
    ({"tags": {"$exists": False}}, False, True),
    # type: eq ne in, alias AVAILABILITY
    ({"type": "EVENT"}, True, False),
    ({"type": "WORKING_HOURS"}, False, True),
    ({"type": "AVAILABILITY"}, False, True),
    ({"type": {"$ne": "AVAILABILITY"}}, True, False),
    ({"type": {"$in": ["AVAILABILITY"]}}, False, True),
    ({"type": {"$in": ["EVENT", "WORKING_HOURS"]}}, True, True),
    ({"type": SessionType.EVENT}, True, False),
    # status: eq ne in
    ({"status": "CONFIRMED"}, True, False),
    ({"status": {"$ne": "CONFIRMED"}}, False, True),
    ({"status": {"$in": ["CANCELLED"]}}, False, True),
    # capacity: eq ne gt gte lt lte exists
    ({"capacity": 10}, True, False),
    ({"capacity": 10.0}, True, False),
    ({"capacity": "10"}, False, False),
    ({"capacity": {"$ne": 10}}, False, True),
    ({"capacity": {"$gt": 9}}, True, False),
    ({"capacity": {"$gt": 10}}, False, False),
    ({"capacity": {"$gte": 10}}, True, False),
    ({"capacity": {"$lt": 11}}, True, False),
    ({"capacity": {"$lt": 10}}, False, False),
    ({"capacity": {"$lte": 10}}, True, False),
    ({"capacity": {"$lte": 9.5}}, False, False),
    ({"capacity": {"$exists": True}}, True, False),
    ({"capacity": {"$exists": False}}, False, True),
    ({"capacity": {"$gte": 5, "$lt": 20}}, True, False),
    # remainingCapacity: eq ne gt gte lt lte
    ({"remainingCapacity": 7}, True, False),
    ({"remainingCapacity": {"$ne": 7}}, False, True),
    ({"remainingCapacity": {"$gt": 6}}, True, False),
    ({"remainingCapacity": {"$gte": 8}}, False, False),
    ({"remainingCapacity": {"$lt": 8}}, True, False),
    ({"remainingCapacity": {"$lte": 6}}, False, False),
    # numberOfParticipants: eq ne gt gte lt lte (total_number_of_participants, 0 on BARE)
    ({"numberOfParticipants": 3}, True, False),
    ({"numberOfParticipants": 0}, False, True),
    ({"numberOfParticipants": {"$ne": 3}}, False, True),
    ({"numberOfParticipants": {"$gt": 2}}, True, False),
    ({"numberOfParticipants": {"$gte": 0}}, True, True),
    ({"numberOfParticipants": {"$lt": 1}}, False, True),
    ({"numberOfParticipants": {"$lte": 3}}, True, True),
    ({"numberOfParticipants": False}, False, False),
    # recurringSessionId: eq ne in exists
    ({"recurringSessionId": "rec-1"}, True, False),
    ({"recurringSessionId": {"$ne": "rec-1"}}, False, True),
    ({"recurringSessionId": {"$in": ["rec-1"]}}, True, False),
    ({"recurringSessionId": {"$exists": True}}, True, False),
    ({"recurringSessionId": {"$exists": False}}, False, True),
    # instanceOfRecurrence: eq ne in exists
    ({"instanceOfRecurrence": "rec-1"}, True, False),
    ({"instanceOfRecurrence": {"$ne": "rec-2"}}, True, True),
    ({"instanceOfRecurrence": {"$in": ["rec-2", "rec-3"]}}, False, False),
    ({"instanceOfRecurrence": {"$exists": True}}, True, False),
    ({"instanceOfRecurrence": {"$exists": False}}, False, True),
    # inheritedFields: hasSome hasAll
    ({"inheritedFields": {"$hasSome": ["title", "tags"]}}, True, False),
    ({"inheritedFields": {"$hasAll": ["title", "capacity"]}}, True, False),
    ({"inheritedFields": {"$hasAll": ["title", "tags"]}}, False, False),
    # affectedSchedules.scheduleId: hasSome hasAll
    ({"affectedSchedules.scheduleId": {"$hasSome": ["room-1"]}}, True, False),
    ({"affectedSchedules.scheduleId": {"$hasSome": ["room-2", "staff-1"]}}, True, False),
    ({"affectedSchedules.scheduleId": {"$hasAll": ["room-1", "staff-1"]}}, True, False),
    ({"affectedSchedules.scheduleId": {"$hasAll": ["room-1", "room-2"]}}, False, False),
    # affectedSchedules.transparency: hasSome hasAll
    ({"affectedSchedules.transparency": {"$hasSome": ["FREE"]}}, True, False),
    ({"affectedSchedules.transparency": {"$hasAll": ["BUSY", "FREE"]}}, True, False),
    # location.locationType: eq ne in
    ({"location.locationType": "OWNER_BUSINESS"}, True, False),
    ({"location.locationType": {"$ne": "CUSTOM"}}, True, True),
    ({"location.locationType": {"$in": ["CUSTOM", "OWNER_CUSTOM"]}}, False, False),
    ({"location.locationType": None}, False, True),
    # location.businessLocation.id: eq ne in
    ({"location.businessLocation.id": "loc-1"}, True, False),
    ({"location.businessLocation.id": {"$ne": "loc-1"}}, False, True),
    ({"location.businessLocation.id": {"$in": ["loc-1", "loc-2"]}}, True, False),
    # participants.contactId: hasSome hasAll (Bob has no contact id; BARE has None)
    ({"participants.contactId": {"$hasSome": ["c-3", "c-9"]}}, True, False),
    ({"participants.contactId": {"$hasAll": ["c-1", "c-3"]}}, True, False),
    ({"participants.contactId": {"$hasAll": ["c-1", "c-2"]}}, False, False),
    ({"participants.contactId": {"$hasSome": [None]}}, False, False),
    # participants.approvalStatus: hasSome hasAll
    ({"participants.approvalStatus": {"$hasSome": ["PENDING"]}}, True, False),
    ({"participants.approvalStatus": {"$hasAll": ["APPROVED", "DECLINED"]}}, False, False),
    ({"participants.approvalStatus": {"$hasAll": ["APPROVED", "PENDING"]}}, True, False),
]


@pytest.mark.parametrize(("filter_", "on_full", "on_bare"), FIELD_CASES,
                         ids=[json.dumps(c[0], default=str) for c in FIELD_CASES])
def test_field_operator(filter_, on_full, on_bare):
    compiled = compile_filter(filter_)
    assert compiled.matches(FULL) is on_full
    assert compiled.matches(BARE) is on_bare


def test_every_supported_field_and_operator_is_covered():
    covered = set()
    for filter_, _, _ in FIELD_CASES:
        for field, condition in filter_.items():
            ops = condition.keys() if isinstance(condition, dict) else ["$eq"]
            covered.update((field, op) for op in ops)
    wanted = {(field, op) for field, ops in SUPPORTED_FIELDS.items() for op in ops}
    assert wanted - covered == set()


def test_supported_fields_are_the_contracts_list():
    assert set(SUPPORTED_FIELDS) == {
        "scheduleId", "scheduleOwnerId", "title", "tags", "type", "status", "capacity",
        "remainingCapacity", "numberOfParticipants", "recurringSessionId", "instanceOfRecurrence",
        "inheritedFields", "affectedSchedules.scheduleId", "affectedSchedules.transparency",
        "location.locationType", "location.businessLocation.id", "participants.contactId",
        "participants.approvalStatus",
    }
    assert SUPPORTED_FIELDS["title"] == ("$eq", "$ne", "$in", "$startsWith")
    assert set(SUPPORTED_FIELDS["tags"]) == {"$hasSome", "$hasAll", "$exists"}


# ---------------------------------------------------------------------------------------------
# Type strictness and missing values


def test_equality_is_type_strict():
    numbers = make(capacity=1, total_number_of_participants=1, title="1")
    assert not matches({"capacity": True}, numbers)
    assert not matches({"numberOfParticipants": True}, numbers)
    assert not matches({"capacity": {"$eq": "1"}}, numbers)
    assert matches({"capacity": {"$eq": 1.0, "$ne": True}}, numbers)
    assert matches({"scheduleOwnerId": {"$in": [None, 0, False]}}, BARE)
    assert not matches({"title": 1}, numbers)
    assert matches({"title": {"$ne": 1}}, numbers)
    assert not matches({"title": {"$in": [1, True]}}, numbers)
    zero = make(capacity=0, total_number_of_participants=0)
    assert not matches({"capacity": False}, zero)
    assert matches({"capacity": {"$ne": False}}, zero)


def test_comparisons_with_missing_values_are_false():
    for op in ("$gt", "$gte", "$lt", "$lte"):
        assert not matches({"capacity": {op: 0}}, BARE)
        assert not matches({"remainingCapacity": {op: -100}}, BARE)
    assert not matches({"title": {"$startsWith": ""}}, BARE)


def test_ne_matches_missing_values():
    assert matches({"title": {"$ne": "x"}}, BARE)
    assert matches({"location.businessLocation.id": {"$ne": "loc-1"}}, BARE)
    assert matches({"capacity": {"$ne": 3}}, BARE)


def test_negative_remaining_capacity_compares():
    overbooked = make(capacity=2, remaining_capacity=-1)
    assert matches({"remainingCapacity": {"$lt": 0}}, overbooked)
    assert matches({"remainingCapacity": -1}, overbooked)


def test_enum_fields_compare_by_string_value():
    custom = make(
        location=Location(LocationType.CUSTOM, address="Main St 1"),
        affected_schedules=(LinkedSchedule("r", Transparency.FREE),),
        participants=(Participant(approval_status=ApprovalStatus.DECLINED),),
    )
    assert matches({"location.locationType": "CUSTOM"}, custom)
    assert matches({"location.locationType": LocationType.CUSTOM}, custom)
    assert matches({"affectedSchedules.transparency": {"$hasAll": ["FREE"]}}, custom)
    assert not matches({"affectedSchedules.transparency": {"$hasSome": ["BUSY"]}}, custom)
    assert matches({"participants.approvalStatus": {"$hasSome": ["DECLINED"]}}, custom)


def test_empty_participants_and_affected_schedules():
    empty = make(participants=(), affected_schedules=())
    assert not matches({"participants.contactId": {"$hasSome": ["c"]}}, empty)
    assert matches({"participants.approvalStatus": {"$hasAll": []}}, empty)
    assert not matches({"affectedSchedules.scheduleId": {"$hasSome": ["r"]}}, empty)


# ---------------------------------------------------------------------------------------------
# Logical operators and the top level


def test_several_keys_mean_and():
    assert matches({"scheduleId": "sch-1", "title": {"$startsWith": "Yoga"}}, FULL)
    assert not matches({"scheduleId": "sch-1", "title": "Pilates"}, FULL)
    assert matches({"scheduleId": "sch-1", "capacity": 10, "tags": {"$hasSome": ["yoga"]},
                    "status": "CONFIRMED"}, FULL)
    assert not matches({"scheduleId": "sch-1", "capacity": 10, "tags": {"$hasSome": ["yoga"]},
                        "status": "CANCELLED"}, FULL)


def test_and_or_not():
    assert matches({"$and": [{"scheduleId": "sch-1"}, {"capacity": {"$gt": 5}}]}, FULL)
    assert not matches({"$and": [{"scheduleId": "sch-1"}, {"capacity": {"$gt": 50}}]}, FULL)
    assert matches({"$or": [{"scheduleId": "x"}, {"capacity": {"$gt": 5}}]}, FULL)
    assert not matches({"$or": [{"scheduleId": "x"}, {"capacity": {"$gt": 50}}]}, FULL)
    assert matches({"$or": [{"scheduleId": "x"}, {"scheduleId": "y"}, {"title": {"$ne": "z"}},
                            {"capacity": 0}]}, FULL)
    assert not matches({"$not": {"scheduleId": "sch-1"}}, FULL)
    assert matches({"$not": {"scheduleId": "sch-1"}}, BARE)
    assert matches({"$not": {"$or": [{"capacity": 1}, {"$and": [{"title": "x"}]}]}}, FULL)


def test_schedule_of_or_affecting_query():
    f = {"$or": [{"scheduleId": "room-1"},
                 {"affectedSchedules.scheduleId": {"$hasSome": ["room-1"]}}]}
    compiled = compile_filter(f)
    assert compiled.matches(FULL)
    assert compiled.matches(make(schedule_id="room-1"))
    assert not compiled.matches(BARE)
    assert compiled.schedule_ids() is None


def test_empty_filters():
    for f in (None, {}):
        compiled = compile_filter(f)
        assert compiled.is_empty
        assert compiled.matches(FULL) and compiled.matches(BARE)
        assert compiled.schedule_ids() is None
        assert compiled.canonical() == "{}"
    assert not compile_filter({"scheduleId": "x"}).is_empty
    assert isinstance(compile_filter(None), SessionFilter)


# ---------------------------------------------------------------------------------------------
# schedule_ids and canonical


@pytest.mark.parametrize(("filter_", "expected"), [
    ({"scheduleId": "a"}, {"a"}),
    ({"scheduleId": {"$eq": "a"}}, {"a"}),
    ({"scheduleId": {"$in": ["a", "b"]}}, {"a", "b"}),
    ({"scheduleId": {"$in": ["a", "b"]}, "title": "x"}, {"a", "b"}),
    ({"$and": [{"title": "x"}, {"scheduleId": {"$in": ["a", "b"]}}]}, {"a", "b"}),
    ({"$and": [{"scheduleId": {"$in": ["a", "b"]}}, {"scheduleId": {"$in": ["b", "c"]}}]}, {"b"}),
    ({"scheduleId": {"$in": ["a", "b"], "$eq": "c"}}, set()),
    ({"scheduleId": {"$in": []}}, set()),
    ({"scheduleId": 5}, set()),
    ({"$or": [{"scheduleId": "a"}, {"scheduleId": {"$in": ["b"]}}]}, {"a", "b"}),
    ({"scheduleId": {"$ne": "a"}}, None),
    ({"$not": {"scheduleId": "a"}}, None),
    ({"$or": [{"scheduleId": "a"}, {"title": "x"}]}, None),
    ({"title": "x"}, None),
])
def test_schedule_ids(filter_, expected):
    ids = compile_filter(filter_).schedule_ids()
    assert (None if ids is None else set(ids)) == expected
    assert ids is None or isinstance(ids, frozenset)


def test_canonical_is_stable_and_sorted():
    a = compile_filter({"title": {"$startsWith": "Y", "$ne": "Yo"}, "capacity": {"$gt": 1}})
    b = compile_filter({"capacity": {"$gt": 1}, "title": {"$ne": "Yo", "$startsWith": "Y"}})
    assert a.canonical() == b.canonical()
    assert a.canonical() == '{"capacity":{"$gt":1},"title":{"$ne":"Yo","$startsWith":"Y"}}'
    assert a == b and hash(a) == hash(b)
    assert json.loads(a.canonical()) == {"capacity": {"$gt": 1},
                                         "title": {"$ne": "Yo", "$startsWith": "Y"}}
    assert compile_filter({"title": "x"}).canonical() != compile_filter({"title": "y"}).canonical()
    assert compile_filter({"scheduleId": {"$in": ("a",)}}).canonical() == \
        '{"scheduleId":{"$in":["a"]}}'


# ---------------------------------------------------------------------------------------------
# Errors: every kind names the field and the operator


def violation_texts(filter_) -> list[str]:
    with pytest.raises(ValidationError) as info:
        compile_filter(filter_)
    assert info.value.code == "INVALID_ARGUMENT"
    return [str(v) for v in info.value.violations]


@pytest.mark.parametrize(("filter_", "path", "words"), [
    # unknown field: names it and lists supported ones
    ({"colour": "red"}, "filter.colour", ["'colour'", "scheduleId", "participants.approvalStatus"]),
    ({"start": {"$gt": 1}}, "filter.start", ["'start'", "supported fields"]),
    # operator the field does not support
    ({"title": {"$gt": "a"}}, "filter.title", ["title", "$gt", "$startsWith"]),
    ({"tags": "yoga"}, "filter.tags", ["tags", "$eq", "$hasSome", "$hasAll", "$exists"]),
    ({"scheduleId": {"$startsWith": "s"}}, "filter.scheduleId", ["scheduleId", "$startsWith"]),
    ({"remainingCapacity": {"$exists": True}}, "filter.remainingCapacity",
     ["remainingCapacity", "$exists", "$lte"]),
    ({"capacity": {"$in": [1, 2]}}, "filter.capacity", ["capacity", "$in", "$gte"]),
    ({"affectedSchedules.scheduleId": "r"}, "filter.affectedSchedules.scheduleId",
     ["affectedSchedules.scheduleId", "$eq", "$hasSome"]),
    ({"title": {"$not": {"$eq": "x"}}}, "filter.title", ["title", "$not"]),
    # unknown operator
    ({"title": {"$contains": "x"}}, "filter.title", ["title", "$contains", "unknown operator"]),
    ({"$nor": [{"title": "x"}]}, "filter.$nor", ["$nor", "unknown operator"]),
    ({"$eq": "x"}, "filter.$eq", ["$eq"]),
    ({"title": {"eq": "x"}}, "filter.title", ["title", "'eq'", "$startsWith"]),
    ({"title": {}}, "filter.title", ["title", "empty operator", "$eq"]),
    # malformed operands
    ({"scheduleId": {"$in": "a"}}, "filter.scheduleId", ["scheduleId", "$in", "list"]),
    ({"scheduleId": {"$in": [["a"]]}}, "filter.scheduleId", ["scheduleId", "$in", "list"]),
    ({"tags": {"$hasSome": "yoga"}}, "filter.tags", ["tags", "$hasSome", "list"]),
    ({"tags": {"$hasAll": {"a": 1}}}, "filter.tags", ["tags", "$hasAll", "list"]),
    ({"tags": {"$exists": 1}}, "filter.tags", ["tags", "$exists", "true or false"]),
    ({"capacity": {"$exists": "yes"}}, "filter.capacity", ["capacity", "$exists"]),
    ({"title": {"$startsWith": 5}}, "filter.title", ["title", "$startsWith", "string"]),
    ({"capacity": {"$gt": "5"}}, "filter.capacity", ["capacity", "$gt", "number"]),
    ({"capacity": {"$lte": True}}, "filter.capacity", ["capacity", "$lte", "number"]),
    ({"capacity": {"$lt": float("nan")}}, "filter.capacity", ["capacity", "$lt", "finite"]),
    ({"capacity": {"$eq": [1]}}, "filter.capacity", ["capacity", "$eq"]),
    ({"title": ["a", "b"]}, "filter.title", ["title", "$eq"]),
    ({"status": "CANCELED"}, "filter.status", ["status", "$eq", "CANCELLED"]),
    ({"type": "event"}, "filter.type", ["type", "$eq", "AVAILABILITY"]),
    ({"type": {"$in": ["EVENT", 3]}}, "filter.type", ["type", "$in"]),
    ({"affectedSchedules.transparency": {"$hasSome": ["OPAQUE"]}},
     "filter.affectedSchedules.transparency", ["transparency", "$hasSome", "BUSY"]),
    ({"participants.approvalStatus": {"$hasAll": ["approved"]}},
     "filter.participants.approvalStatus", ["approvalStatus", "$hasAll", "APPROVED"]),
    ({"location.locationType": {"$ne": "HOME"}}, "filter.location.locationType",
     ["locationType", "$ne", "OWNER_BUSINESS"]),
    # logical operators
    ({"$and": []}, "filter.$and", ["$and", "non-empty list"]),
    ({"$or": []}, "filter.$or", ["$or", "non-empty list"]),
    ({"$and": {"title": "x"}}, "filter.$and", ["$and", "list"]),
    ({"$or": [{"title": "x"}, "title"]}, "filter.$or[1]", ["object"]),
    ({"$not": [{"title": "x"}]}, "filter.$not", ["$not", "filter object"]),
    ({"$and": [{"$or": [{"title": {"$gte": 1}}]}]}, "filter.$and[0].$or[0].title",
     ["title", "$gte"]),
    ({"$not": {"capacity": {"$gt": "x"}}}, "filter.$not.capacity", ["capacity", "$gt"]),
])
def test_errors_name_field_and_operator(filter_, path, words):
    texts = violation_texts(filter_)
    assert len(texts) == 1, texts
    assert texts[0].startswith(path + ": ")
    for word in words:
        assert word in texts[0]


@pytest.mark.parametrize("bad", ["title", ["title"], 5, ("a",)])
def test_non_dict_filter_is_rejected(bad):
    with pytest.raises(ValidationError) as info:
        compile_filter(bad)
    assert info.value.fields == ("filter",)
    assert "object" in str(info.value)


def test_every_violation_is_reported_at_once():
    with pytest.raises(ValidationError) as info:
        compile_filter({
            "colour": "red",
            "title": {"$gt": "a", "$startsWith": 1},
            "$and": [{"capacity": {"$in": "x"}}, {"tags": {"$hasSome": "a"}}],
            "$or": [],
        })
    error = info.value
    assert error.fields == (
        "filter.colour", "filter.title", "filter.title", "filter.$and[0].capacity",
        "filter.$and[1].tags", "filter.$or",
    )
    text = str(error)
    for word in ("colour", "$gt", "$startsWith", "$in", "$hasSome", "$or"):
        assert word in text


# ---------------------------------------------------------------------------------------------
# Property: the compiled predicate agrees with a naive interpreter

SCHEDULES = ["s1", "s2", "s3"]
TITLES = ["Yoga", "Yoga flow", "Pilates", "yoga", ""]
TAGS = ["a", "b", "c"]
CONTACTS = ["c1", "c2", "c3"]


def _plain(value):
    """Enum members -> their string value (the naive side never sees enums)."""
    return value.value if isinstance(value, SessionType | SessionStatus | Transparency |
                                      LocationType | ApprovalStatus) else value


NAIVE_VALUES = {
    "scheduleId": lambda s: s.schedule_id,
    "scheduleOwnerId": lambda s: s.schedule_owner_id,
    "title": lambda s: s.title,
    "tags": lambda s: list(s.tags),
    "type": lambda s: _plain(s.type),
    "status": lambda s: _plain(s.status),
    "capacity": lambda s: s.capacity,
    "remainingCapacity": lambda s: s.remaining_capacity,
    "numberOfParticipants": lambda s: s.total_number_of_participants,
    "recurringSessionId": lambda s: s.recurring_session_id,
    "instanceOfRecurrence": lambda s: s.instance_of_recurrence,
    "inheritedFields": lambda s: list(s.inherited_fields),
    "affectedSchedules.scheduleId": lambda s: [a.schedule_id for a in s.affected_schedules],
    "affectedSchedules.transparency":
        lambda s: [_plain(a.transparency) for a in s.affected_schedules],
    "location.locationType": lambda s: _plain(s.location.location_type) if s.location else None,
    "location.businessLocation.id":
        lambda s: s.location.business_location_id if s.location else None,
    "participants.contactId":
        lambda s: [p.contact_id for p in (s.participants or []) if p.contact_id is not None],
    "participants.approvalStatus":
        lambda s: [_plain(p.approval_status) for p in (s.participants or [])],
}
ARRAY_FIELDS = {"tags", "inheritedFields", "affectedSchedules.scheduleId",
                "affectedSchedules.transparency", "participants.contactId",
                "participants.approvalStatus"}


def _kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return "string"


def _same(a, b) -> bool:
    return _kind(a) == _kind(b) and a == b


def _operand(field, value):
    if field == "type" and value in ("AVAILABILITY", "TIME_AVAILABILITY"):
        return "WORKING_HOURS"
    return value


def naive_op(field, op, arg, value) -> bool:
    if op == "$eq":
        return _same(value, _operand(field, arg))
    if op == "$ne":
        return not _same(value, _operand(field, arg))
    if op == "$in":
        return any(_same(value, _operand(field, x)) for x in arg)
    if op in ("$gt", "$gte", "$lt", "$lte"):
        if value is None:
            return False
        return {"$gt": value > arg, "$gte": value >= arg, "$lt": value < arg,
                "$lte": value <= arg}[op]
    if op == "$startsWith":
        return value is not None and value[:len(arg)] == arg
    if op == "$exists":
        present = len(value) > 0 if field in ARRAY_FIELDS else value is not None
        return present == arg
    if op == "$hasSome":
        return any(_same(x, y) for x in arg for y in value)
    if op == "$hasAll":
        return all(any(_same(x, y) for y in value) for x in arg)
    raise AssertionError(op)


def naive(filter_, session) -> bool:
    for key, condition in filter_.items():
        if key == "$and":
            ok = all(naive(part, session) for part in condition)
        elif key == "$or":
            ok = any(naive(part, session) for part in condition)
        elif key == "$not":
            ok = not naive(condition, session)
        else:
            value = NAIVE_VALUES[key](session)
            ops = condition if isinstance(condition, dict) else {"$eq": condition}
            ok = all(naive_op(key, op, arg, value) for op, arg in ops.items())
        if not ok:
            return False
    return True


def maybe(strategy):
    return st.none() | strategy


@st.composite
def sessions(draw) -> Session:
    start = START + timedelta(hours=draw(st.integers(0, 1000)))
    participants = draw(maybe(st.lists(st.builds(
        Participant,
        contact_id=maybe(st.sampled_from(CONTACTS)),
        approval_status=st.sampled_from(list(ApprovalStatus)),
    ), max_size=3).map(tuple)))
    return Session(
        id="x",
        schedule_id=draw(st.sampled_from(SCHEDULES)),
        start=start,
        end=start + timedelta(minutes=draw(st.integers(15, 240))),
        time_zone="Europe/Berlin",
        schedule_owner_id=draw(maybe(st.sampled_from(["o1", "o2"]))),
        title=draw(maybe(st.sampled_from(TITLES))),
        tags=tuple(draw(st.lists(st.sampled_from(TAGS), unique=True))),
        type=draw(st.sampled_from(list(SessionType))),
        status=draw(st.sampled_from(list(SessionStatus))),
        capacity=draw(maybe(st.integers(0, 5))),
        remaining_capacity=draw(maybe(st.integers(-2, 5))),
        total_number_of_participants=draw(st.integers(0, 5)),
        recurring_session_id=draw(maybe(st.sampled_from(["r1", "r2"]))),
        instance_of_recurrence=draw(maybe(st.sampled_from(["r1", "r2"]))),
        inherited_fields=tuple(draw(st.lists(st.sampled_from(["title", "tags", "capacity"]),
                                             unique=True))),
        affected_schedules=tuple(draw(st.lists(st.builds(
            LinkedSchedule, st.sampled_from([*SCHEDULES, "room"]),
            st.sampled_from(list(Transparency))), max_size=3))),
        location=draw(maybe(st.builds(Location, st.sampled_from(list(LocationType)),
                                      maybe(st.sampled_from(["L1", "L2"]))))),
        participants=participants,
    )


# Operand strategies; include other JSON types to exercise type-strict equality.
OTHER = st.sampled_from([None, True, False, 0, 1, "1"])
STRINGS = {
    "scheduleId": st.sampled_from([*SCHEDULES, "S1"]),
    "scheduleOwnerId": st.sampled_from(["o1", "o2"]),
    "title": st.sampled_from(TITLES),
    "recurringSessionId": st.sampled_from(["r1", "r2"]),
    "instanceOfRecurrence": st.sampled_from(["r1", "r2"]),
    "location.businessLocation.id": st.sampled_from(["L1", "L2"]),
}
ENUMS = {
    "type": st.sampled_from(["EVENT", "WORKING_HOURS", "AVAILABILITY", "TIME_AVAILABILITY"]),
    "status": st.sampled_from(["CONFIRMED", "CANCELLED"]),
    "location.locationType": st.sampled_from([t.value for t in LocationType] + [None]),
}
NUMBERS = ["capacity", "remainingCapacity", "numberOfParticipants"]
NUMBER = st.integers(-2, 6) | st.sampled_from([1.5, 2.0, -0.5])
ARRAYS = {
    "tags": st.sampled_from([*TAGS, "A"]),
    "inheritedFields": st.sampled_from(["title", "tags", "capacity"]),
    "affectedSchedules.scheduleId": st.sampled_from([*SCHEDULES, "room"]),
    "affectedSchedules.transparency": st.sampled_from(["BUSY", "FREE"]),
    "participants.contactId": st.sampled_from(CONTACTS),
    "participants.approvalStatus": st.sampled_from([a.value for a in ApprovalStatus]),
}
EXISTS_FIELDS = ["tags", "capacity", "recurringSessionId", "instanceOfRecurrence"]


def scalar_conditions():
    def for_field(field, value, with_in=True):
        options = [
            value.map(lambda v: {field: v}),
            value.map(lambda v: {field: {"$eq": v}}),
            value.map(lambda v: {field: {"$ne": v}}),
        ]
        if with_in:
            options.append(st.lists(value, max_size=3).map(lambda vs: {field: {"$in": vs}}))
        return st.one_of(options)
    fields = [for_field(f, v | OTHER) for f, v in STRINGS.items()]
    fields += [for_field(f, v) for f, v in ENUMS.items()]
    fields += [for_field(f, NUMBER | OTHER, with_in=False) for f in NUMBERS]
    return st.one_of(fields)


def other_conditions():
    comparisons = st.builds(
        lambda f, ops: {f: ops}, st.sampled_from(NUMBERS),
        st.dictionaries(st.sampled_from(["$gt", "$gte", "$lt", "$lte", "$eq", "$ne"]), NUMBER,
                        min_size=1, max_size=3))
    starts = st.sampled_from(["", "Y", "Yoga", "yo", "P"]).map(
        lambda p: {"title": {"$startsWith": p}})
    exists = st.builds(lambda f, b: {f: {"$exists": b}}, st.sampled_from(EXISTS_FIELDS),
                       st.booleans())
    arrays = st.one_of([
        st.builds(lambda op, vs, f=f: {f: {op: vs}}, st.sampled_from(["$hasSome", "$hasAll"]),
                  st.lists(v, max_size=3))
        for f, v in ARRAYS.items()
    ])
    return comparisons | starts | exists | arrays


def merge(parts):
    merged = {}
    for part in parts:
        merged.update(part)
    return merged


conditions = scalar_conditions() | other_conditions()
filters = st.recursive(
    conditions,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3).map(lambda fs: {"$and": fs}),
        st.lists(inner, min_size=1, max_size=3).map(lambda fs: {"$or": fs}),
        inner.map(lambda f: {"$not": f}),
        st.lists(inner, min_size=2, max_size=3).map(merge),
    ),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(filters, st.lists(sessions(), min_size=1, max_size=6))
def test_compiled_filter_agrees_with_naive_interpreter(filter_, batch):
    compiled = compile_filter(filter_)
    ids = compiled.schedule_ids()
    for session in batch:
        expected = naive(filter_, session)
        assert compiled.matches(session) is expected, (filter_, session)
        if expected and ids is not None:
            assert session.schedule_id in ids


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*SCHEDULES, "S1", 3]), max_size=4), sessions())
def test_schedule_ids_is_sound_for_schedule_filters(values, session):
    for f in ({"scheduleId": {"$in": values}},
              {"$and": [{"scheduleId": {"$in": values}}, {"title": {"$ne": "Yoga"}}]},
              {"$or": [{"scheduleId": v} for v in values] or [{"scheduleId": "none"}]}):
        compiled = compile_filter(f)
        ids = compiled.schedule_ids()
        assert ids is not None
        if compiled.matches(session):
            assert session.schedule_id in ids


@given(filters)
def test_canonical_round_trips(filter_):
    text = compile_filter(filter_).canonical()
    assert json.loads(text) == json.loads(json.dumps(filter_))
    assert compile_filter(json.loads(text)).canonical() == text
