"""The recurrence editor's summary and next dates for a table of rules, checked against
dateutil's rrule used directly (an expansion independent of ours)."""

from __future__ import annotations

from datetime import datetime

import pytest
from dateutil.rrule import rrulestr

from sessions_desktop.presentation.rule_summary import (
    RuleForm,
    form_from_text,
    form_to_text,
    next_dates,
    summary,
)

START = datetime(2026, 11, 23, 18, 0)   # a Monday evening

# (rule, the summary before any count of sessions)
TABLE = [
    ("FREQ=DAILY", "Every day"),
    ("FREQ=DAILY;INTERVAL=3", "Every 3 days"),
    ("FREQ=DAILY;COUNT=5", "Every day"),
    ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "Every day on weekdays"),
    ("FREQ=DAILY;UNTIL=20261231T235959", "Every day, until 31 December 2026"),
    ("FREQ=WEEKLY", "Every week on Monday"),
    ("FREQ=WEEKLY;BYDAY=MO,TH", "Every week on Monday and Thursday"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270630T235959",
     "Every 2 weeks on Monday and Thursday, until 30 June 2027"),
    ("FREQ=WEEKLY;BYDAY=TU,TH,SA;COUNT=24", "Every week on Tuesday, Thursday and Saturday"),
    ("FREQ=WEEKLY;BYDAY=SU", "Every week on Sunday"),
    ("FREQ=WEEKLY;INTERVAL=3;BYDAY=WE;COUNT=4", "Every 3 weeks on Wednesday"),
    ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=12", "Every week on weekdays"),
    ("FREQ=WEEKLY;BYDAY=FR;UNTIL=20270101T235959", "Every week on Friday, until 1 January 2027"),
    ("FREQ=MONTHLY", "Every month on the 23rd"),
    ("FREQ=MONTHLY;BYMONTHDAY=1", "Every month on the 1st"),
    ("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=6", "Every month on the 31st"),
    ("FREQ=MONTHLY;BYMONTHDAY=15;INTERVAL=2", "Every 2 months on the 15th"),
    ("FREQ=MONTHLY;BYDAY=2TU", "Every month on the second Tuesday"),
    ("FREQ=MONTHLY;BYDAY=1MO;COUNT=10", "Every month on the first Monday"),
    ("FREQ=MONTHLY;BYDAY=-1FR", "Every month on the last Friday"),
    ("FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20271231T235959",
     "Every month on the last Sunday, until 31 December 2027"),
    ("FREQ=MONTHLY;BYDAY=4TH;INTERVAL=3", "Every 3 months on the fourth Thursday"),
    ("FREQ=MONTHLY;BYMONTHDAY=-1", "Every month on the last day"),
    ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1", "Every month on Monday (BYSETPOS=-1)"),
    ("FREQ=YEARLY", "Every year on 23 November"),
    ("FREQ=YEARLY;COUNT=3", "Every year on 23 November"),
    ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=5", "Every year on 5 March"),
    ("FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO", "Every year on the last Monday of May"),
    ("FREQ=YEARLY;INTERVAL=2", "Every 2 years on 23 November"),
    ("FREQ=MONTHLY;BYDAY=3WE;COUNT=8", "Every month on the third Wednesday"),
    ("FREQ=WEEKLY;BYDAY=MO,WE;WKST=SU;COUNT=9", "Every week on Monday and Wednesday (WKST=SU)"),
]


def oracle(rule: str) -> list[datetime]:
    return list(rrulestr(rule, dtstart=START, forceset=True).xafter(START, count=10, inc=True))


def oracle_count(rule: str) -> int | None:
    if "COUNT" not in rule and "UNTIL" not in rule:
        return None
    return len(list(rrulestr(rule, dtstart=START)))


@pytest.mark.parametrize(("rule", "phrase"), TABLE)
def test_summary_and_next_dates_match_an_independent_expansion(rule, phrase):
    assert next_dates(rule, START, 10) == oracle(rule)
    count = oracle_count(rule)
    expected = phrase if count is None else \
        f"{phrase}, {count} session{'s' if count != 1 else ''}"
    assert summary(rule, START) == expected


def test_the_example_of_the_issue():
    rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270630T235959"
    assert summary(rule, START) == ("Every 2 weeks on Monday and Thursday, until 30 June 2027, "
                                    f"{oracle_count(rule)} sessions")


@pytest.mark.parametrize("rule", [r for r, _ in TABLE])
def test_simple_rules_round_trip_through_the_form(rule):
    form = form_from_text(rule, START)
    again = form_to_text(form, START)
    assert next_dates(again, START, 10) == next_dates(rule, START, 10)


def test_the_form_writes_the_rules_a_person_chooses():
    weekly = RuleForm(repeat="weekly", interval=2, weekdays=("TH", "MO"), ends="after", count=24)
    assert form_to_text(weekly, START) == "FREQ=WEEKLY;INTERVAL=2;COUNT=24;BYDAY=MO,TH"
    assert form_to_text(RuleForm(repeat="monthly_last", weekday="FR"), START) == \
        "FREQ=MONTHLY;BYDAY=-1FR"
    assert form_to_text(RuleForm(), START) is None
    assert summary(None, START) == "Does not repeat"
