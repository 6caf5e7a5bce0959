"""The agenda's rows: each day under one header, its all-day sessions first, however the
sessions' own zones order them in absolute time."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sessions_desktop.ui.agenda.agenda_model import rows_for

THURSDAY = date(2026, 11, 12)


def test_each_day_has_one_header_with_its_all_day_sessions_first(services, business):
    tz = services.business_zone
    schedule = next(iter(services.schedules.list_schedules()))
    create = services.sessions.create_session
    create({"schedule_id": schedule.id, "title": "Thursday evening",
            "start": datetime(2026, 11, 12, 20), "end": datetime(2026, 11, 12, 21)})
    create({"schedule_id": schedule.id, "title": "Friday in Tokyo", "all_day": True,
            "start": date(2026, 11, 13), "end": date(2026, 11, 14),
            "time_zone": "Asia/Tokyo"})      # begins at 16:00 on Thursday in Berlin
    create({"schedule_id": schedule.id, "title": "Thursday all day", "all_day": True,
            "start": THURSDAY, "end": THURSDAY + timedelta(days=1)})
    create({"schedule_id": schedule.id, "title": "Friday morning",
            "start": datetime(2026, 11, 13, 9), "end": datetime(2026, 11, 13, 10)})
    start = datetime(2026, 11, 12, tzinfo=tz)
    made = {"Thursday evening", "Friday in Tokyo", "Thursday all day", "Friday morning"}
    sessions = [s for s in services.queries.window_sessions(start, start + timedelta(days=2))
                if s.title in made]
    rows = rows_for(sessions, tz)
    assert [r if isinstance(r, date) else r.title for r in rows] == [
        THURSDAY, "Thursday all day", "Thursday evening",
        THURSDAY + timedelta(days=1), "Friday in Tokyo", "Friday morning"]


def test_a_narrow_window_keeps_room_for_the_titles(qtbot, window):
    """The other columns narrow alike so the session column keeps room for a title, and
    the empty row's words span the table."""
    from sessions_desktop.presentation.navigation import ViewKind
    from sessions_desktop.ui.agenda.agenda_view import SESSION_COLUMN_LEAST
    from tests.ui.conftest import wait_loaded

    window.controller.set_kind(ViewKind.AGENDA)
    wait_loaded(qtbot, window)
    agenda = window.views.agenda
    wide = agenda.columnWidth(2)
    window.resize(900, 700)
    qtbot.waitUntil(lambda: agenda.viewport().width() < 650, timeout=5000)
    assert agenda.columnWidth(1) >= SESSION_COLUMN_LEAST - 2
    assert agenda.columnWidth(2) < wide
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: agenda.columnWidth(2) == wide, timeout=5000)
    window.controller.set_search("a title no session has")
    assert agenda.agenda.rows == [None] and agenda.columnSpan(0, 1) == 4
