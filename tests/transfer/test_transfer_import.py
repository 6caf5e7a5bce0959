"""Import: target schedules, re-import updates, all or nothing, partial, preview, cancel."""

from __future__ import annotations

from datetime import datetime

import pytest

from sessions_desktop.errors import ValidationError
from sessions_desktop.ical.plan import ImportCancelled
from sessions_desktop.services.transfer import export_ics, import_ics, preview_ics

WINDOW = (datetime(2025, 1, 1), datetime(2025, 12, 31))


def ics(*events: str, name: str | None = None) -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    if name:
        head.append(f"X-WR-CALNAME:{name}")
    return ("\r\n".join([*head, *events, "END:VCALENDAR"]) + "\r\n").encode()


def event(uid: str, start: str, end: str, summary: str, *extra: str) -> str:
    return "\r\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z",
                        f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
                        f"SUMMARY:{summary}", *extra, "END:VEVENT"])


def everything(svc, **kwargs):
    result = svc.queries.query_sessions(*WINDOW, limit=1000, **kwargs)
    return result.items


def test_reimport_updates_instead_of_duplicating(target):
    first = ics(event("a@x", "20250303T090000", "20250303T100000", "Alpha"),
                event("r@x", "20250304T180000", "20250304T190000", "Weekly",
                      "RRULE:FREQ=WEEKLY;COUNT=4"), name="Team")
    report = import_ics(target, first)
    assert (report.created, report.updated) == (2, 0)
    assert report.created_schedules == ["Team"]
    assert len(everything(target)) == 5
    changed = first.replace(b"SUMMARY:Alpha", b"SUMMARY:Alpha two").replace(
        b"COUNT=4", b"COUNT=3")
    again = import_ics(target, changed)
    assert (again.created, again.updated) == (0, 2)
    assert again.created_schedules == []
    titles = sorted(s.title for s in everything(target))
    assert titles == ["Alpha two", "Weekly", "Weekly", "Weekly"]
    assert [s.name for s in target.schedules.list_schedules()] == ["Team"]


def test_overrides_become_instance_changes_and_cancellations(target):
    data = ics(event("r@x", "20250304T180000", "20250304T190000", "Weekly",
                     "RRULE:FREQ=WEEKLY;COUNT=4"),
               event("r@x", "20250312T180000", "20250312T190000", "Moved",
                     "RECURRENCE-ID;TZID=Europe/Berlin:20250311T180000"),
               event("r@x", "20250318T180000", "20250318T190000", "Weekly",
                     "RECURRENCE-ID;TZID=Europe/Berlin:20250318T180000", "STATUS:CANCELLED"))
    report = import_ics(target, data)
    assert report.instances == 2
    items = everything(target)
    assert [(s.title, s.start.day) for s in items] == [("Weekly", 4), ("Moved", 12),
                                                       ("Weekly", 25)]
    moved = items[1]
    assert moved.id == "r@x_20250311T180000" and "title" not in moved.inherited_fields
    assert import_ics(target, data).instances == 2
    assert len(everything(target)) == 3


def test_override_without_master_is_a_single_session(target):
    data = ics(event("lonely@x", "20250312T180000", "20250312T190000", "Orphan",
                     "RECURRENCE-ID;TZID=Europe/Berlin:20250311T180000"))
    report = import_ics(target, data)
    assert report.created == 1
    assert [s.title for s in everything(target)] == ["Orphan"]
    assert any("single" in w for w in report.warnings)


BROKEN = ics(event("good@x", "20250303T090000", "20250303T100000", "Good"),
             "BEGIN:VEVENT\r\nUID:bad@x\r\nSUMMARY:No start\r\nEND:VEVENT")


def test_broken_file_imports_nothing_by_default(target):
    with pytest.raises(ValidationError) as caught:
        import_ics(target, BROKEN)
    assert "bad@x" in str(caught.value)
    assert everything(target) == [] and target.schedules.list_schedules() == []


def test_partial_imports_the_readable_part(target):
    report = import_ics(target, BROKEN, partial=True)
    assert report.created == 1
    assert [s.uid for s in report.skipped] == ["bad@x"]
    assert [s.title for s in everything(target)] == ["Good"]


def test_an_event_the_services_refuse_rolls_everything_back(target):
    data = ics(event("ok@x", "20250303T090000", "20250303T100000", "Fine"),
               event("big@x", "20250304T090000", "20250304T100000", "Huge",
                     "X-SESSIONS-TYPE:EVENT", "X-SESSIONS-CAPACITY:5000"))
    with pytest.raises(ValidationError) as caught:
        import_ics(target, data)
    assert "big@x" in str(caught.value) and "capacity" in str(caught.value)
    assert everything(target) == [] and target.schedules.list_schedules() == []
    report = import_ics(target, data, partial=True)
    assert report.created == 1 and [s.uid for s in report.skipped] == ["big@x"]


def test_schedule_option_hint_and_fallback(target):
    yoga = target.schedules.create_schedule({"name": "Yoga", "kind": "GROUP"})
    hinted = event("h@x", "20250303T090000", "20250303T100000", "Hinted",
                   f"X-SESSIONS-SCHEDULE-ID:{yoga.id}")
    plain = event("p@x", "20250303T110000", "20250303T120000", "Plain")
    report = import_ics(target, ics(hinted, plain))
    assert report.schedules == {"Yoga": 1, "Imported": 1}
    by_title = {s.title: s.schedule_id for s in everything(target)}
    assert by_title["Hinted"] == yoga.id
    forced = import_ics(target, ics(hinted, plain), schedule_name="Courses")
    assert forced.created_schedules == ["Courses"] and forced.updated == 2
    courses = next(s for s in target.schedules.list_schedules() if s.name == "Courses")
    assert str(courses.kind) == "GROUP"
    assert {s.schedule_id for s in everything(target)} == {courses.id}


def test_preview_counts_without_writing(source, target, tmp_path):
    svc, _ = source
    path = tmp_path / "p.ics"
    export_ics(svc, path, working_hours=True, time_off=True)
    preview = preview_ics(target, path.read_bytes() + BROKEN)
    assert preview.sessions == 7 and preview.recurring == 4
    assert preview.changed_instances == 2 and preview.new == 7 and preview.updates == 0
    # the event without a schedule goes to a schedule named after the (first) calendar
    assert preview.schedules == {"Yoga": 5, "Anna": 1, "Sessions Desktop": 1}
    assert sorted(preview.new_schedules) == ["Anna", "Sessions Desktop", "Yoga"]
    assert [s.uid for s in preview.broken] == ["bad@x"]
    assert everything(target) == [] and target.schedules.list_schedules() == []


def test_cancel_through_progress_writes_nothing(target):
    many = ics(*[event(f"e{i}@x", "20250303T090000", "20250303T100000", f"E{i}")
                 for i in range(300)])
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 700

    with pytest.raises(ImportCancelled):
        import_ics(target, many, progress=progress)
    assert everything(target) == [] and target.schedules.list_schedules() == []
    assert all(total == 1000 for _, total in seen)
    report = import_ics(target, many, progress=lambda d, t: True)
    assert report.created == 300


def test_a_refused_changed_instance_refuses_its_series_in_partial_mode(target):
    data = ics(event("r@x", "20250304T180000", "20250304T190000", "Weekly",
                     "RRULE:FREQ=WEEKLY;COUNT=4"),
               event("r@x", "20250311T180000", "20250311T190000", "Huge",
                     "RECURRENCE-ID;TZID=Europe/Berlin:20250311T180000",
                     "X-SESSIONS-TYPE:EVENT", "X-SESSIONS-CAPACITY:5000"),
               event("ok@x", "20250303T090000", "20250303T100000", "Fine"))
    report = import_ics(target, data, partial=True)
    assert report.created == 1 and [s.uid for s in report.skipped] == ["r@x"]
    assert [s.title for s in everything(target)] == ["Fine"]
    assert report.change is not None and report.change.ids == ("ok@x",)


def test_an_import_is_one_change_that_can_be_undone(target):
    data = ics(event("a@x", "20250303T090000", "20250303T100000", "A"),
               event("b@x", "20250304T090000", "20250304T100000", "B",
                     "RRULE:FREQ=DAILY;COUNT=3"))
    seen = []
    target.subscribe(seen.append)
    report = import_ics(target, data)
    assert [c.action for c in seen if c.action == "import"] == ["import"]
    target.sessions.revert_change(report.change)
    assert everything(target) == []


def test_changes_published_while_holding_are_collected_not_delivered(tmp_path):
    from sessions_desktop.services import open_services

    svc = open_services(tmp_path / "held.sqlite3")
    heard = []
    svc.subscribe(heard.append)
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:h@x\r\n"
            b"DTSTART:20261124T100000Z\r\nDTEND:20261124T110000Z\r\nSUMMARY:Held\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    from sessions_desktop.services.transfer import import_ics

    with svc.ctx.holding() as held:
        report = import_ics(svc, data)
    assert heard == [] and report.change in held
    for change in held:
        svc.ctx.publish(change)
    assert report.change in heard
    svc.close()
