"""One person's week, the staff and rooms side by side, a day off: on the sample studio."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from sessions_desktop.domain.enums import Scope
from sessions_desktop.domain.model import LinkedSchedule
from sessions_desktop.presentation.navigation import ViewKind
from sessions_desktop.ui.schedules.schedules_dialog import TimeOffDialog
from tests.ui.conftest import wait_loaded
from tests.ui.helpers import drag, release, scene_to_view
from tests.ui.studio import (
    MONDAY,
    THURSDAY,
    TUESDAY,
    open_studio,
    pilates,
    sample,
    staff,
    studio,
    taken,
)

__all__ = ["sample", "studio"]


def right_click_sidebar(window, name: str):
    """Right-click a schedule's line in the sidebar; returns the menu it opened."""
    tree = window.sidebar.schedules
    item = next(i for i in tree.schedule_items().values() if i.text(0).startswith(name))
    point = tree.visualItemRect(item).center()
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point)))
    return window.resource_menus.menu


def trigger(menu, text: str) -> None:
    next(a for a in menu.actions() if a.text() == text).trigger()


def show(qtbot, window, kind: ViewKind, day: date) -> None:
    window.controller.set_anchor(day)
    window.acts.views[kind].trigger()
    wait_loaded(qtbot, window)


def test_toms_week_alone_is_one_click_and_is_remembered(qtbot, studio, services, sample,
                                                        settings):
    tom = staff(sample, "Tom")
    trigger(right_click_sidebar(studio, "Tom"), "Show only this")
    shown = studio.controller.shown()
    assert shown and all(tom in [s.schedule_id, *taken(s)] for s in shown)
    assert sum(s.title.startswith("Physiotherapy") for s in shown) >= 8, "his appointments"
    titles = {t.text.title for t in studio.views.week.grid_view.tiles()}
    assert not any(t.startswith(("Pilates", "Sports Massage")) for t in titles)
    assert studio.sidebar.only_bar.isVisible() and "Tom" in studio.sidebar.only_label.text()
    studio.close()                                     # a restart: the choice comes back
    again = open_studio(qtbot, services, settings)
    assert again.controller.only == tom
    assert {s.id for s in again.controller.shown()} == {s.id for s in shown}
    again.sidebar.show_all.click()
    assert again.controller.only is None and len(again.controller.shown()) > len(shown)
    again.close()


def test_a_double_click_on_tom_shows_him_alone_and_again_shows_all(qtbot, studio, sample):
    tree = studio.sidebar.schedules
    item = next(i for i in tree.schedule_items().values() if i.text(0).startswith("Tom"))
    where = tree.visualItemRect(item).center()
    double_click(qtbot, tree.viewport(), where)
    assert studio.controller.only == staff(sample, "Tom")
    double_click(qtbot, tree.viewport(), where)
    assert studio.controller.only is None


def double_click(qtbot, widget, where: QPoint) -> None:
    """As a mouse does it: press and release, then the second press that is the double."""
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(widget, left, pos=where)
    qtbot.mouseRelease(widget, left, pos=where)
    qtbot.mouseDClick(widget, left, pos=where)


def test_a_double_click_on_a_column_name_shows_that_persons_week(qtbot, studio, sample):
    show(qtbot, studio, ViewKind.RESOURCES, TUESDAY)
    header = studio.views.resources.header
    column = header.data.column_of(staff(sample, "Ines"))
    x = header.offset + header.grid.x_for_day(column) + 30
    double_click(qtbot, header, QPoint(int(x), 10))
    assert studio.controller.only == staff(sample, "Ines")
    assert studio.controller.kind is ViewKind.WEEK


def test_unticking_every_staff_member_but_tom_shows_his_appointments(qtbot, studio, sample):
    tree = studio.sidebar.schedules
    for key, item in tree.schedule_items().items():
        if studio.controller.schedules[key].is_resource and key != staff(sample, "Tom"):
            item.setCheckState(0, Qt.CheckState.Unchecked)
    wait_loaded(qtbot, studio)
    titles = {s.title for s in studio.controller.shown()}
    assert any(t.startswith("Physiotherapy") for t in titles)
    assert not any(t.startswith(("Pilates", "Sports")) for t in titles)


def test_the_resource_day_shows_staff_and_rooms_side_by_side(qtbot, studio, sample):
    show(qtbot, studio, ViewKind.RESOURCES, TUESDAY)
    page = studio.views.resources
    names = [c.name for c in page.view.data.columns]
    assert {"Maya", "Tom", "Ines", "Lena", "Big room", "Treatment room"} <= set(names)
    columns = {c.name: i for i, c in enumerate(page.view.data.columns)}
    keys = {(t.lines[1], t.key[1]) for t in page.view.tiles()}
    assert ("Pilates Mat", columns["Maya"]) in keys and \
        ("Pilates Mat", columns["Big room"]) in keys, "a class in its teacher's and room's"
    maya_tile = next(t for t in page.view.tiles() if t.key[1] == columns["Maya"])
    assert maya_tile.lines[2] == "Big room", "in Maya's column, the tile names the room"


def test_dragging_tuesdays_pilates_from_maya_to_lena(qtbot, studio, services, sample):
    """The done-when: Lena teaches that one class; one undo step puts Maya back."""
    maya, lena, big = staff(sample, "Maya"), staff(sample, "Lena"), staff(sample, "Big room")
    show(qtbot, studio, ViewKind.RESOURCES, TUESDAY)
    view = studio.views.resources.view
    data = view.data
    tuesday = pilates(services, TUESDAY)
    rect = view.rect_of(tuesday.id, data.column_of(maya))
    view.scroll_to_minute(max(0.0, view.grid.minute_for_y(rect.top()) - 60))
    grab = scene_to_view(view, rect.center().x(), rect.center().y())
    shift = (data.column_of(lena) - data.column_of(maya)) * view.grid.column_width
    drop = QPointF(grab.x() + shift, grab.y())
    studio.answers.scope = Scope.THIS
    drag(view.viewport(), [grab, QPointF(grab.x() + 12, grab.y()), drop])
    assert studio.answers.asked == ["scope:Change"]
    assert taken(services.sessions.get_session(tuesday.id)) == [lena, big]
    assert taken(pilates(services, THURSDAY)) == [maya, big], "Thursday's is still Maya's"
    moved = services.sessions.get_session(tuesday.id)
    assert (moved.start, moved.end) == (tuesday.start, tuesday.end)
    assert [studio.ops.stack.command(i).text() for i in range(studio.ops.stack.count())] == \
        ["Give to Lena"]
    wait_loaded(qtbot, studio)
    assert view.rect_of(tuesday.id, data.column_of(lena)) is not None, "redrawn in Lena's"
    studio.ops.stack.undo()
    assert taken(services.sessions.get_session(tuesday.id)) == [maya, big]


def test_a_drop_that_double_books_asks_first(qtbot, studio, services, sample):
    """Tom has patients on Tuesday; giving him Pilates at 11:00 clashes: asked, No writes."""
    show(qtbot, studio, ViewKind.RESOURCES, TUESDAY)
    view, tom = studio.views.resources.view, staff(sample, "Tom")
    maya = staff(sample, "Maya")
    tuesday = pilates(services, TUESDAY)
    rect = view.rect_of(tuesday.id, view.data.column_of(maya))
    view.scroll_to_minute(max(0.0, view.grid.minute_for_y(rect.top()) - 60))
    grab = scene_to_view(view, rect.center().x(), rect.center().y())
    shift_x = (view.data.column_of(tom) - view.data.column_of(maya)) * view.grid.column_width
    drop = QPointF(grab.x() + shift_x, grab.y() + view.grid.hour_height)   # 11:00
    drag(view.viewport(), [grab, QPointF(grab.x() + 12, grab.y()), drop], release=False)
    assert "Tom (physiotherapist) is already booked" in (view._ghost.conflict or "")
    studio.answers.confirm = False
    release(view.viewport(), drop)
    assert any("already booked" in q for q in studio.answers.asked)
    assert taken(services.sessions.get_session(tuesday.id))[0] == maya
    assert studio.ops.stack.count() == 0


def test_drag_in_a_column_creates_a_session_for_that_resource(qtbot, studio, services,
                                                              sample):
    show(qtbot, studio, ViewKind.RESOURCES, THURSDAY)
    view, lena = studio.views.resources.view, staff(sample, "Lena")
    asked = {}

    def popup(start, end, schedules, last, usual):
        asked["usual"] = usual(studio.controller.schedules[sample.schedules["Pilates Mat"]])
        return {"title": "Pilates taster", "schedule_id": sample.schedules["Pilates Mat"],
                "affected_schedules": list(asked["usual"])}

    studio.resource_menus.staff.quick_create = popup
    x = view.grid.x_for_day(view.data.column_of(lena)) + view.grid.column_width / 2
    view.scroll_to_minute(11 * 60)
    top = scene_to_view(view, x, view.grid.y_for_minute(12 * 60 + 5))
    bottom = scene_to_view(view, x, view.grid.y_for_minute(12 * 60 + 50))
    drag(view.viewport(), [top, QPointF(top.x(), top.y() + 10), bottom])
    assert [link.schedule_id for link in asked["usual"]] == [lena, staff(sample, "Big room")]
    made = services.queries.query_sessions(THURSDAY, THURSDAY + timedelta(days=1),
                                           filter={"title": "Pilates taster"}).items[0]
    assert taken(made)[0] == lena and made.start.hour == 12 and made.end.minute == 0


def test_a_day_off_for_tom_squeezes_nothing(qtbot, studio, services, sample):
    tom = staff(sample, "Tom")
    view = studio.views.week.grid_view
    widths = {t.key: t.boundingRect().width() for t in view.tiles()}
    dialog = studio.dialogs.open_schedules()
    dialog.select(tom)

    def day_off(day):
        ask = TimeOffDialog(day)
        qtbot.addWidget(ask)
        ask.start.setDate(ask.start.date().fromString(THURSDAY.isoformat(), "yyyy-MM-dd"))
        ask.end.setDate(ask.start.date())
        ask.reason.setText("Day off")
        return ask.time_off()

    dialog.ask_time_off = day_off
    dialog.form.add_off.click()
    assert "(whole day)" in dialog.form.time_off.item(0).text()
    wait_loaded(qtbot, studio)
    off = next(s for s in studio.views.week.grid_view.data.all_day if s.schedule_id == tom)
    assert off.all_day and studio.views.week.grid_view.data.labels[off.id] == "Tom: Day off"
    assert {t.key: t.boundingRect().width() for t in view.tiles()} == widths
    assert any(text == "Tom: Day off" for text in
               (studio.views.week.header.data.labels.get(k, "") for _r, k in
                studio.views.week.header._chips))
    show(qtbot, studio, ViewKind.RESOURCES, THURSDAY)
    data = studio.views.resources.view.data
    assert [s.id for s in data.bands[data.column_of(tom)]] == [off.id], "hatched in his column"
    problems = services.assignments.problems([tom], off.start + timedelta(hours=10),
                                             off.start + timedelta(hours=11))
    assert problems == ["Tom (physiotherapist) is not available then (Day off)"]


def test_a_crowded_column_draws_what_fits_and_counts_the_rest(qtbot, studio, services, sample):
    tom = staff(sample, "Tom")
    for i in range(12):
        services.sessions.create_session({
            "schedule_id": sample.schedules["Physiotherapy"], "title": f"Walk-in {i + 1}",
            "start": date_at(MONDAY, 16), "end": date_at(MONDAY, 17),
            "affected_schedules": [LinkedSchedule(tom)]})
    show(qtbot, studio, ViewKind.RESOURCES, MONDAY)
    view = studio.views.resources.view
    more = view.more_items()
    drawn = [t for t in view.tiles() if t.lines[1].startswith("Walk-in")
             and t.key[1] == view.data.column_of(tom)]
    hidden = {key for m in more for key in m.hidden}
    assert more and len(drawn) + len(hidden) == 12 and not hidden & {t.key[0] for t in drawn}
    assert all(t.boundingRect().width() >= 20 for t in view.tiles()), "readable, not slivers"
    seen = []
    view.more_requested.connect(lambda keys, where: seen.append(keys))
    rect = more[0].boundingRect()
    view.scroll_to_minute(15 * 60)
    drag(view.viewport(), [scene_to_view(view, rect.center().x(), rect.center().y())])
    assert seen and set(seen[0]) == set(more[0].hidden)


def date_at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour))


def test_the_staff_week_hands_a_class_to_another_row(qtbot, studio, services, sample):
    maya, lena, big = staff(sample, "Maya"), staff(sample, "Lena"), staff(sample, "Big room")
    show(qtbot, studio, ViewKind.RESOURCE_WEEK, MONDAY)
    week = studio.views.resource_week
    tuesday = pilates(services, TUESDAY)
    start = week.point_of(tuesday.id)
    rows = week.data
    drop = QPointF(start.x(), start.y() + (rows.row_of(lena) - rows.row_of(maya))
                   * week.geometry_.row_height)
    studio.answers.scope = Scope.THIS
    drag(week.canvas, [start, QPointF(start.x(), start.y() + 10), drop])
    assert taken(services.sessions.get_session(tuesday.id)) == [lena, big]
    assert services.sessions.get_session(tuesday.id).start == tuesday.start


def test_a_new_height_alone_does_not_rebuild_the_resource_columns(qtbot, monkeypatch):
    """The staff day's header grows and shrinks with the day's all-day sessions; the columns
    follow the width only, so only a new width builds the scene again."""
    from sessions_desktop.ui.resources.resource_view import ResourceView

    view = ResourceView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    built: list[int] = []
    original = ResourceView.rebuild
    monkeypatch.setattr(ResourceView, "rebuild", lambda self: built.append(1) or original(self))
    view.resize(900, 420)
    QApplication.processEvents()
    assert built == [], "a shorter view keeps its columns"
    view.resize(700, 420)
    QApplication.processEvents()
    assert built == [1] and view.grid.width <= 700
