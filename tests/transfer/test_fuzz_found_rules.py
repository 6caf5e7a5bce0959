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
