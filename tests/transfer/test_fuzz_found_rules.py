"""Events the fuzz suite found costly, pinned: each imports (or is refused) at once."""

from __future__ import annotations

from datetime import datetime

from test_transfer_import import ics

# DTSTART in 1900, a rule whose BYSETPOS never picks anything: only DTSTART is an instance
# (RFC 5545 counts it), so the series is one session, found without walking 127 years.
NEVER_PICKS = "\r\n".join([
    "BEGIN:VEVENT", "UID:fuzz-2", "DTSTAMP:20270101T000000Z",
    "DTSTART:19000104T100000", "DTEND:19000104T100000", "SUMMARY:;",
    "RRULE:FREQ=DAILY;UNTIL=20271231T000000Z;BYHOUR=9,9,2,4;BYSETPOS=5,-5;"
    "BYYEARDAY=-35,-47,-56,329",
    "EXDATE:20270104T100000", "END:VEVENT"])


def test_a_rule_whose_set_positions_never_match_keeps_only_its_start(target):
    report = target.import_ics(ics(NEVER_PICKS), partial=True)
    assert report.created == 1 and not report.skipped
    found = target.queries.query_sessions(datetime(1900, 1, 1), datetime(1900, 2, 1),
                                          limit=10).items
    assert [s.start.date().isoformat() for s in found] == ["1900-01-04"]
    later = target.queries.query_sessions(datetime(1900, 1, 5), datetime(1901, 1, 1),
                                          limit=10).items
    assert later == []


def repeated_rules(rules: list[str]) -> str:
    return "\r\n".join(["BEGIN:VEVENT", "UID:many@x", "DTSTAMP:20270101T000000Z",
                       "DTSTART:20270104T100000", "DTEND:20270104T103000", "SUMMARY:Many",
                       *(f"RRULE:{rule}" for rule in rules), "END:VEVENT"])


def test_the_same_rule_fifty_five_times_is_read_once(target):
    # the fuzz suite gave one event 55 copies of a rule that never matches (seconds each)
    never = "FREQ=YEARLY;UNTIL=19701231T000000Z;BYMONTHDAY=1,-7;BYYEARDAY=-19"
    report = target.import_ics(ics(repeated_rules(["FREQ=DAILY;COUNT=3", *[never] * 55])))
    assert report.created == 1
    found = target.queries.query_sessions(datetime(2027, 1, 1), datetime(2027, 2, 1)).items
    assert [s.start.day for s in found] == [4, 5, 6]


def test_more_than_ten_different_rules_read_the_first_ten(target):
    rules = [f"FREQ=DAILY;COUNT=1;BYHOUR={hour}" for hour in range(8, 20)]   # 12 rules
    report = target.import_ics(ics(repeated_rules(rules)))
    assert any("12 different RRULEs: the first 10" in w for w in report.warnings)
    week = (datetime(2027, 1, 4), datetime(2027, 1, 11))
    read = sorted(s.start for s in target.queries.query_sessions(*week).items)
    first_ten = ics(repeated_rules(rules[:10]).replace("UID:many@x", "UID:ten@x"))
    target.import_ics(first_ten)
    both = sorted(s.start for s in target.queries.query_sessions(*week, limit=100).items)
    assert read and both == sorted(read * 2)     # the same instances as the first ten alone
