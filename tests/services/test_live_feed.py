"""The change feed on both backends: another connection's writes arrive as change records
(ids, schedules, the time range touched), a desk's own writes do not come back to it, and a
record that does not parse is dropped."""

from __future__ import annotations

import queue
from datetime import UTC, datetime

from sessions_desktop.services import open_services
from sessions_desktop.services.live import ChangeFeed, change_from_payload

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_other_writers_changes_arrive_and_own_do_not(location):
    desk_a = open_services(location, now=lambda: NOW)
    desk_b = open_services(location, now=lambda: NOW)
    arrived: queue.Queue = queue.Queue()
    feed = ChangeFeed(desk_b, lambda changes: [arrived.put(c) for c in changes]).start()
    try:
        room = desk_a.schedules.create_schedule({"name": "Room", "kind": "ROOM"})
        assert arrived.get(timeout=5).touches_schedules
        desk_b.sessions.create_session({"schedule_id": room.id,
                                        "start": datetime(2026, 12, 2, 9),
                                        "end": datetime(2026, 12, 2, 10)})
        made = desk_a.sessions.create_session({"schedule_id": room.id,
                                               "start": datetime(2026, 12, 1, 9),
                                               "end": datetime(2026, 12, 1, 10)})
        change = arrived.get(timeout=5)
        assert change.ids == (made.id,) and change.schedule_ids == (room.id,)
        assert (change.start, change.end) == (made.start, made.end)
        assert change.touches(made.start, made.end) and not change.undoable
        assert arrived.empty(), "desk B's own write did not come back to it"
    finally:
        feed.stop()
        desk_a.close()
        desk_b.close()


def test_a_record_that_does_not_parse_is_dropped():
    assert change_from_payload("{not json") is None
    assert change_from_payload('{"a": "write", "s": "soon"}') is None
    origin, change = change_from_payload('{"a":"write","i":null,"s":0,"e":null,"c":[],"o":"x"}')
    assert origin == "x" and change.ids == () and change.end is None
