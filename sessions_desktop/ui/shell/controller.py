"""View state of the window: which period is shown, what is visible, what is selected.

The window and its views read this object and call its methods; it owns the loader, so every
navigation, view switch or visibility change asks the service for the visible window only, and
every write broadcast that touches that window reloads it (coalesced into one reload). The
``Prefetcher`` loads (and has the views lay out) the neighbouring periods while the user looks.
The month asks for its days' summary (``month_days``: counts and first chips), not for every
session; ``sessions`` then holds the sessions drawn as chips.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import local_midnight
from sessions_desktop.presentation import navigation as nav
from sessions_desktop.presentation.calendar_data import neighbour
from sessions_desktop.presentation.navigation import Period, ViewKind
from sessions_desktop.presentation.visibility import count_on_days, visible_sessions
from sessions_desktop.services.api import MonthDays, ServicesApi
from sessions_desktop.ui.shell.collector import IdleCollector
from sessions_desktop.ui.shell.first_rows import FirstSessions
from sessions_desktop.ui.shell.loader import Key, Loader
from sessions_desktop.ui.shell.month_summary import MonthAsk
from sessions_desktop.ui.shell.prefetch import Prefetcher
from sessions_desktop.ui.shell.splice import joined_spans, patch_span

SHOWN_KEPT = 8   # filtered lists remembered (see ``shown_of``)
AGENDA_FIRST_ROWS = 80   # an agenda page's rows read first (a tall screen shows about 50)
VIEW_ORDER = (ViewKind.DAY, ViewKind.WEEK, ViewKind.WORK_WEEK, ViewKind.MONTH, ViewKind.AGENDA,
              ViewKind.RESOURCES, ViewKind.RESOURCE_WEEK)


def locale_first_weekday(locale: QLocale | None = None) -> int:
    """0=Monday..6=Sunday from QLocale (whose Qt.DayOfWeek counts Monday=1)."""
    return (locale or QLocale()).firstDayOfWeek().value - 1


class CalendarController(QObject):
    period_changed = Signal()
    data_changed = Signal()
    selection_changed = Signal()
    schedules_changed = Signal()
    load_failed = Signal(str)

    def __init__(self, services: ServicesApi, first_weekday: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tz = services.business_zone
        self.kind = ViewKind.WEEK
        self.anchor = self.today()
        self.heading = 1                 # the way the user last stepped: prefetched first
        self.first_weekday = locale_first_weekday() if first_weekday is None else first_weekday
        self.hidden: set[str] = set()
        self.only: str | None = None            # "show only this" schedule (sidebar)
        self.cancelled_shown: dict[ViewKind, bool] = {ViewKind.AGENDA: True}
        self.search = ""
        self.selected: str | None = None
        self.sessions: list[Session] = []
        self.loaded_window: tuple[datetime, datetime] | None = None
        self.month_days: MonthDays | None = None    # the month's summary, when it is shown
        self.chips_wanted: Callable[[], int] = lambda: 8   # per day (the month view's)
        self.schedules: dict[str, Schedule] = {}
        self.loader = Loader(services, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self.load_failed)
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self._refresh)
        self._patch: tuple[datetime, datetime] | None = None   # see ``_on_change``
        self.prefetcher = Prefetcher(self, self.loader, self)
        self.collector = IdleCollector(self)
        self._shown: dict[tuple, tuple[list[Session], dict, list[Session]]] = {}
        self._rest: tuple[datetime, datetime] | None = None   # see ``reload``
        self._unsubscribe = services.subscribe(self._on_change)
        self.refresh_schedules()

    # -- navigation -----------------------------------------------------------------
    def period(self) -> Period:
        return nav.period_of(self.kind, self.anchor, self.first_weekday)

    def window(self, period: Period | None = None) -> tuple[datetime, datetime]:
        period = period or self.period()
        return local_midnight(period.start, self.tz), local_midnight(period.end, self.tz)

    def key(self, kind: ViewKind, period: Period) -> Key:
        """What the loader is asked for a period: its window, for the month with the ask
        for its days' summary."""
        start, end = self.window(period)
        if kind is not ViewKind.MONTH:
            return start, end
        return start, end, self.month_ask(period)

    def month_ask(self, period: Period) -> MonthAsk:
        return MonthAsk(period.start, (period.end - period.start).days, self.chips_wanted(),
                        self.cancelled_shown.get(ViewKind.MONTH, False),
                        frozenset(self.hidden), self.only, self.search)

    def neighbours(self) -> list[tuple[datetime, datetime]]:
        """Windows the user will likely want next (see ``neighbour_periods``)."""
        return [self.window(period) for _, period in self.neighbour_periods()]

    def neighbour_periods(self) -> list[tuple[ViewKind, Period]]:
        """The periods either side (first the one the user last stepped towards, the next
        one when they have not stepped), then the month (or week) around the anchor: what
        the prefetch loads and the views lay out ahead of time."""
        ahead = self.heading
        pairs = [(self.kind, nav.period_of(self.kind, nav.step(self.kind, self.anchor, n),
                                           self.first_weekday)) for n in (ahead, -ahead)]
        other = ViewKind.WEEK if self.kind is ViewKind.MONTH else ViewKind.MONTH
        pairs.append((other, nav.period_of(other, self.anchor, self.first_weekday)))
        return pairs

    def today(self) -> date:
        """Today in the business zone by the services' clock (fixed in tests)."""
        return self.services.now().astimezone(self.tz).date()

    def go_today(self) -> None:
        self.set_anchor(self.today())

    def step(self, steps: int) -> None:
        if steps:
            self.heading = 1 if steps > 0 else -1
        self.set_anchor(nav.step(self.kind, self.anchor, steps))

    def set_anchor(self, day: date) -> None:
        if day != self.anchor:
            self.anchor = day
            self._period_moved()

    def set_kind(self, kind: ViewKind) -> None:
        if kind is not self.kind:
            self.kind = kind
            self._period_moved()

    def show_day(self, day: date) -> None:
        self.kind, self.anchor = ViewKind.DAY, day
        self._period_moved()

    def _period_moved(self) -> None:
        self.period_changed.emit()
        self.reload()

    # -- data ------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """A reload is due or a query is running; what is shown may be about to change."""
        return self._reload_timer.isActive() or self.loader.busy

    def reload(self) -> None:
        """Ask for the visible window. An agenda page not loaded yet is asked for in two
        steps: its first ``AGENDA_FIRST_ROWS`` events (more than a screen's rows, shown at
        once: ``first_rows``), then the whole page, which replaces them when it arrives
        (``loading`` stays true meanwhile)."""
        start, end = self.window()
        self._rest = self._patch = None
        self.prefetcher.hold()
        self.collector.asked()
        if self.kind is ViewKind.AGENDA and self.loader.cached((start, end)) is None:
            self._rest = (start, end)
            self.loader.request(start, end, FirstSessions(AGENDA_FIRST_ROWS))
            return
        if self.kind is ViewKind.MONTH:
            self.loader.request(start, end, self.month_ask(self.period()))
            return
        self.loader.request(start, end)

    def _on_loaded(self, window: Key, result: object) -> None:
        if isinstance(result, MonthDays):
            self.month_days, sessions = result, result.sessions
        else:
            self.month_days, sessions = None, result  # type: ignore[assignment]
        partial = len(window) == 3 and isinstance(window[2], FirstSessions)
        # the first rows of a page are not its window's sessions: nothing is patched into
        # them, and the count waits for the page (``shown_count``)
        self.loaded_window = None if partial else (window[0], window[1])
        self.sessions = sessions
        if self.selected and not partial and not any(s.id == self.selected for s in sessions):
            self.selected = None
        rest, self._rest = self._rest, None
        self.prefetcher.arriving()
        self.data_changed.emit()
        if rest is not None and rest != window:
            self.loader.request(*rest)
            return
        self.prefetcher.shown()
        self.collector.busy()

    def _on_change(self, change: ChangeRecord) -> None:
        schedules = change.touches_schedules
        self.loader.invalidate(None if schedules else change)
        if schedules:
            self.refresh_schedules()
        window = self.window()
        if change.touches(*window) or schedules:
            # a write of this window's own, with its rows, reads only the span it touched
            # (coalesced with others before the timer fires); anything else reads it whole
            span = patch_span(change, window) if self.loaded_window == window and \
                self.month_days is None else None
            pending = self._reload_timer.isActive()
            self._patch = joined_spans(self._patch, span) if pending else span
            self._reload_timer.start()
            # nothing is laid out ahead until the write is shown: a neighbouring period
            # prepared at idle time (about 100 ms at 5x) ran before the repaint
            self.prefetcher.hold()

    def _refresh(self) -> None:
        """The reload a write asked for: the touched span spliced into the shown window when
        that is all that changed and nothing else is being read, else a whole reload."""
        span, window = self._patch, self.window()
        if (span is None or self.loaded_window != window or self.loader.busy
                or self._rest is not None):
            self.reload()
            return
        self._patch = None
        self.prefetcher.hold()
        self.loader.patch(window, self.sessions, span)

    def refresh_schedules(self) -> None:
        self.schedules = self.services.schedules.by_id()
        self.loader.schedules = self.schedules
        self.schedules_changed.emit()

    def set_hidden(self, hidden: set[str]) -> None:
        self.hidden = set(hidden)
        self.reload()

    def set_only(self, schedule_id: str | None) -> None:
        """Show only the sessions of (or affecting) one schedule; None shows all again."""
        if schedule_id != self.only:
            self.only = schedule_id
            self.schedules_changed.emit()
            self._filtered()

    def set_search(self, text: str) -> None:
        self.search = text
        self._filtered()

    def _filtered(self) -> None:
        """A filter changed: the loaded list is filtered again; the month, which counts
        what is shown, asks for its days again."""
        if self.kind is ViewKind.MONTH:
            self.reload()
        else:
            self.data_changed.emit()

    @property
    def show_cancelled(self) -> bool:
        """Cancelled sessions drawn struck through in the current view (agenda: by default)."""
        return self.cancelled_shown.get(self.kind, False)

    def set_show_cancelled(self, shown: bool) -> None:
        if shown != self.show_cancelled:
            self.cancelled_shown[self.kind] = shown
            self._filtered()

    def shown(self) -> list[Session]:
        """Events drawn now: visible schedules (or the one shown alone), matching the
        search, cancelled ones only when the view shows them."""
        return self.shown_of(self.sessions)

    def shown_count(self) -> int | None:
        """How many sessions the view draws, each once: the month's total of its days, the
        agenda's rows, a grid's sessions on its days (``count_on_days``); None while only
        an agenda page's first rows are in."""
        if self.loaded_window is None:
            return None
        if self.month_days is not None:
            return self.month_days.total
        shown = self.shown()
        if self.kind is ViewKind.AGENDA:
            return len(shown)
        period = self.period()
        return count_on_days(shown, period.start, period.end, self.tz)

    def shown_of(self, sessions: list[Session], kind: ViewKind | None = None) -> list[Session]:
        """``shown`` for any loaded list (as view ``kind`` shows it), remembered by the
        list's identity and every filter, so a view laid out ahead of time from the same
        list recognises it when it is shown. (A new filter here must join the key.)"""
        cancelled = self.cancelled_shown.get(kind or self.kind, False)
        key = (id(sessions), frozenset(self.hidden), self.search, self.only, cancelled)
        found = self._shown.get(key)
        if found is None or found[0] is not sessions or found[1] is not self.schedules:
            found = (sessions, self.schedules, visible_sessions(
                sessions, self.hidden, self.schedules, only=self.only, search=self.search,
                cancelled=cancelled))
            self._shown[key] = found
            while len(self._shown) > SHOWN_KEPT:
                del self._shown[next(iter(self._shown))]
        return found[2]

    # -- selection -------------------------------------------------------------------
    def select(self, session_id: str | None) -> None:
        if session_id != self.selected:
            self.selected = session_id
            self.selection_changed.emit()

    def select_next(self, step: int) -> None:
        """Arrow keys: the previous or next shown session in time order."""
        ordered = [s.id for s in sorted(self.shown(), key=lambda s: (s.start, s.id))]
        self.select(neighbour(ordered, self.selected, step))

    def selected_session(self) -> Session | None:
        return next((s for s in self.sessions if s.id == self.selected), None)

    def find(self, session_id: str) -> Session | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def day_start(self, day: date) -> datetime:
        return local_midnight(day, self.tz)

    def days_shown(self) -> int:
        return (self.period().end - self.period().start) // timedelta(days=1)

    def close(self) -> None:
        self.prefetcher.stop()
        self.collector.stop()
        self._unsubscribe()
        self.loader.shutdown()
