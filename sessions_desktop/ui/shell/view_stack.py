"""The four pages (time grid, month, agenda) behind one face for the window.

It renders the controller's current data into the page of the current view kind, and turns
every page's gestures into one set of signals in aware times of the business zone, so the
window wires one set of handlers whatever view the user is in. ``prepare`` (called by the
prefetch at idle time) makes a neighbouring period's page data ahead of time; ``render``
finds it again by the identity of the loaded list, so a step to that period only paints.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, datetime

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from sessions_desktop.domain.model import Session
from sessions_desktop.domain.time import localize, wall_clock
from sessions_desktop.presentation.calendar_data import conflict_reason
from sessions_desktop.presentation.navigation import Period, ViewKind
from sessions_desktop.ui.agenda.agenda_view import AgendaView
from sessions_desktop.ui.common.texts import locale_names, uses_24_hours
from sessions_desktop.ui.grid.week_layout import DayData, make_day_data
from sessions_desktop.ui.grid.week_page import WeekPage
from sessions_desktop.ui.month.month_view import MonthView
from sessions_desktop.ui.shell.controller import CalendarController

GRID_KINDS = (ViewKind.DAY, ViewKind.WEEK, ViewKind.WORK_WEEK)
KEPT = 6   # grid periods made ahead of time


class ViewStack(QStackedWidget):
    create_requested = Signal(object, object)          # aware start, end
    move_requested = Signal(str, object, object, str)  # id, aware start, end, label
    open_requested = Signal(str)
    context_requested = Signal(str, QPoint)
    day_requested = Signal(object)

    def __init__(self, controller: CalendarController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        names = locale_names()
        self.week = WeekPage(names)
        self.month = MonthView(names)
        self.agenda = AgendaView()
        for page in (self.week, self.month, self.agenda):
            self.addWidget(page)
        self._day_data: OrderedDict[tuple, tuple[list[Session], dict, DayData]] = OrderedDict()
        controller.prefetcher.prepare = self.prepare
        self._wire()

    def _wire(self) -> None:
        grid, c = self.week.grid_view, self.controller
        grid.create_requested.connect(lambda s, e: self.create_requested.emit(
            self._aware(s), self._aware(e)))
        grid.move_requested.connect(lambda key, s, e, label: self.move_requested.emit(
            key, self._aware(s), self._aware(e), label))
        grid.open_requested.connect(self._open_or_create)
        grid.conflict_check = self._conflict
        self.month.move_requested.connect(self.move_requested)
        for page in (grid, self.week.header, self.month, self.agenda):
            page.selected.connect(c.select)
            page.context_requested.connect(self.context_requested)
        for page in (self.week.header, self.month, self.agenda):
            page.open_requested.connect(self.open_requested)
        self.week.header.day_clicked.connect(self.day_requested)
        grid.day_requested.connect(self.day_requested)
        self.month.day_requested.connect(self.day_requested)

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
            self.week.grid_view.prepare(self.day_data(period, sessions))
        elif kind is ViewKind.MONTH:
            self.month.prepare(period.start, c.shown_of(sessions), c.tz)
        elif kind is ViewKind.AGENDA:
            self.agenda.prepare(c.shown_of(sessions), c.tz)

    def day_data(self, period: Period, sessions: list[Session]) -> DayData:
        """The grid's input for a period and a loaded list, made once per list (by identity),
        schedules and filters."""
        c = self.controller
        clock24 = uses_24_hours()
        key = (period.start, period.day_count, frozenset(c.hidden), c.search, clock24)
        found = self._day_data.get(key)
        if found is not None and found[0] is sessions and found[1] is c.schedules:
            return found[2]
        data = make_day_data(period.days, c.shown_of(sessions), sessions, c.schedules,
                             c.hidden, c.tz, clock24, c.services.ctx.now())
        self._day_data[key] = (sessions, c.schedules, data)
        self._day_data.move_to_end(key)
        while len(self._day_data) > KEPT:
            self._day_data.popitem(last=False)
        return data

    def render(self) -> None:
        """Show the controller's loaded sessions in the page of its view kind."""
        c = self.controller
        period, today = c.period(), c.today()
        shown = c.shown()
        if c.kind in GRID_KINDS:
            self.setCurrentWidget(self.week)
            self.week.grid_view.now = lambda: wall_clock(c.services.ctx.now(), c.tz)
            self.week.show_data(self.day_data(period, c.sessions), today)
        elif c.kind is ViewKind.MONTH:
            self.setCurrentWidget(self.month)
            colours = {i: s.colour for i, s in c.schedules.items()}
            self.month.show_month(period.start, period.anchor, shown, colours, c.tz, today)
        else:
            self.setCurrentWidget(self.agenda)
            self.agenda.show_sessions(shown, c.schedules, c.tz, today)
        self.show_selection()

    def show_selection(self) -> None:
        key = self.controller.selected
        self.week.set_selected(key)
        self.month.chosen = key
        self.month.update()
        self.agenda.set_selected(key)

    def day_shown(self, day: date) -> bool:
        return day in self.controller.period()
