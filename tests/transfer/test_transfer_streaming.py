"""A large import streams: events are written a batch at a time while the file is read, only
UIDs that recur in the file wait for the end, and an import too large to be one undo step
keeps no rows in memory yet materialises its series and refreshes every view."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_transfer_import import event, ics

from sessions_desktop.errors import ValidationError
from sessions_desktop.ical import ImportCancelled, import_, stream_calendar
from sessions_desktop.services import transfer_apply
from sessions_desktop.services.transfer import import_ics


def _events(count: int) -> list[str]:
    return [event(f"s{i}@x", f"202503{1 + i % 28:02}T0{i % 9}0000",
                  f"202503{1 + i % 28:02}T0{i % 9}4500", f"S{i}") for i in range(count)]


def _joined() -> list[str]:
    return [event("r@x", "20250304T180000", "20250304T190000", "Weekly",
                  "RRULE:FREQ=WEEKLY;COUNT=4"),
            event("r@x", "20250311T200000", "20250311T210000", "Moved",
                  "RECURRENCE-ID;TZID=Europe/Berlin:20250311T180000")]


def test_events_reach_the_sink_a_batch_at_a_time_and_joined_ones_at_the_end(monkeypatch):
    monkeypatch.setattr(import_, "BATCH", 10)
    seen: list[tuple[list[str], int]] = []
    done = []
    data = ics(*_joined()[:1], *_events(35), *_joined()[1:])
    stream_calendar(data, lambda items: seen.append(([i.uid for i in items], len(done))),
                    business_time_zone="Europe/Berlin",
                    progress=lambda d, t: done.append(d) is None)
    batches = [uids for uids, _ in seen]
    assert [len(b) for b in batches] == [9, 10, 10, 6, 1]     # the master waits for its change
    assert batches[-1] == ["r@x"] and all("r@x" not in b for b in batches[:-1])
    assert [progressed for _, progressed in seen] == [1, 2, 3, 4, 5]   # written as read


def test_a_large_import_lets_its_rows_go_and_still_materialises(target, monkeypatch):
    monkeypatch.setattr(transfer_apply, "UNDO_ROWS", 20)
    changes = []
    target.subscribe(changes.append)
    report = import_ics(target, ics(*_events(60), *_joined(), name="Big"))
    assert report.created == 61 and report.instances == 1
    change = report.change
    assert change is changes[-1] and not change.undoable and change.ids == ()
    assert change.start is None and change.end is None        # every view refreshes
    week = target.queries.query_sessions(datetime(2025, 3, 10), datetime(2025, 3, 17)).items
    weekly = [s for s in week if s.recurring_session_id == "r@x"]
    assert [(s.title, s.start.hour) for s in weekly] == [("Moved", 20)]


def test_a_refused_event_or_a_cancel_late_in_a_stream_writes_nothing(target):
    bad = event("bad@x", "20250310T100000", "20250310T090000", "Backwards")
    with pytest.raises(ValidationError):
        import_ics(target, ics(*_events(30), bad))
    calls = []

    def cancel_at_the_end(done: int, total: int) -> bool:
        calls.append(done)
        return done < 1000

    with pytest.raises(ImportCancelled):
        import_ics(target, ics(*_events(30), *_joined()), progress=cancel_at_the_end)
    assert calls[-1] == 1000
    assert target.ctx.repo.database.execute("SELECT count(*) FROM session").fetchone()[0] == 0


def test_two_equal_events_without_uid_are_one_session(target):
    plain = "\r\n".join(["BEGIN:VEVENT", "DTSTAMP:20250101T000000Z",
                         "DTSTART;TZID=Europe/Berlin:20250305T090000",
                         "DTEND;TZID=Europe/Berlin:20250305T100000", "SUMMARY:No UID",
                         "END:VEVENT"])
    report = import_ics(target, ics(plain, *_events(3), plain), partial=True)
    assert report.created == 4 and len(report.skipped) == 1 and not report.skipped[0].broken
