"""The pages (time grid, month, agenda, staff and rooms) behind one face for the window.

It renders the controller's current data into the page of the current view kind, and turns
every page's gestures into one set of signals in aware times of the business zone, so the
window wires one set of handlers whatever view the user is in. ``prepare`` (called by the
prefetch at idle time) makes a neighbouring period's page data ahead of time; ``render``
finds it again by the identity of the loaded list, so a step to that period only paints.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtWidgets import QMenu, QStackedWidget, QWidget

from sessions_desktop.domain.enums import OwnerKind
from sessions_desktop.domain.model import Session
from sessions_desktop.domain.time import localize, wall_clock
from sessions_desktop.presentation.calendar_data import conflict_reason
from sessions_desktop.presentation.navigation import Period, ViewKind
from sessions_desktop.presentation.reassign import reassigned
from sessions_desktop.presentation.resource_columns import choose_columns
from sessions_desktop.presentation.resource_layout import lay_out_day
from sessions_desktop.ui.agenda.agenda_view import AgendaView
from sessions_desktop.ui.common.accessible import announce_focus
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import locale_names, time_text, uses_24_hours
from sessions_desktop.ui.grid.week_layout import DayData, cached_colours, make_day_data
from sessions_desktop.ui.grid.week_page import WeekPage
from sessions_desktop.ui.grid.week_patch import patched_day_data
from sessions_desktop.ui.month.month_view import MonthView
from sessions_desktop.ui.resources.resource_page import ResourcePage
from sessions_desktop.ui.resources.resource_week import ResourceWeek
from sessions_desktop.ui.shell.controller import CalendarController

GRID_KINDS = (ViewKind.DAY, ViewKind.WEEK, ViewKind.WORK_WEEK)
KEPT = 6   # grid periods made ahead of time


class ViewStack(QStackedWidget):
    create_requested = Signal(object, object)          # aware start, end
    move_requested = Signal(str, object, object, str)  # id, aware start, end, label
    open_requested = Signal(str)
    context_requested = Signal(str, QPoint)
    day_requested = Signal(object)
    create_for_requested = Signal(object, object, object)          # aware start, end, resource
    reassign_requested = Signal(str, object, object, object, object)  # id, from, to, start, end
    column_menu_requested = Signal(object, QPoint)                 # resource id, where

    def __init__(self, controller: CalendarController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        names = locale_names()
        self.week = WeekPage(names)
        self.month = MonthView(names)
        self.agenda = AgendaView()
        self.resources = ResourcePage()
        self.resource_week = ResourceWeek(names)
        self.column_order: list[str] = []     # the person's order of resource columns
        self._hours_owners: tuple[object, set[str]] = (None, set())
        for page in (self.week, self.month, self.agenda, self.resources, self.resource_week):
            self.addWidget(page)
        # (shown, schedules, data, loaded list, hidden hours' owners) per period and shown list
        self._day_data: OrderedDict[tuple, tuple] = OrderedDict()
        controller.prefetcher.prepare = self.prepare
        self._painted = {self.week.grid_view.viewport(): self.week, self.month: self.month,
                         self.agenda.viewport(): self.agenda,
                         self.resources.view.viewport(): self.resources,
                         self.resource_week: self.resource_week}
        for watched in self._painted:
            watched.installEventFilter(self)
        controller.chips_wanted = lambda: self.month.chips_wanted(self.contentsRect().height())
        self.month.chips_needed.connect(self._more_chips)
        self._wire()
        self._wire_resources()

    def _wire(self) -> None:
        grid, c = self.week.grid_view, self.controller
        grid.create_requested.connect(lambda s, e: self.create_requested.emit(
            self._aware(s), self._aware(e)))
        grid.move_requested.connect(lambda key, s, e, label: self.move_requested.emit(
            key, self._aware(s), self._aware(e), label))
        grid.open_requested.connect(self._open_or_create)
        grid.conflict_check = self._conflict
        grid.period_needed.connect(c.set_anchor)     # the keyboard cursor left the week
        self.month.move_requested.connect(self.move_requested)
        for page in (grid, self.week.header, self.month, self.agenda):
            page.selected.connect(c.select)
            page.context_requested.connect(self.context_requested)
        for page in (self.week.header, self.month, self.agenda):
            page.open_requested.connect(self.open_requested)
        self.week.header.day_clicked.connect(self.day_requested)
        grid.day_requested.connect(self.day_requested)
        self.month.day_requested.connect(self.day_requested)

    def _wire_resources(self) -> None:
        view, header, week, c = self.resources.view, self.resources.header, \
            self.resource_week, self.controller
        view.create_requested.connect(lambda s, e, key: self.create_for_requested.emit(
            self._aware(s), self._aware(e), key))
        view.move_requested.connect(lambda key, s, e, label: self.move_requested.emit(
            key, self._aware(s), self._aware(e), label))
        view.reassign_requested.connect(lambda key, a, b, s, e: self.reassign_requested.emit(
            key, a, b, self._aware(s) if s else None, self._aware(e) if e else None))
        week.move_requested.connect(self.move_requested)
        week.reassign_requested.connect(self.reassign_requested)
        week.day_requested.connect(self._resource_day)
        view.conflict_check = lambda key, a, b, s, e: self._reassign_conflict(
            key, a, b, self._aware(s), self._aware(e))
        week.conflict_check = self._reassign_conflict
        for page in (view, header, week):
            page.selected.connect(c.select)
            page.context_requested.connect(self.context_requested)
            page.open_requested.connect(self.open_requested)
        view.more_requested.connect(self._more_menu)
        header.column_context.connect(self.column_menu_requested)
        week.row_context.connect(self.column_menu_requested)

    def _resource_day(self, day: date) -> None:
        c = self.controller
        c.kind, c.anchor = ViewKind.RESOURCES, day
        c.period_changed.emit()
        c.reload()

    def _more_menu(self, hidden: list[str], where: QPoint) -> QMenu:
        """'+N': the sessions with no lane left, one menu item each; choosing one opens it."""
        menu = QMenu(self)
        data = self.resources.view.data
        for key in hidden:
            start, end = data.wall.get(key, (None, None))
            when = (
                translate("ViewStack", "{start}–{end}  ").format(
                    start=time_text(start), end=time_text(end)
                )
                if start and end
                else ""
            )
            action = menu.addAction(when + data.labels.get(key, ""))
            action.triggered.connect(lambda _=False, k=key: (self.controller.select(k),
                                                             self.open_requested.emit(k)))
        menu.popup(where)
        return menu

    def _reassign_conflict(self, key: str, source: str | None, target: str | None,
                           start: datetime, end: datetime) -> str | None:
        """During a drag between columns: what would the session, taken by the other
        resource at that time, double-book or leave outside working hours?"""
        session = self.controller.find(key)
        if session is None or session.all_day:
            return None
        moved = reassigned(session, source, target, self.controller.schedules)
        reason = conflict_reason(moved, start, end, self.controller.sessions,
                                 self.controller.schedules)
        schedule = self.controller.schedules.get(target) if target else None
        if schedule is not None and schedule.is_archived:
            reason = translate("ViewStack", "{name} is archived").format(name=schedule.name) + (
                translate("ViewStack", "; {reason}").format(reason=reason) if reason else "")
        return reason

    def _aware(self, wall: datetime) -> datetime:
        return localize(wall, self.controller.tz)

    def _open_or_create(self, key: str | None) -> None:
        if key is not None:
            self.open_requested.emit(key)

    def _conflict(self, key: str | None, start: datetime, end: datetime) -> str | None:
        """During a drag: would the proposal double-book or leave working hours?"""
        session = self.controller.find(key) if key else None
        if session is None:
            return None
        return conflict_reason(session, self._aware(start), self._aware(end),
                               self.controller.sessions, self.controller.schedules)

    def current_page(self) -> QWidget:
        return self.currentWidget()

    def prepare(self, kind: ViewKind, period: Period, sessions: list[Session]) -> None:
        """Make the page data of a period the user may ask for next (from the prefetch)."""
        c = self.controller
        if kind in GRID_KINDS:
            self.week.grid_view.prepare(self.day_data(period, sessions, kind))
        elif kind is ViewKind.AGENDA:
            self.agenda.prepare(c.shown_of(sessions, kind), c.tz)

    def day_data(self, period: Period, sessions: list[Session], kind: ViewKind) -> DayData:
        """The grid's input for a period and a loaded list, made once per shown list (by
        identity: ``shown_of`` keeps one per list and filters) and schedules."""
        c = self.controller
        clock24 = uses_24_hours()
        shown = c.shown_of(sessions, kind)
        key = (period.start, period.day_count, clock24, id(shown))
        found = self._day_data.get(key)
        if found is not None and found[0] is shown and found[1] is c.schedules:
            return found[2]
        hidden = self._hidden()
        data = self._patched(key, shown, sessions, hidden) or make_day_data(
            period.days, shown, sessions, c.schedules, hidden, c.tz, clock24, c.services.now())
        self._day_data[key] = (shown, c.schedules, data, sessions, frozenset(hidden))
        self._day_data.move_to_end(key)
        while len(self._day_data) > KEPT:
            self._day_data.popitem(last=False)
        return data

    def _patched(self, key: tuple, shown: list[Session], sessions: list[Session],
                 hidden: set[str]) -> DayData | None:
        """The week the grid shows, patched for a write in it (``week_patch``): made for
        the same days, schedules, filters and hours' owners, from an older list."""
        shown_now = self.week.grid_view.data
        for (start, count, clock24, _), entry in reversed(self._day_data.items()):
            if entry[2] is shown_now:
                same = (start, count, clock24) == key[:3] and entry[1] is self.controller.schedules
                if same and entry[4] == hidden:
                    return patched_day_data(shown_now, entry[0], shown, entry[3], sessions)
                return None
        return None

    def restyle(self) -> None:
        """The theme changed: tiles made in the old colours are dropped and drawn again."""
        cached_colours.cache_clear()
        self._day_data.clear()
        self.render()

    def render(self) -> None:
        """Show the controller's loaded sessions in the page of its view kind."""
        c = self.controller
        period, today = c.period(), c.today()
        shown = c.shown()
        if c.kind in GRID_KINDS:
            self.setCurrentWidget(self.week)
            self.week.grid_view.now = lambda: wall_clock(c.services.now(), c.tz)
            self.week.show_data(self.day_data(period, c.sessions, c.kind), today)
        elif c.kind is ViewKind.MONTH:
            self.setCurrentWidget(self.month)
            colours = {i: s.colour for i, s in c.schedules.items()}
            if c.month_days is not None and c.month_days.first == period.start:
                self.month.show_days(period.start, period.anchor, c.month_days, colours,
                                     c.tz, today, c.schedules)
            else:   # the month's days not read yet: what is loaded, as it is
                self.month.show_month(period.start, period.anchor, shown, colours, c.tz,
                                      today, c.schedules)
        elif c.kind in (ViewKind.RESOURCES, ViewKind.RESOURCE_WEEK):
            self._render_resources(shown)
        else:
            self.setCurrentWidget(self.agenda)
            self.agenda.show_sessions(shown, c.schedules, c.tz, today,
                                      loading=c.loaded_window is None)
        self.show_selection()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The current page paints: the prefetch may start once this paint is done."""
        if event.type() == QEvent.Type.Paint and \
                self._painted.get(watched) is self.currentWidget():  # type: ignore[call-overload]
            self.controller.prefetcher.painted()
        return False

    def _more_chips(self) -> None:
        """The month grew taller than the chips its days hold: ask for more."""
        c = self.controller
        if c.kind is ViewKind.MONTH and not c.loading:
            c.reload()

    def _hidden(self) -> set[str]:
        """Schedules whose working hours are not shaded: with one resource shown alone,
        every other resource."""
        c = self.controller
        only = c.schedules.get(c.only) if c.only else None
        if only is None or only.owner_kind is not OwnerKind.RESOURCE:
            return c.hidden
        return {key for key, s in c.schedules.items()
                if s.owner_kind is OwnerKind.RESOURCE and key != only.id}

    def hours_owners(self) -> set[str]:
        """Resources with working hours around the loaded window (asked once per load): one
        of them with none today is off today, not on the business's hours."""
        c = self.controller
        if self._hours_owners[0] is not c.sessions and c.loaded_window is not None:
            start, end = c.loaded_window
            definitions = c.services.queries.query_sessions(
                start, end, type="WORKING_HOURS", instances=False).items
            self._hours_owners = (c.sessions, {s.schedule_id for s in definitions})
        return self._hours_owners[1]

    def _render_resources(self, shown) -> None:
        c = self.controller
        period, colours = c.period(), {i: s.colour for i, s in c.schedules.items()}
        columns = choose_columns(c.schedules, self.column_order, c.hidden, c.only)
        now = wall_clock(c.services.now(), c.tz)
        if c.kind is ViewKind.RESOURCES:
            self.setCurrentWidget(self.resources)
            self.resources.view.now = lambda: wall_clock(c.services.now(), c.tz)
            self.resources.view.clock24 = uses_24_hours()
            self.resources.view.schedules, self.resources.view.tz = c.schedules, c.tz
            data = lay_out_day(period.start, columns, shown, c.sessions, c.schedules, c.tz,
                               self.hours_owners(), self.week.grid_view.default_working)
            self.resources.show_day(data, colours)
        else:
            self.setCurrentWidget(self.resource_week)
            self.resource_week.show_week(period.days, columns, shown, c.sessions, c.schedules,
                                         c.tz, self.hours_owners(), now.date())

    def show_selection(self) -> None:
        key = self.controller.selected
        self.resources.set_selected(key)
        self.resource_week.set_selected(key)
        self.week.set_selected(key)
        self.month.chosen = key
        self.month.update()
        announce_focus(self.month)
        self.agenda.set_selected(key)

    def preview(self, key: str, start: datetime, end: datetime) -> None:
        """A keyboard move in progress: the time grid shows it as a drag's ghost."""
        if self.currentWidget() is self.week and key in self.week.grid_view.data.wall:
            self.week.grid_view.keys.show_preview(key, start, end)

    def clear_preview(self, key: str) -> None:
        self.week.grid_view.keys.clear_preview(key)

    def paste_target(self) -> tuple[date, int | None]:
        """Where a paste goes: the time grid's cursor (day and minute), else the selected
        session's day (or the first shown day) at the copied time of day."""
        c = self.controller
        if self.currentWidget() is self.week:
            slot = self.week.grid_view.cursor
            if slot is not None and slot.day in c.period():
                return slot.day, slot.minute
        selected = c.selected_session()
        if selected is not None:
            return (selected.start.date() if selected.all_day else
                    selected.start.astimezone(c.tz).date()), None
        today = c.today()
        return (today if today in c.period() else c.period().start), None

    def day_shown(self, day: date) -> bool:
        return day in self.controller.period()
