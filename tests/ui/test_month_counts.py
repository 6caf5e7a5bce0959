"""The month draws from its days' counts and first chips (``month_days``): a crowded day
shows the chips that fit and the right "+N more", "+N more" opens the day with every session
of it, a filter and an edit change the counts, and a taller window asks for more chips."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sessions_desktop.presentation.navigation import ViewKind
from tests.ui.conftest import wait_loaded
from tests.ui.helpers import click

TUESDAY = date(2026, 11, 24)


def crowd(services, day: date, count: int) -> list[str]:
    schedule = next(s for s in services.schedules.list_schedules() if s.name == "Physiotherapy")
    seven = datetime(day.year, day.month, day.day, 7)
    return [services.sessions.create_session({
        "schedule_id": schedule.id, "title": f"Crowded {i:02d}",
        "start": seven + timedelta(minutes=5 * i),
        "end": seven + timedelta(minutes=5 * i + 60)}).id for i in range(count)]


def every_event_on(window, services, day: date) -> list:
    tz = services.ctx.business_zone
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    return [s for s in services.queries.window_sessions(start, start + timedelta(days=1))
            if s.type.value == "EVENT"]


def month(qtbot, window):
    window.controller.set_kind(ViewKind.MONTH)
    wait_loaded(qtbot, window)
    return window.views.month


def cell_of(view, day: date):
    return next(c for c in view.cells if c.day == day)


def test_a_crowded_day_shows_its_first_chips_and_the_right_more(qtbot, window, services):
    crowd(services, TUESDAY, 11)
    view = month(qtbot, window)
    cell = cell_of(view, TUESDAY)
    everything = every_event_on(window, services, TUESDAY)
    rows = view.geometry_now().rows_per_cell()
    assert len(everything) > rows
    assert len(cell.chips) == rows - 1 and cell.more == len(everything) - (rows - 1)
    first = sorted(everything, key=lambda s: (not s.all_day, s.start, s.start - s.end,
                                              s.title or "", s.id))[:rows - 1]
    assert [s.id for _, s in cell.chips] == [s.id for s in first]
    assert len(window.controller.sessions) < sum(
        c.more + len(c.chips) for c in view.cells), "the month did not build every session"
    quiet = next(c for c in view.cells if c.more == 0 and c.chips)
    assert len(quiet.chips) == len(every_event_on(window, services, quiet.day))


def test_more_opens_the_day_with_every_session(qtbot, window, services):
    made = crowd(services, TUESDAY, 11)
    view = month(qtbot, window)
    cell = cell_of(view, TUESDAY)
    click(view, cell.more_rect.center())
    wait_loaded(qtbot, window)
    c = window.controller
    assert c.kind is ViewKind.DAY and c.anchor == TUESDAY
    assert set(made) <= {s.id for s in c.sessions}, "the day lists the sessions behind +N"


def test_an_edit_and_a_filter_change_the_counts(qtbot, window, services):
    made = crowd(services, TUESDAY, 11)
    view = month(qtbot, window)
    before = cell_of(view, TUESDAY).more
    services.sessions.delete_session(made[-1])
    qtbot.waitUntil(lambda: cell_of(view, TUESDAY).more == before - 1, timeout=5000)
    physio = next(s for s in services.schedules.list_schedules() if s.name == "Physiotherapy")
    window.controller.set_hidden({physio.id})
    wait_loaded(qtbot, window)
    shown = every_event_on(window, services, TUESDAY)
    left = [s for s in shown if s.schedule_id != physio.id]
    cell = cell_of(view, TUESDAY)
    assert len(cell.chips) + cell.more == len(left) < len(shown)
    window.controller.set_search("Crowded 03")
    wait_loaded(qtbot, window)
    assert len(cell_of(view, TUESDAY).chips) == 0, "hidden stays hidden while searched"
    window.controller.set_hidden(set())
    wait_loaded(qtbot, window)
    cell = cell_of(view, TUESDAY)
    assert [s.title for _, s in cell.chips] == ["Crowded 03"] and cell.more == 0


def test_a_taller_window_asks_for_more_chips(qtbot, window, services):
    crowd(services, TUESDAY, 30)
    view = month(qtbot, window)
    asked = window.controller.month_days.chips
    window.resize(1200, 1800)
    qtbot.waitUntil(lambda: window.controller.month_days is not None
                    and window.controller.month_days.chips > asked, timeout=5000)
    wait_loaded(qtbot, window)
    cell = cell_of(view, TUESDAY)
    rows = view.geometry_now().rows_per_cell()
    assert len(cell.chips) == rows - 1 and cell.more == len(
        every_event_on(window, services, TUESDAY)) - (rows - 1)


def shown_number(window) -> int:
    text = window.count_label.text()
    assert text.endswith(("session shown", "sessions shown")), text
    return int(text.split()[0].replace(",", ""))


def test_the_status_bar_counts_each_session_of_the_month_once(qtbot, window, services):
    crowd(services, TUESDAY, 11)
    physio = next(s for s in services.schedules.list_schedules() if s.name == "Physiotherapy")
    services.sessions.create_session({"schedule_id": physio.id, "title": "Three days",
                                      "start": datetime(2026, 11, 24, 20),
                                      "end": datetime(2026, 11, 27, 9)})
    view = month(qtbot, window)
    start, end = window.controller.window()
    distinct = {s.id for s in services.queries.window_sessions(start, end)
                if s.type.value == "EVENT" and not s.is_cancelled}
    drawn = sum(len(c.chips) + c.more for c in view.cells)
    assert drawn > len(distinct), "a session on several days is drawn on each"
    assert shown_number(window) == len(distinct)


def test_a_day_counts_only_the_all_day_sessions_it_draws(qtbot, window, services):
    """An all-day session of another zone's Monday overlaps the business's Tuesday in
    absolute time and is read with it, but the day view does not draw it."""
    physio = next(s for s in services.schedules.list_schedules() if s.name == "Physiotherapy")
    far = services.sessions.create_session({
        "schedule_id": physio.id, "title": "Monday in Honolulu", "all_day": True,
        "start": date(2026, 11, 23), "end": date(2026, 11, 24),
        "time_zone": "Pacific/Honolulu"})
    window.controller.set_anchor(TUESDAY)
    window.controller.set_kind(ViewKind.DAY)
    wait_loaded(qtbot, window)
    assert far.id in {s.id for s in window.controller.sessions}, "read by absolute time"
    drawn = [s for s in window.controller.shown() if s.id != far.id]
    assert shown_number(window) == len(drawn)


def test_every_lane_of_the_all_day_row_is_shown(qtbot, window, services):
    """One, two, then three all-day sessions on one day: the row grows to show every lane
    (it showed one lane too few, so a day counted a session it hid)."""
    physio = next(s for s in services.schedules.list_schedules() if s.name == "Physiotherapy")
    window.controller.set_anchor(TUESDAY)
    window.controller.set_kind(ViewKind.DAY)
    for made in (1, 2, 3):
        services.sessions.create_session({
            "schedule_id": physio.id, "title": f"Whole day {made}", "all_day": True,
            "start": TUESDAY, "end": TUESDAY + timedelta(days=1)})
        wait_loaded(qtbot, window)
        header = window.views.week.header
        qtbot.waitUntil(lambda header=header, made=made: sum(
            1 for s in header.data.all_day if s.title.startswith("Whole day")) == made,
            timeout=5000)
        chips = header._chips
        assert len(chips) == len(header.data.all_day) >= made
        assert all(header.rect().contains(rect.toAlignedRect()) for rect, _ in chips), \
            "a chip below the row's bottom edge is hidden"
