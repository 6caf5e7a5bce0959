"""Export, import into an empty database, export again: the same sessions."""

from __future__ import annotations

from datetime import datetime

from transfer_sample import components

from sessions_desktop.services.transfer import export_ics, import_ics

WINDOW = (datetime(2025, 2, 1), datetime(2025, 12, 1))


def window(svc, **kwargs):
    result = svc.queries.query_sessions(*WINDOW, limit=1000, **kwargs)
    assert not result.has_next
    return [(s.id, s.title, s.start, s.end, s.all_day, s.type, s.time_zone, tuple(s.tags),
             s.notes, s.capacity, s.status, s.recurring_session_id, s.original_start)
            for s in result.items]


def test_round_trip_gives_the_same_sessions(source, target, tmp_path):
    svc, _ = source
    first = tmp_path / "first.ics"
    report = export_ics(svc, first, working_hours=True, time_off=True)
    assert (report.singles, report.series, report.exceptions) == (2, 4, 3)
    imported = import_ics(target, first.read_bytes())
    assert (imported.created, imported.updated) == (6, 0)
    assert not [s for s in imported.skipped if s.broken]
    second = tmp_path / "second.ics"
    export_ics(target, second, working_hours=True, time_off=True)
    before, after = components(first.read_bytes()), components(second.read_bytes())
    assert before.keys() == after.keys()
    for key in before:
        assert before[key] == after[key], key
    assert window(svc) == window(target)


def test_round_trip_with_personal_information(source, target, tmp_path):
    svc, ids = source
    path = tmp_path / "pi.ics"
    export_ics(svc, path, include_pi=True, working_hours=True, time_off=True)
    text = path.read_text()
    assert "ATTENDEE" in text and "bo@example.com" in text
    import_ics(target, path.read_bytes())
    session = target.sessions.get_session(ids["single"], "ALL_PI")
    assert [(p.name, p.email, p.party_size) for p in session.participants] == \
        [("Bo", "bo@example.com", 2)]


def test_personal_information_stays_out_by_default(source, tmp_path):
    svc, _ = source
    path = tmp_path / "plain.ics"
    export_ics(svc, path, working_hours=True, time_off=True)
    text = path.read_text()
    assert "ATTENDEE" not in text and "bo@example.com" not in text


def test_export_of_a_range_and_of_schedules(source, tmp_path):
    svc, ids = source
    path = tmp_path / "range.ics"
    export_ics(svc, path, start=datetime(2025, 3, 27), end=datetime(2025, 3, 29),
               time_off=True)
    uids = {uid for uid, _ in components(path.read_bytes())}
    assert ids["holiday"] in uids and ids["single"] not in uids
    assert ids["weekly"] in uids                     # its span overlaps the range
    assert ids["sydney"] not in uids                 # starts after the range (Sydney time)
    only_anna = tmp_path / "anna.ics"
    export_ics(svc, only_anna, schedule_ids=[ids["anna"]])
    assert not components(only_anna.read_bytes())     # working hours stay out by default
    export_ics(svc, only_anna, schedule_ids=[ids["anna"]], working_hours=True)
    assert {uid for uid, _ in components(only_anna.read_bytes())} == {ids["hours"]}


def test_cancelled_sessions_stay_out(source, tmp_path):
    svc, ids = source
    svc.sessions.delete_session(ids["single"])
    path = tmp_path / "x.ics"
    export_ics(svc, path, working_hours=True, time_off=True)
    uids = {uid for uid, _ in components(path.read_bytes())}
    assert ids["single"] not in uids and ids["weekly"] in uids
