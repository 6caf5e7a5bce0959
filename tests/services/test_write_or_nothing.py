"""A write either returns success or changes nothing: never an error after its commit."""

from __future__ import annotations

from datetime import datetime


def test_a_rule_change_that_removes_the_edited_instance_returns_the_series(svc, yoga):
    # Found by the fuzz suite: the series changed, then reading back the edited instance
    # (gone with the new rule) raised NOT_FOUND although the write had been committed.
    series = svc.sessions.create_session({
        "schedule_id": yoga.id, "start": datetime(2027, 1, 4, 10),
        "end": datetime(2027, 1, 4, 11), "recurrence": "FREQ=WEEKLY;BYDAY=MO,TH"})
    thursday = f"{series.id}_20270211T100000"
    result = svc.sessions.update_session(thursday, {"title": "Mondays only",
                                                    "recurrence": "FREQ=WEEKLY"}, scope="ALL")
    assert result.id == series.id and result.recurrence == "FREQ=WEEKLY"
    assert result.title == "Mondays only"
