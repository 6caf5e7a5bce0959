"""Text checks, date range and filter shape: INVALID_ARGUMENT naming the field, nothing written."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from sessions_desktop.errors import ValidationError
from sessions_desktop.services.filters import compile_filter
from sessions_desktop.services.text_checks import text_problem


@pytest.mark.parametrize(("text", "field", "says"), [
    ("\ud800", "title", "unpaired surrogate (U+D800) at character 1"),
    ("ab\udc00", "notes", "unpaired surrogate (U+DC00) at character 3"),
    ("a\x00", "title", "NUL character (U+0000) at character 2"),
    ("bell\x07", "notes", "control character U+0007 at character 5"),
    ("x\x9b", "title", "control character U+009B"),
    ("line\nbreak", "id", "control character U+000A"),
    ("t" * 6001, "title", "6,001 characters long; at most 6,000"),
    ("t" * 201, "tags[3]", "201 characters long; at most 200"),
    ("a" * 2001, "location.address", "2,001 characters long; at most 2,000"),
])
def test_text_problems_name_what_is_wrong(text, field, says):
    assert says in (text_problem(text, field) or "")


@pytest.mark.parametrize(("text", "field"), [
    ("Yoga 😀 für alle", "title"), ("two\nlines\tand tabs\r\n", "notes"), ("", "title"),
    ("t" * 6000, "title"),
])
def test_ordinary_texts_pass(text, field):
    assert text_problem(text, field) is None


def test_every_text_inside_a_session_is_checked_and_nothing_is_written(svc, yoga):
    before = svc.database.execute("SELECT count(*) FROM session").fetchone()
    with pytest.raises(ValidationError) as caught:
        svc.sessions.create_session({
            "schedule_id": yoga.id, "start": datetime(2027, 1, 4, 10),
            "end": datetime(2027, 1, 4, 11), "title": "ok",
            "participants": [{"name": "Ada\x00", "email": "a@b.c\n"}],
            "location": {"locationType": "CUSTOM", "address": "\udfff"},
            "tags": ["fine"] * 1 + ["x" * 300]})
    assert set(caught.value.fields) == {"participants[0].name", "participants[0].email",
                                        "location.address", "tags[1]"}
    assert svc.database.execute("SELECT count(*) FROM session").fetchone() == before


def test_schedule_names_and_ids_are_checked(svc):
    with pytest.raises(ValidationError) as caught:
        svc.schedules.create_schedule({"name": "Yo\x00ga", "kind": "GROUP"})
    assert caught.value.fields == ("name",)
    with pytest.raises(ValidationError, match="unpaired surrogate"):
        svc.sessions.get_session("abc\ud800")


@pytest.mark.parametrize("moment", [datetime(1899, 12, 31, 23), date(2201, 1, 1),
                                    datetime(1, 1, 1), datetime(9999, 12, 31)])
def test_dates_outside_1900_to_2200_are_refused_everywhere(svc, yoga, moment):
    with pytest.raises(ValidationError, match="outside the supported years 1900 to 2200"):
        svc.sessions.create_session({"schedule_id": yoga.id, "start": moment, "end": moment})
    with pytest.raises(ValidationError, match="outside the supported years"):
        svc.queries.query_sessions(moment, datetime(2000, 1, 1))
    with pytest.raises(ValidationError, match="outside the supported years"):
        svc.availability.free_slots(yoga.id, 60, moment, datetime(2000, 1, 1))
    with pytest.raises(ValidationError, match="outside the supported years"):
        svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2027, 1, 4, 9),
                                     "end": datetime(2027, 1, 4, 10),
                                     "recurrence": "FREQ=DAILY",
                                     "excluded_dates": [moment]})


def test_filters_are_bounded_in_depth_size_and_text():
    deep: dict = {"title": "x"}
    for _ in range(40):
        deep = {"$and": [deep]}
    with pytest.raises(ValidationError, match="nested more than 32 levels"):
        compile_filter(deep)
    with pytest.raises(ValidationError, match="more than 10,000 parts"):
        compile_filter({"scheduleId": {"$in": ["a"] * 10_001}})
    with pytest.raises(ValidationError, match="unpaired surrogate"):
        compile_filter({"title": {"$startsWith": "\ud800"}})
    assert compile_filter({"$and": [{"title": "Yoga"}] * 100}).schedule_ids() is None
